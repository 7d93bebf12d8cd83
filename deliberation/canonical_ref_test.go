package deliberation

import (
	"crypto/sha256"
	"encoding/binary"
	"time"

	"github.com/shequ/shequ/governance"
)

// This file keeps the first, append-based canonical encoder as the
// reference the faster canonWriter is checked against (canonical_test.go):
// the bytes, and so every stored hash, must stay the same.

func refHash(e *Event) Hash { return sha256.Sum256(refCanonical(nil, e)) }

func refCanonical(b []byte, e *Event) []byte {
	b = append(b, canonicalPrefix...)
	b = refPutString(b, e.Matter)
	b = binary.AppendUvarint(b, e.Seq)
	b = append(b, byte(e.Kind))
	b = refPutTime(b, e.At)
	b = refPutActor(b, e.Actor)
	d := &e.Details
	b = refPutString(b, d.Subject)
	b = append(b, byte(d.Channel), byte(d.Scope), byte(d.Category))
	b = refPutString(b, d.Place)
	b = refPutString(b, d.Platform)
	b = refPutString(b, d.Other)
	b = refPutStrings(b, d.Raisers)
	b = refPutString(b, d.Reason)
	b = append(b, byte(d.Form), byte(d.Level))
	b = refPutStrings(b, d.Affected)
	b = refPutString(b, d.Consultation)
	b = binary.AppendUvarint(b, uint64(len(d.Attendees)))
	for _, a := range d.Attendees {
		b = refPutActor(b, a)
	}
	b = refPutString(b, d.Minutes)
	b = refPutString(b, d.Proposal)
	b = refPutString(b, d.Text)
	b = refPutString(b, d.Vote)
	b = refPutRule(b, d.Rule)
	b = append(b, byte(d.OwnersMatter))
	b = refPutStrings(b, d.Members)
	b = binary.AppendUvarint(b, uint64(len(d.Units)))
	for i := range d.Units {
		u := &d.Units[i]
		b = refPutString(b, u.ID)
		b = refPutString(b, u.Owner)
		b = refPutBool(b, u.DeveloperHeld)
		b = binary.AppendVarint(b, int64(u.RegisteredArea))
		b = binary.AppendVarint(b, int64(u.SurveyedArea))
		b = binary.AppendVarint(b, int64(u.ContractArea))
	}
	b = refPutTime(b, d.Closes)
	b = refPutString(b, d.Voter)
	b = append(b, byte(d.Choice))
	b = refPutBool(b, d.Proxy != nil)
	if d.Proxy != nil {
		b = refPutString(b, d.Proxy.Agent)
		b = refPutString(b, d.Proxy.Reference)
		b = refPutTime(b, d.Proxy.From)
		b = refPutTime(b, d.Proxy.Until)
		b = refPutString(b, d.Proxy.Principal)
	}
	b = refPutTally(b, d.Tally)
	b = append(b, byte(d.Seat))
	b = refPutString(b, d.Body)
	b = refPutStrings(b, d.Tasks)
	b = refPutTime(b, d.Due)
	b = binary.AppendVarint(b, int64(d.Percent))
	b = refPutStrings(b, d.Defects)
	b = append(b, byte(d.Rating))
	b = binary.AppendVarint(b, d.Ratings.Satisfied)
	b = binary.AppendVarint(b, d.Ratings.Basic)
	b = binary.AppendVarint(b, d.Ratings.Dissatisfied)
	b = refPutBool(b, d.Met)
	b = append(b, byte(d.To))
	b = append(b, e.Prev[:]...)
	return b
}

func refPutString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func refPutStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = refPutString(b, s)
	}
	return b
}

func refPutBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func refPutTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	return binary.AppendUvarint(b, uint64(t.Nanosecond()))
}

func refPutActor(b []byte, a Actor) []byte {
	b = refPutString(b, a.ID)
	return append(b, byte(a.Seat), byte(a.Role))
}

func refPutShare(b []byte, s governance.Share) []byte {
	b = binary.AppendVarint(b, s.Num)
	b = binary.AppendVarint(b, s.Den)
	return refPutBool(b, s.Inclusive)
}

func refPutSource(b []byte, s governance.Source) []byte {
	b = refPutString(b, s.Document)
	b = refPutString(b, s.Article)
	return append(b, byte(s.Level), byte(s.Verified))
}

func refPutThreshold(b []byte, t governance.Threshold) []byte {
	return refPutSource(refPutShare(b, t.Share), t.Source)
}

func refPutRule(b []byte, r *DecisionRule) []byte {
	if r == nil {
		return append(b, 0)
	}
	b = append(b, 1, byte(r.Kind))
	b = refPutShare(b, r.Pass)
	b = refPutShare(b, r.Quorum)
	b = refPutThreshold(b, r.Assembly.Participation)
	b = refPutThreshold(b, r.Assembly.Ordinary)
	b = refPutThreshold(b, r.Assembly.Special)
	b = append(b, byte(r.Matter))
	return refPutSource(b, r.Source)
}

func refPutCount(b []byte, c governance.Count) []byte {
	b = binary.AppendVarint(b, int64(c.Area))
	return binary.AppendVarint(b, c.Heads)
}

func refPutTally(b []byte, t *Tally) []byte {
	if t == nil {
		return append(b, 0)
	}
	b = append(b, 1, byte(t.Rule), byte(t.Outcome))
	for _, v := range [...]int64{t.Eligible, t.Agree, t.Oppose, t.Abstain,
		int64(t.TotalArea), int64(t.AgreeArea), int64(t.OpposeArea), int64(t.AbstainArea)} {
		b = binary.AppendVarint(b, v)
	}
	b = refPutBool(b, t.Tie)
	b = refPutCount(b, t.QuorumShort)
	return refPutCount(b, t.MajorityShort)
}
