package volunteer

// Staff search: the local search Plan runs when some volunteer has a
// minimum rule (MinEffort, MinConsecutive, MinConsecutiveOff), as in staff
// rosters. Those rules make the region where the Hard level is 0 poorly
// connected: a work block cannot grow, shrink or move one day at a time
// without passing through a short block or a minute deficit. So the search
// prices the Hard level into the soft level with two weights that adapt
// as it goes (strategic oscillation): the weight of the effort deficit and
// the weight of the block deficits each grow while the current rota breaks
// their rule and shrink while it keeps it. The rota returned is still the
// best visited in lexicographic order (Hard first).

// hasMinRules reports whether the Hard level can be positive: some
// volunteer has a minimum rule.
func hasMinRules(m *model) bool {
	for v := range m.vols {
		l := &m.vols[v].lim
		if l.MinEffort > 0 || l.MinConsecutive > 0 || l.MinConsecutiveOff > 0 {
			return true
		}
	}
	return false
}

// levels is a score with the effort part of its Hard level apart, so that
// it can be priced with weights that change after it was taken.
type levels struct {
	sc  Score
	eff int64
}

func (x *searcher) levels() levels { return levels{x.s.key(), x.s.hEff} }

// price folds the Hard level of l into its soft level at the current
// weights.
func (x *searcher) price(l levels) Score {
	k := l.sc
	k.Soft += x.wEff*l.eff/x.effUnit + x.wBlk*(k.Hard-l.eff)
	k.Hard = 0
	return k
}

// maxPenaltyWeight bounds the adaptive weights (no overflow: a Hard level
// below 10^10 times this stays within int64).
const maxPenaltyWeight = 1 << 20

// adapt moves each weight: up by a sixteenth (and one) while its rule is
// broken now, down by a sixteenth while it is kept.
func (x *searcher) adapt(feasible bool) {
	s := x.s
	// Until the search has visited a rota with Hard 0, the weights may
	// grow past wCap.
	top := int64(maxPenaltyWeight)
	if feasible {
		top = x.wCap
	}
	step := func(w int64, broken bool) int64 {
		if broken {
			return min(top, w+w/16+1)
		}
		return max(1, w-w/16)
	}
	x.wEff = step(x.wEff, s.hEff > 0)
	x.wBlk = step(x.wBlk, s.sc.Hard-s.hEff > 0)
}

// improveStaff is improve for rotas with minimum rules: late acceptance on
// the priced score, adaptive weights, and on stagnation a return to the
// best rota with a kick.
func (x *searcher) improveStaff(budget int) {
	s := x.s
	if len(x.active) == 0 || budget <= 0 {
		return
	}
	if s.key().Hard > 0 {
		// First reach Hard 0 with the lexicographic search, which gets
		// there fastest from a construction with large deficits.
		// At most half the budget: where it stalls one short block away
		// from Hard 0, the priced search below gets there.
		start, hist := x.moves, x.history
		x.untilFeasible, x.history = true, 0
		x.improve(budget / 2)
		x.untilFeasible, x.history = false, hist
		budget -= x.moves - start
		if budget <= 0 {
			return
		}
	}
	if n := x.colgen(budget / 2); n > 0 {
		x.moves += n
		budget -= n
	}
	L := 200
	if x.history > 0 {
		L = x.history
	}
	L = max(1, min(L, budget/10))
	hist := make([]levels, L)
	for i := range hist {
		hist[i] = x.levels()
	}
	x.effUnit, x.wCap = 1, 1
	for i := range s.m.needs {
		nd := &s.m.needs[i]
		if nd.effort > 0 && (x.effUnit == 1 || int64(nd.effort) < x.effUnit) {
			x.effUnit = int64(nd.effort)
		}
		x.wCap = max(x.wCap, nd.under, nd.over)
	}
	for v := range s.m.vols {
		for _, p := range s.m.vols[v].prefs {
			x.wCap = max(x.wCap, s.m.w.Preference*max(p.weight, -p.weight))
		}
	}
	// The weights move between 1 and four times the largest soft weight
	// of one turn (measured on Curtois Instance2, 5 and 7, seeds 1 and 2,
	// 10M moves: caps of 1, 2, 4 and 8 times gave totals 7432, 7371, 7162
	// and 7770), starting at half that weight.
	x.wCap = min(maxPenaltyWeight, 4*x.wCap)
	x.wEff, x.wBlk = max(1, x.wCap/8), max(1, x.wCap/8)
	x.dpLen = dpWindow
	best := s.key()
	x.snapOK = false
	s.logging = true
	s.journal = s.journal[:0]
	limit := 8*len(x.active) + 4096
	touched := make([]int, 0, 16)
	stall := max(2000, min(budget/10, 200000))
	since := 0
	for it := 0; it < budget; it++ {
		x.moves++
		since++
		if it&1023 == 0 {
			x.adapt(best.Hard == 0)
		}
		if since > stall {
			since = 0
			x.restoreBest()
			for k := 1 + x.rng.IntN(3); k > 0; k-- {
				mark := len(s.journal)
				touched = touched[:0]
				if !x.move(&touched) || !x.groupsOK(touched) {
					s.undoTo(mark)
				}
			}
			for i := range hist {
				hist[i] = x.levels()
			}
			continue
		}
		mark := len(s.journal)
		cur := x.price(x.levels())
		touched = touched[:0]
		if x.rng.IntN(100) < dpShare {
			n, ok := x.dpMove(&touched)
			x.moves += n
			it += n
			if !ok || !x.groupsOK(touched) {
				s.undoTo(mark)
				continue
			}
		} else if !x.move(&touched) || !x.groupsOK(touched) {
			s.undoTo(mark)
			continue
		}
		h := &hist[it%L]
		if a := x.price(x.levels()); a.Compare(cur) <= 0 || a.Compare(x.price(*h)) <= 0 {
			if k := s.key(); k.Less(best) {
				best = k
				since = 0
				s.journal = s.journal[:0]
				x.snapOK = false
			} else if len(s.journal) > limit {
				x.saveBest()
			}
		} else {
			s.undoTo(mark)
		}
		*h = x.levels()
	}
	if best.Less(s.key()) {
		x.restoreBest()
	}
	s.journal = s.journal[:0]
	s.logging = false
	x.repairHard(max(budget/4, 1_000_000))
}

// saveBest lets the journal be cleared without losing the best rota: the
// first time after a new best, while the journal leads back to it, it
// undoes the journal, records the rota as a snapshot and redoes the
// journal.
func (x *searcher) saveBest() {
	s := x.s
	if x.snapOK {
		// The journal starts at the rota saveBest left, not at the best.
		s.journal = s.journal[:0]
		return
	}
	ops := s.journal
	s.undoTo(0)
	x.snapDays = x.snapDays[:0]
	x.snapAsg = x.snapAsg[:0]
	for _, o32 := range x.active {
		o := int(o32)
		x.snapDays = append(x.snapDays, s.day[o])
		for _, v := range s.members[o] {
			if !s.isPinned(int(v), o) {
				x.snapAsg = append(x.snapAsg, [2]int32{v, o32})
			}
		}
	}
	logging := s.logging
	s.logging = false
	for _, p := range ops {
		switch p.kind {
		case opAssign:
			s.assign(int(p.v), int(p.o))
		case opUnassign:
			s.unassign(int(p.v), int(p.o))
		case opDay:
			s.day[p.o] = p.v
		}
	}
	s.logging = logging
	s.journal = s.journal[:0]
	x.snapOK = true
}

// restoreBest returns s to the best rota: through the journal, or from
// the snapshot when saveBest took one.
func (x *searcher) restoreBest() {
	s := x.s
	if !x.snapOK {
		s.undoTo(0)
		return
	}
	logging := s.logging
	s.logging = false
	for _, o32 := range x.active {
		o := int(o32)
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			if v := int(s.members[o][i]); !s.isPinned(v, o) {
				s.unassign(v, o)
			}
		}
	}
	for i, o32 := range x.active {
		s.day[o32] = x.snapDays[i]
	}
	for _, p := range x.snapAsg {
		s.assign(int(p[0]), int(p[1]))
	}
	s.logging = logging
	s.journal = s.journal[:0]
}
