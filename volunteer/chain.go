package volunteer

// Ejection chains for the descent (descend.go). The single moves of the
// descent change at most three turns, and a turn that one volunteer's own
// rota blocks (a turn the same day, a weekly or rolling-window cap, a load
// at the maximum) can be taken only if that volunteer gives up another
// turn, which someone else must then cover. chainFill searches exactly
// these chains: it is the descent's second neighbourhood, tried when the
// single moves improve nothing (variable neighbourhood descent).

// dwork is the descent's work account and its cache of fill bounds.
type dwork struct {
	n, max int
	// lb[o] is a lower bound on the soft terms of any one volunteer on
	// o on any day of its window (lbSet marks it computed).
	lb    []int64
	lbSet []bool
	// scratch of cyclePass
	seats        []cycSeat
	adj          [][]cycArc
	built, dirty []bool
}

func (w *dwork) spent() bool { return w.n >= w.max }

// charge counts n units of work if they fit in what is left; if not, it
// marks the work spent and reports false, and the caller does not do it.
func (w *dwork) charge(n int) bool {
	if w.n+n > w.max {
		w.n = max(w.n, w.max)
		return false
	}
	w.n += n
	return true
}

// fillBest puts on o the volunteer (other than not) who gives the best
// score, if anyone beats leaving the seat empty, and returns who (or -1).
// It stops trying candidates when w is spent.
func (x *searcher) fillBest(o, not int, w *dwork) int {
	s, m := x.s, x.s.m
	D := m.days
	nd := &m.needs[m.occs[o].need]
	d := int(s.day[o])
	best, bestK := -1, s.key()
	for _, u32 := range nd.eligible {
		u := int(u32)
		if u == not || len(s.members[o]) >= nd.max || s.occAt[u*D+d] >= 0 || !hasBit(m.vols[u].avail, d) {
			continue
		}
		if w.spent() {
			break
		}
		w.n++
		mk := len(s.journal)
		if s.tryAssign(u, o) && s.groupOK(o) == 0 {
			if k := s.key(); k.Less(bestK) {
				best, bestK = u, k
			}
		}
		s.undoTo(mk)
	}
	if best >= 0 {
		s.tryAssign(best, o)
	}
	return best
}

// fillMayBeat reports whether filling one seat of o could bring the score
// to before or below: the bound is the current score less the cover the
// seat saves, plus the cheapest terms of any volunteer on o, less every
// pair reward the newcomer could earn with the members (adding a turn
// never lowers a load, so the load terms only rise).
func (x *searcher) fillMayBeat(o int, before Score, w *dwork) bool {
	s, m := x.s, x.s.m
	k := s.key()
	if k.Compare(before) <= 0 {
		return true
	}
	nd := &m.needs[m.occs[o].need]
	n := len(s.members[o])
	if n >= nd.max || len(nd.eligible) == 0 {
		return false
	}
	if !w.lbSet[o] {
		oc := &m.occs[o]
		first := true
		for _, u32 := range nd.eligible {
			for d := oc.lo; d <= oc.hi; d++ {
				if c := s.termSum(int(u32), o, d); first || c < w.lb[o] {
					w.lb[o], first = c, false
				}
			}
		}
		w.lbSet[o] = true
	}
	u0, c0 := s.cover(o, n)
	u1, c1 := s.cover(o, n+1)
	k.Unfilled += u1 - u0
	k.Soft += c1 - c0 + w.lb[o] - int64(n)*(max(0, m.w.Paired)+max(0, m.w.HouseholdTogether))
	return k.Compare(before) <= 0
}

// chainFill fills one free seat of o, which the caller's changes since
// mark (from a rota scored before) left free, and keeps the result if it
// beats before: with the best volunteer free that day (if plain), or by an
// ejection chain, in which an eligible volunteer w whom a turn q of
// their own keeps off o leaves q for o and the best filler takes q. The
// turns that may keep w off o are w's turn that day, w's turns within the
// period or rolling window of a cap that o would break (any turn for a
// horizon or per-task cap), and, where o would lift w or w's household
// to the largest load, any turn of w's. It reports whether it kept a
// change; otherwise the state is as the caller left it.
func (x *searcher) chainFill(o, mark int, before Score, plain bool, w *dwork) bool {
	s, m := x.s, x.s.m
	D := m.days
	nd := &m.needs[m.occs[o].need]
	if len(s.members[o]) >= nd.max {
		return false
	}
	d := int(s.day[o])
	base := len(s.journal)
	if plain && !w.spent() {
		x.fillBest(o, -1, w)
		if x.groupsOK([]int{o}) && x.s.improves(before, mark) {
			return true
		}
		s.undoTo(base)
	}
	for _, w32 := range nd.eligible {
		if w.spent() {
			return false
		}
		v := int(w32)
		if s.isMember(v, o) || !hasBit(m.vols[v].avail, d) {
			continue
		}
		lo, hi, ok := x.blockers(v, o, d)
		if !ok {
			continue
		}
		for t := lo; t <= hi && !w.spent(); t++ {
			q := int(s.occAt[v*D+t])
			if q < 0 || q == o || s.isPinned(v, q) {
				continue
			}
			w.n++
			mk := len(s.journal)
			s.unassign(v, q)
			if !s.tryAssign(v, o) || s.groupOK(o) != 0 || !x.fillMayBeat(q, before, w) {
				s.undoTo(mk)
				continue
			}
			x.fillBest(q, v, w)
			if x.groupsOK([]int{o, q}) && x.s.improves(before, mark) {
				return true
			}
			s.undoTo(mk)
		}
	}
	s.undoTo(base)
	return false
}

// blockers returns the days lo..hi whose turns of v's may keep v off o on
// day d (see chainFill), and false if a chain cannot help v onto o.
func (x *searcher) blockers(v, o, d int) (lo, hi int, ok bool) {
	s, m := x.s, x.s.m
	D := m.days
	mv := &m.vols[v]
	switch c := s.check(v, o, d, false, nil); c {
	case 0:
		// Free to come: a chain helps only where the turn lifts v or
		// v's household to the largest load.
		e := int64(m.needs[m.occs[o].need].effort)
		if m.w.MaxLoad > 0 && mv.ledger+s.work[v]+e >= s.vmax.max ||
			m.w.HouseholdMaxLoad > 0 && s.hh[mv.hh]+e >= s.hmax.max {
			return 0, D - 1, true
		}
	case CodeBusy:
		return d, d, true
	case CodeCap:
		l := &mv.lim
		if l.MaxEffort > 0 || mv.taskMax != nil {
			return 0, D - 1, true
		}
		span := max(l.PeriodDays, min(l.WindowDays, D))
		return max(0, d-span+1), min(D-1, d+span-1), true
	case CodeConsecutive, CodeWeekends, CodeSuccession:
		return max(0, d-7), min(D-1, d+7), true
	}
	return 0, 0, false
}

// chainPass tries the ejection chains of every active occurrence, on its
// day and (for a flexible occurrence without pins) on each other day of
// its window, the members who can come following: into a free seat, and
// in place of each unpinned member. It keeps the first change that
// improves the score.
func (x *searcher) chainPass(w *dwork) bool {
	s, m := x.s, x.s.m
	for _, o32 := range x.active {
		o := int(o32)
		oc := &m.occs[o]
		d0 := int(s.day[o])
		lo, hi := d0, d0
		if !oc.fixed && len(s.pinnedBy[o]) == 0 && len(s.members[o]) > 0 {
			lo, hi = oc.lo, oc.hi
		}
		for d := lo; d <= hi; d++ {
			if w.spent() {
				return false
			}
			before, mark := s.key(), len(s.journal)
			moved := d != d0
			if moved {
				w.n++
				s.moveDay(o, d)
			}
			if x.chainsAt(o, mark, before, moved, w) {
				return true
			}
			s.undoTo(mark)
		}
	}
	return false
}

// chainsAt tries the chains into o as it stands after the changes since
// mark: into a free seat (the plain fill too if plain), and in place of
// each unpinned member.
func (x *searcher) chainsAt(o, mark int, before Score, plain bool, w *dwork) bool {
	s := x.s
	if plain && x.groupsOK([]int{o}) && x.s.improves(before, mark) {
		return true
	}
	if x.chainFill(o, mark, before, plain, w) {
		return true
	}
	for i := 0; i < len(s.members[o]); i++ {
		v := int(s.members[o][i])
		if s.isPinned(v, o) {
			continue
		}
		mk := len(s.journal)
		s.unassign(v, o)
		if x.chainFill(o, mark, before, plain, w) {
			return true
		}
		s.undoTo(mk)
	}
	return false
}
