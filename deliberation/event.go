package deliberation

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// EventKind names what happened. Its code is stable: a store may keep it in
// a column and switch on it. The zero EventKind is not valid.
type EventKind uint8

// The events. Most commands produce one event of the matching kind;
// CmdCloseEvaluation produces an evaluation_closed event followed by
// resolved, or by reopened (and escalated when the reopen limit is reached).
const (
	EvRaised            EventKind = 1 + iota // 集: a matter was raised
	EvDuplicateMerged                        // a duplicate's raisers were added
	EvMarkedDuplicate                        // closed as a duplicate of another matter
	EvAdmitted                               // admitted to the agenda: on to 议
	EvDeclined                               // declined: closed
	EvWithdrawn                              // withdrawn by a raiser: closed
	EvConsultationHeld                       // 议: a consultation was held
	EvRecused                                // a participant was recused
	EvProposalTabled                         // a proposal was tabled
	EvVoteOpened                             // a vote opened under a frozen rule
	EvBallotCast                             // a ballot was cast
	EvVoteClosed                             // a vote was closed and counted
	EvResolutionAdopted                      // a resolution was adopted: on to 办
	EvNotAdopted                             // deliberation ended without a resolution: closed
	EvAssigned                               // 办: assigned to a responsible body
	EvProgressReported                       // progress was reported
	EvCompletionClaimed                      // completion was claimed: on to 督
	EvWorkAccepted                           // 督: accepted: on to 评
	EvSentBack                               // sent back with defects: back to 办
	EvEscalated                              // escalated one rung up the ladder
	EvRated                                  // 评: a resident rated the outcome
	EvEvaluationClosed                       // the ratings were counted
	EvResolved                               // closed as resolved
	EvReopened                               // reopened to 办 or 议
)

var eventKindText = [...]textEntry{
	EvRaised:            {"raised", "已提出"},
	EvDuplicateMerged:   {"duplicate_merged", "已合并重复议题"},
	EvMarkedDuplicate:   {"marked_duplicate", "已标记为重复"},
	EvAdmitted:          {"admitted", "已纳入议程"},
	EvDeclined:          {"declined", "不予受理"},
	EvWithdrawn:         {"withdrawn", "已撤回"},
	EvConsultationHeld:  {"consultation_held", "已召开协商"},
	EvRecused:           {"recused", "已回避"},
	EvProposalTabled:    {"proposal_tabled", "已提出方案"},
	EvVoteOpened:        {"vote_opened", "表决开始"},
	EvBallotCast:        {"ballot_cast", "已投票"},
	EvVoteClosed:        {"vote_closed", "表决结束"},
	EvResolutionAdopted: {"resolution_adopted", "已形成决议"},
	EvNotAdopted:        {"not_adopted", "议而未决"},
	EvAssigned:          {"assigned", "已交办"},
	EvProgressReported:  {"progress_reported", "已报告进展"},
	EvCompletionClaimed: {"completion_claimed", "已申报办结"},
	EvWorkAccepted:      {"work_accepted", "验收通过"},
	EvSentBack:          {"sent_back", "退回整改"},
	EvEscalated:         {"escalated", "已提级督办"},
	EvRated:             {"rated", "已评价"},
	EvEvaluationClosed:  {"evaluation_closed", "评价结束"},
	EvResolved:          {"resolved", "办结"},
	EvReopened:          {"reopened", "重新办理"},
}

// IsValid reports whether k is a defined event kind.
func (k EventKind) IsValid() bool { return k >= EvRaised && k <= EvReopened }

// String returns the stable English code, such as "ballot_cast".
func (k EventKind) String() string { return enumString(eventKindText[:], int(k), "EventKind") }

// Label returns the Chinese name.
func (k EventKind) Label() string { return enumLabel(eventKindText[:], int(k), "EventKind") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (k EventKind) MarshalText() ([]byte, error) {
	return enumMarshal(eventKindText[:], int(k), "EventKind")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EventKind) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(eventKindText[:], text, "EventKind")
	if err == nil {
		*k = EventKind(v)
	}
	return err
}

// ParseEventKind parses an event kind from its stable English code.
func ParseEventKind(text string) (EventKind, error) {
	v, err := enumParse(eventKindText[:], text, "EventKind")
	return EventKind(v), err
}

// Hash is a SHA-256 digest that links an event to the one before it. Its
// text form is 64 lowercase hex digits; the zero Hash (all zeros) is the
// Prev of a matter's first event.
type Hash [32]byte

// IsZero reports whether h is all zeros.
func (h Hash) IsZero() bool { return h == Hash{} }

// String returns h as 64 lowercase hex digits.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText implements [encoding.TextMarshaler].
func (h Hash) MarshalText() ([]byte, error) {
	b := make([]byte, hex.EncodedLen(len(h)))
	hex.Encode(b, h[:])
	return b, nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts exactly 64
// hex digits, and "" for the zero Hash.
func (h *Hash) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*h = Hash{}
		return nil
	}
	if len(text) != 2*len(h) {
		return fmt.Errorf("deliberation: hash has %d hex digits, want %d", len(text), 2*len(h))
	}
	var v Hash
	if _, err := hex.Decode(v[:], text); err != nil {
		return fmt.Errorf("deliberation: hash: %w", err)
	}
	*h = v
	return nil
}

// ParseHash parses a hash from 64 hex digits.
func ParseHash(text string) (Hash, error) {
	var h Hash
	if text == "" {
		return h, fmt.Errorf("deliberation: empty hash")
	}
	err := h.UnmarshalText([]byte(text))
	return h, err
}

// Event is a fact about a matter: what the embedder stores, in order, and
// what [Matter.Apply] folds into state. Seq numbers a matter's events from 1
// without gaps; Prev is the Hash of the event before (zero for the first);
// Hash is SHA-256 over the event's canonical encoding (every field but Hash,
// see [Event.ComputeHash]), so that any edit, deletion or reordering of a
// stored history is detected by [Verify].
//
// A store that keeps events as rows (matter, seq, kind, payload, prev_hash,
// hash) can put the event's JSON in payload and read it back with
// [ParseEvent]; Kind, Prev and Hash marshal to stable text.
type Event struct {
	Matter string    `json:"matter"`
	Seq    uint64    `json:"seq"`
	Kind   EventKind `json:"kind"`
	At     time.Time `json:"at"`
	Actor  Actor     `json:"actor"`
	Details
	Prev Hash `json:"prev"`
	Hash Hash `json:"hash"`
}

// ParseEvent decodes an event from its JSON. Unknown fields and unknown
// enumeration codes are errors. It does not check the hash: use [Verify]
// on the history, or compare [Event.ComputeHash] with Hash.
func ParseEvent(data []byte) (Event, error) {
	var e Event
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return Event{}, fmt.Errorf("deliberation: decoding event: %w", err)
	}
	if rest := data[dec.InputOffset():]; len(bytes.TrimSpace(rest)) > 0 {
		// dec.More is false before a stray '}' or ']': look at the bytes.
		return Event{}, fmt.Errorf("deliberation: decoding event: trailing data")
	}
	if !e.Kind.IsValid() {
		return Event{}, fmt.Errorf("deliberation: decoding event: missing or invalid kind")
	}
	return e, nil
}
