package store_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/shequ/shequ/examples/internal/store"
)

// FuzzAppend appends arbitrary matters, kinds and payloads: Append never
// panics; what it accepts reads back as compact JSON equal in meaning to
// the input, in a chain that verifies; what it refuses leaves nothing.
func FuzzAppend(f *testing.F) {
	f.Add("m", "raised", []byte(`{"by":"r-1"}`))
	f.Add("", "k", []byte(`{}`))
	f.Add("议题", "评价", []byte(` [1, 2,  {"a": null}] `))
	f.Add("m", "k", []byte(`{`))
	f.Add("m\xff", "k", []byte(`1`))
	s, err := store.Open(filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, matter, kind string, payload []byte) {
		before, err := s.Events(ctx, matter)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Append(ctx, matter, int64(len(before)), []store.NewEvent{{Kind: kind, Payload: payload, RecordedAt: t0}})
		after, rerr := s.Events(ctx, matter)
		if rerr != nil {
			t.Fatal(rerr)
		}
		if err != nil {
			if len(after) != len(before) {
				t.Fatalf("refused Append(%q, %q, %q) = %v, yet the stream grew", matter, kind, payload, err)
			}
			return
		}
		if len(after) != len(before)+1 || got[0].Seq != int64(len(after)) {
			t.Fatalf("Append(%q) stored %d events after %d", matter, len(after), len(before))
		}
		var want, have any
		if json.Unmarshal(payload, &want) != nil || json.Unmarshal(after[len(after)-1].Payload, &have) != nil {
			t.Fatalf("accepted payload %q does not round-trip as JSON (%q)", payload, after[len(after)-1].Payload)
		}
		if err := store.VerifyChain(after); err != nil {
			t.Fatalf("chain after Append(%q): %v", matter, err)
		}
	})
}
