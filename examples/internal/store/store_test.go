package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shequ/shequ/examples/internal/store"
)

var t0 = time.Date(2022, 6, 1, 9, 0, 0, 0, time.UTC)

func open(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "shequ.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func ev(kind string, payload string, minutes int) store.NewEvent {
	return store.NewEvent{Kind: kind, Payload: json.RawMessage(payload), RecordedAt: t0.Add(time.Duration(minutes) * time.Minute)}
}

func TestOpenSetsWALAndLatestVersion(t *testing.T) {
	s, _ := open(t)
	var mode string
	if err := s.DB().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q; want wal", mode)
	}
	var busy int
	if err := s.DB().QueryRow(`PRAGMA busy_timeout`).Scan(&busy); err != nil {
		t.Fatal(err)
	}
	if busy != store.BusyTimeoutMillis {
		t.Errorf("busy_timeout = %d; want %d", busy, store.BusyTimeoutMillis)
	}
	v, err := s.Version(context.Background())
	if err != nil || v != store.LatestVersion() {
		t.Errorf("Version() = %d, %v; want %d", v, err, store.LatestVersion())
	}
}

func TestAppendAndRead(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	got, err := s.Append(ctx, "m1", 0, []store.NewEvent{ev("raised", `{ "by": "p1" }`, 0), ev("admitted", `{}`, 5)})
	if err != nil {
		t.Fatalf("Append(m1, 0): %v", err)
	}
	if got[0].Seq != 1 || got[1].Seq != 2 || got[1].PrevHash != got[0].Hash || got[0].PrevHash != "" {
		t.Errorf("Append(m1, 0) = %+v; want seqs 1, 2 chained from \"\"", got)
	}
	if string(got[0].Payload) != `{"by":"p1"}` {
		t.Errorf("stored payload = %s; want compact JSON", got[0].Payload)
	}
	if _, err := s.Append(ctx, "m2", 0, []store.NewEvent{ev("raised", `{}`, 1)}); err != nil {
		t.Fatalf("Append(m2, 0): %v", err)
	}
	if _, err := s.Append(ctx, "m1", 2, []store.NewEvent{ev("consulted", `{"n":1}`, 10)}); err != nil {
		t.Fatalf("Append(m1, 2): %v", err)
	}
	read, err := s.Events(ctx, "m1")
	if err != nil {
		t.Fatal(err)
	}
	want := append(got, store.Event{})[:2]
	if diff := cmp.Diff(want, read[:2]); diff != "" {
		t.Errorf("Events(m1)[:2] differs from what Append returned (-want +got):\n%s", diff)
	}
	if len(read) != 3 || read[2].Seq != 3 || read[2].PrevHash != read[1].Hash {
		t.Errorf("Events(m1) = %d events; want 3 chained", len(read))
	}
	if !read[0].RecordedAt.Equal(t0) {
		t.Errorf("RecordedAt = %v; want %v", read[0].RecordedAt, t0)
	}
	heads, err := s.Matters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]store.Head{{Matter: "m1", Seq: 3}, {Matter: "m2", Seq: 1}}, heads); diff != "" {
		t.Errorf("Matters() (-want +got):\n%s", diff)
	}
	for _, m := range []string{"m1", "m2", "unknown"} {
		if err := s.Verify(ctx, m); err != nil {
			t.Errorf("Verify(%s) = %v; want nil", m, err)
		}
	}
}

func TestAppendRefusesBadInput(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	tests := []struct {
		name     string
		matter   string
		expected int64
		evs      []store.NewEvent
		reason   string
	}{
		{"empty matter", "", 0, []store.NewEvent{ev("k", `{}`, 0)}, "a stream needs a name"},
		{"long matter", strings.Repeat("x", store.MaxMatterLen+1), 0, []store.NewEvent{ev("k", `{}`, 0)}, "IDs are bounded"},
		{"bad utf-8", "m\xff", 0, []store.NewEvent{ev("k", `{}`, 0)}, "IDs are text"},
		{"negative seq", "m", -1, []store.NewEvent{ev("k", `{}`, 0)}, "no event has a negative number"},
		{"no events", "m", 0, nil, "an empty append is a caller bug"},
		{"no kind", "m", 0, []store.NewEvent{ev("", `{}`, 0)}, "every event has a type"},
		{"no time", "m", 0, []store.NewEvent{{Kind: "k", Payload: json.RawMessage(`{}`)}}, "the caller gives the time"},
		{"bad json", "m", 0, []store.NewEvent{ev("k", `{`, 0)}, "payloads are JSON"},
		{"second event bad", "m", 0, []store.NewEvent{ev("k", `{}`, 0), ev("k", `nope`, 0)}, "all or nothing"},
	}
	for _, tt := range tests {
		if _, err := s.Append(ctx, tt.matter, tt.expected, tt.evs); err == nil || errors.Is(err, store.ErrConflict) {
			t.Errorf("%s: Append = %v; want an input error (%s)", tt.name, err, tt.reason)
		}
	}
	heads, err := s.Matters(ctx)
	if err != nil || len(heads) != 0 {
		t.Errorf("after refused appends Matters() = %v, %v; want none stored", heads, err)
	}
}

func TestAppendConflict(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	if _, err := s.Append(ctx, "m", 0, []store.NewEvent{ev("raised", `{}`, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, expected := range []int64{0, 2, 7} {
		_, err := s.Append(ctx, "m", expected, []store.NewEvent{ev("x", `{}`, 1), ev("y", `{}`, 2)})
		var ce *store.ConflictError
		if !errors.As(err, &ce) || !errors.Is(err, store.ErrConflict) {
			t.Fatalf("Append(m, %d) on a stream at 1 = %v; want *ConflictError", expected, err)
		}
		if ce.Expected != expected || ce.Actual != 1 {
			t.Errorf("ConflictError = %+v; want Expected %d Actual 1", ce, expected)
		}
	}
	evs, _ := s.Events(ctx, "m")
	if len(evs) != 1 {
		t.Errorf("after conflicts the stream has %d events; want 1 (nothing written)", len(evs))
	}
}

func TestEventsAreAppendOnly(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	if _, err := s.Append(ctx, "m", 0, []store.NewEvent{ev("raised", `{}`, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE events SET payload = '{"x":1}'`,
		`DELETE FROM events`,
		`INSERT INTO events (matter, seq, kind, payload, recorded_at) VALUES ('m', 1, 'dup', '{}', 'x')`,
	} {
		if _, err := s.DB().Exec(q); err == nil {
			t.Errorf("Exec(%q) succeeded; want the schema to refuse it", q)
		}
	}
}

func TestVerifyFindsTampering(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	var evs []store.NewEvent
	for i := range 5 {
		evs = append(evs, ev("e", fmt.Sprintf(`{"i":%d}`, i), i))
	}
	if _, err := s.Append(ctx, "m", 0, evs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`DROP TRIGGER events_no_update`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`UPDATE events SET payload = '{"i":99}' WHERE seq = 3`); err != nil {
		t.Fatal(err)
	}
	err := s.Verify(ctx, "m")
	var ce *store.ChainError
	if !errors.As(err, &ce) || ce.Seq != 3 {
		t.Fatalf("Verify after changing event 3 = %v; want a ChainError at 3", err)
	}
}

func TestVerifyChain(t *testing.T) {
	mk := func(n int) []store.Event {
		var evs []store.Event
		prev := ""
		for i := range n {
			e := store.Event{Matter: "m", Seq: int64(i + 1), Kind: "k", Payload: json.RawMessage(`{}`), RecordedAt: t0, PrevHash: prev}
			e.Hash = e.ComputeHash()
			prev = e.Hash
			evs = append(evs, e)
		}
		return evs
	}
	tests := []struct {
		name    string
		mutate  func([]store.Event) []store.Event
		wantSeq int64 // 0: verifies
	}{
		{"intact", func(e []store.Event) []store.Event { return e }, 0},
		{"gap", func(e []store.Event) []store.Event { return append(e[:1], e[2:]...) }, 3},
		{"starts at 2", func(e []store.Event) []store.Event { return e[1:] }, 2},
		{"kind changed", func(e []store.Event) []store.Event { e[1].Kind = "other"; return e }, 2},
		{"time changed", func(e []store.Event) []store.Event { e[2].RecordedAt = t0.Add(time.Nanosecond); return e }, 3},
		{"rehashed but unlinked", func(e []store.Event) []store.Event {
			e[1].Payload = json.RawMessage(`{"x":1}`)
			e[1].Hash = e[1].ComputeHash()
			return e
		}, 3},
		{"other matter", func(e []store.Event) []store.Event { e[2].Matter = "n"; return e }, 3},
	}
	for _, tt := range tests {
		err := store.VerifyChain(tt.mutate(mk(4)))
		var ce *store.ChainError
		switch {
		case tt.wantSeq == 0 && err != nil:
			t.Errorf("%s: VerifyChain = %v; want nil", tt.name, err)
		case tt.wantSeq != 0 && (!errors.As(err, &ce) || ce.Seq != tt.wantSeq):
			t.Errorf("%s: VerifyChain = %v; want ChainError at %d", tt.name, err, tt.wantSeq)
		}
	}
}

func TestComputeHashSeparatesFields(t *testing.T) {
	a := store.Event{Matter: "ab", Kind: "c", Seq: 1, Payload: json.RawMessage(`{}`), RecordedAt: t0}
	b := store.Event{Matter: "a", Kind: "bc", Seq: 1, Payload: json.RawMessage(`{}`), RecordedAt: t0}
	if a.ComputeHash() == b.ComputeHash() {
		t.Errorf("events differing only in where matter ends and kind begins hash the same")
	}
}

// TestAppendBatchAllOrNothing appends to two matters in one transaction:
// when the second has moved on, the first gets nothing either.
func TestAppendBatchAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	for _, m := range []string{"keep", "dup"} {
		if _, err := s.Append(ctx, m, 0, []store.NewEvent{ev("raised", `{}`, 0)}); err != nil {
			t.Fatal(err)
		}
	}
	batch := func(dupExpected int64) []store.Batch {
		return []store.Batch{
			{Matter: "keep", ExpectedSeq: 1, Events: []store.NewEvent{ev("duplicate_merged", `{"other":"dup"}`, 1)}},
			{Matter: "dup", ExpectedSeq: dupExpected, Events: []store.NewEvent{ev("marked_duplicate", `{"other":"keep"}`, 1)}},
		}
	}
	_, err := s.AppendBatch(ctx, batch(0))
	var ce *store.ConflictError
	if !errors.As(err, &ce) || ce.Matter != "dup" {
		t.Fatalf("AppendBatch with a stale dup = %v; want a conflict on dup", err)
	}
	if evs, _ := s.Events(ctx, "keep"); len(evs) != 1 {
		t.Errorf("after the refused batch keep has %d events; want 1 (nothing written)", len(evs))
	}
	got, err := s.AppendBatch(ctx, batch(1))
	if err != nil {
		t.Fatalf("AppendBatch: %v", err)
	}
	if got[0][0].Seq != 2 || got[1][0].Seq != 2 {
		t.Errorf("AppendBatch stored seqs %d and %d; want 2 and 2", got[0][0].Seq, got[1][0].Seq)
	}
	for _, m := range []string{"keep", "dup"} {
		if err := s.Verify(ctx, m); err != nil {
			t.Errorf("Verify(%s): %v", m, err)
		}
	}
	twice := []store.Batch{batch(1)[0], batch(1)[0]}
	if _, err := s.AppendBatch(ctx, twice); err == nil || errors.Is(err, store.ErrConflict) {
		t.Errorf("AppendBatch naming a matter twice = %v; want an input error", err)
	}
}
