package governance

import (
	"fmt"
	"testing"
)

// benchCouncil returns a valid council of 6 bodies and 60 people: a Party
// committee of 7, a residents' committee of 9 (2 of them on the Party
// committee), an owners' committee of 11 (1 on the Party committee) with 6
// alternates, a property company of 11, a social organisation of 10 and a
// unit of 9. k varies the IDs, so that a district's councils differ.
func benchCouncil(k int) Council {
	id := func(s string) string { return fmt.Sprintf("c%d-%s", k, s) }
	mk := func(prefix string, n int, f func(m *Member)) []Member {
		ms := people(id(prefix), n, f)
		return ms
	}
	ocMember := func(m *Member) {
		owner(m)
		m.Nomination = NominatedBySelf
		m.ResidentSince = date("2010-01-01")
		m.Relations = []Relation{{Kin: KinSpouse, Counterparty: id("units"), Tie: "employee"}}
	}
	party := mk("party", 7, func(m *Member) { m.PartyMember = true })
	rcm := mk("rc", 9, func(m *Member) { m.BirthDate = date("1980-01-01") })
	rcm[0].ID, rcm[1].ID = party[0].ID, party[1].ID // one shoulder and cross-appointment
	ocm := mk("oc", 11, ocMember)
	ocm[0].ID = party[2].ID
	c := Council{
		ID: id("council"), Community: id("community"), ManagementArea: id("area"), Convener: id("party"),
		Seats: map[Seat][]string{
			SeatParty: {id("party")}, SeatResidentsCommittee: {id("rc")}, SeatOwners: {id("oc")},
			SeatProperty: {id("company")}, SeatSocialOrganisations: {id("social")}, SeatJurisdictionUnits: {id("units")},
		},
		Bodies: []Body{
			{ID: id("party"), Kind: KindPartyOrganisation, Chair: party[0].ID, Members: party,
				Party: &PartyOrganisation{Form: PartyCommittee, FullMembers: 120}},
			{ID: id("rc"), Kind: KindResidentsCommittee, Chair: party[0].ID, Members: rcm,
				ElectedOn: date("2021-06-01"), TermEnd: date("2026-05-31"),
				Residents: &ResidentsCommittee{Households: 2000, Subcommittees: []string{"人民调解委员会"},
					Groups: []ResidentsGroup{{Households: 40}, {Households: 45}}}},
			{ID: id("oc"), Kind: KindOwnersCommittee, Chair: ocm[0].ID, ViceChairs: []string{ocm[1].ID}, Members: ocm,
				Alternates: mk("alt", 6, ocMember), ElectedOn: date("2022-03-15"), FiledOn: date("2022-04-01"),
				PartyOrganisation: "党小组", Owners: &OwnersCommittee{AreaHouseholds: 600, Seats: 11, CandidatesReportedToParty: true}},
			{ID: id("company"), Kind: KindPropertyServiceEnterprise, Members: mk("staff", 11, nil)},
			{ID: id("social"), Kind: KindSocialOrganisation, Members: mk("vol", 10, nil)},
			{ID: id("units"), Kind: KindJurisdictionUnit, Members: mk("unit", 9, nil)},
		},
	}
	return c
}

func TestBenchCouncilIsValid(t *testing.T) {
	c := benchCouncil(0)
	n := 0
	for _, b := range c.Bodies {
		n += len(b.Members) + len(b.Alternates)
	}
	if len(c.Bodies) != 6 || n != 63 { // 60 people, 3 of them in two bodies
		t.Fatalf("benchCouncil: %d bodies, %d seats held; want 6 and 63", len(c.Bodies), n)
	}
	if rep := Validate(c, asOf); len(rep.Findings) != 0 {
		t.Errorf("Validate(benchCouncil) =\n%s", rep.Describe())
	}
}

// BenchmarkValidate validates one council of 6 bodies and 60 people, and a
// district of 4,294 councils (the number of deliberation platforms in
// Chaoyang, per the seed article) under one policy value.
func BenchmarkValidate(b *testing.B) {
	p := BeijingPolicy()
	b.Run("council", func(b *testing.B) {
		c := benchCouncil(0)
		b.ReportAllocs()
		for b.Loop() {
			p.Validate(c, asOf)
		}
	})
	b.Run("district=4294", func(b *testing.B) {
		cs := make([]Council, 4294)
		for i := range cs {
			cs[i] = benchCouncil(i)
		}
		b.ReportAllocs()
		for b.Loop() {
			for i := range cs {
				p.Validate(cs[i], asOf)
			}
		}
	})
}

// BenchmarkDecodeCouncil decodes the Songliu council from JSON.
func BenchmarkDecodeCouncil(b *testing.B) {
	_, data := readScenario(b, "testdata/councils/songliu.txt")
	b.ReportAllocs()
	for b.Loop() {
		DecodeCouncil(data)
	}
}
