package curtois

import (
	"reflect"
	"strings"
	"testing"
)

// row turns "-EL" into a roster row of tiny: '-' off, 'E' 0, 'L' 1.
func row(s string) []int {
	r := make([]int, len(s))
	for i, c := range s {
		r[i] = strings.IndexRune("EL", c) // -1 = Off for '-'
	}
	return r
}

// The objectives below are computed by hand from tiny's requests and cover:
//
//	on:    A day 1 E (2), B day 6 E (5)
//	off:   A day 2 L (3)
//	cover: day 0 E need 0 (over 4), day 1 E need 2 (under 100),
//	       day 2 L need 1 (under 50), day 5 E need 1 (under 10)
func TestEvaluateObjective(t *testing.T) {
	in := mustParse(t, tiny)
	tests := []struct {
		name   string
		a, b   string
		want   Evaluation // without Violations
		reason string
	}{
		{"feasible", "-EL----", "EEE----",
			Evaluation{Objective: 22, OnRequests: 5, OffRequests: 3, Under: 10, Over: 4},
			"B's request on day 6 (5), A's L on day 2 (3), nobody on day 5 (10), B on day 0 where none is needed (4)"},
		{"all off", "-------", "-------",
			Evaluation{Objective: 267, OnRequests: 7, OffRequests: 0, Under: 260, Over: 0},
			"both on-requests (2+5) and every requirement missed: 2×100 + 50 + 10"},
		{"wrong shift for request", "-LL----", "EEE----",
			Evaluation{Objective: 124, OnRequests: 7, OffRequests: 3, Under: 110, Over: 4},
			"A works L, not the requested E, on day 1 (2) so day 1 E is one short (100)"},
		{"over cover", "-EE----", "EEE--E-",
			Evaluation{Objective: 59, OnRequests: 5, OffRequests: 0, Under: 50, Over: 4},
			"A's requests granted; day 0 E one over (4), day 5 E met, day 1 E met, day 2 L missed (50), day 2 E has no cover row; B's weekend is a hard matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(in, Roster{row(tt.a), row(tt.b)})
			got.Violations = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Evaluate(A=%s, B=%s) = %+v, want %+v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
		})
	}
}

func TestEvaluateViolations(t *testing.T) {
	in := mustParse(t, tiny)
	v := func(rule Rule, staff, day, shift, value, limit int) Violation {
		return Violation{Rule: rule, Staff: staff, Day: day, Shift: shift, Value: value, Limit: limit}
	}
	const E, L = 0, 1
	// A: E≤3, L≤2, 960..2000 minutes, ≤3 consecutive, runs ≥2 on and ≥2
	// off inside the horizon, ≤1 weekend, day 0 off.
	// B: E≤7, never L, ≤3000 minutes, ≤5 consecutive, ≥2 on, ≥2 off, no
	// weekend.
	tests := []struct {
		name   string
		a, b   string
		want   []Violation
		reason string
	}{
		{"feasible", "-EL----", "EEE----", nil, "every rule holds"},
		{"short run at start", "-EL----", "E------", nil, "a one-day run touching day 0 is exempt from the minimum"},
		{"short off run at end", "-EL---E", "EEE----", nil, "A's run on day 6 touches the end; minutes 1560 within limits"},
		{"both weekend days count once", "-----EE", "EEE----", nil, "A works Saturday and Sunday: one weekend, A may work one; minutes exactly 960"},
		{"weekend", "-EL----", "------E", []Violation{v(RuleMaxWeekends, 1, -1, -1, 1, 0)}, "B may not work a weekend; the run touches the end"},
		{"short run inside", "-EL----", "---E---", []Violation{v(RuleMinConsecutive, 1, 3, -1, 1, 2)}, "B works day 3 alone, bordered by days off inside the horizon"},
		{"short off run inside", "-EL----", "EE-EE--", []Violation{v(RuleMinDaysOff, 1, 2, -1, 1, 2)}, "B has a single day off on day 2 between working days"},
		{"too many consecutive", "-EL----", "EEEEEE-", []Violation{v(RuleMaxConsecutive, 1, 0, -1, 6, 5), v(RuleMaxWeekends, 1, -1, -1, 1, 0)}, "six days in a row, and Saturday is a weekend"},
		{"forbidden type", "-EL----", "L------", []Violation{v(RuleMaxShifts, 1, -1, L, 1, 0)}, "B may never work L"},
		{"day off", "EEL----", "EEE----", []Violation{v(RuleDayOff, 0, 0, E, E, 0)}, "A must not work day 0"},
		{"rotation", "-LE----", "EEE----", []Violation{v(RuleRotation, 0, 1, L, E, 0)}, "E cannot follow L"},
		{"several", "-LL-EL-", "EEE----", []Violation{
			v(RuleMaxShifts, 0, -1, L, 3, 2),
			v(RuleMaxMinutes, 0, -1, -1, 2280, 2000),
			v(RuleMinDaysOff, 0, 3, -1, 1, 2),
		}, "A: three L (max 2), 3×600+480 minutes (max 2000), one day off on day 3; no rotation issue since E→L is allowed"},
		{"too few minutes and too long", "-EEEE--", "EEE----", []Violation{
			v(RuleMaxShifts, 0, -1, E, 4, 3),
			v(RuleMaxConsecutive, 0, 1, -1, 4, 3),
		}, "A: four E (max 3) in a row (max 3); 1920 minutes are within limits"},
		{"too few minutes", "-E-----", "EEE----", []Violation{
			v(RuleMinMinutes, 0, -1, -1, 480, 960),
			v(RuleMinConsecutive, 0, 1, -1, 1, 2),
		}, "A: 480 minutes (min 960), a one-day run on day 1 inside the horizon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(in, Roster{row(tt.a), row(tt.b)})
			if !reflect.DeepEqual(got.Violations, tt.want) {
				t.Errorf("Evaluate(A=%s, B=%s).Violations =\n%v\nwant\n%v\n(%s)", tt.a, tt.b, got.Violations, tt.want, tt.reason)
			}
			if got.Feasible() != (len(tt.want) == 0) {
				t.Errorf("Feasible() = %v with %d violations", got.Feasible(), len(tt.want))
			}
		})
	}
}

func TestEvaluateMalformedRoster(t *testing.T) {
	in := mustParse(t, tiny)
	tests := []struct {
		name   string
		r      Roster
		want   []Violation
		reason string
	}{
		{"missing row", Roster{row("-EL----")}, []Violation{
			{Rule: RuleRosterShape, Staff: -1, Day: -1, Shift: -1, Value: 1, Limit: 2},
			{Rule: RuleRosterShape, Staff: 1, Day: -1, Shift: -1, Value: 0, Limit: 7},
		}, "the roster has one row for two employees; B counts as off all week, which breaks no rule"},
		{"short row", Roster{row("-EL----"), row("EEE---")}, []Violation{
			{Rule: RuleRosterShape, Staff: 1, Day: -1, Shift: -1, Value: 6, Limit: 7},
		}, "B's row has six days; day 6 counts as off"},
		{"bad shift", Roster{row("-EL----"), {0, 0, 0, 0, 9, -2, -1}}, []Violation{
			{Rule: RuleRosterShape, Staff: 1, Day: 4, Shift: -1, Value: 9},
			{Rule: RuleRosterShape, Staff: 1, Day: 5, Shift: -1, Value: -2},
		}, "shift 9 and -2 do not exist; they count as off, so B's four-day run is fine"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(in, tt.r)
			if !reflect.DeepEqual(got.Violations, tt.want) {
				t.Errorf("Evaluate.Violations =\n%v\nwant\n%v\n(%s)", got.Violations, tt.want, tt.reason)
			}
		})
	}
}

func TestViolationDescribe(t *testing.T) {
	in := mustParse(t, tiny)
	ev := Evaluate(in, Roster{row("-LE----"), row("EEEEEE-")}) // A: 1080 minutes, fine
	var got []string
	for _, v := range ev.Violations {
		got = append(got, v.Describe(in))
	}
	want := []string{
		"staff A: L on day 1 cannot be followed by E on day 2",
		"staff B: 6 consecutive working days from day 0, at most 5",
		"staff B: 1 weekends worked, at most 0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Describe =\n%q\nwant\n%q", got, want)
	}
	got = nil
	for _, v := range ev.Violations {
		got = append(got, v.DescribeZH(in))
	}
	want = []string{
		"员工A第1天上L班后，第2天不得上E班",
		"员工B自第0天起连续工作6天，至多5天",
		"员工B工作1个周末，至多0个",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DescribeZH =\n%q\nwant\n%q", got, want)
	}
}
