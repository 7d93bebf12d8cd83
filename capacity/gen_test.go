package capacity

import (
	"fmt"
	"github.com/google/go-cmp/cmp/cmpopts"
	"math/rand/v2"
)

// Generators of test instances: grids and random planar graphs (triangulated
// grids with random diagonals and random holes), with random weights.

// gridUnits returns a w×h grid of units with households drawn from [lo, hi]
// and edges of weight 1..maxW (rook adjacency); when diag, each cell gets
// one random diagonal, which keeps the graph planar.
func genGrid(rng *rand.Rand, w, h int, lo, hi int64, maxW int64, diag bool) ([]Unit, []Edge) {
	id := func(x, y int) UnitID { return UnitID(fmt.Sprintf("u%02d_%02d", x, y)) }
	var units []Unit
	for y := range h {
		for x := range w {
			hh := lo
			if hi > lo {
				hh += rng.Int64N(hi - lo + 1)
			}
			units = append(units, Unit{ID: id(x, y), Households: hh, Residents: hh * 5 / 2, Elderly: hh / 2})
		}
	}
	wt := func() int64 {
		if maxW <= 1 {
			return 1
		}
		return 1 + rng.Int64N(maxW)
	}
	var edges []Edge
	for y := range h {
		for x := range w {
			if x+1 < w {
				edges = append(edges, Edge{A: id(x, y), B: id(x+1, y), Weight: wt()})
			}
			if y+1 < h {
				edges = append(edges, Edge{A: id(x, y), B: id(x, y+1), Weight: wt()})
			}
			if diag && x+1 < w && y+1 < h {
				if rng.IntN(2) == 0 {
					edges = append(edges, Edge{A: id(x, y), B: id(x+1, y+1), Weight: wt()})
				} else {
					edges = append(edges, Edge{A: id(x+1, y), B: id(x, y+1), Weight: wt()})
				}
			}
		}
	}
	return units, edges
}

// bruteForce returns the best plan by trying every assignment of nodes to
// parts: feasible, minimum cut, then maximum households in part 0.
func bruteForce(pr *problem) (best result, ok bool) {
	g := pr.g
	part := make([]int32, g.n)
	var rec func(i int)
	rec = func(i int) {
		if i == g.n {
			if pr.anchor >= 0 && part[pr.anchor] != 0 {
				return
			}
			if !g.partsConnected(part, pr.k) {
				return
			}
			r := pr.score(append([]int32(nil), part...))
			if r.viol == 0 && (!ok || pr.better(&r, &best)) {
				best, ok = r, true
			}
			return
		}
		for p := 0; p < pr.k; p++ {
			part[i] = int32(p)
			rec(i + 1)
		}
	}
	rec(0)
	return best, ok
}

// sortStrings compares string slices as sets with order.
var sortStrings = cmpopts.SortSlices(func(a, b string) bool { return a < b })
