package volunteer

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// state is one rota under search: who serves which occurrence on which day,
// with every counter the rules need and the score kept up to date by each
// primitive change (incremental delta scoring). Primitive changes are
// journaled so that any move can be undone exactly.
type state struct {
	m       *model
	day     []int32   // per occurrence
	members [][]int32 // per occurrence
	occAt   []int32   // v*days+d → occurrence, or -1
	effAt   []int32   // v*days+d → effort of that day's turn
	work    []int64   // per volunteer, effort in the horizon
	hh      []int64   // per household, ledger plus effort
	per     []int32   // period loads
	tcnt    []int32   // v*ntask
	wk      []uint8   // v*nWeek: days worked in each weekend
	wkn     []int32   // per volunteer: weekends worked
	// pinnedBy and refBy list, per occurrence, the pinned volunteers and
	// (in Repair) the volunteers of the published rota kept as reference
	// for disruption; teams are small, so a scan beats a map.
	pinnedBy [][]int32
	refBy    [][]int32  // nil outside Repair
	refDay   []int32    // per occurrence: the published day its refBy served on
	liftOK   [][]uint64 // per building: bit per day the lift works; nil = never
	sc       Score
	hEff     int64 // the MinEffort part of sc.Hard (the rest: blocks)
	// vmax and hmax are histograms of the volunteer and household loads,
	// kept when the maximum is priced or the min-max level is on.
	vmax, hmax     maxTracker
	trackV, trackH bool
	// scratch of fairDelta
	fdIdx             []int32
	fdD, fdOld, fdNew []int64
	free              []bool // occurrences where additions are not disruption (Repair)
	gain              int64  // Options.MinGain in Repair
	journal           []op
	logging           bool
	// costTab caches cost(v, o) on occurrences whose day cannot move,
	// at v*len(occs)+o (costUnset until computed); nil when too large.
	costTab []int64
}

type op struct {
	kind    uint8
	v, o, d int32
}

const (
	opAssign uint8 = iota + 1
	opUnassign
	opDay
)

func key(v, o int) int64 { return int64(v)<<32 | int64(o) }

func newState(m *model, repair bool) *state {
	s := &state{m: m, pinnedBy: make([][]int32, len(m.occs))}
	if repair {
		s.refBy = make([][]int32, len(m.occs))
		s.refDay = make([]int32, len(m.occs))
	}
	D := m.days
	s.day = make([]int32, len(m.occs))
	s.members = make([][]int32, len(m.occs))
	seats := 0
	for o := range m.occs {
		s.day[o] = int32(m.occs[o].day0)
		seats += m.needs[m.occs[o].need].max
	}
	// One slab for all teams: a team never outgrows its need's Max, so
	// appends stay in place.
	slab := make([]int32, seats)
	for o := range m.occs {
		n := m.needs[m.occs[o].need].max
		s.members[o] = slab[:0:n]
		slab = slab[n:]
	}
	s.occAt = make([]int32, len(m.vols)*D)
	for i := range s.occAt {
		s.occAt[i] = -1
	}
	s.effAt = make([]int32, len(m.vols)*D)
	s.work = make([]int64, len(m.vols))
	s.hh = make([]int64, m.nhh)
	s.per = make([]int32, m.nPer)
	s.tcnt = make([]int32, len(m.vols)*m.ntask)
	s.wk = make([]uint8, len(m.vols)*m.nWeek)
	s.wkn = make([]int32, len(m.vols))
	s.liftOK = make([][]uint64, len(m.builds))
	for b, bd := range m.builds {
		if !bd.Lift {
			continue
		}
		bits := make([]uint64, (D+63)/64)
		for d := 0; d < D; d++ {
			if bd.LiftWorks(d) {
				setBit(bits, d)
			}
		}
		s.liftOK[b] = bits
	}
	w := m.w
	for v := range m.vols {
		s.hh[m.vols[v].hh] += m.vols[v].ledger
		s.sc.Hard += int64(m.vols[v].lim.MinEffort)
		s.hEff += int64(m.vols[v].lim.MinEffort)
	}
	s.trackV = (w.MaxLoad > 0 || w.Fairness) && len(m.vols) > 0
	s.trackH = (w.HouseholdMaxLoad > 0 || w.HouseholdFairness) && len(s.hh) > 0
	if s.trackV {
		s.vmax.base, s.vmax.max = m.vols[0].ledger, m.vols[0].ledger
		for v := range m.vols {
			s.vmax.base = min(s.vmax.base, m.vols[v].ledger)
		}
		for v := range m.vols {
			s.vmax.add(m.vols[v].ledger)
		}
		s.sc.Soft += w.MaxLoad * s.vmax.max
	}
	if s.trackH {
		s.hmax.base, s.hmax.max = s.hh[0], s.hh[0]
		for _, h := range s.hh {
			s.hmax.base = min(s.hmax.base, h)
		}
		for _, h := range s.hh {
			s.hmax.add(h)
		}
		s.sc.Soft += w.HouseholdMaxLoad * s.hmax.max
	}
	for o := range m.occs {
		u, c := s.cover(o, 0)
		s.sc.Unfilled += u
		s.sc.Soft += c
	}
	return s
}

// cover returns the unfilled seats and soft cost of occurrence o with n people.
func (s *state) cover(o, n int) (int64, int64) {
	nd := &s.m.needs[s.m.occs[o].need]
	var u, c int64
	if n < nd.min {
		u = int64(nd.min - n)
	}
	if n < nd.target {
		c = nd.under * int64(nd.target-max(n, nd.min))
	} else if n > nd.target {
		c = nd.over * int64(n-nd.target)
	}
	return u, c
}

// liftDown reports whether v may not take stair task nd on day d only
// because the lift of a building that has one is out of order (a
// building without a lift is a static reason: staticReason).
func (s *state) liftDown(v int, nd *mneed, d int) bool {
	m := s.m
	sp := &m.spaces[nd.space]
	mv := &m.vols[v]
	return nd.stairs && mv.maxStair > 0 && sp.build >= 0 && sp.floor > mv.maxStair && m.builds[sp.build].Lift && !hasBit(s.liftOK[sp.build], d)
}

// declinedBy reports whether volunteer v declined the occurrence.
func (oc *mocc) declinedBy(v int) bool {
	for _, x := range oc.declined {
		if int(x) == v {
			return true
		}
	}
	return false
}

func (s *state) isMember(v, o int) bool {
	for _, x := range s.members[o] {
		if int(x) == v {
			return true
		}
	}
	return false
}

func (s *state) working(v, d int) bool { return s.occAt[v*s.m.days+d] >= 0 }

func (s *state) dayEffort(v, d int) int { return int(s.effAt[v*s.m.days+d]) }

// check reports the rules that keep volunteer v off occurrence o on day d in
// the current state: the first one (all false) or every one (all true,
// appended to out). It returns 0 when v may take the seat.
func (s *state) check(v, o, d int, all bool, out *[]Code) Code {
	m := s.m
	oc := &m.occs[o]
	nd := &m.needs[oc.need]
	mv := &m.vols[v]
	first := Code(0)
	fail := func(c Code) bool {
		if first == 0 {
			first = c
		}
		if out != nil {
			*out = append(*out, c)
		}
		return !all
	}
	if s.isMember(v, o) || len(s.members[o]) >= nd.max {
		if fail(CodeTeamFull) {
			return first
		}
	}
	if c := m.staticReason(v, oc.need); c != 0 {
		if fail(c) {
			return first
		}
	}
	if nd.stairs && s.liftDown(v, nd, d) { // the test outside keeps the common case inline
		if fail(CodeMobility) {
			return first
		}
	}
	if !hasBit(mv.avail, d) {
		if fail(CodeUnavailable) {
			return first
		}
	}
	if oc.declinedBy(v) {
		if fail(CodeDeclined) {
			return first
		}
	}
	if len(s.members[o]) == 0 && (oc.pred >= 0 || len(oc.succ) > 0) && !s.precedenceOK(o, d) {
		if fail(CodePrecedence) {
			return first
		}
	}
	D := m.days
	if s.occAt[v*D+d] >= 0 && int(s.occAt[v*D+d]) != o {
		if fail(CodeBusy) {
			return first
		}
	}
	e := nd.effort
	l := &mv.lim
	capped := false
	if l.MaxEffort > 0 && s.work[v]+int64(e) > int64(l.MaxEffort) {
		capped = true
	}
	if !capped && l.PeriodDays > 0 && int(s.per[mv.perBase+d/l.PeriodDays])+e > l.PeriodEffort {
		capped = true
	}
	if !capped && mv.taskMax != nil && mv.taskMax[nd.task] >= 0 && s.tcnt[v*m.ntask+nd.task] >= mv.taskMax[nd.task] {
		capped = true
	}
	if !capped && l.WindowDays > 0 && !s.windowOK(v, d, e) {
		capped = true
	}
	if capped && fail(CodeCap) {
		return first
	}
	if l.MaxConsecutive > 0 {
		run := 1
		for x := d - 1; x >= 0 && s.working(v, x) && run <= l.MaxConsecutive; x-- {
			run++
		}
		for x := d + 1; x < D && s.working(v, x) && run <= l.MaxConsecutive; x++ {
			run++
		}
		if run > l.MaxConsecutive && fail(CodeConsecutive) {
			return first
		}
	}
	if l.MaxWeekends > 0 {
		if wd := (m.wd0 + d) % 7; wd == 0 || wd == 6 {
			idx := (m.wd0 + d + 1) / 7
			if s.wk[v*m.nWeek+idx] == 0 && int(s.wkn[v]) >= l.MaxWeekends && fail(CodeWeekends) {
				return first
			}
		}
	}
	if m.ntask > 0 {
		t := nd.task
		bad := false
		if d > 0 {
			if p := s.occAt[v*D+d-1]; p >= 0 && m.forbid[m.needs[m.occs[p].need].task*m.ntask+t] {
				bad = true
			}
		}
		if d+1 < D {
			if q := s.occAt[v*D+d+1]; q >= 0 && m.forbid[t*m.ntask+m.needs[m.occs[q].need].task] {
				bad = true
			}
		}
		if bad && fail(CodeSuccession) {
			return first
		}
	}
	for _, x := range s.members[o] {
		if int(x) == v {
			continue
		}
		bad := false
		for _, p := range mv.prohibited {
			if p == x {
				bad = true
			}
		}
		if m.apart && m.vols[x].hh == mv.hh {
			bad = true
		}
		if bad {
			if fail(CodePairing) {
				return first
			}
			break
		}
	}
	return first
}

// windowOK reports whether adding e points on day d keeps every rolling
// window of v within its cap.
func (s *state) windowOK(v, d, e int) bool {
	l := &s.m.vols[v].lim
	if s.work[v]+int64(e) <= int64(l.WindowEffort) {
		return true // no window can hold more than the whole horizon
	}
	W, D := l.WindowDays, s.m.days
	if W > D {
		W = D
	}
	lo, hi := d-W+1, d
	if lo < 0 {
		lo = 0
	}
	if hi > D-W {
		hi = D - W
	}
	sum := 0
	for x := lo; x < lo+W; x++ {
		sum += s.dayEffort(v, x)
	}
	for st := lo; ; st++ {
		if sum+e > l.WindowEffort {
			return false
		}
		if st >= hi {
			return true
		}
		sum += s.dayEffort(v, st+W) - s.dayEffort(v, st)
	}
}

// groupOK reports the first team rule occurrence o breaks: a trainee
// without a qualified member, or a member without a required partner.
func (s *state) groupOK(o int) Code {
	m := s.m
	nd := &m.needs[m.occs[o].need]
	mem := s.members[o]
	for _, x := range mem {
		mv := &m.vols[x]
		if nd.skill >= 0 && !hasBit(mv.skills, nd.skill) {
			ok := false
			for _, y := range mem {
				if hasBit(m.vols[y].skills, nd.skill) {
					ok = true
					break
				}
			}
			if !ok {
				return CodeTraineeAlone
			}
		}
		for _, p := range mv.required {
			ok := false
			for _, y := range mem {
				if y == p {
					ok = true
					break
				}
			}
			if !ok {
				return CodePairing
			}
		}
	}
	return 0
}

// terms calls f with each soft term of volunteer v serving occurrence o on
// day d (proximity, adopter, preferences). Fairness, pairing and cover are
// terms of the rota, not of one assignment.
func (s *state) terms(v, o, d int, f func(reason string, pts int64)) {
	m := s.m
	w := &m.w
	nd := &m.needs[m.occs[o].need]
	sp := &m.spaces[nd.space]
	mv := &m.vols[v]
	if sp.build >= 0 && mv.build >= 0 {
		if mv.build != sp.build {
			if w.OtherBuilding != 0 {
				f("other_building", w.OtherBuilding)
			}
		} else if mv.floor != sp.floor && w.OtherFloor != 0 {
			f("other_floor", w.OtherFloor)
		}
	}
	if sp.adopter == v && sp.tenure.Contains(d) && w.Adopter != 0 {
		f("adopter", -w.Adopter)
	}
	for i := range mv.prefs {
		p := &mv.prefs[i]
		if p.space >= 0 && p.space != nd.space || p.task >= 0 && p.task != nd.task {
			continue
		}
		if p.wdMask != 0 && p.wdMask&(1<<uint((m.wd0+d)%7)) == 0 {
			continue
		}
		if p.days != nil && !containsSorted(p.days, d) {
			continue
		}
		if w.Preference*p.weight != 0 {
			if p.weight > 0 {
				f("preferred", -w.Preference*p.weight)
			} else {
				f("averse", -w.Preference*p.weight)
			}
		}
	}
}

func containsSorted(a []int, x int) bool {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(a) && a[lo] == x
}

// maxCostTab bounds the cost cache (entries); costUnset marks an entry
// not computed yet.
const (
	maxCostTab = 1 << 22
	costUnset  = -1 << 63
)

// cacheCosts turns on the cost cache when it fits in maxCostTab entries
// (the staff search scores each assignment very many times).
func (s *state) cacheCosts() {
	if n := len(s.m.vols) * len(s.m.occs); n <= maxCostTab {
		s.costTab = make([]int64, n)
		for i := range s.costTab {
			s.costTab[i] = costUnset
		}
	}
}

func (s *state) cost(v, o, d int) int64 {
	if s.costTab != nil && s.m.occs[o].fixed {
		i := v*len(s.m.occs) + o
		if c := s.costTab[i]; c != costUnset {
			return c
		}
		c := s.termSum(v, o, d)
		s.costTab[i] = c
		return c
	}
	return s.termSum(v, o, d)
}

func (s *state) termSum(v, o, d int) int64 {
	var c int64
	s.terms(v, o, d, func(_ string, p int64) { c += p })
	return c
}

// spanPen is the minimum-block penalty of v over the blocks (maximal runs
// of working days or of days off) that contain d-1, d or d+1: the only
// blocks a change on day d can alter. A block at least as long as the
// largest minimum costs nothing whatever its length, so each scan stops
// after that many days: the cost is O(MinConsecutive + MinConsecutiveOff),
// not O(horizon).
func (s *state) spanPen(v, d int) int64 {
	l := &s.m.vols[v].lim
	if l.MinConsecutive == 0 && l.MinConsecutiveOff == 0 {
		return 0
	}
	D := s.m.days
	row := s.occAt[v*D : v*D+D]
	limit := max(l.MinConsecutive, l.MinConsecutiveOff)
	var pen int64
	for x := max(0, d-1); x <= min(D-1, d+1); x++ {
		w := row[x] >= 0
		if x > max(0, d-1) && (row[x-1] >= 0) == w {
			continue // same block as x-1
		}
		a := x
		for a > 0 && (row[a-1] >= 0) == w && x-a < limit {
			a--
		}
		b := x
		for b+1 < D && (row[b+1] >= 0) == w && b-a+1 <= limit {
			b++
		}
		n := b - a + 1
		if n > limit || a == 0 || b == D-1 {
			continue // long enough, or touching an end of the horizon
		}
		if w && n < l.MinConsecutive {
			pen += int64(l.MinConsecutive - n)
		} else if !w && n < l.MinConsecutiveOff {
			pen += int64(l.MinConsecutiveOff - n)
		}
	}
	return pen
}

// assign puts v on o on the occurrence's current day. The caller has checked
// the rules.
func (s *state) assign(v, o int) {
	m := s.m
	d := int(s.day[o])
	nd := &m.needs[m.occs[o].need]
	mv := &m.vols[v]
	w := &m.w
	e := int64(nd.effort)
	p0 := s.spanPen(v, d)
	s.occAt[v*m.days+d] = int32(o)
	s.effAt[v*m.days+d] = int32(e)
	s.sc.Hard += s.spanPen(v, d) - p0
	n := len(s.members[o])
	u0, c0 := s.cover(o, n)
	u1, c1 := s.cover(o, n+1)
	s.sc.Unfilled += u1 - u0
	s.sc.Soft += c1 - c0 + s.cost(v, o, d)
	for _, x := range s.members[o] {
		for _, p := range mv.preferred {
			if p == x {
				s.sc.Soft -= w.Paired
			}
		}
		if !m.apart && m.vols[x].hh == mv.hh {
			s.sc.Soft -= w.HouseholdTogether
		}
	}
	s.members[o] = append(s.members[o], int32(v))
	L := mv.ledger + s.work[v]
	H := s.hh[mv.hh]
	if e != 0 && s.trackV {
		s.sc.Soft += w.MaxLoad * s.vmax.move(L, L+e)
	}
	if e != 0 && s.trackH {
		s.sc.Soft += w.HouseholdMaxLoad * s.hmax.move(H, H+e)
	}
	s.hh[mv.hh] += e
	if me := int64(mv.lim.MinEffort); me > 0 {
		dh := max(0, me-s.work[v]-e) - max(0, me-s.work[v])
		s.sc.Hard += dh
		s.hEff += dh
	}
	s.work[v] += e
	if mv.lim.PeriodDays > 0 {
		s.per[mv.perBase+d/mv.lim.PeriodDays] += int32(e)
	}
	s.tcnt[v*m.ntask+nd.task]++
	if wd := (m.wd0 + d) % 7; wd == 0 || wd == 6 {
		i := v*m.nWeek + (m.wd0+d+1)/7
		if s.wk[i] == 0 {
			s.wkn[v]++
		}
		s.wk[i]++
	}
	if s.refBy != nil {
		if s.isRef(v, o) {
			s.sc.Disruption--
		} else if !s.free[o] {
			s.sc.Disruption++
		}
	}
	if s.logging {
		s.journal = append(s.journal, op{opAssign, int32(v), int32(o), int32(d)})
	}
}

// unassign takes v off o.
func (s *state) unassign(v, o int) {
	m := s.m
	d := int(s.day[o])
	nd := &m.needs[m.occs[o].need]
	mv := &m.vols[v]
	w := &m.w
	e := int64(nd.effort)
	mem := s.members[o]
	for i, x := range mem {
		if int(x) == v {
			mem[i] = mem[len(mem)-1]
			mem = mem[:len(mem)-1]
			break
		}
	}
	s.members[o] = mem
	for _, x := range mem {
		for _, p := range mv.preferred {
			if p == x {
				s.sc.Soft += w.Paired
			}
		}
		if !m.apart && m.vols[x].hh == mv.hh {
			s.sc.Soft += w.HouseholdTogether
		}
	}
	n := len(mem)
	u0, c0 := s.cover(o, n+1)
	u1, c1 := s.cover(o, n)
	s.sc.Unfilled += u1 - u0
	s.sc.Soft += c1 - c0 - s.cost(v, o, d)
	p0 := s.spanPen(v, d)
	s.occAt[v*m.days+d] = -1
	s.effAt[v*m.days+d] = 0
	s.sc.Hard += s.spanPen(v, d) - p0
	L := mv.ledger + s.work[v]
	H := s.hh[mv.hh]
	if e != 0 && s.trackV {
		s.sc.Soft += w.MaxLoad * s.vmax.move(L, L-e)
	}
	if e != 0 && s.trackH {
		s.sc.Soft += w.HouseholdMaxLoad * s.hmax.move(H, H-e)
	}
	s.hh[mv.hh] -= e
	if me := int64(mv.lim.MinEffort); me > 0 {
		dh := max(0, me-s.work[v]+e) - max(0, me-s.work[v])
		s.sc.Hard += dh
		s.hEff += dh
	}
	s.work[v] -= e
	if mv.lim.PeriodDays > 0 {
		s.per[mv.perBase+d/mv.lim.PeriodDays] -= int32(e)
	}
	s.tcnt[v*m.ntask+nd.task]--
	if wd := (m.wd0 + d) % 7; wd == 0 || wd == 6 {
		i := v*m.nWeek + (m.wd0+d+1)/7
		s.wk[i]--
		if s.wk[i] == 0 {
			s.wkn[v]--
		}
	}
	if s.refBy != nil {
		if s.isRef(v, o) {
			s.sc.Disruption++
		} else if !s.free[o] {
			s.sc.Disruption--
		}
	}
	if s.logging {
		s.journal = append(s.journal, op{opUnassign, int32(v), int32(o), int32(d)})
	}
}

// setDay moves an empty occurrence to day d.
func (s *state) setDay(o, d int) {
	if s.logging {
		s.journal = append(s.journal, op{opDay, int32(d), int32(o), s.day[o]}) // v: the new day
	}
	s.day[o] = int32(d)
}

// precedenceOK reports whether occurrence o may take place on day d given
// its staffed predecessor and successors (precedence binds only between
// occurrences that take place, i.e. have someone on them).
func (s *state) precedenceOK(o, d int) bool {
	m := s.m
	oc := &m.occs[o]
	if oc.pred >= 0 && len(s.members[oc.pred]) > 0 && d < int(s.day[oc.pred])+m.needs[oc.need].lag {
		return false
	}
	for _, x := range oc.succ {
		if len(s.members[x]) > 0 && int(s.day[x]) < d+m.needs[m.occs[x].need].lag {
			return false
		}
	}
	return true
}

// undoTo reverts the journal to length n.
func (s *state) undoTo(n int) {
	logging := s.logging
	s.logging = false
	for i := len(s.journal) - 1; i >= n; i-- {
		x := s.journal[i]
		switch x.kind {
		case opAssign:
			s.unassign(int(x.v), int(x.o))
		case opUnassign:
			s.assign(int(x.v), int(x.o))
		case opDay:
			s.day[x.o] = x.d
		}
	}
	s.journal = s.journal[:n]
	s.logging = logging
}

// tryAssign assigns v to o if every rule allows it.
func (s *state) tryAssign(v, o int) bool {
	d := int(s.day[o])
	// Fast rejections first (the most common failures on the hot path);
	// check repeats them in its documented order.
	if s.occAt[v*s.m.days+d] >= 0 || !hasBit(s.m.vols[v].avail, d) {
		return false
	}
	if s.check(v, o, d, false, nil) != 0 {
		return false
	}
	s.assign(v, o)
	return true
}

// key is the score the search compares: the score itself, or in Repair
// with a MinGain the score with disruption priced into the soft level.
func (s *state) key() Score {
	if s.gain <= 0 {
		return s.sc
	}
	k := s.sc
	k.Soft += s.gain * k.Disruption
	k.Disruption = 0
	return k
}

func (s *state) isPinned(v, o int) bool {
	for _, x := range s.pinnedBy[o] {
		if int(x) == v {
			return true
		}
	}
	return false
}

// isRef reports whether v serves on o in the published rota, on the day o
// is on now: a published turn moved to another day is a change.
func (s *state) isRef(v, o int) bool {
	if s.refBy == nil || s.day[o] != s.refDay[o] {
		return false
	}
	for _, x := range s.refBy[o] {
		if int(x) == v {
			return true
		}
	}
	return false
}

// full returns the score with the lexicographic min-max levels filled in
// (the search compares the first four levels through key and breaks their
// ties with fairDelta and fairCmp, which are incremental).
func (s *state) full() Score { return s.withFair(s.sc) }

func (s *state) withFair(sc Score) Score {
	m := s.m
	if m.w.Fairness {
		sc.Fair = histVector(&s.vmax, len(m.vols))
	}
	if m.w.HouseholdFairness {
		sc.HouseholdFair = histVector(&s.hmax, len(s.hh))
	}
	return sc
}

// histVector encodes the n loads of a histogram largest first, without
// sorting.
func histVector(t *maxTracker, n int) LoadVector {
	b := make([]byte, 0, 8*n)
	for l := len(t.count) - 1; l >= 0; l-- {
		for c := t.count[l]; c > 0; c-- {
			b = binary.BigEndian.AppendUint64(b, uint64(t.base+int64(l)))
		}
	}
	return LoadVector{string(b)}
}

// tie is what ranks two rotas that differ only in which of two volunteers
// takes one turn of effort e > 0, when their first four levels tie: the
// loads of the two before the turn. The one with the lower load gives the
// smaller sorted vector, since its changed pair {L+e, L'} has a smaller
// maximum than {L, L'+e}; volunteers first, then households.
type tie struct{ l, h int64 }

// tieOf is v's tie in the current rota (before the turn is added).
func (s *state) tieOf(v int) tie {
	return tie{s.m.vols[v].ledger + s.work[v], s.hh[s.m.vols[v].hh]}
}

// tieCmp compares two ties for a turn of effort e: -1 when a ranks first.
func (s *state) tieCmp(a, b tie, e int) int {
	if e == 0 {
		return 0
	}
	if s.m.w.Fairness {
		if c := cmp.Compare(a.l, b.l); c != 0 {
			return c
		}
	}
	if s.m.w.HouseholdFairness {
		return cmp.Compare(a.h, b.h)
	}
	return 0
}

// fairOn reports whether the score has a min-max level.
func (s *state) fairOn() bool { return s.m.w.Fairness || s.m.w.HouseholdFairness }

// fairDelta compares the min-max levels of the current rota with those of
// the rota before the journal entries from mark on: -1 better, 0 equal,
// +1 worse. Only the loads those entries changed can differ, and two
// sorted vectors that share all other loads compare as the changed loads
// alone do (their histograms differ only there), so the cost is that of
// sorting the few changed loads.
func (s *state) fairDelta(mark int) int {
	m := s.m
	s.fdIdx, s.fdD = s.fdIdx[:0], s.fdD[:0]
	collect := func(hh bool) {
		s.fdIdx, s.fdD = s.fdIdx[:0], s.fdD[:0]
		for _, x := range s.journal[mark:] {
			if x.kind == opDay {
				continue
			}
			e := int64(m.needs[m.occs[x.o].need].effort)
			if e == 0 {
				continue
			}
			if x.kind == opUnassign {
				e = -e
			}
			i := x.v
			if hh {
				i = int32(m.vols[x.v].hh)
			}
			k := 0
			for k < len(s.fdIdx) && s.fdIdx[k] != i {
				k++
			}
			if k == len(s.fdIdx) {
				s.fdIdx = append(s.fdIdx, i)
				s.fdD = append(s.fdD, 0)
			}
			s.fdD[k] += e
		}
		s.fdOld, s.fdNew = s.fdOld[:0], s.fdNew[:0]
		for k, i := range s.fdIdx {
			if s.fdD[k] == 0 {
				continue
			}
			var cur int64
			if hh {
				cur = s.hh[i]
			} else {
				cur = m.vols[i].ledger + s.work[i]
			}
			s.fdNew = append(s.fdNew, cur)
			s.fdOld = append(s.fdOld, cur-s.fdD[k])
		}
	}
	desc := func(a, b int64) int { return cmp.Compare(b, a) }
	for _, hh := range [2]bool{false, true} {
		if hh && !m.w.HouseholdFairness || !hh && !m.w.Fairness {
			continue
		}
		collect(hh)
		slices.SortFunc(s.fdOld, desc)
		slices.SortFunc(s.fdNew, desc)
		if c := slices.Compare(s.fdNew, s.fdOld); c != 0 {
			return c
		}
	}
	return 0
}

// fairSnap is a copy of the load histograms, to compare a later rota's
// min-max levels with.
type fairSnap struct{ v, h []int32 }

func (s *state) snapFair(f *fairSnap) {
	f.v = append(f.v[:0], s.vmax.count...)
	f.h = append(f.h[:0], s.hmax.count...)
}

// fairCmp compares the min-max levels of the current rota with those of
// the snapshot: -1 better, 0 equal, +1 worse. Two load vectors of the
// same length compare lexicographically (sorted largest first) as their
// histograms compare from the top load down.
func (s *state) fairCmp(f *fairSnap) int {
	if s.m.w.Fairness {
		if c := cmpHist(s.vmax.count, f.v); c != 0 {
			return c
		}
	}
	if s.m.w.HouseholdFairness {
		return cmpHist(s.hmax.count, f.h)
	}
	return 0
}

func cmpHist(a, b []int32) int {
	at := func(h []int32, i int) int32 {
		if i < len(h) {
			return h[i]
		}
		return 0
	}
	for i := max(len(a), len(b)) - 1; i >= 0; i-- {
		if x, y := at(a, i), at(b, i); x != y {
			return cmp.Compare(x, y)
		}
	}
	return 0
}
