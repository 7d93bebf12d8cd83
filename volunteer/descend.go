package volunteer

// descend is a deterministic first-improvement descent that ends the
// space-claim search. Each pass tries, in a fixed order, cyclic exchanges
// of turns (cycle.go), preferred partners joining a team, every single
// add, remove and replacement on each active occurrence, every exchange
// and every move of a volunteer between two occurrences at most a week
// apart, every day of a flexible occurrence's window for its team, and
// the lowering of the largest loads; a pass that improves nothing tries
// ejection chains (chain.go), then exact re-staffing of a few linked
// occurrences (lns.go), before giving up. A change is kept only when
// it improves the score (the first four levels, then the min-max
// levels). Late acceptance samples these neighbourhoods at random, so its
// best rota is often not a local optimum of them; the descent makes it
// one. It stops after maxWork tried changes, or when a whole pass
// improves nothing, and returns the work done. Changes bound to fail (a
// volunteer away, busy or ineligible on the other day) cost no work.
func (x *searcher) descend(maxWork int) int {
	s, m := x.s, x.s.m
	logging := s.logging
	s.logging = true
	s.journal = s.journal[:0]
	dw := &dwork{max: maxWork, lb: make([]int64, len(m.occs)), lbSet: make([]bool, len(m.occs))}
	work := &dw.n
	// try applies change to the rota; it keeps it if it is legal and
	// improves, else undoes it.
	try := func(change func() bool, occs ...int) bool {
		if *work >= maxWork {
			return false
		}
		*work++
		before := s.key()
		mark := len(s.journal)
		if change() && x.groupsOK(occs) {
			return s.keepIfBetter(before, mark)
		}
		s.undoTo(mark)
		return false
	}
	D := m.days
	fill := func(o, not int) { x.fillBest(o, not, dw) }
	// canLeaveFor is a quick necessary condition for v to move from o to
	// q (available that day, eligible, and free but for o), so that the
	// moves and exchanges bound to fail spend no work.
	canLeaveFor := func(v, o, q int) bool {
		dq := int(s.day[q])
		at := int(s.occAt[v*D+dq])
		return hasBit(m.vols[v].avail, dq) && (at < 0 || at == o) && m.staticReason(v, m.occs[q].need) == 0
	}
	// join brings p onto o in place of member u: p gives up that day's
	// turn, or else (at a cap) each of its turns within a week in turn,
	// and the best filler takes the turn p left.
	join := func(p, o, u int) bool {
		// trade moves p from its turn q to o, u's turn, and fills q.
		trade := func(q int) bool {
			return try(func() bool {
				s.unassign(u, o)
				s.unassign(p, q)
				if !s.tryAssign(p, o) {
					return false
				}
				fill(q, p)
				return true
			}, o, q)
		}
		d := int(s.day[o])
		if q := int(s.occAt[p*D+d]); q >= 0 {
			return !s.isPinned(p, q) && trade(q)
		}
		if try(func() bool { s.unassign(u, o); return s.tryAssign(p, o) }, o) {
			return true
		}
		for e := max(0, d-6); e <= min(D-1, d+6); e++ {
			q := int(s.occAt[p*D+e])
			if q < 0 || q == o || s.isPinned(p, q) {
				continue
			}
			if trade(q) {
				return true
			}
		}
		return false
	}
	for pass := 0; *work < maxWork; pass++ {
		improved := false
		// Cyclic exchanges of turns (cycle.go).
		if *work < maxWork && x.cyclePass(dw) {
			improved = true
		}
		// Preferred pairs: a partner joins a turn of v's in place of
		// another member, giving up a turn of its own if it must.
		if m.w.Paired > 0 {
			for v := range m.vols {
				for _, p32 := range m.vols[v].preferred {
					p := int(p32)
					for d := 0; d < D && *work < maxWork; d++ {
						o := int(s.occAt[v*D+d])
						if o < 0 || s.isMember(p, o) || !hasBit(m.vols[p].avail, d) {
							continue
						}
						for i := 0; i < len(s.members[o]); i++ {
							u := int(s.members[o][i])
							if u != v && !s.isPinned(u, o) && join(p, o, u) {
								improved = true
								break
							}
						}
					}
					// Both join a team neither is on (each pair once).
					if p > v {
						for _, o32 := range x.active {
							if *work < maxWork && x.joinBoth(v, p, int(o32), try, dw) {
								improved = true
							}
						}
					}
				}
			}
		}
		for _, o32 := range x.active {
			if *work >= maxWork {
				break
			}
			o := int(o32)
			nd := &m.needs[m.occs[o].need]
			d := int(s.day[o])
			// Adds and replacements.
			for _, w32 := range nd.eligible {
				w := int(w32)
				if s.occAt[w*D+d] >= 0 || !hasBit(m.vols[w].avail, d) {
					continue
				}
				if len(s.members[o]) < nd.max && try(func() bool { return s.tryAssign(w, o) }, o) {
					improved = true
					continue
				}
				for i := 0; i < len(s.members[o]); i++ {
					v := int(s.members[o][i])
					if s.isPinned(v, o) {
						continue
					}
					if try(func() bool { s.unassign(v, o); return s.tryAssign(w, o) }, o) {
						improved = true
						break
					}
				}
			}
			// Removals, exchanges and moves with occurrences nearby.
			for i := 0; i < len(s.members[o]); i++ {
				v := int(s.members[o][i])
				if s.isPinned(v, o) {
					continue
				}
				if try(func() bool { s.unassign(v, o); return true }, o) {
					improved = true
					break
				}
				slot := m.occs[o].slot
				for e := max(0, slot-7); e <= min(D-1, slot+7) && *work < maxWork; e++ {
					for _, q32 := range x.byDay[e] {
						q := int(q32)
						if q == o || !s.isMember(v, o) {
							continue
						}
						vq := canLeaveFor(v, o, q)
						if vq && try(func() bool { s.unassign(v, o); return s.tryAssign(v, q) }, o, q) {
							improved = true
							continue
						}
						for j := 0; j < len(s.members[q]) && s.isMember(v, o); j++ {
							w := int(s.members[q][j])
							if !vq || w == v || s.isPinned(w, q) || s.isMember(w, o) || s.isMember(v, q) || !canLeaveFor(w, q, o) {
								continue
							}
							if try(func() bool {
								s.unassign(v, o)
								s.unassign(w, q)
								return s.tryAssign(v, q) && s.tryAssign(w, o)
							}, o, q) {
								improved = true
							}
						}
					}
				}
			}
			// Another day of the window for the whole team.
			if oc := &m.occs[o]; !oc.fixed && oc.lo < oc.hi && len(s.pinnedBy[o]) == 0 {
				for nd := oc.lo; nd <= oc.hi; nd++ {
					if nd == int(s.day[o]) {
						continue
					}
					if try(func() bool {
						var buf [8]int32
						mem := append(buf[:0], s.members[o]...)
						for _, v := range mem {
							s.unassign(int(v), o)
						}
						s.setDay(o, nd)
						for _, v := range mem {
							if !s.tryAssign(int(v), o) {
								return false
							}
						}
						return true
					}, o) {
						improved = true
					}
				}
			}
		}
		// The largest loads: lowering one takes every holder at once.
		for _, hh := range [2]bool{false, true} {
			if *work < maxWork && x.unloadMax(hh, dw) {
				improved = true
			}
		}
		// Cyclic exchanges and ejection chains, when the single moves
		// are spent.
		if !improved && *work < maxWork {
			improved = x.chainPass(dw)
		}
		// Exact re-staffing of a few linked occurrences (lns.go), when
		// nothing else improves.
		if !improved && *work < maxWork {
			improved = x.lnsPass(dw)
		}
		if !improved {
			break
		}
	}
	s.journal = s.journal[:0]
	s.logging = logging
	return *work
}

// joinBoth brings preferred partners a and b together onto o, where
// neither serves: into free seats or in place of unpinned members (each
// choice in turn), each partner leaving that day's turn of their own, and
// the best filler (a member who made way, say) taking each turn they
// left. try applies and keeps a change (see descend).
func (x *searcher) joinBoth(a, b, o int, try func(func() bool, ...int) bool, dw *dwork) bool {
	s, m := x.s, x.s.m
	D := m.days
	d := int(s.day[o])
	nd := &m.needs[m.occs[o].need]
	if nd.max < 2 || s.isMember(a, o) || s.isMember(b, o) || !hasBit(m.vols[a].avail, d) || !hasBit(m.vols[b].avail, d) {
		return false
	}
	qa, qb := int(s.occAt[a*D+d]), int(s.occAt[b*D+d])
	if qa >= 0 && (qa == qb || s.isPinned(a, qa)) || qb >= 0 && s.isPinned(b, qb) {
		return false // already together, or held by a pin
	}
	var cand [8]int32
	n := 0
	for _, u := range s.members[o] {
		if !s.isPinned(int(u), o) && n < len(cand) {
			cand[n] = u
			n++
		}
	}
	free := nd.max - len(s.members[o])
	change := func(out ...int32) bool {
		return try(func() bool {
			for _, u := range out {
				s.unassign(int(u), o)
			}
			if qa >= 0 {
				s.unassign(a, qa)
			}
			if qb >= 0 {
				s.unassign(b, qb)
			}
			if !s.tryAssign(a, o) || !s.tryAssign(b, o) {
				return false
			}
			for _, q := range [2]int{qa, qb} {
				if q >= 0 {
					x.fillBest(q, -1, dw)
				}
			}
			return true
		}, o, max(qa, o), max(qb, o))
	}
	switch {
	case free >= 2:
		return change()
	case free == 1:
		for i := 0; i < n; i++ {
			if change(cand[i]) {
				return true
			}
		}
	default:
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if change(cand[i], cand[j]) {
					return true
				}
			}
		}
	}
	return false
}

// unloadMax lowers the largest volunteer (or, with hh, household) load when
// that improves the score: for every holder of the largest load in turn it
// makes the best single replacement or removal of one of the holder's
// turns, then keeps the lot if the score improved. One such change alone
// leaves the maximum where it is while another holder remains, so single
// moves see only its cost and never the saving. It adds the changes tried
// to *work, up to maxWork.
func (x *searcher) unloadMax(hh bool, dw *dwork) bool {
	s, m := x.s, x.s.m
	work, maxWork := &dw.n, dw.max
	t, w := &s.vmax, m.w.MaxLoad
	if hh {
		t, w = &s.hmax, m.w.HouseholdMaxLoad
	}
	if w == 0 || t.max == 0 {
		return false
	}
	level := t.max
	var holders []int
	if hh {
		for h, l := range s.hh {
			if l == level {
				holders = append(holders, h)
			}
		}
	} else {
		for v := range m.vols {
			if m.vols[v].ledger+s.work[v] == level {
				holders = append(holders, v)
			}
		}
	}
	D := m.days
	before := s.key()
	mark := len(s.journal)
	for _, h := range holders {
		bestV, bestO, bestW := -1, -1, -1
		var best Score
		for v := range m.vols {
			if hh && m.vols[v].hh != h || !hh && v != h {
				continue
			}
			for d := 0; d < D; d++ {
				o := int(s.occAt[v*D+d])
				if o < 0 || s.isPinned(v, o) || m.needs[m.occs[o].need].effort == 0 {
					continue
				}
				consider := func(wv int) {
					if *work >= maxWork {
						return
					}
					*work++
					mk := len(s.journal)
					s.unassign(v, o)
					if (wv < 0 || s.tryAssign(wv, o)) && x.groupsOK([]int{o}) {
						if k := s.key(); bestV < 0 || k.Less(best) {
							bestV, bestO, bestW, best = v, o, wv, k
						}
					}
					s.undoTo(mk)
				}
				consider(-1)
				e := int64(m.needs[m.occs[o].need].effort)
				for _, y32 := range m.needs[m.occs[o].need].eligible {
					y := int(y32)
					if y == v || hh && m.vols[y].hh == h || s.occAt[y*D+d] >= 0 || !hasBit(m.vols[y].avail, d) {
						continue
					}
					// The turn must not lift its new holder to the level.
					if hh && s.hh[m.vols[y].hh]+e >= level || !hh && m.vols[y].ledger+s.work[y]+e >= level {
						continue
					}
					consider(y)
				}
			}
		}
		if bestV < 0 {
			s.undoTo(mark)
			return false
		}
		s.unassign(bestV, bestO)
		if bestW >= 0 && !s.tryAssign(bestW, bestO) {
			s.undoTo(mark)
			return false
		}
	}
	return s.keepIfBetter(before, mark)
}

// keepIfBetter keeps the changes journalled since mark if they improve on
// the score before (see improves), and undoes them otherwise.
func (s *state) keepIfBetter(before Score, mark int) bool {
	if s.improves(before, mark) {
		return true
	}
	s.undoTo(mark)
	return false
}

// improves reports whether the changes journalled since mark beat the
// score before, ties on the levels above fairness broken by the min-max
// levels; if so it clears the journal, keeping them.
func (s *state) improves(before Score, mark int) bool {
	c := s.key().Compare(before)
	if c == 0 && s.fairOn() {
		c = s.fairDelta(mark)
	}
	if c < 0 {
		s.journal = s.journal[:0]
		return true
	}
	return false
}
