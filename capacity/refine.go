package capacity

import "slices"

// refinePairs improves a feasible assignment part pair by part pair: for
// two adjacent parts whose union has at most maxUnion nodes, the exact
// search re-solves the union as a two-part problem (with the two parts'
// bands, the anchor kept in part 0) and the better split replaces the old
// one. The edges from the union to other parts are cut either way, so the
// union's internal cut is all that changes. It repeats until no pair
// improves, and returns the (possibly) improved assignment.
func (pr *problem) refinePairs(best result, maxUnion int, nodeLimit int64) result {
	if best.part == nil || best.viol > 0 || pr.k < 3 {
		return best
	}
	g := pr.g
	part := append([]int32(nil), best.part...)
	local := make([]int32, g.n)
	for improved := true; improved; {
		improved = false
		for a := 0; a < pr.k; a++ {
			for b := a + 1; b < pr.k; b++ {
				var nodes []int32
				adjacent := false
				for v := range part {
					if p := part[v]; p == int32(a) || p == int32(b) {
						nodes = append(nodes, int32(v))
						if p == int32(a) && !adjacent {
							for _, u := range g.adj[g.start[v]:g.start[v+1]] {
								if part[u] == int32(b) {
									adjacent = true
									break
								}
							}
						}
					}
				}
				if !adjacent || len(nodes) > maxUnion {
					continue
				}
				sub := g.induced(nodes, local)
				sp := &problem{g: sub, k: 2, lo: []int64{pr.lo[a], pr.lo[b]}, hi: []int64{pr.hi[a], pr.hi[b]}, anchor: -1}
				if pr.anchor >= 0 && (part[pr.anchor] == int32(a) || part[pr.anchor] == int32(b)) {
					sp.anchor = local[pr.anchor] // part[anchor] is 0, so a == 0
				}
				cur := make([]int32, len(nodes))
				for i, v := range nodes {
					if part[v] == int32(b) {
						cur[i] = 1
					}
				}
				inc := sp.score(cur)
				ex := newExact(sp, nodeLimit, inc)
				ex.solve()
				if ex.best.part == nil || !sp.better(&ex.best, &inc) {
					continue
				}
				for i, v := range nodes {
					part[v] = int32(a)
					if ex.best.part[i] == 1 {
						part[v] = int32(b)
					}
				}
				improved = true
			}
		}
	}
	r := pr.score(part)
	if pr.better(&r, &best) {
		return r
	}
	return best
}

// induced returns the subgraph of g on nodes (ascending), and sets
// local[v] to v's index in it.
func (g *graph) induced(nodes []int32, local []int32) *graph {
	for i := range local {
		local[i] = -1
	}
	for i, v := range nodes {
		local[v] = int32(i)
	}
	s := &graph{n: len(nodes), w: make([]int64, len(nodes)), start: make([]int32, len(nodes)+1)}
	for i, v := range nodes {
		s.w[i] = g.w[v]
		s.total += g.w[v]
		for j := g.start[v]; j < g.start[v+1]; j++ {
			if l := local[g.adj[j]]; l >= 0 {
				s.adj = append(s.adj, l)
				s.aw = append(s.aw, g.aw[j])
			}
		}
		s.start[i+1] = int32(len(s.adj))
	}
	return s
}

// refineStrips is refinePairs for pairs of adjacent parts too large to
// re-solve whole: the nodes of the two parts nearest their common
// boundary (breadth-first layers from it, while the strip holds at most
// maxFree nodes) are re-solved exactly, and the rest of each part is
// contracted into one fixed node (its core) that stays in its part. A
// result is kept only if both parts are still connected in the real graph
// (a core need not be connected on its own). It repeats until no pair
// improves.
func (pr *problem) refineStrips(best result, maxFree int, nodeLimit int64) result {
	if best.part == nil || best.viol > 0 || pr.k < 2 {
		return best
	}
	g := pr.g
	part := append([]int32(nil), best.part...)
	dist := make([]int32, g.n)
	local := make([]int32, g.n)
	var layer, next, free []int32
	for pass, improved := 0, true; improved && pass < 4; pass++ {
		improved = false
		for a := int32(0); int(a) < pr.k; a++ {
			for b := a + 1; int(b) < pr.k; b++ {
				// Layer 0: the nodes of a and b on their common boundary.
				layer = layer[:0]
				for v := range part {
					dist[v] = -1
					p := part[v]
					if p != a && p != b {
						continue
					}
					for _, u := range g.adj[g.start[v]:g.start[v+1]] {
						if q := part[u]; q != p && (q == a || q == b) {
							layer = append(layer, int32(v))
							break
						}
					}
				}
				if len(layer) == 0 || len(layer) > maxFree {
					continue
				}
				// Each core keeps at least a quarter of its part.
				var size, inFree [2]int
				side := func(p int32) int {
					if p == a {
						return 0
					}
					return 1
				}
				for _, p := range part {
					if p == a || p == b {
						size[side(p)]++
					}
				}
				free = free[:0]
				for len(layer) > 0 && len(free)+len(layer) <= maxFree {
					add := inFree
					for _, v := range layer {
						add[side(part[v])]++
					}
					if add[0]*4 > size[0]*3 || add[1]*4 > size[1]*3 {
						break
					}
					inFree = add
					for _, v := range layer {
						dist[v] = 0
					}
					free = append(free, layer...)
					next = next[:0]
					for _, v := range layer {
						for _, u := range g.adj[g.start[v]:g.start[v+1]] {
							if dist[u] < 0 && (part[u] == a || part[u] == b) {
								dist[u] = 1 // queued
								next = append(next, u)
							}
						}
					}
					for _, u := range next {
						dist[u] = -1
					}
					layer, next = next, layer
				}
				if pr.anchor >= 0 && dist[pr.anchor] == 0 {
					// The anchor stays in its part: it joins the core.
					dist[pr.anchor] = -1
					free = slices.DeleteFunc(free, func(v int32) bool { return v == pr.anchor })
				}
				if r, ok := pr.resolveStrip(part, a, b, dist, free, local, nodeLimit); ok {
					part = r
					improved = true
				}
			}
		}
	}
	r := pr.score(part)
	if pr.better(&r, &best) {
		return r
	}
	return best
}

// resolveStrip re-solves the free nodes (dist 0) of parts a and b with the
// rest of each part contracted into a core node, and returns the improved
// assignment, or false.
func (pr *problem) resolveStrip(part []int32, a, b int32, dist []int32, free []int32, local []int32, nodeLimit int64) ([]int32, bool) {
	g := pr.g
	n := len(free)
	cA, cB := int32(n), int32(n+1)
	w := make([]int64, n+2)
	for v := range part {
		switch {
		case dist[v] == 0:
			local[v] = -1 // set below
		case part[v] == a:
			local[v] = cA
			w[cA] += g.w[v]
		case part[v] == b:
			local[v] = cB
			w[cB] += g.w[v]
		default:
			local[v] = -2
		}
	}
	if w[cA] == 0 || w[cB] == 0 || w[cA]+w[cB] <= pr.hi[a] {
		// An empty core, or a core b could join a's part: not this way.
		return nil, false
	}
	for i, v := range free {
		local[v] = int32(i)
		w[i] = g.w[v]
	}
	// Edges between the two cores are cut either way and left out.
	var arcs []arc
	for v := range part {
		lv := local[v]
		if lv < 0 {
			continue
		}
		for i := g.start[v]; i < g.start[v+1]; i++ {
			lu := local[g.adj[i]]
			if lu < 0 || lu == lv || lv >= cA && lu >= cA {
				continue
			}
			arcs = append(arcs, arc{lv, lu, g.aw[i]})
		}
	}
	sub := &graph{n: n + 2, w: w}
	for _, x := range w {
		sub.total += x
	}
	sub.start, sub.adj, sub.aw = adjacency(n+2, arcs)
	sp := &problem{g: sub, k: 2, lo: []int64{pr.lo[a], pr.lo[b]}, hi: []int64{pr.hi[a], pr.hi[b]}, anchor: cA}
	cur := make([]int32, n+2)
	for i, v := range free {
		if part[v] == b {
			cur[i] = 1
		}
	}
	cur[cB] = 1
	inc := sp.score(cur)
	if inc.viol > 0 {
		return nil, false
	}
	ex := newExact(sp, nodeLimit, inc)
	ex.solve()
	if ex.best.part == nil || ex.best.cut >= inc.cut || ex.best.part[cB] != 1 {
		return nil, false
	}
	out := append([]int32(nil), part...)
	for i, v := range free {
		out[v] = a
		if ex.best.part[i] == 1 {
			out[v] = b
		}
	}
	if !g.partConnected(out, a) || !g.partConnected(out, b) {
		return nil, false
	}
	return out, true
}

// partConnected reports whether part p of the assignment is non-empty and
// connected.
func (g *graph) partConnected(part []int32, p int32) bool {
	start := slices.Index(part, p)
	if start < 0 {
		return false
	}
	seen := make([]bool, g.n)
	seen[start] = true
	stack := []int32{int32(start)}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, u := range g.adj[g.start[v]:g.start[v+1]] {
			if !seen[u] && part[u] == p {
				seen[u] = true
				stack = append(stack, u)
			}
		}
	}
	for v, q := range part {
		if q == p && !seen[v] {
			return false
		}
	}
	return true
}
