package volunteer

import "math"

// Column generation: the staff search's start. A staff roster is one
// rota per volunteer, and the rules that make the local search's
// landscape rugged (minimum blocks, minimum effort, weekends) are all
// rules of one volunteer's rota. So the planner first solves the linear
// relaxation of the set-partitioning model: choose one rota per
// volunteer, paying the rotas' own soft terms and the cover terms of
// the seats, with the rotas generated as they are needed by an exact
// dynamic program over one volunteer's whole horizon (priced by the
// LP's duals). It then dives: it fixes the volunteers whose rota the LP
// is surest of and solves again, until every volunteer has one rota.
// The dive's roster replaces the search's rota when it scores better,
// and the local search goes on from there.
//
// This is the method the published results on the Curtois & Qu
// instances come from (branch and price; Curtois & Qu 2014), without
// the branching. It runs only on the models it prices exactly (cgOK):
// needs on fixed days, and no rule that ties volunteers together or
// depends on more than one volunteer's rota.

// cgMaxRows bounds the LP (cover rows plus one per volunteer); the dense
// inverse costs rows² per pivot.
const cgMaxRows = 700

// cgMaxStates bounds the pricing DP's states per day.
const cgMaxStates = 1 << 17

// cgRelaxPerMove is how many pricing transitions count as one move of
// the budget, and cgPivotWork how many rows² a pivot counts as one move.
const (
	cgRelaxPerMove = 24
	cgPivotWork    = 4096
)

// cgOK reports whether column generation models m exactly: every
// occurrence on a fixed day with no precedence, no Min (Unfilled) and a
// Max that no count of eligible volunteers reaches; no pins; no team
// rules (partners, trainees, households together or apart); no period
// or window caps; no load or fairness terms.
func cgOK(m *model) bool {
	w := &m.w
	if len(m.pins) > 0 || w.MaxLoad != 0 || w.HouseholdMaxLoad != 0 || w.Fairness || w.HouseholdFairness {
		return false
	}
	hh := make(map[int]bool, len(m.vols))
	for v := range m.vols {
		mv := &m.vols[v]
		l := &mv.lim
		if len(mv.required)+len(mv.prohibited)+len(mv.preferred) > 0 || l.PeriodDays > 0 || l.WindowDays > 0 {
			return false
		}
		for _, b := range mv.trainee {
			if b != 0 {
				return false
			}
		}
		if (m.apart || w.HouseholdTogether != 0) && hh[mv.hh] {
			return false
		}
		hh[mv.hh] = true
	}
	for i := range m.needs {
		nd := &m.needs[i]
		if nd.min > 0 || nd.after >= 0 {
			return false
		}
	}
	for i := range m.occs {
		oc := &m.occs[i]
		if !oc.fixed && oc.lo != oc.hi || oc.pred >= 0 || len(oc.succ) > 0 {
			return false
		}
	}
	return true
}

// cgCol is a generated column: one volunteer's rota over the horizon.
type cgCol struct {
	v    int
	occs []int32
	cost int64 // the rota's own soft terms
}

// cg is the state of one column generation.
type cg struct {
	x      *searcher
	row    []int32 // LP row of an occurrence, -1 none
	nCover int
	cols   []cgCol
	work   int
	budget int
	root   float64 // the first LP's objective (NaN until solved)
	dp     cgDP
}

// newCG prepares column generation for x's model, or returns nil when
// the model is not one it prices exactly or the LP would be too large.
func newCG(x *searcher, budget int) *cg {
	m := x.s.m
	if !cgOK(m) || len(m.vols) == 0 {
		return nil
	}
	g := &cg{x: x, budget: budget, row: make([]int32, len(m.occs)), root: math.NaN()}
	for o := range m.occs {
		g.row[o] = -1
		nd := &m.needs[m.occs[o].need]
		if nd.target > 0 && nd.under > 0 || nd.over > 0 {
			g.row[o] = int32(g.nCover)
			g.nCover++
		}
	}
	if g.nCover+len(m.vols) > cgMaxRows {
		return nil
	}
	// A Max that the volunteers who may take the turn could exceed is a
	// rule between volunteers.
	for o := range m.occs {
		n := 0
		for _, v := range m.needs[m.occs[o].need].eligible {
			if g.can(int(v), o, m.occs[o].slot) {
				n++
			}
		}
		if n > m.needs[m.occs[o].need].max {
			return nil
		}
	}
	return g
}

// colgen runs column generation and the dive within budget moves and
// leaves the better of the current rota and the dive's roster in the
// state. It returns the moves spent.
func (x *searcher) colgen(budget int) int {
	g := newCG(x, budget)
	if g == nil {
		return 0
	}
	g.dive()
	return g.work
}

// dive fills the pool, solves the master and fixes volunteers until each
// has one rota, then loads the roster if it is better.
func (g *cg) dive() {
	s, m := g.x.s, g.x.s.m
	budget := g.budget
	// Seed the pool with each volunteer's cheapest rota at zero prices
	// (which also tells whether every volunteer has a legal rota) and
	// with the current rota where it breaks no rule.
	zero := make([]float64, g.nCover)
	for v := range m.vols {
		c, _, ok := g.price(v, zero)
		if !ok {
			return
		}
		g.cols = append(g.cols, c)
	}
	if s.sc.Hard == 0 {
		for v := range m.vols {
			c := cgCol{v: v}
			for d := range m.days {
				if q := s.occAt[v*m.days+d]; q >= 0 {
					c.occs = append(c.occs, q)
					c.cost += s.cost(v, int(q), d)
				}
			}
			g.cols = append(g.cols, c)
		}
	}
	fixed := make([]int, len(m.vols)) // column index + 1
	for g.work < budget {
		lam, ok := g.solve(fixed)
		if !ok {
			return
		}
		// Fix every volunteer whose rota is integral, and the one the LP
		// is surest of.
		bestV, bestC, bestL := -1, -1, -1.0
		free := 0
		for ci, l := range lam {
			v := g.cols[ci].v
			if fixed[v] != 0 {
				continue
			}
			if l > 1-1e-6 {
				fixed[v] = ci + 1
				continue
			}
			if l > bestL+1e-9 {
				bestV, bestC, bestL = v, ci, l
			}
		}
		for v := range fixed {
			if fixed[v] == 0 {
				free++
			}
		}
		if free == 0 {
			break
		}
		if bestV >= 0 && fixed[bestV] == 0 {
			fixed[bestV] = bestC + 1
		}
	}
	for v := range fixed {
		if fixed[v] == 0 {
			return
		}
	}
	g.load(fixed)
}

// solve builds the restricted master for the free volunteers (fixed
// ones' cover taken off the right-hand side), generates columns until no
// free volunteer has a rota of negative reduced cost or the budget is
// spent, and returns each column's value (0 for fixed volunteers').
func (g *cg) solve(fixed []int) ([]float64, bool) {
	x := g.x
	m := x.s.m
	nv := len(m.vols)
	rows := g.nCover + nv
	b := make([]float64, rows)
	for o := range m.occs {
		if r := g.row[o]; r >= 0 {
			b[r] = float64(m.needs[m.occs[o].need].target)
		}
	}
	for v := range nv {
		if fixed[v] != 0 {
			for _, q := range g.cols[fixed[v]-1].occs {
				if r := g.row[q]; r >= 0 {
					b[r]--
				}
			}
		} else {
			b[g.nCover+v] = 1
		}
	}
	p := newLP(b)
	// Cover slacks: under (cost under, +1) and over (cost over, -1).
	under := make([]int, g.nCover)
	over := make([]int, g.nCover)
	for o := range m.occs {
		r := g.row[o]
		if r < 0 {
			continue
		}
		nd := &m.needs[m.occs[o].need]
		under[r] = p.add(float64(nd.under), []int32{r}, []float64{1})
		over[r] = p.add(float64(nd.over), []int32{r}, []float64{-1})
	}
	// A fixed volunteer's convexity row holds a free slack at cost 0 so
	// that the basis stays square.
	basis := make([]int, rows)
	for v := range nv {
		if fixed[v] != 0 {
			basis[g.nCover+v] = p.add(0, []int32{int32(g.nCover + v)}, []float64{1})
		}
	}
	lpCol := make([]int, len(g.cols))
	addCol := func(ci int) int {
		c := &g.cols[ci]
		rs := make([]int32, 0, len(c.occs)+1)
		vs := make([]float64, 0, len(c.occs)+1)
		for _, q := range c.occs {
			if r := g.row[q]; r >= 0 {
				rs = append(rs, r)
				vs = append(vs, 1)
			}
		}
		rs = append(rs, int32(g.nCover+c.v))
		vs = append(vs, 1)
		j := p.add(float64(c.cost), rs, vs)
		lpCol[ci] = j
		return j
	}
	first := make([]int, nv)
	for v := range first {
		first[v] = -1
	}
	for ci := range g.cols {
		lpCol[ci] = -1
		v := g.cols[ci].v
		if fixed[v] != 0 {
			continue
		}
		j := addCol(ci)
		if first[v] < 0 {
			first[v] = j
		}
	}
	// The starting basis: one column of each free volunteer, and the
	// under or over slack of each cover row by the sign of what is left.
	// (On the LP's perturbed right-hand side, which the start must fit.)
	res := append([]float64(nil), p.b[:g.nCover]...)
	for v := range nv {
		if fixed[v] != 0 {
			continue
		}
		j := first[v]
		basis[g.nCover+v] = j
		for k, r := range p.rows[j] {
			if int(r) < g.nCover {
				res[r] -= p.vals[j][k] * p.b[g.nCover+v]
			}
		}
	}
	for r := range g.nCover {
		if res[r] >= 0 {
			basis[r] = under[r]
		} else {
			basis[r] = over[r]
		}
	}
	if !p.start(basis) {
		return nil, false
	}
	y := make([]float64, g.nCover)
	for g.work < g.budget {
		n, ok := p.solve(100 * rows)
		g.work += n * (rows*rows/cgPivotWork + 1)
		if !ok {
			return nil, false
		}
		copy(y, p.y[:g.nCover])
		added := 0
		for v := range nv {
			if fixed[v] != 0 || g.work >= g.budget {
				continue
			}
			c, rc, ok := g.price(v, y)
			if ok && rc-p.y[g.nCover+v] < -1e-6 {
				g.cols = append(g.cols, c)
				lpCol = append(lpCol, -1)
				addCol(len(g.cols) - 1)
				added++
			}
		}
		if added == 0 {
			break
		}
	}
	p.unperturb()
	if math.IsNaN(g.root) {
		g.root = p.objective()
	}
	lam := make([]float64, len(g.cols))
	for ci, j := range lpCol {
		if j >= 0 {
			lam[ci] = p.value(j)
		}
	}
	return lam, true
}

// load replaces the rota in the state with the chosen columns when that
// scores better (in the state's own integer score).
func (g *cg) load(fixed []int) {
	x := g.x
	s, m := x.s, x.s.m
	before := s.key()
	logging := s.logging
	s.logging = true
	mark := len(s.journal)
	for v := range m.vols {
		for d := range m.days {
			if q := int(s.occAt[v*m.days+d]); q >= 0 {
				s.unassign(v, q)
			}
		}
	}
	ok := true
	for v := range m.vols {
		for _, q := range g.cols[fixed[v]-1].occs {
			if !s.tryAssign(v, int(q)) {
				ok = false
			}
		}
	}
	if !ok || !s.key().Less(before) {
		s.undoTo(mark)
	}
	s.logging = logging
	if !logging {
		s.journal = s.journal[:mark]
	}
}

// cgDP is the pricing DP's scratch space.
type cgDP struct {
	labels []cgLabel
	pos    []int32
	stamp  []uint32
	gen    uint32
	opts   [][]dpOpt
	price  [][]float64
}

// cgLabel is one state after a day: the last turn's task (+1, 0 off),
// the length of the current block of work or rest (capped), weekends
// worked, effort in units, tracked task counts, and the best reduced cost.
type cgLabel struct {
	cost float64
	prev int32
	opt  int16
	last int16
	run  int16
	wk   int16
	eff  int16
	c    [4]int16
}

// price finds volunteer v's rota of least reduced cost at cover prices y
// (without the convexity dual) that keeps every one of v's rules, by
// exact dynamic programming over the horizon. It reports false when v
// has no legal rota or the DP would be too large.
func (g *cg) price(v int, y []float64) (cgCol, float64, bool) {
	x := g.x
	s, m := x.s, x.s.m
	D := m.days
	mv := &m.vols[v]
	l := &mv.lim
	w := &g.dp
	if len(w.opts) < D {
		w.opts = make([][]dpOpt, D)
		w.price = make([][]float64, D)
	}
	gcdE, total := 0, 0
	tdays := make([]int, m.ntask)
	for d := range D {
		ops := w.opts[d][:0]
		pr := w.price[d][:0]
		mx := 0
		for _, q32 := range x.byDay[d] {
			q := int(q32)
			if !g.can(v, q, d) {
				continue
			}
			nd := &m.needs[m.occs[q].need]
			c := s.cost(v, q, d)
			pc := float64(c)
			if r := g.row[q]; r >= 0 {
				pc -= y[r]
			}
			ops = append(ops, dpOpt{q: q32, task: int32(nd.task), eff: int32(nd.effort), price: c})
			pr = append(pr, pc)
			gcdE = gcd(gcdE, nd.effort)
			mx = max(mx, nd.effort)
		}
		for t := range tdays {
			for _, op := range ops {
				if int(op.task) == t {
					tdays[t]++
					break
				}
			}
		}
		w.opts[d], w.price[d] = ops, pr
		total += mx
	}
	// Tracked per-task caps: those the days could exceed.
	var track [4]int
	var lim [4]int
	nt := 0
	if mv.taskMax != nil {
		for t, mx := range mv.taskMax {
			if mx >= 0 && int(mx) < tdays[t] {
				if nt == len(track) {
					return cgCol{}, 0, false
				}
				track[nt], lim[nt] = t, int(mx)
				nt++
			}
		}
	}
	E, maxU, minU := 1, -1, 0
	if gcdE > 0 {
		if l.MaxEffort > 0 && l.MaxEffort < total {
			maxU = l.MaxEffort / gcdE
			E = maxU + 1
		}
		if l.MinEffort > 0 {
			if l.MinEffort > total {
				return cgCol{}, 0, false
			}
			minU = (l.MinEffort + gcdE - 1) / gcdE
			if maxU < 0 {
				E = minU + 1
			}
		}
		for d := range D {
			for i := range w.opts[d] {
				w.opts[d][i].eff /= int32(gcdE)
			}
		}
	} else if l.MinEffort > 0 {
		return cgCol{}, 0, false
	}
	C := max(1, l.MaxConsecutive, l.MinConsecutive, l.MinConsecutiveOff)
	W := 0
	if l.MaxWeekends > 0 {
		W = l.MaxWeekends
	}
	succ := false
	for _, f := range m.forbid {
		succ = succ || f
	}
	L := 2
	if succ {
		L = m.ntask + 1
	}
	S := L * C * (W + 1) * E
	for k := range nt {
		S *= lim[k] + 1
	}
	if S > cgMaxStates || S <= 0 || C > 1<<14 || E > 1<<15 {
		return cgCol{}, 0, false
	}
	if len(w.pos) < S {
		w.pos = make([]int32, S)
		w.stamp = make([]uint32, S)
		w.gen = 0
	}
	sRun, sWk, sEff := L, L*C, L*C*(W+1)
	var sC [4]int
	st := sEff * E
	for k := range nt {
		sC[k] = st
		st *= lim[k] + 1
	}
	key := func(nl *cgLabel) int {
		k := int(nl.last) + sRun*(int(nl.run)-1) + sWk*int(nl.wk) + sEff*int(nl.eff)
		for i := range nt {
			k += sC[i] * int(nl.c[i])
		}
		return k
	}
	put := func(nl *cgLabel) {
		k := key(nl)
		if w.stamp[k] == w.gen {
			if old := &w.labels[w.pos[k]]; nl.cost < old.cost {
				*old = *nl
			}
			return
		}
		w.stamp[k] = w.gen
		w.pos[k] = int32(len(w.labels))
		w.labels = append(w.labels, *nl)
	}
	minCons, minOff := l.MinConsecutive, l.MinConsecutiveOff
	w.labels = append(w.labels[:0], cgLabel{prev: -1, opt: -1, run: int16(C)})
	from, to := 0, 1
	relax := 0
	for d := range D {
		w.gen++
		if w.gen == 0 {
			clear(w.stamp)
			w.gen = 1
		}
		wd := (m.wd0 + d) % 7
		weekend := W > 0 && (wd == 0 || wd == 6)
		ops, pr := w.opts[d], w.price[d]
		for li := from; li < to; li++ {
			lb := w.labels[li]
			// A day off ends a work block: it must be long enough unless
			// it started on day 0.
			if lb.last == 0 || int(lb.run) >= minCons || d-int(lb.run) <= 0 {
				nl := lb
				nl.prev, nl.opt, nl.last = int32(li), -1, 0
				if lb.last != 0 {
					nl.run = 1
				} else {
					nl.run = int16(min(int(lb.run)+1, C))
				}
				relax++
				put(&nl)
			}
			if lb.last == 0 && int(lb.run) < minOff && d-int(lb.run) > 0 {
				continue // a rest block too short to end
			}
			for oi := range ops {
				op := &ops[oi]
				nl := lb
				nl.prev, nl.opt = int32(li), int16(oi)
				if lb.last == 0 {
					nl.run = 1
				} else {
					r := int(lb.run) + 1
					if l.MaxConsecutive > 0 && r > l.MaxConsecutive {
						continue
					}
					if succ && m.forbid[int(lb.last-1)*m.ntask+int(op.task)] {
						continue
					}
					nl.run = int16(min(r, C))
				}
				if weekend && !(wd == 0 && d > 0 && lb.last != 0) {
					if int(lb.wk) >= W {
						continue
					}
					nl.wk++
				}
				if gcdE > 0 {
					ne := int(lb.eff) + int(op.eff)
					if maxU >= 0 {
						if ne > maxU {
							continue
						}
					} else {
						ne = min(ne, minU)
					}
					nl.eff = int16(ne)
				}
				ok := true
				for k := range nt {
					if int(op.task) == track[k] {
						if int(nl.c[k]) >= lim[k] {
							ok = false
							break
						}
						nl.c[k]++
					}
				}
				if !ok {
					continue
				}
				nl.cost += pr[oi]
				nl.last = 1
				if succ {
					nl.last = int16(op.task + 1)
				}
				relax++
				put(&nl)
			}
		}
		from, to = to, len(w.labels)
	}
	g.work += relax/cgRelaxPerMove + 1
	bestI := -1
	best := math.Inf(1)
	for li := from; li < to; li++ {
		lb := &w.labels[li]
		if int(lb.eff) < minU {
			continue
		}
		if lb.cost < best-1e-12 {
			bestI, best = li, lb.cost
		}
	}
	if bestI < 0 {
		return cgCol{}, 0, false
	}
	c := cgCol{v: v}
	for i, d := bestI, D-1; d >= 0; d-- {
		lb := &w.labels[i]
		if lb.opt >= 0 {
			op := &w.opts[d][lb.opt]
			c.occs = append(c.occs, op.q)
			c.cost += op.price
		}
		i = int(lb.prev)
	}
	for i, j := 0, len(c.occs)-1; i < j; i, j = i+1, j-1 {
		c.occs[i], c.occs[j] = c.occs[j], c.occs[i]
	}
	return c, best, true
}

// can reports whether v may take occurrence q on day d by the rules of v
// alone (skills, caps that forbid the task, availability, declines,
// mobility).
func (g *cg) can(v, q, d int) bool {
	s, m := g.x.s, g.x.s.m
	oc := &m.occs[q]
	if m.staticReason(v, oc.need) != 0 || !hasBit(m.vols[v].avail, d) {
		return false
	}
	for _, y := range oc.declined {
		if int(y) == v {
			return false
		}
	}
	nd := &m.needs[oc.need]
	sp := &m.spaces[nd.space]
	mv := &m.vols[v]
	if nd.stairs && mv.maxStair > 0 && sp.build >= 0 && sp.floor > mv.maxStair && m.builds[sp.build].Lift && !hasBit(s.liftOK[sp.build], d) {
		return false
	}
	return true
}
