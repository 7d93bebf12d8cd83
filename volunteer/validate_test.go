package volunteer

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// small is a valid two-tower estate with three needs and four volunteers.
func small() Input {
	return Input{
		Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), // a Monday
		Days:  14,
		Estate: Estate{
			Buildings: []Building{{ID: "T1", Floors: 18, Lift: true}, {ID: "T3", Floors: 18}},
			Spaces: []Space{
				{ID: "T3-F12", Kind: Stairwell, Building: "T3", Floor: 12, Adopter: "li"},
				{ID: "T1-lobby", Kind: Lobby, Building: "T1", Floor: 1},
				{ID: "T1-wall", Kind: CorridorWall, Building: "T1", Floor: 1},
			},
		},
		Needs: []Need{
			{ID: "stairs", Space: "T3-F12", Task: "clean", Every: 7, Effort: 1, Min: 1, Target: 1, Max: 1, Stairs: true},
			{ID: "lobby", Space: "T1-lobby", Task: "clean", Every: 7, First: 5, Effort: 2, Min: 1, Target: 2, Max: 2},
			{ID: "repaint", Space: "T1-wall", Task: "repaint", Days: []int{2}, Effort: 3, Min: 1, Target: 2, Max: 2, Skill: "paint"},
			{ID: "exhibit", Space: "T1-wall", Task: "exhibit", Days: []int{2}, Window: 5, Effort: 2, Min: 1, Target: 1, Max: 1, After: "repaint", Lag: 2},
		},
		Volunteers: []Volunteer{
			{ID: "li", Household: "T3-1201", Building: "T3", Floor: 12, Limits: Limits{PeriodDays: 7, PeriodEffort: 3}},
			{ID: "wang", Household: "T3-0302", Building: "T3", Floor: 3, MaxStairFloor: 4, Skills: []string{"paint"}},
			{ID: "zhao", Household: "T1-0101", Building: "T1", Floor: 1, Trainee: []string{"paint"}, Weekdays: []time.Weekday{time.Saturday, time.Sunday}},
			{ID: "chen", Household: "T1-0101", Building: "T1", Floor: 1, Blackouts: []DayRange{{0, 6}}},
		},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*Input)
		opt    Options
		want   []Code
		reason string
	}{
		{"valid", func(*Input) {}, Options{}, nil, "the base input is valid"},
		{"horizon", func(in *Input) { in.Days = 0 }, Options{}, []Code{CodeBadHorizon}, "a horizon needs at least one day"},
		{"unknown space", func(in *Input) { in.Needs[0].Space = "T9-F1" }, Options{}, []Code{CodeUnknownSpace}, "needs must name a known space"},
		{"negative effort", func(in *Input) { in.Needs[0].Effort = -1 }, Options{}, []Code{CodeNegative}, "effort points are never negative"},
		{"team order", func(in *Input) { in.Needs[1].Min = 3 }, Options{}, []Code{CodeBadTeam}, "min must not exceed target"},
		{"duplicate volunteer", func(in *Input) { in.Volunteers[1].ID = "li" }, Options{}, []Code{CodeDuplicateID}, "volunteer IDs are unique"},
		{"unknown adopter", func(in *Input) { in.Estate.Spaces[0].Adopter = "nobody" }, Options{}, []Code{CodeUnknownVolunteer}, "an adopter must be a volunteer"},
		{"bad floor", func(in *Input) { in.Estate.Spaces[0].Floor = 19 }, Options{}, []Code{CodeBadFloor}, "T3 has 18 floors"},
		{"precedence cycle", func(in *Input) { in.Needs[2].After = "exhibit" }, Options{}, []Code{CodePrecedenceCycle, CodePrecedenceCycle}, "repaint after exhibit after repaint is a cycle"},
		{"precedence infeasible", func(in *Input) { in.Needs[3].Window = 1 }, Options{}, []Code{CodePrecedenceInfeasible}, "a 2-day lag cannot fit in a 1-day window"},
		{"cap below pinned", func(in *Input) {
			in.Pinned = []Assignment{{Need: "lobby", Slot: 5, Day: 5, Volunteer: "li"}, {Need: "stairs", Slot: 0, Day: 0, Volunteer: "li"}}
			in.Volunteers[0].Limits.PeriodEffort = 2
		}, Options{}, []Code{CodeCapBelowPinned}, "li's 2-point weekly cap is below the 3 pinned points"},
		{"pinned unavailable", func(in *Input) {
			in.Pinned = []Assignment{{Need: "lobby", Slot: 5, Day: 5, Volunteer: "chen"}}
		}, Options{}, []Code{CodePinnedConflict}, "chen is away in week 1"},
		{"pinned trainee alone", func(in *Input) {
			in.Pinned = []Assignment{{Need: "repaint", Slot: 2, Day: 2, Volunteer: "zhao"}}
			in.Volunteers[2].Weekdays = nil
		}, Options{}, []Code{CodePinnedConflict}, "a pinned trainee needs a pinned qualified partner"},
		{"unknown pinned need", func(in *Input) {
			in.Pinned = []Assignment{{Need: "garden", Slot: 0, Day: 0, Volunteer: "li"}}
		}, Options{}, []Code{CodeUnknownNeed}, "pins must name a known need"},
		{"pinned off schedule", func(in *Input) {
			in.Pinned = []Assignment{{Need: "stairs", Slot: 1, Day: 1, Volunteer: "li"}}
		}, Options{}, []Code{CodeBadDay}, "stairs has no occurrence on day 1"},
		{"decline unknown", func(in *Input) { in.Volunteers[0].Declines = []Slot{{Need: "stairs", Day: 3}} }, Options{}, []Code{CodeBadDay}, "a decline must name an occurrence"},
		{"pair unknown", func(in *Input) { in.Pairs = []Pair{{A: "li", B: "ghost", Kind: Required}} }, Options{}, []Code{CodeUnknownVolunteer}, "pairs name volunteers"},
		{"pair kind", func(in *Input) { in.Pairs = []Pair{{A: "li", B: "wang"}} }, Options{}, []Code{CodeInvalidKind}, "the zero pair kind is invalid"},
		{"space kind", func(in *Input) { in.Estate.Spaces[1].Kind = 0 }, Options{}, []Code{CodeInvalidKind}, "the zero space kind is invalid"},
		{"limits half set", func(in *Input) { in.Volunteers[1].Limits.WindowEffort = 5 }, Options{}, []Code{CodeNegative}, "a window cap needs a window length"},
		{"negative weight", func(*Input) {}, Options{Weights: &Weights{Under: -1}}, []Code{CodeNegative}, "weights are never negative"},
		{"schedule", func(in *Input) { in.Needs[0].Every = 0 }, Options{}, []Code{CodeBadSchedule}, "a need needs days or a period"},
		{"day twice", func(in *Input) { in.Needs[2].Days = []int{2, 2} }, Options{}, []Code{CodeBadSchedule}, "a day listed twice is a mistake"},
		{"day outside", func(in *Input) { in.Needs[2].Days = []int{20} }, Options{}, []Code{CodeBadDay}, "days lie in the horizon"},
		{"too large", func(in *Input) { in.Days = maxDays + 1 }, Options{}, []Code{CodeBadHorizon}, "the horizon is bounded"},
	}
	for _, tt := range tests {
		in := small()
		tt.edit(&in)
		r := Validate(in, tt.opt)
		var got []Code
		for _, f := range r {
			got = append(got, f.Code)
			if f.Path == "" || f.Message == "" || f.MessageZH == "" {
				t.Errorf("Validate(%s): finding %+v lacks a path or a message", tt.name, f)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Validate(%s) codes mismatch (-want +got) (%s):\n%s\nfindings: %v", tt.name, tt.reason, diff, r)
		}
		_, err := Plan(in, tt.opt)
		if (err != nil) != (len(tt.want) > 0) {
			t.Errorf("Plan(%s) error = %v; want error: %v", tt.name, err, len(tt.want) > 0)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("Plan(%s) error %v does not match ErrInvalid", tt.name, err)
		}
	}
}

func TestEnumText(t *testing.T) {
	type textEnum interface {
		String() string
		Label() string
		MarshalText() ([]byte, error)
	}
	check := func(name string, vals []textEnum, parse func(string) (textEnum, error)) {
		seen := map[string]bool{}
		for _, v := range vals {
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s(%v).MarshalText() error %v", name, v, err)
				continue
			}
			if string(b) != v.String() || seen[string(b)] || v.Label() == "" {
				t.Errorf("%s(%v): text %q, label %q: want unique text equal to String and a label", name, v, b, v.Label())
			}
			seen[string(b)] = true
			back, err := parse(string(b))
			if err != nil || back != v {
				t.Errorf("parse %s(%q) = %v, %v; want %v", name, b, back, err, v)
			}
		}
		if _, err := parse("no-such-value"); err == nil {
			t.Errorf("parse %s(no-such-value) succeeded; want error", name)
		}
	}
	var kinds, pairs, changes, codes []textEnum
	for k := Stairwell; k <= OtherSpace; k++ {
		kinds = append(kinds, k)
	}
	for k := Required; k <= Prohibited; k++ {
		pairs = append(pairs, k)
	}
	for k := DropOut; k <= LiftOut; k++ {
		changes = append(changes, k)
	}
	for c := CodeEmptyID; c < codeEnd; c++ {
		codes = append(codes, c)
	}
	check("SpaceKind", kinds, func(s string) (textEnum, error) { return ParseSpaceKind(s) })
	check("PairKind", pairs, func(s string) (textEnum, error) { return ParsePairKind(s) })
	check("ChangeKind", changes, func(s string) (textEnum, error) { return ParseChangeKind(s) })
	check("Code", codes, func(s string) (textEnum, error) { return ParseCode(s) })
	if _, err := SpaceKind(0).MarshalText(); err == nil {
		t.Errorf("SpaceKind(0).MarshalText() succeeded; want error for the zero value")
	}
	if got := Code(99).String(); got != "%!Code(99)" {
		t.Errorf("Code(99).String() = %q; want %%!Code(99)", got)
	}
}

// TestLoadSpanGuard: ledgers far apart (or huge efforts) would need a
// load histogram of billions of counters; Validate refuses them with
// CodeTooLarge, and close ledgers, however large, plan as usual.
func TestLoadSpanGuard(t *testing.T) {
	in := small()
	in.Volunteers[0].Ledger = 1_000_000_000
	if r := Validate(in, Options{}); !hasCode(r, CodeTooLarge) {
		t.Errorf("ledgers 0 and 1e9: findings %v; want %s", r, CodeTooLarge)
	}
	w := DefaultWeights()
	w.MaxLoad, w.HouseholdMaxLoad, w.Fairness, w.HouseholdFairness = 0, 0, false, false
	if r := Validate(in, Options{Weights: &w}); len(r) > 0 {
		t.Errorf("without load weights the span does not matter: %v", r)
	}
	for i := range in.Volunteers {
		// One household each: a household's load is its members' sum.
		in.Volunteers[i].Ledger = 1_000_000_000 - i
		in.Volunteers[i].Household = in.Volunteers[i].ID
	}
	res, err := Plan(in, Options{Seed: 1, Budget: 2000})
	if err != nil {
		t.Fatalf("close ledgers near 1e9: %v", err)
	}
	if sc, rep := Evaluate(in, res.Assignments, Options{}); !rep.Valid() || sc != res.Score {
		t.Errorf("score %v, Evaluate %v %v", res.Score, sc, rep)
	}
}

func hasCode(r Report, c Code) bool {
	for _, f := range r {
		if f.Code == c {
			return true
		}
	}
	return false
}
