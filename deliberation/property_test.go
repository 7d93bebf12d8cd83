package deliberation

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shequ/shequ/governance"
	"pgregory.net/rapid"
)

var propActors = []Actor{party, rc, pm, rep, res1, res2,
	{ID: "r3", Role: RoleResident}, {ID: "sup-1", Role: RoleSupervisor}, {ID: "st-1", Role: RoleOfficial},
	{ID: "oc-1", Seat: governance.SeatOwners, Role: RoleMember}, {ID: "o1", Role: RoleResident}, {ID: "o2", Role: RoleResident}}

var propUnits = []governance.Unit{
	{ID: "u1", Owner: "o1", RegisteredArea: 9000},
	{ID: "u2", Owner: "o2", RegisteredArea: 6000},
	{ID: "u3", Owner: "o3", SurveyedArea: 7500},
	{ID: "u4", DeveloperHeld: true, ContractArea: 8000},
}

// genCommand draws a command of any kind with fields from small pools, so
// that a useful share of random commands is accepted.
// Mostly it draws a kind the table allows in stage s, rarely one that ends
// the matter early, sometimes any kind at all.
func genCommand(t *rapid.T, m *Matter) Command {
	s := m.Stage
	if c, ok := guided(t, m); ok {
		return c
	}
	ids := func(label string, pool ...string) string { return rapid.SampledFrom(pool).Draw(t, label) }
	var kinds []CommandKind
	for _, k := range CommandKinds() {
		switch k {
		case CmdDecline, CmdWithdraw, CmdMarkDuplicate, CmdConclude:
			continue
		}
		if Allowed(s, k) {
			kinds = append(kinds, k)
		}
	}
	if len(kinds) == 0 || rapid.IntRange(0, 9).Draw(t, "any kind") == 0 {
		kinds = CommandKinds()
	}
	c := sampleCommand(rapid.SampledFrom(kinds).Draw(t, "kind"))
	if rapid.Bool().Draw(t, "other actor") {
		c.Actor = rapid.SampledFrom(propActors).Draw(t, "actor")
	}
	d := &c.Details
	switch c.Kind {
	case CmdConvene:
		d.Consultation = ids("consultation", "c1", "c2", "c3")
		d.Attendees = rapid.SliceOfNDistinct(rapid.SampledFrom(propActors), 1, 6, func(a Actor) string { return a.ID }).Draw(t, "attendees")
		if rapid.IntRange(0, 4).Draw(t, "without the property side") > 0 {
			d.Attendees = append([]Attendee{pm, {ID: "oc-9", Seat: governance.SeatOwners}}, d.Attendees...)
		}
	case CmdTableProposal:
		d.Consultation, d.Proposal = ids("consultation", "c1", "c2", "c3"), ids("proposal", "p1", "p2")
	case CmdOpenVote:
		d.Vote, d.Proposal = ids("vote", "v1", "v2"), ids("proposal", "p1", "p2")
		d.Rule = &DecisionRule{}
		d.Rule.Kind = rapid.SampledFrom([]RuleKind{RuleConsensus, RuleMajorityCast, RuleTwoThirds, RuleMajorityMembers, RuleOwners278}).Draw(t, "rule")
		if d.Rule.Kind == RuleOwners278 {
			d.Members, d.Units = nil, propUnits
			d.OwnersMatter = rapid.SampledFrom([]governance.OwnersMatter{governance.MatterUseFund, governance.MatterRebuild}).Draw(t, "owners matter")
		} else {
			d.Members = rapid.SliceOfNDistinct(rapid.SampledFrom([]string{"r1", "r2", "r3", "pm-1", "rep-1"}), 1, 5, rapid.ID[string]).Draw(t, "members")
		}
	case CmdCastBallot:
		d.Vote = ids("vote", "v1", "v2")
		d.Voter = ids("voter", "r1", "r2", "r3", "pm-1", "rep-1", "o1", "o2", "o3")
		c.Actor = Actor{ID: d.Voter, Role: RoleResident}
		d.Choice = rapid.SampledFrom([]governance.Choice{governance.Agree, governance.Oppose, governance.Abstain}).Draw(t, "choice")
		d.Form = rapid.SampledFrom([]Form{FormMeeting, FormCourtyard, FormOnline}).Draw(t, "form")
	case CmdCloseVote, CmdAdopt:
		d.Vote = ids("vote", "v1", "v2")
	case CmdRate:
		c.Actor = rapid.SampledFrom([]Actor{res1, res2, {ID: "r3", Role: RoleResident}}).Draw(t, "rater")
		d.Rating = rapid.SampledFrom([]Rating{RatingSatisfied, RatingBasic, RatingDissatisfied}).Draw(t, "rating")
	case CmdCloseEvaluation:
		d.To = rapid.SampledFrom([]Stage{0, StageHandle, StageDeliberate}).Draw(t, "to")
	}
	return c
}

// history drives random commands and returns the state built step by step
// and every accepted event.
func history(t *rapid.T) (Matter, []Event) {
	p := BeijingPolicy()
	p.ReopenLimit = rapid.IntRange(0, 2).Draw(t, "reopen limit")
	var m Matter
	var all []Event
	now := t0
	n := rapid.IntRange(1, 120).Draw(t, "commands")
	for i := 0; i < n; i++ {
		hours := rapid.IntRange(0, 24).Draw(t, "hours")
		if rapid.IntRange(0, 9).Draw(t, "long wait") == 0 {
			hours = rapid.IntRange(0, 60*24).Draw(t, "wait hours")
		}
		now = now.Add(time.Duration(hours) * time.Hour)
		c := genCommand(t, &m)
		if i == 0 {
			c = sampleCommand(CmdRaise)
		}
		seq, head := m.Seq, m.Head
		evs, err := Decide(m, c, now, p)
		if err != nil {
			if m.Seq != seq || m.Head != head {
				t.Fatalf("a refused %s changed the matter", c.Kind)
			}
			continue
		}
		for _, e := range evs {
			if err := m.Apply(e); err != nil {
				t.Fatalf("Apply(%s) after Decide(%s) accepted it: %v", e.Kind, c.Kind, err)
			}
		}
		all = append(all, evs...)
	}
	return m, all
}

// TestPropertyReplay: any accepted command sequence replays, from its
// events and from their JSON, to the same state, and verifies.
func TestPropertyReplay(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, evs := history(t)
		if err := Verify(evs); err != nil {
			t.Fatalf("Verify(accepted history) = %v", err)
		}
		got, err := Replay(evs)
		if err != nil {
			t.Fatalf("Replay = %v", err)
		}
		if diff := cmp.Diff(m, got, cmpopts.IgnoreUnexported(Vote{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("Replay differs from the state built step by step (-step +replay):\n%s", diff)
		}
		data, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		var raw []json.RawMessage
		if err := json.Unmarshal(data, &raw); err != nil {
			t.Fatal(err)
		}
		decoded := make([]Event, len(raw))
		for i, r := range raw {
			if decoded[i], err = ParseEvent(r); err != nil {
				t.Fatalf("ParseEvent(%s) = %v", r, err)
			}
		}
		if err := Verify(decoded); err != nil {
			t.Fatalf("Verify after JSON = %v", err)
		}
		again, err := Replay(decoded)
		if err != nil {
			t.Fatal(err)
		}
		if DescribeMatter(again) != DescribeMatter(m) {
			t.Fatalf("JSON replay differs:\n%s\nwant\n%s", DescribeMatter(again), DescribeMatter(m))
		}
		if len(Due(m, t0.AddDate(5, 0, 0))) > 0 && m.Stage == StageClosed {
			t.Fatalf("a closed matter has deadlines")
		}
	})
}

// TestPropertyTamper: any single edit, deletion or swap of an accepted
// history fails verification.
func TestPropertyTamper(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, evs := history(t)
		if len(evs) < 2 {
			t.Skip("history too short")
		}
		i := rapid.IntRange(0, len(evs)-1).Draw(t, "index")
		h := append([]Event(nil), evs...)
		switch op := rapid.IntRange(0, 6).Draw(t, "op"); op {
		case 0:
			h[i].At = h[i].At.Add(time.Duration(rapid.IntRange(1, 1e9).Draw(t, "ns")))
		case 1:
			h[i].Actor.ID += "x"
		case 2:
			h[i].Text += "!"
		case 3:
			h[i].Kind = EventKind(rapid.IntRange(1, int(EvReopened)).Filter(func(k int) bool { return k != int(h[i].Kind) }).Draw(t, "kind"))
		case 4:
			h = append(h[:i], h[i+1:]...)
			if i == len(h) { // deleting the last event leaves a valid shorter history
				t.Skip("truncation is not tampering a chain can detect")
			}
		case 5:
			j := rapid.IntRange(0, len(evs)-1).Filter(func(j int) bool { return j != i }).Draw(t, "other")
			h[i], h[j] = h[j], h[i]
		case 6:
			h[i].Seq += uint64(rapid.IntRange(1, 3).Draw(t, "shift"))
		}
		if err := Verify(h); err == nil {
			t.Fatalf("Verify accepted a tampered history")
		}
	})
}

// guided sometimes draws the command that moves a vote on: a ballot by a
// member of the open vote, or adopting the vote that passed.
func guided(t *rapid.T, m *Matter) (Command, bool) {
	if m.Stage != StageDeliberate || len(m.Votes) == 0 || rapid.IntRange(0, 2).Draw(t, "guided") == 0 {
		return Command{}, false
	}
	v := m.Votes[len(m.Votes)-1]
	if v.Closed {
		c := sampleCommand(CmdAdopt)
		c.Vote = v.ID
		return c, true
	}
	voters := v.Members
	if v.Rule.Kind == RuleOwners278 {
		voters = []string{"o1", "o2", "o3", "developer"}
	}
	c := sampleCommand(CmdCastBallot)
	c.Vote = v.ID
	c.Voter = rapid.SampledFrom(voters).Draw(t, "voter")
	c.Actor = Actor{ID: c.Voter, Role: RoleResident}
	c.Choice = rapid.SampledFrom([]governance.Choice{governance.Agree, governance.Agree, governance.Oppose, governance.Abstain}).Draw(t, "choice")
	c.Form = rapid.SampledFrom([]Form{FormMeeting, FormCourtyard, FormOnline}).Draw(t, "form")
	if rapid.IntRange(0, 5).Draw(t, "close") == 0 {
		c = sampleCommand(CmdCloseVote)
		c.Vote = v.ID
	}
	return c, true
}
