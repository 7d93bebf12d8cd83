package deliberation_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shequ/shequ/deliberation"
	"github.com/shequ/shequ/governance"
)

var cst = time.FixedZone("CST", 8*3600)

// The loop an embedder writes: decide, store, apply. A refused command
// records nothing and lists every problem in English and Chinese.
func ExampleDecide() {
	policy := deliberation.BeijingPolicy()
	var store []deliberation.Event // the embedder's event store
	var m deliberation.Matter

	do := func(c deliberation.Command, now time.Time) {
		events, err := deliberation.Decide(m, c, now, policy)
		var refused *deliberation.RefusedError
		if errors.As(err, &refused) {
			for _, p := range refused.Problems {
				fmt.Printf("refused: %s %s: %s / %s\n", string(p.Code), p.Path, p.Message, p.MessageZH)
			}
			return
		}
		store = append(store, events...) // in one transaction keyed by (matter, seq)
		for _, e := range events {
			if err := m.Apply(e); err != nil {
				panic(err) // cannot happen for Decide's events
			}
			fmt.Printf("#%d %s, stage %s (%s)\n", e.Seq, e.Kind, m.Stage, m.Stage.Label())
		}
	}

	resident := deliberation.Actor{ID: "r-3201", Role: deliberation.RoleResident}
	party := deliberation.Actor{ID: "party-hxdj", Seat: governance.SeatParty, Role: deliberation.RoleMember}
	raised := time.Date(2025, 3, 3, 9, 0, 0, 0, cst)
	do(deliberation.Command{Kind: deliberation.CmdRaise, Matter: "hx32-ramp", Actor: resident,
		Details: deliberation.Details{Subject: "no ramp at building 32", Channel: deliberation.ChannelResident,
			Scope: deliberation.LevelBuilding, Category: deliberation.CategoryAccessibility}}, raised)
	do(deliberation.Command{Kind: deliberation.CmdAdmit, Matter: "hx32-ramp", Actor: resident}, raised.Add(time.Hour))
	do(deliberation.Command{Kind: deliberation.CmdAdmit, Matter: "hx32-ramp", Actor: party,
		Details: deliberation.Details{Form: deliberation.FormMeeting, Level: deliberation.LevelBuilding}}, raised.Add(48*time.Hour))

	fmt.Println("verify:", deliberation.Verify(store))
	for _, d := range deliberation.Due(m, raised.Add(48*time.Hour)) {
		fmt.Println("due:", d.Stage, d.Due.Format(time.DateTime), "overdue:", d.Overdue)
	}
	// Output:
	// #1 raised, stage collect (集)
	// refused: actor.not_permitted actor: actor r-3201/resident may not admit under the policy / 按照规则，r-3201/resident 无权纳入议程
	// refused: field.invalid form: unknown or missing consultation form / 协商形式无效
	// refused: field.invalid level: level must be building, compound or community / 协商层级须为楼门、小区或社区
	// #2 admitted, stage deliberate (议)
	// verify: <nil>
	// due: deliberate 2025-04-03 00:00:00 overdue: false
}

// A Civil Code art. 278 vote on using the maintenance fund: nine owners,
// eight take part; four large flats agree and four small ones oppose. The
// vote passes by area but fails by one head, and the tally says so.
func ExampleDecide_owners278() {
	policy := deliberation.BeijingPolicy()
	var m deliberation.Matter
	at := time.Date(2025, 9, 1, 9, 0, 0, 0, cst)
	rc := deliberation.Actor{ID: "rc-7", Seat: governance.SeatResidentsCommittee}
	do := func(c deliberation.Command) {
		c.Matter = "roof"
		if c.Actor.ID == "" {
			c.Actor = rc
		}
		events, err := deliberation.Decide(m, c, at, policy)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, e := range events {
			if err := m.Apply(e); err != nil {
				fmt.Println(err)
			}
		}
	}
	var units []governance.Unit
	for i := 1; i <= 9; i++ {
		area := governance.SquareMetres(60, 0)
		if i <= 4 {
			area = governance.SquareMetres(120, 0)
		}
		units = append(units, governance.Unit{ID: fmt.Sprintf("u%d", i), Owner: fmt.Sprintf("o%d", i), RegisteredArea: area})
	}
	do(deliberation.Command{Kind: deliberation.CmdRaise, Actor: deliberation.Actor{ID: "o1", Role: deliberation.RoleResident},
		Details: deliberation.Details{Subject: "roof leaks", Channel: deliberation.ChannelOnlineHall, Scope: deliberation.LevelBuilding, Category: deliberation.CategoryOther}})
	do(deliberation.Command{Kind: deliberation.CmdAdmit, Details: deliberation.Details{Form: deliberation.FormCourtyard, Level: deliberation.LevelBuilding}})
	do(deliberation.Command{Kind: deliberation.CmdConvene, Details: deliberation.Details{Consultation: "c1", Form: deliberation.FormMeeting, Attendees: []deliberation.Attendee{rc}}})
	do(deliberation.Command{Kind: deliberation.CmdTableProposal, Details: deliberation.Details{Consultation: "c1", Proposal: "p1", Text: "repair the roof from the fund"}})
	do(deliberation.Command{Kind: deliberation.CmdOpenVote, Details: deliberation.Details{Vote: "v1", Proposal: "p1",
		Rule: &deliberation.DecisionRule{Kind: deliberation.RuleOwners278}, OwnersMatter: governance.MatterUseFund, Units: units}})
	for i := 1; i <= 8; i++ {
		choice := governance.Agree
		if i > 4 {
			choice = governance.Oppose
		}
		owner := fmt.Sprintf("o%d", i)
		do(deliberation.Command{Kind: deliberation.CmdCastBallot, Actor: deliberation.Actor{ID: owner, Role: deliberation.RoleResident},
			Details: deliberation.Details{Vote: "v1", Voter: owner, Choice: choice, Form: deliberation.FormCourtyard}})
	}
	at = at.AddDate(0, 0, 30) // after the vote's closing time
	do(deliberation.Command{Kind: deliberation.CmdCloseVote, Details: deliberation.Details{Vote: "v1"}})
	t := m.Votes[0].Tally
	fmt.Println(t.Outcome, t.Outcome.Label())
	fmt.Printf("heads: %d of %d participating agree; %d more needed\n", t.Agree, t.Agree+t.Oppose+t.Abstain, t.MajorityShort.Heads)
	fmt.Printf("area: %s of %s agree; %s more needed\n", t.AgreeArea, t.AgreeArea+t.OpposeArea+t.AbstainArea, t.MajorityShort.Area)
	// Output:
	// majority_not_met 同意人数或面积不足
	// heads: 4 of 8 participating agree; 1 more needed
	// area: 480.00m² of 720.00m² agree; 0.00m² more needed
}

// Metrics over a set of matters: the three rates as exact fractions, with
// the policy's definitions.
func ExampleMetrics() {
	policy := deliberation.BeijingPolicy()
	rc := deliberation.Actor{ID: "rc-1", Seat: governance.SeatResidentsCommittee}
	raise := func(id string, at time.Time) deliberation.Matter {
		var m deliberation.Matter
		evs, err := deliberation.Decide(m, deliberation.Command{Kind: deliberation.CmdRaise, Matter: id,
			Actor: deliberation.Actor{ID: "r-" + id, Role: deliberation.RoleResident},
			Details: deliberation.Details{Subject: id, Channel: deliberation.ChannelHotline, Scope: deliberation.LevelCommunity,
				Category: deliberation.CategoryPublicService, Platform: "hall-1"}}, at, policy)
		if err != nil {
			panic(err)
		}
		_ = m.Apply(evs[0])
		return m
	}
	decline := func(m deliberation.Matter, at time.Time) deliberation.Matter {
		evs, err := deliberation.Decide(m, deliberation.Command{Kind: deliberation.CmdDecline, Matter: m.ID, Actor: rc,
			Details: deliberation.Details{Reason: "not the community's to decide"}}, at, policy)
		if err != nil {
			panic(err)
		}
		_ = m.Apply(evs[0])
		return m
	}
	monday := time.Date(2025, 6, 2, 9, 0, 0, 0, cst)
	matters := []deliberation.Matter{
		decline(raise("a", monday), monday.AddDate(0, 0, 1)),  // answered the next day
		decline(raise("b", monday), monday.AddDate(0, 0, 14)), // answered after the 5-working-day deadline
		raise("c", monday), // never answered
	}
	r := deliberation.Metrics(matters, monday, monday.AddDate(0, 1, 0), policy)
	fmt.Println("response:", r.All.Response)
	fmt.Println("resolution:", r.All.Resolution)
	fmt.Println("overdue:", r.All.Overdue)
	fmt.Println("satisfaction:", r.All.Satisfaction)
	// Output:
	// response: 1/3 (33.33%)
	// resolution: 0/3 (0.00%)
	// overdue: 2/3 (66.66%)
	// satisfaction: n/a
}

// The workflow diagram, generated from the transition table.
func ExampleDiagram() {
	fmt.Print(deliberation.Diagram())
	// Output:
	// stateDiagram-v2
	//     state "集 collect" as collect
	//     state "议 deliberate" as deliberate
	//     state "办 handle" as handle
	//     state "督 supervise" as supervise
	//     state "评 evaluate" as evaluate
	//     state "结 closed" as closed
	//     [*] --> collect : raise
	//     collect --> collect : merge_duplicate, escalate (overdue)
	//     collect --> closed : mark_duplicate, decline, withdraw
	//     collect --> deliberate : admit
	//     deliberate --> deliberate : merge_duplicate, convene, recuse, table_proposal, open_vote, cast_ballot, close_vote, escalate (overdue)
	//     deliberate --> closed : withdraw, conclude
	//     deliberate --> handle : adopt (a vote passed)
	//     handle --> handle : assign, report_progress, escalate (overdue)
	//     handle --> supervise : claim_done
	//     supervise --> evaluate : accept_work
	//     supervise --> handle : send_back
	//     supervise --> supervise : escalate (overdue)
	//     evaluate --> evaluate : rate, escalate (overdue)
	//     evaluate --> closed : close_evaluation (satisfied), close_evaluation (not satisfied at the limit and the ladder's top: unresolved)
	//     evaluate --> handle : close_evaluation (not satisfied; reopen below the limit, at it escalate)
	//     evaluate --> deliberate : close_evaluation (not satisfied; the same, to deliberate)
	//     closed --> [*]
}
