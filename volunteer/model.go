package volunteer

import (
	"fmt"
	"slices"
	"sort"
	"time"
)

// Size guards: inputs beyond them are refused with CodeTooLarge so that no
// input can make the library allocate without bound.
const (
	maxDays        = 4000
	maxCells       = 10_000_000 // volunteers × days
	maxOccurrences = 4_000_000
	maxTeam        = 1000
	// maxLoadSpan bounds the range of effort loads the load histograms
	// cover (when the largest loads are priced or the min-max levels are
	// on): the spread of ledgers plus the most points one volunteer (or
	// household) could earn in the horizon.
	maxLoadSpan = 1 << 22
)

// model is the compiled, index-based form of a valid Input. It is built
// once and never changed; the search state lives in state.
type model struct {
	in      Input
	w       Weights
	apart   bool
	days    int
	wd0     int // weekday of day 0, 0 = Sunday
	nWeek   int // number of weekend indices
	builds  []Building
	spaces  []mspace
	needs   []mneed
	occs    []mocc
	vols    []mvol
	ntask   int
	taskIdx map[string]int
	forbid  []bool // forbid[a*ntask+b]: task a on day d, task b on d+1
	nhh     int
	volIdx  map[string]int
	needIdx map[string]int
	pins    []pin
	nPer    int // total period cells
}

type pin struct{ v, o, day int }

type mspace struct {
	build, floor int // build -1 for estate-wide
	adopter      int // -1 none
	tenure       DayRange
}

type mneed struct {
	space, task, effort int
	min, target, max    int
	under, over         int64
	skill               int // -1 none
	stairs              bool
	after, lag          int
	eligible            []int32
	occs                []int32
}

type mocc struct {
	need, slot, lo, hi int
	pred               int // -1 none
	succ               []int32
	declined           []int32 // sorted volunteer indices
	fixed              bool    // day may not move
	day0               int     // initial day (earliest feasible)
}

type mvol struct {
	hh, build, floor int
	skills, trainee  []uint64
	avail            []uint64 // bit per day
	maxStair         int
	allowed          []bool // by building; nil = all
	lim              Limits
	taskMax          []int32 // by task, -1 = none; nil = no limits
	prefs            []mpref
	ledger           int64
	required         []int32 // partners this volunteer requires
	prohibited       []int32
	preferred        []int32
	perBase, nper    int
}

type mpref struct {
	space, task int // -1 any
	wdMask      uint8
	days        []int // sorted; nil = any
	weight      int64
}

func hasBit(b []uint64, i int) bool { return i >= 0 && i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0 }
func setBit(b []uint64, i int)      { b[i/64] |= 1 << (uint(i) % 64) }

// compile validates in and builds its model. Every finding is reported; the
// model is nil when there is any.
func compile(in Input, opt Options) (*model, Report) {
	var r Report
	m := &model{in: in, w: opt.weights(), apart: opt.HouseholdApart, days: in.Days}
	if in.Days < 1 || in.Days > maxDays {
		r.add(CodeBadHorizon, "days", "horizon must be 1 to %d days, got %d", "排班周期须为1至%d天，实际为%d", maxDays, in.Days)
		return nil, r
	}
	if int64(len(in.Volunteers))*int64(in.Days) > maxCells {
		r.add(CodeTooLarge, "volunteers", "volunteers × days exceeds %d", "志愿者数×天数超过%d", maxCells)
		return nil, r
	}
	m.wd0 = int(in.Start.Weekday())
	m.nWeek = (m.wd0+in.Days)/7 + 1
	w := m.w
	for i, x := range []int64{w.Under, w.Over, w.OtherFloor, w.OtherBuilding, w.Adopter, w.Paired, w.HouseholdTogether, w.MaxLoad, w.HouseholdMaxLoad, w.Preference} {
		if x < 0 {
			r.add(CodeNegative, fmt.Sprintf("options.weights[%d]", i), "weights must not be negative", "权重不得为负")
		}
	}
	if opt.MinGain < 0 || opt.Budget < 0 || opt.Substitutes < 0 || opt.History < 0 || opt.HardWeight < 0 {
		r.add(CodeNegative, "options", "budget, min_gain, substitutes, history and hard_weight must not be negative", "预算、最小收益、候补数、历史长度与硬约束权重不得为负")
	}
	inDays := func(path func() string, d int) bool {
		if d < 0 || d >= in.Days {
			r.add(CodeBadDay, path(), "day %d is outside the horizon 0..%d", "日期%d超出周期0..%d", d, in.Days-1)
			return false
		}
		return true
	}
	rangeOK := func(path string, x DayRange) {
		if x.From > x.To {
			r.add(CodeBadDay, path, "range from %d is after to %d", "起始日%d晚于结束日%d", x.From, x.To)
		}
	}

	// Buildings.
	bIdx := map[string]int{}
	for i, b := range in.Estate.Buildings {
		p := "estate.buildings[" + itoa(i) + "]"
		if b.ID == "" {
			r.add(CodeEmptyID, p+".id", "building has no id", "楼栋缺少编号")
		} else if _, dup := bIdx[b.ID]; dup {
			r.add(CodeDuplicateID, p+".id", "duplicate building id %q", "楼栋编号%q重复", b.ID)
		} else {
			bIdx[b.ID] = i
		}
		if b.Floors < 1 || b.Floors > 500 {
			r.add(CodeBadFloor, p+".floors", "a building has 1 to 500 floors, got %d", "楼层数须为1至500，实际为%d", b.Floors)
		}
		for j, x := range b.LiftDown {
			rangeOK(fmt.Sprintf("%s.lift_down[%d]", p, j), x)
		}
	}
	m.builds = in.Estate.Buildings

	// Volunteers: ids first, so spaces and pairs can refer to them.
	m.volIdx = map[string]int{}
	for i, v := range in.Volunteers {
		p := "volunteers[" + itoa(i) + "].id"
		if v.ID == "" {
			r.add(CodeEmptyID, p, "volunteer has no id", "志愿者缺少编号")
		} else if _, dup := m.volIdx[v.ID]; dup {
			r.add(CodeDuplicateID, p, "duplicate volunteer id %q", "志愿者编号%q重复", v.ID)
		} else {
			m.volIdx[v.ID] = i
		}
	}

	// Spaces.
	sIdx := map[string]int{}
	m.spaces = make([]mspace, len(in.Estate.Spaces))
	for i, s := range in.Estate.Spaces {
		p := "estate.spaces[" + itoa(i) + "]"
		ms := mspace{build: -1, adopter: -1, floor: s.Floor, tenure: s.Tenure}
		if s.ID == "" {
			r.add(CodeEmptyID, p+".id", "space has no id", "空间缺少编号")
		} else if _, dup := sIdx[s.ID]; dup {
			r.add(CodeDuplicateID, p+".id", "duplicate space id %q", "空间编号%q重复", s.ID)
		} else {
			sIdx[s.ID] = i
		}
		if !s.Kind.IsValid() {
			r.add(CodeInvalidKind, p+".kind", "invalid space kind %d", "空间类型%d无效", int(s.Kind))
		}
		if s.Building != "" {
			bi, ok := bIdx[s.Building]
			if !ok {
				r.add(CodeUnknownBuilding, p+".building", "unknown building %q", "未知楼栋%q", s.Building)
			} else {
				ms.build = bi
				if s.Floor < 1 || s.Floor > in.Estate.Buildings[bi].Floors {
					r.add(CodeBadFloor, p+".floor", "floor %d is not in building %q (1..%d)", "楼层%d不在楼栋%q内（1..%d）", s.Floor, s.Building, in.Estate.Buildings[bi].Floors)
				}
			}
		} else if s.Floor < 0 {
			r.add(CodeBadFloor, p+".floor", "floor must not be negative", "楼层不得为负")
		}
		if s.Adopter != "" {
			if vi, ok := m.volIdx[s.Adopter]; ok {
				ms.adopter = vi
			} else {
				r.add(CodeUnknownVolunteer, p+".adopter", "unknown volunteer %q", "未知志愿者%q", s.Adopter)
			}
		}
		rangeOK(p+".tenure", s.Tenure)
		if s.Tenure == (DayRange{}) {
			ms.tenure = DayRange{0, in.Days - 1}
		}
		m.spaces[i] = ms
	}

	// Tasks and skills are interned in order of first appearance.
	m.taskIdx = map[string]int{}
	task := func(t string) int {
		if i, ok := m.taskIdx[t]; ok {
			return i
		}
		m.taskIdx[t] = len(m.taskIdx)
		return len(m.taskIdx) - 1
	}
	skillIdx := map[string]int{}
	skill := func(s string) int {
		if i, ok := skillIdx[s]; ok {
			return i
		}
		skillIdx[s] = len(skillIdx)
		return len(skillIdx) - 1
	}

	// Needs and their occurrences.
	m.needIdx = map[string]int{}
	for i, n := range in.Needs {
		p := "needs[" + itoa(i) + "]"
		if n.ID == "" {
			r.add(CodeEmptyID, p+".id", "need has no id", "任务缺少编号")
		} else if _, dup := m.needIdx[n.ID]; dup {
			r.add(CodeDuplicateID, p+".id", "duplicate need id %q", "任务编号%q重复", n.ID)
		} else {
			m.needIdx[n.ID] = i
		}
	}
	m.needs = make([]mneed, len(in.Needs))
	total, est := 0, 0
	for _, n := range in.Needs {
		if len(n.Days) > 0 {
			est += len(n.Days)
		} else if n.Every > 0 && n.First >= 0 && n.First < in.Days {
			est += (in.Days - n.First + n.Every - 1) / n.Every
		}
	}
	m.occs = make([]mocc, 0, min(est, maxOccurrences))
	for i, n := range in.Needs {
		p := "needs[" + itoa(i) + "]"
		mn := mneed{space: -1, task: task(n.Task), effort: n.Effort, min: n.Min, target: n.Target, max: n.Max,
			under: n.UnderWeight, over: n.OverWeight, skill: -1, stairs: n.Stairs, after: -1, lag: n.Lag}
		if mn.under == 0 {
			mn.under = w.Under
		}
		if mn.over == 0 {
			mn.over = w.Over
		}
		if si, ok := sIdx[n.Space]; ok {
			mn.space = si
		} else {
			r.add(CodeUnknownSpace, p+".space", "unknown space %q", "未知空间%q", n.Space)
		}
		if n.Effort < 0 || n.Effort > 1_000_000 {
			r.add(CodeNegative, p+".effort", "effort must be 0 to 1000000, got %d", "工作量须为0至1000000，实际为%d", n.Effort)
		}
		if n.UnderWeight < 0 || n.OverWeight < 0 || n.Lag < 0 || n.Window < 0 || n.First < 0 || n.Every < 0 {
			r.add(CodeNegative, p, "weights, lag, window, first and every must not be negative", "权重、间隔、窗口、起始与频次不得为负")
		}
		if n.Min < 0 || n.Min > n.Target || n.Target > n.Max || n.Max < 1 || n.Max > maxTeam {
			r.add(CodeBadTeam, p+".max", "team size needs 0 ≤ min ≤ target ≤ max, 1 ≤ max ≤ %d; got %d/%d/%d", "人数须满足0≤最少≤目标≤最多且1≤最多≤%d，实际为%d/%d/%d", maxTeam, n.Min, n.Target, n.Max)
		}
		if n.Skill != "" {
			mn.skill = skill(n.Skill)
		}
		if n.After != "" {
			if ai, ok := m.needIdx[n.After]; ok && n.After != n.ID {
				mn.after = ai
			} else {
				r.add(CodeUnknownNeed, p+".after", "unknown predecessor need %q", "未知前置任务%q", n.After)
			}
		}
		if len(n.Days) == 0 && n.Every <= 0 {
			r.add(CodeBadSchedule, p, "a need has days or a positive every", "任务须有日期或正的频次")
		}
		if n.Window < 0 || n.First < 0 {
			continue
		}
		days := n.schedule(in.Days)
		if len(days) > 0 && len(n.Days) > 0 {
			cp := append([]int(nil), days...)
			sort.Ints(cp)
			days = cp
		}
		for j, d := range days {
			if !inDays(func() string { return fmt.Sprintf("%s.days[%d]", p, j) }, d) {
				continue
			}
			if j > 0 && days[j-1] == d {
				r.add(CodeBadSchedule, fmt.Sprintf("%s.days[%d]", p, j), "day %d is listed twice", "日期%d重复", d)
				continue
			}
			total++
			if total > maxOccurrences {
				r.add(CodeTooLarge, p, "more than %d occurrences", "任务场次超过%d", maxOccurrences)
				return nil, r
			}
			hi := d + n.Window
			if hi >= in.Days {
				hi = in.Days - 1
			}
			o := len(m.occs)
			m.occs = append(m.occs, mocc{need: i, slot: d, lo: d, hi: hi, pred: -1, fixed: hi == d, day0: d})
			mn.occs = append(mn.occs, int32(o))
		}
		m.needs[i] = mn
	}
	m.ntask = len(m.taskIdx)

	// Volunteers.
	m.vols = make([]mvol, len(in.Volunteers))
	hhIdx := map[string]int{}
	words := (in.Days + 63) / 64
	for i, v := range in.Volunteers {
		p := "volunteers[" + itoa(i) + "]"
		mv := mvol{build: -1, floor: v.Floor, maxStair: v.MaxStairFloor, lim: v.Limits, ledger: int64(v.Ledger)}
		if v.Household == "" {
			mv.hh = len(hhIdx)
			hhIdx["\x00"+itoa(i)] = mv.hh
		} else if h, ok := hhIdx[v.Household]; ok {
			mv.hh = h
		} else {
			mv.hh = len(hhIdx)
			hhIdx[v.Household] = mv.hh
		}
		if v.Building != "" {
			if bi, ok := bIdx[v.Building]; ok {
				mv.build = bi
			} else {
				r.add(CodeUnknownBuilding, p+".building", "unknown building %q", "未知楼栋%q", v.Building)
			}
		}
		if v.Floor < 0 || v.MaxStairFloor < 0 {
			r.add(CodeBadFloor, p+".floor", "floors must not be negative", "楼层不得为负")
		}
		for _, s := range v.Skills {
			if s == "" {
				continue
			}
			k := skill(s)
			for len(mv.skills) <= k/64 {
				mv.skills = append(mv.skills, 0)
			}
			setBit(mv.skills, k)
		}
		for _, s := range v.Trainee {
			if s == "" {
				continue
			}
			k := skill(s)
			for len(mv.trainee) <= k/64 {
				mv.trainee = append(mv.trainee, 0)
			}
			setBit(mv.trainee, k)
		}
		var wdMask uint8
		for j, wd := range v.Weekdays {
			if wd < time.Sunday || wd > time.Saturday {
				r.add(CodeBadDay, fmt.Sprintf("%s.weekdays[%d]", p, j), "invalid weekday %d", "星期%d无效", int(wd))
				continue
			}
			wdMask |= 1 << uint(wd)
		}
		if wdMask == 0 {
			wdMask = 0x7f
		}
		mv.avail = make([]uint64, words)
		for d := 0; d < in.Days; d++ {
			if wdMask&(1<<uint((m.wd0+d)%7)) != 0 {
				setBit(mv.avail, d)
			}
		}
		for j, b := range v.Blackouts {
			rangeOK(fmt.Sprintf("%s.blackouts[%d]", p, j), b)
			for d := max(b.From, 0); d <= b.To && d < in.Days; d++ {
				mv.avail[d/64] &^= 1 << (uint(d) % 64)
			}
		}
		for j, b := range v.Buildings {
			bi, ok := bIdx[b]
			if !ok {
				r.add(CodeUnknownBuilding, fmt.Sprintf("%s.buildings[%d]", p, j), "unknown building %q", "未知楼栋%q", b)
				continue
			}
			if mv.allowed == nil {
				mv.allowed = make([]bool, len(in.Estate.Buildings))
			}
			mv.allowed[bi] = true
		}
		l := v.Limits
		lp := p + ".limits"
		for _, x := range []int{l.PeriodDays, l.PeriodEffort, l.WindowDays, l.WindowEffort, l.MaxEffort, l.MinEffort, l.MaxConsecutive, l.MinConsecutive, l.MinConsecutiveOff, l.MaxWeekends} {
			if x < 0 {
				r.add(CodeNegative, lp, "limits must not be negative", "上限不得为负")
				break
			}
		}
		if (l.PeriodEffort > 0) != (l.PeriodDays > 0) || (l.WindowEffort > 0) != (l.WindowDays > 0) {
			r.add(CodeNegative, lp, "a period or window cap needs both its length and its effort", "周期或滚动窗口上限须同时给出天数与工作量")
		}
		if l.MaxEffort > 0 && l.MinEffort > l.MaxEffort {
			r.add(CodeNegative, lp+".min_effort", "min effort %d exceeds max effort %d", "最少工作量%d超过最多工作量%d", l.MinEffort, l.MaxEffort)
		}
		if v.Ledger < 0 || v.Ledger > 1_000_000_000 {
			r.add(CodeNegative, p+".ledger", "ledger must be 0 to 1e9", "积分须为0至1e9")
		}
		if l.PeriodDays > 0 {
			mv.perBase = m.nPer
			mv.nper = (in.Days + l.PeriodDays - 1) / l.PeriodDays
			m.nPer += mv.nper
		}
		if len(l.Tasks) > 0 {
			mv.taskMax = make([]int32, 0)
		}
		m.vols[i] = mv
	}
	m.nhh = len(hhIdx)

	// Task limits and preferences need the full task table, and tasks named
	// only by volunteers join it (they match no need).
	for i, v := range in.Volunteers {
		p := "volunteers[" + itoa(i) + "]"
		for j, tl := range v.Limits.Tasks {
			if tl.Max < 0 {
				r.add(CodeNegative, fmt.Sprintf("%s.limits.tasks[%d].max", p, j), "task cap must not be negative", "任务次数上限不得为负")
			}
			task(tl.Task)
		}
		for j, pr := range v.Preferences {
			pp := fmt.Sprintf("%s.preferences[%d]", p, j)
			if pr.Space != "" {
				if _, ok := sIdx[pr.Space]; !ok {
					r.add(CodeUnknownSpace, pp+".space", "unknown space %q", "未知空间%q", pr.Space)
				}
			}
			for k, wd := range pr.Weekdays {
				if wd < time.Sunday || wd > time.Saturday {
					r.add(CodeBadDay, fmt.Sprintf("%s.weekdays[%d]", pp, k), "invalid weekday %d", "星期%d无效", int(wd))
				}
			}
			for k, d := range pr.Days {
				inDays(func() string { return fmt.Sprintf("%s.days[%d]", pp, k) }, d)
			}
			if pr.Task != "" {
				task(pr.Task)
			}
		}
	}
	m.ntask = len(m.taskIdx)
	for i, v := range in.Volunteers {
		mv := &m.vols[i]
		if len(v.Limits.Tasks) > 0 {
			mv.taskMax = make([]int32, m.ntask)
			for t := range mv.taskMax {
				mv.taskMax[t] = -1
			}
			for _, tl := range v.Limits.Tasks {
				t := m.taskIdx[tl.Task]
				if mv.taskMax[t] < 0 || int32(tl.Max) < mv.taskMax[t] {
					mv.taskMax[t] = int32(max(tl.Max, 0))
				}
			}
		}
		for _, pr := range v.Preferences {
			mp := mpref{space: -1, task: -1, weight: pr.Weight}
			if pr.Space != "" {
				mp.space = sIdx[pr.Space]
			}
			if pr.Task != "" {
				mp.task = task(pr.Task)
			}
			for _, wd := range pr.Weekdays {
				if wd >= time.Sunday && wd <= time.Saturday {
					mp.wdMask |= 1 << uint(wd)
				}
			}
			if len(pr.Days) > 0 {
				mp.days = append([]int(nil), pr.Days...)
				sort.Ints(mp.days)
			}
			mv.prefs = append(mv.prefs, mp)
		}
		for j, dc := range v.Declines {
			pp := fmt.Sprintf("volunteers[%d].declines[%d]", i, j)
			o, ok := m.occOf(dc.Need, dc.Day)
			if !ok {
				if _, known := m.needIdx[dc.Need]; !known {
					r.add(CodeUnknownNeed, pp+".need", "unknown need %q", "未知任务%q", dc.Need)
				} else {
					r.add(CodeBadDay, pp+".day", "need %q has no occurrence on day %d", "任务%q在第%d天没有场次", dc.Need, dc.Day)
				}
				continue
			}
			m.occs[o].declined = append(m.occs[o].declined, int32(i))
		}
	}
	m.ntask = len(m.taskIdx)
	for o := range m.occs {
		if d := m.occs[o].declined; len(d) > 1 {
			slices.Sort(d)
		}
	}

	// Successions.
	m.forbid = make([]bool, m.ntask*m.ntask)
	for i, s := range in.Forbidden {
		a, okA := m.taskIdx[s.First]
		b, okB := m.taskIdx[s.Then]
		if s.First == "" || s.Then == "" {
			r.add(CodeEmptyID, fmt.Sprintf("forbidden[%d]", i), "succession names no task", "班次衔接规则缺少任务")
			continue
		}
		if okA && okB {
			m.forbid[a*m.ntask+b] = true
		}
	}

	// Pairs.
	for i, pr := range in.Pairs {
		p := fmt.Sprintf("pairs[%d]", i)
		a, okA := m.volIdx[pr.A]
		b, okB := m.volIdx[pr.B]
		if !okA {
			r.add(CodeUnknownVolunteer, p+".a", "unknown volunteer %q", "未知志愿者%q", pr.A)
		}
		if !okB {
			r.add(CodeUnknownVolunteer, p+".b", "unknown volunteer %q", "未知志愿者%q", pr.B)
		}
		if !pr.Kind.IsValid() {
			r.add(CodeInvalidKind, p+".kind", "invalid pair kind %d", "搭配类型%d无效", int(pr.Kind))
			continue
		}
		if !okA || !okB {
			continue
		}
		if a == b {
			r.add(CodeDuplicateID, p, "a volunteer cannot pair with themself", "志愿者不能与自己搭配")
			continue
		}
		switch pr.Kind {
		case Required:
			m.vols[a].required = appendUnique(m.vols[a].required, int32(b))
		case Preferred:
			m.vols[a].preferred = appendUnique(m.vols[a].preferred, int32(b))
			m.vols[b].preferred = appendUnique(m.vols[b].preferred, int32(a))
		case Prohibited:
			m.vols[a].prohibited = appendUnique(m.vols[a].prohibited, int32(b))
			m.vols[b].prohibited = appendUnique(m.vols[b].prohibited, int32(a))
		}
	}
	if len(r) > 0 {
		r.Sort()
		return nil, r
	}

	// Precedence: link occurrences, reject cycles, and reject a lag that
	// no choice of days can meet.
	m.linkPrecedence(&r)
	if len(r) == 0 {
		m.linkEarliest(&r)
	}
	if len(r) > 0 {
		r.Sort()
		return nil, r
	}

	// Pinned assignments.
	seen := map[[2]int]bool{}
	for i, a := range in.Pinned {
		p := "pinned[" + itoa(i) + "]"
		v, okV := m.volIdx[a.Volunteer]
		o, okO := m.occOf(a.Need, a.Slot)
		if !okV {
			r.add(CodeUnknownVolunteer, p+".volunteer", "unknown volunteer %q", "未知志愿者%q", a.Volunteer)
		}
		if !okO {
			if _, ok := m.needIdx[a.Need]; !ok {
				r.add(CodeUnknownNeed, p+".need", "unknown need %q", "未知任务%q", a.Need)
			} else {
				r.add(CodeBadDay, p+".slot", "need %q has no occurrence on day %d", "任务%q在第%d天没有场次", a.Need, a.Slot)
			}
		}
		if !okV || !okO {
			continue
		}
		oc := &m.occs[o]
		if a.Day < oc.lo || a.Day > oc.hi {
			r.add(CodeBadDay, p+".day", "day %d is outside the window %d..%d", "日期%d不在窗口%d..%d内", a.Day, oc.lo, oc.hi)
			continue
		}
		if seen[[2]int{v, o}] {
			r.add(CodeDuplicateID, p, "volunteer %q is pinned twice to one occurrence", "志愿者%q重复锁定同一场次", a.Volunteer)
			continue
		}
		seen[[2]int{v, o}] = true
		m.pins = append(m.pins, pin{v, o, a.Day})
	}
	// A pinned day fixes the occurrence; two pins on different days conflict.
	pinDay := map[int]int{}
	for i, pn := range m.pins {
		if d, ok := pinDay[pn.o]; ok && d != pn.day {
			r.add(CodePinnedConflict, fmt.Sprintf("pinned[%d].day", i), "pins put one occurrence on days %d and %d", "锁定安排将同一场次放在第%d天和第%d天", d, pn.day)
			continue
		}
		pinDay[pn.o] = pn.day
	}
	if len(r) > 0 {
		r.Sort()
		return nil, r
	}
	for o, d := range pinDay {
		m.occs[o].fixed = true
		m.occs[o].lo, m.occs[o].hi = d, d
	}
	for o, d := range pinDay {
		if p := m.occs[o].pred; p >= 0 {
			if pd, ok := pinDay[p]; ok && d < pd+m.needs[m.occs[o].need].lag {
				r.add(CodePinnedConflict, "pinned", "pinned need %q on day %d is too soon after its predecessor on day %d", "锁定的任务%q（第%d天）距前置任务（第%d天）过近", m.in.Needs[m.occs[o].need].ID, d, pd)
			}
		}
	}
	// Initial days: the earliest each occurrence can take place; a pin on
	// a predecessor may leave a successor no day (it then stays empty).
	var none Report
	m.linkEarliest(&none)

	// Static eligibility per need.
	for i := range m.needs {
		n := &m.needs[i]
		for v := range m.vols {
			if m.staticReason(v, i) == 0 {
				n.eligible = append(n.eligible, int32(v))
			}
		}
	}
	m.checkLoadSpan(&r)
	if len(r) > 0 {
		r.Sort()
		return nil, r
	}
	return m, nil
}

// checkLoadSpan refuses inputs whose loads could span more than
// maxLoadSpan points when the load histograms are kept, so that they stay
// small (a histogram has one counter per point of that span).
func (m *model) checkLoadSpan(r *Report) {
	w := m.w
	if len(m.vols) == 0 || !(w.MaxLoad > 0 || w.Fairness || w.HouseholdMaxLoad > 0 || w.HouseholdFairness) {
		return
	}
	var maxEffort int64
	for i := range m.needs {
		maxEffort = max(maxEffort, int64(m.needs[i].effort))
	}
	work := int64(m.days) * maxEffort
	lo, hi := m.vols[0].ledger, m.vols[0].ledger
	hh := make([]int64, m.nhh)
	size := make([]int64, m.nhh)
	for v := range m.vols {
		lo, hi = min(lo, m.vols[v].ledger), max(hi, m.vols[v].ledger)
		hh[m.vols[v].hh] += m.vols[v].ledger
		size[m.vols[v].hh]++
	}
	span := hi - lo + work
	hlo, hhi, most := hh[0], hh[0], int64(0)
	for h := range hh {
		hlo, hhi, most = min(hlo, hh[h]), max(hhi, hh[h]), max(most, size[h])
	}
	span = max(span, hhi-hlo+most*work)
	if span > maxLoadSpan {
		r.add(CodeTooLarge, "volunteers", "ledgers and efforts span more than %d points (ledger spread plus days × largest effort); scale them down or set the load weights to 0", "积分与工作量跨度超过%d分（积分差加天数×最大工作量）；请按比例缩小或将负荷权重设为0", maxLoadSpan)
	}
}

func appendUnique(s []int32, x int32) []int32 {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

// linkPrecedence links each occurrence to its predecessor and reports cycles.
func (m *model) linkPrecedence(r *Report) {
	// Cycle check on needs (each need has at most one predecessor).
	for i := range m.needs {
		seen := map[int]bool{i: true}
		for j := m.needs[i].after; j >= 0; j = m.needs[j].after {
			if seen[j] {
				r.add(CodePrecedenceCycle, fmt.Sprintf("needs[%d].after", i), "need %q is part of a precedence cycle", "任务%q处于先后顺序环中", m.in.Needs[i].ID)
				break
			}
			seen[j] = true
		}
	}
	if len(*r) > 0 {
		return
	}
	for i := range m.needs {
		n := &m.needs[i]
		if n.after < 0 {
			continue
		}
		pre := m.needs[n.after].occs
		for _, o := range n.occs {
			slot := m.occs[o].slot
			k := sort.Search(len(pre), func(j int) bool { return m.occs[pre[j]].slot > slot }) - 1
			if k < 0 {
				continue
			}
			p := int(pre[k])
			m.occs[o].pred = p
			m.occs[p].succ = append(m.occs[p].succ, o)
		}
	}
}

// linkEarliest sets each occurrence's initial day to the earliest day that
// respects its predecessor, and reports occurrences that cannot.
func (m *model) linkEarliest(r *Report) {
	done := make([]bool, len(m.occs))
	var visit func(o int) int
	visit = func(o int) int {
		oc := &m.occs[o]
		if done[o] {
			return oc.day0
		}
		done[o] = true
		oc.day0 = oc.lo
		if oc.pred >= 0 {
			need := visit(oc.pred) + m.needs[oc.need].lag
			if need > oc.day0 {
				if need > oc.hi {
					r.add(CodePrecedenceInfeasible, fmt.Sprintf("needs[%d]", oc.need), "occurrence on day %d cannot follow its predecessor by %d days", "第%d天的场次无法在前置任务之后间隔%d天", oc.slot, m.needs[oc.need].lag)
					oc.day0 = oc.hi
				} else {
					oc.day0 = need
				}
			}
		}
		return oc.day0
	}
	for o := range m.occs {
		visit(o)
	}
}

// staticReason is the first day-independent rule that keeps volunteer v off
// need n, or 0.
func (m *model) staticReason(v, n int) Code {
	mv, mn := &m.vols[v], &m.needs[n]
	if mn.skill >= 0 && !hasBit(mv.skills, mn.skill) && !hasBit(mv.trainee, mn.skill) {
		return CodeSkill
	}
	sp := m.spaces[mn.space]
	if mv.allowed != nil && sp.build >= 0 && !mv.allowed[sp.build] {
		return CodeOutOfRange
	}
	if mv.taskMax != nil && mv.taskMax[mn.task] == 0 {
		return CodeCap
	}
	if mn.stairs && mv.maxStair > 0 && sp.build >= 0 && sp.floor > mv.maxStair && !m.builds[sp.build].Lift {
		return CodeMobility
	}
	return 0
}

// occOf finds the occurrence of need id scheduled on day slot.
func (m *model) occOf(id string, slot int) (int, bool) {
	i, ok := m.needIdx[id]
	if !ok || i >= len(m.needs) {
		return 0, false
	}
	occs := m.needs[i].occs
	k := sort.Search(len(occs), func(j int) bool { return m.occs[occs[j]].slot >= slot })
	if k < len(occs) && m.occs[occs[k]].slot == slot {
		return int(occs[k]), true
	}
	return 0, false
}
