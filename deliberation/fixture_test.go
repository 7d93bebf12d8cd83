package deliberation

import (
	"testing"
	"time"

	"github.com/shequ/shequ/governance"
)

// Actors of the fixtures, by opaque ID.
var (
	party  = Actor{ID: "party-1", Seat: governance.SeatParty, Role: RoleMember}
	rc     = Actor{ID: "rc-1", Seat: governance.SeatResidentsCommittee, Role: RoleMember}
	pm     = Actor{ID: "pm-1", Seat: governance.SeatProperty, Role: RoleMember}
	rep    = Actor{ID: "rep-1", Role: RoleRepresentative}
	res1   = Actor{ID: "r1", Role: RoleResident}
	res2   = Actor{ID: "r2", Role: RoleResident}
	t0     = time.Date(2025, 3, 3, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
	matter = "m1"
)

func day(n int) time.Time { return t0.Add(time.Duration(n) * 24 * time.Hour) }

// step is a command and the day it is issued.
type step struct {
	at  int
	cmd Command
}

// lifecycle is a valid path through every stage; stageAfter[i] is the
// stage after steps[:i+1].
func lifecycle() []step {
	return []step{
		{0, Command{Kind: CmdRaise, Matter: matter, Actor: res1, Details: Details{Subject: "clutter in stairwell 2", Channel: ChannelWeChatGroup, Scope: LevelBuilding, Category: CategoryEnvironment, Platform: "hall-1"}}},
		{1, Command{Kind: CmdAdmit, Matter: matter, Actor: rc, Details: Details{Form: FormMeeting, Level: LevelBuilding, Affected: []string{"r2"}}}},
		{2, Command{Kind: CmdConvene, Matter: matter, Actor: party, Details: Details{Consultation: "c1", Form: FormMeeting, Attendees: []Attendee{party, pm, res1, res2}}}},
		{2, Command{Kind: CmdTableProposal, Matter: matter, Actor: res1, Details: Details{Consultation: "c1", Proposal: "p1", Text: "claim and clean the stairwell"}}},
		{2, Command{Kind: CmdOpenVote, Matter: matter, Actor: party, Details: Details{Vote: "v1", Proposal: "p1", Rule: &DecisionRule{Kind: RuleMajorityCast}, Members: []string{"r1", "r2", "pm-1"}}}},
		{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: res1, Details: Details{Vote: "v1", Voter: "r1", Choice: governance.Agree, Form: FormMeeting}}},
		{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: res2, Details: Details{Vote: "v1", Voter: "r2", Choice: governance.Agree, Form: FormMeeting}}},
		{2, Command{Kind: CmdCastBallot, Matter: matter, Actor: pm, Details: Details{Vote: "v1", Voter: "pm-1", Choice: governance.Abstain, Form: FormMeeting}}},
		{2, Command{Kind: CmdCloseVote, Matter: matter, Actor: party, Details: Details{Vote: "v1"}}},
		{3, Command{Kind: CmdAdopt, Matter: matter, Actor: party, Details: Details{Vote: "v1", Text: "volunteers claim and clean the stairwell"}}},
		{3, Command{Kind: CmdAssign, Matter: matter, Actor: party, Details: Details{Seat: governance.SeatProperty, Body: "pm-1", Tasks: []string{"clear the clutter"}}}},
		{5, Command{Kind: CmdClaimDone, Matter: matter, Actor: pm}},
		{6, Command{Kind: CmdAcceptWork, Matter: matter, Actor: rep}},
		{7, Command{Kind: CmdRate, Matter: matter, Actor: res1, Details: Details{Rating: RatingSatisfied}}},
		{8, Command{Kind: CmdCloseEvaluation, Matter: matter, Actor: rc}},
	}
}

// run decides and applies steps, failing the test on any refusal. It
// returns the matter and its events.
func run(t testing.TB, p Policy, steps []step) (Matter, []Event) {
	t.Helper()
	return runOn(t, Matter{}, p, steps...)
}

// runOn decides and applies steps on m, failing the test on any refusal.
// It returns the matter and the new events.
func runOn(t testing.TB, m Matter, p Policy, steps ...step) (Matter, []Event) {
	t.Helper()
	var all []Event
	for i, s := range steps {
		evs, err := Decide(m, s.cmd, day(s.at), p)
		if err != nil {
			t.Fatalf("step %d (%s): %v", i, s.cmd.Kind, err)
		}
		for _, e := range evs {
			if err := m.Apply(e); err != nil {
				t.Fatalf("step %d: applying %s: %v", i, e.Kind, err)
			}
		}
		all = append(all, evs...)
	}
	return m, all
}

// inStage returns the matter after the longest prefix of the lifecycle
// that ends in stage s (0 for the zero matter), and the day of its last
// step.
func inStage(t testing.TB, s Stage) (Matter, int) {
	t.Helper()
	if s == 0 {
		return Matter{}, 0
	}
	var m, found Matter
	at, ok := 0, false
	p := BeijingPolicy()
	for i, st := range lifecycle() {
		evs, err := Decide(m, st.cmd, day(st.at), p)
		if err != nil {
			t.Fatalf("lifecycle step %d (%s): %v", i, st.cmd.Kind, err)
		}
		for _, e := range evs {
			if err := m.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		if m.Stage == s {
			found, at, ok = m.Clone(), st.at, true
		}
	}
	if !ok {
		t.Fatalf("lifecycle never reaches stage %s", s)
	}
	return found, at
}

// sampleCommand returns a command of kind k on the fixture matter that is
// well formed for the lifecycle's state in the stage where it is allowed.
func sampleCommand(k CommandKind) Command {
	c := Command{Kind: k, Matter: matter, Actor: rc}
	d := &c.Details
	switch k {
	case CmdRaise:
		c.Actor = res1
		d.Subject, d.Channel, d.Scope, d.Category = "s", ChannelResident, LevelBuilding, CategoryEnvironment
	case CmdMergeDuplicate:
		d.Other, d.Raisers = "m2", []string{"r9"}
	case CmdMarkDuplicate:
		d.Other = "m0"
	case CmdAdmit:
		d.Form, d.Level = FormMeeting, LevelBuilding
	case CmdDecline, CmdConclude:
		d.Reason = "out of scope"
	case CmdWithdraw:
		c.Actor = res1
	case CmdConvene:
		d.Consultation, d.Form, d.Attendees = "c9", FormOnline, []Attendee{party, pm}
	case CmdRecuse:
		d.Voter, d.Reason = "r3", "owns the shop concerned"
	case CmdTableProposal:
		d.Consultation, d.Proposal, d.Text = "c1", "p9", "another way"
	case CmdOpenVote:
		d.Vote, d.Proposal, d.Rule, d.Members = "v9", "p1", &DecisionRule{Kind: RuleMajorityCast}, []string{"r1", "r2"}
	case CmdCastBallot:
		c.Actor = res1
		d.Vote, d.Voter, d.Choice, d.Form = "v9", "r1", governance.Agree, FormOnline
	case CmdCloseVote:
		d.Vote = "v9"
	case CmdAdopt:
		d.Vote, d.Text = "v1", "do it"
	case CmdAssign:
		d.Seat, d.Body, d.Tasks = governance.SeatProperty, "pm-1", []string{"do it"}
	case CmdReportProgress:
		c.Actor, d.Percent = pm, 50
	case CmdClaimDone:
		c.Actor = pm
	case CmdAcceptWork:
		c.Actor = rep
	case CmdSendBack:
		c.Actor, d.Defects = rep, []string{"flyers remain"}
	case CmdEscalate:
		c.Actor = rep
	case CmdRate:
		c.Actor, d.Rating = res2, RatingBasic
	}
	return c
}

func errorsIs(err error, c Code) bool {
	r, ok := err.(*RefusedError)
	return ok && r.Has(c)
}
