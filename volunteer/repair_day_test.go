package volunteer

import (
	"testing"
	"time"
)

// A published flexible occurrence that follows a predecessor keeps its
// published day through a repair that does not touch it: its volunteers
// are not vacated, and a vacancy on it names the real reason.
func TestRepairKeepsPublishedDayOfLinkedOccurrence(t *testing.T) {
	in := Input{
		Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Days:  14,
		Estate: Estate{
			Buildings: []Building{{ID: "T1", Floors: 6, Lift: true}},
			Spaces:    []Space{{ID: "wall", Kind: CorridorWall, Building: "T1", Floor: 1}},
		},
		Needs: []Need{
			{ID: "repaint", Space: "wall", Task: "repaint", Days: []int{0}, Effort: 1, Min: 1, Target: 1, Max: 1},
			{ID: "exhibit", Space: "wall", Task: "exhibit", Days: []int{2}, Window: 6, After: "repaint", Lag: 2, Effort: 1, Min: 2, Target: 2, Max: 2},
		},
		Volunteers: []Volunteer{
			{ID: "a", Building: "T1", Floor: 1}, {ID: "b", Building: "T1", Floor: 2},
			{ID: "c", Building: "T1", Floor: 3}, {ID: "d", Building: "T1", Floor: 4},
		},
	}
	published := []Assignment{
		{Need: "repaint", Slot: 0, Day: 0, Volunteer: "a"},
		{Need: "exhibit", Slot: 2, Day: 6, Volunteer: "b"},
		{Need: "exhibit", Slot: 2, Day: 6, Volunteer: "c"},
	}
	rep, err := Repair(in, published, []Change{{Kind: DropOut, Day: 1, Volunteer: "c"}}, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Vacated) != 1 || rep.Vacated[0].Left != "c" || rep.Vacated[0].Reason != CodeUnavailable || rep.Vacated[0].Day != 6 {
		t.Fatalf("vacated = %+v, want only c's seat on day 6 (unavailable); removed %+v added %+v", rep.Vacated, rep.Removed, rep.Added)
	}
	for _, r := range rep.Removed {
		if r.Volunteer != "c" {
			t.Errorf("removed %+v: only c's turn should go", r)
		}
	}
	kept := false
	for _, a := range rep.Assignments {
		if a.Need == "exhibit" && a.Volunteer == "b" && a.Day == 6 {
			kept = true
		}
	}
	if !kept {
		t.Errorf("b's published exhibition turn on day 6 was not kept: %+v", rep.Assignments)
	}

	// Moving the repaint later makes the published exhibition day too
	// soon: the vacancy says precedence, not an unknown volunteer.
	published[0].Day, published[1].Day, published[2].Day = 0, 1, 1
	rep, err = Repair(in, published, []Change{{Kind: DropOut, Day: 1, Volunteer: "d"}}, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range rep.Vacated {
		if v.Reason == CodeUnknownVolunteer {
			t.Errorf("vacancy %+v blames an unknown volunteer", v)
		}
	}
}
