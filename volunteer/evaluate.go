package volunteer

import (
	"fmt"
	"sort"
)

// Evaluate recomputes the score of a rota from scratch, independently of
// the search's incremental bookkeeping, and reports every hard rule the
// rota breaks. Findings with the codes CodeMinEffort, CodeMinConsecutive
// and CodeMinDaysOff describe the Hard level; CodeUnfilled findings the
// Unfilled level; any other finding means the rota is not valid. Pinned
// assignments in in.Pinned must appear in rota. The Disruption level is 0.
//
// Evaluate is the exact objective evaluator for staff rosters too: under
// CurtoisWeights and the mapping in the package documentation, Score.Soft
// plus the sum of shift-on request weights is the Curtois & Qu objective.
func Evaluate(in Input, rota []Assignment, opt Options) (Score, Report) {
	m, r := compile(in, opt)
	if m == nil {
		return Score{}, r
	}
	sc := m.evaluate(rota, &r)
	r.Sort()
	return sc, r
}

func (m *model) evaluate(rota []Assignment, rp *Report) Score {
	r := *rp
	defer func() { *rp = r }()
	var sc Score
	D := m.days
	mem := make([][]int, len(m.occs))
	day := make([]int, len(m.occs))
	for o := range day {
		day[o] = -1
	}
	at := map[[2]int]int{} // (v, d) → occurrence
	for i, a := range rota {
		p := fmt.Sprintf("rota[%d]", i)
		v, okV := m.volIdx[a.Volunteer]
		o, okO := m.occOf(a.Need, a.Slot)
		if !okV || !okO {
			r.add(CodeUnknownVolunteer, p, "unknown volunteer %q or occurrence %s@%d", "未知志愿者%q或场次%s@%d", a.Volunteer, a.Need, a.Slot)
			continue
		}
		oc := &m.occs[o]
		if a.Day < oc.lo || a.Day > oc.hi || day[o] >= 0 && day[o] != a.Day {
			r.add(CodeBadDay, p+".day", "day %d is outside the window or differs from the team's day", "日期%d不在窗口内或与同组日期不同", a.Day)
			continue
		}
		day[o] = a.Day
		for _, x := range mem[o] {
			if x == v {
				r.add(CodeDuplicateID, p, "volunteer %q appears twice on one occurrence", "志愿者%q在同一场次出现两次", a.Volunteer)
			}
		}
		if prev, busy := at[[2]int{v, a.Day}]; busy && prev != o {
			r.add(CodeBusy, p, "volunteer %q has two turns on day %d", "志愿者%q在第%d天有两项安排", a.Volunteer, a.Day)
		}
		at[[2]int{v, a.Day}] = o
		mem[o] = append(mem[o], v)
	}
	for i, pn := range m.pins {
		found := false
		for _, x := range mem[pn.o] {
			if x == pn.v && day[pn.o] == pn.day {
				found = true
			}
		}
		if !found {
			r.add(CodePinnedConflict, fmt.Sprintf("pinned[%d]", i), "pinned assignment is missing from the rota", "锁定安排未出现在排班中")
		}
	}
	w := m.w
	work := make([]int64, len(m.vols))
	hh := make([]int64, m.nhh)
	for v := range m.vols {
		hh[m.vols[v].hh] += m.vols[v].ledger
	}
	type turn struct{ o, d int }
	turns := make([][]turn, len(m.vols))
	for o := range m.occs {
		oc := &m.occs[o]
		nd := &m.needs[oc.need]
		n := len(mem[o])
		id := m.in.Needs[oc.need].ID
		p := fmt.Sprintf("occurrence %s@%d", id, oc.slot)
		if n > nd.max {
			r.add(CodeTeamFull, p, "%d people exceed the team maximum %d", "%d人超过团队上限%d", n, nd.max)
		}
		if n < nd.min {
			sc.Unfilled += int64(nd.min - n)
			r.add(CodeUnfilled, p, "%d seats unfilled", "%d个岗位空缺", nd.min-n)
		}
		if n < nd.target {
			sc.Soft += nd.under * int64(nd.target-max(n, nd.min))
		} else if n > nd.target {
			sc.Soft += nd.over * int64(n-nd.target)
		}
		if n == 0 {
			continue
		}
		d := day[o]
		if oc.pred >= 0 && day[oc.pred] >= 0 && d < day[oc.pred]+nd.lag {
			r.add(CodePrecedence, p, "takes place before its predecessor plus %d days", "早于前置任务加%d天", nd.lag)
		}
		sp := &m.spaces[nd.space]
		qualified := false
		for _, v := range mem[o] {
			if nd.skill >= 0 && hasBit(m.vols[v].skills, nd.skill) {
				qualified = true
			}
		}
		for i, v := range mem[o] {
			mv := &m.vols[v]
			vid := m.in.Volunteers[v].ID
			e := int64(nd.effort)
			work[v] += e
			hh[mv.hh] += e
			turns[v] = append(turns[v], turn{o, d})
			bad := func(c Code, en, zh string) {
				r.add(c, p, "%s: "+en, "%s："+zh, vid)
			}
			if nd.skill >= 0 && !hasBit(mv.skills, nd.skill) {
				if !hasBit(mv.trainee, nd.skill) {
					bad(CodeSkill, "lacks the skill", "缺少技能")
				} else if !qualified {
					bad(CodeTraineeAlone, "trainee without a qualified member", "学员无人带领")
				}
			}
			if mv.allowed != nil && sp.build >= 0 && !mv.allowed[sp.build] {
				bad(CodeOutOfRange, "building out of range", "楼栋超出服务范围")
			}
			if nd.stairs && mv.maxStair > 0 && sp.build >= 0 && sp.floor > mv.maxStair && !m.builds[sp.build].LiftWorks(d) {
				bad(CodeMobility, "stairs above their floor limit without a working lift", "无电梯且超出爬楼限制")
			}
			if !hasBit(mv.avail, d) {
				bad(CodeUnavailable, "unavailable that day", "当天不可服务")
			}
			if oc.declinedBy(v) {
				bad(CodeDeclined, "declined this occurrence", "已婉拒此场次")
			}
			for _, x := range mem[o][i+1:] {
				for _, q := range mv.prohibited {
					if int(q) == x {
						bad(CodePairing, "serves with a prohibited partner", "与不得同组者同组")
					}
				}
				if m.apart && m.vols[x].hh == mv.hh {
					bad(CodePairing, "serves with a household member", "与同户成员同组")
				}
				for _, q := range mv.preferred {
					if int(q) == x {
						sc.Soft -= w.Paired
					}
				}
				if !m.apart && m.vols[x].hh == mv.hh {
					sc.Soft -= w.HouseholdTogether
				}
			}
			for _, q := range mv.required {
				found := false
				for _, x := range mem[o] {
					if x == int(q) {
						found = true
					}
				}
				if !found {
					bad(CodePairing, "serves without a required partner", "必须同组者缺席")
				}
			}
			// Soft terms of the assignment, computed afresh.
			if sp.build >= 0 && mv.build >= 0 {
				if mv.build != sp.build {
					sc.Soft += w.OtherBuilding
				} else if mv.floor != sp.floor {
					sc.Soft += w.OtherFloor
				}
			}
			if sp.adopter == v && sp.tenure.Contains(d) {
				sc.Soft -= w.Adopter
			}
			for _, pr := range mv.prefs {
				if pr.space >= 0 && pr.space != nd.space || pr.task >= 0 && pr.task != nd.task {
					continue
				}
				if pr.wdMask != 0 && pr.wdMask&(1<<uint((m.wd0+d)%7)) == 0 {
					continue
				}
				if pr.days != nil && !containsSorted(pr.days, d) {
					continue
				}
				sc.Soft -= w.Preference * pr.weight
			}
		}
	}
	var maxL, maxH int64
	loads := make([]int64, len(m.vols))
	for v := range m.vols {
		loads[v] = m.vols[v].ledger + work[v]
		maxL = max(maxL, loads[v])
	}
	for _, h := range hh {
		maxH = max(maxH, h)
	}
	sc.Soft += w.MaxLoad*maxL + w.HouseholdMaxLoad*maxH
	if w.Fairness {
		sc.Fair = NewLoadVector(loads)
	}
	if w.HouseholdFairness {
		sc.HouseholdFair = NewLoadVector(hh)
	}
	// Per-volunteer load rules over the day-by-day schedule.
	for v := range m.vols {
		mv := &m.vols[v]
		l := mv.lim
		vid := m.in.Volunteers[v].ID
		p := fmt.Sprintf("volunteer %s", vid)
		sort.Slice(turns[v], func(i, j int) bool { return turns[v][i].d < turns[v][j].d })
		eff := make([]int, D)
		task := make([]int, D)
		worked := make([]bool, D)
		tc := make([]int, m.ntask)
		for _, t := range turns[v] {
			nd := &m.needs[m.occs[t.o].need]
			eff[t.d] += nd.effort
			task[t.d] = nd.task
			worked[t.d] = true
			tc[nd.task]++
		}
		if l.MaxEffort > 0 && work[v] > int64(l.MaxEffort) {
			r.add(CodeCap, p, "%s: effort %d exceeds max %d", "%s：工作量%d超过上限%d", vid, work[v], l.MaxEffort)
		}
		if l.MinEffort > 0 && work[v] < int64(l.MinEffort) {
			sc.Hard += int64(l.MinEffort) - work[v]
			r.add(CodeMinEffort, p, "%s: effort %d below min %d", "%s：工作量%d低于下限%d", vid, work[v], l.MinEffort)
		}
		if mv.taskMax != nil {
			for t, c := range tc {
				if mv.taskMax[t] >= 0 && c > int(mv.taskMax[t]) {
					r.add(CodeCap, p, "%s: %d turns of one task exceed its cap %d", "%s：某任务%d次超过上限%d", vid, c, mv.taskMax[t])
				}
			}
		}
		if l.PeriodDays > 0 {
			for st := 0; st < D; st += l.PeriodDays {
				sum := 0
				for d := st; d < st+l.PeriodDays && d < D; d++ {
					sum += eff[d]
				}
				if sum > l.PeriodEffort {
					r.add(CodeCap, p, "%s: %d points in the period from day %d exceed %d", "%[1]s：自第%[3]d天起的周期内%[2]d分超过%[4]d", vid, sum, st, l.PeriodEffort)
				}
			}
		}
		if l.WindowDays > 0 {
			W := min(l.WindowDays, D)
			for st := 0; st+W <= D; st++ {
				sum := 0
				for d := st; d < st+W; d++ {
					sum += eff[d]
				}
				if sum > l.WindowEffort {
					r.add(CodeCap, p, "%s: %d points in the window from day %d exceed %d", "%[1]s：自第%[3]d天起的滚动窗口内%[2]d分超过%[4]d", vid, sum, st, l.WindowEffort)
					break
				}
			}
		}
		weekends := map[int]bool{}
		for d := 0; d < D; d++ {
			if wd := (m.wd0 + d) % 7; worked[d] && (wd == 0 || wd == 6) {
				weekends[(m.wd0+d+1)/7] = true
			}
			if d+1 < D && worked[d] && worked[d+1] && m.forbid[task[d]*m.ntask+task[d+1]] {
				r.add(CodeSuccession, p, "%s: forbidden succession on days %d-%d", "%s：第%d-%d天班次衔接禁止", vid, d, d+1)
			}
		}
		if l.MaxWeekends > 0 && len(weekends) > l.MaxWeekends {
			r.add(CodeWeekends, p, "%s: %d weekends exceed %d", "%s：%d个周末超过%d", vid, len(weekends), l.MaxWeekends)
		}
		for a := 0; a < D; {
			b := a
			for b+1 < D && worked[b+1] == worked[a] {
				b++
			}
			n := b - a + 1
			if worked[a] && l.MaxConsecutive > 0 && n > l.MaxConsecutive {
				r.add(CodeConsecutive, p, "%s: %d consecutive days exceed %d", "%s：连续%d天超过%d", vid, n, l.MaxConsecutive)
			}
			if a > 0 && b < D-1 {
				if worked[a] && n < l.MinConsecutive {
					sc.Hard += int64(l.MinConsecutive - n)
					r.add(CodeMinConsecutive, p, "%s: work block of %d days from day %d is below %d", "%[1]s：自第%[3]d天起连续工作%[2]d天，少于%[4]d", vid, n, a, l.MinConsecutive)
				} else if !worked[a] && n < l.MinConsecutiveOff {
					sc.Hard += int64(l.MinConsecutiveOff - n)
					r.add(CodeMinDaysOff, p, "%s: rest block of %d days from day %d is below %d", "%[1]s：自第%[3]d天起连续休息%[2]d天，少于%[4]d", vid, n, a, l.MinConsecutiveOff)
				}
			}
			a = b + 1
		}
	}
	return sc
}

// Valid reports whether a report from Evaluate holds only score-level
// findings (minimum rules and unfilled seats), i.e. the rota breaks no
// hard rule.
func (r Report) Valid() bool {
	for _, f := range r {
		switch f.Code {
		case CodeMinEffort, CodeMinConsecutive, CodeMinDaysOff, CodeUnfilled:
		default:
			return false
		}
	}
	return true
}
