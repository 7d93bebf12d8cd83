package curtois

import "fmt"

// Rule is a hard rule of the Curtois & Qu model that a roster can break.
// The zero Rule is not a valid rule.
//
// "At most one shift per employee per day" is not a Rule: a [Roster] holds
// one value per employee and day, so it cannot express two shifts.
type Rule uint8

const (
	// RuleRosterShape: the roster does not have one row per employee and
	// one entry per day, or names a shift index that does not exist.
	RuleRosterShape Rule = 1 + iota
	// RuleDayOff: work on a day listed in SECTION_DAYS_OFF.
	RuleDayOff
	// RuleRotation: shift t2 on day d+1 after shift t1 on day d, where t2
	// is among the shifts that cannot follow t1.
	RuleRotation
	// RuleMaxShifts: more shifts of one type than the employee's maximum.
	RuleMaxShifts
	// RuleMaxMinutes: more total minutes than MaxTotalMinutes.
	RuleMaxMinutes
	// RuleMinMinutes: fewer total minutes than MinTotalMinutes.
	RuleMinMinutes
	// RuleMaxConsecutive: a run of working days longer than
	// MaxConsecutiveShifts, anywhere in the horizon.
	RuleMaxConsecutive
	// RuleMinConsecutive: a run of working days shorter than
	// MinConsecutiveShifts that touches neither day 0 nor day H-1.
	RuleMinConsecutive
	// RuleMinDaysOff: a run of days off shorter than MinConsecutiveDaysOff
	// that touches neither day 0 nor day H-1.
	RuleMinDaysOff
	// RuleMaxWeekends: more worked weekends (Saturday or Sunday or both,
	// counted once) than MaxWeekends.
	RuleMaxWeekends
)

var ruleNames = [...]struct{ code, zh string }{
	RuleRosterShape:    {"roster_shape", "排班表结构错误"},
	RuleDayOff:         {"day_off", "指定休息日排班"},
	RuleRotation:       {"rotation", "班次衔接禁止"},
	RuleMaxShifts:      {"max_shifts", "班次类型次数超限"},
	RuleMaxMinutes:     {"max_minutes", "总工时超上限"},
	RuleMinMinutes:     {"min_minutes", "总工时低于下限"},
	RuleMaxConsecutive: {"max_consecutive", "连续工作天数超上限"},
	RuleMinConsecutive: {"min_consecutive", "连续工作天数低于下限"},
	RuleMinDaysOff:     {"min_days_off", "连续休息天数低于下限"},
	RuleMaxWeekends:    {"max_weekends", "周末工作次数超限"},
}

// IsValid reports whether r is one of the declared rules.
func (r Rule) IsValid() bool { return r >= RuleRosterShape && int(r) < len(ruleNames) }

// String returns the rule's stable English code, such as "max_weekends",
// or "%!Rule(N)" for an invalid rule.
func (r Rule) String() string {
	if !r.IsValid() {
		return fmt.Sprintf("%%!Rule(%d)", uint8(r))
	}
	return ruleNames[r].code
}

// Label returns the rule's Chinese name, or "" for an invalid rule.
func (r Rule) Label() string {
	if !r.IsValid() {
		return ""
	}
	return ruleNames[r].zh
}

// MarshalText returns the same text as [Rule.String]; the zero Rule
// marshals as "".
func (r Rule) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("curtois: cannot marshal invalid rule %d", uint8(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText parses the text of [Rule.MarshalText]; "" gives the zero
// Rule.
func (r *Rule) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseRule(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRule returns the rule whose code is s.
func ParseRule(s string) (Rule, error) {
	for r := RuleRosterShape; r.IsValid(); r++ {
		if ruleNames[r].code == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("curtois: unknown rule %q", s)
}
