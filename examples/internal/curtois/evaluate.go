package curtois

import "fmt"

// Violation is one broken hard rule.
type Violation struct {
	Rule  Rule
	Staff int // index into Instance.Staff, or -1 when the roster lacks the row
	// Day is the day concerned: the day worked against a day off, the
	// first of two days in a forbidden rotation, the first day of a run
	// that is too long or too short; -1 for rules about totals.
	Day int
	// Shift is the shift concerned (the earlier one for a rotation), or -1.
	Shift int
	// Value is what the roster has: the run length, the total minutes, the
	// number of shifts or weekends, the following shift of a rotation, or
	// the offending entry for RuleRosterShape.
	Value int
	// Limit is the bound that Value breaks; 0 where no bound applies.
	Limit int
}

// String describes v with indices, for example
// "max_consecutive: staff 3 day 5: 7 (limit 6)".
func (v Violation) String() string {
	return fmt.Sprintf("%s: staff %d day %d shift %d: %d (limit %d)", v.Rule, v.Staff, v.Day, v.Shift, v.Value, v.Limit)
}

// Describe describes v with the IDs of in, in English.
func (v Violation) Describe(in *Instance) string {
	who := fmt.Sprint(v.Staff)
	if v.Staff >= 0 && v.Staff < len(in.Staff) {
		who = in.Staff[v.Staff].ID
	}
	sh := func(t int) string {
		if t >= 0 && t < len(in.Shifts) {
			return in.Shifts[t].ID
		}
		return fmt.Sprint(t)
	}
	switch v.Rule {
	case RuleRosterShape:
		return fmt.Sprintf("staff %s day %d: malformed roster entry %d", who, v.Day, v.Value)
	case RuleDayOff:
		return fmt.Sprintf("staff %s works %s on day off %d", who, sh(v.Shift), v.Day)
	case RuleRotation:
		return fmt.Sprintf("staff %s: %s on day %d cannot be followed by %s on day %d", who, sh(v.Shift), v.Day, sh(v.Value), v.Day+1)
	case RuleMaxShifts:
		return fmt.Sprintf("staff %s: %d shifts of %s, at most %d", who, v.Value, sh(v.Shift), v.Limit)
	case RuleMaxMinutes:
		return fmt.Sprintf("staff %s: %d minutes, at most %d", who, v.Value, v.Limit)
	case RuleMinMinutes:
		return fmt.Sprintf("staff %s: %d minutes, at least %d", who, v.Value, v.Limit)
	case RuleMaxConsecutive:
		return fmt.Sprintf("staff %s: %d consecutive working days from day %d, at most %d", who, v.Value, v.Day, v.Limit)
	case RuleMinConsecutive:
		return fmt.Sprintf("staff %s: %d consecutive working days from day %d, at least %d", who, v.Value, v.Day, v.Limit)
	case RuleMinDaysOff:
		return fmt.Sprintf("staff %s: %d consecutive days off from day %d, at least %d", who, v.Value, v.Day, v.Limit)
	case RuleMaxWeekends:
		return fmt.Sprintf("staff %s: %d weekends worked, at most %d", who, v.Value, v.Limit)
	}
	return v.String()
}

// DescribeZH describes v with the IDs of in, in Chinese.
func (v Violation) DescribeZH(in *Instance) string {
	who := fmt.Sprint(v.Staff)
	if v.Staff >= 0 && v.Staff < len(in.Staff) {
		who = in.Staff[v.Staff].ID
	}
	sh := func(t int) string {
		if t >= 0 && t < len(in.Shifts) {
			return in.Shifts[t].ID
		}
		return fmt.Sprint(t)
	}
	switch v.Rule {
	case RuleRosterShape:
		return fmt.Sprintf("员工%s第%d天：排班表条目%d无效", who, v.Day, v.Value)
	case RuleDayOff:
		return fmt.Sprintf("员工%s在指定休息日第%d天上%s班", who, v.Day, sh(v.Shift))
	case RuleRotation:
		return fmt.Sprintf("员工%s第%d天上%s班后，第%d天不得上%s班", who, v.Day, sh(v.Shift), v.Day+1, sh(v.Value))
	case RuleMaxShifts:
		return fmt.Sprintf("员工%s上%s班%d次，至多%d次", who, sh(v.Shift), v.Value, v.Limit)
	case RuleMaxMinutes:
		return fmt.Sprintf("员工%s工作%d分钟，至多%d分钟", who, v.Value, v.Limit)
	case RuleMinMinutes:
		return fmt.Sprintf("员工%s工作%d分钟，至少%d分钟", who, v.Value, v.Limit)
	case RuleMaxConsecutive:
		return fmt.Sprintf("员工%s自第%d天起连续工作%d天，至多%d天", who, v.Day, v.Value, v.Limit)
	case RuleMinConsecutive:
		return fmt.Sprintf("员工%s自第%d天起连续工作%d天，至少%d天", who, v.Day, v.Value, v.Limit)
	case RuleMinDaysOff:
		return fmt.Sprintf("员工%s自第%d天起连续休息%d天，至少%d天", who, v.Day, v.Value, v.Limit)
	case RuleMaxWeekends:
		return fmt.Sprintf("员工%s工作%d个周末，至多%d个", who, v.Value, v.Limit)
	}
	return v.String()
}

// Evaluation is the outcome of [Evaluate]: the objective, its four parts,
// and every broken hard rule.
type Evaluation struct {
	// Objective is OnRequests + OffRequests + Under + Over.
	Objective int
	// OnRequests is the total weight of shift-on requests not granted.
	OnRequests int
	// OffRequests is the total weight of shift-off requests not granted.
	OffRequests int
	// Under is Σ Cover.Under × max(0, Requirement − assigned).
	Under int
	// Over is Σ Cover.Over × max(0, assigned − Requirement).
	Over int
	// Violations lists every broken hard rule, by employee in staff order,
	// then by rule in the order of the Rule constants, then by day.
	Violations []Violation
}

// Feasible reports whether the roster broke no hard rule.
func (e Evaluation) Feasible() bool { return len(e.Violations) == 0 }

// Evaluate computes the objective of r on in and lists every hard-rule
// violation, following Curtois & Qu (2014) exactly as described in the
// package documentation. It is written for clarity, not speed, and shares
// no code with any solver, so that it can check one.
//
// A malformed roster (wrong number of rows or days, shift index out of
// range) yields RuleRosterShape violations; the malformed entries count as
// days off in everything else. in must be valid (see [Instance.Validate]).
func Evaluate(in *Instance, r Roster) Evaluation {
	var ev Evaluation
	h, nt := in.Horizon, len(in.Shifts)

	// work[s][d] is the shift of employee s on day d, or Off.
	work := NewRoster(in)
	if len(r) != len(in.Staff) {
		ev.Violations = append(ev.Violations, Violation{Rule: RuleRosterShape, Staff: -1, Day: -1, Shift: -1, Value: len(r), Limit: len(in.Staff)})
	}
	shape := make([][]Violation, len(in.Staff))
	for s := range in.Staff {
		if s >= len(r) {
			shape[s] = append(shape[s], Violation{Rule: RuleRosterShape, Staff: s, Day: -1, Shift: -1, Value: 0, Limit: h})
			continue
		}
		if len(r[s]) != h {
			shape[s] = append(shape[s], Violation{Rule: RuleRosterShape, Staff: s, Day: -1, Shift: -1, Value: len(r[s]), Limit: h})
		}
		for d := 0; d < h && d < len(r[s]); d++ {
			t := r[s][d]
			switch {
			case t == Off:
			case t < 0 || t >= nt:
				shape[s] = append(shape[s], Violation{Rule: RuleRosterShape, Staff: s, Day: d, Shift: -1, Value: t})
			default:
				work[s][d] = t
			}
		}
	}

	// Soft part: requests and cover.
	for _, q := range in.OnRequests {
		if work[q.Staff][q.Day] != q.Shift {
			ev.OnRequests += q.Weight
		}
	}
	for _, q := range in.OffRequests {
		if work[q.Staff][q.Day] == q.Shift {
			ev.OffRequests += q.Weight
		}
	}
	for _, c := range in.Cover {
		assigned := 0
		for s := range in.Staff {
			if work[s][c.Day] == c.Shift {
				assigned++
			}
		}
		if assigned < c.Requirement {
			ev.Under += c.Under * (c.Requirement - assigned)
		} else {
			ev.Over += c.Over * (assigned - c.Requirement)
		}
	}
	ev.Objective = ev.OnRequests + ev.OffRequests + ev.Under + ev.Over

	// Hard part, one employee at a time.
	for s, st := range in.Staff {
		ev.Violations = append(ev.Violations, shape[s]...)
		w := work[s]
		add := func(rule Rule, day, shift, value, limit int) {
			ev.Violations = append(ev.Violations, Violation{Rule: rule, Staff: s, Day: day, Shift: shift, Value: value, Limit: limit})
		}

		dayOff := make([]bool, h)
		for _, d := range st.DaysOff {
			dayOff[d] = true
		}
		for d := 0; d < h; d++ {
			if dayOff[d] && w[d] != Off {
				add(RuleDayOff, d, w[d], w[d], 0)
			}
		}

		for d := 0; d+1 < h; d++ {
			if w[d] == Off || w[d+1] == Off {
				continue
			}
			for _, t2 := range in.Shifts[w[d]].CannotFollow {
				if w[d+1] == t2 {
					add(RuleRotation, d, w[d], t2, 0)
				}
			}
		}

		count := make([]int, nt)
		minutes := 0
		for d := 0; d < h; d++ {
			if w[d] != Off {
				count[w[d]]++
				minutes += in.Shifts[w[d]].Minutes
			}
		}
		for t := range count {
			if count[t] > st.MaxShifts[t] {
				add(RuleMaxShifts, -1, t, count[t], st.MaxShifts[t])
			}
		}
		if minutes > st.MaxMinutes {
			add(RuleMaxMinutes, -1, -1, minutes, st.MaxMinutes)
		}
		if minutes < st.MinMinutes {
			add(RuleMinMinutes, -1, -1, minutes, st.MinMinutes)
		}

		// Runs of working days and of days off: [a, b).
		type run struct{ a, b int }
		var workRuns, offRuns []run
		for a := 0; a < h; {
			b := a
			for b < h && (w[b] != Off) == (w[a] != Off) {
				b++
			}
			if w[a] != Off {
				workRuns = append(workRuns, run{a, b})
			} else {
				offRuns = append(offRuns, run{a, b})
			}
			a = b
		}
		interior := func(x run) bool { return x.a > 0 && x.b < h }
		for _, x := range workRuns {
			if x.b-x.a > st.MaxConsecutive {
				add(RuleMaxConsecutive, x.a, -1, x.b-x.a, st.MaxConsecutive)
			}
		}
		for _, x := range workRuns {
			if interior(x) && x.b-x.a < st.MinConsecutive {
				add(RuleMinConsecutive, x.a, -1, x.b-x.a, st.MinConsecutive)
			}
		}
		for _, x := range offRuns {
			if interior(x) && x.b-x.a < st.MinDaysOff {
				add(RuleMinDaysOff, x.a, -1, x.b-x.a, st.MinDaysOff)
			}
		}

		weekends := 0
		for sat := 5; sat < h; sat += 7 {
			if w[sat] != Off || (sat+1 < h && w[sat+1] != Off) {
				weekends++
			}
		}
		if weekends > st.MaxWeekends {
			add(RuleMaxWeekends, -1, -1, weekends, st.MaxWeekends)
		}
	}
	return ev
}
