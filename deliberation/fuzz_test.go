package deliberation

import (
	"encoding/json"
	"testing"
)

// FuzzParseEvent decodes arbitrary bytes as an event. Decoding must never
// panic; a decoded event must re-encode to JSON that decodes to the same
// hash, and applying it to any matter must either fail cleanly or leave a
// matter that describes itself.
func FuzzParseEvent(f *testing.F) {
	_, evs := run(f, BeijingPolicy(), lifecycle())
	for _, e := range evs {
		data, err := json.Marshal(e)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"kind":"raised","seq":1,"matter":"x"}`))                           // a minimal first event
	f.Add([]byte(`{"kind":"ballot_cast","seq":2,"vote":"nope"}`))                     // a ballot on no vote
	f.Add([]byte(`{"kind":"reopened","to":"closed"}`))                                // a reopening to nowhere
	f.Add([]byte(`{"kind":"vote_opened","rule":{"kind":"owners_278"},"units":[{}]}`)) // a bad electorate
	f.Add([]byte(`{"hash":"zz"}`))                                                    // a bad hash
	states := make([]Matter, 0, 7)
	for _, s := range append([]Stage{0}, Stages()...) {
		m, _ := inStage(f, s)
		states = append(states, m)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := ParseEvent(data)
		if err != nil {
			return
		}
		again, err := json.Marshal(e)
		if err != nil {
			t.Fatalf("Marshal(ParseEvent(%q)) = %v", data, err)
		}
		e2, err := ParseEvent(again)
		if err != nil {
			t.Fatalf("ParseEvent(Marshal(e)) = %v for %s", err, again)
		}
		if e.ComputeHash() != e2.ComputeHash() {
			t.Fatalf("the hash changed in a JSON round trip: %s", again)
		}
		for _, m := range states {
			m = m.Clone()
			e.Seq, e.Prev, e.Matter = m.Seq+1, m.Head, matter
			if err := m.Apply(e); err == nil {
				_ = DescribeMatter(m)
				_ = Due(m, t0)
			}
		}
		_ = Describe(e)
		_, _ = Replay([]Event{e})
		_ = Verify([]Event{e})
	})
}

// FuzzDecideCommand decodes arbitrary bytes as a command and decides it on
// a matter in every stage. Deciding must never panic; a refusal must list
// at least one problem with a code and messages; accepted events must
// apply and verify.
func FuzzDecideCommand(f *testing.F) {
	for _, k := range CommandKinds() {
		data, err := json.Marshal(sampleCommand(k))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint16(10))
	}
	f.Add([]byte(`{"kind":"open_vote","matter":"m1","actor":{"id":"rc-1","seat":"residents_committee"},"vote":"v","proposal":"p1","rule":{"kind":"owners_278"},"owners_matter":"rebuild","units":[{"id":"a","owner":"o","registered_area":-5}]}`), uint16(3))
	f.Add([]byte(`{"kind":"cast_ballot","matter":"m1","actor":{"id":"x"},"vote":"v1","voter":"r1","choice":"agree","form":"online","proxy":{"agent":"x","reference":"r","from":"2025-01-01T00:00:00Z","until":"2026-01-01T00:00:00Z"}}`), uint16(2))
	states := make([]Matter, 0, 7)
	for _, s := range append([]Stage{0}, Stages()...) {
		m, _ := inStage(f, s)
		states = append(states, m)
	}
	p := BeijingPolicy()
	f.Fuzz(func(t *testing.T, data []byte, days uint16) {
		c, err := ParseCommand(data)
		if err != nil {
			return
		}
		for _, m := range states {
			evs, err := Decide(m, c, day(int(days%400)), p)
			if err != nil {
				r, ok := err.(*RefusedError)
				if !ok || len(r.Problems) == 0 {
					t.Fatalf("Decide(%s) = %v, want a *RefusedError with problems", c.Kind, err)
				}
				for _, pr := range r.Problems {
					if pr.Code == "" || pr.Message == "" || pr.MessageZH == "" {
						t.Fatalf("problem without code or message: %+v", pr)
					}
				}
				continue
			}
			next := m.Clone()
			for _, e := range evs {
				if err := next.Apply(e); err != nil {
					t.Fatalf("Apply(%s) after Decide accepted it: %v", e.Kind, err)
				}
			}
		}
	})
}

// FuzzText checks that every enumeration parses only what it prints and
// round-trips through its text form, and that dates and hashes do too.
func FuzzText(f *testing.F) {
	for _, s := range []string{"collect", "resolved", "hotline_12345", "district", "accessibility", "courtyard",
		"supervisor", "basically_satisfied", "owners_278", "cast_ballot", "ballot_cast", "2025-04-27", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, err error, marshal func() ([]byte, error)) {
			if err != nil {
				return
			}
			b, merr := marshal()
			if merr != nil || string(b) != s {
				t.Fatalf("%s: parsed %q but prints %q (%v)", name, s, b, merr)
			}
		}
		st, err := ParseStage(s)
		check("Stage", err, st.MarshalText)
		cl, err := ParseClosure(s)
		check("Closure", err, cl.MarshalText)
		ch, err := ParseChannel(s)
		check("Channel", err, ch.MarshalText)
		lv, err := ParseLevel(s)
		check("Level", err, lv.MarshalText)
		ca, err := ParseCategory(s)
		check("Category", err, ca.MarshalText)
		fo, err := ParseForm(s)
		check("Form", err, fo.MarshalText)
		ro, err := ParseRole(s)
		check("Role", err, ro.MarshalText)
		ra, err := ParseRating(s)
		check("Rating", err, ra.MarshalText)
		rk, err := ParseRuleKind(s)
		check("RuleKind", err, rk.MarshalText)
		ck, err := ParseCommandKind(s)
		check("CommandKind", err, ck.MarshalText)
		ek, err := ParseEventKind(s)
		check("EventKind", err, ek.MarshalText)
		d, err := ParseDate(s)
		check("Date", err, d.MarshalText)
		h, err := ParseHash(s)
		if err == nil {
			if b, _ := h.MarshalText(); len(b) != 64 {
				t.Fatalf("Hash %q prints %q", s, b)
			}
		}
	})
}
