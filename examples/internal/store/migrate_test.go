package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/shequ/shequ/examples/internal/store"
)

// TestMigrateFromVersion1 writes a database in the first schema (no hash
// chain, no erasure, no append-only triggers), reopens it with Open and
// checks that the old rows survive, the chain is computed and verifies, and
// the new rules hold.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := store.OpenAt(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := old.Version(ctx); v != 1 {
		t.Fatalf("OpenAt(1).Version() = %d; want 1", v)
	}
	for _, q := range []string{
		`INSERT INTO events (matter, seq, kind, payload, recorded_at) VALUES
			('ramp', 1, 'raised', '{"by":"p1"}', '2022-06-01T09:00:00Z'),
			('ramp', 2, 'admitted', '{}', '2022-06-02T09:00:00Z'),
			('stairs', 1, 'raised', '{"by":"p2"}', '2022-06-03T09:00:00Z')`,
		`INSERT INTO persons (id, name, phone) VALUES ('p1', '王阿姨', '13800000000')`,
	} {
		if _, err := old.DB().Exec(q); err != nil {
			t.Fatalf("writing the old schema: %v", err)
		}
	}
	old.Close()

	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("Open(old file): %v", err)
	}
	defer s.Close()
	if v, _ := s.Version(ctx); v != store.LatestVersion() {
		t.Errorf("after Open, Version() = %d; want %d", v, store.LatestVersion())
	}
	for _, m := range []string{"ramp", "stairs"} {
		evs, err := s.Events(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 || evs[0].Hash == "" {
			t.Errorf("migrated matter %s: %d events, first hash %q; want hashed events", m, len(evs), evs[0].Hash)
		}
		if err := s.Verify(ctx, m); err != nil {
			t.Errorf("Verify(%s) after migration: %v", m, err)
		}
	}
	// The migrated stream continues where it was.
	if _, err := s.Append(ctx, "ramp", 2, []store.NewEvent{ev("consulted", `{}`, 0)}); err != nil {
		t.Errorf("Append after migration: %v", err)
	}
	if err := s.Verify(ctx, "ramp"); err != nil {
		t.Errorf("Verify(ramp) after a new append: %v", err)
	}
	p, err := s.Person(ctx, "p1")
	if err != nil || p.Name != "王阿姨" || p.Building != "" {
		t.Errorf("Person(p1) after migration = %+v, %v; want the old row with an empty building", p, err)
	}
	if _, err := s.DB().Exec(`DELETE FROM events`); err == nil {
		t.Errorf("after migration the events table still accepts DELETE")
	}

	// Opening again is a no-op.
	s.Close()
	s2, err := store.Open(path)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer s2.Close()
	if err := s2.Verify(ctx, "ramp"); err != nil {
		t.Errorf("Verify after reopening: %v", err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	s, path := open(t)
	if _, err := s.DB().Exec(`UPDATE schema_version SET version = 999`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := store.Open(path)
	if !errors.Is(err, store.ErrSchemaTooNew) {
		t.Errorf("Open(version 999) = %v; want ErrSchemaTooNew", err)
	}
}

func TestOpenRefusesBadPath(t *testing.T) {
	for _, p := range []string{"", "a?b", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")} {
		if s, err := store.Open(p); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded; want an error", p)
		}
	}
}
