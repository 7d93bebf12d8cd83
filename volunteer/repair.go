package volunteer

import (
	"fmt"
	"slices"
	"sort"
)

// Change is one event that Repair applies to a published rota; Kind says
// which fields matter.
type Change struct {
	Kind ChangeKind `json:"kind"`
	// Day is the first day the change applies (drop-out date, joining date,
	// closing date, lift failure).
	Day          int        `json:"day"`
	Volunteer    string     `json:"volunteer,omitempty"`     // DropOut
	NewVolunteer *Volunteer `json:"new_volunteer,omitempty"` // AddVolunteer
	Space        string     `json:"space,omitempty"`         // CloseSpace
	NewSpace     *Space     `json:"new_space,omitempty"`     // AddSpace
	NewNeeds     []Need     `json:"new_needs,omitempty"`     // AddSpace
	Building     string     `json:"building,omitempty"`      // LiftOut
}

// Repaired is the outcome of Repair: the new rota, what changed, and the
// alternatives for each seat a change vacated.
type Repaired struct {
	Result
	// Input is the input with the changes applied (the new baseline).
	Input   Input     `json:"input"`
	Added   []Slotted `json:"added"`
	Removed []Slotted `json:"removed"`
	Vacated []Vacancy `json:"vacated"`
}

// Slotted is one volunteer on one occurrence, as it appears in a diff.
type Slotted struct {
	Need      string `json:"need"`
	Slot      int    `json:"slot"`
	Day       int    `json:"day"`
	Volunteer string `json:"volunteer"`
}

// Vacancy is a published seat that a change made impossible, with who
// fills it now and the ranked alternatives.
type Vacancy struct {
	Need string `json:"need"`
	Slot int    `json:"slot"`
	Day  int    `json:"day"`
	// Left is the volunteer who can no longer serve; Reason the rule that
	// now excludes them.
	Left   string `json:"left"`
	Reason Code   `json:"reason"`
	// FilledBy is who took the seat in the repaired rota, if anyone.
	FilledBy    string      `json:"filled_by,omitempty"`
	Substitutes []Candidate `json:"substitutes"`
	Swaps       []Swap      `json:"swaps"`
}

// Candidate is a volunteer who could take a vacated seat directly, and the
// score of the repaired rota if they did (instead of FilledBy). The score
// holds the first four levels; candidates that tie on them are ranked by
// the min-max levels (the lower load first: all take the same turn), then
// by ID.
type Candidate struct {
	Volunteer string `json:"volunteer"`
	Score     Score  `json:"score"`
}

// Swap is a two-person exchange: In leaves their own turn (Need, Slot) that
// day to take the vacated seat, and Cover takes In's turn.
type Swap struct {
	In    string `json:"in"`
	Cover string `json:"cover"`
	Need  string `json:"need"`
	Slot  int    `json:"slot"`
	// Score holds the first four levels, as in Candidate; swaps that tie
	// on them are ranked by In's ID.
	Score Score `json:"score"`
}

// Repair applies changes to in and repairs the published rota with
// minimal disruption. Published assignments before the earliest change day
// are history and are pinned; so are in.Pinned (except those of a volunteer
// who drops out, from the drop-out day). From the earliest change day on,
// every published assignment that is still valid is kept unless moving it
// fills a seat (lexicographic order: hard, unfilled, disruption, soft) or,
// with opt.MinGain > 0, buys at least MinGain soft points per change.
// Filling a seat a change vacated, or a seat of a new need, is not a
// disruption. The input values are not modified; on error nothing is
// returned.
func Repair(in Input, published []Assignment, changes []Change, opt Options) (Repaired, error) {
	nin, from, r := applyChanges(in, changes)
	if len(r) > 0 {
		r.Sort()
		return Repaired{}, r
	}
	// History becomes pinned.
	pinnedSet := make(map[Slotted]bool, len(nin.Pinned))
	for _, a := range nin.Pinned {
		pinnedSet[Slotted{a.Need, a.Slot, a.Day, a.Volunteer}] = true
	}
	future := make([]int32, 0, len(published)) // indices into published
	nin.Pinned = slices.Grow(nin.Pinned, len(published))
	for i, a := range published {
		if a.Day < from {
			if dropped(changes, a.Volunteer, a.Day) {
				continue
			}
			if !pinnedSet[Slotted{a.Need, a.Slot, a.Day, a.Volunteer}] {
				nin.Pinned = append(nin.Pinned, Assignment{Need: a.Need, Slot: a.Slot, Day: a.Day, Volunteer: a.Volunteer})
			}
			continue
		}
		if a.Need == "" || a.Volunteer == "" {
			r.add(CodeEmptyID, fmt.Sprintf("published[%d]", i), "assignment names no need or volunteer", "安排缺少任务或志愿者")
		}
		if !pinnedSet[Slotted{a.Need, a.Slot, a.Day, a.Volunteer}] {
			future = append(future, int32(i))
		}
	}
	if len(r) > 0 {
		return Repaired{}, r
	}
	m, r := compile(nin, opt)
	if m == nil {
		return Repaired{}, r
	}
	// Published flexible occurrences keep their published day.
	for _, fi := range future {
		a := &published[fi]
		if o, ok := m.occOf(a.Need, a.Slot); ok && a.Day >= m.occs[o].lo && a.Day <= m.occs[o].hi && !m.occs[o].fixed {
			if m.occs[o].pred < 0 && len(m.occs[o].succ) == 0 {
				m.occs[o].fixed = true
				m.occs[o].lo, m.occs[o].hi, m.occs[o].day0 = a.Day, a.Day, a.Day
			}
		}
	}
	s := newState(m, true)
	s.free = make([]bool, len(m.occs))
	s.gain = opt.MinGain
	s.loadPins(&r)
	if len(r) > 0 {
		r.Sort()
		return Repaired{}, r
	}
	type vac struct {
		o      int
		left   string
		reason Code
	}
	var vacs []vac
	var kept []int64
	for _, fi := range future {
		a := &published[fi]
		o, okO := m.occOf(a.Need, a.Slot)
		v, okV := m.volIdx[a.Volunteer]
		if !okO {
			continue // the occurrence is gone (space closed)
		}
		if !okV {
			vacs = append(vacs, vac{o, a.Volunteer, CodeUnknownVolunteer})
			s.free[o] = true
			continue
		}
		if c := s.keepDay(o, a.Day); c != 0 {
			vacs = append(vacs, vac{o, a.Volunteer, c})
			s.free[o] = true
			continue
		}
		if c := s.check(v, o, int(s.day[o]), false, nil); c != 0 {
			vacs = append(vacs, vac{o, a.Volunteer, c})
			s.free[o] = true
			continue
		}
		s.assign(v, o)
		kept = append(kept, key(v, o))
	}
	// Team rules broken by a departure vacate the dependent seats too.
	for o := range s.members {
		if len(s.members[o]) == 0 || s.groupOK(o) == 0 {
			continue
		}
		for i := len(s.members[o]) - 1; i >= 0; i-- {
			v := int(s.members[o][i])
			if s.isPinned(v, o) {
				continue
			}
			s.unassign(v, o)
			if s.groupOK(o) != 0 {
				continue
			}
			vacs = append(vacs, vac{o, m.in.Volunteers[v].ID, CodePairing})
			s.free[o] = true
			removeKey(&kept, key(v, o))
			break
		}
	}
	copy(s.refDay, s.day)
	for _, k := range kept {
		o := int(k & 0xffffffff)
		s.refBy[o] = append(s.refBy[o], int32(k>>32))
	}
	// New needs' occurrences are free too.
	oldNeeds := map[string]bool{}
	for _, n := range in.Needs {
		oldNeeds[n.ID] = true
	}
	for o := range m.occs {
		if !oldNeeds[m.in.Needs[m.occs[o].need].ID] {
			s.free[o] = true
		}
	}
	s.sc.Disruption = 0
	// Search only near the affected seats unless a voluntary change may pay.
	var active []int32
	affectedDay := map[int]bool{}
	for o := range m.occs {
		if s.free[o] && m.occs[o].slot >= from {
			affectedDay[m.occs[o].slot] = true
		}
	}
	for o := range m.occs {
		if m.occs[o].slot < from {
			continue
		}
		if s.free[o] || opt.MinGain > 0 || affectedDay[m.occs[o].slot] {
			active = append(active, int32(o))
		}
	}
	x := newSearcher(s, opt.Seed, active)
	x.hardWeight, x.history = opt.HardWeight, opt.History
	var freeActive []int32
	for _, o := range active {
		if s.free[o] {
			freeActive = append(freeActive, o)
		}
	}
	x.active = freeActive
	x.construct()
	x.active = active
	budget := opt.Budget
	if budget == 0 {
		budget = 200 + 30*len(freeActive)
		if opt.MinGain > 0 {
			budget = DefaultBudget(len(active))
		}
	}
	x.improve(budget)
	// Polish the vacated seats, and the seats where a chain put someone
	// new on a published team (the surplus turn may then go).
	polish := slices.Clip(freeActive)
	for o := range m.occs {
		if s.free[o] {
			continue
		}
		for _, v := range s.members[o] {
			if !s.isRef(int(v), o) && !s.isPinned(int(v), o) {
				polish = append(polish, int32(o))
				break
			}
		}
	}
	x.polish(polish)

	out := Repaired{Result: s.result(x.moves), Input: nin}
	// Diff against the published future, on indices.
	was := make(map[int64]int32, len(future))
	for _, fi := range future {
		a := &published[fi]
		o, okO := m.occOf(a.Need, a.Slot)
		v, okV := m.volIdx[a.Volunteer]
		if okO && okV {
			was[key(v, o)] = int32(a.Day)
			if s.isMember(v, o) && int(s.day[o]) == a.Day {
				continue
			}
		}
		out.Removed = append(out.Removed, Slotted{a.Need, a.Slot, a.Day, a.Volunteer})
	}
	for o := range m.occs {
		d := int(s.day[o])
		if d < from {
			continue
		}
		for _, v := range s.members[o] {
			k := key(int(v), o)
			if s.isPinned(int(v), o) {
				continue
			}
			if pd, ok := was[k]; ok && int(pd) == d {
				continue
			}
			out.Added = append(out.Added, Slotted{m.in.Needs[m.occs[o].need].ID, m.occs[o].slot, d, m.in.Volunteers[v].ID})
		}
	}
	sortSlotted(out.Added)
	sortSlotted(out.Removed)
	k := opt.Substitutes
	if k == 0 {
		k = 3
	}
	for _, vc := range vacs {
		out.Vacated = append(out.Vacated, s.alternatives(vc.o, vc.left, vc.reason, k))
	}
	sort.SliceStable(out.Vacated, func(i, j int) bool {
		a, b := out.Vacated[i], out.Vacated[j]
		if a.Day != b.Day {
			return a.Day < b.Day
		}
		if a.Need != b.Need {
			return a.Need < b.Need
		}
		return a.Left < b.Left
	})
	return out, nil
}

// keepDay puts occurrence o on its published day d when it may still take
// place then, and otherwise says why not: a flexible occurrence linked by
// precedence keeps its published day unless its predecessor or successor
// now forbids it.
func (s *state) keepDay(o, d int) Code {
	if d == int(s.day[o]) {
		return 0
	}
	oc := &s.m.occs[o]
	switch {
	case oc.fixed || d < oc.lo || d > oc.hi || len(s.members[o]) > 0:
		return CodeBadDay
	case !s.precedenceOK(o, d):
		return CodePrecedence
	}
	s.setDay(o, d)
	return 0
}

func removeKey(ks *[]int64, k int64) {
	for i, x := range *ks {
		if x == k {
			*ks = append((*ks)[:i], (*ks)[i+1:]...)
			return
		}
	}
}

func dropped(changes []Change, v string, day int) bool {
	for _, c := range changes {
		if c.Kind == DropOut && c.Volunteer == v && day >= c.Day {
			return true
		}
	}
	return false
}

func sortSlotted(a []Slotted) {
	sort.Slice(a, func(i, j int) bool {
		if a[i].Day != a[j].Day {
			return a[i].Day < a[j].Day
		}
		if a[i].Need != a[j].Need {
			return a[i].Need < a[j].Need
		}
		return a[i].Volunteer < a[j].Volunteer
	})
}

// applyChanges returns a copy of in with changes applied and the earliest
// change day. The slices of in are never written.
func applyChanges(in Input, changes []Change) (Input, int, Report) {
	var r Report
	out := in
	out.Volunteers = append([]Volunteer(nil), in.Volunteers...)
	out.Needs = append([]Need(nil), in.Needs...)
	out.Estate.Buildings = append([]Building(nil), in.Estate.Buildings...)
	out.Estate.Spaces = append([]Space(nil), in.Estate.Spaces...)
	out.Pinned = append([]Assignment(nil), in.Pinned...)
	from := in.Days
	if len(changes) == 0 {
		from = 0
	}
	for i, c := range changes {
		p := fmt.Sprintf("changes[%d]", i)
		if c.Day < 0 || c.Day >= in.Days {
			r.add(CodeBadDay, p+".day", "day %d is outside the horizon", "日期%d超出周期", c.Day)
			continue
		}
		from = min(from, c.Day)
		switch c.Kind {
		case DropOut:
			found := false
			for j := range out.Volunteers {
				if out.Volunteers[j].ID == c.Volunteer {
					v := out.Volunteers[j]
					v.Blackouts = append(append([]DayRange(nil), v.Blackouts...), DayRange{c.Day, in.Days - 1})
					out.Volunteers[j] = v
					found = true
				}
			}
			if !found {
				r.add(CodeUnknownVolunteer, p+".volunteer", "unknown volunteer %q", "未知志愿者%q", c.Volunteer)
			}
			var keep []Assignment
			for _, a := range out.Pinned {
				if a.Volunteer != c.Volunteer || a.Day < c.Day {
					keep = append(keep, a)
				}
			}
			out.Pinned = keep
		case AddVolunteer:
			if c.NewVolunteer == nil {
				r.add(CodeEmptyID, p+".new_volunteer", "no volunteer given", "未提供志愿者")
				continue
			}
			out.Volunteers = append(out.Volunteers, *c.NewVolunteer)
		case AddSpace:
			if c.NewSpace == nil {
				r.add(CodeEmptyID, p+".new_space", "no space given", "未提供空间")
				continue
			}
			out.Estate.Spaces = append(out.Estate.Spaces, *c.NewSpace)
			for _, n := range c.NewNeeds {
				// A new need starts no earlier than the change.
				if len(n.Days) > 0 {
					var ds []int
					for _, d := range n.Days {
						if d >= c.Day {
							ds = append(ds, d)
						}
					}
					n.Days = ds
					if len(ds) == 0 {
						continue
					}
				} else if n.First < c.Day && n.Every > 0 {
					n.First += (c.Day - n.First + n.Every - 1) / n.Every * n.Every
				}
				out.Needs = append(out.Needs, n)
			}
		case CloseSpace:
			found := false
			for _, s := range in.Estate.Spaces {
				found = found || s.ID == c.Space
			}
			if !found {
				r.add(CodeUnknownSpace, p+".space", "unknown space %q", "未知空间%q", c.Space)
				continue
			}
			closeSpace(&out, c.Space, c.Day)
		case LiftOut:
			found := false
			for j := range out.Estate.Buildings {
				if out.Estate.Buildings[j].ID == c.Building {
					b := out.Estate.Buildings[j]
					b.LiftDown = append(append([]DayRange(nil), b.LiftDown...), DayRange{c.Day, in.Days - 1})
					out.Estate.Buildings[j] = b
					found = true
				}
			}
			if !found {
				r.add(CodeUnknownBuilding, p+".building", "unknown building %q", "未知楼栋%q", c.Building)
			}
		default:
			r.add(CodeInvalidKind, p+".kind", "invalid change kind %d", "变更类型%d无效", int(c.Kind))
		}
	}
	return out, from, r
}

// closeSpace drops the occurrences of the space's needs from day on, and
// every reference to a need left with no occurrence.
func closeSpace(in *Input, space string, day int) {
	gone := map[string]bool{}
	var needs []Need
	for _, n := range in.Needs {
		if n.Space != space {
			needs = append(needs, n)
			continue
		}
		var ds []int
		for _, d := range n.schedule(in.Days) {
			if d < day {
				ds = append(ds, d)
			}
		}
		if len(ds) == 0 {
			gone[n.ID] = true
			continue
		}
		n.Days, n.Every, n.First = ds, 0, 0
		needs = append(needs, n)
	}
	for i := range needs {
		if gone[needs[i].After] {
			needs[i].After, needs[i].Lag = "", 0
		}
	}
	in.Needs = needs
	var pins []Assignment
	for _, a := range in.Pinned {
		if !gone[a.Need] && !(a.Slot >= day && isSpaceNeed(needs, a.Need, space)) {
			pins = append(pins, a)
		}
	}
	in.Pinned = pins
	for j := range in.Volunteers {
		v := in.Volunteers[j]
		var ds []Slot
		changed := false
		for _, d := range v.Declines {
			if gone[d.Need] || d.Day >= day && isSpaceNeed(needs, d.Need, space) {
				changed = true
				continue
			}
			ds = append(ds, d)
		}
		if changed {
			v.Declines = ds
			in.Volunteers[j] = v
		}
	}
}

func isSpaceNeed(needs []Need, id, space string) bool {
	for _, n := range needs {
		if n.ID == id {
			return n.Space == space
		}
	}
	return false
}

// alternatives ranks who else could take a vacated seat of occurrence o:
// direct substitutes and two-person swaps, each with the resulting score.
func (s *state) alternatives(o int, left string, reason Code, k int) Vacancy {
	m := s.m
	vc := Vacancy{Need: m.in.Needs[m.occs[o].need].ID, Slot: m.occs[o].slot, Day: int(s.day[o]), Left: left, Reason: reason}
	// Take the current filler out (hypothetically) so candidates compete
	// for the same seat.
	filler := -1
	for _, x := range s.members[o] {
		if !s.isRef(int(x), o) && !s.isPinned(int(x), o) {
			filler = int(x)
		}
	}
	s.logging = true
	s.journal = s.journal[:0]
	if filler >= 0 {
		vc.FilledBy = m.in.Volunteers[filler].ID
		s.unassign(filler, o)
	}
	base := len(s.journal)
	d := int(s.day[o])
	nd := &m.needs[m.occs[o].need]
	swapsTried := 0
	// Candidates are ranked by the first four levels, then by their tie
	// (the min-max levels, as all take the same turn), then by ID; only
	// the top k get their full score, which costs a pass over the loads.
	var top []ranked
	for _, v32 := range nd.eligible {
		v := int(v32)
		if !hasBit(m.vols[v].avail, d) {
			continue
		}
		c := s.check(v, o, d, false, nil)
		if c == 0 {
			t := s.tieOf(v)
			s.assign(v, o)
			if s.groupOK(o) == 0 {
				top = s.topRanked(top, ranked{v, s.sc, t}, nd.effort, k)
			}
			s.undoTo(base)
			continue
		}
		if c != CodeBusy || swapsTried >= k {
			continue
		}
		swapsTried++
		o2 := int(s.occAt[v*m.days+d])
		if s.isPinned(v, o2) {
			continue
		}
		s.unassign(v, o2)
		if s.check(v, o, d, false, nil) != 0 {
			s.undoTo(base)
			continue
		}
		s.assign(v, o)
		mid := len(s.journal)
		var best []ranked
		nd2 := &m.needs[m.occs[o2].need]
		for _, y32 := range nd2.eligible {
			y := int(y32)
			t := s.tieOf(y)
			if y == v || !s.tryAssign(y, o2) {
				continue
			}
			if s.groupOK(o) == 0 && s.groupOK(o2) == 0 {
				best = s.topRanked(best, ranked{y, s.sc, t}, nd2.effort, 1)
			}
			s.undoTo(mid)
		}
		if len(best) > 0 {
			y := best[0].v
			s.assign(y, o2)
			vc.Swaps = append(vc.Swaps, Swap{In: m.in.Volunteers[v].ID, Cover: m.in.Volunteers[y].ID, Need: m.in.Needs[m.occs[o2].need].ID, Slot: m.occs[o2].slot, Score: best[0].sc})
		}
		s.undoTo(base)
	}
	for _, r := range top {
		vc.Substitutes = append(vc.Substitutes, Candidate{m.in.Volunteers[r.v].ID, r.sc})
	}
	s.undoTo(0)
	s.logging = false

	sort.Slice(vc.Swaps, func(i, j int) bool {
		a, b := vc.Swaps[i], vc.Swaps[j]
		if c := a.Score.Compare(b.Score); c != 0 {
			return c < 0
		}
		return a.In < b.In
	})
	if len(vc.Swaps) > k {
		vc.Swaps = vc.Swaps[:k]
	}
	if vc.Substitutes == nil {
		vc.Substitutes = []Candidate{}
	}
	if vc.Swaps == nil {
		vc.Swaps = []Swap{}
	}
	return vc
}

// ranked is a candidate for one seat: the volunteer, the first four
// levels of the score with them on it, and their tie.
type ranked struct {
	v  int
	sc Score
	t  tie
}

// topRanked inserts c into the ranked list l (best first: the first four
// levels, the tie for a turn of effort e, then volunteer ID), keeping at
// most k entries, without sorting the whole candidate pool.
func (s *state) topRanked(l []ranked, c ranked, e, k int) []ranked {
	ids := s.m.in.Volunteers
	i := len(l)
	for i > 0 {
		p := l[i-1]
		x := p.sc.Compare(c.sc)
		if x == 0 {
			x = s.tieCmp(p.t, c.t, e)
		}
		if x < 0 || x == 0 && ids[p.v].ID < ids[c.v].ID {
			break
		}
		i--
	}
	if i >= k {
		return l
	}
	if len(l) < k {
		l = append(l, ranked{})
	}
	copy(l[i+1:], l[i:len(l)-1])
	l[i] = c
	return l
}
