package deliberation

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shequ/shequ/governance"
)

func ruleOf(k RuleKind) DecisionRule {
	for _, r := range DefaultRules() {
		if r.Kind == k {
			return r
		}
	}
	panic("no rule " + k.String())
}

// TestTallyMembersBoundaries puts every members' rule one below, at and one
// above its threshold, with the reading of each boundary: "过半数" is strict,
// "三分之二以上" inclusive, a tie fails, abstentions are not votes cast.
func TestTallyMembersBoundaries(t *testing.T) {
	P, N, Q := governance.Passed, governance.MajorityNot, governance.NoQuorum
	tests := []struct {
		rule                             RuleKind
		eligible, agree, oppose, abstain int64
		want                             governance.Outcome
		short                            int64 // MajorityShort.Heads
		reason                           string
	}{
		{RuleMajorityCast, 10, 4, 5, 0, N, 1, "4 of 9 cast: one below"},
		{RuleMajorityCast, 10, 5, 5, 0, N, 1, "5 of 10 cast is exactly half: a tie fails (过半数 is strict)"},
		{RuleMajorityCast, 10, 6, 4, 0, P, 0, "6 of 10 cast: one above half"},
		{RuleMajorityCast, 10, 3, 2, 5, P, 0, "abstentions are not votes cast: 3 of 5 cast"},
		{RuleMajorityCast, 10, 2, 2, 0, Q, 1, "4 of 10 members take part: no quorum (more than half must)"},
		{RuleMajorityCast, 10, 3, 2, 0, Q, 0, "5 of 10 take part is exactly half: the quorum (more than half) fails"},
		{RuleMajorityCast, 10, 3, 2, 1, P, 0, "6 of 10 take part: quorum met, 3 of 5 cast agree"},
		{RuleTwoThirds, 9, 5, 3, 0, N, 1, "5 of 8 cast is below 2/3"},
		{RuleTwoThirds, 9, 6, 3, 0, P, 0, "6 of 9 cast is exactly 2/3: 以上 includes it"},
		{RuleTwoThirds, 9, 7, 2, 0, P, 0, "7 of 9 cast is above 2/3"},
		{RuleTwoThirds, 9, 4, 2, 3, P, 0, "abstentions excluded: 4 of 6 cast is exactly 2/3"},
		{RuleMajorityMembers, 10, 5, 0, 0, N, 1, "5 of 10 members is exactly half: fails"},
		{RuleMajorityMembers, 10, 6, 4, 0, P, 0, "6 of 10 members"},
		{RuleMajorityMembers, 10, 4, 0, 6, N, 2, "abstentions count against a majority of members"},
		{RuleMajorityMembers, 11, 6, 0, 0, P, 0, "6 of 11 members: no quorum applies to this rule"},
		{RuleConsensus, 6, 5, 0, 1, P, 0, "no objection; an abstention does not block"},
		{RuleConsensus, 6, 5, 1, 0, N, 1, "one objection blocks"},
		{RuleConsensus, 6, 0, 0, 4, N, 1, "nobody agrees"},
		{RuleConsensus, 6, 2, 0, 1, Q, 0, "3 of 6 take part: no quorum"},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s/%d-%d-%d-of-%d", tt.rule, tt.agree, tt.oppose, tt.abstain, tt.eligible)
		got := tallyMembers(ruleOf(tt.rule), tt.eligible, tt.agree, tt.oppose, tt.abstain)
		want := tt.want
		if got.Outcome != want {
			t.Errorf("%s (%s): outcome %s, want %s", name, tt.reason, got.Outcome, want)
		}
		if want == N && got.MajorityShort.Heads != tt.short {
			t.Errorf("%s (%s): majority short %d, want %d", name, tt.reason, got.MajorityShort.Heads, tt.short)
		}
		if want == P && (got.MajorityShort != governance.Count{} || got.QuorumShort != governance.Count{}) {
			t.Errorf("%s: passed with margins %+v %+v, want none", name, got.MajorityShort, got.QuorumShort)
		}
		if got.Tie != (tt.agree == tt.oppose && tt.agree > 0) {
			t.Errorf("%s: tie = %v", name, got.Tie)
		}
	}
}

// owners builds an owners' vote of n units of 100 m² each, one owner each.
func owners(n int) Vote {
	units := make([]governance.Unit, n)
	for i := range units {
		units[i] = governance.Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i), RegisteredArea: governance.SquareMetres(100, 0)}
	}
	e, rep := governance.NewElectorate(units)
	if rep.Err() != nil {
		panic(rep.Err())
	}
	r := ruleOf(RuleOwners278)
	return Vote{Rule: r, Units: units, electorate: e, counted: map[string]int{}}
}

func (v *Vote) cast(choices ...governance.Choice) {
	for i, c := range choices {
		id := fmt.Sprintf("o%d", i)
		v.counted[id] = len(v.Ballots)
		v.Ballots = append(v.Ballots, BallotRecord{Voter: id, Choice: c, Counted: true})
	}
}

// TestTallyOwnersBoundaries checks the Civil Code art. 278 boundaries
// through the package's tally: participation ≥ 2/3 of total heads and area,
// ordinary > 1/2 and special ≥ 3/4 of participating heads and area.
func TestTallyOwnersBoundaries(t *testing.T) {
	A, O, B := governance.Agree, governance.Oppose, governance.Abstain
	P, N, Q := governance.Passed, governance.MajorityNot, governance.NoQuorum
	tests := []struct {
		units   int
		matter  governance.OwnersMatter
		choices []governance.Choice
		want    governance.Outcome
		reason  string
	}{
		{6, governance.MatterUseFund, []governance.Choice{A, A, A}, Q, "3 of 6 take part: below 2/3"},
		{6, governance.MatterUseFund, []governance.Choice{A, A, A, A}, P, "4 of 6 take part: exactly 2/3 is enough (以上)"},
		{6, governance.MatterUseFund, []governance.Choice{A, A, A, O, O, O}, N, "3 of 6 agree: exactly half is not more than half"},
		{6, governance.MatterUseFund, []governance.Choice{A, A, A, A, O, O}, P, "4 of 6 agree"},
		{6, governance.MatterUseFund, []governance.Choice{A, A, A, B, B, B}, N, "abstentions participate and do not agree"},
		{4, governance.MatterRaiseFund, []governance.Choice{A, A, O, O}, N, "special: 2 of 4 is below 3/4"},
		{4, governance.MatterRaiseFund, []governance.Choice{A, A, A, O}, P, "special: 3 of 4 is exactly 3/4 (以上)"},
		{8, governance.MatterCommonPartsUse, []governance.Choice{A, A, A, A, A, O, O, O}, N, "special: 5 of 8 is below 3/4"},
		{8, governance.MatterCommonPartsUse, []governance.Choice{A, A, A, A, A, A, O, O}, P, "special: 6 of 8 is exactly 3/4"},
		{8, governance.MatterCommonPartsUse, []governance.Choice{A, A, A, A, A, A, A, O}, P, "special: 7 of 8 is above 3/4"},
	}
	for _, tt := range tests {
		v := owners(tt.units)
		v.Rule.Matter = tt.matter
		v.cast(tt.choices...)
		got := tally(&v)
		if got.Outcome != tt.want {
			t.Errorf("%d units, %s, %v (%s): %s, want %s", tt.units, tt.matter, tt.choices, tt.reason, DescribeTally(got), tt.want)
		}
	}
}

// TestTallyOwnersMargin checks the explained margin of a vote that fails
// by one head but passes by area.
func TestTallyOwnersMargin(t *testing.T) {
	units := []governance.Unit{}
	for i := range 9 {
		a := governance.SquareMetres(60, 0)
		if i < 4 {
			a = governance.SquareMetres(120, 0)
		}
		units = append(units, governance.Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i), RegisteredArea: a})
	}
	e, _ := governance.NewElectorate(units)
	v := Vote{Rule: ruleOf(RuleOwners278), electorate: e, counted: map[string]int{}}
	v.Rule.Matter = governance.MatterUseFund
	A, O := governance.Agree, governance.Oppose
	v.cast(A, A, A, A, O, O, O, O)
	got := tally(&v)
	want := Tally{
		Rule: RuleOwners278, Outcome: governance.MajorityNot, Eligible: 9, Agree: 4, Oppose: 4,
		Tie: true, TotalArea: governance.SquareMetres(780, 0), AgreeArea: governance.SquareMetres(480, 0),
		OpposeArea:    governance.SquareMetres(240, 0),
		MajorityShort: governance.Count{Heads: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tally of 4 large owners for, 4 small against (-want +got):\n%s", diff)
	}
}

// TestBallotMerge checks the channel rule: the counted ballot is the one on
// the voter's strongest channel, in whatever order the channels arrive,
// and a ballot on the same or a weaker channel is refused.
func TestBallotMerge(t *testing.T) {
	p := BeijingPolicy()
	m, _ := inStage(t, StageDeliberate)
	open := func() Matter {
		x := m.Clone()
		evs, err := Decide(x, sampleCommand(CmdOpenVote), day(3), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			if err := x.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		return x
	}
	ballot := func(f Form, c governance.Choice) Command {
		cmd := sampleCommand(CmdCastBallot)
		cmd.Form, cmd.Choice = f, c
		return cmd
	}
	apply := func(x *Matter, c Command) error {
		evs, err := Decide(*x, c, day(3), p)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := x.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		return nil
	}
	// online then paper: paper replaces online.
	x := open()
	if err := apply(&x, ballot(FormOnline, governance.Agree)); err != nil {
		t.Fatal(err)
	}
	if err := apply(&x, ballot(FormCourtyard, governance.Oppose)); err != nil {
		t.Fatalf("a paper ballot after an online one: %v", err)
	}
	// paper then online: online is refused.
	y := open()
	if err := apply(&y, ballot(FormCourtyard, governance.Oppose)); err != nil {
		t.Fatal(err)
	}
	if err := apply(&y, ballot(FormOnline, governance.Agree)); !errorsIs(err, CodeAlreadyVoted) {
		t.Errorf("an online ballot after a paper one: err %v, want %s", err, CodeAlreadyVoted)
	}
	if err := apply(&y, ballot(FormCourtyard, governance.Agree)); !errorsIs(err, CodeAlreadyVoted) {
		t.Errorf("a second paper ballot: err %v, want %s", err, CodeAlreadyVoted)
	}
	tx, ty := tally(&x.Votes[len(x.Votes)-1]), tally(&y.Votes[len(y.Votes)-1])
	if diff := cmp.Diff(tx, ty); diff != "" || tx.Oppose != 1 || tx.Agree != 0 {
		t.Errorf("the counted ballot depends on arrival order or is not the paper one: %s vs %s", DescribeTally(tx), DescribeTally(ty))
	}
}
