package deliberation

import (
	"crypto/sha256"
	"encoding/binary"
	"time"

	"github.com/shequ/shequ/governance"
)

// canonicalPrefix starts every canonical encoding; it names the format and
// its version, so that a later format can never collide with this one.
const canonicalPrefix = "shequ/deliberation/event/v1\x00"

// ComputeHash returns the SHA-256 of e's canonical encoding: every field of
// the event except Hash, in declaration order, each integer as a varint,
// each string and list prefixed by its length, each time as its Unix
// seconds and nanoseconds (the instant, not the zone), a zero time as a
// single zero byte. Two events with the same facts have the same hash
// whatever JSON encoder stored them.
func (e Event) ComputeHash() Hash { return hashEvent(&e) }

func hashEvent(e *Event) Hash {
	var buf [1024]byte
	return sha256.Sum256(appendCanonical(buf[:0], e))
}

func appendCanonical(b []byte, e *Event) []byte {
	b = append(b, canonicalPrefix...)
	b = putString(b, e.Matter)
	b = binary.AppendUvarint(b, e.Seq)
	b = append(b, byte(e.Kind))
	b = putTime(b, e.At)
	b = putActor(b, e.Actor)
	d := &e.Details
	b = putString(b, d.Subject)
	b = append(b, byte(d.Channel), byte(d.Scope), byte(d.Category))
	b = putString(b, d.Place)
	b = putString(b, d.Platform)
	b = putString(b, d.Other)
	b = putStrings(b, d.Raisers)
	b = putString(b, d.Reason)
	b = append(b, byte(d.Form), byte(d.Level))
	b = putStrings(b, d.Affected)
	b = putString(b, d.Consultation)
	b = binary.AppendUvarint(b, uint64(len(d.Attendees)))
	for _, a := range d.Attendees {
		b = putActor(b, a)
	}
	b = putString(b, d.Minutes)
	b = putString(b, d.Proposal)
	b = putString(b, d.Text)
	b = putString(b, d.Vote)
	b = putRule(b, d.Rule)
	b = append(b, byte(d.OwnersMatter))
	b = putStrings(b, d.Members)
	b = binary.AppendUvarint(b, uint64(len(d.Units)))
	for i := range d.Units {
		u := &d.Units[i]
		b = putString(b, u.ID)
		b = putString(b, u.Owner)
		b = putBool(b, u.DeveloperHeld)
		b = binary.AppendVarint(b, int64(u.RegisteredArea))
		b = binary.AppendVarint(b, int64(u.SurveyedArea))
		b = binary.AppendVarint(b, int64(u.ContractArea))
	}
	b = putTime(b, d.Closes)
	b = putString(b, d.Voter)
	b = append(b, byte(d.Choice))
	b = putBool(b, d.Proxy != nil)
	if d.Proxy != nil {
		b = putString(b, d.Proxy.Agent)
		b = putString(b, d.Proxy.Reference)
		b = putTime(b, d.Proxy.From)
		b = putTime(b, d.Proxy.Until)
	}
	b = putTally(b, d.Tally)
	b = append(b, byte(d.Seat))
	b = putString(b, d.Body)
	b = putStrings(b, d.Tasks)
	b = putTime(b, d.Due)
	b = binary.AppendVarint(b, int64(d.Percent))
	b = putStrings(b, d.Defects)
	b = append(b, byte(d.Rating))
	b = binary.AppendVarint(b, d.Ratings.Satisfied)
	b = binary.AppendVarint(b, d.Ratings.Basic)
	b = binary.AppendVarint(b, d.Ratings.Dissatisfied)
	b = putBool(b, d.Met)
	b = append(b, byte(d.To))
	b = append(b, e.Prev[:]...)
	return b
}

func putString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func putStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = putString(b, s)
	}
	return b
}

func putBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func putTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

func putActor(b []byte, a Actor) []byte {
	b = putString(b, a.ID)
	return append(b, byte(a.Seat), byte(a.Role))
}

func putShare(b []byte, s governance.Share) []byte {
	b = binary.AppendVarint(b, s.Num)
	b = binary.AppendVarint(b, s.Den)
	return putBool(b, s.Inclusive)
}

func putSource(b []byte, s governance.Source) []byte {
	b = putString(b, s.Document)
	b = putString(b, s.Article)
	return append(b, byte(s.Level), byte(s.Verified))
}

func putThreshold(b []byte, t governance.Threshold) []byte {
	return putSource(putShare(b, t.Share), t.Source)
}

func putRule(b []byte, r *DecisionRule) []byte {
	if r == nil {
		return append(b, 0)
	}
	b = append(b, 1, byte(r.Kind))
	b = putShare(b, r.Pass)
	b = putShare(b, r.Quorum)
	b = putThreshold(b, r.Assembly.Participation)
	b = putThreshold(b, r.Assembly.Ordinary)
	b = putThreshold(b, r.Assembly.Special)
	b = append(b, byte(r.Matter))
	return putSource(b, r.Source)
}

func putCount(b []byte, c governance.Count) []byte {
	b = binary.AppendVarint(b, int64(c.Area))
	return binary.AppendVarint(b, c.Heads)
}

func putTally(b []byte, t *Tally) []byte {
	if t == nil {
		return append(b, 0)
	}
	b = append(b, 1, byte(t.Rule), byte(t.Outcome))
	for _, v := range [...]int64{t.Eligible, t.Agree, t.Oppose, t.Abstain,
		int64(t.TotalArea), int64(t.AgreeArea), int64(t.OpposeArea), int64(t.AbstainArea)} {
		b = binary.AppendVarint(b, v)
	}
	b = putBool(b, t.Tie)
	b = putCount(b, t.QuorumShort)
	return putCount(b, t.MajorityShort)
}
