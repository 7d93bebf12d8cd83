package deliberation

import (
	"testing"

	"github.com/shequ/shequ/governance"
)

// TestWithdrawByNonRaiserRefused: only a raiser may withdraw.
func TestWithdrawByNonRaiserRefused(t *testing.T) {
	m, at := inStage(t, StageCollect)
	c := Command{Kind: CmdWithdraw, Matter: matter, Actor: res2, Details: Details{Reason: "changed my mind"}}
	if _, err := Decide(m, c, day(at), BeijingPolicy()); !errorsIs(err, CodeNotRaiser) {
		t.Errorf("withdraw by %s, who did not raise the matter: %v, want %s", res2.ID, err, CodeNotRaiser)
	}
	c.Actor = res1
	if _, err := Decide(m, c, day(at), BeijingPolicy()); err != nil {
		t.Errorf("withdraw by the raiser: %v", err)
	}
}

// TestDeclineWithoutReasonRefused: declining needs a reason.
func TestDeclineWithoutReasonRefused(t *testing.T) {
	m, at := inStage(t, StageCollect)
	c := Command{Kind: CmdDecline, Matter: matter, Actor: rc}
	_, err := Decide(m, c, day(at), BeijingPolicy())
	r, ok := err.(*RefusedError)
	if !ok || !r.Has(CodeFieldRequired) || r.Problems[0].Path != "reason" {
		t.Errorf("decline without a reason: %v, want %s at reason", err, CodeFieldRequired)
	}
	c.Reason = "a matter for the district"
	if _, err := Decide(m, c, day(at), BeijingPolicy()); err != nil {
		t.Errorf("decline with a reason: %v", err)
	}
}

// TestRuleFrozenWhenVoteOpens changes the policy's rule between opening
// and closing a vote: the vote is counted by the rule it opened with.
func TestRuleFrozenWhenVoteOpens(t *testing.T) {
	p := BeijingPolicy()
	steps := lifecycle()[:5] // the vote v1 opens under majority_cast (> 1/2 of votes cast)
	ballot := func(a Actor, voter string, c governance.Choice) step {
		return step{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: a, Details: Details{Vote: "v1", Voter: voter, Choice: c, Form: FormMeeting}}}
	}
	steps = append(steps, ballot(res1, "r1", governance.Agree), ballot(res2, "r2", governance.Oppose), ballot(pm, "pm-1", governance.Agree))
	m, _ := run(t, p, steps)

	stricter := BeijingPolicy()
	for i := range stricter.Rules {
		if stricter.Rules[i].Kind == RuleMajorityCast {
			stricter.Rules[i].Pass = governance.AtLeast(3, 4) // 2 of 3 would fail
		}
	}
	m, _ = runOn(t, m, stricter, step{2, Command{Kind: CmdCloseVote, Matter: matter, Actor: party, Details: Details{Vote: "v1"}}})
	v := m.Votes[0]
	if !v.Tally.Passed() || v.Rule.Pass != governance.MoreThan(1, 2) {
		t.Errorf("vote counted %s under pass %v, want passed under the frozen > 1/2", v.Tally.Outcome, v.Rule.Pass)
	}
	// The stricter rule alone fails the same counts: the test can fail.
	if r, _ := stricter.rule(RuleMajorityCast); tallyMembers(r, 3, 2, 1, 0).Passed() {
		t.Fatal("the stricter rule passes 2 of 3 too: the test shows nothing")
	}
}

// TestSatisfactionBoundaries puts the satisfaction threshold one below, at
// and one above, inclusive (≥ 4/5, the default) and strict (> 4/5), with
// the default weights (basically satisfied counts as satisfied) and with
// basically satisfied worth half.
func TestSatisfactionBoundaries(t *testing.T) {
	def := BeijingPolicy().Satisfaction
	strict := def
	strict.Threshold = governance.MoreThan(4, 5)
	half := def
	half.Basic = 50
	tests := []struct {
		name string
		s    Satisfaction
		c    RatingCount
		want bool
	}{
		{"≥4/5: 7 of 10, one below", def, RatingCount{Satisfied: 7, Dissatisfied: 3}, false},
		{"≥4/5: 8 of 10, at", def, RatingCount{Satisfied: 8, Dissatisfied: 2}, true},
		{"≥4/5: 9 of 10, one above", def, RatingCount{Satisfied: 9, Dissatisfied: 1}, true},
		{"≥4/5: basic counts fully, 4+4 of 10", def, RatingCount{Satisfied: 4, Basic: 4, Dissatisfied: 2}, true},
		{">4/5: 8 of 10, at, fails", strict, RatingCount{Satisfied: 8, Dissatisfied: 2}, false},
		{">4/5: 9 of 10, one above", strict, RatingCount{Satisfied: 9, Dissatisfied: 1}, true},
		{"basic half: 6 + 4 basic of 10 = 8/10, at", half, RatingCount{Satisfied: 6, Basic: 4}, true},
		{"basic half: 5 + 5 basic of 10 = 7.5/10, below", half, RatingCount{Satisfied: 5, Basic: 5}, false},
		{"no ratings", def, RatingCount{}, false},
	}
	for _, tt := range tests {
		if got := tt.s.Met(tt.c); got != tt.want {
			t.Errorf("%s: met %v, want %v", tt.name, got, tt.want)
		}
	}
}
