package capacity

import (
	"cmp"
	"fmt"
	"slices"
)

// Assessment is the result of [Assess]: one entry per community, in input
// order, every finding, and district totals.
type Assessment struct {
	Policy      string                `json:"policy"`
	Communities []CommunityAssessment `json:"communities"`
	// Findings lists every finding of every community, then the district's,
	// sorted by path and code.
	Findings []Finding `json:"findings"`
	Totals   Totals    `json:"totals"`
}

// CommunityAssessment measures one community against the policy.
type CommunityAssessment struct {
	ID         string `json:"id"`
	Households int64  `json:"households"`
	Residents  int64  `json:"residents"`
	Workers    int64  `json:"workers"`
	// HouseholdsPerWorker is Households / Workers rounded down (0 without
	// workers).
	HouseholdsPerWorker int64 `json:"households_per_worker"`
	// Required is the policy's least staff; NormHigh the top of its range
	// (Beijing: one per 110 households); Gap = max(0, Required − Workers).
	Required int64 `json:"required"`
	NormHigh int64 `json:"norm_high"`
	Gap      int64 `json:"gap"`
	// Oversize: more than MaxHouseholds; Parts is then the number of
	// communities it should become, ⌈households / MaxHouseholds⌉.
	Oversize bool `json:"oversize"`
	Parts    int  `json:"parts"`
	// Undersize: fewer than MergeBelow; MergeCandidates lists adjacent
	// communities it could merge with without passing MaxHouseholds,
	// smallest first.
	Undersize       bool     `json:"undersize"`
	MergeCandidates []string `json:"merge_candidates,omitempty"`
	// RequiredAfter is the staff the policy requires once the community
	// is split into Parts equal parts (each part needs at least MinWorkers).
	RequiredAfter int64 `json:"required_after"`
}

// Totals sums an assessment over the district.
type Totals struct {
	Communities int   `json:"communities"`
	Households  int64 `json:"households"`
	Residents   int64 `json:"residents"`
	Workers     int64 `json:"workers"`
	// ToAdjust counts oversize communities; NewCommittees the residents'
	// committees their splits create (Σ Parts − 1); ToMerge counts
	// undersize communities.
	ToAdjust      int `json:"to_adjust"`
	NewCommittees int `json:"new_committees"`
	ToMerge       int `json:"to_merge"`
	// Required sums each community's requirement as it is; RequiredAfter
	// after the proposed splits; Gap = max(0, RequiredAfter − Workers)
	// summed per community, so one community's surplus does not hide
	// another's shortage.
	Required      int64 `json:"required"`
	RequiredAfter int64 `json:"required_after"`
	Gap           int64 `json:"gap"`
}

// Assess measures every community of d against p: oversize communities
// (capacity.community.oversize, warning) and how many parts they should
// become, undersize ones (capacity.community.undersize, info) with their
// merge candidates among adjacent communities, staffing below the norm
// (capacity.staff.below_norm, warning), and the district's workers per
// 10,000 residents (capacity.district.staff_per_10k, advice), and
// communities that record fewer community social organisations than the
// policy's target (capacity.community.social_orgs, advice). It returns an
// *InputError, and no assessment, when d or p holds invalid values.
func Assess(d District, p Policy) (Assessment, error) {
	fs := append(d.Validate(), p.Validate()...)
	if len(fs) > 0 {
		sortFindings(fs)
		return Assessment{}, &InputError{Findings: fs}
	}
	a := Assessment{Policy: p.Name, Communities: make([]CommunityAssessment, len(d.Communities))}
	index := make(map[string]int, len(d.Communities))
	for i, c := range d.Communities {
		index[c.ID] = i
	}
	neighbours := make([][]int, len(d.Communities))
	for _, pair := range d.Adjacent {
		x, y := index[pair[0]], index[pair[1]]
		neighbours[x] = append(neighbours[x], y)
		neighbours[y] = append(neighbours[y], x)
	}
	for i, c := range d.Communities {
		ca := CommunityAssessment{ID: c.ID, Households: c.Households(), Residents: c.Residents(), Workers: c.Workers, Parts: 1}
		if ca.Workers > 0 {
			ca.HouseholdsPerWorker = ca.Households / ca.Workers
		}
		ca.Required, ca.NormHigh = p.NormWorkers(ca.Households, ca.Residents)
		ca.Gap = max(0, ca.Required-ca.Workers)
		a.Communities[i] = ca
	}
	for i := range a.Communities {
		ca := &a.Communities[i]
		path := fmt.Sprintf("communities[%d]", i)
		if p.MaxHouseholds > 0 && ca.Households > p.MaxHouseholds {
			ca.Oversize = true
			ca.Parts = int(ceilDiv(ca.Households, p.MaxHouseholds))
			a.Findings = append(a.Findings, Finding{Code: CodeOversize, Severity: Warning, Path: join(path, "households"),
				Message: fmt.Sprintf("community %s has %d households, more than %d: adjust it into %d communities",
					ca.ID, ca.Households, p.MaxHouseholds, ca.Parts),
				MessageZH: fmt.Sprintf("社区 %s 有 %d 户，超过 %d 户：宜调整为 %d 个社区", ca.ID, ca.Households, p.MaxHouseholds, ca.Parts),
				Source:    ptr(p.SizeSource)})
		}
		if p.MergeBelow > 0 && ca.Households < p.MergeBelow {
			ca.Undersize = true
			cands := slices.Clone(neighbours[i])
			slices.SortFunc(cands, func(x, y int) int {
				return cmp.Or(cmp.Compare(a.Communities[x].Households, a.Communities[y].Households), cmp.Compare(x, y))
			})
			cands = slices.Compact(cands)
			for _, j := range cands {
				if p.MaxHouseholds == 0 || ca.Households+a.Communities[j].Households <= p.MaxHouseholds {
					ca.MergeCandidates = append(ca.MergeCandidates, a.Communities[j].ID)
				}
			}
			a.Findings = append(a.Findings, Finding{Code: CodeUndersize, Severity: Info, Path: join(path, "households"),
				Message: fmt.Sprintf("community %s has %d households, fewer than %d: merge candidates %v",
					ca.ID, ca.Households, p.MergeBelow, ca.MergeCandidates),
				MessageZH: fmt.Sprintf("社区 %s 仅 %d 户，少于 %d 户：可合并的相邻社区 %v", ca.ID, ca.Households, p.MergeBelow, ca.MergeCandidates),
				Source:    ptr(p.SizeSource)})
		}
		if ca.Gap > 0 {
			a.Findings = append(a.Findings, Finding{Code: CodeStaffBelowNorm, Severity: Warning, Path: join(path, "workers"),
				Message: fmt.Sprintf("community %s has %d workers for %d households; the norm requires %d to %d: %d short",
					ca.ID, ca.Workers, ca.Households, ca.Required, ca.NormHigh, ca.Gap),
				MessageZH: fmt.Sprintf("社区 %s 有社区工作者 %d 人、%d 户；标准要求 %d 至 %d 人：缺 %d 人",
					ca.ID, ca.Workers, ca.Households, ca.Required, ca.NormHigh, ca.Gap),
				Source: ptr(staffSource(p))})
		}
		if n := d.Communities[i].SocialOrganisations; n != nil && *n < p.SocialOrgsPerCommunity {
			a.Findings = append(a.Findings, Finding{Code: CodeSocialOrgs, Severity: Advice, Path: join(path, "social_organisations"),
				Message: fmt.Sprintf("community %s has %d community social organisations; the national target is at least %d per urban community on average",
					ca.ID, *n, p.SocialOrgsPerCommunity),
				MessageZH: fmt.Sprintf("社区 %s 有社区社会组织 %d 个；全国目标为城市社区平均不少于 %d 个",
					ca.ID, *n, p.SocialOrgsPerCommunity),
				Source: ptr(p.SocialOrgsSource)})
		}
		ca.RequiredAfter = requiredAfterSplit(p, ca.Households, ca.Residents, ca.Parts)
		t := &a.Totals
		t.Communities++
		t.Households += ca.Households
		t.Residents += ca.Residents
		t.Workers += ca.Workers
		t.Required += ca.Required
		t.RequiredAfter += ca.RequiredAfter
		t.Gap += max(0, ca.RequiredAfter-ca.Workers)
		if ca.Oversize {
			t.ToAdjust++
			t.NewCommittees += ca.Parts - 1
		}
		if ca.Undersize {
			t.ToMerge++
		}
	}
	t := a.Totals
	if need := mulDivCeil(t.Residents, p.WorkersPer10kResidents, 10000); need > 0 && t.Workers < need {
		a.Findings = append(a.Findings, Finding{Code: CodeStaffPer10k, Severity: Advice, Path: "district",
			Message: fmt.Sprintf("%d workers for %d residents is below the target of %d per 10,000 (%d needed)",
				t.Workers, t.Residents, p.WorkersPer10kResidents, need),
			MessageZH: fmt.Sprintf("%d 名社区工作者服务 %d 名居民，低于每万人 %d 名的目标（需 %d 名）",
				t.Workers, t.Residents, p.WorkersPer10kResidents, need),
			Source: ptr(p.Per10kSource)})
	}
	sortFindings(a.Findings)
	return a, nil
}

func staffSource(p Policy) Source {
	if p.Per10kPerCommunity {
		return p.Per10kSource
	}
	return p.StaffSource
}

// requiredAfterSplit is the staff required when households and residents
// are shared as evenly as possible among k parts: part i gets ⌊h/k⌋ + 1
// households when i < h mod k, and likewise for residents. Closed form, so
// that an absurd k cannot make it loop.
func requiredAfterSplit(p Policy, households, residents int64, k int) int64 {
	kk := int64(max(k, 1))
	q, r := households/kk, households%kk
	s, rr := residents/kk, residents%kk
	both := min(r, rr)
	hOnly := r - both
	rOnly := rr - both
	neither := kk - max(r, rr)
	return both*p.RequiredWorkers(q+1, s+1) + hOnly*p.RequiredWorkers(q+1, s) +
		rOnly*p.RequiredWorkers(q, s+1) + neither*p.RequiredWorkers(q, s)
}

func ptr[T any](v T) *T { return &v }
