package capacity

import (
	"testing"

	"pgregory.net/rapid"
)

// feasiblePlans returns every assignment of pr in band with connected
// parts and the anchor in part 0.
func feasiblePlans(pr *problem) []result {
	g := pr.g
	var out []result
	part := make([]int32, g.n)
	var rec func(i int)
	rec = func(i int) {
		if i == g.n {
			if pr.anchor >= 0 && part[pr.anchor] != 0 || !g.partsConnected(part, pr.k) {
				return
			}
			if r := pr.score(append([]int32(nil), part...)); r.viol == 0 {
				out = append(out, r)
			}
			return
		}
		for p := range int32(pr.k) {
			part[i] = p
			rec(i + 1)
		}
	}
	rec(0)
	return out
}

// TestRecombine checks the recombination of pooled parts on graphs of up
// to 9 units with equal bands: from any plan of a pool that holds the
// parts of some of the plans in band, it returns a plan in band with
// connected parts, the anchor in part 0, no worse than the plan it
// started from and no worse than any pooled plan; with every plan pooled,
// the optimum.
func TestRecombine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 9, 4)
		if pr.g.n < 3 {
			t.Skip("recombination needs three parts")
		}
		pr.k = rapid.IntRange(3, min(pr.g.n, 4)).Draw(t, "parts")
		avg := pr.g.total / int64(pr.k)
		slack := rapid.Int64Range(avg/4, avg).Draw(t, "band")
		pr.lo, pr.hi = make([]int64, pr.k), make([]int64, pr.k)
		for p := range pr.k {
			pr.lo[p], pr.hi[p] = avg-slack, avg+slack
		}
		plans := feasiblePlans(pr)
		if len(plans) == 0 {
			t.Skip("no plan in band")
		}
		all := rapid.Bool().Draw(t, "all")
		pl := newPool(pr.g.n, pr.k)
		var pooled []result
		for i, r := range plans {
			if all || rapid.Bool().Draw(t, "pooled") {
				pl.add(pr.g, r.part)
				pooled = append(pooled, plans[i])
			}
		}
		start := plans[rapid.IntRange(0, len(plans)-1).Draw(t, "start")]
		got := pr.recombine(pl, start, 1<<40)
		if got.viol != 0 || got.part == nil {
			t.Fatalf("recombined plan out of band: %+v", got)
		}
		if pr.anchor >= 0 && got.part[pr.anchor] != 0 {
			t.Fatalf("anchor %d in part %d", pr.anchor, got.part[pr.anchor])
		}
		if !pr.g.partsConnected(got.part, pr.k) {
			t.Fatalf("recombined plan has a disconnected part: %v", got.part)
		}
		if pr.better(&start, &got) {
			t.Fatalf("recombined plan cut=%d keep=%d is worse than its start cut=%d keep=%d", got.cut, got.keep, start.cut, start.keep)
		}
		for _, r := range pooled {
			if pr.better(&r, &got) {
				t.Fatalf("recombined plan cut=%d keep=%d is worse than pooled plan cut=%d keep=%d", got.cut, got.keep, r.cut, r.keep)
			}
		}
		if all {
			want, _ := bruteForce(pr)
			if got.cut != want.cut || got.keep != want.keep && pr.anchor >= 0 {
				t.Fatalf("recombined cut=%d keep=%d, optimum cut=%d keep=%d", got.cut, got.keep, want.cut, want.keep)
			}
		}
	})
}
