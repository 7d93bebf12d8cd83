package deliberation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/shequ/shequ/governance"
)

// CommandKind names what a command asks for. The zero CommandKind is not
// valid.
type CommandKind uint8

// The commands, grouped by the step they belong to.
const (
	// 集 Collect
	CmdRaise          CommandKind = 1 + iota // raise a new matter (议题)
	CmdMergeDuplicate                        // keep this matter and add the raisers of a duplicate
	CmdMarkDuplicate                         // close this matter as a duplicate of another
	CmdAdmit                                 // admit to the agenda, choosing form and level
	CmdDecline                               // decline, with a reason
	CmdWithdraw                              // a raiser withdraws the matter
	// 议 Deliberate
	CmdConvene       // record a consultation held, with its attendees and minutes
	CmdRecuse        // recuse a conflicted participant from the matter's votes
	CmdTableProposal // table a proposal at a consultation
	CmdOpenVote      // open a vote on a proposal under a frozen decision rule
	CmdCastBallot    // cast a ballot, in person or by proxy
	CmdCloseVote     // close a vote and count it
	CmdAdopt         // adopt the resolution of a passed vote: on to 办
	CmdConclude      // end deliberation without a resolution
	// 办 Handle
	CmdAssign         // assign the resolution to a responsible body, with tasks and a due date
	CmdReportProgress // the responsible body reports progress
	CmdClaimDone      // the responsible body claims completion: on to 督
	// 督 Supervise
	CmdAcceptWork // a supervisor accepts the work: on to 评
	CmdSendBack   // a supervisor sends the work back with defects: back to 办
	CmdEscalate   // escalate an overdue matter one rung up the ladder
	// 评 Evaluate
	CmdRate            // an affected resident rates the outcome
	CmdCloseEvaluation // count the ratings: close as resolved, or reopen (and escalate)
)

var commandKindText = [...]textEntry{
	CmdRaise:           {"raise", "提出议题"},
	CmdMergeDuplicate:  {"merge_duplicate", "合并重复议题"},
	CmdMarkDuplicate:   {"mark_duplicate", "标记为重复议题"},
	CmdAdmit:           {"admit", "纳入议程"},
	CmdDecline:         {"decline", "不予受理"},
	CmdWithdraw:        {"withdraw", "撤回"},
	CmdConvene:         {"convene", "召开协商"},
	CmdRecuse:          {"recuse", "回避"},
	CmdTableProposal:   {"table_proposal", "提出方案"},
	CmdOpenVote:        {"open_vote", "开始表决"},
	CmdCastBallot:      {"cast_ballot", "投票"},
	CmdCloseVote:       {"close_vote", "结束表决"},
	CmdAdopt:           {"adopt", "形成决议"},
	CmdConclude:        {"conclude", "议而未决"},
	CmdAssign:          {"assign", "交办"},
	CmdReportProgress:  {"report_progress", "报告进展"},
	CmdClaimDone:       {"claim_done", "申报办结"},
	CmdAcceptWork:      {"accept_work", "验收通过"},
	CmdSendBack:        {"send_back", "退回整改"},
	CmdEscalate:        {"escalate", "提级督办"},
	CmdRate:            {"rate", "评价"},
	CmdCloseEvaluation: {"close_evaluation", "评价结束"},
}

// CommandKinds returns every command kind in order. It returns a fresh slice.
func CommandKinds() []CommandKind {
	ks := make([]CommandKind, 0, len(commandKindText)-1)
	for k := CmdRaise; k <= CmdCloseEvaluation; k++ {
		ks = append(ks, k)
	}
	return ks
}

// IsValid reports whether k is a defined command kind.
func (k CommandKind) IsValid() bool { return k >= CmdRaise && k <= CmdCloseEvaluation }

// String returns the stable English code, such as "cast_ballot".
func (k CommandKind) String() string {
	return enumString(commandKindText[:], int(k), "CommandKind")
}

// Label returns the Chinese name, such as "投票".
func (k CommandKind) Label() string { return enumLabel(commandKindText[:], int(k), "CommandKind") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (k CommandKind) MarshalText() ([]byte, error) {
	return enumMarshal(commandKindText[:], int(k), "CommandKind")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *CommandKind) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(commandKindText[:], text, "CommandKind")
	if err == nil {
		*k = CommandKind(v)
	}
	return err
}

// ParseCommandKind parses a command kind from its stable English code.
func ParseCommandKind(text string) (CommandKind, error) {
	v, err := enumParse(commandKindText[:], text, "CommandKind")
	return CommandKind(v), err
}

// Actor is who issues a command: an opaque ID supplied by the embedder
// (never a name or a phone number), the governance seat the actor acts for,
// if any, and the role in which it acts.
//
// The library knows an actor only by what the command says. The body
// assigned to handle a matter is recognised by its ID or by its seat, so
// the embedder must set Seat for everyone who belongs to a seated body
// (the property company's staff, say): a colleague of the assignee with
// no seat set is not recognised and could inspect the body's own work.
type Actor struct {
	ID   string          `json:"id"`
	Seat governance.Seat `json:"seat,omitempty"`
	Role Role            `json:"role,omitempty"`
}

// String returns the actor as "id", "id/seat", "id/role" or "id/seat/role".
func (a Actor) String() string {
	s := a.ID
	if a.Seat != 0 {
		s += "/" + a.Seat.String()
	}
	if a.Role != 0 {
		s += "/" + a.Role.String()
	}
	return s
}

// Attendee is a participant in a consultation: an actor who attended.
type Attendee = Actor

// Proxy is a written authorisation (委托书) by Principal for Agent to vote
// for them. The document itself lives with the embedder; Reference names it
// (an ID or a digest). It is valid from From to Until inclusive.
type Proxy struct {
	Principal string    `json:"principal"` // the voter who granted it
	Agent     string    `json:"agent"`
	Reference string    `json:"reference"`
	From      time.Time `json:"from"`
	Until     time.Time `json:"until"`
}

// RatingCount counts residents' ratings.
type RatingCount struct {
	Satisfied    int64 `json:"satisfied"`
	Basic        int64 `json:"basically_satisfied"`
	Dissatisfied int64 `json:"dissatisfied"`
}

// Total returns the number of ratings.
func (r RatingCount) Total() int64 { return r.Satisfied + r.Basic + r.Dissatisfied }

// Details holds the arguments of a command and the facts of an event, in
// one flat struct (as raft's Message serves every message type): each kind
// uses the fields its documentation names and leaves the others zero.
// People appear only by opaque IDs.
type Details struct {
	// Raise
	Subject  string   `json:"subject,omitempty"`  // a short public description of the matter
	Channel  Channel  `json:"channel,omitempty"`  // how the matter reached the community
	Scope    Level    `json:"scope,omitempty"`    // building, compound or community
	Category Category `json:"category,omitempty"` // what the matter is about
	Place    string   `json:"place,omitempty"`    // opaque ID of the building, compound or community
	Platform string   `json:"platform,omitempty"` // opaque ID of the deliberation platform (议事平台)

	// MergeDuplicate (the duplicate's ID and raisers), MarkDuplicate (the kept matter)
	Other   string   `json:"other,omitempty"`
	Raisers []string `json:"raisers,omitempty"`

	// Decline, Withdraw, Conclude, Recuse, Escalate: why
	Reason string `json:"reason,omitempty"`

	// Admit: the consultation form and level, and the affected residents
	// who will rate the outcome (the raisers always may).
	Form     Form     `json:"form,omitempty"`
	Level    Level    `json:"level,omitempty"` // Admit; Escalated: the new level
	Affected []string `json:"affected,omitempty"`

	// Convene, TableProposal, OpenVote
	Consultation string     `json:"consultation,omitempty"`
	Attendees    []Attendee `json:"attendees,omitempty"`
	Minutes      string     `json:"minutes,omitempty"` // opaque reference to the minutes (an ID or digest)
	Proposal     string     `json:"proposal,omitempty"`
	Text         string     `json:"text,omitempty"` // proposal, resolution, progress note

	// OpenVote: Rule names the kind in a command; the event carries the
	// whole frozen rule. Members are the voters of a members' vote; Units
	// the electorate of an owners' vote. Closes is when the vote is due to
	// close.
	Vote         string                  `json:"vote,omitempty"`
	Rule         *DecisionRule           `json:"rule,omitempty"`
	OwnersMatter governance.OwnersMatter `json:"owners_matter,omitempty"`
	Members      []string                `json:"members,omitempty"`
	Units        []governance.Unit       `json:"units,omitempty"`
	Closes       time.Time               `json:"closes,omitzero"`

	// CastBallot: Voter is the member, or the owner's voter ID; Form is the
	// channel; Proxy is set when the actor votes for someone else.
	Voter  string            `json:"voter,omitempty"`
	Choice governance.Choice `json:"choice,omitempty"`
	Proxy  *Proxy            `json:"proxy,omitempty"`

	// VoteClosed: the count.
	Tally *Tally `json:"tally,omitempty"`

	// Assign: the responsible body by seat and opaque ID, its tasks and due
	// date. A stage-entering event carries Due, the frozen deadline of the
	// new stage.
	Seat    governance.Seat `json:"assignee_seat,omitempty"`
	Body    string          `json:"assignee,omitempty"`
	Tasks   []string        `json:"tasks,omitempty"`
	Due     time.Time       `json:"due,omitzero"`
	Percent int             `json:"percent,omitempty"` // ReportProgress: 0–100

	// SendBack
	Defects []string `json:"defects,omitempty"`

	// Rate; EvaluationClosed counts the ratings and says whether the
	// satisfaction threshold was met; Reopened says where to (Handle or
	// Deliberate), also chosen in a CloseEvaluation command. At the reopen
	// limit, To is on the Escalated event instead (handed back a rung up,
	// no reopen counted), or is Closed on EvaluationClosed at the ladder's
	// top (closed unresolved).
	Rating  Rating      `json:"rating,omitempty"`
	Ratings RatingCount `json:"ratings,omitzero"`
	Met     bool        `json:"met,omitempty"`
	To      Stage       `json:"to,omitempty"`
}

// ruleKind returns the kind of d's rule, 0 for none.
func (d *Details) ruleKind() RuleKind {
	if d.Rule == nil {
		return 0
	}
	return d.Rule.Kind
}

// Command asks for a change to one matter. Decide turns it into events or
// refuses it.
type Command struct {
	Kind   CommandKind `json:"kind"`
	Matter string      `json:"matter"`
	Actor  Actor       `json:"actor"`
	Details
}

// ParseCommand decodes a command from JSON. Unknown fields and unknown
// enumeration codes are errors; the command's content is checked by
// [Decide], not here.
func ParseCommand(data []byte) (Command, error) {
	var c Command
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Command{}, fmt.Errorf("deliberation: decoding command: %w", err)
	}
	if rest := data[dec.InputOffset():]; len(bytes.TrimSpace(rest)) > 0 {
		// dec.More is false before a stray '}' or ']': look at the bytes.
		return Command{}, fmt.Errorf("deliberation: decoding command: trailing data")
	}
	if !c.Kind.IsValid() {
		return Command{}, fmt.Errorf("deliberation: decoding command: missing or invalid kind")
	}
	return c, nil
}
