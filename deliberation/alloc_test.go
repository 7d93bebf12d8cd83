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
