package deliberation

import (
	"fmt"
	"slices"
	"time"

	"github.com/shequ/shequ/governance"
)

// Decide decides command c on matter m at time now under policy p. It
// returns the events to store and apply, in order, or a [*RefusedError]
// that lists every unmet condition (nothing is to be recorded then). It
// reads no clock and changes nothing: m is only read. The events are
// numbered after m.Seq and chained to m.Head; each carries now as its time
// and c.Actor as its actor.
//
// The loop an embedder writes is: load the matter's events, [Replay] them
// (or keep the Matter), Decide, append the events to the store in one
// transaction that fails if the matter's last Seq changed meanwhile, then
// [Matter.Apply] them.
func Decide(m Matter, c Command, now time.Time, p Policy) ([]Event, error) {
	now = now.Round(0) // no monotonic reading in events
	// The decider points at Decide's own copies of m, c and p, which stay
	// on the stack: nothing it does keeps a pointer to them.
	var r result
	d := decider{m: &m, c: &c, now: now, p: &p, r: &r}
	d.decide()
	if len(r.problems) > 0 {
		return nil, &RefusedError{Command: c.Kind, Matter: c.Matter, Stage: m.Stage, Problems: r.problems}
	}
	out := r.out
	prev, seq := m.Head, m.Seq
	for i := range out {
		e := &out[i]
		e.Matter, e.At, e.Actor = c.Matter, now, c.Actor
		seq++
		e.Seq, e.Prev = seq, prev
		e.Hash = hashEvent(e)
		prev = e.Hash
	}
	return out, nil
}

// maxEvents is the most events command k produces.
func maxEvents(k CommandKind) int {
	if k == CmdCloseEvaluation {
		return 2 // evaluation closed, then reopened or escalated
	}
	return 1
}

// decider decides one command. Its fields point at Decide's copies of the
// matter, command and policy and at the result; the result is reached
// through a pointer of its own because escape analysis does not tell a
// struct's fields apart: appending to a slice held in the decider itself
// would move the matter, command and policy to the heap.
type decider struct {
	m   *Matter
	c   *Command
	p   *Policy
	r   *result
	now time.Time
}

type result struct {
	problems []Problem
	out      []Event // the events emitted, allocated at the first
}

func (d *decider) fail(code Code, path, en, zh string) {
	d.r.problems = append(d.r.problems, Problem{Code: code, Path: path, Message: en, MessageZH: zh})
}

func (d *decider) required(ok bool, path, what, whatZH string) {
	if !ok {
		d.fail(CodeFieldRequired, path, "missing "+what, "缺少"+whatZH)
	}
}

func (d *decider) invalid(ok bool, path, en, zh string) {
	if !ok {
		d.fail(CodeFieldInvalid, path, en, zh)
	}
}

// emit adds an event of kind k and returns its details to fill in. Once a
// problem is found nothing will be recorded: it returns scratch details.
func (d *decider) emit(k EventKind) *Details {
	r := d.r
	if len(r.problems) > 0 {
		return new(Details) // a refusal allocates anyway
	}
	if r.out == nil {
		r.out = make([]Event, 0, maxEvents(d.c.Kind))
	}
	r.out = r.out[:len(r.out)+1]
	e := &r.out[len(r.out)-1]
	e.Kind = k
	return &e.Details
}

// due returns the deadline of stage s counted from now, or zero.
func (d *decider) due(s Stage) time.Time {
	return d.p.Calendar.AddWorkingDays(d.now, d.p.Deadlines.Days(s))
}

func (d *decider) decide() {
	m, c := d.m, d.c
	if !c.Kind.IsValid() {
		d.fail(CodeFieldInvalid, "kind", "unknown command kind", "未知的指令类型")
		return
	}
	if c.Kind != CmdRaise && c.Matter != m.ID {
		d.fail(CodeMatterMismatch, "matter", fmt.Sprintf("command for matter %q given matter %q", c.Matter, m.ID),
			fmt.Sprintf("指令针对议题 %q，但给出的是议题 %q", c.Matter, m.ID))
	}
	if !Allowed(m.Stage, c.Kind) {
		d.fail(CodeWrongStage, "kind", fmt.Sprintf("%s is not allowed in stage %s", c.Kind, stageName(m.Stage)),
			fmt.Sprintf("%s 阶段不能%s", stageLabel(m.Stage), c.Kind.Label()))
	}
	if c.Actor.ID == "" {
		d.fail(CodeActorMissing, "actor.id", "the command names no actor", "指令未注明操作人")
	}
	if c.Actor.Seat != 0 && !c.Actor.Seat.IsValid() {
		d.fail(CodeFieldInvalid, "actor.seat", "unknown seat", "未知的席位")
	}
	if c.Actor.Role != 0 && !c.Actor.Role.IsValid() {
		d.fail(CodeFieldInvalid, "actor.role", "unknown role", "未知的角色")
	}
	pm, ok := d.p.permit(c.Kind)
	selfRecusal := c.Kind == CmdRecuse && c.Actor.ID != "" && c.Actor.ID == c.Voter
	if !selfRecusal && (!ok || !pm.allows(c.Actor)) {
		d.fail(CodeNotPermitted, "actor", fmt.Sprintf("actor %s may not %s under the policy", c.Actor, c.Kind),
			fmt.Sprintf("按照规则，%s 无权%s", c.Actor, c.Kind.Label()))
	}
	switch c.Kind {
	case CmdRaise:
		d.raise()
	case CmdMergeDuplicate:
		d.mergeDuplicate()
	case CmdMarkDuplicate:
		d.markDuplicate()
	case CmdAdmit:
		d.admit()
	case CmdDecline:
		d.required(c.Reason != "", "reason", "a reason", "理由")
		e := d.emit(EvDeclined)
		e.Reason = c.Reason
	case CmdWithdraw:
		if !slices.Contains(m.Raisers, c.Actor.ID) {
			d.fail(CodeNotRaiser, "actor.id", "only a raiser may withdraw the matter", "只有议题提出人可以撤回")
		}
		e := d.emit(EvWithdrawn)
		e.Reason = c.Reason
	case CmdConvene:
		d.convene()
	case CmdRecuse:
		d.required(c.Voter != "", "voter", "the participant to recuse", "需回避的参与人")
		d.required(c.Reason != "", "reason", "a reason", "理由")
		if slices.Contains(m.Recused, c.Voter) {
			d.fail(CodeFieldDuplicate, "voter", "already recused", "已回避")
		}
		e := d.emit(EvRecused)
		e.Voter, e.Reason = c.Voter, c.Reason
	case CmdTableProposal:
		d.tableProposal()
	case CmdOpenVote:
		d.openVote()
	case CmdCastBallot:
		d.castBallot()
	case CmdCloseVote:
		d.closeVote()
	case CmdAdopt:
		d.adopt()
	case CmdConclude:
		d.required(c.Reason != "", "reason", "a reason", "理由")
		d.noOpenVote()
		e := d.emit(EvNotAdopted)
		e.Reason = c.Reason
	case CmdAssign:
		d.assign()
	case CmdReportProgress:
		d.assignee()
		d.invalid(c.Percent >= 0 && c.Percent <= 100, "percent", "percent must be between 0 and 100", "进度须在 0 至 100 之间")
		e := d.emit(EvProgressReported)
		e.Percent, e.Text = c.Percent, c.Text
	case CmdClaimDone:
		d.assignee()
		e := d.emit(EvCompletionClaimed)
		e.Text, e.Due = c.Text, d.due(StageSupervise)
	case CmdAcceptWork:
		d.notOwnWork()
		e := d.emit(EvWorkAccepted)
		e.Text, e.Due = c.Text, d.due(StageEvaluate)
	case CmdSendBack:
		d.notOwnWork()
		d.required(len(c.Defects) > 0, "defects", "the defects", "整改问题")
		d.nonEmpty(c.Defects, "defects")
		e := d.emit(EvSentBack)
		e.Defects, e.Due = c.Defects, d.due(StageHandle)
	case CmdEscalate:
		d.escalate()
	case CmdRate:
		d.rate()
	case CmdCloseEvaluation:
		d.closeEvaluation()
	}
}

func stageName(s Stage) string {
	if s == 0 {
		return "none (not raised)"
	}
	return s.String()
}

func stageLabel(s Stage) string {
	if s == 0 {
		return "未提出"
	}
	return s.Label()
}

// nonEmpty reports every empty or repeated entry of list.
func (d *decider) nonEmpty(list []string, path string) {
	for i, s := range list {
		// Paths are built only for a problem: an accepted command allocates
		// nothing here.
		if s == "" {
			d.fail(CodeFieldRequired, fmt.Sprintf("%s[%d]", path, i), "empty entry", "条目为空")
		} else if j := slices.Index(list[:i], s); j >= 0 {
			d.fail(CodeFieldDuplicate, fmt.Sprintf("%s[%d]", path, i), fmt.Sprintf("%q repeats %s[%d]", s, path, j), fmt.Sprintf("%q 与 %s[%d] 重复", s, path, j))
		}
	}
}

func (d *decider) raise() {
	m, c := d.m, d.c
	if m.Seq != 0 {
		d.fail(CodeMatterExists, "matter", fmt.Sprintf("matter %q was already raised", m.ID), fmt.Sprintf("议题 %q 已提出", m.ID))
	}
	if c.Matter == "" {
		d.fail(CodeMatterID, "matter", "the raise names no matter ID (the embedder assigns it)", "提出议题未给出议题编号（由接入系统分配）")
	}
	d.required(c.Subject != "", "subject", "a subject", "议题内容")
	d.invalid(c.Channel.IsValid(), "channel", "unknown or missing channel", "议题来源无效")
	d.invalid(c.Scope >= LevelBuilding && c.Scope <= LevelCommunity, "scope", "scope must be building, compound or community", "范围须为楼门、小区或社区")
	d.invalid(c.Category.IsValid(), "category", "unknown or missing category", "议题类别无效")
	e := d.emit(EvRaised)
	e.Subject, e.Channel, e.Scope, e.Category = c.Subject, c.Channel, c.Scope, c.Category
	e.Place, e.Platform, e.Due = c.Place, c.Platform, d.due(StageCollect)
}

func (d *decider) mergeDuplicate() {
	c := d.c
	d.required(c.Other != "", "other", "the duplicate matter", "重复议题编号")
	d.invalid(c.Other != d.m.ID, "other", "a matter cannot merge itself", "议题不能与自身合并")
	if slices.Contains(d.m.Duplicates, c.Other) {
		d.fail(CodeFieldDuplicate, "other", "already merged", "已合并")
	}
	d.required(len(c.Raisers) > 0, "raisers", "the duplicate's raisers", "重复议题的提出人")
	d.nonEmpty(c.Raisers, "raisers")
	e := d.emit(EvDuplicateMerged)
	e.Other, e.Raisers = c.Other, c.Raisers
}

func (d *decider) markDuplicate() {
	c := d.c
	d.required(c.Other != "", "other", "the matter kept", "保留的议题编号")
	d.invalid(c.Other != d.m.ID, "other", "a matter cannot be a duplicate of itself", "议题不能与自身重复")
	e := d.emit(EvMarkedDuplicate)
	e.Other, e.Reason = c.Other, c.Reason
}

func (d *decider) admit() {
	c := d.c
	d.invalid(c.Form.IsValid(), "form", "unknown or missing consultation form", "协商形式无效")
	d.invalid(c.Level >= LevelBuilding && c.Level <= LevelCommunity, "level", "level must be building, compound or community", "协商层级须为楼门、小区或社区")
	d.nonEmpty(c.Affected, "affected")
	e := d.emit(EvAdmitted)
	e.Form, e.Level, e.Affected, e.Due = c.Form, c.Level, c.Affected, d.due(StageDeliberate)
}

func (d *decider) convene() {
	m, c := d.m, d.c
	d.required(c.Consultation != "", "consultation", "a consultation ID", "协商编号")
	if c.Consultation != "" && m.consultation(c.Consultation) >= 0 {
		d.fail(CodeFieldDuplicate, "consultation", "consultation exists", "协商编号已存在")
	}
	d.invalid(c.Form.IsValid(), "form", "unknown or missing consultation form", "协商形式无效")
	d.required(len(c.Attendees) > 0, "attendees", "the attendees", "参会人")
	present := make([]governance.Seat, 0, 6)
	for i, a := range c.Attendees {
		at := func(field string) string { return fmt.Sprintf("attendees[%d].%s", i, field) }
		switch {
		case a.ID == "":
			d.fail(CodeFieldRequired, at("id"), "attendee has no ID", "参会人缺少编号")
		case slices.ContainsFunc(c.Attendees[:i], func(b Attendee) bool { return b.ID == a.ID }):
			d.fail(CodeFieldDuplicate, at("id"), fmt.Sprintf("attendee %q repeats", a.ID), fmt.Sprintf("参会人 %q 重复", a.ID))
		}
		if a.Seat != 0 && !a.Seat.IsValid() {
			d.fail(CodeFieldInvalid, at("seat"), "unknown seat", "未知的席位")
		}
		if a.Role != 0 && !a.Role.IsValid() {
			d.fail(CodeFieldInvalid, at("role"), "unknown role", "未知的角色")
		}
		if a.Seat.IsValid() && !slices.Contains(m.Recused, a.ID) {
			present = append(present, a.Seat)
		}
	}
	for _, s := range d.p.requiredSeats(m.Category) {
		if !slices.Contains(present, s) {
			d.fail(CodeSeatAbsent, "attendees", fmt.Sprintf("a matter of category %s needs the %s at its consultations", m.Category, s.Description()),
				fmt.Sprintf("%s类议题的协商须有%s参加", m.Category.Label(), s.Label()))
		}
	}
	e := d.emit(EvConsultationHeld)
	e.Consultation, e.Form, e.Attendees, e.Minutes = c.Consultation, c.Form, c.Attendees, c.Minutes
}

func (d *decider) tableProposal() {
	m, c := d.m, d.c
	i := m.consultation(c.Consultation)
	if i < 0 {
		d.fail(CodeUnknownRef, "consultation", fmt.Sprintf("no consultation %q", c.Consultation), fmt.Sprintf("没有协商 %q", c.Consultation))
	} else if c.Actor.Seat != governance.SeatParty && c.Actor.Seat != governance.SeatResidentsCommittee &&
		!slices.ContainsFunc(m.Consultations[i].Attendees, func(a Attendee) bool { return a.ID == c.Actor.ID }) {
		d.fail(CodeNotAttendee, "actor.id", "only an attendee of the consultation may table a proposal", "只有参加协商的人可以提出方案")
	}
	d.required(c.Proposal != "", "proposal", "a proposal ID", "方案编号")
	if c.Proposal != "" && m.proposal(c.Proposal) >= 0 {
		d.fail(CodeFieldDuplicate, "proposal", "proposal exists", "方案编号已存在")
	}
	d.required(c.Text != "", "text", "the proposal's text", "方案内容")
	e := d.emit(EvProposalTabled)
	e.Consultation, e.Proposal, e.Text = c.Consultation, c.Proposal, c.Text
}

func (d *decider) openVote() {
	m, c := d.m, d.c
	d.required(c.Vote != "", "vote", "a vote ID", "表决编号")
	if c.Vote != "" && m.vote(c.Vote) >= 0 {
		d.fail(CodeFieldDuplicate, "vote", "vote exists", "表决编号已存在")
	}
	if m.proposal(c.Proposal) < 0 {
		d.fail(CodeUnknownRef, "proposal", fmt.Sprintf("no proposal %q", c.Proposal), fmt.Sprintf("没有方案 %q", c.Proposal))
	}
	rule, ok := d.p.rule(c.ruleKind())
	switch {
	case !c.ruleKind().IsValid():
		d.fail(CodeFieldInvalid, "rule.kind", "unknown or missing decision rule", "表决规则无效")
	case !ok:
		d.fail(CodePolicyInvalid, "rule.kind", fmt.Sprintf("the policy has no rule %s", c.ruleKind()), fmt.Sprintf("规则中没有%s", c.ruleKind().Label()))
	}
	closes := c.Closes
	if closes.IsZero() {
		closes = d.p.Calendar.AddWorkingDays(d.now, d.p.Deadlines.Vote)
	} else if !closes.After(d.now) {
		d.fail(CodeFieldInvalid, "closes", "the vote must close after it opens", "表决截止时间须晚于开始时间")
	}
	ev := Details{Vote: c.Vote, Proposal: c.Proposal, Closes: closes}
	if c.ruleKind() == RuleOwners278 {
		d.invalid(c.OwnersMatter.IsValid(), "owners_matter", "an owners' vote needs a Civil Code art. 278 matter", "业主表决须注明民法典第二百七十八条的事项")
		d.invalid(len(c.Members) == 0, "members", "an owners' vote counts units, not members", "业主表决按专有部分计，不列成员")
		d.required(len(c.Units) > 0, "units", "the units of the electorate", "专有部分名册")
		if len(c.Units) > 0 {
			if _, rep := governance.NewElectorate(c.Units); rep.Err() != nil {
				for _, f := range rep.Findings {
					if f.Severity == governance.SeverityError {
						d.fail(CodeElectorate, f.Path, f.Message, f.MessageZH)
					}
				}
			}
		}
		rule.Matter = c.OwnersMatter
		ev.OwnersMatter, ev.Units = c.OwnersMatter, c.Units
	} else if c.ruleKind().IsValid() {
		d.invalid(len(c.Units) == 0, "units", "a members' vote lists members, not units", "成员表决列成员，不列专有部分")
		d.required(len(c.Members) > 0, "members", "the members entitled to vote", "有表决权的成员")
		d.nonEmpty(c.Members, "members")
		for i, id := range c.Members {
			if slices.Contains(m.Recused, id) {
				d.fail(CodeRecused, fmt.Sprintf("members[%d]", i), fmt.Sprintf("%q is recused", id), fmt.Sprintf("%q 已回避", id))
			}
		}
		ev.Members = c.Members
	}
	ev.Rule = &rule
	*d.emit(EvVoteOpened) = ev
}

func (d *decider) castBallot() {
	m, c := d.m, d.c
	i := m.vote(c.Vote)
	if i < 0 {
		d.fail(CodeUnknownRef, "vote", fmt.Sprintf("no vote %q", c.Vote), fmt.Sprintf("没有表决 %q", c.Vote))
	}
	d.invalid(c.Choice.IsValid(), "choice", "unknown or missing choice", "表决意见无效")
	rank := d.p.precedence(c.Form)
	d.invalid(c.Form.IsValid() && rank >= 0, "form", "unknown channel, or one the policy does not accept", "投票渠道无效或不被规则接受")
	d.required(c.Voter != "", "voter", "the voter", "投票人")
	if c.Proxy == nil {
		if c.Actor.ID != c.Voter {
			d.fail(CodeProxyInvalid, "proxy", "the actor is not the voter and shows no proxy", "操作人不是投票人，且没有委托书")
		}
	} else {
		// Every fault is reported, not only the first.
		p := *c.Proxy
		if p.Agent != c.Actor.ID {
			d.fail(CodeProxyInvalid, "proxy.agent", "the proxy names another agent", "委托书的受托人不是操作人")
		}
		if p.Agent == c.Voter {
			d.fail(CodeProxyInvalid, "proxy.agent", "a voter cannot be their own proxy", "投票人不能委托自己")
		}
		if p.Principal != c.Voter {
			d.fail(CodeProxyInvalid, "proxy.principal", "the proxy was not granted by the voter", "委托书的委托人不是投票人")
		}
		if p.Reference == "" {
			d.fail(CodeProxyInvalid, "proxy.reference", "the proxy names no written authorisation", "委托书缺少编号")
		}
		if p.Until.IsZero() || d.now.Before(p.From) || d.now.After(p.Until) {
			d.fail(CodeProxyInvalid, "proxy.until", "the proxy is not valid now", "委托书不在有效期内")
		}
	}
	if i < 0 {
		return
	}
	v := &m.Votes[i]
	if v.Closed || d.now.After(v.Closes) {
		d.fail(CodeVoteClosed, "vote", "the vote is closed", "表决已结束")
	}
	if v.Rule.Kind == RuleOwners278 {
		if _, ok := v.electorate.Voter(c.Voter); !ok && c.Voter != "" {
			d.fail(CodeNotEligible, "voter", fmt.Sprintf("%q is not an owner in this vote", c.Voter), fmt.Sprintf("%q 不是本次表决的业主", c.Voter))
		}
	} else {
		switch {
		case slices.Contains(m.Recused, c.Voter):
			d.fail(CodeRecused, "voter", fmt.Sprintf("%q is recused", c.Voter), fmt.Sprintf("%q 已回避", c.Voter))
		case !slices.Contains(v.Members, c.Voter) && c.Voter != "":
			d.fail(CodeNotEligible, "voter", fmt.Sprintf("%q is not a member of this vote", c.Voter), fmt.Sprintf("%q 不是本次表决的成员", c.Voter))
		}
	}
	if j, ok := v.counted[c.Voter]; ok && rank >= 0 {
		if prev := d.p.precedence(v.Ballots[j].Form); prev <= rank {
			d.fail(CodeAlreadyVoted, "voter", fmt.Sprintf("%q already voted by %s, which this channel does not override", c.Voter, v.Ballots[j].Form),
				fmt.Sprintf("%q 已通过%s投票，本渠道不能覆盖", c.Voter, v.Ballots[j].Form.Label()))
		}
	}
	e := d.emit(EvBallotCast)
	e.Vote, e.Voter, e.Choice, e.Form, e.Proxy = c.Vote, c.Voter, c.Choice, c.Form, c.Proxy
}

// tally counts vote v as it stands: one ballot per voter, the one on the
// strongest channel.
func tally(v *Vote) Tally { return tallyWithout(v, nil) }

// tallyWithout is tally leaving out the members in recused, who were
// recused after the vote opened: they are neither eligible nor counted.
func tallyWithout(v *Vote, recused []string) Tally {
	if v.Rule.Kind == RuleOwners278 {
		ballots := make([]governance.Ballot, 0, len(v.counted))
		for _, b := range v.Ballots {
			if b.Counted {
				ballots = append(ballots, governance.Ballot{Voter: b.Voter, Choice: b.Choice})
			}
		}
		g, rep := v.electorate.Tally(v.Rule.Assembly, v.Rule.Matter, ballots)
		if rep.Err() != nil { // unreachable: ballots were checked when cast
			return Tally{Rule: RuleOwners278, Outcome: governance.NoQuorum}
		}
		return fromOwners(g)
	}
	var agree, oppose, abstain int64
	for _, b := range v.Ballots {
		if !b.Counted || slices.Contains(recused, b.Voter) {
			continue
		}
		switch b.Choice {
		case governance.Agree:
			agree++
		case governance.Oppose:
			oppose++
		case governance.Abstain:
			abstain++
		}
	}
	return tallyMembers(v.Rule, int64(len(v.Members)-recusedMembers(v, recused)), agree, oppose, abstain)
}

// recusedMembers counts the members of members' vote v who are in recused.
func recusedMembers(v *Vote, recused []string) int {
	n := 0
	for _, id := range v.Members {
		if slices.Contains(recused, id) {
			n++
		}
	}
	return n
}

func (d *decider) closeVote() {
	m, c := d.m, d.c
	i := m.vote(c.Vote)
	if i < 0 {
		d.fail(CodeUnknownRef, "vote", fmt.Sprintf("no vote %q", c.Vote), fmt.Sprintf("没有表决 %q", c.Vote))
		return
	}
	v := &m.Votes[i]
	if v.Closed {
		d.fail(CodeVoteClosed, "vote", "the vote is already closed", "表决已结束")
		return
	}
	// Members recused after the vote opened neither count towards everyone
	// having voted nor are counted.
	eligible, voted := len(v.Members)-recusedMembers(v, m.Recused), len(v.counted)
	if v.Rule.Kind == RuleOwners278 {
		eligible = int(v.electorate.Total().Heads)
	} else {
		for id := range v.counted {
			if slices.Contains(m.Recused, id) {
				voted--
			}
		}
	}
	if d.now.Before(v.Closes) && voted < eligible {
		d.fail(CodeVoteRunning, "vote", fmt.Sprintf("the vote runs until %s and %d of %d have voted", v.Closes.Format(time.RFC3339), voted, eligible),
			fmt.Sprintf("表决至 %s 结束，%d 人中已有 %d 人投票", v.Closes.Format(time.RFC3339), eligible, voted))
	}
	recused := m.Recused
	if v.Rule.Kind == RuleOwners278 {
		recused = nil
	}
	t := tallyWithout(v, recused)
	e := d.emit(EvVoteClosed)
	e.Vote, e.Tally = c.Vote, &t
}

func (d *decider) noOpenVote() {
	for _, v := range d.m.Votes {
		if !v.Closed {
			d.fail(CodeVoteOpen, "vote", fmt.Sprintf("vote %q is still open", v.ID), fmt.Sprintf("表决 %q 尚未结束", v.ID))
		}
	}
}

func (d *decider) adopt() {
	m, c := d.m, d.c
	i := m.vote(c.Vote)
	switch {
	case i < 0:
		d.fail(CodeUnknownRef, "vote", fmt.Sprintf("no vote %q", c.Vote), fmt.Sprintf("没有表决 %q", c.Vote))
	case !m.Votes[i].Closed || !m.Votes[i].Tally.Passed():
		d.fail(CodeVoteNotPassed, "vote", fmt.Sprintf("vote %q has not passed", c.Vote), fmt.Sprintf("表决 %q 未通过", c.Vote))
	}
	d.noOpenVote()
	d.required(c.Text != "", "text", "the resolution's text", "决议内容")
	e := d.emit(EvResolutionAdopted)
	e.Vote, e.Text, e.Due = c.Vote, c.Text, d.due(StageHandle)
}

func (d *decider) assign() {
	c := d.c
	d.invalid(c.Seat.IsValid(), "assignee_seat", "the responsible body's seat is missing or unknown", "责任主体的席位缺失或无效")
	d.required(c.Body != "", "assignee", "the responsible body", "责任主体")
	d.required(len(c.Tasks) > 0, "tasks", "the tasks", "任务")
	d.nonEmpty(c.Tasks, "tasks")
	due := c.Due
	if due.IsZero() {
		due = d.due(StageHandle)
	} else if !due.After(d.now) {
		d.fail(CodeFieldInvalid, "due", "the due date is not after now", "办理期限早于当前时间")
	}
	e := d.emit(EvAssigned)
	e.Seat, e.Body, e.Tasks, e.Due = c.Seat, c.Body, c.Tasks, due
}

// isAssignee reports whether the actor is (or acts for) the responsible body.
func (d *decider) isAssignee() bool {
	a, as := &d.c.Actor, &d.m.Assignment
	return as.Body != "" && (a.ID == as.Body || (a.Seat != 0 && a.Seat == as.Seat))
}

func (d *decider) assignee() {
	if d.m.Assignment.Body == "" {
		d.fail(CodeFieldRequired, "assignment", "no responsible body is assigned yet", "尚未交办责任主体")
	} else if !d.isAssignee() {
		d.fail(CodeNotAssignee, "actor", "only the responsible body may report on its work", "只有责任主体可以报告办理情况")
	}
}

func (d *decider) notOwnWork() {
	if d.isAssignee() {
		d.fail(CodeOwnWork, "actor", "the responsible body may not inspect its own work", "责任主体不能验收自己的工作")
	}
}

func (d *decider) escalate() {
	m, c := d.m, d.c
	if !m.stageOverdue(d.now) {
		d.fail(CodeNotOverdue, "kind", fmt.Sprintf("the %s stage is due %s, not overdue", m.Stage, fmtTime(m.StageDue)),
			fmt.Sprintf("%s阶段期限为 %s，尚未超期", m.Stage.Label(), fmtTime(m.StageDue)))
	}
	next, ok := d.p.nextRung(m.Level)
	if !ok {
		d.fail(CodeLadderTop, "level", fmt.Sprintf("no rung of the ladder above %s", m.Level), fmt.Sprintf("%s 之上没有更高的督办层级", m.Level.Label()))
	}
	e := d.emit(EvEscalated)
	e.Level, e.Reason, e.Due = next, c.Reason, d.due(m.Stage)
}

func (d *decider) rate() {
	m, c := d.m, d.c
	d.invalid(c.Rating.IsValid(), "rating", "unknown or missing rating", "评价无效")
	if !m.mayRate(c.Actor.ID) {
		d.fail(CodeNotAffected, "actor.id", "only an affected resident may rate the outcome", "只有受影响的居民可以评价")
	}
	if slices.ContainsFunc(m.Ratings, func(r RatingRecord) bool { return r.Resident == c.Actor.ID }) {
		d.fail(CodeAlreadyRated, "actor.id", "this resident already rated this round", "该居民本轮已评价")
	}
	e := d.emit(EvRated)
	e.Rating = c.Rating
}

func (d *decider) closeEvaluation() {
	m, c := d.m, d.c
	var count RatingCount
	for _, r := range m.Ratings {
		switch r.Rating {
		case RatingSatisfied:
			count.Satisfied++
		case RatingBasic:
			count.Basic++
		case RatingDissatisfied:
			count.Dissatisfied++
		}
	}
	if count.Total() == 0 {
		d.fail(CodeNoRatings, "ratings", "nobody has rated the outcome yet", "尚无居民评价")
	}
	to := c.To
	if to == 0 {
		to = StageHandle
	}
	d.invalid(to == StageHandle || to == StageDeliberate, "to", "a matter reopens to handle or deliberate", "只能重新回到办或议")
	met := d.p.Satisfaction.Met(count)
	e := d.emit(EvEvaluationClosed)
	e.Ratings, e.Met = count, met
	if met {
		d.emit(EvResolved)
		return
	}
	if m.Reopens < d.p.ReopenLimit {
		e = d.emit(EvReopened)
		e.To, e.Due = to, d.due(to)
		return
	}
	// At the limit the matter no longer reopens: the level above takes it
	// back to handle (or deliberate), counting no reopen; at the top of the
	// ladder nobody is left to hand it to, and it closes unresolved.
	next, ok := d.p.nextRung(m.Level)
	if !ok {
		e.To = StageClosed
		return
	}
	e = d.emit(EvEscalated)
	e.Level, e.Reason, e.To, e.Due = next, "reopen limit reached", to, d.due(to)
}
