package capacity

import (
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"
)

// TestCoarsenKeepsWeights checks heavy-edge matching: every coarse node
// holds one node or two adjacent ones, no coarse node exceeds the cap
// unless it is a single node, households and cut weights are preserved.
func TestCoarsenKeepsWeights(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 40, 3)
		g := pr.g
		maxW := rapid.Int64Range(1, g.total+1).Draw(t, "maxW")
		c, up := g.coarsen(rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 1)), maxW)
		if c.total != g.total {
			t.Fatalf("total %d, want %d", c.total, g.total)
		}
		members := make([][]int32, c.n)
		for v, cv := range up {
			members[cv] = append(members[cv], int32(v))
		}
		var sum int64
		for cv, m := range members {
			sum += c.w[cv]
			switch len(m) {
			case 1:
			case 2:
				if !adjacent(g, m[0], m[1]) {
					t.Fatalf("coarse node %d joins non-adjacent nodes %v", cv, m)
				}
				if c.w[cv] > maxW {
					t.Fatalf("coarse node %d weighs %d > %d", cv, c.w[cv], maxW)
				}
			default:
				t.Fatalf("coarse node %d holds %d nodes", cv, len(m))
			}
		}
		if sum != g.total {
			t.Fatalf("coarse weights sum to %d, want %d", sum, g.total)
		}
		// A partition of the coarse graph has the same cut as its projection.
		k := int32(rapid.IntRange(1, 3).Draw(t, "k"))
		cpart := make([]int32, c.n)
		for i := range cpart {
			cpart[i] = int32(rapid.IntRange(0, int(k)-1).Draw(t, "p"))
		}
		fine := make([]int32, g.n)
		for v := range fine {
			fine[v] = cpart[up[v]]
		}
		cw, _ := c.cutWeight(cpart)
		fw, _ := g.cutWeight(fine)
		if cw != fw {
			t.Fatalf("coarse cut %d, projected cut %d", cw, fw)
		}
	})
}

func adjacent(g *graph, a, b int32) bool {
	for _, u := range g.adj[g.start[a]:g.start[a+1]] {
		if u == b {
			return true
		}
	}
	return false
}

// TestMultilevelKeepsPartsConnected checks the multilevel construction's
// invariant: every part non-empty and connected, the anchor in part 0.
func TestMultilevelKeepsPartsConnected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pr, _, _ := genProblem(t, 80, 4)
		part := pr.multilevel(rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 2)), 2)
		if !pr.g.partsConnected(part, pr.k) {
			t.Fatalf("multilevel plan has a disconnected or empty part: %v", part)
		}
		if pr.anchor >= 0 && part[pr.anchor] != 0 {
			t.Fatalf("anchor in part %d", part[pr.anchor])
		}
	})
}

// TestMultilevelDeterministic checks that the heuristic with the
// multilevel construction and two chains (300 units, k = 5) gives the
// same plan for the same seed, and a valid one.
func TestMultilevelDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	units, edges := genGrid(rng, 20, 15, 50, 150, 1, true)
	req := SplitRequest{Units: units, Edges: edges, Parts: 5, Band: Band{Deviation: Ratio{Num: 5, Den: 1000}},
		Options: Options{Restarts: 80, Iterations: 300, Seed: [2]uint64{3, 4}}}
	first, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, req, first)
	again, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	if first.CutWeight != again.CutWeight || first.Describe() != again.Describe() {
		t.Fatalf("same seed, different plans: cut %d and %d", first.CutWeight, again.CutWeight)
	}
}
