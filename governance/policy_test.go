package governance

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProfilesAreValid(t *testing.T) {
	for _, p := range []Policy{BeijingPolicy(), NationalGuidancePolicy(), ShenzhenPolicy()} {
		if rep := p.Check(); len(rep.Findings) != 0 {
			t.Errorf("%s.Check() =\n%s", p.Name, rep.Describe())
		}
	}
}

func TestBeijingPolicyIsFresh(t *testing.T) {
	p := BeijingPolicy()
	p.OwnersCommittee.Nominations[0] = NominatedByDeveloper
	p.Council.Seats[0].Kinds[0] = KindSocialOrganisation
	if q := BeijingPolicy(); q.OwnersCommittee.Nominations[0] != NominatedByParty || q.Council.Seats[0].Kinds[0] != KindPartyOrganisation {
		t.Errorf("changing one BeijingPolicy() value changed the next one")
	}
}

func TestPolicyCheck(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		mutate func(p *Policy)
		want   []string // "code path"
	}{
		{"quorum 1/2", "Civil Code art. 278 fixes participation at 2/3以上",
			func(p *Policy) { p.Assembly.Participation.Share = AtLeast(1, 2) },
			[]string{"policy.relaxes_national_law assembly.participation"}},
		{"quorum more than 2/3", "strictly more than 2/3 is stricter than 2/3以上: allowed",
			func(p *Policy) { p.Assembly.Participation.Share = MoreThan(2, 3) }, nil},
		{"quorum 3/4", "stricter", func(p *Policy) { p.Assembly.Participation.Share = AtLeast(3, 4) }, nil},
		{"ordinary at least half", "以上 at 1/2 admits exactly half, which 过半数 does not: looser",
			func(p *Policy) { p.Assembly.Ordinary.Share = AtLeast(1, 2) },
			[]string{"policy.relaxes_national_law assembly.ordinary"}},
		{"special 2/3", "below the 3/4 of items (6)–(8)",
			func(p *Policy) { p.Assembly.Special.Share = AtLeast(2, 3) },
			[]string{"policy.relaxes_national_law assembly.special"}},
		{"invalid share", "a zero share is malformed where national law needs one",
			func(p *Policy) { p.Assembly.Special.Share = Share{} },
			[]string{"policy.invalid assembly.special"}},
		{"rc min 4", "RCOL art. 7: five to nine",
			func(p *Policy) { p.Residents.MinMembers.N = 4 },
			[]string{"policy.relaxes_national_law residents_committee.min_members"}},
		{"rc min 6", "stricter is allowed", func(p *Policy) { p.Residents.MinMembers.N = 6 }, nil},
		{"rc max 10", "one above the nine of RCOL art. 7", func(p *Policy) { p.Residents.MaxMembers.N = 10 },
			[]string{"policy.relaxes_national_law residents_committee.max_members"}},
		{"rc max off", "no maximum relaxes the nine", func(p *Policy) { p.Residents.MaxMembers.N = 0 },
			[]string{"policy.relaxes_national_law residents_committee.max_members"}},
		{"rc term 3 years", "Beijing's 1991 term is outdated (§2.4.2)",
			func(p *Policy) { p.Residents.Term = Period{Years: 3} },
			[]string{"policy.conflicts_national_law residents_committee.term"}},
		{"rc term 5 years and a day", "longer than the law",
			func(p *Policy) { p.Residents.Term = Period{Years: 5, Days: 1} },
			[]string{"policy.relaxes_national_law residents_committee.term"}},
		{"rc term 60 months", "the same five years", func(p *Policy) { p.Residents.Term = Period{Months: 60} }, nil},
		{"age 17", "RCOL art. 8 ¶2: 18",
			func(p *Policy) { p.Residents.MinAge.N = 17 },
			[]string{"policy.relaxes_national_law residents_committee.min_age"}},
		{"no version", "a policy says which version it is",
			func(p *Policy) { p.Version = "" }, []string{"policy.invalid version"}},
		{"bad share", "an upside-down fraction",
			func(p *Policy) { p.PMC.MinOwnerShare.Share = AtLeast(3, 2) },
			[]string{"policy.invalid property_management_committee.min_owner_share"}},
		{"negative limit", "a count below zero is malformed",
			func(p *Policy) { p.OwnersCommittee.MinMembers.N = -5 },
			[]string{"policy.invalid owners_committee.min_members"}},
		{"owners' committee of 3 anywhere", "BJ-PMR is a local regulation: another city may differ",
			func(p *Policy) { p.OwnersCommittee.MinMembers.N = 3 }, nil},
	}
	for _, tt := range tests {
		p := BeijingPolicy()
		tt.mutate(&p)
		var got []string
		for _, f := range p.Check().Findings {
			got = append(got, string(f.Code)+" "+f.Path)
			if f.Severity != SeverityError || f.Message == "" || f.MessageZH == "" {
				t.Errorf("%s: finding %v lacks severity error or a message", tt.name, f)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (%s): Check() (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestValidateReportsPolicy(t *testing.T) {
	p := BeijingPolicy()
	p.Assembly.Participation.Share = AtLeast(1, 2)
	rep := p.Validate(songliu(t), asOf)
	if len(rep.Findings) != 1 || rep.Findings[0].Path != "policy.assembly.participation" || rep.Err() == nil {
		t.Errorf("Validate under a relaxing policy =\n%s; want the one policy finding, as an error", rep.Describe())
	}
}

// TestPolicyDifference is reference §2.4.4: the same 13-member committee
// is lawful in Beijing and too large under the national guidance.
func TestPolicyDifference(t *testing.T) {
	c := songliu(t)
	ocSize(13, 576)(&c)
	bj, nat := Validate(c, asOf), NationalGuidancePolicy().Validate(c, asOf)
	if got := severities(bj, CodeOCSizeAboveMax); got != nil {
		t.Errorf("Beijing: %v for 13 members; want none", got)
	}
	if got := severities(nat, CodeOCSizeAboveMax); !cmp.Equal(got, E) {
		t.Errorf("national guidance: %v for 13 members; want an error", got)
	}
}

// TestPolicyJSON: a policy survives a JSON round trip, so that embedders
// can keep a city's profile as configuration.
func TestPolicyJSON(t *testing.T) {
	for _, p := range []Policy{BeijingPolicy(), NationalGuidancePolicy(), ShenzhenPolicy()} {
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%s: Marshal: %v", p.Name, err)
		}
		var back Policy
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("%s: Unmarshal: %v", p.Name, err)
		}
		if diff := cmp.Diff(p, back); diff != "" {
			t.Errorf("%s: JSON round trip (-want +got):\n%s", p.Name, diff)
		}
	}
}
