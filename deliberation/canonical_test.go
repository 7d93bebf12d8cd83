package deliberation

import (
	"bytes"
	"testing"
	"time"

	"github.com/shequ/shequ/governance"
	"pgregory.net/rapid"
)

// checkCanonical fails unless e's canonical encoding is the reference
// encoder's, byte for byte, whatever the buffer hashEvent starts with.
func checkCanonical(t interface {
	Helper()
	Fatalf(string, ...any)
}, e *Event) {
	t.Helper()
	want := refCanonical(nil, e)
	if got := appendCanonical(nil, e); !bytes.Equal(got, want) {
		t.Fatalf("canonical encoding of %s differs from the reference:\n got %x\nwant %x", e.Kind, got, want)
	}
	if got := appendCanonical([]byte("prefix"), e); !bytes.Equal(got[6:], want) || string(got[:6]) != "prefix" {
		t.Fatalf("appending the canonical encoding of %s to a prefix: got %x", e.Kind, got)
	}
	if got := hashEvent(e); got != refHash(e) {
		t.Fatalf("hash of %s differs from the reference", e.Kind)
	}
}

// TestCanonicalMatchesReference checks the fast encoder against the
// reference on the events of the fixture lifecycle, of the district
// benchmark (a vote of 40 members), of an owners' vote, of every sample
// command in its stage, and on an event longer than hashEvent's stack
// buffer. (The golden scenarios check the hashes through Decide too.)
func TestCanonicalMatchesReference(t *testing.T) {
	var evs []Event
	for _, h := range district(t, 2) {
		evs = append(evs, h...)
	}
	_, life := run(t, BeijingPolicy(), lifecycle())
	evs = append(evs, life...)
	ov := owners(3)
	evs = append(evs, Event{Kind: EvVoteOpened, Details: Details{Vote: "v", Rule: &ov.Rule, Units: ov.Units}})
	for _, s := range append([]Stage{0}, Stages()...) {
		m, at := inStage(t, s)
		for _, k := range CommandKinds() {
			if got, err := Decide(m, sampleCommand(k), day(at), BeijingPolicy()); err == nil {
				evs = append(evs, got...)
			}
		}
	}
	long := life[0]
	long.Subject = string(bytes.Repeat([]byte("长"), canonBuf)) // past the stack buffer
	evs = append(evs, long)
	for i := range evs {
		checkCanonical(t, &evs[i])
	}
}

// TestCanonicalMatchesReferenceProperty checks the fast encoder against the
// reference on random events: every field drawn, lengths near the stack
// buffer's size, negative and large numbers.
func TestCanonicalMatchesReferenceProperty(t *testing.T) {
	str := rapid.OneOf(rapid.Just(""), rapid.StringN(0, 8, -1), rapid.StringN(100, 300, -1))
	strs := rapid.SliceOfN(str, 0, 4)
	i64 := rapid.OneOf(rapid.Int64(), rapid.Int64Range(-200, 200), rapid.Just(int64(0)))
	tm := rapid.Custom(func(t *rapid.T) time.Time {
		if rapid.Bool().Draw(t, "zero") {
			return time.Time{}
		}
		return time.Unix(rapid.Int64Range(-1<<40, 1<<40).Draw(t, "s"), rapid.Int64Range(0, 999999999).Draw(t, "ns"))
	})
	b8 := rapid.Uint8()
	share := rapid.Custom(func(t *rapid.T) governance.Share {
		return governance.Share{Num: i64.Draw(t, "num"), Den: i64.Draw(t, "den"), Inclusive: rapid.Bool().Draw(t, "incl")}
	})
	src := rapid.Custom(func(t *rapid.T) governance.Source {
		return governance.Source{Document: str.Draw(t, "doc"), Article: str.Draw(t, "art"),
			Level: governance.Level(b8.Draw(t, "lvl")), Verified: governance.Verification(b8.Draw(t, "ver"))}
	})
	actor := rapid.Custom(func(t *rapid.T) Actor {
		return Actor{ID: str.Draw(t, "id"), Seat: governance.Seat(b8.Draw(t, "seat")), Role: Role(b8.Draw(t, "role"))}
	})
	rapid.Check(t, func(t *rapid.T) {
		e := Event{Matter: str.Draw(t, "matter"), Seq: rapid.Uint64().Draw(t, "seq"), Kind: EventKind(b8.Draw(t, "kind")),
			At: tm.Draw(t, "at"), Actor: actor.Draw(t, "actor")}
		for i := range e.Prev {
			e.Prev[i] = b8.Draw(t, "prev")
		}
		d := &e.Details
		d.Subject, d.Place, d.Platform, d.Other = str.Draw(t, "subject"), str.Draw(t, "place"), str.Draw(t, "platform"), str.Draw(t, "other")
		d.Channel, d.Scope, d.Category = Channel(b8.Draw(t, "ch")), Level(b8.Draw(t, "scope")), Category(b8.Draw(t, "cat"))
		d.Raisers, d.Reason = strs.Draw(t, "raisers"), str.Draw(t, "reason")
		d.Form, d.Level, d.Affected = Form(b8.Draw(t, "form")), Level(b8.Draw(t, "level")), strs.Draw(t, "affected")
		d.Consultation = str.Draw(t, "consultation")
		d.Attendees = rapid.SliceOfN(actor, 0, 3).Draw(t, "attendees")
		d.Minutes, d.Proposal, d.Text, d.Vote = str.Draw(t, "minutes"), str.Draw(t, "proposal"), str.Draw(t, "text"), str.Draw(t, "vote")
		if rapid.Bool().Draw(t, "rule") {
			d.Rule = &DecisionRule{Kind: RuleKind(b8.Draw(t, "rk")), Pass: share.Draw(t, "pass"), Quorum: share.Draw(t, "quorum"),
				Assembly: governance.AssemblyRule{
					Participation: governance.Threshold{Share: share.Draw(t, "p"), Source: src.Draw(t, "ps")},
					Ordinary:      governance.Threshold{Share: share.Draw(t, "o"), Source: src.Draw(t, "os")},
					Special:       governance.Threshold{Share: share.Draw(t, "s"), Source: src.Draw(t, "ss")},
				},
				Matter: governance.OwnersMatter(b8.Draw(t, "rm")), Source: src.Draw(t, "rs")}
		}
		d.OwnersMatter, d.Members = governance.OwnersMatter(b8.Draw(t, "om")), strs.Draw(t, "members")
		for range rapid.IntRange(0, 3).Draw(t, "units") {
			d.Units = append(d.Units, governance.Unit{ID: str.Draw(t, "uid"), Owner: str.Draw(t, "owner"), DeveloperHeld: rapid.Bool().Draw(t, "dev"),
				RegisteredArea: governance.Area(i64.Draw(t, "ra")), SurveyedArea: governance.Area(i64.Draw(t, "sa")), ContractArea: governance.Area(i64.Draw(t, "ca"))})
		}
		d.Closes, d.Voter, d.Choice = tm.Draw(t, "closes"), str.Draw(t, "voter"), governance.Choice(b8.Draw(t, "choice"))
		if rapid.Bool().Draw(t, "proxy") {
			d.Proxy = &Proxy{Principal: str.Draw(t, "principal"), Agent: str.Draw(t, "agent"), Reference: str.Draw(t, "ref"), From: tm.Draw(t, "from"), Until: tm.Draw(t, "until")}
		}
		if rapid.Bool().Draw(t, "tally") {
			c := func(s string) governance.Count {
				return governance.Count{Area: governance.Area(i64.Draw(t, s+"a")), Heads: i64.Draw(t, s+"h")}
			}
			d.Tally = &Tally{Rule: RuleKind(b8.Draw(t, "tr")), Outcome: governance.Outcome(b8.Draw(t, "to")),
				Eligible: i64.Draw(t, "el"), Agree: i64.Draw(t, "ag"), Oppose: i64.Draw(t, "op"), Abstain: i64.Draw(t, "ab"),
				TotalArea: governance.Area(i64.Draw(t, "ta")), AgreeArea: governance.Area(i64.Draw(t, "aa")),
				OpposeArea: governance.Area(i64.Draw(t, "oa")), AbstainArea: governance.Area(i64.Draw(t, "ba")),
				Tie: rapid.Bool().Draw(t, "tie"), QuorumShort: c("q"), MajorityShort: c("m")}
		}
		d.Seat, d.Body, d.Tasks, d.Due = governance.Seat(b8.Draw(t, "seat")), str.Draw(t, "body"), strs.Draw(t, "tasks"), tm.Draw(t, "due")
		d.Percent, d.Defects, d.Rating = int(i64.Draw(t, "pct")), strs.Draw(t, "defects"), Rating(b8.Draw(t, "rating"))
		d.Ratings = RatingCount{Satisfied: i64.Draw(t, "rs"), Basic: i64.Draw(t, "rb"), Dissatisfied: i64.Draw(t, "rd")}
		d.Met, d.To = rapid.Bool().Draw(t, "met"), Stage(b8.Draw(t, "to"))
		checkCanonical(t, &e)
	})
}
