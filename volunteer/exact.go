package volunteer

// exactLimit bounds the exact step: Plan enumerates every rota when the
// enumeration tree has at most this many leaves, and reserves exactWork
// moves of its budget per leaf for it (tried assignments and leaves).
const (
	exactLimit = 1 << 16
	exactWork  = 8
)

// exactLeaves returns the number of leaves of the exact step's tree (each
// occurrence: each day of its window × each subset of eligible volunteers
// up to the seats left beside its pins), or limit+1 if there are more.
func (s *state) exactLeaves(limit int) int {
	m := s.m
	n := 1
	for o := range m.occs {
		oc := &m.occs[o]
		nd := &m.needs[oc.need]
		days := oc.hi - oc.lo + 1
		if len(s.members[o]) > 0 {
			days = 1 // pinned: the day is fixed
		}
		free := nd.max - len(s.members[o])
		// Σ_{k ≤ free} C(|eligible|, k), capped.
		subsets, c := 1, 1
		e := len(nd.eligible)
		for k := 1; k <= free && k <= e; k++ {
			c = c * (e - k + 1) / k
			subsets += c
			if subsets > limit {
				return limit + 1
			}
		}
		n *= days * subsets
		if n > limit {
			return limit + 1
		}
	}
	return n
}

// exact replaces the rota in s by an optimal one when it can: a
// depth-first enumeration of every rota (occurrence by occurrence, day by
// day, subset by subset), pruned by the same incremental rule checks the
// search uses, each leaf compared with the best so far in the full
// lexicographic order (with the min-max levels). Maximum rules only ever
// forbid adding a turn, so checking each addition against the turns
// already placed checks the whole rota; team rules (trainees, required
// partners) are checked when an occurrence's team is complete. The rota
// in s on entry is the first incumbent and is replaced only by a strictly
// better one. The enumeration stops at maxWork tried assignments and
// leaves (then the result is the best rota seen, no worse than the
// incumbent). It returns the work done and whether the enumeration
// completed (the rota is then optimal).
func (x *searcher) exact(maxWork int) (int, bool) {
	s, m := x.s, x.s.m
	logging := s.logging
	s.logging = false
	work := 0
	best := s.full()
	bestDay := append([]int32(nil), s.day...)
	bestMem := make([][]int32, len(m.occs))
	for o := range m.occs {
		bestMem[o] = append([]int32(nil), s.members[o]...)
	}
	for o := range m.occs {
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := int(s.members[o][i]); !s.isPinned(v, o) {
				s.unassign(v, o)
			}
		}
	}
	var occ func(o int)
	var team func(o, from int)
	aborted := false
	occ = func(o int) {
		if work >= maxWork {
			aborted = true
			return
		}
		if o == len(m.occs) {
			work++
			if k := s.full(); k.Less(best) {
				best = k
				copy(bestDay, s.day)
				for q := range m.occs {
					bestMem[q] = append(bestMem[q][:0], s.members[q]...)
				}
			}
			return
		}
		oc := &m.occs[o]
		if len(s.members[o]) > 0 {
			team(o, 0)
			return
		}
		d0 := s.day[o]
		for d := oc.lo; d <= oc.hi; d++ {
			s.setDay(o, d)
			team(o, 0)
		}
		s.setDay(o, int(d0))
	}
	// team tries the current team of o and every extension of it by
	// eligible volunteers from index from on.
	team = func(o, from int) {
		if len(s.members[o]) == 0 || s.groupOK(o) == 0 {
			occ(o + 1)
		}
		nd := &m.needs[m.occs[o].need]
		for j := from; j < len(nd.eligible) && len(s.members[o]) < nd.max; j++ {
			if work >= maxWork {
				aborted = true
				return
			}
			v := int(nd.eligible[j])
			work++
			if s.isMember(v, o) || !s.tryAssign(v, o) {
				continue
			}
			team(o, j+1)
			s.unassign(v, o)
		}
	}
	occ(0)
	// Restore the best rota: empty every unpinned seat, then refill.
	for o := range m.occs {
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := int(s.members[o][i]); !s.isPinned(v, o) {
				s.unassign(v, o)
			}
		}
	}
	for o := range m.occs {
		s.setDay(o, int(bestDay[o]))
		for _, v := range bestMem[o] {
			if !s.isMember(int(v), o) {
				s.assign(int(v), o)
			}
		}
	}
	s.logging = logging
	return work, !aborted
}
