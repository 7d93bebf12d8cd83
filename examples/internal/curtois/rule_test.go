package curtois

import (
	"encoding/json"
	"testing"
)

func TestRuleText(t *testing.T) {
	for r := RuleRosterShape; r <= RuleMaxWeekends; r++ {
		if !r.IsValid() || r.Label() == "" {
			t.Errorf("Rule(%d): IsValid %v, Label %q", r, r.IsValid(), r.Label())
		}
		text, err := r.MarshalText()
		if err != nil || string(text) != r.String() {
			t.Errorf("Rule(%d).MarshalText = %q, %v; want %q", r, text, err, r.String())
		}
		var back Rule
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, r)
		}
	}
	if got := Rule(0).String(); got != "%!Rule(0)" {
		t.Errorf("Rule(0).String() = %q", got)
	}
	if got := (RuleMaxWeekends + 1).String(); got != "%!Rule(11)" {
		t.Errorf("Rule(11).String() = %q", got)
	}
	if _, err := (RuleMaxWeekends + 1).MarshalText(); err == nil {
		t.Error("Rule(11).MarshalText: no error")
	}
	if _, err := ParseRule("max_weekend"); err == nil {
		t.Error(`ParseRule("max_weekend"): no error`)
	}
	b, err := json.Marshal(Violation{Rule: RuleMinDaysOff})
	if err != nil || string(b) != `{"Rule":"min_days_off","Staff":0,"Day":0,"Shift":0,"Value":0,"Limit":0}` {
		t.Errorf("json.Marshal(Violation) = %s, %v", b, err)
	}
}
