package curtois

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/shequ/shequ/volunteer"
)

// assignments turns a roster into engine assignments.
func assignments(in *Instance, r Roster) []volunteer.Assignment {
	var as []volunteer.Assignment
	for s := range r {
		for d, t := range r[s] {
			if t != Off {
				as = append(as, volunteer.Assignment{Need: in.NeedID(d, t), Slot: d, Day: d, Volunteer: in.Staff[s].ID})
			}
		}
	}
	return as
}

// TestMappingScore: the engine's own evaluator, on the mapped instance,
// gives the hand-computed objectives of TestEvaluateObjective.
func TestMappingScore(t *testing.T) {
	in := mustParse(t, tiny)
	m := MapToVolunteer(in)
	if rep := volunteer.Validate(m.Input, m.Options); len(rep) > 0 {
		t.Fatalf("volunteer.Validate: %v", rep)
	}
	for _, tt := range []struct {
		a, b       string
		want, hard int64
	}{
		{"-EL----", "EEE----", 22, 0},
		{"-LL----", "EEE----", 124, 0},
		{"-------", "-------", 267, 960}, // A works 0 of at least 960 minutes
	} {
		r := Roster{row(tt.a), row(tt.b)}
		score, _ := volunteer.Evaluate(m.Input, assignments(in, r), m.Options)
		if score.Hard != tt.hard || score.Soft+m.Constant != tt.want {
			t.Errorf("A=%s B=%s: engine score %v + constant %d; want objective %d, hard %d", tt.a, tt.b, score, m.Constant, tt.want, tt.hard)
		}
		back, err := m.Roster(assignments(in, r))
		if err != nil {
			t.Fatal(err)
		}
		if got := Evaluate(in, back); int64(got.Objective) != tt.want {
			t.Errorf("A=%s B=%s: round trip gives objective %d, want %d", tt.a, tt.b, got.Objective, tt.want)
		}
	}
}

func TestMappingRosterErrors(t *testing.T) {
	in := mustParse(t, tiny)
	m := MapToVolunteer(in)
	for _, tt := range []struct {
		name string
		as   []volunteer.Assignment
	}{
		{"unknown need", []volunteer.Assignment{{Need: "d9-E", Day: 9, Volunteer: "A"}}},
		{"unknown volunteer", []volunteer.Assignment{{Need: "d1-E", Day: 1, Volunteer: "Z"}}},
		{"wrong day", []volunteer.Assignment{{Need: "d1-E", Day: 2, Volunteer: "A"}}},
		{"two shifts", []volunteer.Assignment{{Need: "d1-E", Day: 1, Volunteer: "A"}, {Need: "d1-L", Day: 1, Volunteer: "A"}}},
	} {
		if _, err := m.Roster(tt.as); err == nil {
			t.Errorf("%s: Roster = nil error", tt.name)
		}
	}
}

// TestMappingZeroLimits: Curtois limits of 0 become blackouts or task
// limits of 0, because the engine reads 0 as "no limit".
func TestMappingZeroLimits(t *testing.T) {
	in := mustParse(t, tiny)
	in.Staff[0].MaxConsecutive = 0
	in.Staff[1].MaxMinutes = 0
	m := MapToVolunteer(in)
	a, b := m.Input.Volunteers[0], m.Input.Volunteers[1]
	if last := a.Blackouts[len(a.Blackouts)-1]; last != (volunteer.DayRange{From: 0, To: 6}) {
		t.Errorf("A (MaxConsecutive 0): last blackout %v, want days 0-6", last)
	}
	if want := (volunteer.DayRange{From: 5, To: 6}); len(b.Blackouts) != 1 || b.Blackouts[0] != want {
		t.Errorf("B (MaxWeekends 0): blackouts %v, want [%v]", b.Blackouts, want)
	}
	for _, tl := range b.Limits.Tasks {
		if tl.Max != 0 {
			t.Errorf("B (MaxTotalMinutes 0): task %s limit %d, want 0", tl.Task, tl.Max)
		}
	}
}

// TestMappingPlan plans generated instances with the engine and checks each
// roster with the independent evaluator: the engine's objective is
// Evaluate's, and apart from the minimum rules it reports in Score.Hard,
// the roster breaks no hard rule.
func TestMappingPlan(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		in, _, err := Generate(GenerateOptions{Days: 14, Staff: 6, ShiftTypes: 2, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		checkPlan(t, fmt.Sprint("seed ", seed), in, seed, 20000)
	}
}

// TestMappingPublished does the same on Instance1–7 (a short run, not the
// benchmark: the engine's own budget decides the quality).
func TestMappingPublished(t *testing.T) {
	dir := curtoisDir(t)
	for i := 1; i <= 7; i++ {
		name := fmt.Sprintf("Instance%d.txt", i)
		checkPlan(t, name, loadInstance(t, filepath.Join(dir, name)), 1, 20000)
	}
}

func checkPlan(t *testing.T, name string, in *Instance, seed uint64, budget int) {
	t.Helper()
	m := MapToVolunteer(in)
	r, res, err := m.Plan(seed, budget)
	if err != nil {
		t.Fatalf("%s: Plan: %v", name, err)
	}
	ev := Evaluate(in, r)
	if got := res.Score.Soft + m.Constant; got != int64(ev.Objective) {
		t.Errorf("%s: engine objective %d, Evaluate %d", name, got, ev.Objective)
	}
	for _, v := range ev.Violations {
		switch v.Rule {
		case RuleMinMinutes, RuleMinConsecutive, RuleMinDaysOff:
			if res.Score.Hard == 0 {
				t.Errorf("%s: engine Hard 0, but %s", name, v.Describe(in))
			}
		default:
			t.Errorf("%s: engine roster breaks %s", name, v.Describe(in))
		}
	}
	if res.Score.Hard > 0 && ev.Feasible() {
		t.Errorf("%s: engine Hard %d, Evaluate finds no violation", name, res.Score.Hard)
	}
}

func TestMappingNeedMax(t *testing.T) {
	in := mustParse(t, tiny)
	m := MapToVolunteer(in)
	most := map[string]int{}
	for _, n := range m.Input.Needs {
		most[n.ID] = n.Max
	}
	for _, tt := range []struct {
		need   string
		want   int
		reason string
	}{
		{"d0-E", 1, "A is off on day 0; B may work E"},
		{"d0-L", 1, "A is off and B may never work L: nobody, but Max is at least 1"},
		{"d1-E", 2, "both may work E on day 1"},
		{"d1-L", 1, "only A may work L"},
	} {
		if most[tt.need] != tt.want {
			t.Errorf("need %s: Max %d, want %d (%s)", tt.need, most[tt.need], tt.want, tt.reason)
		}
	}
}
