package volunteer

// Person DP: the staff search's block move. It re-rosters one volunteer
// over a window of days exactly, everyone else fixed, by dynamic
// programming over that volunteer's own rules: one turn a day, maximum
// consecutive days, successions, weekends, per-task caps, the effort cap,
// and the priced minimum rules (blocks of work and rest, minimum effort).
// The price of a turn is its change to cover and its soft terms, so the
// move builds, moves, stretches and removes whole work blocks in one step
// where single moves would pass through short blocks. Rules it does not
// model (period and rolling-window caps, team rules) are checked when the
// chosen days are assigned, and the move is refused if one breaks.

// dpOpt is a turn the DP may give on one day of the window.
type dpOpt struct {
	q     int32 // occurrence
	task  int32
	eff   int32
	price int64
}

// dpLabel is one DP state after a day: what the volunteer did last, how
// long the current run of work or rest is (capped), the weekends, effort
// and tracked task counts used inside the window, and the best cost to
// reach it.
type dpLabel struct {
	cost int64
	eff  int32
	prev int32 // label index on the day before
	opt  int16 // option on this day, -1 off
	last int16 // task+1 of the day's turn (1 for any turn without successions), 0 off
	run  int16
	wk   int16
	c    [dpTracked]int16
}

// dpTracked is how many binding per-task caps the DP tracks exactly;
// further ones are checked when the path is assigned.
const dpTracked = 2

// dpBig prices an unfilled seat above any soft change inside a window.
const dpBig = int64(1) << 40

// dpMaxStates bounds the packed state space of one DP; longer windows
// are shortened until they fit.
const dpMaxStates = 1 << 18

// dpRelaxPerMove is how many DP transitions count as one move of the
// budget (about the time of one ordinary move).
const dpRelaxPerMove = 16

// The ruin-and-recreate move of the staff search: its share of the
// moves (percent), the longest window (days), the most volunteers it
// re-rosters together and the passes over them. Measured on Curtois
// Instance2, 5 and 7, seeds 1 and 2, 50M moves (sums of the six
// objectives): without it 7,141; at 5 %, window 28, 3 volunteers, one
// pass 7,290 and at 2 % 6,779; window 14: 6,600; window 10, 4
// volunteers: 6,400 with one pass (6,617 on a rerun that changed only
// the random draws: Instance2 923/922 instead of 828/831), 6,407 with
// two. Pricing the
// minimum rules at the cap in half of the moves (6,790) or clearing
// everyone over one to three days in a fifth of them (worse on all) did
// not help.
const (
	dpShare  = 5
	dpWindow = 10
	dpPeople = 4
	dpPasses = 2
)

type dpWork struct {
	opts   [][]dpOpt
	labels []dpLabel
	pos    []int32
	stamp  []uint32
	gen    uint32
	choice []int16
	succ   bool // some succession is forbidden: track the last task
	rnd    uint64
	hard   bool  // price the minimum rules at maxPenaltyWeight (repairHard)
	vols   []int // a permutation of the volunteers
	// The volunteer's block rules and their price.
	minCons, minOff, C int
	wBlk               int64
}

// put relaxes the state of key k with nl.
func (w *dpWork) put(nl *dpLabel, k int) {
	if w.stamp[k] == w.gen {
		old := &w.labels[w.pos[k]]
		if nl.cost < old.cost || nl.cost == old.cost && w.coin() {
			*old = *nl
		}
		return
	}
	w.stamp[k] = w.gen
	w.pos[k] = int32(len(w.labels))
	w.labels = append(w.labels, *nl)
}

// coin is a fair coin from a xorshift generator seeded by the search.
func (w *dpWork) coin() bool {
	w.rnd ^= w.rnd << 13
	w.rnd ^= w.rnd >> 7
	w.rnd ^= w.rnd << 17
	return w.rnd&1 == 0
}

// pen prices a block of run days of work (or rest) that ends on day
// end-1 and is bordered after it.
func (w *dpWork) pen(work bool, run, end int) int64 {
	if run >= w.C || end-run <= 0 {
		return 0
	}
	if work && run < w.minCons {
		return w.wBlk * int64(w.minCons-run)
	}
	if !work && run < w.minOff {
		return w.wBlk * int64(w.minOff-run)
	}
	return 0
}

// dpReroster re-rosters volunteer v over days a..b (b-a+1 ≤ D) at the
// current prices and leaves the best plan assigned. It reports the number
// of DP transitions (the work done) and false when the move is impossible
// (a pinned turn in the window, too many states, or a rule the DP does
// not model broken); the caller then undoes the journal.
func (x *searcher) dpReroster(v, a, b int, touched *[]int) (int, bool) {
	s, m := x.s, x.s.m
	D := m.days
	mv := &m.vols[v]
	l := &mv.lim
	w := &x.dp
	if w.opts == nil {
		for _, f := range m.forbid {
			w.succ = w.succ || f
		}
	}
	for d := a; d <= b; d++ {
		if q := int(s.occAt[v*D+d]); q >= 0 && s.isPinned(v, q) {
			return 0, false
		}
	}
	for d := a; d <= b; d++ {
		if q := int(s.occAt[v*D+d]); q >= 0 {
			s.unassign(v, q)
			*touched = append(*touched, q)
		}
	}
	n := b - a + 1
	if cap(w.opts) < n {
		w.opts = make([][]dpOpt, n)
	}
	w.opts = w.opts[:n]
	g := 0
	maxEff := 0
	var optCnt [dpTracked]int
	track := [dpTracked]int{-1, -1}
	var trackRem [dpTracked]int
	// Per-task caps: remaining room, and which are binding in the window.
	nt := 0
	for d := a; d <= b; d++ {
		ops := w.opts[d-a][:0]
		for _, q32 := range x.byDay[d] {
			q := int(q32)
			if int(s.day[q]) != d || s.check(v, q, d, false, nil) != 0 {
				continue
			}
			nd := &m.needs[m.occs[q].need]
			ops = append(ops, dpOpt{q: q32, task: int32(nd.task), eff: int32(nd.effort), price: x.dpPrice(v, q, d)})
			g = gcd(g, nd.effort)
			maxEff = max(maxEff, nd.effort)
		}
		w.opts[d-a] = ops
	}
	if mv.taskMax != nil {
		for t, mx := range mv.taskMax {
			if mx < 0 {
				continue
			}
			rem := int(mx) - int(s.tcnt[v*m.ntask+t])
			days := 0
			for _, ops := range w.opts {
				for _, op := range ops {
					if int(op.task) == t {
						days++
						break
					}
				}
			}
			if days > rem && nt < dpTracked {
				track[nt], trackRem[nt] = t, rem
				optCnt[nt] = rem + 1
				nt++
			}
		}
	}
	// Effort, in units of g (every turn's effort is a multiple): exact up
	// to the cap when there is one; otherwise only the minimum matters,
	// so the count saturates where it is met.
	// winCap is the most effort the window can hold: a cap or a minimum
	// beyond it is no constraint inside the window.
	winCap := 0
	for _, ops := range w.opts {
		mx := 0
		for _, op := range ops {
			mx = max(mx, int(op.eff))
		}
		winCap += mx
	}
	work := int(s.work[v])
	maxRem := l.MaxEffort - work
	hasMax := l.MaxEffort > 0 && maxRem < winCap
	minRem := max(0, l.MinEffort-work)
	E, sat := 1, int32(0)
	if g > 0 {
		if hasMax {
			E = maxRem/g + 1
			maxRem /= g
		} else if minRem > 0 {
			sat = int32(min((minRem+g-1)/g, winCap/g))
			E = int(sat) + 1
		}
		for _, ops := range w.opts {
			for i := range ops {
				ops[i].eff /= int32(g)
			}
		}
	}
	C := max(1, l.MaxConsecutive, l.MinConsecutive, l.MinConsecutiveOff)
	C = min(C, 1<<14)
	// Weekends are tracked only when fewer remain than the window has
	// weekends not yet worked.
	Wr := 0
	wkLim := false
	if l.MaxWeekends > 0 {
		Wr = max(0, l.MaxWeekends-int(s.wkn[v]))
		n, last := 0, -1
		for d := a; d <= b; d++ {
			if wd := (m.wd0 + d) % 7; wd == 0 || wd == 6 {
				if i := (m.wd0 + d + 1) / 7; i != last && s.wk[v*m.nWeek+i] == 0 {
					n++
					last = i
				}
			}
		}
		if wkLim = Wr < n; !wkLim {
			Wr = 0
		}
	}
	L := 2
	if w.succ {
		L = m.ntask + 1
	}
	S := L * C * (Wr + 1) * E
	for k := range nt {
		S *= optCnt[k]
	}
	if S > dpMaxStates || S <= 0 {
		x.dpLen = max(1, x.dpLen*3/4)
		return 0, false
	}
	if len(w.pos) < S {
		w.pos = make([]int32, S)
		w.stamp = make([]uint32, S)
		w.gen = 0
	}
	sRun, sWk, sEff := L, L*C, L*C*(Wr+1)
	var sC [dpTracked]int
	st := sEff * E
	for k := range nt {
		sC[k] = st
		st *= optCnt[k]
	}
	w.rnd = x.rng.Uint64() | 1
	lastOf := func(q int) int16 {
		if q < 0 {
			return 0
		}
		if !w.succ {
			return 1
		}
		return int16(m.needs[m.occs[q].need].task + 1)
	}
	// The state before day a: the run of work or rest that ends at a-1.
	init := dpLabel{prev: -1, opt: -1, run: int16(C)}
	if a > 0 {
		q := int(s.occAt[v*D+a-1])
		init.last = lastOf(q)
		r := 0
		for e := a - 1; e >= 0 && (s.occAt[v*D+e] >= 0) == (q >= 0) && r < C; e-- {
			r++
		}
		init.run = int16(r)
	}
	w.minCons, w.minOff, w.C, w.wBlk = l.MinConsecutive, l.MinConsecutiveOff, C, x.wBlk
	wEff := x.wEff
	if w.hard {
		w.wBlk, wEff = maxPenaltyWeight, maxPenaltyWeight
	}
	minCons, minOff, wBlk := w.minCons, w.minOff, w.wBlk
	pen := w.pen
	w.labels = append(w.labels[:0], init)
	from, to := 0, 1
	relax := 0
	for d := a; d <= b; d++ {
		w.gen++
		if w.gen == 0 {
			clear(w.stamp)
			w.gen = 1
		}
		wd := (m.wd0 + d) % 7
		weekend := wd == 0 || wd == 6
		wkIdx := v*m.nWeek + (m.wd0+d+1)/7
		ops := w.opts[d-a]
		for li := from; li < to; li++ {
			lb := w.labels[li]
			nl := lb
			nl.prev = int32(li)
			// A day off.
			nl.opt = -1
			if lb.last != 0 {
				nl.cost = lb.cost + pen(true, int(lb.run), d)
				nl.run = 1
			} else {
				nl.run = int16(min(int(lb.run)+1, C))
			}
			nl.last = 0
			relax++
			w.put(&nl, int(nl.last)+sRun*(int(nl.run)-1)+sWk*int(nl.wk)+sEff*int(nl.eff)+sC[0]*int(nl.c[0])+sC[1]*int(nl.c[1]))
			// A turn.
			for oi := range ops {
				op := &ops[oi]
				nl = lb
				nl.prev = int32(li)
				nl.opt = int16(oi)
				if lb.last == 0 {
					nl.cost = lb.cost + pen(false, int(lb.run), d)
					nl.run = 1
				} else {
					r := int(lb.run) + 1
					if l.MaxConsecutive > 0 && r > l.MaxConsecutive {
						continue
					}
					if w.succ && m.forbid[int(lb.last-1)*m.ntask+int(op.task)] {
						continue
					}
					nl.run = int16(min(r, C))
				}
				if weekend && wkLim && s.wk[wkIdx] == 0 && !(wd == 0 && d > a && lb.last != 0) {
					if int(lb.wk) >= Wr {
						continue
					}
					nl.wk++
				}
				if g > 0 {
					ne := lb.eff + op.eff
					if hasMax {
						if int(ne) > maxRem {
							continue
						}
					} else {
						ne = min(ne, sat)
					}
					nl.eff = ne
				}
				ok := true
				for k := range nt {
					if int(op.task) == track[k] {
						if int(nl.c[k]) >= trackRem[k] {
							ok = false
							break
						}
						nl.c[k]++
					}
				}
				if !ok {
					continue
				}
				nl.cost += op.price
				nl.last = lastOf(int(op.q))
				relax++
				w.put(&nl, int(nl.last)+sRun*(int(nl.run)-1)+sWk*int(nl.wk)+sEff*int(nl.eff)+sC[0]*int(nl.c[0])+sC[1]*int(nl.c[1]))
			}
		}
		from, to = to, len(w.labels)
	}
	// The end: close the window's last block against the days after it,
	// and price the effort deficit.
	var k1, q1, tEnd = false, 0, false
	var t1 int = -1
	if b < D-1 {
		o1 := int(s.occAt[v*D+b+1])
		k1 = o1 >= 0
		if k1 {
			t1 = m.needs[m.occs[o1].need].task
		}
		for e := b + 1; e < D && (s.occAt[v*D+e] >= 0) == k1 && q1 < C; e++ {
			q1++
			if e == D-1 {
				tEnd = true
			}
		}
	}
	e0 := s.hEff - int64(max(0, l.MinEffort-work))
	bestI, ties := -1, 0
	var best int64
	for li := from; li < to; li++ {
		lb := &w.labels[li]
		c := lb.cost
		if b < D-1 {
			wk := lb.last != 0
			if wk == k1 {
				if k1 {
					if l.MaxConsecutive > 0 && int(lb.run)+q1 > l.MaxConsecutive {
						continue
					}
					if w.succ && m.forbid[int(lb.last-1)*m.ntask+t1] {
						continue
					}
				}
				nrun := int(lb.run) + q1
				if int(lb.run) < C && q1 < C && !tEnd && b+1-int(lb.run) > 0 {
					mn := minOff
					if wk {
						mn = minCons
					}
					if nrun < mn {
						c += wBlk * int64(mn-nrun)
					}
				}
			} else {
				c += pen(wk, int(lb.run), b+1)
				if q1 < C && !tEnd {
					if k1 && q1 < minCons {
						c += wBlk * int64(minCons-q1)
					} else if !k1 && q1 < minOff {
						c += wBlk * int64(minOff-q1)
					}
				}
			}
		}
		if l.MinEffort > 0 {
			def := int64(max(0, l.MinEffort-work-int(lb.eff)*g))
			c += wEff * (e0 + def) / x.effUnit
		}
		if bestI < 0 || c < best {
			bestI, best, ties = li, c, 1
		} else if c == best {
			ties++
			if x.rng.IntN(ties) == 0 {
				bestI = li
			}
		}
	}
	if bestI < 0 {
		return relax, false
	}
	if cap(w.choice) < n {
		w.choice = make([]int16, n)
	}
	w.choice = w.choice[:n]
	for i, d := bestI, b; d >= a; d-- {
		w.choice[d-a] = w.labels[i].opt
		i = int(w.labels[i].prev)
	}
	for d := a; d <= b; d++ {
		if oi := w.choice[d-a]; oi >= 0 {
			q := int(w.opts[d-a][oi].q)
			if !s.tryAssign(v, q) {
				return relax, false
			}
			*touched = append(*touched, q)
		}
	}
	return relax, true
}

// dpPrice is the change to the Unfilled and Soft levels (Unfilled at
// dpBig) of adding v to o on day d alone: cover, the turn's own terms and
// partners present. The largest-load terms of Soft and the min-max
// levels below it are left out: the move's final score accounts for them.
func (x *searcher) dpPrice(v, o, d int) int64 {
	s, m := x.s, x.s.m
	w := &m.w
	n := len(s.members[o])
	u0, c0 := s.cover(o, n)
	u1, c1 := s.cover(o, n+1)
	p := (u1-u0)*dpBig + c1 - c0 + s.cost(v, o, d)
	mv := &m.vols[v]
	for _, y := range s.members[o] {
		for _, q := range mv.preferred {
			if q == y {
				p -= w.Paired
			}
		}
		if !m.apart && m.vols[y].hh == mv.hh {
			p -= w.HouseholdTogether
		}
	}
	return p
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// dpMove picks one to dpPeople volunteers and a window of one to dpLen
// days, clears their turns in it and re-rosters them one after another
// (in random order, dpPasses times) with dpReroster: ruin and recreate
// over people, so that cover moves between them; the second pass
// re-rosters each of them again against the others' new plans. It
// returns the work done in moves of the budget and false if the move is
// impossible (the caller undoes it).
func (x *searcher) dpMove(touched *[]int) (int, bool) {
	s, m := x.s, x.s.m
	D := m.days
	if len(m.vols) == 0 {
		return 0, false
	}
	k := 1 + x.rng.IntN(max(1, min(D, x.dpLen)))
	n := 1 + x.rng.IntN(min(dpPeople, len(m.vols)))
	a := x.rng.IntN(D - k + 1)
	b := a + k - 1
	// A random choice of n volunteers: the first n of a partial shuffle.
	vs := x.dp.vols
	if len(vs) != len(m.vols) {
		vs = make([]int, len(m.vols))
		for i := range vs {
			vs[i] = i
		}
		x.dp.vols = vs
	}
	for i := 0; i < n; i++ {
		j := i + x.rng.IntN(len(vs)-i)
		vs[i], vs[j] = vs[j], vs[i]
	}
	for _, v := range vs[:n] {
		for d := a; d <= b; d++ {
			if q := int(s.occAt[v*D+d]); q >= 0 {
				if s.isPinned(v, q) {
					return 0, false
				}
				s.unassign(v, q)
				*touched = append(*touched, q)
			}
		}
	}
	work := 0
	for pass := 0; pass < dpPasses && (pass == 0 || n > 1); pass++ {
		for _, v := range vs[:n] {
			r, ok := x.dpReroster(v, a, b, touched)
			work += r
			if !ok {
				return work / dpRelaxPerMove, false
			}
		}
	}
	return work / dpRelaxPerMove, true
}

// dpRepairWindow is the window repairHard re-rosters around a short block.
const dpRepairWindow = 14

// repairHard runs at the end of the staff search when the best rota
// still breaks a minimum rule (a large instance on a small budget): each
// volunteer with a deficit is re-rostered by the person DP with the
// minimum rules priced at maxPenaltyWeight, over a window around each
// short block (four random windows for an effort deficit), and a change
// is kept only if the score improves in lexicographic order. At most
// three rounds, and at most work moves of DP work.
func (x *searcher) repairHard(work int) {
	s, m := x.s, x.s.m
	D := m.days
	if s.sc.Hard == 0 || len(m.vols) == 0 {
		return
	}
	x.effUnit = max(1, x.effUnit)
	logging := s.logging
	s.logging = true
	s.journal = s.journal[:0]
	x.dp.hard = true
	var touched []int
	var wins [][2]int
	window := func(c int) [2]int {
		a := max(0, min(c-dpRepairWindow/2, D-dpRepairWindow))
		return [2]int{a, min(D-1, a+dpRepairWindow-1)}
	}
	done := 0
	for round := 0; round < 3 && s.sc.Hard > 0 && done < work; round++ {
		for v := 0; v < len(m.vols) && s.sc.Hard > 0 && done < work; v++ {
			l := &m.vols[v].lim
			wins = wins[:0]
			if l.MinEffort > 0 && s.work[v] < int64(l.MinEffort) {
				for k := 0; k < 4; k++ {
					wins = append(wins, window(x.rng.IntN(D)))
				}
			}
			if l.MinConsecutive > 0 || l.MinConsecutiveOff > 0 {
				row := s.occAt[v*D : (v+1)*D]
				for d := 0; d < D; {
					e := d
					for e+1 < D && (row[e+1] >= 0) == (row[d] >= 0) {
						e++
					}
					mn := l.MinConsecutiveOff
					if row[d] >= 0 {
						mn = l.MinConsecutive
					}
					if d > 0 && e < D-1 && e-d+1 < mn {
						wins = append(wins, window((d+e)/2))
					}
					d = e + 1
				}
			}
			for _, wd := range wins {
				before := s.key()
				touched = touched[:0]
				r, ok := x.dpReroster(v, wd[0], wd[1], &touched)
				done += r / dpRelaxPerMove
				if !ok || !x.groupsOK(touched) || !s.key().Less(before) {
					s.undoTo(0)
				}
				s.journal = s.journal[:0]
			}
		}
	}
	x.moves += done
	x.dp.hard = false
	s.logging = logging
}
