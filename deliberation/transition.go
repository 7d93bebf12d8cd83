package deliberation

import (
	"fmt"
	"strings"
)

// Transition is one row of the transition table: in stage From, command
// Command is allowed and leads to stage To (To equals From for a command
// that keeps the stage). When says on what the row depends, if a command
// has several rows.
type Transition struct {
	From    Stage       `json:"from"`
	Command CommandKind `json:"command"`
	To      Stage       `json:"to"`
	When    string      `json:"when,omitempty"`
}

// transitions is the one table that drives [Decide] and [Matter.Apply],
// draws [Diagram] and is checked pair by pair by the tests. From is 0 for
// a matter not yet raised.
var transitions = [...]Transition{
	{0, CmdRaise, StageCollect, ""},
	{StageCollect, CmdMergeDuplicate, StageCollect, ""},
	{StageCollect, CmdMarkDuplicate, StageClosed, ""},
	{StageCollect, CmdAdmit, StageDeliberate, ""},
	{StageCollect, CmdDecline, StageClosed, ""},
	{StageCollect, CmdWithdraw, StageClosed, ""},
	{StageCollect, CmdEscalate, StageCollect, "overdue"},
	{StageDeliberate, CmdMergeDuplicate, StageDeliberate, ""},
	{StageDeliberate, CmdWithdraw, StageClosed, ""},
	{StageDeliberate, CmdConvene, StageDeliberate, ""},
	{StageDeliberate, CmdRecuse, StageDeliberate, ""},
	{StageDeliberate, CmdTableProposal, StageDeliberate, ""},
	{StageDeliberate, CmdOpenVote, StageDeliberate, ""},
	{StageDeliberate, CmdCastBallot, StageDeliberate, ""},
	{StageDeliberate, CmdCloseVote, StageDeliberate, ""},
	{StageDeliberate, CmdAdopt, StageHandle, "a vote passed"},
	{StageDeliberate, CmdConclude, StageClosed, ""},
	{StageDeliberate, CmdEscalate, StageDeliberate, "overdue"},
	{StageHandle, CmdAssign, StageHandle, ""},
	{StageHandle, CmdReportProgress, StageHandle, ""},
	{StageHandle, CmdClaimDone, StageSupervise, ""},
	{StageHandle, CmdEscalate, StageHandle, "overdue"},
	{StageSupervise, CmdAcceptWork, StageEvaluate, ""},
	{StageSupervise, CmdSendBack, StageHandle, ""},
	{StageSupervise, CmdEscalate, StageSupervise, "overdue"},
	{StageEvaluate, CmdRate, StageEvaluate, ""},
	{StageEvaluate, CmdEscalate, StageEvaluate, "overdue"},
	{StageEvaluate, CmdCloseEvaluation, StageClosed, "satisfied"},
	{StageEvaluate, CmdCloseEvaluation, StageHandle, "not satisfied; reopen below the limit, at it escalate"},
	{StageEvaluate, CmdCloseEvaluation, StageDeliberate, "not satisfied; the same, to deliberate"},
	{StageEvaluate, CmdCloseEvaluation, StageClosed, "not satisfied at the limit and the ladder's top: unresolved"},
}

// Transitions returns the transition table, in order. It returns a fresh
// slice.
func Transitions() []Transition { return append([]Transition(nil), transitions[:]...) }

// allowed[stage][command] says whether the table has a row for the pair.
var allowed = func() (a [StageClosed + 1][CmdCloseEvaluation + 1]bool) {
	for _, t := range transitions {
		a[t.From][t.Command] = true
	}
	return a
}()

// Allowed reports whether the transition table allows command c in stage s
// (s is 0 for a matter not yet raised).
func Allowed(s Stage, c CommandKind) bool {
	if s > StageClosed || !c.IsValid() {
		return false
	}
	return allowed[s][c]
}

// producers says which commands produce each event kind; an event applies
// only in a stage where one of them is allowed.
var producers = [...][]CommandKind{
	EvRaised:            {CmdRaise},
	EvDuplicateMerged:   {CmdMergeDuplicate},
	EvMarkedDuplicate:   {CmdMarkDuplicate},
	EvAdmitted:          {CmdAdmit},
	EvDeclined:          {CmdDecline},
	EvWithdrawn:         {CmdWithdraw},
	EvConsultationHeld:  {CmdConvene},
	EvRecused:           {CmdRecuse},
	EvProposalTabled:    {CmdTableProposal},
	EvVoteOpened:        {CmdOpenVote},
	EvBallotCast:        {CmdCastBallot},
	EvVoteClosed:        {CmdCloseVote},
	EvResolutionAdopted: {CmdAdopt},
	EvNotAdopted:        {CmdConclude},
	EvAssigned:          {CmdAssign},
	EvProgressReported:  {CmdReportProgress},
	EvCompletionClaimed: {CmdClaimDone},
	EvWorkAccepted:      {CmdAcceptWork},
	EvSentBack:          {CmdSendBack},
	EvEscalated:         {CmdEscalate, CmdCloseEvaluation},
	EvRated:             {CmdRate},
	EvEvaluationClosed:  {CmdCloseEvaluation},
	EvResolved:          {CmdCloseEvaluation},
	EvReopened:          {CmdCloseEvaluation},
}

func eventAllowed(s Stage, k EventKind) bool {
	if !k.IsValid() {
		return false
	}
	for _, c := range producers[k] {
		if Allowed(s, c) {
			return true
		}
	}
	return false
}

// Diagram returns the workflow as a Mermaid state diagram, generated from
// the transition table: one arrow per pair of stages, labelled with the
// commands that lead from one to the other, in table order. The package
// documentation contains exactly this text.
func Diagram() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	for _, s := range Stages() {
		fmt.Fprintf(&b, "    state \"%s %s\" as %s\n", s.Label(), s, s)
	}
	type edge struct{ from, to Stage }
	var order []edge
	labels := map[edge][]string{}
	for _, t := range transitions {
		e := edge{t.From, t.To}
		if _, ok := labels[e]; !ok {
			order = append(order, e)
		}
		l := t.Command.String()
		if t.When != "" {
			l += " (" + t.When + ")"
		}
		labels[e] = append(labels[e], l)
	}
	name := func(s Stage) string {
		if s == 0 {
			return "[*]"
		}
		return s.String()
	}
	for _, e := range order {
		fmt.Fprintf(&b, "    %s --> %s : %s\n", name(e.from), name(e.to), strings.Join(labels[e], ", "))
	}
	b.WriteString("    closed --> [*]\n")
	return b.String()
}
