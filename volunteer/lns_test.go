package volunteer

import (
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// lnsSearcher compiles in and returns a searcher over every occurrence
// with its rota constructed, journalling on, as the descent runs it.
func lnsSearcher(t rapid.TB, in Input, opt Options) *searcher {
	m, r := compile(in, opt)
	if m == nil {
		t.Fatalf("compile: %v", r)
	}
	s := newState(m, false)
	s.loadPins(&r)
	if len(r) > 0 {
		t.Fatalf("pins: %v", r)
	}
	active := make([]int32, len(m.occs))
	for o := range active {
		active[o] = int32(o)
	}
	x := newSearcher(s, opt.Seed, active)
	x.construct()
	s.logging = true
	s.journal = s.journal[:0]
	return x
}

// checkNotWorse fails t unless x's rota scores no worse than before and
// Evaluate finds it valid with the same score; it returns the rota.
func checkNotWorse(t rapid.TB, in Input, opt Options, x *searcher, before Score) Result {
	res := x.s.result(0)
	if before.Less(res.Score) {
		t.Fatalf("sub-solves worsened the score: %v to %v", before, res.Score)
	}
	sc, rep := Evaluate(in, res.Assignments, opt)
	if !rep.Valid() || sc != res.Score {
		t.Fatalf("score %v, Evaluate %v, findings %v\nrota %+v", res.Score, sc, rep, res.Assignments)
	}
	return res
}

// TestLNSExactOnTinyInstances: a sub-solve over every occurrence, with no
// limit on candidates or nodes, is an exact solver, so from the
// constructed rota it must reach the enumerated optimum (every level,
// min-max included) with a rota that Evaluate finds valid and scores the
// same. This checks the bound, the pruning of equal teams and the
// re-dating of emptied occurrences, on inputs with every rule.
func TestLNSExactOnTinyInstances(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in, opt := tinyInput(t)
		if len(Validate(in, opt)) > 0 {
			t.Skip("invalid draw")
		}
		x := lnsSearcher(t, in, opt)
		lw := x.lnsInit()
		lw.width, lw.nodes, lw.all = 0, 0, true
		occs := make([]int, len(x.active))
		for i, o := range x.active {
			occs[i] = int(o)
		}
		before := x.s.full()
		x.lnsSolve(occs, &dwork{max: 1 << 40})
		res := checkNotWorse(t, in, opt, x, before)
		want, wantRota, _ := bruteForce(in, opt)
		if res.Score != want {
			t.Fatalf("sub-solve %v; optimum %v\nrota %+v\noptimum %+v", res.Score, want, res.Assignments, wantRota)
		}
	})
}

// TestLNSNeverWorsens: the descent's sub-solves, with their limits, from
// a rota after a short search, keep the rota legal and never worsen it.
func TestLNSNeverWorsens(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in, opt := tinyInput(t)
		if len(Validate(in, opt)) > 0 {
			t.Skip("invalid draw")
		}
		x := lnsSearcher(t, in, opt)
		x.lnsInit().width = rapid.IntRange(1, 3).Draw(t, "width")
		x.lnsw.nodes = rapid.IntRange(1, 50).Draw(t, "nodes")
		before := x.s.full()
		w := &dwork{max: rapid.IntRange(1, 5000).Draw(t, "work")}
		for !w.spent() && x.lnsPass(w) {
		}
		checkNotWorse(t, in, opt, x, before)
		if w.n > w.max {
			t.Fatalf("sub-solves did %d work on a budget of %d", w.n, w.max)
		}
	})
}

// TestLNSReplacesAndRedatesTeam: a lobby clean for two on Monday or
// Tuesday is served on Monday by two residents of another floor, who
// cannot come on Tuesday; two residents of the lobby's floor can come
// only on Tuesday. Replacing one member, or moving the team's day, is
// illegal, and removing one leaves a seat below Min, so no move of the
// descent but the sub-solve reaches the better team; the descent must
// end with it.
func TestLNSReplacesAndRedatesTeam(t *testing.T) {
	in := Input{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Days: 2} // a Monday
	in.Estate.Buildings = []Building{{ID: "B", Floors: 6, Lift: true}}
	in.Estate.Spaces = []Space{{ID: "lobby", Kind: Lobby, Building: "B", Floor: 1}}
	in.Needs = []Need{{ID: "lobby/clean", Space: "lobby", Task: "clean", Days: []int{0}, Window: 1, Effort: 1, Min: 2, Target: 2, Max: 2}}
	for _, v := range []struct {
		id    string
		floor int
		day   time.Weekday
	}{{"a", 5, time.Monday}, {"b", 5, time.Monday}, {"c", 1, time.Tuesday}, {"d", 1, time.Tuesday}} {
		in.Volunteers = append(in.Volunteers, Volunteer{ID: v.id, Household: v.id, Building: "B", Floor: v.floor, Weekdays: []time.Weekday{v.day}})
	}
	x := lnsSearcher(t, in, Options{Seed: 1})
	s := x.s
	for _, v := range slices.Clone(s.members[0]) {
		s.unassign(int(v), 0)
	}
	s.setDay(0, 0)
	if !s.tryAssign(0, 0) || !s.tryAssign(1, 0) {
		t.Fatal("a and b cannot take Monday's clean")
	}
	s.journal = s.journal[:0]
	before := s.key()
	x.descend(10000)
	res := s.result(0)
	if !res.Score.Less(before) {
		t.Fatalf("descent kept %v", res.Assignments)
	}
	var got []string
	for _, a := range res.Assignments {
		if a.Day != 1 {
			t.Fatalf("turn on day %d: %+v", a.Day, res.Assignments)
		}
		got = append(got, a.Volunteer)
	}
	if !slices.Equal(got, []string{"c", "d"}) {
		t.Fatalf("team %v, want [c d]", got)
	}
}
