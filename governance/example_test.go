package governance_test

import (
	"fmt"
	"time"

	"github.com/shequ/shequ/governance"
)

// songliu returns the coordination mechanism of the Songliu compound
// (松六小区: 4 towers, 576 households) as the seed article describes it:
// the Songyuli community Party committee convenes the residents'
// committee, the owners' committee, the property company, two community
// social organisations and a unit in the jurisdiction. Names and dates are
// illustrative.
func songliu() governance.Council {
	owner := func(id string, party bool, n governance.NominationSource) governance.Member {
		return governance.Member{ID: id, Owner: true, PartyMember: party, Capacity: governance.CapacityFull, Nomination: n}
	}
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	return governance.Council{
		ID: "songliu", Community: "songyuli", ManagementArea: "songliu", Convener: "party",
		Seats: map[governance.Seat][]string{
			governance.SeatParty:               {"party"},
			governance.SeatResidentsCommittee:  {"rc"},
			governance.SeatOwners:              {"oc"},
			governance.SeatProperty:            {"company"},
			governance.SeatSocialOrganisations: {"space-claim"},
			governance.SeatJurisdictionUnits:   {"unit"},
		},
		Bodies: []governance.Body{
			{ID: "party", Kind: governance.KindPartyOrganisation, Chair: "liu",
				Members: []governance.Member{{ID: "liu"}, {ID: "zhao"}, {ID: "sun"}},
				Party:   &governance.PartyOrganisation{Form: governance.PartyCommittee, FullMembers: 126}},
			{ID: "rc", Kind: governance.KindResidentsCommittee, Chair: "liu", ElectedOn: d("2021-06-01"),
				Members:   []governance.Member{{ID: "liu"}, {ID: "zhao"}, {ID: "qian"}, {ID: "feng"}, {ID: "chen"}},
				Residents: &governance.ResidentsCommittee{Households: 2600, Subcommittees: []string{"人民调解委员会"}}},
			{ID: "oc", Kind: governance.KindOwnersCommittee, Chair: "jiang", ElectedOn: d("2022-03-15"), FiledOn: d("2022-04-01"),
				Members: []governance.Member{
					owner("jiang", false, governance.NominatedByResidents), owner("sun", true, governance.NominatedByParty),
					owner("shen", false, governance.NominatedBySelf), owner("han", false, governance.NominatedJointly),
					owner("yang", false, governance.NominatedBySelf)},
				Owners: &governance.OwnersCommittee{AreaHouseholds: 576, CandidatesReportedToParty: true}},
			{ID: "company", Kind: governance.KindPropertyServiceEnterprise},
			{ID: "space-claim", Kind: governance.KindSocialOrganisation, Name: "空间认领志愿者队伍"},
			{ID: "unit", Kind: governance.KindJurisdictionUnit},
		},
	}
}

// The Songliu council validated under the Beijing policy: every seat is
// filled by a body of the right kind and every body meets its rules.
func ExampleValidate() {
	asOf := time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	rep := governance.Validate(songliu(), asOf)
	fmt.Print(rep.Describe())
	fmt.Println("err:", rep.Err())
	// Output:
	// no findings
	// err: <nil>
}

// A Songliu council whose Party committee has left the seat it convenes
// from: the required seat is missing, and the convener no longer sits in
// it. Each finding says what, where, in English and Chinese, and why.
func ExampleValidate_missingSeat() {
	c := songliu()
	delete(c.Seats, governance.SeatParty)
	rep := governance.Validate(c, time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC))
	for _, f := range rep.Findings {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(" ", f.MessageZH)
		fmt.Println(" ", f.Source.Article, f.Source.Level)
	}
	// Output:
	// error council.convener.not_party_org convener
	//   召集人 "party"（社区党组织）不在“社区党组织”席位中
	//   art. 3 beijing_regulation
	// error council.seat.missing seats.party_organisation
	//   “社区党组织”席位空缺
	//   art. 3 beijing_regulation
}

// The same owners' committee of 13 members is lawful in Beijing, which
// sets no maximum (BJ-PMR art. 39), and too large under the national
// guidance rules (five to eleven). The policy, not the code, differs.
func ExampleNationalGuidancePolicy() {
	c := songliu()
	oc := &c.Bodies[2]
	for i := len(oc.Members); i < 13; i++ {
		oc.Members = append(oc.Members, governance.Member{ID: fmt.Sprintf("owner-%d", i), Owner: true})
	}
	asOf := time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, p := range []governance.Policy{governance.BeijingPolicy(), governance.NationalGuidancePolicy()} {
		fmt.Printf("%s: max %d members\n", p.Version, p.OwnersCommittee.MaxMembers.N)
		for _, f := range p.Validate(c, asOf).Findings {
			fmt.Printf("  %s %s: %s\n", f.Severity, f.Code, f.Message)
		}
	}
	// Output:
	// beijing-2024.1: max 0 members
	// national-guidance-2009.1: max 11 members
	//   warning rc.households.out_of_range: committee serves 2600 households, outside the 100–700 of policy national-guidance
	//   error owners_committee.size.above_max: owners' committee has 13 members; at most 11 are allowed
}

// A policy that lowers the Civil Code's participation quorum relaxes
// national law; Check reports it, and so does every Validate under it.
func ExamplePolicy_Check() {
	p := governance.BeijingPolicy()
	p.Assembly.Participation.Share = governance.AtLeast(1, 2)
	p.Residents.Term = governance.Period{Years: 3} // Beijing's 1991 measures
	for _, f := range p.Check().Findings {
		fmt.Println(f.Code, f.Path)
	}
	// Output:
	// policy.relaxes_national_law assembly.participation
	// policy.conflicts_national_law residents_committee.term
}

// Decoding reports every bad value with its path and goes on, so that one
// pass shows everything to fix.
func ExampleDecodeCouncil() {
	_, rep := governance.DecodeCouncil([]byte(`{
		"seats": {"party_committee": ["p"]},
		"bodies": [{"id": "p", "kind": "party", "founded": "2020"}]
	}`))
	for _, f := range rep.Findings {
		fmt.Println(f.Code, f.Path)
	}
	// Output:
	// decode.field.unknown bodies[0].founded
	// decode.enum.unknown bodies[0].kind
	// decode.enum.unknown seats.party_committee
}

// A residents' committee of eleven members is outside the five to nine of
// the Organic Law; an exception approved by the district government
// (Beijing implementing measures art. 10 ¶2) turns the error into info.
func ExampleException() {
	c := songliu()
	rc := &c.Bodies[1]
	for i := len(rc.Members); i < 11; i++ {
		rc.Members = append(rc.Members, governance.Member{ID: fmt.Sprintf("rc-%d", i)})
	}
	asOf := time.Date(2023, 6, 30, 0, 0, 0, 0, time.UTC)
	before := governance.Validate(c, asOf)
	c.Exceptions = []governance.Exception{{Code: governance.CodeRCSizeOutOfRange, Body: "rc",
		ApprovedBy: governance.AuthorityDistrictGovernment, Reference: "朝政函〔2021〕12号"}}
	after := governance.Validate(c, asOf)
	fmt.Println(before.Findings[0].Severity, before.Findings[0].Code)
	fmt.Println(after.Findings[0].Severity, after.Findings[0].Code)
	fmt.Println(after.Findings[0].MessageZH)
	// Output:
	// error rc.size.out_of_range
	// info rc.size.out_of_range
	// 居民委员会成员11人；法定为5至9人，特殊情况须报区人民政府批准（经区人民政府批准：朝政函〔2021〕12号）
}
