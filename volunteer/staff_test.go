package volunteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStaffSearchDeterministic: the staff search (minimum rules present)
// returns the same rota for the same seed and budget, its score is the one
// Evaluate computes for that rota, and the rota breaks no hard rule. The
// budget is long enough for kicks, snapshots of the best rota and
// restores from them.
func TestStaffSearchDeterministic(t *testing.T) {
	in, opt := syntheticStaff(28, 12, 3).toInput()
	opt.Seed, opt.Budget = 7, 400_000
	a, err := Plan(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Plan(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("same seed, different rota (-first +second):\n%s", diff)
	}
	sc, rep := Evaluate(in, a.Assignments, opt)
	if !rep.Valid() {
		t.Fatalf("rota breaks hard rules: %v", rep)
	}
	if sc != a.Score {
		t.Fatalf("Plan score %v, Evaluate %v", a.Score, sc)
	}
}

// TestStaffSearchBeatsConstruction: on a small staff instance the staff
// search ends at Hard 0 and far below the construction's score.
func TestStaffSearchBeatsConstruction(t *testing.T) {
	in, opt := syntheticStaff(28, 12, 3).toInput()
	opt.Seed, opt.Budget = 1, 1
	first, err := Plan(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Budget = 400_000
	res, err := Plan(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Score.Hard != 0 || !res.Score.Less(first.Score) {
		t.Fatalf("after the search %v; construction %v", res.Score, first.Score)
	}
}
