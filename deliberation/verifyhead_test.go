package deliberation

import (
	"errors"
	"testing"
)

// TestVerifyHeadTruncation cuts events off the end of a valid history:
// Verify accepts the shorter history (nothing in it says more followed),
// VerifyHead against the anchored last seq and hash refuses it.
func TestVerifyHeadTruncation(t *testing.T) {
	_, evs := run(t, BeijingPolicy(), lifecycle())
	last := evs[len(evs)-1]
	if err := VerifyHead(evs, last.Seq, last.Hash); err != nil {
		t.Fatalf("the whole history: %v", err)
	}
	for _, n := range []int{0, 1, 5, len(evs) - 1} {
		cut := evs[:n]
		if err := Verify(cut); err != nil {
			t.Fatalf("Verify of the first %d events: %v (a prefix is a valid history)", n, err)
		}
		err := VerifyHead(cut, last.Seq, last.Hash)
		var ee *EventError
		if !errors.As(err, &ee) || ee.Code != CodeEventHead {
			t.Errorf("VerifyHead of the first %d of %d events: %v, want %s", n, len(evs), err, CodeEventHead)
		}
	}
	// The right length with another head: a different history.
	if err := VerifyHead(evs, last.Seq, evs[0].Hash); err == nil {
		t.Error("VerifyHead accepted a wrong head")
	}
	if err := VerifyHead(nil, 0, Hash{}); err != nil {
		t.Errorf("empty history anchored at nothing: %v", err)
	}
}
