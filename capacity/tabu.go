package capacity

import "math/rand/v2"

// search is the local search of the heuristic planner: tabu search over
// single-unit moves of boundary units to an adjacent part. A move never
// disconnects a part or empties it, and never moves the anchor out of
// part 0. The band is a penalty whose weight adapts (it grows while the
// current assignment is out of band and shrinks while it is in band), so
// the search can cross infeasible ground on tight bands, in the manner of
// the tabu districting heuristics of Bozkaya, Erkut and Laporte (2003) and
// Ricca and Simeone (2008).
type search struct {
	pr   *problem
	rng  *rand.Rand
	part []int32
	sum  []int64
	size []int32
	// conn[v*k+q] is the weight of the edges from v to part q.
	conn []int64
	// boundary units: bcnt counts neighbours in other parts; blist holds
	// the units with bcnt > 0 and bpos their index in it (-1 if absent).
	bcnt  []int32
	blist []int32
	bpos  []int32
	// tabu: moving v back into tabuPart[v] is forbidden until tabuUntil[v].
	tabuPart  []int32
	tabuUntil []int
	// removable cache: valid while remVer[v] == ver[part[v]]+1. Versions
	// come from one clock, so they never repeat across parts.
	clock  uint64
	ver    []uint64
	remVer []uint64
	remOK  []bool
	// removable's scratch: visit stamps, search labels, one queue per
	// neighbour, union-find over the searches.
	mark    []uint32
	stamp   uint32
	lab     []int32
	targets []int32
	queues  [][]int32
	heads   []int
	uf      []int32
}

func newSearch(pr *problem, rng *rand.Rand) *search {
	n := pr.g.n
	return &search{pr: pr, rng: rng, part: make([]int32, n), sum: make([]int64, pr.k), size: make([]int32, pr.k),
		conn: make([]int64, n*pr.k), bcnt: make([]int32, n), bpos: make([]int32, n),
		tabuPart: make([]int32, n), tabuUntil: make([]int, n),
		ver: make([]uint64, pr.k), remVer: make([]uint64, n), remOK: make([]bool, n), mark: make([]uint32, n), lab: make([]int32, n)}
}

func (s *search) setBoundary(v int32) {
	in := s.bpos[v] >= 0
	switch {
	case s.bcnt[v] > 0 && !in:
		s.bpos[v] = int32(len(s.blist))
		s.blist = append(s.blist, v)
	case s.bcnt[v] == 0 && in:
		i := s.bpos[v]
		last := s.blist[len(s.blist)-1]
		s.blist[i] = last
		s.bpos[last] = i
		s.blist = s.blist[:len(s.blist)-1]
		s.bpos[v] = -1
	}
}

// removable reports whether v can leave its part without disconnecting
// it. A breadth-first search starts from each neighbour of v in the part,
// avoiding v, the searches advancing in turn; searches that meet are
// merged. The answer is yes when all have merged and no when one group is
// exhausted first, so the cost is bounded by the smaller side of a cut,
// and is a few steps around v in the usual planar case.
func (s *search) removable(v int32) bool {
	g := s.pr.g
	p := s.part[v]
	if s.remVer[v] == s.ver[p]+1 {
		return s.remOK[v]
	}
	s.stamp++
	if s.stamp == 0 {
		clear(s.mark)
		s.stamp = 1
	}
	s.mark[v] = s.stamp
	s.targets = s.targets[:0]
	for _, u := range g.adj[g.start[v]:g.start[v+1]] {
		if s.part[u] == p {
			s.targets = append(s.targets, u)
		}
	}
	nt := len(s.targets)
	ok := true
	if nt > 1 {
		for len(s.queues) < nt {
			s.queues = append(s.queues, nil)
		}
		s.uf = s.uf[:0]
		s.heads = s.heads[:0]
		groups := nt
		for i, u := range s.targets {
			s.uf = append(s.uf, int32(i))
			s.heads = append(s.heads, 0)
			s.queues[i] = append(s.queues[i][:0], u)
			if s.mark[u] == s.stamp { // cannot happen: neighbours are distinct
				continue
			}
			s.mark[u] = s.stamp
			s.lab[u] = int32(i)
		}
		find := func(x int32) int32 {
			for s.uf[x] != x {
				s.uf[x] = s.uf[s.uf[x]]
				x = s.uf[x]
			}
			return x
		}
		ok = false
	search:
		for {
			for i := range nt {
				if s.heads[i] >= len(s.queues[i]) {
					continue
				}
				x := s.queues[i][s.heads[i]]
				s.heads[i]++
				for _, u := range g.adj[g.start[x]:g.start[x+1]] {
					if s.part[u] != p {
						continue
					}
					if s.mark[u] != s.stamp {
						s.mark[u] = s.stamp
						s.lab[u] = int32(i)
						s.queues[i] = append(s.queues[i], u)
						continue
					}
					if u == v {
						continue
					}
					if a, b := find(int32(i)), find(s.lab[u]); a != b {
						s.uf[a] = b
						if groups--; groups == 1 {
							ok = true
							break search
						}
					}
				}
			}
			// A group whose searches are all exhausted is cut off.
			for i := range nt {
				r := find(int32(i))
				live := false
				for j := range nt {
					if find(int32(j)) == r && s.heads[j] < len(s.queues[j]) {
						live = true
						break
					}
				}
				if !live {
					break search
				}
			}
		}
	}
	s.remVer[v] = s.ver[p] + 1
	s.remOK[v] = ok
	return ok
}

// run improves start for iters iterations (stopping early after a long
// stall) and returns the best assignment seen; incumbent is the best known
// so far, for aspiration.
func (s *search) run(start []int32, kick, iters int, incumbent result) result {
	pr, g := s.pr, s.pr.g
	copy(s.part, start)
	clear(s.sum)
	clear(s.size)
	s.blist = s.blist[:0]
	for v, p := range s.part {
		s.sum[p] += g.w[v]
		s.size[p]++
		s.tabuUntil[v] = 0
		s.bpos[v] = -1
		s.remVer[v] = 0
	}
	for p := range s.ver {
		s.clock++
		s.ver[p] = s.clock
	}
	clear(s.conn)
	k := pr.k
	for v := range s.part {
		var c int32
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			s.conn[v*k+int(s.part[u])] += g.aw[i]
			if s.part[u] != s.part[v] {
				c++
			}
		}
		s.bcnt[v] = c
		s.setBoundary(int32(v))
	}
	s.kick(kick)
	var viol int64
	for p := 0; p < pr.k; p++ {
		viol += pr.viol(p, s.sum[p])
	}
	cut, _ := g.cutWeight(s.part)
	best := result{part: append([]int32(nil), s.part...), viol: viol, cut: cut, keep: s.sum[0]}
	ref := &best
	if pr.better(&incumbent, ref) {
		ref = &incumbent
	}
	// The penalty weight starts at the mean edge weight per mean unit weight.
	lambda := 1.0
	if len(g.adj) > 0 && g.total > 0 {
		var ew int64
		for _, w := range g.aw {
			ew += w
		}
		lambda = (float64(ew) / float64(len(g.adj))) / (float64(g.total) / float64(g.n))
	}
	minL, maxL := lambda*1e-6, lambda*1e9
	tenure := max(3, g.n/25)
	stall := 0
	for it := 1; it <= iters; it++ {
		bv, bq := int32(-1), int32(-1)
		var bScore float64
		var bDV, bDC int64
		ties := 0
		for _, v := range s.blist {
			p := s.part[v]
			if s.size[p] == 1 || (v == pr.anchor && p == 0) {
				continue
			}
			cv := s.conn[int(v)*k : int(v)*k+k]
			h := g.w[v]
			vp := pr.viol(int(p), s.sum[p]-h) - pr.viol(int(p), s.sum[p])
			checked := false
			for qi, cq := range cv {
				q := int32(qi)
				if q == p || cq == 0 {
					continue
				}
				dc := cv[p] - cq
				dv := vp + pr.viol(qi, s.sum[q]+h) - pr.viol(qi, s.sum[q])
				sc := float64(dc) + lambda*float64(dv)
				if bv >= 0 && sc > bScore {
					continue
				}
				if s.tabuPart[v] == q && s.tabuUntil[v] > it {
					// Aspiration: a tabu move is allowed if it yields a new best.
					nr := result{part: s.part, viol: viol + dv, cut: cut + dc, keep: s.sum[0]}
					if p == 0 {
						nr.keep -= h
					} else if q == 0 {
						nr.keep += h
					}
					if !pr.better(&nr, ref) {
						continue
					}
				}
				if !checked {
					if !s.removable(v) {
						break
					}
					checked = true
				}
				if bv < 0 || sc < bScore {
					bv, bq, bScore, bDV, bDC, ties = v, q, sc, dv, dc, 1
				} else {
					ties++
					if s.rng.IntN(ties) == 0 {
						bv, bq, bDV, bDC = v, q, dv, dc
					}
				}
			}
		}
		if bv < 0 {
			break
		}
		s.move(bv, bq)
		viol += bDV
		cut += bDC
		if viol > 0 {
			lambda = min(maxL, lambda*1.08)
		} else {
			lambda = max(minL, lambda/1.04)
		}
		s.tabuUntil[bv] = it + tenure + s.rng.IntN(tenure+1)
		cur := result{part: s.part, viol: viol, cut: cut, keep: s.sum[0]}
		if viol == 0 && pr.pool != nil && ref.viol == 0 && cut <= ref.cut+ref.cut/10 {
			pr.pool.add(g, s.part)
		}
		if pr.better(&cur, &best) {
			best.part = append(best.part[:0], s.part...)
			best.viol, best.cut, best.keep = viol, cut, s.sum[0]
			if pr.better(&best, ref) {
				ref = &best
			}
			stall = 0
		} else if stall++; stall > 50+g.n {
			break
		}
	}
	return best
}

// kick makes m random moves of boundary units to an adjacent part, each
// keeping every part connected and non-empty: the perturbation of an
// iterated local search.
func (s *search) kick(m int) {
	pr := s.pr
	k := pr.k
	for tries := 0; m > 0 && tries < 20*m && len(s.blist) > 0; tries++ {
		v := s.blist[s.rng.IntN(len(s.blist))]
		p := s.part[v]
		if s.size[p] == 1 || (v == pr.anchor && p == 0) {
			continue
		}
		q := int32(s.rng.IntN(k))
		if q == p || s.conn[int(v)*k+int(q)] == 0 || !s.removable(v) {
			continue
		}
		s.move(v, q)
		m--
	}
}

// move puts v into part q and updates sums, boundary and caches.
func (s *search) move(v, q int32) {
	g := s.pr.g
	p := s.part[v]
	h := g.w[v]
	s.part[v] = q
	s.sum[p] -= h
	s.sum[q] += h
	s.size[p]--
	s.size[q]++
	s.clock++
	s.ver[p] = s.clock
	s.clock++
	s.ver[q] = s.clock
	s.tabuPart[v] = p
	var c int32
	k := s.pr.k
	for i := g.start[v]; i < g.start[v+1]; i++ {
		u := g.adj[i]
		s.conn[int(u)*k+int(p)] -= g.aw[i]
		s.conn[int(u)*k+int(q)] += g.aw[i]
		switch s.part[u] {
		case p:
			s.bcnt[u]++
			s.setBoundary(u)
		case q:
			s.bcnt[u]--
			s.setBoundary(u)
		}
		if s.part[u] != q {
			c++
		}
	}
	s.bcnt[v] = c
	s.setBoundary(v)
}
