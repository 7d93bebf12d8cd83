package volunteer

import (
	"fmt"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// tinyInput draws a random tiny instance: a few volunteers, occurrences
// and days, with every kind of rule switched on at random.
func tinyInput(t *rapid.T) (Input, Options) {
	days := rapid.IntRange(1, 4).Draw(t, "days")
	start := time.Date(2026, 3, 2+rapid.IntRange(0, 6).Draw(t, "weekday"), 0, 0, 0, 0, time.UTC)
	in := Input{Start: start, Days: days}
	in.Estate.Buildings = []Building{{ID: "B", Floors: 3, Lift: rapid.Bool().Draw(t, "lift")}}
	if rapid.Bool().Draw(t, "liftdown") {
		in.Estate.Buildings[0].LiftDown = []DayRange{{0, 0}}
	}
	in.Estate.Spaces = []Space{{ID: "S1", Kind: Stairwell, Building: "B", Floor: 3}, {ID: "S2", Kind: Lobby, Building: "B", Floor: 1}}
	nv := rapid.IntRange(1, 3).Draw(t, "volunteers")
	if rapid.Bool().Draw(t, "adopter") {
		in.Estate.Spaces[0].Adopter = "v0"
	}
	tasks := []string{"a", "b"}
	nn := rapid.IntRange(1, 3).Draw(t, "needs")
	occs := 0
	for i := 0; i < nn && occs < 3; i++ {
		n := Need{ID: fmt.Sprintf("n%d", i), Space: fmt.Sprintf("S%d", 1+rapid.IntRange(0, 1).Draw(t, "space")),
			Task: rapid.SampledFrom(tasks).Draw(t, "task"), Effort: rapid.IntRange(0, 3).Draw(t, "effort"),
			Stairs: rapid.Bool().Draw(t, "stairs"), Window: rapid.IntRange(0, 1).Draw(t, "window")}
		n.Max = rapid.IntRange(1, 2).Draw(t, "max")
		n.Target = rapid.IntRange(0, n.Max).Draw(t, "target")
		n.Min = rapid.IntRange(0, n.Target).Draw(t, "min")
		k := rapid.IntRange(1, min(days, 3-occs)).Draw(t, "occurrences")
		for d := 0; d < k; d++ {
			n.Days = append(n.Days, d)
		}
		occs += k
		if rapid.IntRange(0, 3).Draw(t, "skill") == 0 {
			n.Skill = "paint"
		}
		if i > 0 && rapid.IntRange(0, 3).Draw(t, "after") == 0 {
			n.After, n.Lag = "n0", rapid.IntRange(0, 1).Draw(t, "lag")
		}
		if rapid.Bool().Draw(t, "weights") {
			n.UnderWeight = int64(rapid.IntRange(1, 50).Draw(t, "under"))
			n.OverWeight = int64(rapid.IntRange(1, 50).Draw(t, "over"))
		}
		in.Needs = append(in.Needs, n)
	}
	for i := 0; i < nv; i++ {
		v := Volunteer{ID: fmt.Sprintf("v%d", i), Building: "B", Floor: rapid.IntRange(1, 3).Draw(t, "floor"),
			Household: fmt.Sprintf("h%d", rapid.IntRange(0, 1).Draw(t, "household")), Ledger: rapid.IntRange(0, 3).Draw(t, "ledger")}
		switch rapid.IntRange(0, 3).Draw(t, "skilled") {
		case 0:
			v.Skills = []string{"paint"}
		case 1:
			v.Trainee = []string{"paint"}
		}
		if rapid.IntRange(0, 3).Draw(t, "weekdays") == 0 {
			v.Weekdays = []time.Weekday{time.Weekday(rapid.IntRange(0, 6).Draw(t, "wd"))}
		}
		if rapid.IntRange(0, 3).Draw(t, "blackout") == 0 {
			d := rapid.IntRange(0, days-1).Draw(t, "bday")
			v.Blackouts = []DayRange{{d, d}}
		}
		if rapid.IntRange(0, 3).Draw(t, "decline") == 0 {
			v.Declines = []Slot{{Need: "n0", Day: 0}}
		}
		if rapid.Bool().Draw(t, "mobility") {
			v.MaxStairFloor = rapid.IntRange(1, 3).Draw(t, "stairfloor")
		}
		l := &v.Limits
		if rapid.Bool().Draw(t, "period") {
			l.PeriodDays, l.PeriodEffort = rapid.IntRange(1, 3).Draw(t, "pdays"), rapid.IntRange(1, 4).Draw(t, "peffort")
		}
		if rapid.Bool().Draw(t, "window") {
			l.WindowDays, l.WindowEffort = rapid.IntRange(1, 3).Draw(t, "wdays"), rapid.IntRange(1, 4).Draw(t, "weffort")
		}
		if rapid.IntRange(0, 3).Draw(t, "maxeffort") == 0 {
			l.MaxEffort = rapid.IntRange(1, 5).Draw(t, "maxe")
		}
		if rapid.IntRange(0, 3).Draw(t, "mineffort") == 0 {
			l.MinEffort = rapid.IntRange(1, 3).Draw(t, "mine")
		}
		if rapid.IntRange(0, 3).Draw(t, "tasklimit") == 0 {
			l.Tasks = []TaskLimit{{Task: "a", Max: rapid.IntRange(0, 1).Draw(t, "tmax")}}
		}
		if rapid.IntRange(0, 2).Draw(t, "cons") == 0 {
			l.MaxConsecutive = rapid.IntRange(1, 2).Draw(t, "maxc")
		}
		if rapid.IntRange(0, 3).Draw(t, "mincons") == 0 {
			l.MinConsecutive = 2
		}
		if rapid.IntRange(0, 3).Draw(t, "minoff") == 0 {
			l.MinConsecutiveOff = 2
		}
		if rapid.IntRange(0, 3).Draw(t, "weekends") == 0 {
			l.MaxWeekends = 1
		}
		if rapid.Bool().Draw(t, "pref") {
			p := Preference{Weight: int64(rapid.IntRange(-20, 20).Draw(t, "pw"))}
			if rapid.Bool().Draw(t, "ptask") {
				p.Task = "b"
			}
			if rapid.Bool().Draw(t, "pday") {
				p.Days = []int{rapid.IntRange(0, days-1).Draw(t, "pd")}
			}
			v.Preferences = []Preference{p}
		}
		in.Volunteers = append(in.Volunteers, v)
	}
	if nv >= 2 {
		switch rapid.IntRange(0, 4).Draw(t, "pair") {
		case 0:
			in.Pairs = []Pair{{A: "v0", B: "v1", Kind: Required}}
		case 1:
			in.Pairs = []Pair{{A: "v0", B: "v1", Kind: Preferred}}
		case 2:
			in.Pairs = []Pair{{A: "v0", B: "v1", Kind: Prohibited}}
		}
	}
	if rapid.Bool().Draw(t, "succession") {
		in.Forbidden = []Succession{{First: "a", Then: "b"}}
	}
	if rapid.IntRange(0, 3).Draw(t, "pin") == 0 {
		n := in.Needs[0]
		in.Pinned = []Assignment{{Need: n.ID, Slot: n.Days[0], Day: n.Days[0], Volunteer: "v0"}}
	}
	w := DefaultWeights()
	w.Fairness = rapid.Bool().Draw(t, "fair")
	w.HouseholdFairness = rapid.Bool().Draw(t, "hhfair")
	w.MaxLoad = int64(rapid.IntRange(0, 30).Draw(t, "maxload"))
	w.HouseholdMaxLoad = int64(rapid.IntRange(0, 10).Draw(t, "hhmaxload"))
	w.HouseholdTogether = int64(rapid.IntRange(0, 5).Draw(t, "together"))
	opt := Options{Seed: rapid.Uint64().Draw(t, "seed"), Budget: 100000, Weights: &w, HouseholdApart: rapid.IntRange(0, 3).Draw(t, "apart") == 0}
	if rapid.IntRange(0, 3).Draw(t, "hardweight") == 0 {
		opt.HardWeight = int64(rapid.IntRange(1, 200).Draw(t, "hw"))
	}
	return in, opt
}

// bruteForce enumerates every rota of a tiny instance (each occurrence:
// each day of its window × each subset of volunteers up to its Max) and
// returns the best score among those Evaluate finds valid.
func bruteForce(in Input, opt Options) (Score, []Assignment, bool) {
	m, r := compile(in, opt)
	if m == nil || len(r) > 0 {
		return Score{}, nil, false
	}
	type choice struct {
		day  int
		vols []int
	}
	opts := make([][]choice, len(m.occs))
	nv := len(m.vols)
	for o, oc := range m.occs {
		for d := oc.lo; d <= oc.hi; d++ {
			for mask := 0; mask < 1<<nv; mask++ {
				var vs []int
				for v := 0; v < nv; v++ {
					if mask&(1<<v) != 0 {
						vs = append(vs, v)
					}
				}
				if len(vs) > m.needs[oc.need].max {
					continue
				}
				// Prune choices that break a hard rule on their own: every
				// such rule stays broken whatever the other occurrences do.
				var rota []Assignment
				for _, v := range vs {
					rota = append(rota, Assignment{Need: m.in.Needs[oc.need].ID, Slot: oc.slot, Day: d, Volunteer: m.in.Volunteers[v].ID})
				}
				var rep Report
				m.evaluate(rota, &rep)
				ok := true
				for _, f := range rep {
					if !(Report{f}).Valid() && f.Code != CodePinnedConflict {
						ok = false
					}
				}
				if ok {
					opts[o] = append(opts[o], choice{d, vs})
				}
			}
		}
	}
	var best Score
	var bestRota []Assignment
	found := false
	pick := make([]int, len(m.occs))
	var rec func(o int)
	rec = func(o int) {
		if o == len(m.occs) {
			var rota []Assignment
			for i, c := range pick {
				ch := opts[i][c]
				for _, v := range ch.vols {
					rota = append(rota, Assignment{Need: m.in.Needs[m.occs[i].need].ID, Slot: m.occs[i].slot, Day: ch.day, Volunteer: m.in.Volunteers[v].ID})
				}
			}
			var rep Report
			sc := m.evaluate(rota, &rep)
			if rep.Valid() && (!found || sc.Less(best)) {
				best, bestRota, found = sc, rota, true
			}
			return
		}
		for c := range opts[o] {
			pick[o] = c
			rec(o + 1)
		}
	}
	rec(0)
	return best, bestRota, found
}

// TestPlanMatchesBruteForce: on random tiny instances one seeded plan
// scores exactly the optimum found by exhaustive enumeration (all six
// levels, the min-max ones included), breaks no hard rule, and reports the
// score Evaluate recomputes. Plan ends tiny instances with an exact step
// (exact.go) whose enumeration shares the search's incremental rule
// checks; bruteForce here enumerates independently through Evaluate.
// Run with -rapid.checks=2000 for more confidence.
func TestPlanMatchesBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in, opt := tinyInput(t)
		if len(Validate(in, opt)) > 0 {
			t.Skip("invalid draw")
		}
		res, err := Plan(in, opt)
		if err != nil {
			t.Fatalf("Plan: %v", err)
		}
		if res.Moves > opt.Budget {
			t.Fatalf("Plan did %d moves on a budget of %d", res.Moves, opt.Budget)
		}
		sc, rep := Evaluate(in, res.Assignments, opt)
		if !rep.Valid() {
			t.Fatalf("Plan returned a rota that breaks hard rules: %v\nrota %+v", rep, res.Assignments)
		}
		if sc != res.Score {
			t.Fatalf("Plan reported score %v; Evaluate recomputes %v", res.Score, sc)
		}
		want, wantRota, ok := bruteForce(in, opt)
		if !ok {
			t.Fatalf("brute force found no valid rota, but Plan returned one")
		}
		if res.Score != want {
			t.Fatalf("Plan score %v (loads %v); optimum %v (loads %v)\nplan %+v\noptimum %+v", res.Score, res.Score.Fair.Loads(), want, want.Fair.Loads(), res.Assignments, wantRota)
		}
	})
}

// searchOnly is Plan without its exact step: construction and search on
// the whole budget.
func searchOnly(in Input, opt Options) Result {
	m, _ := compile(in, opt)
	s := newState(m, false)
	var r Report
	s.loadPins(&r)
	active := make([]int32, len(m.occs))
	for o := range active {
		active[o] = int32(o)
	}
	x := newSearcher(s, opt.Seed, active)
	x.hardWeight, x.history = opt.HardWeight, opt.History
	x.construct()
	if opt.HardWeight == 0 && hasMinRules(m) {
		s.cacheCosts()
		x.improveStaff(opt.Budget)
	} else {
		x.improve(opt.Budget)
	}
	return s.result(x.moves)
}

// TestSearchValidOnTinyInstances: the search alone (without the exact
// step, which would replace a bad rota) returns valid rotas whose score
// Evaluate confirms, and never beats the enumerated optimum.
func TestSearchValidOnTinyInstances(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in, opt := tinyInput(t)
		if len(Validate(in, opt)) > 0 {
			t.Skip("invalid draw")
		}
		opt.Budget = 20000
		res := searchOnly(in, opt)
		sc, rep := Evaluate(in, res.Assignments, opt)
		if !rep.Valid() || sc != res.Score {
			t.Fatalf("score %v, Evaluate %v, findings %v", res.Score, sc, rep)
		}
		if want, _, _ := bruteForce(in, opt); res.Score.Less(want) {
			t.Fatalf("search score %v beats the enumerated optimum %v", res.Score, want)
		}
	})
}
