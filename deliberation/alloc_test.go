package deliberation

import "testing"

// TestAcceptedCommandAllocatesOnce guards issue 4's allocation budget: an
// accepted command (Decide and Apply) allocates one object, the slice of
// events it returns; the matter, command and policy stay on the stack and
// the canonical encoding is hashed from a stack buffer.
func TestAcceptedCommandAllocatesOnce(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	m, at := inStage(t, StageHandle)
	p := BeijingPolicy()
	c := Command{Kind: CmdReportProgress, Matter: matter, Actor: pm, Details: Details{Percent: 50}}
	now := day(at)
	allocs := testing.AllocsPerRun(100, func() {
		evs, err := Decide(m, c, now, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Apply(evs[0]); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 1 {
		t.Errorf("Decide+Apply of an accepted progress report: %v allocations, want at most 1", allocs)
	}
}

// TestDecideAllocations extends the budget to every command of the
// lifecycle: Decide allocates the events it returns and nothing else,
// except what the event itself records behind a pointer (the rule frozen
// when a vote opens, the tally when it closes). Apply may allocate more
// when the matter's state grows (a raiser, a consultation, a vote).
func TestDecideAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	p := BeijingPolicy()
	var m Matter
	for _, s := range lifecycle() {
		want := 1.0
		if s.cmd.Kind == CmdOpenVote || s.cmd.Kind == CmdCloseVote {
			want = 2
		}
		allocs := testing.AllocsPerRun(20, func() {
			if _, err := Decide(m, s.cmd, day(s.at), p); err != nil {
				t.Fatal(err)
			}
		})
		if allocs > want {
			t.Errorf("Decide(%s): %v allocations, want at most %v", s.cmd.Kind, allocs, want)
		}
		evs, err := Decide(m, s.cmd, day(s.at), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			if err := m.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
	}
}
