package governance

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// asOf is the default validation date of the tests: the Songliu council of
// testdata/councils/songliu.txt is valid then.
var asOf = date("2023-06-30")

// date parses a YYYY-MM-DD date in UTC; it panics on a typo in a test.
func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// readScenario reads a testdata file: leading "#" lines are the header,
// the rest is the JSON input.
func readScenario(t testing.TB, path string) (header map[string]string, data []byte) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	header = map[string]string{}
	var body []string
	for _, l := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(l, "#"); ok {
			if k, v, ok := strings.Cut(strings.TrimSpace(rest), ":"); ok && !strings.Contains(k, " ") {
				header[k] = strings.TrimSpace(v)
			}
			continue
		}
		body = append(body, l)
	}
	return header, []byte(strings.Join(body, "\n"))
}

// songliu returns the valid Songliu council of the testdata, decoded
// afresh so that each test may change it.
func songliu(t testing.TB) Council {
	t.Helper()
	_, data := readScenario(t, filepath.Join("testdata", "councils", "songliu.txt"))
	c, rep := DecodeCouncil(data)
	if len(rep.Findings) != 0 {
		t.Fatalf("DecodeCouncil(songliu) reported:\n%s", rep.Describe())
	}
	return c
}

// bodyOf returns the body with the given ID; it panics if there is none.
func bodyOf(c *Council, id string) *Body {
	for i := range c.Bodies {
		if c.Bodies[i].ID == id {
			return &c.Bodies[i]
		}
	}
	panic(fmt.Sprintf("no body %q", id))
}

// people returns n members with IDs prefix-1 … prefix-n, each made by mk.
func people(prefix string, n int, mk func(m *Member)) []Member {
	ms := make([]Member, n)
	for i := range ms {
		ms[i].ID = fmt.Sprintf("%s-%d", prefix, i+1)
		if mk != nil {
			mk(&ms[i])
		}
	}
	return ms
}

// owner makes m an eligible owner.
func owner(m *Member) { m.Owner, m.Capacity = true, CapacityFull }

// pmcBody returns a valid property management committee of 7: an RC
// representative as director, 4 owner representatives (one the deputy,
// designated by the RC), another RC representative and an occupier.
func pmcBody() Body {
	ms := []Member{
		{ID: "pmc-rc", Kind: MemberResidentsCommittee},
		{ID: "pmc-o1", Kind: MemberOwner, Owner: true},
		{ID: "pmc-o2", Kind: MemberOwner, Owner: true},
		{ID: "pmc-o3", Kind: MemberOwner, Owner: true},
		{ID: "pmc-o4", Kind: MemberOwner, Owner: true},
		{ID: "pmc-rc2", Kind: MemberResidentsCommittee},
		{ID: "pmc-occ", Kind: MemberOccupier},
	}
	return Body{
		ID: "songliu-pmc", Kind: KindPropertyManagementCommittee, Community: "songyuli", ManagementArea: "songliu",
		Chair: "pmc-rc", ViceChairs: []string{"pmc-o1"}, FormedOn: date("2022-01-10"), Members: ms,
		PMC: &PropertyManagementCommittee{Condition: ConditionAssemblyDifficulty, FormedBy: AuthoritySubdistrictOffice, DeputyDesignated: true},
	}
}

// withPMC replaces the owners' committee of the Songliu council by the
// property management committee of pmcBody, changed by mk.
func withPMC(mk func(b *Body)) func(c *Council) {
	return func(c *Council) {
		b := pmcBody()
		if mk != nil {
			mk(&b)
		}
		*bodyOf(c, "songliu-oc") = b
		c.Seats[SeatOwners] = []string{b.ID}
	}
}

// groupBody returns a valid preparatory group of 5: an RC staff leader,
// 3 owner representatives and a Party organisation representative.
func groupBody() Body {
	return Body{
		ID: "songliu-prep", Kind: KindPreparatoryGroup, Chair: "g-rc", FormedOn: date("2023-01-01"),
		Members: []Member{
			{ID: "g-rc", Kind: MemberResidentsCommittee},
			{ID: "g-o1", Kind: MemberOwner, Owner: true},
			{ID: "g-o2", Kind: MemberOwner, Owner: true},
			{ID: "g-o3", Kind: MemberOwner, Owner: true},
			{ID: "g-party", Kind: MemberPartyOrganisation},
		},
		Group: &PreparatoryGroup{FirstAssemblyOn: date("2023-02-20")},
	}
}

// checkCase is one row of a check's boundary table: the Songliu council
// changed by mutate, validated under policy at asOf, must give exactly the
// severities want for code (none when want is empty).
type checkCase struct {
	name   string
	reason string
	policy func() Policy // nil: BeijingPolicy
	asOf   time.Time     // zero: the package asOf
	mutate func(c *Council)
	code   Code
	want   []Severity
}

func runChecks(t *testing.T, cases []checkCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := songliu(t)
			if tc.mutate != nil {
				tc.mutate(&c)
			}
			p := BeijingPolicy()
			if tc.policy != nil {
				p = tc.policy()
			}
			at := tc.asOf
			if at.IsZero() {
				at = asOf
			}
			rep := p.Validate(c, at)
			got := severities(rep, tc.code)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s: severities of %s (-want +got):\n%s\nreport:\n%s", tc.reason, tc.code, diff, rep.Describe())
			}
		})
	}
}

// severities returns the severities of the findings with code, in report
// order, or nil.
func severities(rep Report, code Code) []Severity {
	var s []Severity
	for _, f := range rep.Findings {
		if f.Code == code {
			s = append(s, f.Severity)
		}
	}
	return s
}

var (
	E = []Severity{SeverityError}
	W = []Severity{SeverityWarning}
	A = []Severity{SeverityAdvice}
	I = []Severity{SeverityInfo}
)
