package capacity

import (
	"math/rand/v2"
	"slices"
)

// problem is a balanced connected k-partition instance on a contracted
// graph: every part p must be connected and hold between lo[p] and hi[p]
// households; anchor (a node, or -1) must lie in part 0.
type problem struct {
	g      *graph
	k      int
	lo, hi []int64
	anchor int32
	// pairUnion and pairNodes, when set, make the heuristic re-solve
	// pairs of adjacent parts of up to pairUnion nodes exactly (with at
	// most pairNodes branch nodes each) whenever it finds a new best plan.
	pairUnion int
	pairNodes int64
	// multi makes every other fresh restart start from a multilevel
	// construction rather than a random spanning tree cut.
	multi bool
	// chains is the number of independent chains the heuristic's
	// restarts are shared among (at least 40 restarts each).
	chains int
	// pool, when set, collects the parts of the restarts' plans in band
	// for recombine.
	pool *pool
	// beta, when positive, is a lower bound on the boundary of any part
	// (partBound); the exact search then bounds the cut among parts not
	// yet placed by it.
	beta int64
}

// viol returns how far s lies outside the band of part p.
func (pr *problem) viol(p int, s int64) int64 {
	switch {
	case s < pr.lo[p]:
		return pr.lo[p] - s
	case s > pr.hi[p]:
		return s - pr.hi[p]
	}
	return 0
}

// result is an assignment of nodes to parts with its score.
type result struct {
	part []int32
	viol int64 // total band violation; 0 means feasible
	cut  int64
	keep int64 // households in part 0 (the anchor's part)
}

// better reports whether a beats b under the lexicographic objective:
// smaller violation, then smaller cut, then (with an anchor) more
// households kept by the existing committee.
func (pr *problem) better(a, b *result) bool {
	if b == nil || b.part == nil {
		return a.part != nil
	}
	if a.viol != b.viol {
		return a.viol < b.viol
	}
	if a.cut != b.cut {
		return a.cut < b.cut
	}
	if pr.anchor >= 0 && a.keep != b.keep {
		return a.keep > b.keep
	}
	return false
}

func (pr *problem) score(part []int32) result {
	sums := make([]int64, pr.k)
	for v, p := range part {
		sums[p] += pr.g.w[v]
	}
	r := result{part: part}
	for p, s := range sums {
		r.viol += pr.viol(p, s)
	}
	r.cut, _ = pr.g.cutWeight(part)
	r.keep = sums[0]
	return r
}

// heuristic runs (at least) restarts of construction plus tabu search and returns the
// best assignment found; every part of it is connected. With pr.chains > 1
// the restarts are shared among that many independent chains, each with
// its own best plan to perturb.
func (pr *problem) heuristic(rng *rand.Rand, restarts, iters int) result {
	s := newSearch(pr, rng)
	chains := max(1, min(pr.chains, restarts/40))
	var best result
	for c := range chains {
		n := restarts / chains
		if c < restarts%chains {
			n++
		}
		// While no feasible plan is found, keep restarting, up to four
		// times the budget but no more than about 150,000 units' worth of
		// restarts (a few seconds) when the budget is already large.
		limit := max(n, min(4*n, 150_000/max(pr.g.n, 1)/chains))
		got := pr.chain(rng, s, n, limit, iters)
		if pr.better(&got, &best) {
			best = got
		}
	}
	return best
}

// chain runs restarts of construction plus tabu search, of which the
// second half perturb the chain's best plan, and returns that plan.
// While the chain has no plan in band it goes on up to limit restarts.
func (pr *problem) chain(rng *rand.Rand, s *search, restarts, limit, iters int) result {
	var best result
	for r := 0; ; r++ {
		if r >= restarts && (best.part != nil && best.viol == 0 || r >= limit) {
			break
		}
		// The first half of the restarts build afresh; the second half
		// perturb the best plan so far by random moves of 3 % of the units
		// (at least 4), an iterated local search, which finds smaller cuts
		// than fresh restarts alone on grids with k = 3 to 7.
		var got result
		if r < max(2, restarts/2) || best.viol > 0 {
			var part []int32
			if pr.multi && r%2 == 1 {
				part = pr.multilevel(rng, 4)
			} else {
				part = pr.construct(rng)
			}
			pr.relabel(part)
			got = s.run(part, 0, iters, best)
		} else {
			got = s.run(best.part, max(4, pr.g.n*3/100), iters, best)
		}
		if pr.relabel(got.part) {
			got = pr.score(got.part)
		}
		if pr.pool != nil && got.part != nil && got.viol == 0 {
			pr.pool.add(pr.g, got.part)
		}
		if pr.better(&got, &best) {
			if pr.pairUnion > 0 {
				got = pr.refinePairs(got, pr.pairUnion, pr.pairNodes)
			}
			best = got
		}
	}
	return best
}

// relabel swaps the labels of pairs of parts (never part 0 when there is an
// anchor) while that reduces the total band violation: parts with
// different bands are not interchangeable, and single-unit moves cannot
// swap two parts. It reports whether it changed part.
func (pr *problem) relabel(part []int32) bool {
	sums := make([]int64, pr.k)
	for v, p := range part {
		sums[p] += pr.g.w[v]
	}
	perm := make([]int32, pr.k) // perm[old label] = new label
	for p := range perm {
		perm[p] = int32(p)
	}
	first := 0
	if pr.anchor >= 0 {
		first = 1
	}
	changed := false
	for improved := true; improved; {
		improved = false
		for a := first; a < pr.k; a++ {
			for b := a + 1; b < pr.k; b++ {
				now := pr.viol(a, sums[a]) + pr.viol(b, sums[b])
				if pr.viol(a, sums[b])+pr.viol(b, sums[a]) < now {
					sums[a], sums[b] = sums[b], sums[a]
					for p := range perm {
						switch perm[p] {
						case int32(a):
							perm[p] = int32(b)
						case int32(b):
							perm[p] = int32(a)
						}
					}
					improved, changed = true, true
				}
			}
		}
	}
	if changed {
		for v := range part {
			part[v] = perm[part[v]]
		}
	}
	return changed
}

// construct builds an initial assignment with connected parts by cutting
// random spanning trees (recursive tree partitioning, as GerryChain's
// recursive_tree_part): part i is a subtree, or the complement of one, of
// a random spanning tree of the nodes not yet assigned, chosen so that its
// households fall in band i and the rest can still fill the remaining
// bands. When no such edge exists after a few trees, the cut with the
// smallest violation is kept and the local search repairs it.
func (pr *problem) construct(rng *rand.Rand) []int32 {
	g := pr.g
	part := make([]int32, g.n)
	for i := range part {
		part[i] = -1
	}
	// With an anchor, parts 1..k-1 are cut off first, always on the side
	// away from the anchor (the tree's root), and part 0 keeps the rest.
	// Without one, parts 0..k-2 are cut off and part k-1 keeps the rest.
	order := make([]int, 0, pr.k)
	last := pr.k - 1
	if pr.anchor >= 0 {
		for p := 1; p < pr.k; p++ {
			order = append(order, p)
		}
		last = 0
	} else {
		for p := 0; p < pr.k-1; p++ {
			order = append(order, p)
		}
	}
	free := g.n
	remSum := g.total
	t := newTreeWork(g)
	var bestIn []int32
	for li, i := range order {
		loRest, hiRest := pr.lo[last], pr.hi[last]
		for _, j := range order[li+1:] {
			loRest += pr.lo[j]
			hiRest += pr.hi[j]
		}
		partsAfter := len(order) - li // parts still to place after this one, the remainder included
		bestViol := int64(-1)
		bestIn = bestIn[:0]
		var cands []cand
		for attempt := 0; attempt < 12 && len(cands) == 0; attempt++ {
			root := pr.anchor
			if root < 0 {
				root = pr.randomFree(part, free, rng)
			}
			t.randomTree(part, root, rng)
			attV, attSide, attViol := int32(-1), false, int64(-1)
			for _, v := range t.order[1:] {
				sub := t.sub[v]
				for _, side := range []bool{false, true} {
					// side false: part i is the subtree of v; true: its complement.
					if side && pr.anchor >= 0 {
						continue
					}
					in, nin := sub, int(t.cnt[v])
					if side {
						in, nin = remSum-sub, free-nin
					}
					if nin < 1 || free-nin < partsAfter {
						continue
					}
					viol := pr.viol(i, in)
					out := remSum - in
					if out < loRest {
						viol += loRest - out
					} else if out > hiRest {
						viol += out - hiRest
					}
					if viol == 0 {
						cands = append(cands, cand{v, side})
					} else if attViol < 0 || viol < attViol {
						attV, attSide, attViol = v, side, viol
					}
				}
			}
			if len(cands) == 0 && attV >= 0 && (bestViol < 0 || attViol < bestViol) {
				// Remember the nodes of this cut: the next tree replaces t.
				bestViol = attViol
				bestIn = t.side(attV, attSide, bestIn[:0])
			}
		}
		if len(cands) > 0 {
			c := cands[rng.IntN(len(cands))]
			bestIn = t.side(c.v, c.side, bestIn[:0])
		}
		if len(bestIn) == 0 {
			break // cannot happen while free >= 2; kept for safety
		}
		for _, v := range bestIn {
			part[v] = int32(i)
			remSum -= g.w[v]
			free--
		}
	}
	for v := range part {
		if part[v] < 0 {
			part[v] = int32(last)
		}
	}
	return part
}

// randomFree returns a uniformly random unassigned node.
func (pr *problem) randomFree(part []int32, free int, rng *rand.Rand) int32 {
	c := rng.IntN(free)
	for v := range part {
		if part[v] < 0 {
			if c == 0 {
				return int32(v)
			}
			c--
		}
	}
	return -1
}

// side appends to dst the tree nodes on the chosen side of the edge above
// v: the subtree of v (complement false) or everything else.
func (t *treeWork) side(v int32, complement bool, dst []int32) []int32 {
	inSub := t.subtreeMask(v)
	for _, u := range t.order {
		if inSub[u] != complement {
			dst = append(dst, u)
		}
	}
	return dst
}

type cand struct {
	v    int32
	side bool
}

// treeWork holds the buffers of random spanning tree construction.
type treeWork struct {
	g      *graph
	parent []int32
	order  []int32 // BFS order from the root over the tree
	sub    []int64 // households in the subtree of each node
	cnt    []int32 // nodes in the subtree of each node
	key    []uint32
	uf     []int32
	edges  []int32 // arc indexes
	kids   [][]int32
	mask   []bool
}

func newTreeWork(g *graph) *treeWork {
	return &treeWork{g: g, parent: make([]int32, g.n), sub: make([]int64, g.n), cnt: make([]int32, g.n), uf: make([]int32, g.n),
		key: make([]uint32, len(g.adj)), kids: make([][]int32, g.n), mask: make([]bool, g.n)}
}

func (t *treeWork) find(x int32) int32 {
	for t.uf[x] != x {
		t.uf[x] = t.uf[t.uf[x]]
		x = t.uf[x]
	}
	return x
}

// randomTree draws a spanning tree of the free nodes (part < 0) reachable
// from root by Kruskal's algorithm on random edge keys, roots it at root,
// and fills order and sub.
func (t *treeWork) randomTree(part []int32, root int32, rng *rand.Rand) {
	g := t.g
	t.edges = t.edges[:0]
	for v := int32(0); int(v) < g.n; v++ {
		t.uf[v] = v
		t.kids[v] = t.kids[v][:0]
		if part[v] >= 0 {
			continue
		}
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if u := g.adj[i]; u > v && part[u] < 0 {
				t.key[i] = rng.Uint32()
				t.edges = append(t.edges, i)
			}
		}
	}
	slices.SortFunc(t.edges, func(a, b int32) int {
		if t.key[a] != t.key[b] {
			if t.key[a] < t.key[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	for _, i := range t.edges {
		u := g.adj[i]
		v := t.arcSource(i)
		ru, rv := t.find(u), t.find(v)
		if ru != rv {
			t.uf[ru] = rv
			t.kids[u] = append(t.kids[u], v)
			t.kids[v] = append(t.kids[v], u)
		}
	}
	t.order = append(t.order[:0], root)
	t.parent[root] = -1
	for h := 0; h < len(t.order); h++ {
		v := t.order[h]
		for _, u := range t.kids[v] {
			if u != t.parent[v] {
				t.parent[u] = v
				t.order = append(t.order, u)
			}
		}
	}
	for h := len(t.order) - 1; h >= 0; h-- {
		v := t.order[h]
		s, c := g.w[v], int32(1)
		for _, u := range t.kids[v] {
			if u != t.parent[v] {
				s += t.sub[u]
				c += t.cnt[u]
			}
		}
		t.sub[v], t.cnt[v] = s, c
	}
}

// arcSource returns the node whose adjacency holds arc i.
func (t *treeWork) arcSource(i int32) int32 {
	g := t.g
	lo, hi := 0, g.n
	for lo < hi {
		m := (lo + hi) / 2
		if g.start[m+1] <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int32(lo)
}

// subtreeMask marks the nodes of the subtree rooted at v (over the tree
// nodes in order).
func (t *treeWork) subtreeMask(v int32) []bool {
	for _, u := range t.order {
		t.mask[u] = false
	}
	t.mask[v] = true
	for _, u := range t.order {
		if p := t.parent[u]; p >= 0 && t.mask[p] {
			t.mask[u] = true
		}
	}
	return t.mask
}
