package deliberation

import (
	"fmt"
	"strings"
)

// Code is the stable identifier of a refused condition, such as
// "actor.not_permitted". Codes never change meaning; embedders may switch on
// them. A Code is also an error, so that errors.Is(err, CodeWrongStage)
// reports whether a refusal lists that code.
type Code string

// Error implements error.
func (c Code) Error() string { return "deliberation: " + string(c) }

// The codes of refused commands and rejected events.
const (
	CodeMatterMismatch Code = "matter.mismatch"          // the command names another matter
	CodeMatterExists   Code = "matter.exists"            // raise on a matter that already has events
	CodeMatterID       Code = "matter.id_missing"        // raise without a matter ID
	CodeWrongStage     Code = "stage.not_allowed"        // the transition table has no row for the command in this stage
	CodeActorMissing   Code = "actor.missing"            // the command names no actor
	CodeNotPermitted   Code = "actor.not_permitted"      // the policy's permission table refuses the actor's seat and role
	CodeNotRaiser      Code = "actor.not_raiser"         // only a raiser may withdraw
	CodeNotAssignee    Code = "actor.not_assignee"       // only the responsible body reports and claims
	CodeOwnWork        Code = "actor.own_work"           // the responsible body never inspects its own work
	CodeNotAffected    Code = "actor.not_affected"       // only affected residents rate
	CodeNotAttendee    Code = "actor.not_attendee"       // only an attendee tables a proposal
	CodeRecused        Code = "actor.recused"            // a recused participant may not vote
	CodeFieldRequired  Code = "field.required"           // a required field is empty
	CodeFieldInvalid   Code = "field.invalid"            // a field has a value outside its range
	CodeFieldDuplicate Code = "field.duplicate"          // an ID or list entry repeats
	CodeUnknownRef     Code = "ref.unknown"              // a consultation, proposal or vote that does not exist
	CodeSeatAbsent     Code = "consultation.seat_absent" // a seat the category requires did not attend
	CodeVoteClosed     Code = "vote.closed"              // the vote is already closed
	CodeVoteRunning    Code = "vote.running"             // the vote is due later and not everyone voted
	CodeVoteOpen       Code = "vote.open"                // a vote is still open
	CodeVoteNotPassed  Code = "vote.not_passed"          // adopting needs a passed vote
	CodeElectorate     Code = "vote.electorate_invalid"  // the units do not make a valid electorate
	CodeNotEligible    Code = "ballot.not_eligible"      // the voter may not vote in this vote
	CodeAlreadyVoted   Code = "ballot.duplicate"         // the voter already voted on this or a higher channel
	CodeProxyInvalid   Code = "ballot.proxy_invalid"     // the proxy does not authorise this actor now
	CodeNotOverdue     Code = "escalate.not_due"         // the current stage is not overdue
	CodeLadderTop      Code = "escalate.top"             // already at the top of the escalation ladder
	CodeAlreadyRated   Code = "rating.duplicate"         // the resident already rated this round
	CodeNoRatings      Code = "evaluation.no_ratings"    // nobody rated yet
	CodePolicyInvalid  Code = "policy.invalid"           // the policy lacks what the command needs
	CodeEventSequence  Code = "event.sequence"           // an event's Seq is not the next number
	CodeEventPrev      Code = "event.prev_mismatch"      // an event's Prev is not the hash of the event before
	CodeEventHash      Code = "event.hash_mismatch"      // an event's Hash is not the hash of its content
	CodeEventMatter    Code = "event.matter_mismatch"    // an event belongs to another matter
	CodeEventInvalid   Code = "event.invalid"            // an event's content cannot be applied
	CodeEventHead      Code = "event.head_mismatch"      // a history does not end at the anchored seq and head
)

// Problem is one unmet condition of a refused command: a stable code, the
// path of the offending field and a message in English and Chinese.
type Problem struct {
	Code      Code   `json:"code"`
	Path      string `json:"path"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"`
}

// String returns the problem as "code path: message".
func (p Problem) String() string { return fmt.Sprintf("%s %s: %s", string(p.Code), p.Path, p.Message) }

// RefusedError is the error [Decide] returns for a refused command. It lists
// every unmet condition, so that the user learns at once all that is
// missing; nothing is recorded.
type RefusedError struct {
	Command  CommandKind `json:"command"`
	Matter   string      `json:"matter"`
	Stage    Stage       `json:"stage"`
	Problems []Problem   `json:"problems"`
}

func (e *RefusedError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "deliberation: %s refused for matter %q in stage %s: %d problem(s)", e.Command, e.Matter, e.Stage, len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "; %s", p)
	}
	return b.String()
}

// Has reports whether the refusal lists code c.
func (e *RefusedError) Has(c Code) bool {
	for _, p := range e.Problems {
		if p.Code == c {
			return true
		}
	}
	return false
}

// Is reports whether target is a [Code] the refusal lists.
func (e *RefusedError) Is(target error) bool {
	c, ok := target.(Code)
	return ok && e.Has(c)
}

// Codes returns the codes of the refusal's problems, in order.
func (e *RefusedError) Codes() []Code {
	cs := make([]Code, len(e.Problems))
	for i, p := range e.Problems {
		cs[i] = p.Code
	}
	return cs
}

// EventError reports an event that cannot be applied or a history that
// fails verification: which event (its index in the history and its Seq),
// the code, and messages in English and Chinese.
type EventError struct {
	Index     int    `json:"index"`
	Seq       uint64 `json:"seq"`
	Code      Code   `json:"code"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"`
}

func (e *EventError) Error() string {
	return fmt.Sprintf("deliberation: event %d (seq %d): %s: %s", e.Index, e.Seq, string(e.Code), e.Message)
}

// Is reports whether target is the error's [Code].
func (e *EventError) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == e.Code
}
