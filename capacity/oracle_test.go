package capacity

import (
	"errors"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"math/rand/v2"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// genProblem draws a random connected graph of up to maxN units: a random
// spanning tree plus random extra edges, random households and weights, a
// random k and band.
func genProblem(t *rapid.T, maxN, maxK int) (*problem, []Unit, []Edge) {
	n := rapid.IntRange(1, maxN).Draw(t, "n")
	units := make([]Unit, n)
	for i := range units {
		units[i] = Unit{ID: UnitID(fmt.Sprintf("u%d", i)), Households: rapid.Int64Range(0, 60).Draw(t, "h")}
	}
	var edges []Edge
	for i := 1; i < n; i++ {
		j := rapid.IntRange(0, i-1).Draw(t, "parent")
		edges = append(edges, Edge{A: units[i].ID, B: units[j].ID, Weight: rapid.Int64Range(1, 5).Draw(t, "w")})
	}
	extra := rapid.IntRange(0, n).Draw(t, "extra")
	for range extra {
		a, b := rapid.IntRange(0, n-1).Draw(t, "a"), rapid.IntRange(0, n-1).Draw(t, "b")
		if a != b {
			edges = append(edges, Edge{A: units[a].ID, B: units[b].ID, Weight: rapid.Int64Range(1, 5).Draw(t, "w")})
		}
	}
	g := buildGraph(units, edges)
	k := rapid.IntRange(1, min(maxK, n)).Draw(t, "k")
	lo, hi := make([]int64, k), make([]int64, k)
	for p := range k {
		avg := g.total / int64(k)
		slack := rapid.Int64Range(0, avg/2+1).Draw(t, "slack")
		lo[p], hi[p] = max(0, avg-slack), max(1, avg+slack) // a zero Max in a Range means "no limit"
	}
	anchor := int32(-1)
	if rapid.Bool().Draw(t, "anchored") {
		anchor = int32(rapid.IntRange(0, n-1).Draw(t, "anchor"))
	}
	return &problem{g: g, k: k, lo: lo, hi: hi, anchor: anchor}, units, edges
}

// TestExactAgreesWithBruteForce checks the exact search against trying
// every assignment on graphs of up to 12 units: same feasibility, same
// optimal cut and kept households.
func TestExactAgreesWithBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 12, 4)
		if pr.k > 2 && pr.g.n > 9 || pr.k > 3 && pr.g.n > 8 {
			t.Skip("brute force over k^n assignments is too slow above 8 or 9 units")
		}
		if rapid.Bool().Draw(t, "equal") {
			// Equal bands and no anchor: the search places a part of
			// smallest boundary first.
			for p := range pr.k {
				pr.lo[p], pr.hi[p] = pr.lo[0], pr.hi[0]
			}
			pr.anchor = -1
		}
		want, ok := bruteForce(pr)
		// Without an incumbent, and from the heuristic's plan (as
		// PlanSplit runs it), so that the bounds prune from the start.
		inc := pr.heuristic(rand.New(rand.NewPCG(1, 2)), 2, 100)
		// Also with the part boundary bound, as PlanSplit runs k ≥ 3.
		withBeta := *pr
		withBeta.beta = pr.partBound(0, 1<<40)
		for i, start := range []result{{}, inc, {}, inc} {
			pr := pr
			if i >= 2 {
				pr = &withBeta
			}
			ex := newExact(pr, 1<<40, start)
			if !ex.solve() {
				t.Fatalf("exact search aborted")
			}
			if ok != (ex.best.part != nil) {
				t.Fatalf("brute force feasible=%v, exact found=%v", ok, ex.best.part != nil)
			}
			if !ok {
				return
			}
			if ex.best.cut != want.cut || (pr.anchor >= 0 && ex.best.keep != want.keep) {
				t.Fatalf("exact cut=%d keep=%d, brute force cut=%d keep=%d", ex.best.cut, ex.best.keep, want.cut, want.keep)
			}
			if !pr.g.partsConnected(ex.best.part, pr.k) {
				t.Fatalf("exact plan has a disconnected part")
			}
		}
	})
}

// TestPartBoundAgreesWithBruteForce checks partBound against the smallest
// boundary of every connected set of nodes within the widest band, found
// by trying every set, on graphs of up to 12 units, with and without an
// upper bound.
func TestPartBoundAgreesWithBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 12, 4)
		g := pr.g
		lo, hi := slices.Min(pr.lo), slices.Max(pr.hi)
		want := int64(-1)
		part := make([]int32, g.n)
		for mask := 1; mask < 1<<g.n-1; mask++ {
			var sum int64
			for v := range g.n {
				part[v] = int32(mask >> v & 1)
				sum += g.w[v] * int64(part[v])
			}
			if sum < lo || sum > hi {
				continue
			}
			if !connectedPart(g, part, 1) {
				continue
			}
			if cut, _ := g.cutWeight(part); want < 0 || cut < want {
				want = cut
			}
		}
		got := pr.partBound(0, 1<<40)
		if want < 0 {
			return // no part can exist: any bound holds
		}
		if got != want {
			t.Fatalf("partBound %d, brute force %d", got, want)
		}
		upper := rapid.Int64Range(1, 20).Draw(t, "upper")
		if got := pr.partBound(upper, 1<<40); got != min(want, upper) {
			t.Fatalf("partBound with upper %d: %d, brute force %d", upper, got, want)
		}
	})
}

// connectedPart reports whether the nodes of part p are connected (and
// there is one).
func connectedPart(g *graph, part []int32, p int32) bool {
	start := -1
	cnt := 0
	for v := range part {
		if part[v] == p {
			cnt++
			if start < 0 {
				start = v
			}
		}
	}
	if start < 0 {
		return false
	}
	seen := make([]bool, g.n)
	seen[start] = true
	queue := []int32{int32(start)}
	for h := 0; h < len(queue); h++ {
		v := queue[h]
		for _, u := range g.adj[g.start[v]:g.start[v+1]] {
			if !seen[u] && part[u] == p {
				seen[u] = true
				queue = append(queue, u)
			}
		}
	}
	return len(queue) == cnt
}

// TestHeuristicKeepsPartsConnected checks the heuristic's invariant on
// random graphs: whatever the band, every part is non-empty and connected,
// and the anchor is in part 0.
func TestHeuristicKeepsPartsConnected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 30, 5)
		seed := rapid.Uint64().Draw(t, "seed")
		got := pr.heuristic(rand.New(rand.NewPCG(seed, 1)), 2, 200)
		if !pr.g.partsConnected(got.part, pr.k) {
			t.Fatalf("heuristic plan has a disconnected or empty part: %v", got.part)
		}
		if pr.anchor >= 0 && got.part[pr.anchor] != 0 {
			t.Fatalf("anchor in part %d", got.part[pr.anchor])
		}
		if want := pr.score(got.part); want.viol != got.viol || want.cut != got.cut || want.keep != got.keep {
			t.Fatalf("incremental score %+v, recomputed %+v", got, want)
		}
	})
}

// TestPlanSplitProperties checks PlanSplit on random requests of up to 12
// units: when brute force finds a plan, PlanSplit finds one with the same
// (optimal) cut; every plan covers every unit once, with connected parts
// within their bands; when brute force finds none, PlanSplit says so.
func TestPlanSplitProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, units, edges := genProblem(t, 12, 4)
		if pr.k > 2 && pr.g.n > 9 {
			t.Skip("brute force over k^n assignments is too slow above 9 units")
		}
		want, ok := bruteForce(pr)
		req := SplitRequest{Units: units, Edges: edges, Parts: pr.k, Options: Options{Seed: [2]uint64{rapid.Uint64().Draw(t, "seed"), 0}}}
		for p := range pr.k {
			req.Band.Parts = append(req.Band.Parts, Range{Min: pr.lo[p], Max: pr.hi[p]})
		}
		if pr.anchor >= 0 {
			req.Anchor = units[pr.anchor].ID
		}
		plan, err := PlanSplit(req, BeijingPolicy())
		if !ok {
			var ie *InfeasibleError
			if !errors.As(err, &ie) {
				t.Fatalf("no plan exists, PlanSplit returned %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("a plan exists (cut %d), PlanSplit returned %v", want.cut, err)
		}
		checkPlan(t, req, plan)
		if plan.CutWeight != want.cut || !plan.Optimal {
			t.Fatalf("cut %d (optimal=%v), brute force %d", plan.CutWeight, plan.Optimal, want.cut)
		}
	})
}

// TestLowerBound checks the lower bounds of searches stopped on their
// budget, of the target ladder and of PlanSplit's plans against brute
// force on random graphs of up to 10 units: never above the optimal cut,
// never above the plan's own cut, and a plan claimed optimal by the
// ladder has the optimal cut.
func TestLowerBound(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, units, edges := genProblem(t, 10, 3)
		if pr.k > 2 && pr.g.n > 9 {
			t.Skip("brute force over 3^n assignments is too slow above 9 units")
		}
		want, ok := bruteForce(pr)
		limit := rapid.Int64Range(1, 300).Draw(t, "limit")
		inc := pr.heuristic(rand.New(rand.NewPCG(1, 2)), 1, 20)
		ex := newExact(pr, limit, inc)
		done := ex.solve()
		lb := ex.lowerBound()
		switch {
		case ok && lb > want.cut:
			t.Fatalf("search of %d nodes (finished %v): lower bound %d above the optimum %d", limit, done, lb, want.cut)
		case !ok && done && lb >= 0:
			t.Fatalf("no plan exists, the finished search gives lower bound %d", lb)
		}
		if ok && inc.part != nil && inc.viol == 0 {
			lb, got, proven := pr.ladder(trivialBound(pr.g, pr.k), inc, limit)
			if lb > want.cut || lb > got.cut {
				t.Fatalf("ladder of %d nodes: lower bound %d, optimum %d, plan %d", limit, lb, want.cut, got.cut)
			}
			if proven && got.cut != want.cut {
				t.Fatalf("ladder claims cut %d optimal, brute force %d", got.cut, want.cut)
			}
		}
		req := SplitRequest{Units: units, Edges: edges, Parts: pr.k,
			Options: Options{ExactNodes: limit, BoundNodes: rapid.Int64Range(0, 300).Draw(t, "bound"), Restarts: 1, Iterations: 20}}
		for p := range pr.k {
			req.Band.Parts = append(req.Band.Parts, Range{Min: pr.lo[p], Max: pr.hi[p]})
		}
		if pr.anchor >= 0 {
			req.Anchor = units[pr.anchor].ID
		}
		plan, err := PlanSplit(req, BeijingPolicy())
		if err != nil {
			return
		}
		if plan.LowerBound > plan.CutWeight || ok && plan.LowerBound > want.cut {
			t.Fatalf("plan cut %d (optimal %v), lower bound %d, optimum %d", plan.CutWeight, plan.Optimal, plan.LowerBound, want.cut)
		}
		if plan.Optimal && plan.CutWeight != want.cut {
			t.Fatalf("plan claims cut %d optimal, brute force %d", plan.CutWeight, want.cut)
		}
	})
}

// TestHeuristicAgainstExact runs the heuristic alone on 30 generated grids
// and triangulated grids (16–42 units, k = 2 and 3, bands from ±0.1 % to
// ±5 %) and compares it with the exact search: it must find a plan
// whenever one exists, and the optimum on at least 28 of them.
func TestHeuristicAgainstExact(t *testing.T) {
	if testing.Short() {
		t.Skip("exact search on 30 instances")
	}
	total, optimal := 0, 0
	for seed := uint64(0); seed < 40 && total < 30; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		w, h := 4+rng.IntN(4), 4+rng.IntN(3)
		k := 2 + rng.IntN(2)
		units, edges := genGrid(rng, w, h, 10, 300, 3, rng.IntN(2) == 0)
		g := buildGraph(units, edges)
		if k > 2 && g.n > 24 {
			continue
		}
		lo, hi := Band{Deviation: Ratio{Num: int64(1 + rng.IntN(50)), Den: 1000}}.bands(k, g.total)
		pr := &problem{g: g, k: k, lo: lo, hi: hi, anchor: -1}
		ex := newExact(pr, 1<<40, result{})
		ex.solve()
		got := pr.heuristic(rand.New(rand.NewPCG(seed, 1)), defaultRestarts(g.n, k, false), 40*g.n+400)
		total++
		switch {
		case ex.best.part == nil:
			optimal++ // nothing to find
		case got.viol > 0:
			t.Errorf("seed %d: %dx%d k=%d: a plan exists (cut %d), the heuristic found none", seed, w, h, k, ex.best.cut)
		case got.cut == ex.best.cut:
			optimal++
		case got.cut < ex.best.cut:
			t.Errorf("seed %d: %dx%d k=%d: the heuristic's cut %d beats the exact search's %d", seed, w, h, k, got.cut, ex.best.cut)
		default:
			t.Logf("seed %d: %dx%d k=%d: heuristic %d, optimum %d", seed, w, h, k, got.cut, ex.best.cut)
		}
	}
	if optimal < 28 {
		t.Errorf("heuristic optimal on %d of %d instances, want at least 28", optimal, total)
	}
}

// TestPlanSplitDeterministic checks that the same request and seed give the
// same plan, and that the plan does not depend on map order.
func TestPlanSplitDeterministic(t *testing.T) {
	c := benchCommunity(3, 12, 10, 15, 45)
	req := c.SplitRequest()
	req.Options.Heuristic = true
	req.Options.Seed = [2]uint64{5, 6}
	first, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := PlanSplit(req, BeijingPolicy())
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(first, again); diff != "" {
			t.Fatalf("same seed, different plan (-first +again):\n%s", diff)
		}
	}
	checkPlan(t, req, first)
}

// TestExactNodeLimit checks that an exact search stopped by its node
// budget unwinds cleanly, proves nothing, and leaves PlanSplit with the
// heuristic's plan.
func TestExactNodeLimit(t *testing.T) {
	for _, limit := range []int64{1, 10, 100, 1000, 10000} {
		for seed := uint64(1); seed <= 3; seed++ {
			rng := rand.New(rand.NewPCG(seed, 3))
			units, edges := genGrid(rng, 7, 6, 10, 300, 3, true)
			req := SplitRequest{Units: units, Edges: edges, Parts: 2, Band: Band{Deviation: Ratio{Num: 5, Den: 1000}},
				Options: Options{ExactNodes: limit, Restarts: 1, Iterations: 50}}
			plan, err := PlanSplit(req, BeijingPolicy())
			if err != nil {
				var ie *InfeasibleError
				if !errors.As(err, &ie) {
					t.Fatalf("limit %d: %v", limit, err)
				}
				continue
			}
			checkPlan(t, req, plan)
			if plan.Optimal && limit < 100 {
				t.Errorf("limit %d: a search of %d nodes cannot prove optimality here", limit, limit)
			}
			// Without an incumbent and with a wide band the search goes
			// deep before the budget stops it.
			g := buildGraph(units, edges)
			lo, hi := Band{Deviation: Ratio{Num: 3, Den: 10}}.bands(3, g.total)
			ex := newExact(&problem{g: g, k: 3, lo: lo, hi: hi, anchor: 0}, limit, result{})
			if ex.solve() {
				t.Errorf("limit %d: search of a 42-unit, 3-part problem finished", limit)
			}
		}
	}
}

// TestExactProvesThreeAndFourParts checks that with a ±0.5 % band the
// default budget proves plans of k = 3 and k = 4 beyond the reach the
// exact search had before the part boundary bound (40 and 30 units), and
// that the proof agrees with the lower bound.
func TestExactProvesThreeAndFourParts(t *testing.T) {
	if testing.Short() {
		t.Skip("exact search on 63- and 42-unit instances")
	}
	for _, c := range []struct{ w, h, k int }{{9, 7, 3}, {7, 6, 4}} {
		rng := rand.New(rand.NewPCG(uint64(c.w*10+c.k), 11))
		units, edges := genGrid(rng, c.w, c.h, 50, 150, 1, true)
		req := SplitRequest{Units: units, Edges: edges, Parts: c.k, Band: Band{Deviation: Ratio{Num: 5, Den: 1000}}}
		plan, err := PlanSplit(req, BeijingPolicy())
		if err != nil {
			t.Fatalf("%dx%d k=%d: %v", c.w, c.h, c.k, err)
		}
		checkPlan(t, req, plan)
		if !plan.Optimal || plan.LowerBound != plan.CutWeight {
			t.Errorf("%dx%d k=%d: cut %d, optimal %v, lower bound %d; want a proof", c.w, c.h, c.k, plan.CutWeight, plan.Optimal, plan.LowerBound)
		}
	}
}
