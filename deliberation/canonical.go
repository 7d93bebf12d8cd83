package deliberation

import (
	"crypto/sha256"
	"encoding/binary"
	"math/bits"
	"slices"
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
	var buf [canonBuf]byte
	if n := canonical(buf[:], e); n <= len(buf) {
		return sha256.Sum256(buf[:n])
	} else {
		b := make([]byte, n) // n is the exact length
		canonical(b, e)
		return sha256.Sum256(b)
	}
}

// appendCanonical appends e's canonical encoding to b.
func appendCanonical(b []byte, e *Event) []byte {
	n := canonical(nil, e) // counts the length
	k := len(b)
	b = slices.Grow(b, n)[:k+n]
	clear(b[k:])
	canonical(b[k:], e)
	return b
}

// canonBuf is the size of the stack buffer hashEvent encodes into; a
// longer event is encoded again into a heap buffer of its exact length.
const canonBuf = 1024

// canonical writes e's canonical encoding into b, which must be all zeros,
// and returns its length. Every zero field (an empty string or list, a
// zero number, byte or time, false, a nil pointer) encodes as one zero
// byte, which is skipped over instead of written. A field that does not
// fit is not written but still counted, so the length returned is exact,
// and the encoding is complete in b if and only if it is at most len(b).
//
// The helpers below take and return the position n, so that it stays in
// a register; the zero case of each is small enough to be inlined.
func canonical(b []byte, e *Event) int {
	n := 0
	if len(b) >= len(canonicalPrefix) {
		copy(b, canonicalPrefix)
	}
	n += len(canonicalPrefix)
	n = cStr(b, n, e.Matter)
	n = cUvarint(b, n, e.Seq)
	n = cByte(b, n, byte(e.Kind))
	n = cTime(b, n, e.At)
	n = cStr(b, n, e.Actor.ID)
	n = cByte(b, n, byte(e.Actor.Seat))
	n = cByte(b, n, byte(e.Actor.Role))
	d := &e.Details
	n = cStr(b, n, d.Subject)
	n = cByte(b, n, byte(d.Channel))
	n = cByte(b, n, byte(d.Scope))
	n = cByte(b, n, byte(d.Category))
	n = cStr(b, n, d.Place)
	n = cStr(b, n, d.Platform)
	n = cStr(b, n, d.Other)
	n = cStrs(b, n, d.Raisers)
	n = cStr(b, n, d.Reason)
	n = cByte(b, n, byte(d.Form))
	n = cByte(b, n, byte(d.Level))
	n = cStrs(b, n, d.Affected)
	n = cStr(b, n, d.Consultation)
	if len(d.Attendees) == 0 {
		n++
	} else {
		n = cAttendees(b, n, d.Attendees)
	}
	n = cStr(b, n, d.Minutes)
	n = cStr(b, n, d.Proposal)
	n = cStr(b, n, d.Text)
	n = cStr(b, n, d.Vote)
	if d.Rule == nil {
		n++
	} else {
		n = cRule(b, n, d.Rule)
	}
	n = cByte(b, n, byte(d.OwnersMatter))
	n = cStrs(b, n, d.Members)
	if len(d.Units) == 0 {
		n++
	} else {
		n = cUnits(b, n, d.Units)
	}
	n = cTime(b, n, d.Closes)
	n = cStr(b, n, d.Voter)
	n = cByte(b, n, byte(d.Choice))
	if d.Proxy == nil {
		n++
	} else {
		n = cProxy(b, n, d.Proxy)
	}
	if d.Tally == nil {
		n++
	} else {
		n = cTally(b, n, d.Tally)
	}
	n = cByte(b, n, byte(d.Seat))
	n = cStr(b, n, d.Body)
	n = cStrs(b, n, d.Tasks)
	n = cTime(b, n, d.Due)
	n = cVarint(b, n, int64(d.Percent))
	n = cStrs(b, n, d.Defects)
	n = cByte(b, n, byte(d.Rating))
	n = cVarint(b, n, d.Ratings.Satisfied)
	n = cVarint(b, n, d.Ratings.Basic)
	n = cVarint(b, n, d.Ratings.Dissatisfied)
	n = cBool(b, n, d.Met)
	n = cByte(b, n, byte(d.To))
	if n+len(e.Prev) <= len(b) {
		copy(b[n:], e.Prev[:])
	}
	return n + len(e.Prev)
}

func cByte(b []byte, n int, x byte) int {
	if n < len(b) {
		b[n] = x
	}
	return n + 1
}

func cBool(b []byte, n int, v bool) int {
	if v {
		return cByte(b, n, 1)
	}
	return n + 1
}

func cUvarint(b []byte, n int, x uint64) int {
	if x == 0 {
		return n + 1
	}
	return cNonZeroUvarint(b, n, x)
}

func cNonZeroUvarint(b []byte, n int, x uint64) int {
	if x < 0x80 {
		return cByte(b, n, byte(x))
	}
	k := (bits.Len64(x) + 6) / 7 // the varint's exact length
	if n+k <= len(b) {
		binary.PutUvarint(b[n:], x)
	}
	return n + k
}

func cVarint(b []byte, n int, x int64) int {
	if x == 0 {
		return n + 1
	}
	return cNonZeroVarint(b, n, x)
}

func cNonZeroVarint(b []byte, n int, x int64) int {
	ux := uint64(x) << 1 // zigzag, as binary.AppendVarint
	if x < 0 {
		ux = ^ux
	}
	return cNonZeroUvarint(b, n, ux)
}

func cStr(b []byte, n int, s string) int {
	if len(s) == 0 {
		return n + 1
	}
	return cNonEmpty(b, n, s)
}

func cNonEmpty(b []byte, n int, s string) int {
	n = cUvarint(b, n, uint64(len(s)))
	if n+len(s) <= len(b) {
		copy(b[n:], s)
	}
	return n + len(s)
}

func cStrs(b []byte, n int, ss []string) int {
	if len(ss) == 0 {
		return n + 1
	}
	return cList(b, n, ss)
}

func cList(b []byte, n int, ss []string) int {
	n = cUvarint(b, n, uint64(len(ss)))
	for _, s := range ss {
		n = cStr(b, n, s)
	}
	return n
}

func cTime(b []byte, n int, t time.Time) int {
	if t.IsZero() {
		return n + 1
	}
	return cNonZeroTime(b, n, t)
}

func cNonZeroTime(b []byte, n int, t time.Time) int {
	n = cByte(b, n, 1)
	n = cVarint(b, n, t.Unix())
	return cUvarint(b, n, uint64(t.Nanosecond()))
}

func cActor(b []byte, n int, a *Actor) int {
	n = cStr(b, n, a.ID)
	n = cByte(b, n, byte(a.Seat))
	return cByte(b, n, byte(a.Role))
}

func cAttendees(b []byte, n int, as []Attendee) int {
	n = cUvarint(b, n, uint64(len(as)))
	for i := range as {
		n = cActor(b, n, &as[i])
	}
	return n
}

func cUnits(b []byte, n int, us []governance.Unit) int {
	n = cUvarint(b, n, uint64(len(us)))
	for i := range us {
		u := &us[i]
		n = cStr(b, n, u.ID)
		n = cStr(b, n, u.Owner)
		n = cBool(b, n, u.DeveloperHeld)
		n = cVarint(b, n, int64(u.RegisteredArea))
		n = cVarint(b, n, int64(u.SurveyedArea))
		n = cVarint(b, n, int64(u.ContractArea))
	}
	return n
}

func cProxy(b []byte, n int, p *Proxy) int {
	n = cByte(b, n, 1)
	n = cStr(b, n, p.Agent)
	n = cStr(b, n, p.Reference)
	n = cTime(b, n, p.From)
	n = cTime(b, n, p.Until)
	return cStr(b, n, p.Principal)
}

func cShare(b []byte, n int, s governance.Share) int {
	n = cVarint(b, n, s.Num)
	n = cVarint(b, n, s.Den)
	return cBool(b, n, s.Inclusive)
}

func cSource(b []byte, n int, s *governance.Source) int {
	n = cStr(b, n, s.Document)
	n = cStr(b, n, s.Article)
	n = cByte(b, n, byte(s.Level))
	return cByte(b, n, byte(s.Verified))
}

func cThreshold(b []byte, n int, t *governance.Threshold) int {
	return cSource(b, cShare(b, n, t.Share), &t.Source)
}

func cRule(b []byte, n int, r *DecisionRule) int {
	n = cByte(b, n, 1)
	n = cByte(b, n, byte(r.Kind))
	n = cShare(b, n, r.Pass)
	n = cShare(b, n, r.Quorum)
	n = cThreshold(b, n, &r.Assembly.Participation)
	n = cThreshold(b, n, &r.Assembly.Ordinary)
	n = cThreshold(b, n, &r.Assembly.Special)
	n = cByte(b, n, byte(r.Matter))
	return cSource(b, n, &r.Source)
}

func cCount(b []byte, n int, c governance.Count) int {
	n = cVarint(b, n, int64(c.Area))
	return cVarint(b, n, c.Heads)
}

func cTally(b []byte, n int, t *Tally) int {
	n = cByte(b, n, 1)
	n = cByte(b, n, byte(t.Rule))
	n = cByte(b, n, byte(t.Outcome))
	for _, v := range [...]int64{t.Eligible, t.Agree, t.Oppose, t.Abstain,
		int64(t.TotalArea), int64(t.AgreeArea), int64(t.OpposeArea), int64(t.AbstainArea)} {
		n = cVarint(b, n, v)
	}
	n = cBool(b, n, t.Tie)
	n = cCount(b, n, t.QuorumShort)
	return cCount(b, n, t.MajorityShort)
}
