package governance

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// genCouncil draws a council from small pools of body and person IDs, so
// that duplicates, dangling references, overlaps between bodies, invalid
// enumerations, detail mismatches and negative counts all occur.
func genCouncil(t *rapid.T) Council {
	bodyIDs := []string{"b0", "b1", "b2", "b3", "b4", "b5", ""}
	personIDs := []string{"p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", ""}
	day := func(label string) time.Time {
		k := rapid.IntRange(-1, 60).Draw(t, label)
		if k < 0 {
			return time.Time{}
		}
		return date("2019-01-01").AddDate(0, 0, 37*k)
	}
	member := func(label string) Member {
		m := Member{
			ID:                      rapid.SampledFrom(personIDs).Draw(t, label+".id"),
			Kind:                    MemberKind(rapid.IntRange(0, 9).Draw(t, label+".kind")),
			Owner:                   rapid.Bool().Draw(t, label+".owner"),
			OwnerDelegate:           rapid.Bool().Draw(t, label+".delegate"),
			PartyMember:             rapid.Bool().Draw(t, label+".party"),
			Employer:                rapid.SampledFrom(bodyIDs).Draw(t, label+".employer"),
			Capacity:                LegalCapacity(rapid.IntRange(0, 4).Draw(t, label+".capacity")),
			BirthDate:               day(label + ".birth"),
			ResidentSince:           day(label + ".since"),
			Ethnicity:               rapid.SampledFrom([]string{"", "汉", "回"}).Draw(t, label+".ethnicity"),
			PoliticalRightsDeprived: rapid.Bool().Draw(t, label+".deprived"),
			DishonestDebtor:         rapid.Bool().Draw(t, label+".debtor"),
			ProhibitedUses:          rapid.SliceOfN(rapid.IntRange(-1, 15), 0, 2).Draw(t, label+".uses"),
			UnpaidFees:              rapid.Bool().Draw(t, label+".unpaid"),
			Nomination:              NominationSource(rapid.IntRange(0, 7).Draw(t, label+".nomination")),
		}
		for k := range rapid.IntRange(0, 2).Draw(t, label+".relations") {
			m.Relations = append(m.Relations, Relation{
				Kin:          Kin(rapid.IntRange(0, 5).Draw(t, fmt.Sprintf("%s.rel%d.kin", label, k))),
				Counterparty: rapid.SampledFrom(bodyIDs).Draw(t, fmt.Sprintf("%s.rel%d.to", label, k)),
			})
		}
		return m
	}
	c := Council{ID: "c", Community: "songyuli", ManagementArea: "songliu",
		Convener: rapid.SampledFrom(append(bodyIDs, "p0")).Draw(t, "convener"),
		Seats:    map[Seat][]string{}}
	if rapid.Bool().Draw(t, "multiethnic") {
		c.EthnicMinorities = []string{"回"}
	}
	for _, s := range Seats() {
		c.Seats[s] = rapid.SliceOfN(rapid.SampledFrom(append(bodyIDs, "p1", "ghost")), 0, 2).Draw(t, "seat."+s.String())
	}
	for i := range rapid.IntRange(0, 8).Draw(t, "bodies") {
		l := fmt.Sprintf("body%d", i)
		b := Body{
			ID:             rapid.SampledFrom(bodyIDs).Draw(t, l+".id"),
			Kind:           BodyKind(rapid.IntRange(0, 12).Draw(t, l+".kind")),
			Community:      rapid.SampledFrom([]string{"", "songyuli", "jinsong"}).Draw(t, l+".community"),
			ManagementArea: rapid.SampledFrom([]string{"", "songliu", "songwu"}).Draw(t, l+".area"),
			Chair:          rapid.SampledFrom(personIDs).Draw(t, l+".chair"),
			ViceChairs:     rapid.SliceOfN(rapid.SampledFrom(personIDs), 0, 2).Draw(t, l+".vice"),
			PartyMembers:   rapid.IntRange(-1, 5).Draw(t, l+".partymembers"),
			FormedOn:       day(l + ".formed"), ElectedOn: day(l + ".elected"), FiledOn: day(l + ".filed"),
			TermEnd: day(l + ".end"), DissolvedOn: day(l + ".dissolved"),
		}
		for j := range rapid.IntRange(0, 12).Draw(t, l+".members") {
			b.Members = append(b.Members, member(fmt.Sprintf("%s.m%d", l, j)))
		}
		for j := range rapid.IntRange(0, 3).Draw(t, l+".alternates") {
			b.Alternates = append(b.Alternates, member(fmt.Sprintf("%s.a%d", l, j)))
		}
		if rapid.Bool().Draw(t, l+".owners") {
			b.Owners = &OwnersCommittee{AreaHouseholds: rapid.IntRange(-1, 700).Draw(t, l+".households"),
				Seats: rapid.IntRange(-1, 13).Draw(t, l+".seats"), CandidatesReportedToParty: rapid.Bool().Draw(t, l+".reported"),
				RenewalReportedOn: day(l + ".renewal")}
		}
		if rapid.Bool().Draw(t, l+".pmc") {
			b.PMC = &PropertyManagementCommittee{Condition: FormationCondition(rapid.IntRange(0, 4).Draw(t, l+".condition")),
				FormedBy: Authority(rapid.IntRange(0, 7).Draw(t, l+".formedby")), DeputyDesignated: rapid.Bool().Draw(t, l+".designated")}
		}
		if rapid.Bool().Draw(t, l+".group") {
			b.Group = &PreparatoryGroup{FirstAssemblyOn: day(l + ".first")}
		}
		if rapid.Bool().Draw(t, l+".rc") {
			r := &ResidentsCommittee{Households: rapid.IntRange(-1, 4000).Draw(t, l+".rchouseholds")}
			for k := range rapid.IntRange(0, 3).Draw(t, l+".groups") {
				r.Groups = append(r.Groups, ResidentsGroup{Households: rapid.IntRange(-1, 80).Draw(t, fmt.Sprintf("%s.g%d", l, k))})
			}
			if rapid.Bool().Draw(t, l+".election") {
				r.Election = &ResidentsElection{Seats: rapid.IntRange(-1, 9).Draw(t, l+".electionseats")}
				for k := range rapid.IntRange(0, 11).Draw(t, l+".candidates") {
					r.Election.Candidates = append(r.Election.Candidates, Candidate{Person: "p",
						VoterNominators: rapid.IntRange(-1, 12).Draw(t, fmt.Sprintf("%s.c%d.v", l, k))})
				}
			}
			b.Residents = r
		}
		if rapid.Bool().Draw(t, l+".party") {
			b.Party = &PartyOrganisation{Form: PartyForm(rapid.IntRange(0, 5).Draw(t, l+".form")), FullMembers: rapid.IntRange(-1, 120).Draw(t, l+".full")}
		}
		c.Bodies = append(c.Bodies, b)
	}
	return c
}

// clone returns a deep copy of c.
func clone(c Council) Council {
	d := c
	d.EthnicMinorities = slices.Clone(c.EthnicMinorities)
	if c.Seats != nil {
		d.Seats = map[Seat][]string{}
		for s, ids := range c.Seats {
			d.Seats[s] = slices.Clone(ids)
		}
	}
	d.Exceptions = slices.Clone(c.Exceptions)
	d.Bodies = slices.Clone(c.Bodies)
	for i := range d.Bodies {
		b := &d.Bodies[i]
		b.ViceChairs = slices.Clone(b.ViceChairs)
		b.Members, b.Alternates = cloneMembers(b.Members), cloneMembers(b.Alternates)
		if b.Owners != nil {
			o := *b.Owners
			b.Owners = &o
		}
		if b.PMC != nil {
			p := *b.PMC
			b.PMC = &p
		}
		if b.Group != nil {
			g := *b.Group
			b.Group = &g
		}
		if b.Party != nil {
			p := *b.Party
			b.Party = &p
		}
		if b.Residents != nil {
			r := *b.Residents
			r.Groups, r.Subcommittees = slices.Clone(r.Groups), slices.Clone(r.Subcommittees)
			if r.Election != nil {
				e := *r.Election
				e.Candidates = slices.Clone(e.Candidates)
				r.Election = &e
			}
			b.Residents = &r
		}
	}
	return d
}

func cloneMembers(ms []Member) []Member {
	ms = slices.Clone(ms)
	for i := range ms {
		ms[i].Relations = slices.Clone(ms[i].Relations)
		ms[i].ProhibitedUses = slices.Clone(ms[i].ProhibitedUses)
	}
	return ms
}

// TestValidateProperties: on any council, Validate reports only well-formed
// findings in report order, gives the same report twice, and leaves its
// input unchanged.
func TestValidateProperties(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		c := genCouncil(rt)
		before := clone(c)
		at := date("2019-01-01").AddDate(0, 0, rapid.IntRange(0, 2500).Draw(rt, "asOf"))
		p := rapid.SampledFrom([]func() Policy{BeijingPolicy, NationalGuidancePolicy, ShenzhenPolicy}).Draw(rt, "policy")()
		r1 := p.Validate(c, at)
		if problem := reportProblem(r1); problem != "" {
			rt.Fatal(problem)
		}
		if diff := cmp.Diff(before, c); diff != "" {
			rt.Fatalf("Validate changed its input:\n%s", diff)
		}
		if r2 := p.Validate(c, at); !cmp.Equal(r1, r2) {
			rt.Fatalf("Validate is not deterministic")
		}
	})
}

// TestExceptionProperty: a valid approved exception for a body's
// residents' committee size turns exactly that body's size findings into
// info findings and changes nothing else; when there is nothing to turn,
// it is reported as unused.
func TestExceptionProperty(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		c := genCouncil(rt)
		n := rapid.IntRange(1, 12).Draw(rt, "rcsize")
		c.Bodies = append(c.Bodies, Body{ID: "the-rc", Kind: KindResidentsCommittee, Members: people("r", n, nil)})
		i := len(c.Bodies) - 1
		r1 := Validate(c, asOf)
		c.Exceptions = []Exception{{Code: CodeRCSizeOutOfRange, Body: "the-rc", ApprovedBy: AuthorityDistrictGovernment, Reference: "x"}}
		r2 := Validate(c, asOf)

		target := func(f Finding) bool {
			return f.Code == CodeRCSizeOutOfRange && f.Path == fmt.Sprintf("bodies[%d].members", i)
		}
		var rest1, rest2 []Finding
		turned, unused := 0, 0
		for _, f := range r1.Findings {
			if !target(f) {
				rest1 = append(rest1, f)
			}
		}
		for _, f := range r2.Findings {
			switch {
			case target(f):
				if f.Severity != SeverityInfo {
					rt.Fatalf("excepted finding has severity %v", f.Severity)
				}
				turned++
			case f.Code == CodeExceptionUnused:
				unused++
			default:
				rest2 = append(rest2, f)
			}
		}
		if diff := cmp.Diff(rest1, rest2); diff != "" {
			rt.Fatalf("the exception changed other findings:\n%s", diff)
		}
		outOfRange := n < 5 || n > 9
		if (turned == 1) != outOfRange || (unused == 1) == outOfRange {
			rt.Fatalf("size %d: %d turned, %d unused", n, turned, unused)
		}
	})
}
