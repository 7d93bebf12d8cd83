package capacity

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
)

// pool collects the parts of the plans in band that the heuristic's
// restarts reach or pass near their best, so that recombine can choose the
// best plan made of any of them: a set-partitioning recombination over
// local optima. Restarts of
// a tight k-partition each get a few parts right; the best plan of the
// pool is often better than every plan that went into it. It is used only
// where parts are interchangeable (every part has the same band), so that
// a part of one plan may stand in any place of another.
type pool struct {
	words int
	bits  []uint64 // the node sets, words per column
	cols  []column
	seen  map[uint64][]int32 // hash of a node set → columns with that hash
	// add's scratch: the node sets and columns of one plan's k parts.
	scratch []uint64
	parts   []column
}

// column is one part: a connected set of nodes within the band.
type column struct {
	cost int64 // weight of the edges leaving the set
	w    int64 // households
}

// maxPool bounds the columns kept, and maxPoolUnits the graphs a pool is
// kept for: its use is on the graphs of up to a few hundred units where
// the restarts reach few plans in band (tight bands with k ≥ 5).
const (
	maxPool      = 20_000
	maxPoolUnits = 200
)

func newPool(n, k int) *pool {
	words := (n + 63) / 64
	return &pool{words: words, seen: make(map[uint64][]int32), scratch: make([]uint64, k*words), parts: make([]column, k)}
}

// add adds the parts of a plan in band to the pool.
func (pl *pool) add(g *graph, part []int32) {
	if len(pl.cols) >= maxPool {
		return
	}
	// The tabu search adds every plan in band near its best: reuse the
	// scratch rather than allocate each time.
	set, cols := pl.scratch, pl.parts
	clear(set)
	clear(cols)
	for v, p := range part {
		set[int(p)*pl.words+v/64] |= 1 << (v % 64)
		c := &cols[p]
		c.w += g.w[v]
		for i := g.start[v]; i < g.start[v+1]; i++ {
			if part[g.adj[i]] != p {
				c.cost += g.aw[i]
			}
		}
	}
	for p, c := range cols {
		b := set[p*pl.words : (p+1)*pl.words]
		h := hashWords(b)
		if slices.ContainsFunc(pl.seen[h], func(i int32) bool { return slices.Equal(pl.set(i), b) }) {
			continue
		}
		pl.seen[h] = append(pl.seen[h], int32(len(pl.cols)))
		pl.cols = append(pl.cols, c)
		pl.bits = append(pl.bits, b...)
	}
}

func (pl *pool) set(i int32) []uint64 { return pl.bits[int(i)*pl.words : int(i+1)*pl.words] }

// hashWords is FNV-1a over 64-bit words.
func hashWords(b []uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range b {
		h = (h ^ w) * 1099511628211
	}
	return h
}

// recombine returns the best plan whose parts all come from the pool, if
// it beats best. It is an exact cover search in the manner of Knuth's
// dancing links: it covers the uncovered node with the fewest columns
// left, trying them cheapest first; choosing a column removes every column
// that meets it, and a node no column covers any more ends the branch. It
// is pruned by the incumbent against the cost of the columns chosen plus
// the larger of the cheapest column times the parts left and the least
// cost share of the nodes left, and stops after nodeLimit work units
// (branches and node updates).
func (pr *problem) recombine(pl *pool, best result, nodeLimit int64) result {
	if pl == nil || len(pl.cols) < pr.k || best.part == nil || best.viol > 0 {
		return best
	}
	g := pr.g
	r := &recomb{pr: pr, pl: pl, limit: nodeLimit, minCost: pl.cols[0].cost,
		colsOf: make([][]int32, g.n), nodesOf: make([][]int32, len(pl.cols)),
		dead: make([]bool, len(pl.cols)), alive: make([]int32, g.n), covered: make([]bool, g.n),
		share: make([]float64, g.n), chosen: make([]int32, 0, pr.k),
		bestCost: 2 * best.cut, bestKeep: best.keep} // every cut edge is on two boundaries
	for v := range r.share {
		r.share[v] = math.Inf(1)
	}
	for i, c := range pl.cols {
		r.minCost = min(r.minCost, c.cost)
		forEach(pl.set(int32(i)), func(v int) { r.nodesOf[i] = append(r.nodesOf[i], int32(v)) })
		s := float64(c.cost) / float64(len(r.nodesOf[i]))
		for _, v := range r.nodesOf[i] {
			r.share[v] = min(r.share[v], s)
		}
	}
	// Cheapest first.
	order := make([]int32, len(pl.cols))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(pl.cols[a].cost, pl.cols[b].cost) })
	for _, c := range order {
		for _, v := range r.nodesOf[c] {
			r.colsOf[v] = append(r.colsOf[v], c)
			r.alive[v]++
		}
	}
	var rest float64
	for _, s := range r.share {
		rest += s
	}
	r.dfs(0, g.n, rest)
	if r.found == nil {
		return best
	}
	part := make([]int32, g.n)
	label := int32(0)
	if pr.anchor >= 0 {
		label = 1
	}
	for _, c := range r.found {
		if pr.anchor >= 0 && slices.Contains(r.nodesOf[c], pr.anchor) {
			forEach(pl.set(c), func(v int) { part[v] = 0 })
			continue
		}
		forEach(pl.set(c), func(v int) { part[v] = label })
		label++
	}
	got := pr.score(part)
	if pr.better(&got, &best) {
		return got
	}
	return best
}

type recomb struct {
	pr       *problem
	pl       *pool
	limit    int64
	nodes    int64
	minCost  int64
	colsOf   [][]int32 // columns holding a node, cheapest first
	nodesOf  [][]int32
	dead     []bool
	alive    []int32 // columns left holding a node
	covered  []bool
	killed   []int32 // columns removed, a stack
	share    []float64
	chosen   []int32
	bestCost int64
	bestKeep int64
	found    []int32
}

// dfs places the next part; cost is the boundary weight of the parts
// placed, free the number of nodes not covered and rest the sum of their
// shares.
func (r *recomb) dfs(cost int64, free int, rest float64) {
	r.nodes++
	left := int64(r.pr.k - len(r.chosen))
	if free == 0 {
		if left == 0 && r.improves(cost) {
			r.bestCost = cost
			r.bestKeep = r.keep()
			r.found = slices.Clone(r.chosen)
		}
		return
	}
	if left == 0 || r.prune(float64(cost)+max(float64(left*r.minCost), rest)) {
		return
	}
	u, best := -1, int32(math.MaxInt32)
	for v, c := range r.covered {
		if !c && r.alive[v] < best {
			u, best = v, r.alive[v]
			if best == 0 {
				return
			}
		}
	}
	for _, c := range r.colsOf[u] {
		if r.nodes >= r.limit {
			return
		}
		if r.dead[c] {
			continue
		}
		cc := r.pl.cols[c].cost
		if r.prune(float64(cost + cc + (left-1)*r.minCost)) {
			return // cheapest first
		}
		nrest := rest
		for _, v := range r.nodesOf[c] {
			nrest -= r.share[v]
		}
		if r.prune(float64(cost+cc) + max(0, nrest)) {
			continue
		}
		mark := len(r.killed)
		r.nodes += int64(len(r.nodesOf[c]))
		for _, v := range r.nodesOf[c] {
			r.covered[v] = true
			for _, d := range r.colsOf[v] {
				if !r.dead[d] {
					r.dead[d] = true
					r.killed = append(r.killed, d)
					r.nodes += int64(len(r.nodesOf[d]))
					for _, x := range r.nodesOf[d] {
						r.alive[x]--
					}
				}
			}
		}
		r.chosen = append(r.chosen, c)
		r.dfs(cost+cc, free-len(r.nodesOf[c]), nrest)
		r.chosen = r.chosen[:len(r.chosen)-1]
		for _, d := range r.killed[mark:] {
			r.dead[d] = false
			for _, x := range r.nodesOf[d] {
				r.alive[x]++
			}
		}
		r.killed = r.killed[:mark]
		for _, v := range r.nodesOf[c] {
			r.covered[v] = false
		}
	}
}

// prune reports whether a branch whose plans cost at least bound can be
// cut: it cannot beat the incumbent (a little slack absorbs the rounding
// of the shares). With an anchor a plan of equal cut may keep more.
func (r *recomb) prune(bound float64) bool {
	if r.pr.anchor < 0 {
		return bound > float64(r.bestCost)-0.5
	}
	return bound > float64(r.bestCost)+1e-6
}

// improves reports whether a full plan of total boundary cost beats the
// incumbent: a smaller cut or, with an anchor, as small a cut and more
// households kept.
func (r *recomb) improves(cost int64) bool {
	if cost != r.bestCost {
		return cost < r.bestCost
	}
	return r.pr.anchor >= 0 && r.keep() > r.bestKeep
}

// keep returns the households of the chosen column that holds the anchor.
func (r *recomb) keep() int64 {
	for _, c := range r.chosen {
		if slices.Contains(r.nodesOf[c], r.pr.anchor) {
			return r.pl.cols[c].w
		}
	}
	return 0
}

// forEach calls f for every node of a set.
func forEach(set []uint64, f func(v int)) {
	for wi, w := range set {
		for w != 0 {
			f(wi*64 + bits.TrailingZeros64(w))
			w &= w - 1
		}
	}
}
