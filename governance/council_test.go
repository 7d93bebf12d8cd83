package governance

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSongliuIsValid(t *testing.T) {
	c := songliu(t)
	if rep := Validate(c, asOf); len(rep.Findings) != 0 {
		t.Errorf("Validate(songliu) = \n%s; want no findings", rep.Describe())
	}
	// Reference §2.4.3: the national norm of 100–700 households per
	// residents' committee is far below Beijing practice, so the national
	// profile warns where the Beijing one does not.
	rep := NationalGuidancePolicy().Validate(c, asOf)
	if got := severities(rep, CodeRCHouseholdsOutOfRange); len(rep.Findings) != 1 || len(got) != 1 || got[0] != SeverityWarning {
		t.Errorf("NationalGuidancePolicy().Validate(songliu) =\n%s; want only the households warning", rep.Describe())
	}
}

func TestCouncilChecks(t *testing.T) {
	runChecks(t, []checkCase{
		{name: "party seat empty", reason: "the Party organisation seat is required (BJ-PMR art. 3)",
			mutate: func(c *Council) { delete(c.Seats, SeatParty) }, code: CodeSeatMissing, want: E},
		{name: "rc seat empty", reason: "the residents' committee seat is required",
			mutate: func(c *Council) { c.Seats[SeatResidentsCommittee] = nil }, code: CodeSeatMissing, want: E},
		{name: "social seat empty", reason: "the other four seats are expected, not required: a warning",
			mutate: func(c *Council) { delete(c.Seats, SeatSocialOrganisations) }, code: CodeSeatMissing, want: W},
		{name: "owners seat empty", reason: "many compounds have neither committee yet: a warning",
			mutate: func(c *Council) { delete(c.Seats, SeatOwners) }, code: CodeSeatMissing, want: W},
		{name: "party dissolved the day before", reason: "a body dissolved before asOf fills no seat",
			mutate: func(c *Council) { bodyOf(c, "songyuli-party").DissolvedOn = asOf.AddDate(0, 0, -1) }, code: CodeSeatMissing, want: E},
		{name: "party dissolved on asOf", reason: "dissolution takes effect on its date",
			mutate: func(c *Council) { bodyOf(c, "songyuli-party").DissolvedOn = asOf }, code: CodeSeatMissing, want: E},
		{name: "party dissolved the day after", reason: "still active at asOf",
			mutate: func(c *Council) { bodyOf(c, "songyuli-party").DissolvedOn = asOf.AddDate(0, 0, 1) }, code: CodeSeatMissing},
		{name: "all seats filled", reason: "the Songliu council fills all six", code: CodeSeatMissing},

		{name: "rc convenes", reason: "the Party organisation leads the mechanism (BJ-PMR art. 3)",
			mutate: func(c *Council) { c.Convener = "songyuli-rc" }, code: CodeConvenerNotParty, want: E},
		{name: "no convener", reason: "someone must convene",
			mutate: func(c *Council) { c.Convener = "" }, code: CodeConvenerNotParty, want: E},
		{name: "unknown convener", reason: "a dangling reference, not a wrong seat",
			mutate: func(c *Council) { c.Convener = "ghost" }, code: CodeSeatDangling, want: E},
		{name: "party convenes", reason: "as the source describes", code: CodeConvenerNotParty},

		{name: "company in owners seat", reason: "only an owners' committee or 物管会 may fill it",
			mutate: func(c *Council) { c.Seats[SeatOwners] = []string{"songliu-property"} }, code: CodeOwnersSeatKindInvalid, want: E},
		{name: "pmc in owners seat", reason: "a 物管会 is an owners' body (BJ-PMR art. 52)",
			mutate: withPMC(nil), code: CodeOwnersSeatKindInvalid},
		{name: "social org in property seat", reason: "the property seat holds providers or property-right units",
			mutate: func(c *Council) {
				c.Seats[SeatProperty] = append(c.Seats[SeatProperty], "songliu-brainstorm")
				c.Seats[SeatSocialOrganisations] = []string{"songliu-space-claim"}
			}, code: CodePropertySeatKindInvalid, want: E},
		{name: "property-right unit beside the company", reason: "一区多主: several providers may share the seat (C-4)",
			mutate: func(c *Council) {
				c.Bodies = append(c.Bodies, Body{ID: "unit-owner", Kind: KindPropertyRightUnit})
				c.Seats[SeatProperty] = append(c.Seats[SeatProperty], "unit-owner")
			}, code: CodePropertySeatKindInvalid},
		{name: "rc in jurisdiction seat", reason: "other seats check kinds under the generic code",
			mutate: func(c *Council) { c.Seats[SeatJurisdictionUnits] = []string{"songyuli-rc"} }, code: CodeSeatKindInvalid, want: E},
		{name: "person in jurisdiction seat", reason: "units are organisations that send representatives (RCOL art. 19)",
			mutate: func(c *Council) { c.Seats[SeatJurisdictionUnits] = []string{"unit-kong"} }, code: CodeJurisdictionUnitIsPerson, want: E},
		{name: "dangling seat", reason: "a seat names no body",
			mutate: func(c *Council) { c.Seats[SeatSocialOrganisations] = []string{"ghost"} }, code: CodeSeatDangling, want: E},
		{name: "body in two seats", reason: "one body fills one seat",
			mutate: func(c *Council) {
				c.Seats[SeatSocialOrganisations] = append(c.Seats[SeatSocialOrganisations], "panjiayuan-unit")
			}, code: CodeBodyMultipleSeats, want: E},
		{name: "duplicate body", reason: "IDs must be unique",
			mutate: func(c *Council) { c.Bodies = append(c.Bodies, Body{ID: "songyuli-rc", Kind: KindSocialOrganisation}) }, code: CodeBodyDuplicate, want: E},
		{name: "body without id", reason: "every body needs an ID",
			mutate: func(c *Council) { c.Bodies = append(c.Bodies, Body{Kind: KindSocialOrganisation}) }, code: CodeBodyIDMissing, want: E},
		{name: "body without kind", reason: "the kind decides the rules",
			mutate: func(c *Council) { bodyOf(c, "songliu-brainstorm").Kind = 0 }, code: CodeBodyKindInvalid, want: E},
		{name: "rc details on the oc", reason: "a body carries only its own kind's details",
			mutate: func(c *Council) { bodyOf(c, "songliu-oc").Residents = &ResidentsCommittee{} }, code: CodeBodyDetailsMismatch, want: E},
		{name: "group details on a renewal group", reason: "renewal groups share the preparatory group's details",
			mutate: func(c *Council) {
				g := groupBody()
				g.Kind = KindRenewalGroup
				c.Bodies = append(c.Bodies, g)
			}, code: CodeBodyDetailsMismatch},
		{name: "oc of another community", reason: "one assembly per area (BJ-PMR art. 29)",
			mutate: func(c *Council) { bodyOf(c, "songliu-oc").Community = "jinsong" }, code: CodeBodyAreaMismatch, want: E},
		{name: "oc of another area", reason: "one assembly per area (BJ-PMR art. 29)",
			mutate: func(c *Council) { bodyOf(c, "songliu-oc").ManagementArea = "songwu" }, code: CodeBodyAreaMismatch, want: E},
		{name: "same person twice", reason: "a person sits once in a body",
			mutate: func(c *Council) {
				b := bodyOf(c, "songliu-space-claim")
				b.Members = append(b.Members, Member{ID: "vol-lv"})
			}, code: CodeMemberDuplicate, want: E},
		{name: "member and alternate at once", reason: "alternates and members are one list of people",
			mutate: func(c *Council) {
				b := bodyOf(c, "songliu-oc")
				b.Alternates = append(b.Alternates, Member{ID: "sun", Owner: true})
			}, code: CodeMemberDuplicate, want: E},
		{name: "member without id", reason: "people are identified across bodies",
			mutate: func(c *Council) { bodyOf(c, "songliu-brainstorm").Members[0].ID = "" }, code: CodeMemberIDMissing, want: E},
		{name: "negative party members", reason: "counts are never negative",
			mutate: func(c *Council) { bodyOf(c, "songliu-property").PartyMembers = -1 }, code: CodeCountNegative, want: E},
		{name: "chair not a member", reason: "officers come from the members",
			mutate: func(c *Council) { bodyOf(c, "songyuli-rc").Chair = "ghost" }, code: CodeOfficerNotMember, want: E},
	})
}

func TestOwnersSeatBothActive(t *testing.T) {
	// The owners' committee of Songliu was filed on 2022-04-01; a 物管会
	// that is still active must be dissolved within 30 days (BJ-PMR art. 59).
	addPMC := func(c *Council) {
		p := pmcBody()
		c.Bodies = append(c.Bodies, p)
		c.Seats[SeatOwners] = append(c.Seats[SeatOwners], p.ID)
	}
	filed := date("2022-04-01")
	runChecks(t, []checkCase{
		{name: "day 29", reason: "inside the window: info", asOf: filed.AddDate(0, 0, 29), mutate: addPMC, code: CodeOwnersSeatBothActive, want: I},
		{name: "day 30", reason: "the 30th day is still inside (以内 includes the number)", asOf: filed.AddDate(0, 0, 30), mutate: addPMC, code: CodeOwnersSeatBothActive, want: I},
		{name: "day 31", reason: "past the window: error", asOf: filed.AddDate(0, 0, 31), mutate: addPMC, code: CodeOwnersSeatBothActive, want: E},
		{name: "committee not filed", reason: "the window has not started", mutate: func(c *Council) {
			addPMC(c)
			bodyOf(c, "songliu-oc").FiledOn = time.Time{}
		}, code: CodeOwnersSeatBothActive, want: I},
		{name: "pmc dissolved", reason: "a dissolved 物管会 does not coexist", mutate: func(c *Council) {
			addPMC(c)
			bodyOf(c, "songliu-pmc").DissolvedOn = date("2022-04-20")
		}, code: CodeOwnersSeatBothActive},
	})
}

func TestValidateDoesNotModifyInput(t *testing.T) {
	c := songliu(t)
	c.Exceptions = []Exception{{Code: CodeRCSizeOutOfRange, Body: "songyuli-rc", ApprovedBy: AuthorityDistrictGovernment, Reference: "朝政函〔2021〕1号"}}
	bodyOf(&c, "songyuli-rc").Members = append(bodyOf(&c, "songyuli-rc").Members, people("extra", 3, nil)...)
	before := songliu(t)
	before.Exceptions = c.Exceptions
	bodyOf(&before, "songyuli-rc").Members = bodyOf(&c, "songyuli-rc").Members
	r1 := Validate(c, asOf)
	r2 := Validate(c, asOf)
	if diff := cmp.Diff(before, c); diff != "" {
		t.Errorf("Validate modified its input (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(r1, r2); diff != "" {
		t.Errorf("Validate is not deterministic (-first +second):\n%s", diff)
	}
}

func TestValidateBody(t *testing.T) {
	g := groupBody()
	if rep := BeijingPolicy().ValidateBody(g, date("2023-03-01")); len(rep.Findings) != 0 {
		t.Errorf("ValidateBody(valid group) =\n%s", rep.Describe())
	}
	g.Members = append(g.Members[:3:3], g.Members[4]) // drop one owner: 2 of 4 is still half
	rep := BeijingPolicy().ValidateBody(g, date("2023-03-01"))
	want := []string{"body.members prep_group.size.even"}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Path+" "+string(f.Code))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ValidateBody(group of 4) (-want +got):\n%s", diff)
	}
}
