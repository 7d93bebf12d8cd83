package volunteer

import (
	"cmp"
	"math"
	"slices"
)

// Column generation: the staff search's start. A staff roster is one
// rota per volunteer, and the rules that make the local search's
// landscape rugged (minimum blocks, minimum effort, weekends) are all
// rules of one volunteer's rota. So the planner first solves the linear
// relaxation of the set-partitioning model: choose one rota per
// volunteer, paying the rotas' own soft terms and the cover terms of
// the seats, with the rotas generated as they are needed by a dynamic
// program over one volunteer's whole horizon and rules (priced by the
// LP's duals; exact unless its states would not fit). It then dives: it
// fixes the volunteers whose rota the LP is surest of and solves again,
// until every volunteer has one rota.
// The dive's roster replaces the search's rota when it scores better;
// up to three dives run, and the local search goes on from the best.
//
// This is the method behind the published results on the Curtois & Qu
// instances (branch and price; Curtois & Qu 2014), without the
// branching. It runs only on the models it can price (cgOK): needs on
// fixed days, and no rule that ties volunteers together or depends on
// more than one volunteer's rota, so that any choice of one legal rota
// per volunteer is a legal roster.

// cgMaxRows bounds the LP (cover rows plus one per volunteer); the dense
// inverse costs rows² per pivot.
const cgMaxRows = 700

// Each step of the dive fixes 1/cgFixShare of the free volunteers (at
// least one: on four seed and instance pairs of Curtois Instance5 to 7,
// fixing a quarter at a time instead of one left the dive's roster 194
// and 100 points worse on two, 12 better on one and equal on one);
// cgTail ends column generation at a step of the dive when the
// Lagrangian bound is that close to the LP's value; cgSmooth weighs
// the pricing duals towards the best bound's; cgRounds rounds of pricing
// must fit in the budget for the dive to be tried. Set by hand on
// Curtois Instance5 to 7 and generated 28-day instances of 20 and 30
// staff and 6 shift types.
const (
	cgFixShare = 16
	cgTail     = 1.0
	cgSmooth   = 0.7 // weight of the best bound's duals (Wentges)
	cgRounds   = 150
	cgDives    = 3
)

// cgMaxStates bounds the pricing DP's states per day.
const cgMaxStates = 1 << 17

// cgRelaxPerMove is how many pricing transitions count as one move of
// the budget, and cgOpsPerMove how many of the LP's inner-loop steps
// (lp.ops): each about the time of one move of the local search (0.4
// µs), measured on a generated 28-day, 20-staff, 6-shift instance.
const (
	cgRelaxPerMove = 18
	cgOpsPerMove   = 800
)

// cgOK reports whether column generation models m: every occurrence on
// a fixed day with no precedence and no Min (Unfilled); no pins; no team
// rules (partners, trainees, households together or apart); no period
// or window caps; no load or fairness terms. newCG checks the rest: that
// no Max can be reached by the volunteers who may take the turn.
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
	root   float64 // a lower bound from the first LP (NaN until proven)
	exact  bool    // the last pricing was exact
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
	if !math.IsNaN(g.root) {
		// The bound is on an integer level; the margin covers rounding.
		b := int64(math.Ceil(g.root - 1e-6))
		x.bound = &b
	}
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
	// One round of pricing (at zero prices, as here) is the unit of the
	// dive's cost: the Curtois instances took 20 to 50 rounds' work,
	// generated ones with more shift types and lengths up to 170. A dive cut short by the budget
	// leaves the local search less budget for a worse start (a generated
	// 28-day, 20-staff, 6-type instance: 53 or 54 against 51 without the
	// dive, 46 with a dive that fits), so the dive is not tried when
	// cgRounds rounds would not fit.
	if g.work*cgRounds > budget {
		return
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
	// Each further dive starts from the pool the last one grew, which
	// moves the LP's solutions and so the dive's choices.
	for range cgDives {
		if g.work >= budget {
			break
		}
		fixed := make([]int, len(m.vols)) // column index + 1
		warm := make([]int, len(m.vols))  // a column of each volunteer to start from
		for v := range warm {
			warm[v] = v
		}
		type pick struct {
			c int
			l float64
		}
		var picks []pick
		// step estimates the work of one step after the root: a quarter of
		// the root's at first (later steps start from the pool), then the
		// largest seen.
		step := 0
		for root := true; g.work < budget; root = false {
			w0 := g.work
			lam, ok := g.solve(fixed, warm)
			if !ok {
				break // numerically lost: finish from the last LP
			}
			if root {
				step = (g.work - w0) / 4
			} else {
				step = max(step, g.work-w0)
			}
			// Fix every volunteer whose rota is integral, and the free ones
			// the LP is surest of: a sixteenth of them (at least one), each
			// at the rota of its largest value.
			best := make([]int, len(m.vols))
			for v := range best {
				best[v] = -1
			}
			for ci, l := range lam {
				if v := g.cols[ci].v; fixed[v] == 0 && (best[v] < 0 || l > lam[best[v]]+1e-9) {
					best[v] = ci
				}
			}
			picks = picks[:0]
			for v, ci := range best {
				if fixed[v] != 0 {
					continue
				}
				warm[v] = ci
				if lam[ci] > 1-1e-6 {
					fixed[v] = ci + 1
				} else {
					picks = append(picks, pick{ci, lam[ci]})
				}
			}
			if len(picks) == 0 {
				break
			}
			slices.SortStableFunc(picks, func(a, b pick) int { return cmp.Compare(b.l, a.l) })
			// More at a time when the steps left in the budget would not
			// fix everyone one sixteenth at a time.
			k := max(1, len(picks)/cgFixShare)
			if left := (budget - g.work) / max(1, step); left < len(picks)/k+1 {
				k = (len(picks) + max(1, left-1) - 1) / max(1, left-1)
			}
			for _, p := range picks[:min(k, len(picks))] {
				fixed[g.cols[p.c].v] = p.c + 1
			}
		}
		// Out of budget (or an LP lost to rounding): every free volunteer
		// takes the rota the last LP valued most. Any choice of one legal
		// rota per volunteer is a legal roster (cgOK), so the dive's work is
		// never lost.
		for v := range fixed {
			if fixed[v] == 0 {
				fixed[v] = warm[v] + 1
			}
		}
		g.load(fixed)
	}
}

// solve builds the restricted master for the free volunteers (fixed
// ones' cover taken off the right-hand side), generates columns until no
// free volunteer has a rota of negative reduced cost or the budget is
// spent, and returns each column's value (0 for fixed volunteers').
func (g *cg) solve(fixed, warm []int) ([]float64, bool) {
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
	for ci := range g.cols {
		lpCol[ci] = -1
		if fixed[g.cols[ci].v] == 0 {
			addCol(ci)
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
		j := lpCol[warm[v]]
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
	// Columns are added until no free volunteer has a rota of negative
	// reduced cost, or until the Lagrangian bound is within cgTail of
	// the LP's value: the tail of column generation moves the value
	// little and costs most of the work. The pricing duals are smoothed
	// towards the duals of the best bound so far (Wentges), which damps
	// the oscillation of the LP's duals; when the smoothed duals find no
	// column that the LP's own duals price below 0, the LP's duals are
	// used.
	center := make([]float64, rows)
	ys := make([]float64, rows)
	best := math.Inf(-1)
	root := math.IsNaN(g.root)
	for g.work < g.budget {
		ops := p.ops
		_, st := p.solve(100 * rows)
		g.work += (p.ops-ops)/cgOpsPerMove + 1
		if st == lpFailed {
			return nil, false
		}
		z := p.objective()
		a := cgSmooth
		if math.IsInf(best, -1) || st != lpOptimal {
			a = 0
		}
		added, complete, exact := 0, false, false
		for {
			for i := range ys {
				ys[i] = a*center[i] + (1-a)*p.y[i]
			}
			// The bound is the Lagrangian value at ys, on the right-hand
			// side as given.
			lb := 0.0
			for i, yi := range ys {
				lb += yi * p.b0[i]
			}
			// The slacks' own terms, over the values a roster can give
			// them (under ≤ target, over ≤ volunteers): 0 where ys is in
			// the box -over ≤ y ≤ under, as the LP's duals are up to
			// rounding; with them lb is a bound whatever the rounding.
			for r := range g.nCover {
				lb += min(0, (p.cost[under[r]]-ys[r])*p.b0[r]) + min(0, (p.cost[over[r]]+ys[r])*float64(nv))
			}
			// complete: every free volunteer priced, at an optimal
			// basis; exact: by exact DPs, so lb is a bound (otherwise
			// only a guide for the smoothing).
			complete, exact = st == lpOptimal, true
			for v := range nv {
				if fixed[v] != 0 {
					continue
				}
				if g.work >= g.budget {
					complete = false
					break
				}
				c, rc, ok := g.price(v, ys[:g.nCover])
				exact = exact && g.exact
				if !ok {
					complete = false
					continue
				}
				lb += min(0, rc-ys[g.nCover+v])
				// Added if the LP's own duals price it below 0.
				rl := float64(c.cost) - p.y[g.nCover+v]
				for _, q := range c.occs {
					if r := g.row[q]; r >= 0 {
						rl -= p.y[r]
					}
				}
				if rl < -1e-6 {
					g.cols = append(g.cols, c)
					lpCol = append(lpCol, -1)
					addCol(len(g.cols) - 1)
					added++
				}
			}
			if complete && lb > best {
				best = lb
				copy(center, ys)
				if root && exact {
					g.root = lb
				}
			}
			if added > 0 || a == 0 {
				break
			}
			a = 0
		}
		if added == 0 || complete && z-best < cgTail {
			break
		}
	}
	p.unperturb()
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
	cnt    []int16 // nt counts per label
	nc     []int16 // scratch: the counts of the label being built
}

// cgLabel is one state after a day: the last turn's task (+1, 0 off),
// the length of the current block of work or rest (capped), weekends
// worked, effort in units, and the best reduced cost. The counts of the
// tracked task caps are kept beside the labels (cgDP.cnt).
type cgLabel struct {
	cost float64
	prev int32
	opt  int16
	last int16
	run  int16
	wk   int16
	eff  int16
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
	// Tracked per-task caps: those the days could exceed. Each is
	// counted along every path; the tightest are also part of the state
	// (keyed) while the states fit in cgMaxStates, which keeps the DP
	// exact. Beyond that, labels that differ only in the other counts
	// are merged (the cheaper kept), so the rota found keeps every cap
	// but may not be the cheapest: the LP is then solved over fewer
	// rotas, which the dive tolerates.
	var track, lim []int
	if mv.taskMax != nil {
		for t, mx := range mv.taskMax {
			if mx >= 0 && int(mx) < tdays[t] {
				track = append(track, t)
				lim = append(lim, int(mx))
			}
		}
	}
	nt := len(track)
	trackOf := make([]int, m.ntask)
	for t := range trackOf {
		trackOf[t] = -1
	}
	for k, t := range track {
		trackOf[t] = k
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
	if S > cgMaxStates || S <= 0 || C > 1<<14 || E > 1<<15 {
		return cgCol{}, 0, false
	}
	// Key the caps tightest first (fewest turns allowed).
	order := make([]int, nt)
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return lim[a] - lim[b] })
	sC := make([]int, nt) // 0: carried, not keyed
	g.exact = true
	for _, k := range order {
		if S*(lim[k]+1) > cgMaxStates {
			g.exact = false
			continue
		}
		sC[k] = S
		S *= lim[k] + 1
	}
	if len(w.pos) < S {
		w.pos = make([]int32, S)
		w.stamp = make([]uint32, S)
		w.gen = 0
	}
	sRun, sWk, sEff := L, L*C, L*C*(W+1)
	if cap(w.nc) < nt {
		w.nc = make([]int16, nt)
	}
	nc := w.nc[:nt]
	put := func(nl *cgLabel) {
		k := int(nl.last) + sRun*(int(nl.run)-1) + sWk*int(nl.wk) + sEff*int(nl.eff)
		for i, c := range nc {
			k += sC[i] * int(c)
		}
		if w.stamp[k] == w.gen {
			i := int(w.pos[k])
			if nl.cost < w.labels[i].cost {
				w.labels[i] = *nl
				copy(w.cnt[i*nt:], nc)
			}
			return
		}
		w.stamp[k] = w.gen
		w.pos[k] = int32(len(w.labels))
		w.labels = append(w.labels, *nl)
		w.cnt = append(w.cnt, nc...)
	}
	minCons, minOff := l.MinConsecutive, l.MinConsecutiveOff
	w.labels = append(w.labels[:0], cgLabel{prev: -1, opt: -1, run: int16(C)})
	w.cnt = append(w.cnt[:0], nc...)
	clear(w.cnt)
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
				copy(nc, w.cnt[li*nt:])
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
				copy(nc, w.cnt[li*nt:])
				if k := trackOf[op.task]; k >= 0 {
					if int(nc[k]) >= lim[k] {
						continue
					}
					nc[k]++
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
	return m.staticReason(v, oc.need) == 0 && hasBit(m.vols[v].avail, d) && !oc.declinedBy(v) && !(m.needs[oc.need].stairs && s.liftDown(v, &m.needs[oc.need], d))
}
