package capacity

import (
	"math/rand/v2"
	"slices"
)

// Multilevel construction, after METIS (Karypis and Kumar, 1998): the
// graph is coarsened by heavy-edge matching until it has a few nodes per
// part, the coarsest graph is partitioned by the heuristic's own restarts,
// and the plan is projected back level by level, each level refined by the
// tabu search. A coarse part is connected, and each coarse node is two
// adjacent finer nodes, so projection keeps every part connected. On large
// graphs this gives starting plans whose parts are already well shaped,
// which random spanning tree cuts are not.

// level of the multilevel hierarchy: a graph and, for each of its nodes,
// the node of the next coarser graph that holds it.
type mlLevel struct {
	g    *graph
	up   []int32
	next *graph
}

// coarsen matches each node with an unmatched neighbour joined by the
// heaviest edge (nodes in random order, ties to the lighter neighbour),
// never making a node heavier than maxW, and returns the contracted graph
// and the map from g's nodes to its nodes.
func (g *graph) coarsen(rng *rand.Rand, maxW int64) (*graph, []int32) {
	up := make([]int32, g.n)
	for i := range up {
		up[i] = -1
	}
	order := rng.Perm(g.n)
	nc := int32(0)
	for _, v := range order {
		if up[v] >= 0 {
			continue
		}
		best, bw := int32(-1), int64(-1)
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			if up[u] >= 0 || g.w[v]+g.w[u] > maxW {
				continue
			}
			if g.aw[i] > bw || g.aw[i] == bw && g.w[u] < g.w[best] {
				best, bw = u, g.aw[i]
			}
		}
		up[v] = nc
		if best >= 0 {
			up[best] = nc
		}
		nc++
	}
	return g.contract(up, int(nc)), up
}

// contract returns the graph whose node c holds the nodes v of g with
// up[v] = c, parallel edges merged by adding their weights.
func (g *graph) contract(up []int32, nc int) *graph {
	c := &graph{n: nc, w: make([]int64, nc), total: g.total}
	for v := range g.n {
		c.w[up[v]] += g.w[v]
	}
	var arcs []arc
	for v := range g.n {
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if a, b := up[v], up[g.adj[i]]; a != b {
				arcs = append(arcs, arc{a, b, g.aw[i]})
			}
		}
	}
	c.start, c.adj, c.aw = adjacency(nc, arcs)
	return c
}

// multilevel builds a starting plan for pr by coarsening, partitioning the
// coarsest graph (restarts of construction and tabu search) and refining
// on the way back; every part of the result is connected.
func (pr *problem) multilevel(rng *rand.Rand, restarts int) []int32 {
	// Coarsen while the graph has more than about 10 nodes per part and
	// shrinks by a tenth; no coarse node may exceed a sixth of the
	// smallest band's ceiling, so the coarse parts can still be balanced.
	minHi := slices.Min(pr.hi)
	var levels []mlLevel
	g := pr.g
	anchor := pr.anchor
	for g.n > 10*pr.k {
		c, up := g.coarsen(rng, max(1, minHi/6))
		if c.n*10 > g.n*9 {
			break
		}
		levels = append(levels, mlLevel{g: g, up: up, next: c})
		if anchor >= 0 {
			anchor = up[anchor]
		}
		g = c
	}
	cp := &problem{g: g, k: pr.k, lo: pr.lo, hi: pr.hi, anchor: anchor}
	part := cp.heuristic(rng, restarts, 40*g.n+400).part
	for i := len(levels) - 1; i >= 0; i-- {
		l := levels[i]
		fine := make([]int32, l.g.n)
		for v := range fine {
			fine[v] = part[l.up[v]]
		}
		anchor = pr.anchor
		for j := 0; j < i; j++ {
			if anchor >= 0 {
				anchor = levels[j].up[anchor]
			}
		}
		lp := &problem{g: l.g, k: pr.k, lo: pr.lo, hi: pr.hi, anchor: anchor}
		if i == 0 {
			return fine // the caller's search refines the finest level
		}
		part = newSearch(lp, rng).run(fine, 0, 40*l.g.n+400, result{}).part
	}
	return part
}
