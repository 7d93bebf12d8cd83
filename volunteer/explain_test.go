package volunteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExplain(t *testing.T) {
	tests := []struct {
		name      string
		edit      func(*Input)
		need      string
		wantFirst Code
		wantWho   string
		wantRules []Code
		reason    string
	}{
		{"nobody has the skill", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "li"}, {ID: "chen"}}
		}, "repaint", CodeSkill, "", []Code{CodeSkill}, "no painter at all: recruit or train one"},
		{"painter at cap", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "wang", Skills: []string{"paint"}, Limits: Limits{MaxEffort: 2}}, {ID: "li"}}
			in.Needs = in.Needs[2:3] // the repaint alone (3 points)
		}, "repaint", CodeSkill, "wang", []Code{CodeCap}, "one point more of cap would let the painter come"},
		{"painter away", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "wang", Skills: []string{"paint"}, Blackouts: []DayRange{{0, 13}}}}
			in.Needs = in.Needs[2:3]
		}, "repaint", CodeUnavailable, "wang", []Code{CodeUnavailable}, "the only painter is away"},
		{"painter busy", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "wang", Skills: []string{"paint"}}}
			in.Needs = in.Needs[2:3]
			in.Needs = append(in.Needs, Need{ID: "lobby2", Space: "T1-lobby", Task: "clean", Days: []int{2}, Effort: 1, Min: 1, Target: 1, Max: 1})
			in.Pinned = []Assignment{{Need: "lobby2", Slot: 2, Day: 2, Volunteer: "wang"}}
		}, "repaint", CodeBusy, "wang", []Code{CodeBusy}, "the painter already has a pinned turn that day"},
	}
	for _, tt := range tests {
		in := small()
		in.Estate.Spaces[0].Adopter = ""
		tt.edit(&in)
		res, err := Plan(in, Options{Seed: 1, Budget: 5000})
		if err != nil {
			t.Fatalf("Plan(%s): %v", tt.name, err)
		}
		var u *Unfilled
		for i := range res.Unfilled {
			if res.Unfilled[i].Need == tt.need {
				u = &res.Unfilled[i]
			}
		}
		if u == nil {
			t.Errorf("Plan(%s): %s is not unfilled (%s)", tt.name, tt.need, tt.reason)
			continue
		}
		if u.Reasons[0].Code != tt.wantFirst {
			t.Errorf("Plan(%s): top reason %s; want %s (%s)", tt.name, u.Reasons[0].Code, tt.wantFirst, tt.reason)
		}
		if u.Relaxation.Volunteer != tt.wantWho {
			t.Errorf("Plan(%s): relaxation names %q; want %q (%s)", tt.name, u.Relaxation.Volunteer, tt.wantWho, tt.reason)
		}
		if diff := cmp.Diff(tt.wantRules, u.Relaxation.Rules); diff != "" {
			t.Errorf("Plan(%s): relaxation rules (-want +got) (%s):\n%s", tt.name, tt.reason, diff)
		}
		if u.Relaxation.Message == "" || u.Relaxation.MessageZH == "" {
			t.Errorf("Plan(%s): relaxation lacks a message", tt.name)
		}
		total := 0
		for _, r := range u.Reasons {
			total += r.Count
		}
		if total != len(in.Volunteers)-countOn(res, u) {
			t.Errorf("Plan(%s): reasons count %d volunteers; want every volunteer not on the seat", tt.name, total)
		}
	}
}

func countOn(res Result, u *Unfilled) int {
	n := 0
	for _, a := range res.Assignments {
		if a.Need == u.Need && a.Slot == u.Slot {
			n++
		}
	}
	return n
}
