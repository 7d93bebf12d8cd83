package deliberation

import (
	"fmt"
	"slices"
	"time"

	"github.com/shequ/shequ/governance"
)

// Matter is the state of one matter (议题): the fold of its events. The
// zero Matter is a matter not yet raised; [Matter.Apply] its first event
// (raised) to start it. A Matter shares its slices with its copies and with
// the events applied to it (which share them with the commands decided):
// treat all three as immutable, apply events to one copy only, or Clone it
// first.
type Matter struct {
	ID   string `json:"id"`
	Seq  uint64 `json:"seq"`  // the Seq of the last applied event
	Head Hash   `json:"head"` // the Hash of the last applied event

	Stage   Stage   `json:"stage"`
	Closure Closure `json:"closure,omitempty"`

	Subject  string   `json:"subject"`
	Channel  Channel  `json:"channel"`
	Scope    Level    `json:"scope"`
	Category Category `json:"category"`
	Place    string   `json:"place,omitempty"`
	Platform string   `json:"platform,omitempty"`
	Raisers  []string `json:"raisers"`
	Affected []string `json:"affected,omitempty"`
	// Duplicates are the matters merged into this one; DuplicateOf the
	// matter this one was merged into.
	Duplicates  []string `json:"duplicates,omitempty"`
	DuplicateOf string   `json:"duplicate_of,omitempty"`
	Reason      string   `json:"reason,omitempty"` // why it was declined, withdrawn or not adopted

	Form  Form  `json:"form,omitempty"`  // the consultation form chosen on admission
	Level Level `json:"level,omitempty"` // the level now responsible (raised by escalation)

	RaisedAt    time.Time `json:"raised_at"`
	RespondedAt time.Time `json:"responded_at,omitzero"` // admitted, declined or merged
	ClosedAt    time.Time `json:"closed_at,omitzero"`
	Since       time.Time `json:"since"`              // when the current stage began
	StageDue    time.Time `json:"stage_due,omitzero"` // the current stage's frozen deadline
	Visits      []Visit   `json:"visits,omitempty"`   // completed stage visits, in order
	WasOverdue  bool      `json:"was_overdue,omitempty"`

	Consultations []Consultation `json:"consultations,omitempty"`
	Recused       []string       `json:"recused,omitempty"`
	Proposals     []Proposal     `json:"proposals,omitempty"`
	Votes         []Vote         `json:"votes,omitempty"`
	Resolution    Resolution     `json:"resolution,omitzero"`

	Assignment Assignment `json:"assignment,omitzero"`
	Progress   Progress   `json:"progress,omitzero"`
	Defects    []string   `json:"defects,omitempty"` // of the last sending back
	SendBacks  int        `json:"send_backs,omitempty"`

	Ratings     []RatingRecord `json:"ratings,omitempty"`     // of the current evaluation round
	LastRatings RatingCount    `json:"last_ratings,omitzero"` // of the last closed evaluation
	Evaluations int            `json:"evaluations,omitempty"`
	Reopens     int            `json:"reopens,omitempty"`
	Escalations []Escalation   `json:"escalations,omitempty"`
}

// Visit is a completed stay in a stage.
type Visit struct {
	Stage   Stage     `json:"stage"`
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
	Overdue bool      `json:"overdue,omitempty"` // left after its deadline
}

// Consultation is a consultation held on the matter.
type Consultation struct {
	ID        string     `json:"id"`
	Form      Form       `json:"form"`
	At        time.Time  `json:"at"`
	Attendees []Attendee `json:"attendees"`
	Minutes   string     `json:"minutes,omitempty"`
}

// Proposal is a proposal tabled at a consultation.
type Proposal struct {
	ID           string `json:"id"`
	Consultation string `json:"consultation"`
	Text         string `json:"text"`
	By           string `json:"by"`
}

// Vote is a vote on a proposal under a frozen rule, with its ballots.
type Vote struct {
	ID       string            `json:"id"`
	Proposal string            `json:"proposal"`
	Rule     DecisionRule      `json:"rule"`
	Members  []string          `json:"members,omitempty"`
	Units    []governance.Unit `json:"units,omitempty"`
	Opened   time.Time         `json:"opened"`
	Closes   time.Time         `json:"closes"`
	Ballots  []BallotRecord    `json:"ballots,omitempty"`
	Closed   bool              `json:"closed,omitempty"`
	Tally    Tally             `json:"tally,omitzero"` // set when closed

	electorate *governance.Electorate // owners' votes: built from Units
	counted    map[string]int         // voter → index of the counted ballot
}

// BallotRecord is a ballot as cast. Counted is false once a ballot from a
// stronger channel replaced it.
type BallotRecord struct {
	Voter   string            `json:"voter"`
	Choice  governance.Choice `json:"choice"`
	Form    Form              `json:"form"`
	Agent   string            `json:"agent,omitempty"` // the proxy who cast it
	Proxy   string            `json:"proxy,omitempty"` // the authorisation's reference
	At      time.Time         `json:"at"`
	Counted bool              `json:"counted"`
}

// Resolution is the adopted resolution.
type Resolution struct {
	Vote string    `json:"vote"`
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// Assignment is the responsible body and its tasks.
type Assignment struct {
	Seat  governance.Seat `json:"seat"`
	Body  string          `json:"body"`
	Tasks []string        `json:"tasks"`
	Due   time.Time       `json:"due"`
	At    time.Time       `json:"at"`
}

// Progress is the responsible body's last report.
type Progress struct {
	Reports int       `json:"reports"`
	Percent int       `json:"percent"`
	Note    string    `json:"note,omitempty"`
	At      time.Time `json:"at"`
}

// Escalation is one step up the ladder.
type Escalation struct {
	From   Level     `json:"from"`
	To     Level     `json:"to"`
	At     time.Time `json:"at"`
	Reason string    `json:"reason,omitempty"`
}

// RatingRecord is one resident's rating.
type RatingRecord struct {
	Resident string `json:"resident"`
	Rating   Rating `json:"rating"`
}

// Clone returns a deep copy of m that shares nothing with it.
func (m Matter) Clone() Matter {
	c := m
	c.Raisers = slices.Clone(m.Raisers)
	c.Affected = slices.Clone(m.Affected)
	c.Duplicates = slices.Clone(m.Duplicates)
	c.Visits = slices.Clone(m.Visits)
	c.Consultations = slices.Clone(m.Consultations)
	c.Recused = slices.Clone(m.Recused)
	c.Proposals = slices.Clone(m.Proposals)
	c.Votes = slices.Clone(m.Votes)
	for i := range c.Votes {
		v := &c.Votes[i]
		v.Ballots = slices.Clone(v.Ballots)
		if v.counted != nil {
			cm := make(map[string]int, len(v.counted))
			for k, x := range v.counted {
				cm[k] = x
			}
			v.counted = cm
		}
	}
	c.Assignment.Tasks = slices.Clone(m.Assignment.Tasks)
	c.Defects = slices.Clone(m.Defects)
	c.Ratings = slices.Clone(m.Ratings)
	c.Escalations = slices.Clone(m.Escalations)
	return c
}

// vote returns the index of vote id, or -1.
func (m *Matter) vote(id string) int {
	for i := range m.Votes {
		if m.Votes[i].ID == id {
			return i
		}
	}
	return -1
}

func (m *Matter) consultation(id string) int {
	for i := range m.Consultations {
		if m.Consultations[i].ID == id {
			return i
		}
	}
	return -1
}

func (m *Matter) proposal(id string) int {
	for i := range m.Proposals {
		if m.Proposals[i].ID == id {
			return i
		}
	}
	return -1
}

// mayRate reports whether resident id is affected: a raiser or listed as
// affected on admission.
func (m *Matter) mayRate(id string) bool {
	return slices.Contains(m.Raisers, id) || slices.Contains(m.Affected, id)
}

// Apply folds event e into m. It checks that e is the next event of m (its
// Seq follows, its Prev is m's Head, it names m's matter) and that the
// transition table allows it in m's stage; it does not recompute e's hash
// (that is [Verify]'s job). On error m is unchanged.
func (m *Matter) Apply(e Event) error {
	if err := m.check(&e); err != nil {
		return err
	}
	m.apply(&e)
	return nil
}

func (m *Matter) check(e *Event) *EventError {
	bad := func(code Code, en, zh string) *EventError {
		return &EventError{Index: -1, Seq: e.Seq, Code: code, Message: en, MessageZH: zh}
	}
	switch {
	case !e.Kind.IsValid():
		return bad(CodeEventInvalid, "unknown event kind", "未知的事件类型")
	case e.Seq != m.Seq+1:
		return bad(CodeEventSequence, fmt.Sprintf("seq %d does not follow %d", e.Seq, m.Seq),
			fmt.Sprintf("序号 %d 不接续 %d", e.Seq, m.Seq))
	case e.Prev != m.Head:
		return bad(CodeEventPrev, "prev is not the hash of the event before", "前序哈希与上一事件不符")
	case m.Seq > 0 && e.Matter != m.ID:
		return bad(CodeEventMatter, fmt.Sprintf("event of matter %q applied to %q", e.Matter, m.ID),
			fmt.Sprintf("议题 %q 的事件不能用于议题 %q", e.Matter, m.ID))
	case m.Seq == 0 && e.Matter == "":
		return bad(CodeEventMatter, "event names no matter", "事件未注明议题")
	case !eventAllowed(m.Stage, e.Kind):
		return bad(CodeWrongStage, fmt.Sprintf("%s cannot happen in stage %s", e.Kind, m.Stage),
			fmt.Sprintf("%s 不能发生在 %s 阶段", e.Kind.Label(), m.Stage.Label()))
	}
	d := &e.Details
	switch e.Kind {
	case EvBallotCast:
		i := m.vote(d.Vote)
		if i < 0 || m.Votes[i].Closed {
			return bad(CodeUnknownRef, fmt.Sprintf("no open vote %q", d.Vote), fmt.Sprintf("没有进行中的表决 %q", d.Vote))
		}
	case EvVoteClosed:
		if i := m.vote(d.Vote); i < 0 || m.Votes[i].Closed {
			return bad(CodeUnknownRef, fmt.Sprintf("no open vote %q", d.Vote), fmt.Sprintf("没有进行中的表决 %q", d.Vote))
		}
		if d.Tally == nil {
			return bad(CodeEventInvalid, "a closed vote without its tally", "表决结束事件缺少计票结果")
		}
	case EvVoteOpened:
		if d.Rule == nil {
			return bad(CodeEventInvalid, "an opened vote without its rule", "表决开始事件缺少表决规则")
		}
		if d.Rule.Kind == RuleOwners278 {
			if _, rep := governance.NewElectorate(d.Units); rep.Err() != nil {
				return bad(CodeElectorate, "the units do not make a valid electorate", "专有部分不能构成有效的业主名册")
			}
		}
		if m.vote(d.Vote) >= 0 {
			return bad(CodeFieldDuplicate, fmt.Sprintf("vote %q exists", d.Vote), fmt.Sprintf("表决 %q 已存在", d.Vote))
		}
	case EvReopened:
		if d.To != StageHandle && d.To != StageDeliberate {
			return bad(CodeEventInvalid, "reopened to neither handle nor deliberate", "重新办理只能回到办或议")
		}
	case EvEscalated:
		if !d.Level.IsValid() {
			return bad(CodeEventInvalid, "escalated to no valid level", "提级的层级无效")
		}
		if d.To != 0 && (m.Stage != StageEvaluate || d.To != StageHandle && d.To != StageDeliberate) {
			return bad(CodeEventInvalid, "only a failed evaluation escalates back to handle or deliberate", "只有评价未达标的提级才能回到办或议")
		}
	case EvEvaluationClosed:
		if d.To != 0 && d.To != StageClosed {
			return bad(CodeEventInvalid, "an evaluation closes the matter or leaves the stage to the next event", "评价结束只能办结或交由后续事件")
		}
	}
	return nil
}

// enter moves m to stage s at t with the frozen deadline due, recording the
// visit it leaves.
func (m *Matter) enter(s Stage, t, due time.Time) {
	if m.Stage != 0 {
		late := !m.StageDue.IsZero() && t.After(m.StageDue)
		m.Visits = append(m.Visits, Visit{Stage: m.Stage, From: m.Since, To: t, Overdue: late})
		m.WasOverdue = m.WasOverdue || late
	}
	m.Stage, m.Since, m.StageDue = s, t, due
}

func (m *Matter) close(c Closure, t time.Time) {
	m.enter(StageClosed, t, time.Time{})
	m.Closure, m.ClosedAt = c, t
}

func (m *Matter) respond(t time.Time) {
	if m.RespondedAt.IsZero() {
		m.RespondedAt = t
	}
}

func (m *Matter) apply(e *Event) {
	d := &e.Details
	switch e.Kind {
	case EvRaised:
		m.ID, m.Subject, m.Channel, m.Scope, m.Category = e.Matter, d.Subject, d.Channel, d.Scope, d.Category
		m.Place, m.Platform, m.Level, m.RaisedAt = d.Place, d.Platform, d.Scope, e.At
		m.Raisers = append(m.Raisers, e.Actor.ID)
		m.enter(StageCollect, e.At, d.Due)
	case EvDuplicateMerged:
		for _, r := range d.Raisers {
			if !slices.Contains(m.Raisers, r) {
				m.Raisers = append(m.Raisers, r)
			}
		}
		m.Duplicates = append(m.Duplicates, d.Other)
	case EvMarkedDuplicate:
		m.DuplicateOf = d.Other
		m.respond(e.At)
		m.close(ClosureMerged, e.At)
	case EvAdmitted:
		m.Form, m.Level = d.Form, d.Level
		m.Affected = append(m.Affected, d.Affected...)
		m.respond(e.At)
		m.enter(StageDeliberate, e.At, d.Due)
	case EvDeclined:
		m.Reason = d.Reason
		m.respond(e.At)
		m.close(ClosureDeclined, e.At)
	case EvWithdrawn:
		m.Reason = d.Reason
		m.close(ClosureWithdrawn, e.At)
	case EvConsultationHeld:
		m.Consultations = append(m.Consultations, Consultation{ID: d.Consultation, Form: d.Form, At: e.At,
			Attendees: d.Attendees, Minutes: d.Minutes})
	case EvRecused:
		m.Recused = append(m.Recused, d.Voter)
	case EvProposalTabled:
		m.Proposals = append(m.Proposals, Proposal{ID: d.Proposal, Consultation: d.Consultation, Text: d.Text, By: e.Actor.ID})
	case EvVoteOpened:
		v := Vote{ID: d.Vote, Proposal: d.Proposal, Rule: *d.Rule, Members: d.Members,
			Units: d.Units, Opened: e.At, Closes: d.Closes}
		if d.Rule.Kind == RuleOwners278 {
			v.electorate, _ = governance.NewElectorate(d.Units)
		}
		v.counted = make(map[string]int, len(d.Members)+len(d.Units))
		m.Votes = append(m.Votes, v)
	case EvBallotCast:
		v := &m.Votes[m.vote(d.Vote)]
		if v.counted == nil {
			v.counted = make(map[string]int)
		}
		if v.Ballots == nil { // most of the eligible vote: room for each at once
			v.Ballots = make([]BallotRecord, 0, len(v.Members)+len(v.Units))
		}
		if j, ok := v.counted[d.Voter]; ok {
			v.Ballots[j].Counted = false
		}
		v.counted[d.Voter] = len(v.Ballots)
		b := BallotRecord{Voter: d.Voter, Choice: d.Choice, Form: d.Form, At: e.At, Counted: true}
		if d.Proxy != nil {
			b.Agent, b.Proxy = e.Actor.ID, d.Proxy.Reference
		}
		v.Ballots = append(v.Ballots, b)
	case EvVoteClosed:
		v := &m.Votes[m.vote(d.Vote)]
		v.Closed, v.Tally = true, *d.Tally
	case EvResolutionAdopted:
		m.Resolution = Resolution{Vote: d.Vote, Text: d.Text, At: e.At}
		m.enter(StageHandle, e.At, d.Due)
	case EvNotAdopted:
		m.Reason = d.Reason
		m.close(ClosureNotAdopted, e.At)
	case EvAssigned:
		m.Assignment = Assignment{Seat: d.Seat, Body: d.Body, Tasks: d.Tasks, Due: d.Due, At: e.At}
		m.StageDue = d.Due
	case EvProgressReported:
		m.Progress = Progress{Reports: m.Progress.Reports + 1, Percent: d.Percent, Note: d.Text, At: e.At}
	case EvCompletionClaimed:
		m.enter(StageSupervise, e.At, d.Due)
	case EvWorkAccepted:
		m.Ratings = nil
		m.enter(StageEvaluate, e.At, d.Due)
	case EvSentBack:
		m.Defects = d.Defects
		m.SendBacks++
		m.enter(StageHandle, e.At, d.Due)
	case EvEscalated:
		m.Escalations = append(m.Escalations, Escalation{From: m.Level, To: d.Level, At: e.At, Reason: d.Reason})
		m.Level = d.Level
		if d.To != 0 { // the reopen limit was reached: handed back a rung up
			m.Ratings = nil
			m.enter(d.To, e.At, d.Due)
		} else if !d.Due.IsZero() {
			m.StageDue = d.Due
		}
	case EvRated:
		m.Ratings = append(m.Ratings, RatingRecord{Resident: e.Actor.ID, Rating: d.Rating})
	case EvEvaluationClosed:
		m.LastRatings = d.Ratings
		m.Evaluations++
		if d.To == StageClosed {
			m.close(ClosureUnresolved, e.At)
		}
	case EvResolved:
		m.close(ClosureResolved, e.At)
	case EvReopened:
		m.Reopens++
		m.Ratings = nil
		m.enter(d.To, e.At, d.Due)
	}
	m.Seq, m.Head = e.Seq, e.Hash
	if e.Seq == 1 {
		m.ID = e.Matter
	}
}

// Replay folds a matter's history from the start and returns its state. It
// stops at the first event that does not apply, reporting its index.
// Replay checks the chain's links but not the hashes' content; call
// [Verify] on a history that came from outside.
func Replay(events []Event) (Matter, error) {
	var m Matter
	for i := range events {
		if err := m.check(&events[i]); err != nil {
			err.Index = i
			return Matter{}, err
		}
		m.apply(&events[i])
	}
	return m, nil
}

// Verify checks that events are one matter's complete history from its
// first event: numbered 1, 2, 3… without gaps, each Prev the Hash of the
// event before (zero for the first), each Hash the hash of the event's
// content. Any edit, deletion, insertion or reordering of a stored history
// fails. It returns nil or an [*EventError] for the first bad event.
//
// Verify cannot tell a complete history from one cut off at the end: the
// first k events of a valid history are themselves a valid history, and
// nothing in them says more followed. A store that must detect such
// truncation keeps the last Seq and Hash apart from the events (or
// publishes them) and checks with [VerifyHead].
func Verify(events []Event) error {
	var prev Hash
	for i := range events {
		e := &events[i]
		bad := func(code Code, en, zh string) error {
			return &EventError{Index: i, Seq: e.Seq, Code: code, Message: en, MessageZH: zh}
		}
		switch {
		case e.Seq != uint64(i)+1:
			return bad(CodeEventSequence, fmt.Sprintf("seq %d at position %d", e.Seq, i+1),
				fmt.Sprintf("第 %d 个事件的序号为 %d", i+1, e.Seq))
		case i > 0 && e.Matter != events[0].Matter:
			return bad(CodeEventMatter, fmt.Sprintf("event of matter %q in the history of %q", e.Matter, events[0].Matter),
				fmt.Sprintf("议题 %q 的事件出现在议题 %q 的历史中", e.Matter, events[0].Matter))
		case e.Prev != prev:
			return bad(CodeEventPrev, "prev is not the hash of the event before", "前序哈希与上一事件不符")
		case hashEvent(e) != e.Hash:
			return bad(CodeEventHash, "hash does not match the event's content", "哈希与事件内容不符")
		}
		prev = e.Hash
	}
	return nil
}

// VerifyHead is [Verify] that also checks that the history ends at the
// anchored event: its last event has sequence number seq and hash head, as
// recorded apart from the events. It detects events cut off the end, which
// Verify alone cannot. An empty history matches only seq 0 and the zero
// head.
func VerifyHead(events []Event, seq uint64, head Hash) error {
	if err := Verify(events); err != nil {
		return err
	}
	var gotSeq uint64
	var gotHead Hash
	if n := len(events); n > 0 {
		gotSeq, gotHead = events[n-1].Seq, events[n-1].Hash
	}
	if gotSeq != seq || gotHead != head {
		return &EventError{Index: len(events), Seq: gotSeq, Code: CodeEventHead,
			Message:   fmt.Sprintf("the history ends at seq %d, the anchor says %d (or another head)", gotSeq, seq),
			MessageZH: fmt.Sprintf("历史止于序号 %d，锚定的是序号 %d（或哈希不同）", gotSeq, seq)}
	}
	return nil
}
