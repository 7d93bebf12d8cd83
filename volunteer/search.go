package volunteer

import (
	"math/rand/v2"
	"sort"
)

// loadPins puts the pinned assignments into s. A pin that breaks a maximum
// rule is a finding: CodeCapBelowPinned for caps, CodePinnedConflict for
// anything else (including team rules the pins alone break).
func (s *state) loadPins(r *Report) {
	m := s.m
	for i, p := range m.pins {
		if c := s.check(p.v, p.o, p.day, false, nil); c != 0 {
			id := m.in.Volunteers[p.v].ID
			if c == CodeCap {
				r.add(CodeCapBelowPinned, pinPath(m, i), "volunteer %q's cap is below the pinned load", "志愿者%q的上限低于已锁定的工作量", id)
			} else {
				r.add(CodePinnedConflict, pinPath(m, i), "pinned assignment of %q breaks rule %s", "志愿者%q的锁定安排违反规则：%s", id, c.String())
			}
			continue
		}
		s.assign(p.v, p.o)
		s.pinnedBy[p.o] = append(s.pinnedBy[p.o], int32(p.v))
	}
	if len(*r) > 0 {
		return
	}
	for o := range s.members {
		if len(s.members[o]) > 0 {
			if c := s.groupOK(o); c != 0 {
				r.add(CodePinnedConflict, "pinned", "pinned team on need %q day %d breaks rule %s", "任务%q第%d天的锁定团队违反规则：%s", m.in.Needs[m.occs[o].need].ID, m.occs[o].slot, c.String())
			}
		}
	}
}

func pinPath(m *model, i int) string {
	// pins are in input order, skipping none once compile succeeded.
	return "pinned[" + itoa(i) + "]"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// searcher runs construction and late-acceptance local search on a state.
type searcher struct {
	s      *state
	rng    *rand.Rand
	active []int32 // occurrences the search may touch
	// isActive marks the occurrences of active (as newSearcher got it):
	// an ejection chain may take a turn outside them in Repair, but only
	// an active occurrence may move to another day.
	isActive []bool
	byDay    [][]int32 // active occurrences by scheduled day
	moves    int
	// hardWeight prices a unit of the Hard level for acceptance (0 keeps
	// the order lexicographic); history overrides the late-acceptance
	// length. Both come from Options.
	hardWeight int64
	history    int
	osc        int // moves left in the current oscillation phase
	// capPhase gives the last capShare percent of improve's moves to a
	// capped phase (Plan's space-claim search); capping is set during it,
	// with hcap its cap on household loads (see improve).
	capPhase, capping bool
	hcap              int64
	// ruinKick makes a ruin (ruin.go) the kick of late acceptance;
	// ruinw is its scratch.
	ruinKick bool
	ruinw    ruinWork
	// sample is how many candidates construct tries per seat (0: 24;
	// Repair tries every eligible volunteer for the few vacated seats).
	sample int
	// blockPct is the share of block swaps (percent); they matter when
	// volunteers have consecutive-day rules.
	blockPct int
	// Staff search (staff.go): adaptive weights of the effort and block
	// parts of the Hard level and their cap, the effort priced as one
	// unit (the shortest turn), and the best rota as a snapshot.
	wEff, wBlk, wCap int64
	effUnit          int64
	snapOK           bool
	snapDays         []int32
	snapAsg          [][2]int32
	// untilFeasible stops improve at the first rota with Hard 0.
	untilFeasible bool
	// Person DP (staffdp.go): its scratch space and longest window
	// (shortened where the DP would have too many states).
	dp    dpWork
	dpLen int
	// bound is the proven lower bound on Soft column generation found
	// (colgen.go), nil if none.
	bound *int64
	// lnsw is the scratch of the descent's sub-solves (lns.go).
	lnsw lnsWork
}

func newSearcher(s *state, seed uint64, active []int32) *searcher {
	x := &searcher{s: s, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), active: active}
	for v := range s.m.vols {
		l := &s.m.vols[v].lim
		if l.MinConsecutive > 0 || l.MinConsecutiveOff > 0 || l.MaxConsecutive > 0 {
			x.blockPct = 20
		}
	}
	x.byDay = make([][]int32, s.m.days)
	x.isActive = make([]bool, len(s.m.occs))
	for _, o := range active {
		d := s.m.occs[o].slot
		x.byDay[d] = append(x.byDay[d], o)
		x.isActive[o] = true
	}
	return x
}

// construct fills each active occurrence up to its target with the best of
// a sample of candidates, scarcest occurrences first.
func (x *searcher) construct() {
	s, m := x.s, x.s.m
	order := append([]int32(nil), x.active...)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &m.occs[order[i]], &m.occs[order[j]]
		ea, eb := len(m.needs[a.need].eligible), len(m.needs[b.need].eligible)
		if ea != eb {
			return ea < eb
		}
		return a.slot < b.slot
	})
	sample := x.sample
	if sample == 0 {
		sample = 24
	}
	var cand []int32
	for _, o32 := range order {
		o := int(o32)
		nd := &m.needs[m.occs[o].need]
		for len(s.members[o]) < nd.target {
			el := nd.eligible
			if len(el) == 0 {
				break
			}
			cand = cand[:0]
			if len(el) <= sample {
				cand = append(cand, el...)
			} else {
				for k := 0; k < sample; k++ {
					cand = append(cand, el[x.rng.IntN(len(el))])
				}
			}
			best, bestSc, ok := -1, Score{}, false
			try := func(v int) {
				if s.check(v, o, int(s.day[o]), false, nil) != 0 {
					return
				}
				s.assign(v, o)
				if s.groupOK(o) == 0 || len(s.members[o]) < nd.target {
					if k := s.key(); !ok || k.Less(bestSc) {
						best, bestSc, ok = v, k, true
					}
				}
				s.unassign(v, o)
			}
			before := s.key()
			for _, v := range cand {
				try(int(v))
			}
			if !ok && len(s.members[o]) < nd.min && len(el) > sample {
				for _, v := range el {
					try(int(v))
					if ok {
						break
					}
				}
			}
			if !ok || (len(s.members[o]) >= nd.min && !bestSc.Less(before)) {
				break
			}
			s.assign(best, o)
		}
		if s.groupOK(o) != 0 {
			// A trainee or a required partner was left alone: clear the
			// unpinned members again.
			for i := len(s.members[o]) - 1; i >= 0; i-- {
				v := int(s.members[o][i])
				if !s.isPinned(v, o) {
					s.unassign(v, o)
				}
			}
		}
	}
}

// improve runs late acceptance hill climbing for budget candidate moves and
// leaves s at the best rota found. With capPhase (and a household
// maximum priced) its last capShare percent is the capped phase: it
// restarts from the best rota with acceptance pricing each household
// point above one below that rota's largest household load.
func (x *searcher) improve(budget int) {
	s := x.s
	if len(x.active) == 0 || budget <= 0 {
		return
	}
	// A short late-acceptance history works best on these rotas: measured
	// against CBC optima, histories of 20 to 50 reach the optimum where
	// 2,000 plateaus 2-3 % above it.
	L := max(5, min(budget/100, 30))
	if x.history > 0 {
		L = x.history
	}
	hist := make([]Score, L)
	for i := range hist {
		hist[i] = x.accept()
	}
	best := s.key()
	fair := s.fairOn()
	var bestFair fairSnap
	if fair {
		s.snapFair(&bestFair)
	}
	s.logging = true
	s.journal = s.journal[:0]
	limit := 8*len(x.active) + 4096
	touched := make([]int, 0, 4)
	stall := max(1000, min(budget/20, 50000))
	since, kicks := 0, 0
	// newBest makes the current rota the best one if it beats it.
	newBest := func() bool {
		k := s.key()
		kb := k.Compare(best)
		if kb == 0 && fair {
			kb = s.fairCmp(&bestFair)
		}
		if kb >= 0 {
			return false
		}
		best = k
		if fair {
			s.snapFair(&bestFair)
		}
		since = 0
		s.journal = s.journal[:0]
		return true
	}
	capAt := -1
	if x.capPhase && s.trackH && s.m.w.HouseholdMaxLoad > 0 {
		capAt = budget - budget*capShare/100
	}
	for it := 0; it < budget; it++ {
		x.moves++
		since++
		if capAt >= 0 && it >= capAt {
			// The capped phase (once; a ruin may step it past capAt):
			// from the best rota, acceptance prices every household
			// point above one below its largest household load.
			// Lowering that maximum takes every holder unloaded at once
			// (five households on the 4-tower gap instance), which the
			// unpriced search, seeing only the last holder's saving,
			// rarely does; the best rota is still kept by the true score.
			capAt = -1
			if s.hmax.max > s.hmax.base {
				s.undoTo(0)
				x.capping, x.hcap = true, s.hmax.max-1
				since = 0
				for i := range hist {
					hist[i] = x.accept()
				}
			}
		}
		if x.osc > 0 {
			x.osc--
			if x.osc == 0 {
				for i := range hist {
					hist[i] = x.accept()
				}
			}
		}
		if since > stall {
			// Iterated local search: return to the best rota and kick it
			// by a ruin (Plan) or with a few random feasible moves.
			since = 0
			s.undoTo(0)
			ruined := false
			if x.ruinKick {
				work, ok := x.ruin(budget - it - 1)
				x.moves += work
				it += work
				ruined = ok
			}
			for k := 1 + x.rng.IntN(3); k > 0 && !ruined; k-- {
				mark := len(s.journal)
				touched = touched[:0]
				if !x.move(&touched) || !x.groupsOK(touched) {
					s.undoTo(mark)
				}
			}
			if newBest() && x.untilFeasible && best.Hard == 0 {
				break // a ruin, or a kick, may itself find a new best
			}
			// Strategic oscillation: for a while after the kick, price
			// minimum-rule deficits instead of ranking them first, so that
			// two-step repairs through a short work block are reachable.
			// Every other kick only, so that the lexicographic search from
			// a kicked rota is kept too.
			kicks++
			if kicks%2 == 0 {
				x.osc = 2 * stall / 10
			}
			for i := range hist {
				hist[i] = x.accept()
			}
			continue
		}
		mark := len(s.journal)
		curA := x.accept()
		touched = touched[:0]
		if !x.move(&touched) {
			s.undoTo(mark)
			continue
		}
		if !x.groupsOK(touched) {
			s.undoTo(mark)
			continue
		}
		h := &hist[it%L]
		// Late acceptance over the four levels of key; a tie with the
		// current rota is broken by the min-max levels (a move that
		// raises the sorted loads is accepted only below the history).
		a := x.accept()
		c4, ch := a.Compare(curA), a.Compare(*h)
		c := c4
		if c == 0 && fair {
			c = s.fairDelta(mark)
		}
		if c <= 0 || ch < 0 || ch == 0 && c4 > 0 {
			if a.Less(*h) {
				*h = a
			}
			if newBest() {
				if x.untilFeasible && best.Hard == 0 {
					break
				}
			} else if len(s.journal) > limit {
				s.undoTo(0)
			}
		} else {
			s.undoTo(mark)
		}
	}
	if kb := s.key().Compare(best); kb > 0 || kb == 0 && fair && s.fairCmp(&bestFair) > 0 {
		s.undoTo(0)
	}
	x.capping = false
	s.journal = s.journal[:0]
	s.logging = false
}

func (x *searcher) pickOcc() int { return int(x.active[x.rng.IntN(len(x.active))]) }

// pickMember returns a random unpinned member of o, or -1.
func (x *searcher) pickMember(o int) int {
	mem := x.s.members[o]
	if len(mem) == 0 {
		return -1
	}
	v := int(mem[x.rng.IntN(len(mem))])
	if x.s.isPinned(v, o) {
		return -1
	}
	return v
}

// partnerOcc returns an active occurrence related to o: on the same
// scheduled day half the time, any active occurrence otherwise.
func (x *searcher) partnerOcc(o int) int {
	if x.rng.IntN(2) == 0 {
		l := x.byDay[x.s.m.occs[o].slot]
		return int(l[x.rng.IntN(len(l))])
	}
	return x.pickOcc()
}

// move applies one random neighbourhood move, reporting false if the move
// is impossible (the caller undoes it).
func (x *searcher) move(touched *[]int) bool {
	s, m := x.s, x.s.m
	o := x.pickOcc()
	nd := &m.needs[m.occs[o].need]
	*touched = append(*touched, o)
	switch k := x.rng.IntN(100 + x.blockPct); {
	case k < 25: // add
		if len(nd.eligible) == 0 || len(s.members[o]) >= nd.max {
			return false
		}
		v := int(nd.eligible[x.rng.IntN(len(nd.eligible))])
		if !s.tryAssign(v, o) {
			return false
		}
		x.helpers(v, o)
		return true
	case k < 40: // remove
		v := x.pickMember(o)
		if v < 0 {
			return false
		}
		s.unassign(v, o)
		return true
	case k < 65: // replace
		v := x.pickMember(o)
		if v < 0 || len(nd.eligible) == 0 {
			return false
		}
		w := int(nd.eligible[x.rng.IntN(len(nd.eligible))])
		s.unassign(v, o)
		if !s.tryAssign(w, o) {
			return false
		}
		x.helpers(w, o)
		return true
	case k < 82: // swap two people between two occurrences
		v := x.pickMember(o)
		if v < 0 {
			return false
		}
		o2 := x.partnerOcc(o)
		w := x.pickMember(o2)
		if o2 == o || w < 0 || w == v {
			return false
		}
		*touched = append(*touched, o2)
		s.unassign(v, o)
		s.unassign(w, o2)
		return s.tryAssign(v, o2) && s.tryAssign(w, o)
	case k < 90: // move one person to another occurrence
		v := x.pickMember(o)
		if v < 0 {
			return false
		}
		o2 := x.partnerOcc(o)
		if o2 == o {
			return false
		}
		*touched = append(*touched, o2)
		s.unassign(v, o)
		return s.tryAssign(v, o2)
	case k < 96:
		// Ejection chain: w leaves a nearby turn o2 for o (in place of
		// a member if o is full), and u covers o2, half the time on
		// another day of its window if w was its only member: a
		// volunteer at a cap trades one turn for another while the turn
		// given up finds a taker on a day the taker can come.
		if len(nd.eligible) == 0 {
			return false
		}
		w := int(nd.eligible[x.rng.IntN(len(nd.eligible))])
		if s.isMember(w, o) {
			return false
		}
		if len(s.members[o]) >= nd.max {
			v := x.pickMember(o)
			if v < 0 {
				return false
			}
			s.unassign(v, o)
		}
		d := int(s.day[o])
		D := m.days
		o2, seen := -1, 0
		for e := max(0, d-7); e <= min(D-1, d+7); e++ {
			if q := int(s.occAt[w*D+e]); q >= 0 && q != o && !s.isPinned(w, q) {
				seen++
				if x.rng.IntN(seen) == 0 {
					o2 = q
				}
			}
		}
		if o2 < 0 {
			return false
		}
		*touched = append(*touched, o2)
		s.unassign(w, o2)
		if !s.tryAssign(w, o) {
			return false
		}
		x.helpers(w, o)
		el := m.needs[m.occs[o2].need].eligible
		if oc2 := &m.occs[o2]; len(s.members[o2]) == 0 && !oc2.fixed && oc2.hi > oc2.lo && x.isActive[o2] && x.rng.IntN(2) == 0 {
			s.setDay(o2, oc2.lo+x.rng.IntN(oc2.hi-oc2.lo+1))
		}
		for k := 0; k < 3; k++ {
			u := int(el[x.rng.IntN(len(el))])
			if s.tryAssign(u, o2) {
				x.helpers(u, o2)
				break
			}
		}
		return true
	case k < 96+x.blockPct/2: // swap two people's turns over a run of days
		return x.blockSwap(o, touched)
	case k < 96+x.blockPct: // one person: a run of days off, or of turns
		return x.blockFlip(o, touched)
	case k < 97+x.blockPct: // clear an occurrence
		any := false
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			v := int(s.members[o][i])
			if !s.isPinned(v, o) {
				s.unassign(v, o)
				any = true
			}
		}
		return any
	default: // move a flexible occurrence to another day
		oc := &m.occs[o]
		if oc.fixed || oc.lo == oc.hi {
			return false
		}
		if x.rng.IntN(3) == 0 {
			return x.shiftRun(o, touched)
		}
		d := oc.lo + x.rng.IntN(oc.hi-oc.lo+1)
		if d == int(s.day[o]) {
			return false
		}
		x.redate(o, d)
		return true
	}
}

// moveDay moves occurrence o to day d with the members who can come then;
// the others drop out.
func (s *state) moveDay(o, d int) {
	var buf [8]int32
	mem := append(buf[:0], s.members[o]...)
	for _, v := range mem {
		s.unassign(int(v), o)
	}
	s.setDay(o, d)
	for _, v := range mem {
		s.tryAssign(int(v), o)
	}
}

// redate moves occurrence o to day d: members who cannot come on the new
// day drop out, and others are tried in their place up to the target.
func (x *searcher) redate(o, d int) {
	s, m := x.s, x.s.m
	nd := &m.needs[m.occs[o].need]
	s.moveDay(o, d)
	for k := 0; k < 2*nd.target && len(s.members[o]) < nd.target && len(nd.eligible) > 0; k++ {
		w := int(nd.eligible[x.rng.IntN(len(nd.eligible))])
		if s.tryAssign(w, o) {
			x.helpers(w, o)
		}
	}
}

// shiftRun moves o and the next one or two flexible occurrences of the
// same need one day later (or earlier) together, the farthest first so
// that each frees the day the one before it moves into: the team of a
// weekly flexible task keeps its rhythm.
func (x *searcher) shiftRun(o int, touched *[]int) bool {
	s, m := x.s, x.s.m
	delta := 1
	if x.rng.IntN(2) == 0 {
		delta = -1
	}
	occs := m.needs[m.occs[o].need].occs
	i := 0
	for i < len(occs) && int(occs[i]) != o {
		i++
	}
	j := min(len(occs), i+2+x.rng.IntN(2))
	run := occs[i:j]
	for k := range run {
		q := int(run[k]) // earlier: the first moves first
		if delta > 0 {
			q = int(run[len(run)-1-k]) // later: the last moves first
		}
		oc := &m.occs[q]
		d := int(s.day[q]) + delta
		if oc.fixed || d < oc.lo || d > oc.hi {
			continue
		}
		*touched = append(*touched, q)
		x.redate(q, d)
	}
	return true
}

// helpers brings in the people v needs on o: its required partners, and a
// qualified member when v is only a trainee.
func (x *searcher) helpers(v, o int) {
	s, m := x.s, x.s.m
	for _, p := range m.vols[v].required {
		if !s.isMember(int(p), o) {
			s.tryAssign(int(p), o)
		}
	}
	nd := &m.needs[m.occs[o].need]
	if nd.skill < 0 || hasBit(m.vols[v].skills, nd.skill) || len(nd.eligible) == 0 {
		return
	}
	for _, y := range s.members[o] {
		if hasBit(m.vols[y].skills, nd.skill) {
			return
		}
	}
	for k := 0; k < 4; k++ {
		w := int(nd.eligible[x.rng.IntN(len(nd.eligible))])
		if hasBit(m.vols[w].skills, nd.skill) && s.tryAssign(w, o) {
			return
		}
	}
}

func (x *searcher) groupsOK(touched []int) bool {
	for _, o := range touched {
		if len(x.s.members[o]) > 0 && x.s.groupOK(o) != 0 {
			return false
		}
	}
	return true
}

// blockSwap exchanges the turns of a member of o and another volunteer
// over a run of 1 to 7 days around o's day: each day, each takes the
// other's turn (or day off). This is the classic nurse-rostering block
// move; it keeps work blocks whole where single moves would break them.
func (x *searcher) blockSwap(o int, touched *[]int) bool {
	s, m := x.s, x.s.m
	v := x.pickMember(o)
	if v < 0 || len(m.vols) < 2 {
		return false
	}
	w := x.rng.IntN(len(m.vols))
	if w == v {
		return false
	}
	D := m.days
	n := 1 + x.rng.IntN(7)
	lo := int(s.day[o]) - x.rng.IntN(n)
	lo = max(0, lo)
	hi := min(D-1, lo+n-1)
	type pair struct{ d, ov, ow int }
	var ps [7]pair
	np := 0
	for d := lo; d <= hi; d++ {
		ov, ow := int(s.occAt[v*D+d]), int(s.occAt[w*D+d])
		if ov == ow || ov >= 0 && s.isPinned(v, ov) || ow >= 0 && s.isPinned(w, ow) {
			continue
		}
		ps[np] = pair{d, ov, ow}
		np++
	}
	if np == 0 {
		return false
	}
	for _, p := range ps[:np] {
		if p.ov >= 0 {
			s.unassign(v, p.ov)
			*touched = append(*touched, p.ov)
		}
		if p.ow >= 0 {
			s.unassign(w, p.ow)
			*touched = append(*touched, p.ow)
		}
	}
	for _, p := range ps[:np] {
		if p.ow >= 0 && (s.isMember(v, p.ow) || !s.tryAssign(v, p.ow)) {
			return false
		}
		if p.ov >= 0 && (s.isMember(w, p.ov) || !s.tryAssign(w, p.ov)) {
			return false
		}
	}
	return true
}

// blockFlip takes a volunteer of o (or a random eligible one) and either
// clears their turns over a run of 1 to 5 days around o's day, or gives
// them a turn on every free day of the run (the same task as o where that
// day has one). It builds and removes whole work blocks, which single
// moves cannot do without passing through short blocks.
func (x *searcher) blockFlip(o int, touched *[]int) bool {
	s, m := x.s, x.s.m
	D := m.days
	n := 1 + x.rng.IntN(5)
	lo := max(0, int(s.day[o])-x.rng.IntN(n))
	hi := min(D-1, lo+n-1)
	if x.rng.IntN(2) == 0 {
		v := x.pickMember(o)
		if v < 0 {
			return false
		}
		any := false
		for d := lo; d <= hi; d++ {
			if q := int(s.occAt[v*D+d]); q >= 0 && !s.isPinned(v, q) {
				s.unassign(v, q)
				*touched = append(*touched, q)
				any = true
			}
		}
		return any
	}
	el := m.needs[m.occs[o].need].eligible
	if len(el) == 0 {
		return false
	}
	v := int(el[x.rng.IntN(len(el))])
	task := m.needs[m.occs[o].need].task
	any := false
	for d := lo; d <= hi; d++ {
		if s.occAt[v*D+d] >= 0 {
			continue
		}
		// Prefer an occurrence of the same task that day, else any.
		cands := x.byDay[d]
		best := -1
		for _, q32 := range cands {
			q := int(q32)
			if m.needs[m.occs[q].need].task == task && int(s.day[q]) == d {
				best = q
				break
			}
		}
		if best < 0 && len(cands) > 0 {
			best = int(cands[x.rng.IntN(len(cands))])
		}
		if best < 0 || int(s.day[best]) != d {
			continue
		}
		if s.tryAssign(v, best) {
			*touched = append(*touched, best)
			any = true
		}
	}
	return any
}

// polish is steepest descent over single replacements and removals on
// the given occurrences: each unpinned member is replaced by the eligible
// volunteer, or by no one, that improves the score most, until nothing
// improves it (at most two passes). Repair runs it on the vacated seats,
// so that the filler of a seat is never beaten by one of the substitutes
// it lists, and on the published teams a chain changed.
func (x *searcher) polish(occs []int32) {
	s, m := x.s, x.s.m
	logging := s.logging
	s.logging = true
	for pass := 0; pass < 2; pass++ {
		improved := false
		for _, o32 := range occs {
			o := int(o32)
			el := m.needs[m.occs[o].need].eligible
			for i := 0; i < len(s.members[o]); i++ {
				v := int(s.members[o][i])
				if s.isPinned(v, o) {
					continue
				}
				base := len(s.journal)
				// Candidates take the same turn, so the min-max levels
				// rank them by their loads without the turn (tie).
				e := m.needs[m.occs[o].need].effort
				s.unassign(v, o)
				tv := s.tieOf(v)
				s.undoTo(base)
				bestW, best, bestT := -1, s.key(), tv
				// Leaving the seat empty is a candidate too (a turn a
				// chain added to a published team may be surplus).
				s.unassign(v, o)
				if k := s.key(); k.Less(best) && s.groupOK(o) == 0 {
					bestW, best = -2, k
				}
				s.undoTo(base)
				d := int(s.day[o])
				for _, w32 := range el {
					w := int(w32)
					if w == v || s.occAt[w*m.days+d] >= 0 || !hasBit(m.vols[w].avail, d) {
						continue // fast rejection: same person, busy or away
					}
					s.unassign(v, o)
					tw := s.tieOf(w)
					if s.tryAssign(w, o) && s.groupOK(o) == 0 {
						k := s.key()
						if c := k.Compare(best); c < 0 || c == 0 && s.tieCmp(tw, bestT, e) < 0 {
							bestW, best, bestT = w, k, tw
						}
					}
					s.undoTo(base)
				}
				if bestW != -1 {
					s.unassign(v, o)
					if bestW >= 0 {
						s.assign(bestW, o)
					} else {
						i-- // the next member moved into place i
					}
					improved = true
				}
			}
		}
		if !improved {
			break
		}
	}
	s.journal = s.journal[:0]
	s.logging = logging
}

// oscWeight prices a unit of the Hard level during oscillation phases.
const oscWeight = 1000

// capShare is the percentage of Plan's late acceptance given to the capped
// phase (see improve), and capPerSeat the moves per seat a budget needs
// for it: on the CBC gap instances (at 2,000 to 7,400 moves a seat, the
// default budget then; 45,000 to 50,000 now) a share of 40 cut the gap
// summed over seeds 1 to 32 by a fifth at the default budget and by two
// fifths at 2,000,000 moves (20 by less), but a search still improving
// when the phase starts loses that share (the 12-week Songliu golden, 300
// moves a seat, went from soft 1546 to 1789).
const (
	capShare   = 40
	capPerSeat = 1000
)

// accept is the score late acceptance compares. With hardWeight 0 it is
// the lexicographic score itself; otherwise the Hard level (deficits of
// minimum rules) is priced into the soft level, so that the search may
// pass through rotas that break a minimum rule on its way between
// feasible ones. In the capped phase each household point above the cap
// is priced too. The best rota is still chosen lexicographically.
func (x *searcher) accept() Score {
	k := x.s.key()
	hw := x.hardWeight
	if hw == 0 && x.osc > 0 {
		hw = oscWeight
	}
	if hw > 0 {
		k.Soft += hw * k.Hard
		k.Hard = 0
	}
	if x.capping {
		// Each household point above the cap costs what a point of the
		// household maximum does, so single moves see each holder's
		// unloading, not only the last one's.
		t := &x.s.hmax
		for l := t.max; l > x.hcap; l-- {
			k.Soft += x.s.m.w.HouseholdMaxLoad * int64(t.count[l-t.base]) * (l - x.hcap)
		}
	}
	return k
}
