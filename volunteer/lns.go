package volunteer

import (
	"cmp"
	"slices"
)

// Large neighbourhood search for the descent (descend.go). The descent's
// other moves change a few turns along one path: a seat changes hands
// when its new holder leaves a turn that someone else covers. Some
// improving changes pass through worse rotas on every such path: a team
// replaced whole and re-dated (no member of the better team is free on
// the old day), or turns of different efforts traded among several
// volunteers over several weeks. lnsPass clears a few occurrences
// linked by who could take whose turn and re-staffs them exactly, by
// branch and bound, everyone else fixed.

const (
	lnsOccs  = 6    // occurrences cleared together, at most
	lnsWidth = 6    // candidates per occurrence besides the members cleared
	lnsNodes = 2048 // assignments one sub-solve may try
)

// lnsSeat is one open seat of occurrence o; the seats of one occurrence
// are consecutive and share its candidates lw.cands[lo:hi]. optU and opt
// bound below what filling it changes (unfilled seats, soft points) when
// the seats of o before it are filled.
type lnsSeat struct {
	o, lo, hi int32
	optU, opt int64
}

// lnsCand is a candidate of an occurrence and its cheapest terms there.
type lnsCand struct {
	v int32
	c int64
}

// lnsStep is one assignment of a sub-solve's rota: v on o on day d.
type lnsStep struct{ v, o, d int32 }

// lnsWork is the scratch of the sub-solves.
type lnsWork struct {
	// width and nodes limit a sub-solve (lnsWidth, lnsNodes; 0: none).
	width, nodes int
	// all lists every free seat of the occurrences cleared, also those
	// whose filling cannot pay (exact sub-solves, and minimum rules,
	// whose deficits a turn may lower).
	all        bool
	init       bool
	occs       []int
	freed      []int32 // volunteers cleared
	nfreed     []int   // per occurrence cleared: members cleared
	seats      []lnsSeat
	cands      []lnsCand
	path, best []lnsStep
	sufU, sufS []int64
	snap       fairSnap
	n          int // nodes of the current sub-solve
}

// lnsInit returns the sub-solves' scratch, with the default limits on
// first use.
func (x *searcher) lnsInit() *lnsWork {
	lw := &x.lnsw
	if !lw.init {
		lw.init = true
		lw.width, lw.nodes = lnsWidth, lnsNodes
		lw.all = hasMinRules(x.s.m)
	}
	return lw
}

// lnsPass runs sub-solves from random turns until one improves the score
// or the work is spent, and reports whether one did.
func (x *searcher) lnsPass(w *dwork) bool {
	if len(x.active) == 0 {
		return false // every occurrence pinned or past: nothing to re-staff
	}
	x.lnsInit()
	for tries := 0; w.charge(1); tries++ {
		o := x.pickOcc()
		if x.pickMember(o) < 0 {
			if tries > 8*len(x.active) {
				return false // nothing to clear
			}
			continue
		}
		if x.lnsSolve(x.lnsWalk(o, lnsOccs, w), w) {
			return true
		}
	}
	return false
}

// lnsWalk picks up to size occurrences, from o, by a walk along who could
// take whose turn: each step takes an occurrence q picked so far and,
// half the time, a volunteer who could serve q (eligible and available
// that day; the cheapest or one at random) and adds the occurrence of
// their turn that day, or else of one of their turns within a week (room
// under their caps and loads); otherwise it follows a member of q (see
// lnsMemberStep).
func (x *searcher) lnsWalk(o, size int, w *dwork) []int {
	s, m := x.s, x.s.m
	D := m.days
	lw := &x.lnsw
	lw.occs = append(lw.occs[:0], o)
	for step := 0; step < 4*size && len(lw.occs) < size; step++ {
		q := lw.occs[x.rng.IntN(len(lw.occs))]
		d := int(s.day[q])
		if x.rng.IntN(2) == 0 {
			if add := x.lnsMemberStep(q, d, w); add >= 0 && !slices.Contains(lw.occs, add) {
				lw.occs = append(lw.occs, add)
			}
			continue
		}
		el := m.needs[m.occs[q].need].eligible
		if !w.charge(1 + len(el)/16) {
			break
		}
		cheap := x.rng.IntN(2) == 0
		pick, n := -1, 0
		var pc int64
		for _, u32 := range el {
			u := int(u32)
			if !hasBit(m.vols[u].avail, d) || s.isMember(u, q) {
				continue
			}
			if cheap {
				if c := s.cost(u, q, d); pick < 0 || c < pc {
					pick, pc = u, c
				}
			} else if n++; x.rng.IntN(n) == 0 {
				pick = u
			}
		}
		if pick < 0 {
			continue
		}
		add := -1
		if t := int(s.occAt[pick*D+d]); t >= 0 {
			if !s.isPinned(pick, t) {
				add = t
			}
		} else {
			add = x.turnNear(pick, d, q)
		}
		if add >= 0 && !slices.Contains(lw.occs, add) {
			lw.occs = append(lw.occs, add)
		}
	}
	return lw.occs
}

// lnsSolve clears the unpinned members of occs and re-staffs them by
// branch and bound: each open seat, in turn, takes one of its
// candidates (the members cleared and the cheapest others eligible) or
// stays empty; an emptied flexible occurrence may take any day of its
// window. It keeps the best rota if it beats the current one (ties
// broken by the min-max levels), and reports whether it did. Every
// assignment goes through tryAssign and team rules are checked on
// complete rotas, as in the exact step, so every rota it keeps is legal.
func (x *searcher) lnsSolve(occs []int, w *dwork) bool {
	s, m := x.s, x.s.m
	lw := x.lnsInit()
	before, mark := s.key(), len(s.journal)
	s.snapFair(&lw.snap) // the min-max levels to beat
	lw.freed, lw.nfreed = lw.freed[:0], lw.nfreed[:0]
	for _, o := range occs {
		n := 0
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := s.members[o][i]; !s.isPinned(int(v), o) {
				s.unassign(int(v), o)
				lw.freed = append(lw.freed, v)
				n++
			}
		}
		lw.nfreed = append(lw.nfreed, n)
	}
	// The open seats and their candidates, cheapest first.
	lw.seats, lw.cands = lw.seats[:0], lw.cands[:0]
	for j, o := range occs {
		oc := &m.occs[o]
		nd := &m.needs[oc.need]
		lo, hi := int(s.day[o]), int(s.day[o])
		if x.movable(o) {
			lo, hi = oc.lo, oc.hi
		}
		if !w.charge(len(nd.eligible) * (hi - lo + 1) / 16) {
			break // the sub-solve finds the budget spent
		}
		start := len(lw.cands)
		for _, u32 := range nd.eligible {
			u := int(u32)
			var c int64
			ok := false
			for d := lo; d <= hi; d++ {
				if hasBit(m.vols[u].avail, d) {
					if t := s.cost(u, o, d); !ok || t < c {
						c, ok = t, true
					}
				}
			}
			if ok {
				lw.cands = append(lw.cands, lnsCand{u32, c})
			}
		}
		cs := lw.cands[start:]
		slices.SortStableFunc(cs, func(a, b lnsCand) int { return cmp.Compare(a.c, b.c) })
		if lw.width > 0 && len(cs) > lw.width {
			// The cheapest, and every member cleared anywhere.
			keep := lw.width
			for _, c := range cs[lw.width:] {
				if slices.Contains(lw.freed, c.v) {
					cs[keep] = c
					keep++
				}
			}
			cs = cs[:keep]
			lw.cands = lw.cands[:start+keep]
		}
		n, freed := len(s.members[o]), lw.nfreed[j]
		pair := max(0, m.w.Paired) + max(0, m.w.HouseholdTogether)
		for k := 0; k < len(cs) && n+k < nd.max; k++ {
			u0, c0 := s.cover(o, n+k)
			u1, c1 := s.cover(o, n+k+1)
			opt := c1 - c0 + cs[0].c - int64(n+k)*pair
			if !lw.all && u1 >= u0 && opt >= 0 && k >= freed {
				break // filling it cannot pay
			}
			lw.seats = append(lw.seats, lnsSeat{int32(o), int32(start), int32(start + len(cs)), u1 - u0, opt})
		}
	}
	best, ok := x.lnsBB(before, occs, w)
	s.undoTo(mark)
	if !ok {
		return false
	}
	// Replay the best rota.
	for _, o := range occs {
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := int(s.members[o][i]); !s.isPinned(v, o) {
				s.unassign(v, o)
			}
		}
	}
	for _, st := range best {
		if int(s.day[st.o]) != int(st.d) {
			s.setDay(int(st.o), int(st.d))
		}
		if !s.tryAssign(int(st.v), int(st.o)) {
			s.undoTo(mark)
			return false
		}
	}
	if !x.groupsOK(occs) {
		s.undoTo(mark)
		return false
	}
	return s.keepIfBetter(before, mark)
}

// movable reports whether o may change day: flexible, unpinned, empty.
func (x *searcher) movable(o int) bool {
	oc := &x.s.m.occs[o]
	return !oc.fixed && len(x.s.members[o]) == 0 && len(x.s.pinnedBy[o]) == 0
}

// lnsBB searches the assignments of lw.seats depth first, pruning where
// the score plus the seats' bounds cannot beat the best rota found (at
// first the rota before, with min-max levels lw.snap), and returns the
// best if one beat before.
func (x *searcher) lnsBB(before Score, occs []int, w *dwork) ([]lnsStep, bool) {
	s, m := x.s, x.s.m
	D := m.days
	lw := &x.lnsw
	lw.path, lw.best, lw.n = lw.path[:0], lw.best[:0], 0
	fair := s.fairOn()
	bestK, found := before, false
	n := len(lw.seats)
	lw.sufU = slices.Grow(lw.sufU[:0], n+1)[:n+1]
	lw.sufS = slices.Grow(lw.sufS[:0], n+1)[:n+1]
	lw.sufU[n], lw.sufS[n] = 0, 0
	for i := n - 1; i >= 0; i-- {
		lw.sufU[i] = lw.sufU[i+1] + min(0, lw.seats[i].optU)
		lw.sufS[i] = lw.sufS[i+1] + min(0, lw.seats[i].opt)
	}
	// dfs decides seat i; last is the candidate index the previous seat
	// of the same occurrence took (-1 if it stayed empty), so that each
	// team is tried once, in increasing candidate order.
	var dfs func(i, last int)
	dfs = func(i, last int) {
		if lw.nodes > 0 && lw.n >= lw.nodes || w.spent() {
			return
		}
		k := s.key()
		lb := k
		lb.Unfilled += lw.sufU[i]
		lb.Soft += lw.sufS[i]
		if lw.all {
			lb.Hard = 0 // a turn may lower a minimum rule's deficit
		}
		// A bound that ties the best may still win on the min-max levels.
		if c := lb.Compare(bestK); c > 0 || c == 0 && !fair {
			return
		}
		if i == n {
			if !x.groupsOK(occs) {
				return
			}
			c := k.Compare(bestK)
			if c == 0 && fair {
				c = s.fairCmp(&lw.snap)
			}
			if c < 0 {
				bestK, found = k, true
				s.snapFair(&lw.snap)
				lw.best = append(lw.best[:0], lw.path...)
			}
			return
		}
		st := &lw.seats[i]
		o := int(st.o)
		same := i > 0 && lw.seats[i-1].o == st.o
		if !same || last >= 0 {
			from := 0
			if same {
				from = last + 1
			}
			oc := &m.occs[o]
			for ki := from; ki < int(st.hi-st.lo); ki++ {
				v := int(lw.cands[int(st.lo)+ki].v)
				lo, hi := int(s.day[o]), int(s.day[o])
				if x.movable(o) {
					lo, hi = oc.lo, oc.hi
				}
				for d := lo; d <= hi; d++ {
					if s.occAt[v*D+d] >= 0 || !hasBit(m.vols[v].avail, d) {
						continue
					}
					if !w.charge(1) {
						return
					}
					lw.n++
					mk := len(s.journal)
					if d != int(s.day[o]) {
						s.setDay(o, d)
					}
					if s.tryAssign(v, o) {
						lw.path = append(lw.path, lnsStep{int32(v), int32(o), int32(d)})
						dfs(i+1, ki)
						lw.path = lw.path[:len(lw.path)-1]
					}
					s.undoTo(mk)
				}
			}
		}
		dfs(i+1, -1)
	}
	dfs(0, -1)
	return lw.best, found
}

// turnNear returns one of v's unpinned turns within a week of day d,
// other than on q, chosen uniformly at random, or -1.
func (x *searcher) turnNear(v, d, q int) int {
	s, D := x.s, x.s.m.days
	add, n := -1, 0
	for e := max(0, d-7); e <= min(D-1, d+7); e++ {
		if t := int(s.occAt[v*D+e]); t >= 0 && t != q && !s.isPinned(v, t) {
			if n++; x.rng.IntN(n) == 0 {
				add = t
			}
		}
	}
	return add
}

// lnsMemberStep follows a member v of q (on day d): to another turn of
// v's within a week, or to an occurrence within a week that v could take
// (the cheapest for v, or one at random). It returns the occurrence, or -1.
func (x *searcher) lnsMemberStep(q, d int, w *dwork) int {
	s, m := x.s, x.s.m
	D := m.days
	v := x.pickMember(q)
	if v < 0 || !w.charge(1) {
		return -1
	}
	if x.rng.IntN(2) == 0 {
		return x.turnNear(v, d, q)
	}
	add, n := -1, 0
	cheap := x.rng.IntN(2) == 0
	var ac int64
	for e := max(0, d-7); e <= min(D-1, d+7); e++ {
		if !w.charge(len(x.byDay[e]) / 16) {
			return -1
		}
		for _, r32 := range x.byDay[e] {
			r := int(r32)
			dr := int(s.day[r])
			if r == q || !hasBit(m.vols[v].avail, dr) || s.isMember(v, r) || m.staticReason(v, m.occs[r].need) != 0 {
				continue
			}
			if cheap {
				if c := s.cost(v, r, dr); add < 0 || c < ac {
					add, ac = r, c
				}
			} else if n++; x.rng.IntN(n) == 0 {
				add = r
			}
		}
	}
	return add
}
