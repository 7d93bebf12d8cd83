package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/shequ/shequ/examples/internal/store"
)

// BenchmarkAppend appends batches of events, one transaction each, to a
// real file (synchronous=FULL: each append waits for the disk).
func BenchmarkAppend(b *testing.B) {
	for _, batch := range []int{1, 10} {
		b.Run(fmt.Sprintf("events=%d", batch), func(b *testing.B) {
			s, err := store.Open(filepath.Join(b.TempDir(), "b.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			evs := make([]store.NewEvent, batch)
			for i := range evs {
				evs[i] = store.NewEvent{Kind: "ballot_cast", Payload: json.RawMessage(`{"vote":"v1","voter":"r-3201","choice":"agree"}`), RecordedAt: t0}
			}
			ctx := context.Background()
			b.ReportAllocs()
			seq := int64(0)
			for b.Loop() {
				if _, err := s.Append(ctx, "m", seq, evs); err != nil {
					b.Fatal(err)
				}
				seq += int64(batch)
			}
		})
	}
}

// BenchmarkEventsVerify reads and verifies a matter of 100 events.
func BenchmarkEventsVerify(b *testing.B) {
	s, err := store.Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	evs := make([]store.NewEvent, 100)
	for i := range evs {
		evs[i] = store.NewEvent{Kind: "e", Payload: json.RawMessage(fmt.Sprintf(`{"i":%d}`, i)), RecordedAt: t0}
	}
	if _, err := s.Append(ctx, "m", 0, evs); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Verify(ctx, "m"); err != nil {
			b.Fatal(err)
		}
	}
}
