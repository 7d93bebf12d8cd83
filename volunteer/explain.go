package volunteer

import (
	"fmt"
	"sort"
)

// Unfilled is one occurrence left below its Min, with the reasons.
type Unfilled struct {
	Need    string `json:"need"`
	Slot    int    `json:"slot"`
	Day     int    `json:"day"`
	Missing int    `json:"missing"`
	// Reasons count, for each rule, the volunteers it was the first to
	// exclude (so the counts add up to the number of volunteers).
	Reasons []ReasonCount `json:"reasons"`
	// Relaxation is the smallest change that would let one more person
	// take a seat.
	Relaxation Relaxation `json:"relaxation"`
}

// ReasonCount is how many volunteers one rule excluded.
type ReasonCount struct {
	Code  Code `json:"code"`
	Count int  `json:"count"`
}

// Relaxation names a volunteer and the rules that would have to give way
// for them to take the seat. Volunteer is empty when no volunteer holds the
// skill or may serve the space at all (recruit or train one).
type Relaxation struct {
	Volunteer string `json:"volunteer,omitempty"`
	Rules     []Code `json:"rules"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"`
}

// relaxCost ranks how hard a rule is to relax: lifting a cap by one turn
// is easier than moving a turn, which is easier than asking someone to
// come on a day they are away, which is easier than teaching a skill.
var relaxCost = [codeEnd]int{
	CodeCap: 1, CodeBusy: 2, CodeConsecutive: 2, CodeWeekends: 2, CodeSuccession: 2,
	CodePairing: 3, CodeTraineeAlone: 3, CodeOutOfRange: 3, CodeUnavailable: 4,
	CodeDeclined: 5, CodeSkill: 5, CodePrecedence: 3, CodeMobility: 8, CodeTeamFull: 100,
}

// blockers lists every rule that keeps v from one more seat on o.
func (s *state) blockers(v, o int) []Code {
	m := s.m
	var out []Code
	s.check(v, o, int(s.day[o]), true, &out)
	nd := &m.needs[m.occs[o].need]
	if nd.skill >= 0 && !hasBit(m.vols[v].skills, nd.skill) && hasBit(m.vols[v].trainee, nd.skill) {
		ok := false
		for _, y := range s.members[o] {
			if hasBit(m.vols[y].skills, nd.skill) {
				ok = true
			}
		}
		if !ok {
			out = append(out, CodeTraineeAlone)
		}
	}
	for _, p := range m.vols[v].required {
		if !s.isMember(int(p), o) {
			out = append(out, CodePairing)
			break
		}
	}
	return out
}

// explainAll explains every occurrence below its Min.
func (s *state) explainAll() []Unfilled {
	m := s.m
	var out []Unfilled
	for o := range m.occs {
		nd := &m.needs[m.occs[o].need]
		if len(s.members[o]) >= nd.min {
			continue
		}
		out = append(out, s.explain(o))
	}
	return out
}

func (s *state) explain(o int) Unfilled {
	m := s.m
	nd := &m.needs[m.occs[o].need]
	u := Unfilled{Need: m.in.Needs[m.occs[o].need].ID, Slot: m.occs[o].slot, Day: int(s.day[o]), Missing: nd.min - len(s.members[o])}
	count := map[Code]int{}
	best, bestCost, bestN := -1, 0, 0
	var bestRules []Code
	for v := range m.vols {
		if s.isMember(v, o) {
			continue
		}
		b := s.blockers(v, o)
		if len(b) > 0 {
			count[b[0]]++
		}
		if len(b) > 0 && b[0] == CodeTeamFull {
			continue
		}
		rules := uniqueCodes(b)
		cost := 0
		for _, c := range rules {
			cost += relaxCost[c]
		}
		if best < 0 || len(rules) < bestN || len(rules) == bestN && cost < bestCost {
			best, bestCost, bestN, bestRules = v, cost, len(rules), rules
		}
	}
	for c, n := range count {
		u.Reasons = append(u.Reasons, ReasonCount{c, n})
	}
	sort.Slice(u.Reasons, func(i, j int) bool {
		if u.Reasons[i].Count != u.Reasons[j].Count {
			return u.Reasons[i].Count > u.Reasons[j].Count
		}
		return u.Reasons[i].Code < u.Reasons[j].Code
	})
	// With nobody statically eligible for a skilled need, every candidate
	// lacks the skill (or range or mobility) whatever else the rota does
	// to them: only recruiting or training fills the seat.
	if best < 0 || len(nd.eligible) == 0 && nd.skill >= 0 {
		what := m.in.Needs[m.occs[o].need].Skill
		u.Relaxation = Relaxation{Rules: []Code{CodeSkill},
			Message:   fmt.Sprintf("no volunteer can take this seat; recruit or train one with skill %q", what),
			MessageZH: fmt.Sprintf("没有志愿者可承担此岗位；请招募或培训具备“%s”技能的志愿者", what)}
		return u
	}
	id := m.in.Volunteers[best].ID
	u.Relaxation = Relaxation{Volunteer: id, Rules: bestRules}
	if bestRules == nil {
		u.Relaxation.Rules = []Code{}
		u.Relaxation.Message = fmt.Sprintf("%s can take the seat as is", id)
		u.Relaxation.MessageZH = fmt.Sprintf("%s 可直接承担此岗位", id)
		return u
	}
	en, zh := "", ""
	for i, c := range bestRules {
		if i > 0 {
			en += "; "
			zh += "；"
		}
		e, z := relaxText(c)
		en += e
		zh += z
	}
	u.Relaxation.Message = fmt.Sprintf("%s could take the seat if we %s", id, en)
	u.Relaxation.MessageZH = fmt.Sprintf("若%s，%s 即可承担此岗位", zh, id)
	return u
}

func uniqueCodes(b []Code) []Code {
	var out []Code
	for _, c := range b {
		dup := false
		for _, d := range out {
			if d == c {
				dup = true
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func relaxText(c Code) (string, string) {
	switch c {
	case CodeCap:
		return "raise their load cap by one turn", "放宽其工作量上限一次"
	case CodeBusy:
		return "move their other turn that day", "调开其当天的另一项安排"
	case CodeUnavailable:
		return "ask them to serve on a day they marked unavailable", "请其在标记为不可服务的日子服务"
	case CodeDeclined:
		return "ask them to reconsider their decline", "请其重新考虑婉拒"
	case CodeSkill:
		return "waive the required skill", "放宽技能要求"
	case CodeTraineeAlone:
		return "pair them with a qualified volunteer", "为其安排一位有资质的志愿者同组"
	case CodeMobility:
		return "fix the lift or waive the stair limit", "修复电梯或放宽爬楼限制"
	case CodeOutOfRange:
		return "extend their service range to this building", "将其服务范围扩大到该楼栋"
	case CodeConsecutive:
		return "allow one more consecutive day", "允许多连续服务一天"
	case CodeWeekends:
		return "allow one more weekend", "允许多服务一个周末"
	case CodeSuccession:
		return "allow this task after the previous day's task", "允许在前一天任务之后接此任务"
	case CodePairing:
		return "relax a pairing rule", "放宽搭配规则"
	case CodePrecedence:
		return "shorten the lag after the preceding task", "缩短与前置任务的间隔"
	}
	return c.String(), c.Label()
}
