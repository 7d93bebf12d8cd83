package deliberation

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/shequ/shequ/governance"
)

// TestDeadlineBoundaries: a stage is overdue only after its due time, not
// at it; Due reports the same.
func TestDeadlineBoundaries(t *testing.T) {
	p := BeijingPolicy()
	m, _ := run(t, p, lifecycle()[:1]) // raised: Collect has a deadline
	if m.StageDue.IsZero() {
		t.Fatal("Collect has no deadline in the Beijing policy")
	}
	for _, c := range []struct {
		at      time.Time
		overdue bool
	}{
		{m.StageDue.Add(-time.Nanosecond), false},
		{m.StageDue, false},
		{m.StageDue.Add(time.Nanosecond), true},
	} {
		if got := m.stageOverdue(c.at); got != c.overdue {
			t.Errorf("stageOverdue(due%+v) = %v, want %v", c.at.Sub(m.StageDue), got, c.overdue)
		}
		ds := Due(m, c.at)
		if len(ds) != 1 || ds[0].Overdue != c.overdue {
			t.Errorf("Due(due%+v) = %+v, want one deadline, overdue %v", c.at.Sub(m.StageDue), ds, c.overdue)
		}
	}
}

// TestTallyOwnersAreaBoundaries holds the heads constant and moves the
// area one square metre below, at and above each Civil Code art. 278
// boundary, so the area rule alone decides.
func TestTallyOwnersAreaBoundaries(t *testing.T) {
	A, O := governance.Agree, governance.Oppose
	P, N, Q := governance.Passed, governance.MajorityNot, governance.NoQuorum
	for _, tt := range []struct {
		areas   []int64 // square metres; the first len(choices) owners vote
		choices []governance.Choice
		want    governance.Outcome
		reason  string
	}{
		{[]int64{100, 299, 201}, []governance.Choice{A, A}, Q, "2 of 3 heads, 399 of 600 m²: below 2/3 by area"},
		{[]int64{100, 300, 200}, []governance.Choice{A, A}, P, "2 of 3 heads, 400 of 600 m²: exactly 2/3 (以上)"},
		{[]int64{100, 301, 199}, []governance.Choice{A, A}, P, "2 of 3 heads, 401 of 600 m²"},
		{[]int64{100, 100, 99, 301}, []governance.Choice{A, A, A, O}, N, "3 of 4 heads agree, 299 of 600 m²: not more than half"},
		{[]int64{100, 100, 100, 300}, []governance.Choice{A, A, A, O}, N, "3 of 4 heads agree, 300 of 600 m²: exactly half fails"},
		{[]int64{100, 100, 101, 299}, []governance.Choice{A, A, A, O}, P, "3 of 4 heads agree, 301 of 600 m²"},
	} {
		units := make([]governance.Unit, len(tt.areas))
		for i, a := range tt.areas {
			units[i] = governance.Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i), RegisteredArea: governance.SquareMetres(a, 0)}
		}
		e, rep := governance.NewElectorate(units)
		if rep.Err() != nil {
			t.Fatal(rep.Err())
		}
		v := Vote{Rule: ruleOf(RuleOwners278), Units: units, electorate: e, counted: map[string]int{}}
		v.Rule.Matter = governance.MatterUseFund
		v.cast(tt.choices...)
		if got := tally(&v); got.Outcome != tt.want {
			t.Errorf("%v %v (%s): %s, want %s", tt.areas, tt.choices, tt.reason, DescribeTally(got), tt.want)
		}
	}
}

// TestVoteCloseBoundaries: a ballot is taken up to and at the closing time
// and refused after it; the vote closes early only when everyone voted,
// and from the closing time on otherwise.
func TestVoteCloseBoundaries(t *testing.T) {
	p := BeijingPolicy()
	steps := lifecycle()[:5] // raised, admitted, convened, proposal tabled, vote opened
	closes := day(2).Add(48 * time.Hour)
	steps[4].cmd.Closes = closes
	m, _ := run(t, p, steps)
	ballot := lifecycle()[5].cmd // r1 agrees
	closeVote := lifecycle()[8].cmd
	codes := func(err error) []Code {
		var r *RefusedError
		if errors.As(err, &r) {
			return r.Codes()
		}
		return nil
	}
	for _, c := range []struct {
		cmd  Command
		at   time.Time
		want []Code
	}{
		{ballot, closes.Add(-time.Nanosecond), nil},
		{ballot, closes, nil},
		{ballot, closes.Add(time.Nanosecond), []Code{CodeVoteClosed}},
		{closeVote, closes.Add(-time.Nanosecond), []Code{CodeVoteRunning}},
		{closeVote, closes, nil},
		{closeVote, closes.Add(time.Nanosecond), nil},
	} {
		_, err := Decide(m, c.cmd, c.at, p)
		if got := codes(err); !slices.Equal(got, c.want) || (err != nil) != (c.want != nil) {
			t.Errorf("%s at closes%+v: %v, want codes %v", c.cmd.Kind, c.at.Sub(closes), err, c.want)
		}
	}
}
