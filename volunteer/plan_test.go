package volunteer

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDeterministic: the same input, seed and budget give the same result,
// and neither Plan nor Repair writes to its input.
func TestDeterministic(t *testing.T) {
	in := songliu(4, 100, 6)
	before, _ := json.Marshal(in)
	a, err := Plan(in, Options{Seed: 42, Budget: 30000})
	if err != nil {
		t.Fatalf("Plan: %v", err)
	}
	b, _ := Plan(in, Options{Seed: 42, Budget: 30000})
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("Plan is not deterministic for a fixed seed and budget (-first +second):\n%s", diff)
	}
	changes := []Change{{Kind: DropOut, Day: 14, Volunteer: busiest(a)}, {Kind: LiftOut, Day: 20, Building: "T2"}}
	r1, err := Repair(in, a.Assignments, changes, Options{Seed: 3})
	if err != nil {
		t.Fatalf("Repair: %v", err)
	}
	r2, _ := Repair(in, a.Assignments, changes, Options{Seed: 3})
	if diff := cmp.Diff(r1, r2); diff != "" {
		t.Errorf("Repair is not deterministic (-first +second):\n%s", diff)
	}
	after, _ := json.Marshal(in)
	if string(before) != string(after) {
		t.Errorf("Plan or Repair modified its input")
	}
}

// TestPlanRules checks one behaviour per rule on the small estate, each
// with its reason.
func TestPlanRules(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*Input)
		check  func(Result) string
		reason string
	}{
		{"mobility", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "wang", Building: "T3", Floor: 3, MaxStairFloor: 4}}
		}, func(r Result) string {
			for _, a := range r.Assignments {
				if a.Need == "stairs" {
					return "wang climbs to floor 12 in T3, which has no lift"
				}
			}
			for _, u := range r.Unfilled {
				if u.Need == "stairs" && u.Reasons[0].Code != CodeMobility {
					return "the stairwell seat should be unfilled for mobility, got " + u.Reasons[0].Code.String()
				}
			}
			return ""
		}, "an elderly volunteer is never sent up the stairs of a tower without a lift"},
		{"trainee needs a qualified partner", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "zhao", Trainee: []string{"paint"}}}
		}, func(r Result) string {
			for _, a := range r.Assignments {
				if a.Need == "repaint" {
					return "a trainee painted alone"
				}
			}
			return ""
		}, "a trainee takes a seat only next to a qualified person"},
		{"trainee with mentor", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "zhao", Trainee: []string{"paint"}}, {ID: "wang", Skills: []string{"paint"}}}
		}, func(r Result) string {
			n := 0
			for _, a := range r.Assignments {
				if a.Need == "repaint" {
					n++
				}
			}
			if n != 2 {
				return "the repaint should have the painter and the trainee (target 2)"
			}
			return ""
		}, "with a qualified painter the trainee may join"},
		{"precedence", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "wang", Skills: []string{"paint"}}, {ID: "li"}}
		}, func(r Result) string {
			rd, ed := -1, -1
			for _, a := range r.Assignments {
				if a.Need == "repaint" {
					rd = a.Day
				}
				if a.Need == "exhibit" {
					ed = a.Day
				}
			}
			if rd < 0 || ed < 0 || ed < rd+2 {
				return "the exhibition should follow the repaint by at least 2 days"
			}
			return ""
		}, "repaint, then two days of drying, then the exhibition"},
		{"household apart", func(in *Input) {
			in.Volunteers = []Volunteer{{ID: "a", Household: "h"}, {ID: "b", Household: "h"}}
			in.Needs = in.Needs[1:2]
		}, func(r Result) string {
			days := map[int]int{}
			for _, a := range r.Assignments {
				days[a.Day]++
				if days[a.Day] > 1 {
					return "two members of one household serve the lobby together"
				}
			}
			return ""
		}, "HouseholdApart keeps a household's members on different turns"},
	}
	for _, tt := range tests {
		in := small()
		in.Estate.Spaces[0].Adopter = ""
		tt.edit(&in)
		opt := Options{Seed: 1, Budget: 20000, HouseholdApart: tt.name == "household apart"}
		res, err := Plan(in, opt)
		if err != nil {
			t.Fatalf("Plan(%s): %v", tt.name, err)
		}
		if msg := tt.check(res); msg != "" {
			t.Errorf("Plan(%s): %s (%s)\nrota %+v", tt.name, msg, tt.reason, res.Assignments)
		}
		if _, rep := Evaluate(in, res.Assignments, opt); !rep.Valid() {
			t.Errorf("Plan(%s) breaks hard rules: %v", tt.name, rep)
		}
	}
}

// TestPlanLexicographicMinMax: an instance where the sum of squared loads
// and the lexicographic min-max order disagree. Both rotas fill every
// seat at the same soft score and the same largest load (7); the sorted
// loads are (7, 6, 6, 1) and (7, 7, 3, 3). Squares prefer the second
// (122 against 116); min-max prefers the first, whose second largest load
// is smaller. Plan must return the first.
func TestPlanLexicographicMinMax(t *testing.T) {
	in := Input{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Days: 2}
	in.Estate.Spaces = []Space{{ID: "shed", Kind: BikeShed}}
	for i, n := range []struct {
		day, effort int
		skill       string
	}{{1, 2, "a"}, {1, 1, "a"}, {0, 1, "b"}, {0, 3, "c"}} {
		in.Needs = append(in.Needs, Need{ID: fmt.Sprintf("n%d", i), Space: "shed", Task: "tidy", Days: []int{n.day},
			Effort: n.effort, Min: 0, Target: 1, Max: 1, Skill: n.skill})
	}
	for i, v := range []struct {
		ledger int
		skills []string
	}{{5, []string{"a", "b", "c"}}, {0, []string{"b", "c"}}, {5, []string{"a"}}, {3, []string{"c"}}} {
		in.Volunteers = append(in.Volunteers, Volunteer{ID: fmt.Sprintf("v%d", i), Household: fmt.Sprintf("h%d", i), Ledger: v.ledger, Skills: v.skills})
	}
	lex := []Assignment{{Need: "n0", Slot: 1, Day: 1, Volunteer: "v0"}, {Need: "n1", Slot: 1, Day: 1, Volunteer: "v2"},
		{Need: "n2", Slot: 0, Day: 0, Volunteer: "v1"}, {Need: "n3", Slot: 0, Day: 0, Volunteer: "v3"}}
	sq := []Assignment{{Need: "n0", Slot: 1, Day: 1, Volunteer: "v2"}, {Need: "n1", Slot: 1, Day: 1, Volunteer: "v0"},
		{Need: "n2", Slot: 0, Day: 0, Volunteer: "v0"}, {Need: "n3", Slot: 0, Day: 0, Volunteer: "v1"}}
	sumSq := func(sc Score) (n int64) {
		for _, l := range sc.Fair.Loads() {
			n += l * l
		}
		return n
	}
	lexSc, r1 := Evaluate(in, lex, Options{})
	sqSc, r2 := Evaluate(in, sq, Options{})
	if !r1.Valid() || !r2.Valid() || lexSc.Soft != sqSc.Soft || lexSc.Fair.Loads()[0] != sqSc.Fair.Loads()[0] {
		t.Fatalf("the two rotas should be valid with equal soft scores and maxima: %v %v / %v %v", lexSc, r1, sqSc, r2)
	}
	if sumSq(sqSc) >= sumSq(lexSc) {
		t.Fatalf("squares %d, %d: the instance no longer separates the two orders", sumSq(lexSc), sumSq(sqSc))
	}
	if !lexSc.Less(sqSc) {
		t.Errorf("Evaluate ranks %v (loads %v) not better than %v (loads %v)", lexSc, lexSc.Fair.Loads(), sqSc, sqSc.Fair.Loads())
	}
	for seed := uint64(1); seed <= 5; seed++ {
		res, err := Plan(in, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if res.Score != lexSc {
			t.Errorf("seed %d: Plan score %v loads %v; want %v loads %v", seed, res.Score, res.Score.Fair.Loads(), lexSc, lexSc.Fair.Loads())
		}
	}
}

// TestPlanWithinBudget: the search, the descent and the exact step
// together never do more moves than the budget.
func TestPlanWithinBudget(t *testing.T) {
	for _, b := range []int{100, 1000, 20000} {
		for _, in := range []Input{small(), songliu(2, 30, 2)} {
			res, err := Plan(in, Options{Seed: 3, Budget: b})
			if err != nil {
				t.Fatal(err)
			}
			if res.Moves > b {
				t.Errorf("budget %d: %d moves", b, res.Moves)
			}
		}
	}
}

// TestPlanCapPhaseLowersHouseholdMax: on the 4-tower 60-volunteer gap
// instance (see cbc_test.go) five households share the largest load in
// the rotas late acceptance settles in, so lowering it takes all five
// unloaded at once. The capped phase reaches CBC's proven optimum (soft
// 2006, household maximum 25); without it seed 1 with 500,000 moves ends
// 18 points above, at a household maximum of 26.
func TestPlanCapPhaseLowersHouseholdMax(t *testing.T) {
	res, err := Plan(songliu(4, 60, 2), Options{Seed: 1, Budget: 500_000})
	if err != nil {
		t.Fatalf("Plan: %v", err)
	}
	if res.Score.Hard != 0 || res.Score.Unfilled != 0 || res.Score.Soft != 2006 {
		t.Errorf("score %v, want 0/0/0/2006", res.Score)
	}
	if h := res.Score.HouseholdFair.Loads(); len(h) == 0 || h[0] != 25 {
		t.Errorf("household loads %v, want a largest of 25", h)
	}
}
