package capacity

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
