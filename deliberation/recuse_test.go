package deliberation

import (
	"testing"

	"github.com/shequ/shequ/governance"
)

// TestRecuseAfterOpenVote recuses a member after the vote opened: the
// member is no longer eligible, their earlier ballot is not counted, and
// the vote may close early once every remaining member has voted.
func TestRecuseAfterOpenVote(t *testing.T) {
	p := BeijingPolicy()
	steps := lifecycle()[:5] // up to and including open_vote
	ballot := func(a Actor, voter string, c governance.Choice) step {
		return step{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: a, Details: Details{Vote: "v1", Voter: voter, Choice: c, Form: FormMeeting}}}
	}
	steps = append(steps,
		ballot(pm, "pm-1", governance.Oppose),
		step{2, Command{Kind: CmdRecuse, Matter: matter, Actor: party, Details: Details{Voter: "pm-1", Reason: "the property company is the party concerned"}}},
		ballot(res1, "r1", governance.Agree),
		ballot(res2, "r2", governance.Agree),
		// Before the vote's closing time: only allowed because every
		// member still eligible has voted.
		step{2, Command{Kind: CmdCloseVote, Matter: matter, Actor: party, Details: Details{Vote: "v1"}}},
	)
	m, _ := run(t, p, steps)
	got := m.Votes[0].Tally
	if got.Eligible != 2 || got.Agree != 2 || got.Oppose != 0 || !got.Passed() {
		t.Errorf("tally %+v, want 2 eligible, 2 agree, 0 oppose, passed", got)
	}
}
