package capacity

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func community(id string, households, residents, workers int64) Community {
	return Community{ID: id, Workers: workers, Units: []Unit{{ID: UnitID(id + "/1"), Households: households, Residents: residents}}}
}

func TestAssess(t *testing.T) {
	type row struct {
		Oversize, Undersize bool
		Parts               int
		Required, NormHigh  int64
		Gap, RequiredAfter  int64
		Merge               []string
	}
	tests := []struct {
		name   string
		d      District
		p      Policy
		want   []row
		codes  []Code
		reason string
	}{
		{
			name:   "at the cap is not oversize",
			d:      District{Communities: []Community{community("a", 3000, 7500, 20)}},
			p:      BeijingPolicy(),
			want:   []row{{Parts: 1, Required: 20, NormHigh: 28, RequiredAfter: 20}},
			reason: "the standard adjusts communities of more than 3,000 households; ⌈3000/150⌉ = 20, ⌈3000/110⌉ = 28",
		},
		{
			name:   "one over the cap",
			d:      District{Communities: []Community{community("a", 3001, 7500, 21)}},
			p:      BeijingPolicy(),
			want:   []row{{Oversize: true, Parts: 2, Required: 21, NormHigh: 28, RequiredAfter: 21}},
			codes:  []Code{CodeOversize},
			reason: "3,001 households: two parts of 1,501 and 1,500 need ⌈1501/150⌉ = 11 and 10",
		},
		{
			name: "small community: minimum staff and merge candidates",
			d: District{
				Communities: []Community{community("small", 499, 1200, 9), community("big", 2600, 6000, 18), community("mid", 1000, 2500, 9)},
				Adjacent:    [][2]string{{"small", "big"}, {"mid", "small"}},
			},
			p: BeijingPolicy(),
			want: []row{
				{Undersize: true, Parts: 1, Required: 9, NormHigh: 9, RequiredAfter: 9, Merge: []string{"mid"}},
				{Parts: 1, Required: 18, NormHigh: 24, RequiredAfter: 18},
				{Parts: 1, Required: 9, NormHigh: 10, RequiredAfter: 9},
			},
			codes:  []Code{CodeUndersize},
			reason: "499 < 500; merging with big (3,099) would pass the cap, with mid (1,499) would not; at least 9 workers",
		},
		{
			name:   "staff below the norm",
			d:      District{Communities: []Community{community("a", 2000, 5000, 12)}},
			p:      BeijingPolicy(),
			want:   []row{{Parts: 1, Required: 14, NormHigh: 19, Gap: 2, RequiredAfter: 14}},
			codes:  []Code{CodeStaffBelowNorm},
			reason: "⌈2000/150⌉ = 14 > 12",
		},
		{
			name:   "district below 18 per 10,000 residents",
			d:      District{Communities: []Community{community("a", 2000, 20000, 14)}},
			p:      BeijingPolicy(),
			want:   []row{{Parts: 1, Required: 14, NormHigh: 19, RequiredAfter: 14}},
			codes:  []Code{CodeStaffPer10k},
			reason: "14 workers for 20,000 residents is 7 per 10,000, under 18 (advice only)",
		},
		{
			name:   "national profile: 100 to 700 households",
			d:      District{Communities: []Community{community("a", 701, 1800, 2), community("b", 99, 200, 1)}},
			p:      NationalPolicy(),
			want:   []row{{Oversize: true, Parts: 2, Required: 0, NormHigh: 0, RequiredAfter: 0}, {Undersize: true, Parts: 1}},
			codes:  []Code{CodeOversize, CodeUndersize, CodeStaffPer10k},
			reason: "Organic Law art. 6: generally 100–700 households; the law sets no staffing ratio; 3 workers for 2,000 residents is under 18 per 10,000",
		},
		{
			name:   "per-10k profile: staff by residents",
			d:      District{Communities: []Community{community("a", 2000, 10000, 18)}},
			p:      Per10kPolicy(),
			want:   []row{{Parts: 1, Required: 18, NormHigh: 18, RequiredAfter: 18}},
			reason: "⌈10,000 × 18 / 10,000⌉ = 18 workers, met exactly",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Assess(tt.d, tt.p)
			if err != nil {
				t.Fatal(err)
			}
			var got []row
			for _, c := range a.Communities {
				got = append(got, row{c.Oversize, c.Undersize, c.Parts, c.Required, c.NormHigh, c.Gap, c.RequiredAfter, c.MergeCandidates})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("communities (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
			var codes []Code
			for _, f := range a.Findings {
				codes = append(codes, f.Code)
				if f.Source == nil || f.Message == "" || f.MessageZH == "" {
					t.Errorf("finding %v lacks a source or message", f)
				}
			}
			if diff := cmp.Diff(tt.codes, codes); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

func TestAssessInvalid(t *testing.T) {
	d := District{
		Communities: []Community{community("a", 10, 10, -1), community("a", 10, 10, 1), {ID: "", Office: "zz"}},
		Adjacent:    [][2]string{{"a", "nowhere"}, {"a", "a"}},
	}
	p := BeijingPolicy()
	p.MergeBelow = 5000
	_, err := Assess(d, p)
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error = %v, want *InputError", err)
	}
	var got []string
	for _, f := range ie.Findings {
		got = append(got, string(f.Code)+"@"+f.Path)
	}
	want := []string{
		"capacity.input.neighbor_dangling@adjacent[0][1]",
		"capacity.input.edge_self_loop@adjacent[1]",
		"capacity.input.negative@communities[0].workers",
		"capacity.input.id_duplicate@communities[1].id",
		"capacity.input.id_empty@communities[2].id",
		"capacity.input.office_dangling@communities[2].office",
		"capacity.input.bad_policy@policy.merge_below",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestRequiredWorkers(t *testing.T) {
	tests := []struct {
		p                     Policy
		households, residents int64
		lo, hi                int64
		reason                string
	}{
		{BeijingPolicy(), 0, 0, 9, 9, "an empty community still needs the minimum of 9"},
		{BeijingPolicy(), 1350, 0, 9, 13, "⌈1350/150⌉ = 9, ⌈1350/110⌉ = 13"},
		{BeijingPolicy(), 1351, 0, 10, 13, "one household more needs a tenth worker"},
		{BeijingPolicy(), 4480, 0, 30, 41, "Xiaguangli-sized: 30 to 41, against 16 in the article"},
		{Per10kPolicy(), 4480, 11200, 21, 21, "⌈11,200 × 18 / 10,000⌉ = 21"},
		{NationalPolicy(), 700, 2000, 0, 0, "no staffing rule in the Organic Law"},
	}
	for _, tt := range tests {
		lo, hi := tt.p.NormWorkers(tt.households, tt.residents)
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("%s.NormWorkers(%d, %d) = %d, %d; want %d, %d (%s)", tt.p.Name, tt.households, tt.residents, lo, hi, tt.lo, tt.hi, tt.reason)
		}
	}
}

func TestPoliciesAreFresh(t *testing.T) {
	p := BeijingPolicy()
	p.MaxHouseholds = 1
	if BeijingPolicy().MaxHouseholds != 3000 {
		t.Fatal("changing a returned policy changed the default")
	}
	for _, p := range []Policy{BeijingPolicy(), NationalPolicy(), Per10kPolicy()} {
		if fs := p.Validate(); fs != nil {
			t.Errorf("%s: %v", p.Name, fs)
		}
		if p.SizeSource.Document == "" || p.Per10kSource.Document == "" {
			t.Errorf("%s: a rule without a source", p.Name)
		}
	}
}

// TestRequiredAfterSplit checks the closed form against sharing part by
// part.
func TestRequiredAfterSplit(t *testing.T) {
	for _, p := range []Policy{BeijingPolicy(), Per10kPolicy()} {
		for _, c := range []struct {
			h, r int64
			k    int
		}{{3001, 7500, 2}, {4480, 11200, 2}, {10, 3, 4}, {9001, 20003, 4}, {0, 0, 3}} {
			var want int64
			kk := int64(c.k)
			for i := range kk {
				h, r := c.h/kk, c.r/kk
				if i < c.h%kk {
					h++
				}
				if i < c.r%kk {
					r++
				}
				want += p.RequiredWorkers(h, r)
			}
			if got := requiredAfterSplit(p, c.h, c.r, c.k); got != want {
				t.Errorf("%s: requiredAfterSplit(%d, %d, %d) = %d, want %d", p.Name, c.h, c.r, c.k, got, want)
			}
		}
	}
}

// The social-organisation target (S-5) at its boundary: advice below 10,
// nothing at 10 or when the count is not recorded, an input error when it
// is negative, and no check when the policy's target is 0.
func TestAssessSocialOrgs(t *testing.T) {
	with := func(n *int64) District {
		c := community("a", 2000, 5000, 14)
		c.SocialOrganisations = n
		return District{Communities: []Community{c}}
	}
	n := func(v int64) *int64 { return &v }
	off := BeijingPolicy()
	off.SocialOrgsPerCommunity = 0
	tests := []struct {
		name   string
		d      District
		p      Policy
		want   bool
		reason string
	}{
		{"9 organisations", with(n(9)), BeijingPolicy(), true, "one below the target of 10"},
		{"10 organisations", with(n(10)), BeijingPolicy(), false, "at the target (不少于)"},
		{"11 organisations", with(n(11)), BeijingPolicy(), false, "above the target"},
		{"not recorded", with(nil), BeijingPolicy(), false, "an unknown count is not assessed"},
		{"zero recorded", with(n(0)), BeijingPolicy(), true, "a recorded zero is assessed"},
		{"national profile", with(n(3)), NationalPolicy(), true, "the target is national"},
		{"target off", with(n(0)), off, false, "a policy may turn the check off"},
	}
	for _, tt := range tests {
		a, err := Assess(tt.d, tt.p)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := false
		for _, f := range a.Findings {
			if f.Code == CodeSocialOrgs {
				got = true
				if f.Severity != Advice || f.Path != "communities[0].social_organisations" || f.Source == nil || f.MessageZH == "" {
					t.Errorf("%s: finding %+v", tt.name, f)
				}
			}
		}
		if got != tt.want {
			t.Errorf("%s: social_orgs finding = %v, want %v (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
	_, err := Assess(with(n(-1)), BeijingPolicy())
	var ie *InputError
	if !errors.As(err, &ie) || len(ie.Findings) != 1 || ie.Findings[0].Path != "communities[0].social_organisations" {
		t.Errorf("negative count: err = %v, want one input finding at communities[0].social_organisations", err)
	}
}
