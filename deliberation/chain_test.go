package deliberation

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestApplyRefusesOutOfOrder checks the optimistic-concurrency rule: an
// event with a gap, a repeated number, a wrong Prev or another matter's ID
// is refused, and the matter is unchanged.
func TestApplyRefusesOutOfOrder(t *testing.T) {
	_, evs := run(t, BeijingPolicy(), lifecycle()[:4])
	m, err := Replay(evs[:2])
	if err != nil {
		t.Fatal(err)
	}
	before := m.Clone()
	gap := evs[3]
	repeat := evs[1]
	prev := evs[2]
	prev.Prev[0] ^= 1
	other := evs[2]
	other.Matter = "m2"
	kind := evs[2]
	kind.Kind = EvResolved // not allowed in deliberate
	tests := []struct {
		name string
		e    Event
		code Code
	}{
		{"gap", gap, CodeEventSequence},
		{"repeat", repeat, CodeEventSequence},
		{"wrong prev", prev, CodeEventPrev},
		{"other matter", other, CodeEventMatter},
		{"not allowed in the stage", kind, CodeWrongStage},
		{"unknown kind", Event{Seq: 3, Prev: m.Head, Matter: matter}, CodeEventInvalid},
	}
	for _, tt := range tests {
		err := m.Apply(tt.e)
		if !errors.Is(err, tt.code) {
			t.Errorf("Apply(%s) = %v, want %s", tt.name, err, tt.code)
		}
		if diff := cmp.Diff(before, m, cmpopts.IgnoreUnexported(Vote{})); diff != "" {
			t.Errorf("Apply(%s) changed the matter:\n%s", tt.name, diff)
		}
	}
	if err := m.Apply(evs[2]); err != nil {
		t.Errorf("Apply(next event) = %v", err)
	}
}

// TestVerifyDetectsTampering edits, deletes, inserts and reorders events of
// a stored history; each must fail verification with the right code.
func TestVerifyDetectsTampering(t *testing.T) {
	_, evs := run(t, BeijingPolicy(), lifecycle())
	if err := Verify(evs); err != nil {
		t.Fatalf("Verify(untampered) = %v", err)
	}
	edit := slices.Clone(evs)
	edit[5].Choice = 2 // a ballot changed from agree to oppose
	editAt := slices.Clone(evs)
	editAt[3].At = editAt[3].At.Add(time.Second)
	rehashed := slices.Clone(evs)
	rehashed[5].Choice = 2
	rehashed[5].Hash = rehashed[5].ComputeHash() // the forger recomputes one hash…
	swap := slices.Clone(evs)
	swap[4], swap[5] = swap[5], swap[4]
	tests := []struct {
		name string
		h    []Event
		code Code
	}{
		{"edited ballot", edit, CodeEventHash},
		{"edited time", editAt, CodeEventHash},
		{"edited and rehashed", rehashed, CodeEventPrev}, // …but the next event's Prev still names the old one
		{"deleted event", slices.Delete(slices.Clone(evs), 3, 4), CodeEventSequence},
		{"deleted last and renumbered", renumber(slices.Delete(slices.Clone(evs), 3, 4)), CodeEventPrev},
		{"reordered", swap, CodeEventSequence},
		{"inserted", slices.Insert(slices.Clone(evs), 2, evs[2]), CodeEventSequence},
		{"other matter", append(slices.Clone(evs[:2]), withMatter(evs[2], "m2")), CodeEventMatter},
	}
	for _, tt := range tests {
		if err := Verify(tt.h); !errors.Is(err, tt.code) {
			t.Errorf("Verify(%s) = %v, want %s", tt.name, err, tt.code)
		}
	}
}

func renumber(evs []Event) []Event {
	for i := range evs {
		evs[i].Seq = uint64(i + 1)
		evs[i].Hash = evs[i].ComputeHash()
	}
	return evs
}

func withMatter(e Event, id string) Event {
	e.Matter = id
	return e
}

// TestEventJSONRoundTrip checks that every event survives its JSON payload
// with its hash intact, as a store keeps it.
func TestEventJSONRoundTrip(t *testing.T) {
	want, evs := run(t, BeijingPolicy(), lifecycle())
	decoded := make([]Event, len(evs))
	for i, e := range evs {
		data, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		if decoded[i], err = ParseEvent(data); err != nil {
			t.Fatalf("ParseEvent(%s): %v", data, err)
		}
		if decoded[i].ComputeHash() != e.Hash {
			t.Errorf("event %d (%s): hash changed by the JSON round trip:\n%s", i, e.Kind, data)
		}
	}
	got, err := Replay(decoded)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreUnexported(Vote{})); diff != "" {
		t.Errorf("Replay(JSON round trip) differs (-want +got):\n%s", diff)
	}
}

// TestDecideLeavesMatterUnchanged checks that Decide only reads the matter.
func TestDecideLeavesMatterUnchanged(t *testing.T) {
	p := BeijingPolicy()
	for _, s := range Stages() {
		m, at := inStage(t, s)
		before := m.Clone()
		for _, k := range CommandKinds() {
			_, _ = Decide(m, sampleCommand(k), day(at+60), p)
		}
		if diff := cmp.Diff(before, m, cmpopts.IgnoreUnexported(Vote{})); diff != "" {
			t.Errorf("Decide changed a matter in stage %s:\n%s", s, diff)
		}
	}
}

// TestRefusalListsEveryProblem sends a command with many faults at once.
func TestRefusalListsEveryProblem(t *testing.T) {
	m, at := inStage(t, StageDeliberate)
	c := Command{Kind: CmdConvene, Matter: "m9", Actor: Actor{Role: RoleResident},
		Details: Details{Consultation: "c1", Form: 9, Attendees: []Attendee{res1, res1, {}}}}
	_, err := Decide(m, c, day(at), BeijingPolicy())
	var r *RefusedError
	if !errors.As(err, &r) {
		t.Fatalf("Decide = %v, want a *RefusedError", err)
	}
	want := []Code{CodeMatterMismatch, CodeActorMissing, CodeNotPermitted, CodeFieldDuplicate,
		CodeFieldInvalid, CodeFieldDuplicate, CodeFieldRequired, CodeSeatAbsent}
	if diff := cmp.Diff(want, r.Codes()); diff != "" {
		t.Errorf("refusal codes (-want +got):\n%s\n%v", diff, r)
	}
	for _, p := range r.Problems {
		if p.Message == "" || p.MessageZH == "" || p.Path == "" {
			t.Errorf("problem %s lacks a path or a message: %+v", p.Code, p)
		}
	}
}
