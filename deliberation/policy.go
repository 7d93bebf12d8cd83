package deliberation

import (
	"slices"

	"github.com/shequ/shequ/governance"
)

// Policy is every rule of the workflow that a city or district may set:
// deadlines, the calendar they count on, who may issue which command, the
// seats each category needs at its consultations, the decision rules, the
// channel precedence of ballots, the satisfaction threshold, the reopen
// limit, the escalation ladder and the metric definitions. Each field cites
// its source. Get one with [BeijingPolicy] and change what differs; the
// library never keeps a policy between calls.
type Policy struct {
	// Version names the edition of these rules.
	Version string `json:"version"`
	// Deadlines are the working days each stage may take.
	Deadlines Deadlines `json:"deadlines"`
	// Calendar counts the working days.
	Calendar Calendar `json:"calendar"`
	// Permissions says which seats and roles may issue each command. A
	// command with no entry may be issued by nobody.
	Permissions []Permit `json:"permissions"`
	// RequiredSeats lists, per category, the governance seats that must
	// attend a consultation on it. A category with no entry needs none.
	RequiredSeats []SeatRequirement `json:"required_seats"`
	// Rules are the decision rules by kind; a vote copies (freezes) the
	// rule of its kind when it opens.
	Rules []DecisionRule `json:"rules"`
	// ChannelPrecedence orders the channels of ballots, strongest first:
	// a voter's ballot on a stronger channel replaces the one on a weaker.
	ChannelPrecedence []Form `json:"channel_precedence"`
	// Satisfaction is how ratings are weighted and the threshold at or
	// above which an evaluated matter closes as resolved.
	Satisfaction Satisfaction `json:"satisfaction"`
	// ReopenLimit is how many times a matter may reopen after a failed
	// evaluation. Each failure after that escalates it one rung instead,
	// without counting a reopen; at the ladder's top it closes unresolved.
	ReopenLimit int `json:"reopen_limit"`
	// Ladder is the escalation ladder, lowest rung first.
	Ladder []Level `json:"ladder"`
	// Metrics defines the numerators, denominators and weights of the
	// metrics.
	Metrics MetricRules `json:"metrics"`
	// Source is where the workflow rules come from.
	Source governance.Source `json:"source"`
}

// Deadlines are the working days each stage may take before it is overdue.
// Handle's deadline is the assignment's due date when one was set. Zero
// means no deadline for that stage.
type Deadlines struct {
	Collect    int               `json:"collect"`    // from raising to admitting or declining (the response)
	Deliberate int               `json:"deliberate"` // from admission to a resolution
	Handle     int               `json:"handle"`     // from adoption (or reopening) to completion claimed
	Supervise  int               `json:"supervise"`  // from completion claimed to acceptance or sending back
	Evaluate   int               `json:"evaluate"`   // from acceptance to the end of the evaluation
	Vote       int               `json:"vote"`       // default time a vote stays open when the command sets none
	Source     governance.Source `json:"source"`
}

// Days returns the working days allowed for stage s, 0 for none.
func (d Deadlines) Days(s Stage) int {
	switch s {
	case StageCollect:
		return d.Collect
	case StageDeliberate:
		return d.Deliberate
	case StageHandle:
		return d.Handle
	case StageSupervise:
		return d.Supervise
	case StageEvaluate:
		return d.Evaluate
	}
	return 0
}

// Permit says which seats and roles may issue a command: an actor acting
// for one of Seats, or in one of Roles, may.
type Permit struct {
	Command CommandKind       `json:"command"`
	Seats   []governance.Seat `json:"seats,omitempty"`
	Roles   []Role            `json:"roles,omitempty"`
}

// SeatRequirement lists the seats that must attend a consultation on a
// category.
type SeatRequirement struct {
	Category Category          `json:"category"`
	Seats    []governance.Seat `json:"seats"`
	Source   governance.Source `json:"source"`
}

// Satisfaction weighs ratings and sets the threshold. The satisfaction of
// a set of ratings is Σ weight(rating) / (Scale × number of ratings),
// compared exactly with Threshold.
type Satisfaction struct {
	Satisfied    int64             `json:"satisfied"`
	Basic        int64             `json:"basically_satisfied"`
	Dissatisfied int64             `json:"dissatisfied"`
	Scale        int64             `json:"scale"`
	Threshold    governance.Share  `json:"threshold"`
	Source       governance.Source `json:"source"`
}

// Score returns the weighted points of counts and the most points they
// could have had; satisfaction is points/most.
func (s Satisfaction) Score(c RatingCount) (points, most int64) {
	points = c.Satisfied*s.Satisfied + c.Basic*s.Basic + c.Dissatisfied*s.Dissatisfied
	return points, c.Total() * s.Scale
}

// Met reports whether counts meet the threshold. No ratings never meet it.
func (s Satisfaction) Met(c RatingCount) bool {
	p, m := s.Score(c)
	return s.Threshold.Met(p, m)
}

// MetricRules defines the metrics, since the Beijing 12345 "three rates"
// (响应率, 解决率, 满意率) have no public formula. See [Metrics].
type MetricRules struct {
	// ResponseOnTime counts a matter as responded only when it was admitted,
	// declined or merged within the Collect deadline; otherwise any
	// response counts.
	ResponseOnTime bool `json:"response_on_time"`
	// Exclude lists the closures whose matters leave every denominator
	// (a withdrawn or merged matter was never the community's to solve).
	Exclude []Closure `json:"exclude"`
	// Resolved lists the closures counted as resolved in the resolution
	// rate's numerator; empty means ClosureResolved alone.
	Resolved []Closure `json:"resolved,omitempty"`
	// ResolutionOfClosed takes the resolution rate over the matters closed
	// by the end of the period instead of over every matter counted, so
	// matters still in progress do not lower it.
	ResolutionOfClosed bool `json:"resolution_of_closed,omitempty"`
	// Weights are the weights of the response, resolution and satisfaction
	// rates in the composite score.
	Weights [3]int64          `json:"weights"`
	Source  governance.Source `json:"source"`
}

// BeijingPolicy returns the policy this package proposes for Beijing's
// communities, as a fresh value. The seed article names the five steps and
// the three consultation forms but defines no procedure, deadline or
// threshold: everything here except the Civil Code rule is our design,
// marked "unverified", for a district to confirm or change.
func BeijingPolicy() Policy {
	design := ourDesign("deadlines, permissions, seats, reopen limit and ladder")
	all := governance.Seats()
	lead := []governance.Seat{governance.SeatParty, governance.SeatResidentsCommittee}
	everyone := []Role{RoleResident, RoleRepresentative, RoleSupervisor, RoleMember, RoleGridWorker, RoleOfficial}
	permit := func(c CommandKind, seats []governance.Seat, roles ...Role) Permit {
		return Permit{Command: c, Seats: slices.Clone(seats), Roles: roles}
	}
	return Policy{
		Version: "beijing-chaoyang/2026-draft",
		Deadlines: Deadlines{
			Collect: 5, Deliberate: 20, Handle: 30, Supervise: 5, Evaluate: 10, Vote: 10,
			Source: design,
		},
		Permissions: []Permit{
			permit(CmdRaise, all, everyone...),
			permit(CmdMergeDuplicate, lead),
			permit(CmdMarkDuplicate, lead),
			permit(CmdAdmit, lead),
			permit(CmdDecline, lead),
			permit(CmdWithdraw, all, everyone...), // and only a raiser
			permit(CmdConvene, lead),
			permit(CmdRecuse, lead),                    // and anyone recusing themself
			permit(CmdTableProposal, all, everyone...), // and only an attendee
			permit(CmdOpenVote, append(slices.Clone(lead), governance.SeatOwners)),
			permit(CmdCastBallot, all, everyone...), // and only an eligible voter or their proxy
			permit(CmdCloseVote, append(slices.Clone(lead), governance.SeatOwners)),
			permit(CmdAdopt, lead),
			permit(CmdConclude, lead),
			permit(CmdAssign, lead),
			permit(CmdReportProgress, all, RoleMember, RoleOfficial),        // and only the responsible body
			permit(CmdClaimDone, all, RoleMember, RoleOfficial),             // and only the responsible body
			permit(CmdAcceptWork, lead, RoleRepresentative, RoleSupervisor), // never the responsible body
			permit(CmdSendBack, lead, RoleRepresentative, RoleSupervisor),   // never the responsible body
			permit(CmdEscalate, lead, RoleRepresentative, RoleSupervisor, RoleOfficial),
			permit(CmdRate, nil, RoleResident), // and only an affected resident
			permit(CmdCloseEvaluation, lead),
		},
		RequiredSeats: []SeatRequirement{
			{Category: CategoryCommonParts, Seats: []governance.Seat{governance.SeatOwners, governance.SeatProperty},
				Source: governance.Source{Document: governance.DocCivilCode, Article: "arts. 271, 278 (owners decide on common parts; the manager carries it out, art. 285)", Level: governance.LevelNationalLaw, Verified: governance.VerifiedPartial}},
			{Category: CategoryAccessibility, Seats: []governance.Seat{governance.SeatProperty}, Source: design},
			{Category: CategoryEnvironment, Seats: []governance.Seat{governance.SeatProperty}, Source: design},
			{Category: CategoryParking, Seats: []governance.Seat{governance.SeatOwners, governance.SeatProperty}, Source: design},
			{Category: CategoryPropertyService, Seats: []governance.Seat{governance.SeatOwners, governance.SeatProperty}, Source: design},
			{Category: CategorySafety, Seats: []governance.Seat{governance.SeatProperty}, Source: design},
		},
		Rules:             DefaultRules(),
		ChannelPrecedence: []Form{FormMeeting, FormCourtyard, FormOnline},
		Satisfaction: Satisfaction{
			Satisfied: 100, Basic: 100, Dissatisfied: 0, Scale: 100,
			Threshold: governance.AtLeast(4, 5),
			Source:    ourDesign("基本满意 counted as satisfied; threshold ≥ 4/5 of ratings"),
		},
		ReopenLimit: 2,
		Ladder:      []Level{LevelCommunity, LevelStreet, LevelDistrict},
		Metrics: MetricRules{
			ResponseOnTime: true,
			Exclude:        []Closure{ClosureWithdrawn, ClosureMerged},
			Resolved:       []Closure{ClosureResolved},
			Weights:        [3]int64{1, 1, 1},
			Source:         ourDesign("12345 three rates: formulas and weights not public; equal weights"),
		},
		Source: governance.Source{
			Document: "北京市朝阳区 \"党政群共商共治\" 集、议、办、督、评 (seed article; steps named only)",
			Level:    governance.LevelChaoyangPractice, Verified: governance.VerifiedPartial,
		},
	}
}

// permit returns the permit of command c, and whether the policy has one.
func (p *Policy) permit(c CommandKind) (Permit, bool) {
	for i := range p.Permissions {
		if p.Permissions[i].Command == c {
			return p.Permissions[i], true
		}
	}
	return Permit{}, false
}

// allows reports whether the permit lets actor a issue its command.
func (pm Permit) allows(a Actor) bool {
	return (a.Seat != 0 && slices.Contains(pm.Seats, a.Seat)) || (a.Role != 0 && slices.Contains(pm.Roles, a.Role))
}

// rule returns the policy's rule of kind k.
func (p *Policy) rule(k RuleKind) (DecisionRule, bool) {
	for _, r := range p.Rules {
		if r.Kind == k {
			return r, true
		}
	}
	return DecisionRule{}, false
}

// requiredSeats returns the seats category c needs at its consultations.
func (p *Policy) requiredSeats(c Category) []governance.Seat {
	for _, r := range p.RequiredSeats {
		if r.Category == c {
			return r.Seats
		}
	}
	return nil
}

// precedence returns the rank of channel f (0 strongest), or -1 when the
// policy does not list it.
func (p *Policy) precedence(f Form) int {
	return slices.Index(p.ChannelPrecedence, f)
}

// nextRung returns the first rung of the ladder above level l.
func (p *Policy) nextRung(l Level) (Level, bool) {
	for _, r := range p.Ladder {
		if r > l {
			return r, true
		}
	}
	return 0, false
}
