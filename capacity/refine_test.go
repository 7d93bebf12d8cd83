package capacity

import (
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"
)

// TestRefineStripsKeepsPlansValid re-solves boundary strips of heuristic
// plans on random triangulated grids: the result is never worse, stays in
// band with every part connected, and keeps the anchor in part 0.
func TestRefineStripsKeepsPlansValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		seed := rapid.Uint64().Draw(t, "seed")
		rng := rand.New(rand.NewPCG(seed, 5))
		w, h := rapid.IntRange(5, 12).Draw(t, "w"), rapid.IntRange(5, 12).Draw(t, "h")
		units, edges := genGrid(rng, w, h, 10, 300, 3, true)
		g := buildGraph(units, edges)
		k := rapid.IntRange(2, 5).Draw(t, "k")
		dev := rapid.Int64Range(5, 100).Draw(t, "dev")
		lo, hi := Band{Deviation: Ratio{Num: dev, Den: 1000}}.bands(k, g.total)
		anchor := int32(-1)
		if rapid.Bool().Draw(t, "anchored") {
			anchor = int32(rapid.IntRange(0, g.n-1).Draw(t, "anchor"))
		}
		pr := &problem{g: g, k: k, lo: lo, hi: hi, anchor: anchor}
		best := pr.heuristic(rng, 2, 10*g.n)
		if best.viol > 0 {
			t.Skip("no plan in band")
		}
		m := rapid.IntRange(4, 60).Draw(t, "strip")
		got := pr.refineStrips(best, m, 5000)
		if got.viol != 0 || got.cut > best.cut {
			t.Fatalf("strips turned cut %d (viol 0) into cut %d (viol %d)", best.cut, got.cut, got.viol)
		}
		if !g.partsConnected(got.part, k) {
			t.Fatalf("a part is disconnected after strip re-solves")
		}
		if anchor >= 0 && got.part[anchor] != 0 {
			t.Fatalf("the anchor left part 0")
		}
		if c, _ := g.cutWeight(got.part); c != got.cut {
			t.Fatalf("reported cut %d, actual %d", got.cut, c)
		}
	})
}

// partsConnected reports whether every one of the k parts of the
// assignment is non-empty and connected, and no unit is outside them.
func (g *graph) partsConnected(part []int32, k int) bool {
	for _, p := range part {
		if p < 0 || int(p) >= k {
			return false
		}
	}
	for p := range k {
		if !g.partConnected(part, int32(p)) {
			return false
		}
	}
	return true
}
