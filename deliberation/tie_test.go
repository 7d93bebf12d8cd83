package deliberation

import (
	"fmt"
	"testing"

	"github.com/shequ/shequ/governance"
)

// TestTieFailsUnderInclusiveHalf uses rules whose share, AtLeast(1, 2),
// would pass a tie: the tie still fails, with one more head (or the least
// area) needed; one vote either way of the tie decides as the share says.
func TestTieFailsUnderInclusiveHalf(t *testing.T) {
	half := governance.AtLeast(1, 2)
	P, N := governance.Passed, governance.MajorityNot
	members := []struct {
		kind                    RuleKind
		eligible, agree, oppose int64
		want                    governance.Outcome
	}{
		{RuleMajorityCast, 5, 2, 3, N},
		{RuleMajorityCast, 4, 2, 2, N}, // the tie
		{RuleMajorityCast, 5, 3, 2, P},
		{RuleMajorityMembers, 4, 2, 2, N}, // the tie: 2 of 4 members is half
		{RuleMajorityMembers, 4, 3, 1, P},
	}
	for _, tt := range members {
		r := DecisionRule{Kind: tt.kind, Pass: half}
		got := tallyMembers(r, tt.eligible, tt.agree, tt.oppose, 0)
		if got.Outcome != tt.want || (tt.want == N && got.MajorityShort.Heads != 1) {
			t.Errorf("%s %d-%d of %d: outcome %s short %+v, want %s short 1 head", tt.kind, tt.agree, tt.oppose, tt.eligible, got.Outcome, got.MajorityShort, tt.want)
		}
	}

	A, O := governance.Agree, governance.Oppose
	owners := []struct {
		name    string
		areas   []int64 // m² of o0, o1, …
		choices []governance.Choice
		want    governance.Outcome
		short   governance.Count
	}{
		{"heads tie, area for", []int64{100, 100, 50, 50}, []governance.Choice{A, A, O, O}, N, governance.Count{Heads: 1}},
		{"area tie, heads for", []int64{50, 50, 100}, []governance.Choice{A, A, O}, N, governance.Count{Area: 1}},
		{"no tie", []int64{60, 50, 100}, []governance.Choice{A, A, O}, P, governance.Count{}},
	}
	for _, tt := range owners {
		var units []governance.Unit
		for i, a := range tt.areas {
			units = append(units, governance.Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i), RegisteredArea: governance.SquareMetres(a, 0)})
		}
		e, _ := governance.NewElectorate(units)
		rule := ruleOf(RuleOwners278)
		rule.Assembly.Ordinary.Share = half
		rule.Matter = governance.MatterAssemblyRules
		v := Vote{Rule: rule, electorate: e, counted: map[string]int{}}
		v.cast(tt.choices...)
		got := tally(&v)
		if got.Outcome != tt.want || got.MajorityShort != tt.short || got.Tie != (tt.want == N) {
			t.Errorf("%s: outcome %s short %+v tie %v, want %s short %+v", tt.name, got.Outcome, got.MajorityShort, got.Tie, tt.want, tt.short)
		}
	}
}
