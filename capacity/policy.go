package capacity

import (
	"fmt"
	"math"
	"math/bits"
)

// Source names the document a rule comes from, the article when known, and
// how well it was verified. Articles that could not be verified say so
// instead of guessing a number.
type Source struct {
	Document string `json:"document"`
	Article  string `json:"article,omitempty"`
	// Verified is "yes", "partial" or "unverified", as in the reference
	// (governance-rules.md §1.7).
	Verified string `json:"verified"`
}

// String formats s as "document art. N (verified)".
func (s Source) String() string {
	if s.Article == "" {
		return fmt.Sprintf("%s (%s)", s.Document, s.Verified)
	}
	return fmt.Sprintf("%s %s (%s)", s.Document, s.Article, s.Verified)
}

// Policy holds the size and staffing standards a community is measured
// against. Every number carries its source. A zero number switches its check
// off. Obtain a policy from [BeijingPolicy], [NationalPolicy] or
// [Per10kPolicy] and change fields for another city; each function returns
// a fresh value, so a change never leaks into another caller.
type Policy struct {
	// Name identifies the profile, such as "beijing-2020".
	Name string `json:"name"`

	// TypicalHouseholds is the usual size of a community (Beijing: 2,000).
	TypicalHouseholds int64 `json:"typical_households"`
	// MaxHouseholds is the size above which a community should be adjusted
	// (Beijing: 3,000). It is also the cap of every part of a split whose
	// band comes from the policy.
	MaxHouseholds int64 `json:"max_households"`
	// MergeBelow is the size under which a community should merge with a
	// neighbour (Beijing: 500). It is also the floor of every part of a
	// split whose band comes from the policy.
	MergeBelow int64 `json:"merge_below"`
	// SizeSource is where the three size numbers come from.
	SizeSource Source `json:"size_source"`

	// HouseholdsPerWorkerMin and HouseholdsPerWorkerMax bound the households
	// one community worker serves (Beijing: 110 to 150). The requirement is
	// one worker per HouseholdsPerWorkerMax households, rounded up; the
	// minimum bound gives the top of the staffing range.
	HouseholdsPerWorkerMin int64 `json:"households_per_worker_min"`
	HouseholdsPerWorkerMax int64 `json:"households_per_worker_max"`
	// MinWorkers is the least number of workers of any community (Beijing: 9).
	MinWorkers  int64  `json:"min_workers"`
	StaffSource Source `json:"staff_source"`

	// WorkersPer10kResidents is the target number of community workers per
	// 10,000 residents (national 14th five-year plan target: 18). In
	// [Per10kPolicy] it drives the per-community requirement; in the other
	// profiles it is checked for the district as advice.
	WorkersPer10kResidents int64 `json:"workers_per_10k_residents"`
	// Per10kPerCommunity applies WorkersPer10kResidents to each community's
	// requirement, not only to the district total.
	Per10kPerCommunity bool   `json:"per_10k_per_community"`
	Per10kSource       Source `json:"per_10k_source"`

	// SocialOrgsPerCommunity is the target number of community social
	// organisations per urban community (national 2020 target: at least 10
	// on average). Communities that record fewer get advice; 0 turns the
	// check off.
	SocialOrgsPerCommunity int64  `json:"social_orgs_per_community"`
	SocialOrgsSource       Source `json:"social_orgs_source"`
}

// BeijingPolicy returns the Beijing 2020 standard: typically 2,000
// households, at most 3,000, merge below 500; one worker per 110–150
// households and at least 9 per community; the national 18-per-10,000 target
// is checked for the district as advice.
//
// Sources: 北京市社区居民委员会设立标准 (京社领办发〔2020〕7号), issued
// 2020-12-25; its figures are known from the official explainer and a
// secondary repost, so they are marked "partial" (governance-rules.md §1.7,
// S-1 and S-2). The 18 per 10,000 target implements 国办发〔2021〕56号 as
// echoed by provincial plans (S-4, partial).
func BeijingPolicy() Policy {
	return Policy{
		Name:              "beijing-2020",
		TypicalHouseholds: 2000,
		MaxHouseholds:     3000,
		MergeBelow:        500,
		SizeSource: Source{
			Document: "北京市社区居民委员会设立标准 (京社领办发〔2020〕7号)",
			Article:  "size: typically 2000 households, at most 3000, merge below 500 (article number unverified)",
			Verified: "partial",
		},
		HouseholdsPerWorkerMin: 110,
		HouseholdsPerWorkerMax: 150,
		MinWorkers:             9,
		StaffSource: Source{
			Document: "北京市社区居民委员会设立标准 (京社领办发〔2020〕7号)",
			Article:  "staffing: one worker per 110–150 households, at least 9 (article number unverified)",
			Verified: "partial",
		},
		WorkersPer10kResidents: 18,
		Per10kSource:           per10kSource(),
		SocialOrgsPerCommunity: 10,
		SocialOrgsSource:       socialOrgsSource(),
	}
}

// socialOrgsSource is governance-rules.md S-5: on average at least 10
// community social organisations per urban community (and 5 per rural
// one) by 2020, confirmed in two sources; the section of the opinion that
// sets the figure is not verified.
func socialOrgsSource() Source {
	return Source{
		Document: "民政部《关于大力培育发展社区社会组织的意见》(民发〔2017〕191号)",
		Article:  "development targets: at least 10 per urban community on average by 2020 (section unverified)",
		Verified: "yes",
	}
}

// NationalPolicy returns the legal profile of the Organic Law of Urban
// Residents' Committees: a committee is "generally" set up for 100 to 700
// households. The law sets no staffing ratio, so the staffing checks are
// off; the 18-per-10,000 target is checked for the district as advice.
//
// Source: 中华人民共和国城市居民委员会组织法 art. 6 (1989, amended 2018),
// verified in three copies (split.md §4).
func NationalPolicy() Policy {
	return Policy{
		Name:              "national-organic-law",
		TypicalHouseholds: 0,
		MaxHouseholds:     700,
		MergeBelow:        100,
		SizeSource: Source{
			Document: "中华人民共和国城市居民委员会组织法",
			Article:  "art. 6",
			Verified: "yes",
		},
		WorkersPer10kResidents: 18,
		Per10kSource:           per10kSource(),
		SocialOrgsPerCommunity: 10,
		SocialOrgsSource:       socialOrgsSource(),
	}
}

// Per10kPolicy returns the Beijing size standard with staffing measured by
// residents: each community needs 18 workers per 10,000 residents (rounded
// up), and at least 9.
//
// Sources: as [BeijingPolicy] for sizes; 《"十四五"城乡社区服务体系建设规划》
// (国办发〔2021〕56号) for the 18, seen only through provincial plans
// (partial).
func Per10kPolicy() Policy {
	p := BeijingPolicy()
	p.Name = "per-10k-residents"
	p.HouseholdsPerWorkerMin = 0
	p.HouseholdsPerWorkerMax = 0
	p.Per10kPerCommunity = true
	return p
}

func per10kSource() Source {
	return Source{
		Document: "《\"十四五\"城乡社区服务体系建设规划》 (国办发〔2021〕56号), via provincial plans",
		Article:  "indicator table (not read; unverified)",
		Verified: "partial",
	}
}

// Validate reports inconsistent policy values, such as a floor above the
// cap or negative numbers, as findings with the code
// capacity.input.bad_policy. It returns nil for a usable policy.
func (p Policy) Validate() []Finding {
	var fs []Finding
	bad := func(field, en, zh string) {
		fs = append(fs, Finding{Code: CodeBadPolicy, Severity: Error, Path: "policy." + field, Message: en, MessageZH: zh})
	}
	for _, f := range []struct {
		name string
		v    int64
	}{
		{"typical_households", p.TypicalHouseholds},
		{"max_households", p.MaxHouseholds},
		{"merge_below", p.MergeBelow},
		{"households_per_worker_min", p.HouseholdsPerWorkerMin},
		{"households_per_worker_max", p.HouseholdsPerWorkerMax},
		{"min_workers", p.MinWorkers},
		{"workers_per_10k_residents", p.WorkersPer10kResidents},
		{"social_orgs_per_community", p.SocialOrgsPerCommunity},
	} {
		if f.v < 0 || f.v > maxCount {
			bad(f.name, fmt.Sprintf("value %d is out of range 0..%d", f.v, maxCount),
				fmt.Sprintf("取值 %d 超出范围 0..%d", f.v, maxCount))
		}
	}
	if p.WorkersPer10kResidents > 10000 {
		bad("workers_per_10k_residents", fmt.Sprintf("%d workers per 10,000 residents is more than one each", p.WorkersPer10kResidents),
			fmt.Sprintf("每万人 %d 名社区工作者，多于居民人数", p.WorkersPer10kResidents))
	}
	if p.MaxHouseholds > 0 && p.MergeBelow > p.MaxHouseholds {
		bad("merge_below", fmt.Sprintf("merge threshold %d is above the cap %d", p.MergeBelow, p.MaxHouseholds),
			fmt.Sprintf("合并阈值 %d 高于上限 %d", p.MergeBelow, p.MaxHouseholds))
	}
	if p.HouseholdsPerWorkerMin > 0 && p.HouseholdsPerWorkerMax > 0 && p.HouseholdsPerWorkerMin > p.HouseholdsPerWorkerMax {
		bad("households_per_worker_min", "households per worker: minimum above maximum", "每名社区工作者服务户数：下限高于上限")
	}
	return fs
}

// maxCount bounds every count (households, residents, workers, weights) so
// that sums over a district and the products used for exact comparisons
// never overflow int64.
const maxCount = 1 << 40

// RequiredWorkers returns the least number of community workers the policy
// requires for a community of the given households and residents: the
// largest of MinWorkers, ⌈households / HouseholdsPerWorkerMax⌉ and, when
// Per10kPerCommunity is set, ⌈residents × WorkersPer10kResidents / 10000⌉.
// Integer arithmetic only.
func (p Policy) RequiredWorkers(households, residents int64) int64 {
	r := p.MinWorkers
	if p.HouseholdsPerWorkerMax > 0 {
		r = max(r, ceilDiv(households, p.HouseholdsPerWorkerMax))
	}
	if p.Per10kPerCommunity && p.WorkersPer10kResidents > 0 {
		r = max(r, mulDivCeil(residents, p.WorkersPer10kResidents, 10000))
	}
	return r
}

// NormWorkers returns the staffing range of the policy for a community:
// from RequiredWorkers to ⌈households / HouseholdsPerWorkerMin⌉ (the top of
// Beijing's 110–150 range), never below the first.
func (p Policy) NormWorkers(households, residents int64) (lo, hi int64) {
	lo = p.RequiredWorkers(households, residents)
	hi = lo
	if p.HouseholdsPerWorkerMin > 0 {
		hi = max(lo, ceilDiv(households, p.HouseholdsPerWorkerMin))
	}
	return lo, hi
}

// mulDivCeil returns ⌈a·b/d⌉ for non-negative a, b and positive d,
// computed in 128 bits so that district-wide products cannot overflow.
func mulDivCeil(a, b, d int64) int64 {
	if a <= 0 || b <= 0 || d <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(d) {
		return math.MaxInt64 // the quotient does not fit; cannot happen with validated inputs
	}
	q, r := bits.Div64(hi, lo, uint64(d))
	if r > 0 {
		q++
	}
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}

func ceilDiv(a, b int64) int64 {
	if b <= 0 || a <= 0 {
		return 0
	}
	return (a + b - 1) / b
}
