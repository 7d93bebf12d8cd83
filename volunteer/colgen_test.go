package volunteer

import (
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"
)

// staffSearcher compiles si and returns a searcher over every occurrence
// after its construction.
func staffSearcher(t rapid.TB, si staffInstance, seed uint64) *searcher {
	t.Helper()
	in, opt := si.toInput()
	m, r := compile(in, opt)
	if m == nil {
		t.Fatalf("compile: %v", r)
	}
	s := newState(m, false)
	s.cacheCosts()
	active := make([]int32, len(m.occs))
	for o := range active {
		active[o] = int32(o)
	}
	x := newSearcher(s, seed, active)
	x.construct()
	return x
}

// TestLPOptimal: on random small programs the simplex method ends at a
// basis that is primal feasible (Ax = b, x ≥ 0) and dual feasible (no
// column of negative reduced cost), which together prove it optimal.
func TestLPOptimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := rapid.IntRange(1, 6).Draw(t, "rows")
		n := rapid.IntRange(0, 12).Draw(t, "cols")
		b := make([]float64, m)
		for i := range b {
			b[i] = float64(rapid.IntRange(0, 5).Draw(t, "b"))
		}
		p := newLP(b)
		basis := make([]int, m)
		for i := range m {
			// An artificial column per row: the feasible start.
			basis[i] = p.add(100, []int32{int32(i)}, []float64{1})
		}
		for range n {
			var rows []int32
			var vals []float64
			for i := range m {
				if a := rapid.IntRange(-1, 3).Draw(t, "a"); a != 0 {
					rows = append(rows, int32(i))
					vals = append(vals, float64(a))
				}
			}
			p.add(float64(rapid.IntRange(0, 20).Draw(t, "c")), rows, vals)
		}
		if !p.start(basis) {
			t.Fatal("start refused a feasible identity basis")
		}
		if _, st := p.solve(10000); st != lpOptimal {
			t.Fatal("not optimal after 10,000 pivots")
		}
		p.duals()
		p.unperturb()
		ax := make([]float64, m)
		for j := range p.cost {
			x := p.value(j)
			if x < 0 {
				t.Fatalf("x[%d] = %g", j, x)
			}
			for k, r := range p.rows[j] {
				ax[r] += p.vals[j][k] * x
			}
			if rc := p.reduced(j); rc < -1e-6 {
				t.Fatalf("column %d has reduced cost %g at the end", j, rc)
			}
		}
		for i := range m {
			if math.Abs(ax[i]-b[i]) > 1e-5 {
				t.Fatalf("row %d: Ax = %g, b = %g", i, ax[i], b[i])
			}
		}
	})
}

// TestPriceMatchesEnumeration: the pricing DP returns, for every
// volunteer of a random small staff instance and random cover prices, a
// rota of the least reduced cost over all rotas that keep that
// volunteer's rules, enumerated and checked by the staff model itself;
// and reports no rota exactly when there is none.
func TestPriceMatchesEnumeration(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		si := drawStaffInstance(t, 6, 2, 2)
		x := staffSearcher(t, si, 1)
		g := newCG(x, math.MaxInt)
		if g == nil {
			t.Fatal("a staff instance is not priced by column generation")
		}
		m := x.s.m
		price := map[[2]int]float64{}
		y := make([]float64, g.nCover)
		for o := range m.occs {
			var d, k int
			fmt.Sscanf(m.in.Needs[m.occs[o].need].ID, "d%d-S%d", &d, &k)
			if r := g.row[o]; r >= 0 {
				y[r] = float64(rapid.IntRange(-150, 150).Draw(t, "y"))
				price[[2]int{d, k}] = y[r]
			}
		}
		for v := range si.staff {
			one := si
			one.staff = si.staff[v : v+1]
			one.cover = nil
			one.on, one.off = nil, nil
			own := func(row []int) float64 {
				c := 0.0
				for _, r := range si.on {
					if r.staff == v && row[r.day] == r.shift {
						c -= float64(r.weight)
					}
				}
				for _, r := range si.off {
					if r.staff == v && row[r.day] == r.shift {
						c += float64(r.weight)
					}
				}
				for d, k := range row {
					if k >= 0 {
						c -= price[[2]int{d, k}]
					}
				}
				return c
			}
			best, found := math.Inf(1), false
			row := make([]int, si.days)
			var walk func(d int)
			walk = func(d int) {
				if d == si.days {
					if _, ok := one.objective([][]int{row}); ok {
						found = true
						best = min(best, own(row))
					}
					return
				}
				for k := -1; k < len(si.minutes); k++ {
					row[d] = k
					walk(d + 1)
				}
			}
			walk(0)
			col, rc, ok := g.price(v, y)
			if ok != found {
				t.Fatalf("E%d: DP found a rota %v, enumeration %v", v, ok, found)
			}
			if !ok {
				continue
			}
			got := make([]int, si.days)
			for d := range got {
				got[d] = -1
			}
			for _, q := range col.occs {
				var d, k int
				fmt.Sscanf(m.in.Needs[m.occs[q].need].ID, "d%d-S%d", &d, &k)
				got[d] = k
			}
			if _, ok := one.objective([][]int{got}); !ok {
				t.Fatalf("E%d: DP rota %v breaks a rule", v, got)
			}
			if math.Abs(rc-best) > 1e-9 || math.Abs(own(got)-rc) > 1e-9 {
				t.Fatalf("E%d: DP reduced cost %g (rota %v worth %g), enumerated best %g", v, rc, got, own(got), best)
			}
		}
	})
}

// TestColgenBound: on tiny staff instances the root LP's objective is a
// lower bound on the enumerated optimum, and the dive's roster, when it
// replaces the construction, keeps every rule.
func TestColgenBound(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		si := drawStaffInstance(t, 4, 1, 2)
		in, opt := si.toInput()
		want, _, ok := bruteForce(in, opt)
		x := staffSearcher(t, si, 1)
		before := x.s.key()
		g := newCG(x, math.MaxInt)
		if g == nil {
			t.Fatal("a staff instance is not priced by column generation")
		}
		g.dive()
		if math.IsNaN(g.root) {
			return // some volunteer has no legal rota
		}
		if ok && want.Hard == 0 && g.root > float64(want.Soft)+1e-6 {
			t.Fatalf("root LP %g above the optimum %v", g.root, want)
		}
		after := x.s.key()
		if after.Less(before) && after.Hard != 0 {
			t.Fatalf("the dive left Hard %d", after.Hard)
		}
		if after.Compare(before) > 0 {
			t.Fatalf("the dive made the rota worse: %v after %v", after, before)
		}
	})
}

// TestColgenSyntheticMonth: on a synthetic 28-day, 16-staff roster the
// dive's roster keeps every rule and reaches the root's Lagrangian bound
// (rounded up), which proves it optimal.
func TestColgenSyntheticMonth(t *testing.T) {
	si := syntheticStaff(28, 16, 2)
	si.minutes = []int{480, 480}
	x := staffSearcher(t, si, 1)
	g := newCG(x, math.MaxInt)
	if g == nil {
		t.Fatal("the roster is not priced by column generation")
	}
	g.dive()
	got := x.s.key()
	if got.Hard != 0 || math.IsNaN(g.root) || float64(got.Soft) > math.Ceil(g.root-1e-6) {
		t.Fatalf("dive %v, root bound %g", got, g.root)
	}
	roster := make([][]int, len(si.staff))
	for v := range roster {
		roster[v] = make([]int, si.days)
		for d := range roster[v] {
			roster[v][d] = -1
			if q := x.s.occAt[v*si.days+d]; q >= 0 {
				roster[v][d] = x.s.m.needs[x.s.m.occs[q].need].task
			}
		}
	}
	obj, ok := si.objective(roster)
	on := 0
	for _, r := range si.on {
		on += r.weight
	}
	if !ok || obj != int(got.Soft)+on {
		t.Fatalf("staff model: objective %d, valid %v; engine Soft %d + on %d", obj, ok, got.Soft, on)
	}
}

// TestPlanSoftBound: Plan reports the root bound of column generation
// with a staff roster, and none where column generation does not run.
func TestPlanSoftBound(t *testing.T) {
	si := syntheticStaff(14, 8, 2)
	si.minutes = []int{480, 480}
	in, opt := si.toInput()
	opt.Seed, opt.Budget = 1, 500_000
	res, err := Plan(in, opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.SoftBound == nil || *res.SoftBound > res.Score.Soft || res.Score.Hard != 0 {
		t.Fatalf("score %v, bound %v", res.Score, res.SoftBound)
	}
	opt.Weights = nil // default weights price the largest loads: no column generation
	if res, err = Plan(in, opt); err != nil || res.SoftBound != nil {
		t.Fatalf("default weights: bound %v, err %v", res.SoftBound, err)
	}
}
