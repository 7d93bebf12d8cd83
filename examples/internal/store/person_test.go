package store_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/shequ/shequ/examples/internal/store"
)

func TestPersons(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	p := store.Person{ID: "p1", Name: "王阿姨", Phone: "13800000000", Building: "32"}
	if err := s.PutPerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	p.Phone = "13900000000"
	if err := s.PutPerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Person(ctx, "p1")
	if err != nil || got != p {
		t.Errorf("Person(p1) = %+v, %v; want %+v", got, err, p)
	}
	if _, err := s.Person(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Person(nobody) = %v; want ErrNotFound", err)
	}
	if err := s.PutPerson(ctx, store.Person{ID: "p2"}); err == nil {
		t.Errorf("PutPerson without a name succeeded")
	}
	if err := s.Erase(ctx, "nobody", t0); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Erase(nobody) = %v; want ErrNotFound", err)
	}
}

// TestEraseKeepsHistoryVerifiable erases a resident who raised a matter:
// their data is gone from the database file, the WAL and the API, the
// matter's history is unchanged and still verifies, and the ID cannot be
// reused.
func TestEraseKeepsHistoryVerifiable(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	const secretName, secretPhone = "ErasableName张三丰", "13712345678"
	if err := s.PutPerson(ctx, store.Person{ID: "r7", Name: secretName, Phone: secretPhone, Building: "32"}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutPerson(ctx, store.Person{ID: "r8", Name: "李四", Phone: "1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(ctx, "ramp", 0, []store.NewEvent{ev("raised", `{"by":"r7","title":"ramp"}`, 0), ev("supported", `{"by":"r8"}`, 1)}); err != nil {
		t.Fatal(err)
	}
	before, _ := s.Events(ctx, "ramp")

	at := t0.Add(48 * time.Hour)
	if err := s.Erase(ctx, "r7", at); err != nil {
		t.Fatalf("Erase(r7): %v", err)
	}
	if err := s.Erase(ctx, "r7", at.Add(time.Hour)); err != nil {
		t.Errorf("second Erase(r7) = %v; want nil", err)
	}
	got, err := s.Person(ctx, "r7")
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.Person{ID: "r7", ErasedAt: at}); got != want {
		t.Errorf("Person(r7) after Erase = %+v; want %+v", got, want)
	}
	if other, _ := s.Person(ctx, "r8"); other.Name != "李四" {
		t.Errorf("Erase(r7) touched r8: %+v", other)
	}
	if err := s.PutPerson(ctx, store.Person{ID: "r7", Name: "someone else"}); !errors.Is(err, store.ErrErased) {
		t.Errorf("PutPerson(r7) after erasure = %v; want ErrErased", err)
	}
	after, _ := s.Events(ctx, "ramp")
	if len(after) != len(before) || after[1].Hash != before[1].Hash {
		t.Errorf("Erase changed the event history")
	}
	if err := s.Verify(ctx, "ramp"); err != nil {
		t.Errorf("Verify after Erase: %v", err)
	}
	for _, f := range []string{path, path + "-wal"} {
		b, err := os.ReadFile(f)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, secret := range []string{secretName, secretPhone} {
			if bytes.Contains(b, []byte(secret)) {
				t.Errorf("%s still contains %q after Erase", f, secret)
			}
		}
	}
}
