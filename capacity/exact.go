package capacity

import (
	"math/bits"
	"slices"
)

// exact is the exact planner: a branch and bound over connected node sets.
// Part by part, it takes the lowest unassigned node v and enumerates every
// connected set S of unassigned nodes containing v whose households fit a
// free part's band (each set once: the frontier of S is branched on
// "include" or "exclude"); the rest is solved recursively, and the last
// part is whatever remains, which must be connected and in band. Bounds:
// the cut edges to excluded nodes are already paid; S may not outgrow its
// band or starve the remaining bands; when only one part remains after S,
// the excluded nodes must stay connected to each other outside S; and,
// once a plan is known (or a target is set), the maximum flow from S to
// the excluded nodes through the unassigned ones (a minimum cut that any
// completion of S must pay, whatever the band) plus the packing bounds on
// the capacity it leaves (see bound) plus the cut already paid must stay
// below it. The search branches on the frontier node most strongly tied
// to S. The flow bound cut the proof of 50-unit Delaunay instances with a
// ±0.5 % band from 4–5 s to under a second, the branching order that
// again by two to three, and the packing bounds brought 100-unit proofs
// from 1.3 M to over 5 M work units down to 0.6–3.1 M.
//
// For k ≥ 3 those bounds see only S's own boundary, not the cut among
// the parts still to place. With pr.beta, a lower bound on the boundary
// of any part (partBound), the parts left cut at least their number
// times beta, less their edges to placed parts, over two (restBound).
// Without an anchor and with equal bands (minFirst), the first part
// placed is one of smallest boundary, enumerated from every start node
// as its lowest; every other part's boundary is then at least its own,
// so a first part whose bound is b costs the plan at least k·b/2, and
// the levels below use its boundary as beta. Below the first level the
// search starts from the free node most tied to the placed parts. On
// Delaunay instances with a ±0.5 % band this took 50-unit k = 3 proofs
// from 0.6–1.5 M work units, and over 5 M, to 0.05–0.3 M, and 40-unit
// k = 4 from 1.2 M and over 5 M to about 0.1 M.
//
// For k = 2 this enumerates the connected sets containing the anchor
// within the band, as the issue asks. The search stops after limit nodes;
// only a search that finished proves optimality (or infeasibility), and
// one that stopped still proves the lower bound of the branches it left
// (lowerBound).
type exact struct {
	pr       *problem
	assigned []int32 // part of each node, -1 if unassigned
	used     []bool  // part labels already placed
	state    []uint8 // per node during enumeration: stFree, stFront, stIn, stOut
	front    []int32 // frontier stack
	best     result
	nodes    int64
	// target, when positive, prunes branches whose bound reaches it, as an
	// incumbent of that cut would; openLB (−1: none) is the smallest
	// bound of the branches left when the budget ran out.
	target  int64
	openLB  int64
	limit   int64
	aborted bool
	// per-level enumeration values
	lvl      *level
	seen     []bool
	bfs      []int32
	freeSum  int64 // households of unassigned nodes
	freeCnt  int
	unusedLo int64
	unusedHi int64
	// max-flow bound: flow per arc, reverse arc, BFS parent arcs
	flow []int64
	// flows[d] and flowVal[d] (−1: none) are the flow of the branch node
	// at depth d, the start of its children's flows
	flows   [][]int64
	flowVal []int64
	depth   int
	rev     []int32
	parArc  []int32
	// packing bound: tree of each node, tree weights, costs and scans,
	// members as linked lists, and the trees in knapsack order
	tree  []int32
	tw    []int64
	tc    []int64
	tm    []treeScan
	tmem  []int32
	tnext []int32
	order []int32
	// nodes the bound moved to another side, their earlier state,
	// Dijkstra's distances and heap
	moved     []int32
	movedFrom []uint8
	dist      []int64
	heap      []int32
	// restFree, for partBound: the search enumerates connected sets S
	// of part 0 containing start and no node below it (those count as
	// excluded), and the rest need not be connected.
	restFree bool
	start    int32
	// minFirst (k ≥ 3, no anchor, equal bands): the first part placed is
	// one of smallest boundary, enumerated from every start node as its
	// lowest; beta bounds the boundary of every part still to place:
	// pr.beta, or once that first part is placed its boundary. (Placing
	// the smallest of the parts left at later levels too took more
	// branch nodes on 50–60-unit instances with k = 4, not fewer.)
	minFirst bool
	beta     int64
	// first stops the search at the first plan in band (feasibility
	// mode): solve then reports false, with that plan in best.
	first bool
}

const (
	stFree uint8 = iota
	stFront
	stIn
	stOut
	// Only while bound runs: free nodes that cannot join S's part.
	stFar
)

type level struct {
	p        int32
	lo, hi   int64 // band of S, tightened by what the rest needs
	sumS     int64
	sumX     int64
	cntS     int
	cntX     int
	cutX     int64 // weight of edges between S and excluded nodes
	cutBase  int64 // cut paid by earlier parts
	lastPart bool  // after S only one part remains
	restLo   int64
	depth0   int   // e.depth when the level began
	aF       int64 // weight of the edges between assigned and free nodes
	cutA     int64 // weight of the edges between S and assigned nodes
}

func newExact(pr *problem, limit int64, incumbent result) *exact {
	n := pr.g.n
	e := &exact{pr: pr, assigned: make([]int32, n), used: make([]bool, pr.k), state: make([]uint8, n),
		limit: limit, seen: make([]bool, n), openLB: -1, start: -1, beta: pr.beta}
	e.minFirst = pr.interchangeable()
	for i := range e.assigned {
		e.assigned[i] = -1
	}
	if incumbent.part != nil && incumbent.viol == 0 {
		e.best = incumbent
		e.best.part = append([]int32(nil), incumbent.part...)
	}
	g := pr.g
	e.rev = make([]int32, len(g.adj))
	e.parArc = make([]int32, n)
	for v := range n {
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			for j := g.start[u]; j < g.start[u+1]; j++ {
				if g.adj[j] == int32(v) {
					e.rev[i] = j
					break
				}
			}
		}
	}
	e.freeSum = pr.g.total
	e.freeCnt = n
	for p := 0; p < pr.k; p++ {
		e.unusedLo += pr.lo[p]
		e.unusedHi += pr.hi[p]
	}
	return e
}

// partBound returns a lower bound on the boundary (the weight of the
// edges leaving it) of every connected set of nodes whose households fit
// some part's band: the smallest such boundary when the search finds it
// within a quarter of limit branch nodes, else what partBoundLadder
// proves with the rest (on five 100-unit Delaunay graphs with k = 3,
// 15–16 within the default budget, where a plan's smallest part reaches
// 19–22). Each part of a plan
// is such a set, so a plan of k parts cuts at least k times this bound
// over two, and the parts still to place when some are placed cut at
// least their number times it, less their edges to placed parts, over
// two (restBound). The search enumerates the connected sets from each
// start node in turn, the nodes below it excluded, as the k = 2 search
// does but without asking the rest to be connected; upper, when positive,
// is a boundary known to be reached (the smallest part boundary of a
// plan), which it need not improve on.
func (pr *problem) partBound(upper, limit int64) int64 {
	e := pr.partSearch(limit / 4)
	e.target = upper
	if !e.partPass() {
		// Too costly to find: prove what the rest of the budget can.
		return pr.partBoundLadder(upper, limit-e.nodes)
	}
	return max(0, e.lowerBound())
}

// partBoundLadder is partBound for graphs where finding the smallest
// boundary costs too much: it runs the search with targets 1, 2, …,
// upper, each pass that finishes proving that no part's boundary is
// below its target, until limit branch nodes are spent, and returns the
// largest target proven.
func (pr *problem) partBoundLadder(upper, limit int64) int64 {
	e := pr.partSearch(limit)
	for t := int64(1); t <= upper; t++ {
		e.target, e.nodes, e.limit = t, 0, limit
		done := e.partPass()
		limit -= e.nodes
		if !done || limit <= 0 {
			return t - 1
		}
		if e.best.part != nil {
			return e.best.cut // the previous pass proved it smallest
		}
	}
	return upper
}

// partSearch returns the search of partBound: connected sets within the
// widest band, the rest free.
func (pr *problem) partSearch(limit int64) *exact {
	g := pr.g
	lo, hi := slices.Min(pr.lo), slices.Max(pr.hi)
	sp := &problem{g: g, k: 2, lo: []int64{lo, 0}, hi: []int64{hi, g.total}, anchor: -1}
	e := newExact(sp, limit, result{})
	e.restFree = true
	return e
}

// partPass runs the search of partBound from every start node and
// reports whether it finished.
func (e *exact) partPass() bool {
	for s := range e.pr.g.n {
		e.start = int32(s)
		if !e.solve() {
			return false
		}
	}
	return true
}

// interchangeable reports whether the parts, three or more, can swap
// labels in any plan: no anchor, equal bands. The exact search then
// places a part of smallest boundary first (exact.minFirst), whose own
// bound makes partBound's redundant while it runs.
func (pr *problem) interchangeable() bool {
	return pr.k >= 3 && pr.anchor < 0 && pr.sameBands()
}

// sameBands reports whether every part has the same band.
func (pr *problem) sameBands() bool {
	for p := range pr.k {
		if pr.lo[p] != pr.lo[0] || pr.hi[p] != pr.hi[0] {
			return false
		}
	}
	return true
}

// minBoundary returns the smallest boundary of a part of the plan part.
func (pr *problem) minBoundary(part []int32) int64 {
	g := pr.g
	b := make([]int64, pr.k)
	for v := range g.n {
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if part[g.adj[i]] != part[v] {
				b[part[v]] += g.aw[i]
			}
		}
	}
	return slices.Min(b)
}

// solve runs the search; it reports whether it finished (so that the
// result is proven optimal, or no plan exists when best.part is nil).
func (e *exact) solve() bool {
	e.recurse(0, 0)
	return !e.aborted
}

func (e *exact) prune(cut int64) bool {
	c := e.cutoff()
	return c >= 0 && cut >= c
}

// cutoff is the cut at or above which a branch cannot improve on the
// incumbent (with an anchor, an equal cut may still keep more households)
// or reach below the target; -1 when there is neither.
func (e *exact) cutoff() int64 {
	c := int64(-1)
	if e.best.part != nil {
		c = e.best.cut
		if e.pr.anchor >= 0 {
			c++
		}
	}
	if e.target > 0 && (c < 0 || e.target < c) {
		c = e.target
	}
	return c
}

// open records the lower bound of a branch the search left unexplored
// when it stopped on its budget.
func (e *exact) open(lb int64) {
	if e.openLB < 0 || lb < e.openLB {
		e.openLB = lb
	}
}

// lowerBound returns a lower bound on the cut of every plan, after solve:
// the smallest of the incumbent's cut, the target (plans at or above it
// were not looked for) and, if the search stopped on its budget, the
// bounds of the branches it left. It is −1 when the search finished
// without a target and found no plan: there is none.
func (e *exact) lowerBound() int64 {
	lb := int64(-1)
	take := func(v int64) {
		if lb < 0 || v < lb {
			lb = v
		}
	}
	if e.aborted && e.openLB >= 0 {
		take(e.openLB)
	}
	if e.best.part != nil {
		take(e.best.cut)
	}
	if e.target > 0 {
		take(e.target)
	}
	return lb
}

func (e *exact) recurse(placed int, cut int64) {
	pr := e.pr
	if e.aborted || e.prune(cut) {
		return
	}
	remaining := pr.k - placed
	if remaining == 1 {
		e.finish(cut)
		return
	}
	if e.freeCnt < remaining {
		return
	}
	aF := e.freeBoundary()
	ff := e.restBound(e.beta, int64(remaining), 0, aF, 0)
	if ff > 0 && e.prune(cut+ff) {
		return
	}
	if e.minFirst && placed == 0 {
		// One part has the smallest boundary; enumerate it by its
		// lowest node.
		for s := range pr.g.n {
			if e.assigned[s] >= 0 {
				continue
			}
			e.place(placed, cut, int32(s), true, aF)
			if e.aborted {
				e.open(cut + ff) // later starts are left
				return
			}
		}
		return
	}
	// v: the anchor first, then the lowest unassigned node (below the
	// first level, the one most tied to the placed parts).
	v := int32(-1)
	if e.restFree {
		v = e.start
	} else if pr.anchor >= 0 && e.assigned[pr.anchor] < 0 {
		v = pr.anchor
	} else if placed > 0 {
		// The node most tied to the placed parts: the part holding it
		// is cut from them early, which raises restBound (on 40–60-unit
		// instances with k = 4, half to a third of the branch nodes
		// that the lowest free node takes).
		g := pr.g
		bw := int64(-1)
		for u := range e.assigned {
			if e.assigned[u] < 0 {
				var w int64
				for i := g.start[u]; i < g.start[u+1]; i++ {
					if e.assigned[g.adj[i]] >= 0 {
						w += g.aw[i]
					}
				}
				if w > bw {
					v, bw = int32(u), w
				}
			}
		}
	} else {
		for u := range e.assigned {
			if e.assigned[u] < 0 {
				v = int32(u)
				break
			}
		}
	}
	e.place(placed, cut, v, e.restFree, aF)
}

// place enumerates the sets S containing v for each label v may take,
// the nodes below v excluded when pre is set.
func (e *exact) place(placed int, cut int64, v int32, pre bool, aF int64) {
	pr := e.pr
	remaining := pr.k - placed
	// The labels v may take: free, the anchor's own, not a repeat of a
	// smaller label with the same band, and a band S can meet.
	ok := func(p int) (level, bool) {
		if e.used[p] || pr.anchor >= 0 && v == pr.anchor && p != 0 || e.symmetric(p) || e.restFree && p != 0 {
			return level{}, false
		}
		restLo, restHi := e.unusedLo-pr.lo[p], e.unusedHi-pr.hi[p]
		lv := level{p: int32(p), lo: max(pr.lo[p], e.freeSum-restHi), hi: min(pr.hi[p], e.freeSum-restLo),
			cutBase: cut, lastPart: remaining == 2, restLo: restLo, depth0: e.depth, aF: aF}
		return lv, lv.lo <= lv.hi
	}
	for p := 0; p < pr.k; p++ {
		lv, good := ok(p)
		if !good {
			continue
		}
		saved := e.lvl
		e.lvl = &lv
		e.used[p] = true
		e.unusedLo -= pr.lo[p]
		e.unusedHi -= pr.hi[p]
		if pre {
			// Sets through a lower start were enumerated before.
			for u := range v {
				if e.assigned[u] < 0 {
					e.state[u] = stOut
					lv.sumX += pr.g.w[u]
					lv.cntX++
				}
			}
		}
		e.include(v, placed)
		if pre {
			for u := range v {
				if e.assigned[u] < 0 {
					e.state[u] = stFree
				}
			}
		}
		e.unusedLo += pr.lo[p]
		e.unusedHi += pr.hi[p]
		e.used[p] = false
		e.lvl = saved
		if e.aborted {
			for q := p + 1; q < pr.k; q++ {
				if _, good := ok(q); good {
					e.open(cut + e.restBound(e.beta, int64(remaining), 0, aF, 0)) // a later label for v is left
					break
				}
			}
			return
		}
	}
}

// symmetric reports whether part p has the same band as an unused part
// with a smaller label that does not have to hold the anchor; trying p
// then would only repeat that part's plans with labels swapped.
func (e *exact) symmetric(p int) bool {
	pr := e.pr
	for q := 0; q < p; q++ {
		if !e.used[q] && pr.lo[q] == pr.lo[p] && pr.hi[q] == pr.hi[p] && !(q == 0 && pr.anchor >= 0) {
			return true
		}
	}
	return false
}

// include adds v to S and continues the enumeration.
func (e *exact) include(v int32, placed int) {
	g, lv := e.pr.g, e.lvl
	e.state[v] = stIn
	lv.sumS += g.w[v]
	lv.cntS++
	mark := len(e.front)
	var dcut, dA int64
	for i := g.start[v]; i < g.start[v+1]; i++ {
		u := g.adj[i]
		if e.assigned[u] >= 0 {
			dA += g.aw[i]
			continue
		}
		switch e.state[u] {
		case stFree:
			e.state[u] = stFront
			e.front = append(e.front, u)
		case stOut:
			dcut += g.aw[i]
		}
	}
	lv.cutX += dcut
	lv.cutA += dA
	if !lv.lastPart || e.restFree || e.outConnected() {
		e.enum(placed)
	}
	lv.cutA -= dA
	lv.cutX -= dcut
	for _, u := range e.front[mark:] {
		e.state[u] = stFree
	}
	e.front = e.front[:mark]
	lv.cntS--
	lv.sumS -= g.w[v]
	e.state[v] = stFree
}

// enum branches on the top of the frontier.
func (e *exact) enum(placed int) {
	e.nodes++
	e.depth++
	defer func() { e.depth-- }()
	if len(e.flowVal) > e.depth {
		e.flowVal[e.depth] = -1
	}
	g, lv := e.pr.g, e.lvl
	nodeLB := lv.cutBase + lv.cutX  // the cut this branch has already paid
	r := int64(e.pr.k - placed - 1) // parts after S
	if e.nodes > e.limit {
		e.aborted = true
		e.open(max(nodeLB, lv.cutBase+e.restBound(e.beta, r+1, 0, lv.aF, lv.cutA)))
		return
	}
	if e.prune(nodeLB) {
		return
	}
	// Even taking every node not excluded, S cannot reach its floor.
	if e.freeSum-lv.sumX < lv.lo {
		return
	}
	// Whatever S becomes, it is cut from the excluded nodes: the minimum
	// cut between S and them (a maximum flow) is still to be paid, and so
	// is, on the edges the flow leaves free, the price of the households
	// that S and the rest must still gain (packing bounds).
	if c := e.cutoff(); c >= 0 {
		need := c - lv.cutBase
		if e.restBound(e.beta, r+1, 0, lv.aF, lv.cutA) >= need {
			return
		}
		// The smallest b for which restBound reaches need.
		target := need
		if e.beta > 0 {
			target = min(target, 2*need-1-r*e.beta+lv.aF-lv.cutA)
		}
		first := e.minFirst && placed == 0
		if first {
			// Every part has a boundary at least S's: the plan cuts at
			// least k·b/2.
			target = min(target, ceilDiv(2*need-1+lv.aF-(r+1)*lv.cutA, r+1))
		}
		if target <= 0 {
			return
		}
		b := e.bound(target)
		if b >= target {
			return
		}
		beta := e.beta
		if first {
			beta = max(beta, b+lv.cutA)
		}
		nodeLB = max(nodeLB, lv.cutBase+e.restBound(beta, r+1, b, lv.aF, lv.cutA))
	}
	if len(e.front) == 0 {
		if lv.sumS >= lv.lo && lv.sumS <= lv.hi && e.freeCnt-lv.cntS >= e.pr.k-placed-1 {
			e.commit(placed)
		}
		return
	}
	// Branch on the frontier node most strongly tied to S: including it
	// keeps the cut small, and excluding it raises the bounds at once.
	top := len(e.front) - 1
	bj, bw := top, int64(-1)
	for j, u := range e.front {
		var w int64
		for i := g.start[u]; i < g.start[u+1]; i++ {
			if e.state[g.adj[i]] == stIn && e.assigned[g.adj[i]] < 0 {
				w += g.aw[i]
			}
		}
		if w > bw {
			bj, bw = j, w
		}
	}
	e.front[bj], e.front[top] = e.front[top], e.front[bj]
	defer func() { e.front[bj], e.front[top] = e.front[top], e.front[bj] }()
	v := e.front[len(e.front)-1]
	e.front = e.front[:len(e.front)-1]
	if lv.sumS+g.w[v] <= lv.hi {
		e.include(v, placed)
		if e.aborted {
			e.open(nodeLB)               // the branch excluding v is left
			e.front = append(e.front, v) // keep the stack whole while unwinding
			return
		}
	}
	// exclude v
	e.state[v] = stOut
	var w int64
	for i := g.start[v]; i < g.start[v+1]; i++ {
		if e.state[g.adj[i]] == stIn && e.assigned[g.adj[i]] < 0 {
			w += g.aw[i]
		}
	}
	lv.cutX += w
	lv.sumX += g.w[v]
	lv.cntX++
	e.enum(placed)
	lv.cntX--
	lv.sumX -= g.w[v]
	lv.cutX -= w
	e.state[v] = stFront
	e.front = append(e.front, v)
}

// outConnected reports whether the excluded nodes of this level can still
// reach each other without passing through S.
func (e *exact) outConnected() bool {
	g := e.pr.g
	start := int32(-1)
	nOut := 0
	for v := range e.state {
		if e.assigned[v] < 0 && e.state[v] == stOut {
			if start < 0 {
				start = int32(v)
			}
			nOut++
		}
	}
	if nOut < 2 {
		return true
	}
	clear(e.seen)
	e.bfs = append(e.bfs[:0], start)
	e.seen[start] = true
	found := 1
	for h := 0; h < len(e.bfs) && found < nOut; h++ {
		v := e.bfs[h]
		for _, u := range g.adj[g.start[v]:g.start[v+1]] {
			if e.seen[u] || e.assigned[u] >= 0 || e.state[u] == stIn {
				continue
			}
			e.seen[u] = true
			if e.state[u] == stOut {
				found++
			}
			e.bfs = append(e.bfs, u)
		}
	}
	return found == nOut
}

// commit fixes S as part lv.p and recurses on the rest.
func (e *exact) commit(placed int) {
	lv := e.lvl
	var members []int32
	for v := range e.state {
		if e.assigned[v] < 0 && e.state[v] == stIn {
			members = append(members, int32(v))
		}
	}
	if placed+2 == e.pr.k {
		// Only the last part remains: finish needs no enumeration state.
		for _, v := range members {
			e.assigned[v] = lv.p
		}
		e.freeSum -= lv.sumS
		e.freeCnt -= lv.cntS
		e.finish(lv.cutBase + lv.cutX)
		e.freeSum += lv.sumS
		e.freeCnt += lv.cntS
		for _, v := range members {
			e.assigned[v] = -1
		}
		return
	}
	// Save and clear the enumeration state of this level; the next level
	// starts from a clean slate over the unassigned nodes.
	saved := append([]uint8(nil), e.state...)
	savedFront := append([]int32(nil), e.front...)
	for v := range e.state {
		e.state[v] = stFree
	}
	e.front = e.front[:0]
	for _, v := range members {
		e.assigned[v] = lv.p
	}
	e.freeSum -= lv.sumS
	e.freeCnt -= lv.cntS
	beta := e.beta
	if e.minFirst && placed == 0 {
		e.beta = max(e.beta, lv.cutX) // the smallest boundary
	}
	e.recurse(placed+1, lv.cutBase+lv.cutX)
	e.beta = beta
	e.freeSum += lv.sumS
	e.freeCnt += lv.cntS
	for _, v := range members {
		e.assigned[v] = -1
	}
	copy(e.state, saved)
	e.front = append(e.front[:0], savedFront...)
}

// finish gives every unassigned node to the last free part and records the
// plan if that part is connected and in band.
func (e *exact) finish(cut int64) {
	pr := e.pr
	last := -1
	for p := range e.used {
		if !e.used[p] {
			last = p
		}
	}
	if last < 0 || e.freeCnt == 0 || e.freeSum < pr.lo[last] || e.freeSum > pr.hi[last] {
		return
	}
	if pr.anchor >= 0 && e.assigned[pr.anchor] < 0 && last != 0 {
		return
	}
	if e.restFree {
		e.record()
		return
	}
	// connectivity of the unassigned nodes
	g := pr.g
	clear(e.seen)
	e.bfs = e.bfs[:0]
	for v := range e.assigned {
		if e.assigned[v] < 0 {
			e.bfs = append(e.bfs, int32(v))
			e.seen[v] = true
			break
		}
	}
	for h := 0; h < len(e.bfs); h++ {
		v := e.bfs[h]
		for _, u := range g.adj[g.start[v]:g.start[v+1]] {
			if !e.seen[u] && e.assigned[u] < 0 {
				e.seen[u] = true
				e.bfs = append(e.bfs, u)
			}
		}
	}
	if len(e.bfs) == e.freeCnt {
		e.record()
	}
}

// record gives every unassigned node to the last free part and keeps the
// plan if it is better than the best so far.
func (e *exact) record() {
	pr, g := e.pr, e.pr.g
	last := -1
	for p := range e.used {
		if !e.used[p] {
			last = p
		}
	}
	part := make([]int32, g.n)
	for v, p := range e.assigned {
		if p < 0 {
			p = int32(last)
		}
		part[v] = p
	}
	r := pr.score(part)
	if r.viol == 0 && pr.better(&r, &e.best) {
		e.best = r
		if e.first {
			e.aborted = true
		}
	}
}

// restBound returns a lower bound on the cut among the parts (parts of
// them, S's first) that the unassigned nodes form, given a lower bound b
// on the cut between S's part and the others, the weight aF of the edges
// between assigned and unassigned nodes and the weight cutA of those
// from S. Every part's whole boundary is at least beta (partBound), and
// an unassigned part's boundary among unassigned nodes is its whole
// boundary less its edges to assigned nodes; the cut among the parts is
// half the sum of those boundaries.
func (e *exact) restBound(beta, parts, b, aF, cutA int64) int64 {
	if beta <= 0 || parts < 2 {
		return b
	}
	half := func(x int64) int64 { return max(0, (x+1)/2) }
	lb := max(b, half(parts*beta-aF), half(b+(parts-1)*beta-(aF-cutA)))
	if parts == 2 {
		// The cut is the second part's boundary among unassigned nodes.
		lb = max(lb, beta-(aF-cutA))
	}
	return lb
}

// freeBoundary returns the weight of the edges between assigned and
// unassigned nodes.
func (e *exact) freeBoundary() int64 {
	if e.beta <= 0 && !e.minFirst {
		return 0
	}
	g := e.pr.g
	var w int64
	for v := range g.n {
		if e.assigned[v] < 0 {
			continue
		}
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if e.assigned[g.adj[i]] < 0 {
				w += g.aw[i]
			}
		}
	}
	return w
}

// bound returns a lower bound on the cut that any completion of this
// level's S still pays beyond the cut of earlier parts (it may stop
// counting once need is reached): the maximum flow from S to the excluded
// nodes through unassigned ones, plus the larger of two packing bounds on
// the edges the flow leaves free.
//
// Before that, once S holds three quarters of its ceiling, free nodes S
// cannot reach within its band (every path to them carries more
// households than S may still take) join the excluded side: near its
// band, S is cut from everything beyond its reach. (Searching for them
// earlier costs more than it prunes.)
func (e *exact) bound(need int64) int64 {
	lv := e.lvl
	e.moved = e.moved[:0]
	defer func() {
		for _, v := range e.moved {
			e.state[v] = e.movedFrom[v]
		}
	}()
	var farW int64
	if (lv.hi-lv.sumS)*4 < lv.hi {
		farW = e.markBeyond(sideS, lv.hi-lv.sumS, stFar)
	}
	outW := lv.sumX + farW
	// The flow of the parent branch node stays a valid flow here: S, the
	// excluded nodes and the nodes beyond S's reach only grow along a
	// branch of one level. It is the start of this node's flow.
	d := e.depth
	for len(e.flows) <= d {
		e.flows = append(e.flows, make([]int64, len(e.pr.g.adj)))
		e.flowVal = append(e.flowVal, -1)
	}
	e.flow = e.flows[d]
	f := int64(0)
	if d-1 > lv.depth0 && e.flowVal[d-1] >= 0 {
		copy(e.flow, e.flows[d-1])
		f = e.flowVal[d-1]
	} else {
		clear(e.flow)
	}
	if lv.cntX > 0 || farW > 0 {
		if f = e.maxFlow(f, need); f >= need {
			return f
		}
	}
	e.flowVal[d] = f
	// S's part must reach lv.lo, from free nodes it can reach without
	// crossing the other side; the rest must reach freeSum − lv.hi, from
	// free nodes that (when the rest is one part) it can reach without
	// crossing S.
	var p int64
	if d := lv.lo - lv.sumS; d > 0 {
		p = e.pack(sideX, sideS, true, d, need-f)
	}
	if d := e.freeSum - lv.hi - outW; d > 0 && p < need-f {
		p = max(p, e.pack(sideS, sideX, lv.lastPart && outW > 0 && !e.restFree, d, need-f))
	}
	return f + p
}

// Sides of a node for the bounds.
const (
	sideNone int8 = iota // assigned to an earlier part
	sideFree
	sideS // in S, or forced into S's part
	sideX // excluded, or forced out of S's part
)

func (e *exact) side(v int32) int8 {
	if e.assigned[v] >= 0 {
		return sideNone
	}
	switch e.state[v] {
	case stIn:
		return sideS
	case stOut, stFar:
		return sideX
	}
	return sideFree
}

// markBeyond moves to state st every free node whose lightest path from
// side src, over free nodes and counting their households, exceeds slack
// (or that no such path reaches), and returns their households.
func (e *exact) markBeyond(src int8, slack int64, st uint8) int64 {
	g := e.pr.g
	n := g.n
	if len(e.dist) < n {
		e.dist = make([]int64, n)
		e.movedFrom = make([]uint8, n)
	}
	dist := e.dist[:n]
	e.heap = e.heap[:0]
	steps := 0
	defer func() { e.nodes += int64(steps >> 7) }()
	for v := range dist {
		dist[v] = -1
		if e.side(int32(v)) == src {
			dist[v] = 0
			e.heap = append(e.heap, int32(v))
		}
	}
	// Dijkstra with a binary heap on dist.
	less := func(i, j int) bool { return dist[e.heap[i]] < dist[e.heap[j]] }
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(e.heap) {
				return
			}
			if c+1 < len(e.heap) && less(c+1, c) {
				c++
			}
			if !less(c, i) {
				return
			}
			e.heap[i], e.heap[c] = e.heap[c], e.heap[i]
			i = c
		}
	}
	up := func(i int) {
		for i > 0 {
			p := (i - 1) / 2
			if !less(i, p) {
				return
			}
			e.heap[i], e.heap[p] = e.heap[p], e.heap[i]
			i = p
		}
	}
	clear(e.seen)
	for len(e.heap) > 0 {
		v := e.heap[0]
		last := len(e.heap) - 1
		e.heap[0] = e.heap[last]
		e.heap = e.heap[:last]
		down(0)
		if e.seen[v] {
			continue
		}
		e.seen[v] = true
		steps += int(g.start[v+1] - g.start[v])
		for _, u := range g.adj[g.start[v]:g.start[v+1]] {
			if e.seen[u] || e.side(u) != sideFree {
				continue
			}
			if d := dist[v] + g.w[u]; d <= slack && (dist[u] < 0 || d < dist[u]) {
				dist[u] = d
				e.heap = append(e.heap, u)
				up(len(e.heap) - 1)
			}
		}
	}
	var moved int64
	for v := range dist {
		if dist[v] < 0 && e.side(int32(v)) == sideFree {
			e.movedFrom[v] = e.state[v]
			e.state[v] = st
			e.moved = append(e.moved, int32(v))
			moved += g.w[v]
		}
	}
	return moved
}

// pack is the packing bound of Delling, Goldberg, Razenshteyn and Werneck
// ("Exact combinatorial branch-and-bound for graph bisection", 2012) for
// one side: the side that does not hold the roots (the nodes in state
// root) must still gain deficit households from the free nodes (those
// reachable from the nodes in state src without crossing a root, when
// reach is set). Disjoint trees of free nodes are grown from the roots over
// edges with capacity left by the flow, lightest tree first so that they
// stay balanced. The side cannot take any node of a tree without cutting
// one of the tree's edges, whose spare capacity the flow did not count;
// so, after the free nodes no tree reached, the trees it touches must
// hold the rest of the deficit, and the cheapest such set of trees (a
// fractional knapsack, a lower bound) adds to the flow. It returns at
// least cap when the side cannot reach its deficit at all.
func (e *exact) pack(root, src int8, reach bool, deficit, cap int64) int64 {
	g := e.pr.g
	n := g.n
	if len(e.tree) < n {
		e.tree = make([]int32, n)
	}
	tree := e.tree[:n]
	steps := 0
	defer func() { e.nodes += int64(steps >> 7) }()
	// tree[v]: -2 not eligible, -1 eligible and unclaimed, else the tree.
	for v := range tree {
		tree[v] = -2
		if e.side(int32(v)) == sideFree {
			tree[v] = -1
		}
	}
	if reach {
		clear(e.seen)
		e.bfs = e.bfs[:0]
		for v := range e.state {
			if e.side(int32(v)) == src {
				e.seen[v] = true
				e.bfs = append(e.bfs, int32(v))
			}
		}
		for h := 0; h < len(e.bfs); h++ {
			v := e.bfs[h]
			steps += int(g.start[v+1] - g.start[v])
			for _, u := range g.adj[g.start[v]:g.start[v+1]] {
				if !e.seen[u] && tree[u] == -1 {
					e.seen[u] = true
					e.bfs = append(e.bfs, u)
				}
			}
		}
		for v := range tree {
			if tree[v] == -1 && !e.seen[v] {
				tree[v] = -2
			}
		}
	}
	var avail int64
	for v := range tree {
		if tree[v] == -1 {
			avail += g.w[v]
		}
	}
	if avail < deficit {
		return cap
	}
	res := func(i int32) int64 {
		f := e.flow[i]
		if f < 0 {
			f = -f
		}
		return g.aw[i] - f
	}
	// One tree per root arc with spare capacity into an unclaimed node.
	e.tw, e.tc, e.tm = e.tw[:0], e.tc[:0], e.tm[:0]
	e.tmem = e.tmem[:0]
	for v := range e.state {
		if e.side(int32(v)) != root {
			continue
		}
		steps += int(g.start[v+1] - g.start[v])
		for i := g.start[v]; i < g.start[v+1]; i++ {
			u := g.adj[i]
			if tree[u] != -1 || res(i) <= 0 {
				continue
			}
			t := int32(len(e.tw))
			tree[u] = t
			e.tw = append(e.tw, g.w[u])
			e.tc = append(e.tc, res(i))
			e.tm = append(e.tm, treeScan{})
			e.tmem = append(e.tmem, u)
			e.tm[t].head = int32(len(e.tmem) - 1)
			e.tm[t].tail = e.tm[t].head
			e.tnext = growTo(e.tnext, len(e.tmem))
			e.tnext[len(e.tmem)-1] = -1
			e.tm[t].arc = g.start[u]
		}
	}
	// Grow the lightest tree that can still grow by one node.
	for {
		t := -1
		for j := range e.tw {
			if e.tm[j].head >= 0 && (t < 0 || e.tw[j] < e.tw[t]) {
				t = j
			}
		}
		if t < 0 {
			break
		}
		ts := &e.tm[t]
		grown := false
		for ts.head >= 0 && !grown {
			v := e.tmem[ts.head]
			for ; ts.arc < g.start[v+1]; ts.arc++ {
				steps++
				u := g.adj[ts.arc]
				if tree[u] != -1 || res(ts.arc) <= 0 {
					continue
				}
				tree[u] = int32(t)
				e.tw[t] += g.w[u]
				e.tc[t] = min(e.tc[t], res(ts.arc))
				e.tmem = append(e.tmem, u)
				e.tnext = growTo(e.tnext, len(e.tmem))
				e.tnext[len(e.tmem)-1] = -1
				e.tnext[ts.tail] = int32(len(e.tmem) - 1)
				ts.tail = int32(len(e.tmem) - 1)
				avail -= g.w[u]
				grown = true
				break
			}
			if !grown {
				ts.head = e.tnext[ts.head]
				if ts.head >= 0 {
					ts.arc = g.start[e.tmem[ts.head]]
				}
			}
		}
	}
	d := deficit - avail // households the touched trees must supply
	if d <= 0 {
		return 0
	}
	// Cheapest trees per household first.
	e.order = e.order[:0]
	for t := range e.tw {
		e.order = append(e.order, int32(t))
	}
	slices.SortFunc(e.order, func(a, b int32) int {
		// tw[a]/tc[a] > tw[b]/tc[b] first, compared exactly.
		ah, al := bits.Mul64(uint64(e.tw[a]), uint64(e.tc[b]))
		bh, bl := bits.Mul64(uint64(e.tw[b]), uint64(e.tc[a]))
		switch {
		case ah > bh || ah == bh && al > bl:
			return -1
		case ah < bh || ah == bh && al < bl:
			return 1
		}
		return int(a - b)
	})
	var cost int64
	for _, t := range e.order {
		if e.tw[t] >= d {
			// A fraction d/tw of the tree's cost, rounded up: the cut is
			// an integer.
			hi, lo := bits.Mul64(uint64(e.tc[t]), uint64(d))
			q, r := bits.Div64(hi, lo, uint64(e.tw[t]))
			if r > 0 {
				q++
			}
			return cost + int64(q)
		}
		cost += e.tc[t]
		d -= e.tw[t]
		if cost >= cap {
			return cost
		}
	}
	return cap // the trees cannot supply the deficit
}

// treeScan is a growing tree of the packing bound: its members form a
// linked list in exact.tmem (head is the member being scanned, at arc).
type treeScan struct {
	head, tail int32
	arc        int32
}

func growTo(s []int32, n int) []int32 {
	for len(s) < n {
		s = append(s, 0)
	}
	return s
}

// maxFlow augments the flow e.flow, of value total, to a maximum flow
// from S's side to the excluded side of this level, through unassigned nodes with the edge weights as
// capacities, or a value of at least need once it reaches that. The flow
// stays in e.flow. Augmenting paths are found by breadth-first search.
func (e *exact) maxFlow(total, need int64) int64 {
	g := e.pr.g
	if total >= need {
		return total
	}
	steps := 0
	// Each 128 arcs scanned count as one branch node against the limit
	// (about the time a node of the enumeration takes).
	defer func() { e.nodes += int64(steps >> 7) }()
	for {
		clear(e.seen)
		e.bfs = e.bfs[:0]
		for v := range e.state {
			if e.side(int32(v)) == sideS {
				e.seen[v] = true
				e.parArc[v] = -1
				e.bfs = append(e.bfs, int32(v))
			}
		}
		sink := int32(-1)
	search:
		for h := 0; h < len(e.bfs); h++ {
			v := e.bfs[h]
			steps += int(g.start[v+1] - g.start[v])
			for i := g.start[v]; i < g.start[v+1]; i++ {
				u := g.adj[i]
				if e.seen[u] || e.assigned[u] >= 0 || g.aw[i]-e.flow[i] <= 0 {
					continue
				}
				e.seen[u] = true
				e.parArc[u] = i
				if e.side(u) == sideX {
					sink = u
					break search
				}
				e.bfs = append(e.bfs, u)
			}
		}
		if sink < 0 {
			return total
		}
		d := int64(-1)
		for u := sink; e.parArc[u] >= 0; u = g.adj[e.rev[e.parArc[u]]] {
			i := e.parArc[u]
			if r := g.aw[i] - e.flow[i]; d < 0 || r < d {
				d = r
			}
		}
		for u := sink; e.parArc[u] >= 0; u = g.adj[e.rev[e.parArc[u]]] {
			i := e.parArc[u]
			e.flow[i] += d
			e.flow[e.rev[i]] -= d
		}
		if total += d; total >= need {
			return total
		}
	}
}
