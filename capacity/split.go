package capacity

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
)

// Range is an inclusive range of households. A zero Max means no upper
// limit.
type Range struct {
	Min int64 `json:"min"`
	Max int64 `json:"max"`
}

// Ratio is the exact fraction Num/Den.
type Ratio struct {
	Num int64 `json:"num"`
	Den int64 `json:"den"`
}

// Band says how many households each part of a split may hold. The limits
// that are set all apply (their intersection). A zero Band means the
// policy's band: total/k ± DefaultDeviation, within [MergeBelow,
// MaxHouseholds]; if no plan fits that, [MergeBelow, MaxHouseholds] alone.
type Band struct {
	// Min and Max bound every part (Max zero: no bound).
	Min int64 `json:"min,omitempty"`
	Max int64 `json:"max,omitempty"`
	// Deviation, when Num > 0, bounds every part to total/k ± Deviation of
	// total/k: from ⌈total·(Den−Num)/(Den·k)⌉ to ⌊total·(Den+Num)/(Den·k)⌋.
	// The redistricting benchmarks use 5/1000 (±0.5 %).
	Deviation Ratio `json:"deviation,omitzero"`
	// Parts, when set, gives one range per part, in part order; part 0 is
	// the part that keeps the office (the anchor). Its length must equal
	// the number of parts. Xiaguangli's split is Parts: {{2800, 3000},
	// {1500, 1700}}.
	Parts []Range `json:"parts,omitempty"`
}

// IsZero reports whether b sets no limit.
func (b Band) IsZero() bool {
	return b.Min == 0 && b.Max == 0 && b.Deviation.Num == 0 && len(b.Parts) == 0
}

// DefaultDeviation is the balance tolerance of a split whose band comes
// from the policy: each part within 10 % of total/k. It is a planning
// choice of this package, not a rule of any source.
func DefaultDeviation() Ratio { return Ratio{Num: 1, Den: 10} }

// SplitRequest asks for a split of a set of units into connected parts.
type SplitRequest struct {
	Units []Unit `json:"units"`
	Edges []Edge `json:"edges,omitempty"`
	// Anchor is the unit that stays with the existing committee (its
	// office); it is in part 0. Empty means no anchor.
	Anchor UnitID `json:"anchor,omitempty"`
	// Workers is the current staff, allocated to the parts.
	Workers int64 `json:"workers,omitempty"`
	// Parts is the number of parts k; zero lets the policy choose the
	// smallest k whose parts fit the cap.
	Parts int  `json:"parts,omitempty"`
	Band  Band `json:"band,omitzero"`
	// Options tune the search; the zero value is a good default.
	Options Options `json:"options,omitzero"`
}

// Options tune the split search. Every zero field means "use the default".
type Options struct {
	// Seed seeds the heuristic's random choices; the same seed gives the
	// same plan.
	Seed [2]uint64 `json:"seed,omitzero"`
	// Heuristic skips the exact search of the whole problem even on small
	// instances (for k ≥ 3, pairs of adjacent parts may still be re-solved
	// exactly); the plan is then never marked Optimal.
	Heuristic bool `json:"heuristic,omitempty"`
	// Restarts is the number of heuristic restarts, for n contracted
	// units (default 6 + 400/n for k = 2; two and a half times that, and
	// at least min(1,600, 40,000/n) above 60 units or beyond the exact
	// search's reach, when every band is at most 2 % of total/k wide; for k ≥ 3, r = min(400,
	// 6 + 20000/n + n(k−2)/40) where the exact search runs afterwards and
	// surely finishes (up to 40 units for k = 3 and 30 beyond) and
	// min(4r, 1,600, 100,000/n) elsewhere; up to four times as many, within
	// 150,000/n, while no plan in the band has been found). For k ≥ 3 the
	// restarts are shared by two independent chains (each perturbing its
	// own best plan), which varies less from seed to seed. With such
	// bands beyond the exact search's reach, the default is three times
	// as many for k = 3 and 4, and for k ≥ 5 on up to 200 units, where
	// four chains share them. Whenever a
	// restart finds a better plan and k ≥ 3, pairs of adjacent parts
	// whose union has at most ExactUnits units are re-solved exactly.
	Restarts int `json:"restarts,omitempty"`
	// Iterations is the tabu search budget per restart (default
	// min(40·n+400, 100,000) for n contracted units); a restart also ends
	// after n+50 iterations without a better plan.
	Iterations int `json:"iterations,omitempty"`
	// ExactUnits is the largest number of contracted units on which the
	// exact search runs for k = 2 (default 40, or 120 when every band is
	// at most 2 % of total/k wide; for k > 2, at most 16, or with such
	// bands 100 for k = 3, 70 for k = 4 and 30 beyond). Pairs of parts
	// are re-solved exactly up to this size too (default 40).
	ExactUnits int `json:"exact_units,omitempty"`
	// ExactNodes bounds the exact search's branch nodes, each 128 arcs
	// scanned by its bounds (flow, packing, reach) counting as one more
	// (default 5,000,000, about 6 s of CPU at worst); a search that hits
	// it proves nothing, and the heuristic's plan is returned with the
	// bounds of the branches left as its LowerBound. Strips along the
	// boundaries of large tight-band plans are re-solved with
	// ExactNodes/250 each. For k ≥ 3 the bound on every part's boundary
	// takes up to ExactNodes/10 more (before the search, or when the
	// parts are interchangeable after a search that stopped), and beyond
	// the search's reach (tight bands) ExactNodes/50, for the LowerBound.
	ExactNodes int64 `json:"exact_nodes,omitempty"`
	// BoundNodes bounds the branch nodes (counted as for ExactNodes) spent
	// on the lower bound of a plan the exact search did not prove: the
	// search is rerun with targets 1, 2, … above the best bound so far,
	// each finished run proving that no plan cuts less than its target
	// (default, when every band is at most 2 % of total/k wide,
	// ExactNodes/10 where the exact search ran and ExactNodes/50 beyond
	// its reach, else ExactNodes/20,000; none when Heuristic is set).
	BoundNodes int64 `json:"bound_nodes,omitempty"`
}

// Plan is a proposed split.
type Plan struct {
	// K is the number of parts, and Reasons explain how it was chosen.
	K       int      `json:"k"`
	Reasons []Reason `json:"reasons,omitempty"`
	Parts   []Part   `json:"parts"`
	// CutWeight is the total weight of the edges between parts (the new
	// boundary) and CutEdges their number.
	CutWeight int64 `json:"cut_weight"`
	CutEdges  int   `json:"cut_edges"`
	// HouseholdsMoved counts households outside part 0 when there is an
	// anchor: those who change committee.
	HouseholdsMoved int64 `json:"households_moved"`
	// Optimal says that the exact search finished, so no plan in the band
	// has a smaller cut. LowerBound is a proven lower bound on the cut
	// weight of any plan in the band: the cut itself when Optimal, else
	// the largest of (k−1) times the lightest edge, the bounds of the
	// branches a stopped exact search left, and the largest target the
	// ladder of Options.BoundNodes proved.
	Optimal    bool   `json:"optimal"`
	LowerBound int64  `json:"lower_bound"`
	Method     string `json:"method"`
	// Workers now, workers the policy requires over all parts, and the gap.
	Workers         int64 `json:"workers"`
	WorkersRequired int64 `json:"workers_required"`
	StaffGap        int64 `json:"staff_gap"`
}

// Reason is one step of the reasoning behind a plan's k, in English and
// Chinese.
type Reason struct {
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"`
}

// HousingShare is the number of households of one housing type.
type HousingShare struct {
	Type       HousingType `json:"type"`
	Households int64       `json:"households"`
}

// Part is one community of a plan.
type Part struct {
	Units []UnitID `json:"units"`
	// Anchor says that the part holds the office and keeps the committee.
	Anchor     bool  `json:"anchor,omitempty"`
	Households int64 `json:"households"`
	Residents  int64 `json:"residents"`
	Elderly    int64 `json:"elderly"`
	// Housing counts the part's households by housing type, in type
	// order; units without a recorded type are left out.
	Housing []HousingShare `json:"housing,omitempty"`
	// ElderlyPermille is Elderly per 1,000 residents, rounded down.
	ElderlyPermille int64 `json:"elderly_permille"`
	// Band is the range the part had to meet; Target is total/k (or the
	// middle of the part's own range) and Deviation = Households − Target.
	Band      Range `json:"band"`
	Target    int64 `json:"target"`
	Deviation int64 `json:"deviation"`
	// Workers is the share of the current staff (largest remainder,
	// proportional to households); Required is the policy's requirement;
	// Hires = max(0, Required − Workers).
	Workers  int64 `json:"workers"`
	Required int64 `json:"required"`
	Hires    int64 `json:"hires"`
}

// SplitRequest returns a request to split c: its units, edges, office as
// the anchor and workers, with the number of parts and band left to the
// policy.
func (c Community) SplitRequest() SplitRequest {
	return SplitRequest{Units: c.Units, Edges: c.Edges, Anchor: c.Office, Workers: c.Workers}
}

// PlanSplit plans the split of req's units into connected parts that never
// cut a compound, each within its household band, minimising the weight of
// the new boundary and then the households that leave the anchor's part.
//
// Invalid input returns an *InputError. A request no plan can meet returns
// an *InfeasibleError with findings: capacity.split.disconnected,
// capacity.split.compound_over_cap, capacity.split.band_infeasible,
// capacity.split.anchor_missing, capacity.split.bad_parts,
// capacity.split.no_plan (proved by the exact search) or
// capacity.split.no_plan_found (the heuristic's budget ran out).
//
// The exact search runs for k = 2 on up to Options.ExactUnits contracted
// units (and for any k on up to 16, more with a tight band; see
// Options.ExactUnits); the plan then says Optimal if it finishes. Otherwise
// a heuristic runs: random spanning tree construction and tabu search over
// boundary moves that keep every part connected, with restarts seeded by
// Options.Seed. If no restart reaches the band, the heuristic runs again
// on unit edge weights (when some weight is not 1), and then the exact
// search looks for any plan within Options.ExactNodes, which may also
// prove that there is none. The result is a pure function of req and p.
func PlanSplit(req SplitRequest, p Policy) (Plan, error) {
	var fs []Finding
	fs = append(fs, validateGraph("", req.Units, req.Edges)...)
	fs = append(fs, p.Validate()...)
	fs = append(fs, req.validateOptions()...)
	if len(fs) > 0 {
		sortFindings(fs)
		return Plan{}, &InputError{Findings: fs}
	}
	if len(req.Units) == 0 {
		return Plan{}, infeasible(Finding{Code: CodeNoUnits, Severity: Error, Path: "units",
			Message: "there are no units to split", MessageZH: "没有可拆分的单元"})
	}
	g := buildGraph(req.Units, req.Edges)
	anchor := int32(-1)
	if req.Anchor != "" {
		i := slices.IndexFunc(req.Units, func(u Unit) bool { return u.ID == req.Anchor })
		if i < 0 {
			return Plan{}, infeasible(Finding{Code: CodeAnchorMissing, Severity: Error, Path: "anchor",
				Message:   fmt.Sprintf("anchor unit %q is not among the units", req.Anchor),
				MessageZH: fmt.Sprintf("锚定单元（办公用房）%q 不在单元列表中", req.Anchor)})
		}
		for v := range g.members {
			if slices.Contains(g.members[v], i) {
				anchor = int32(v)
			}
		}
	}
	if _, nc := g.components(); nc > 1 {
		return Plan{}, infeasible(disconnected(g))
	}
	if req.Parts != 0 {
		return planK(g, req, p, anchor, req.Parts, req.Band, nil)
	}
	// Choose k from the policy.
	var reasons []Reason
	k := 1
	if p.MaxHouseholds > 0 {
		k = max(1, int(ceilDiv(g.total, p.MaxHouseholds)))
		reasons = append(reasons, Reason{
			Message:   fmt.Sprintf("%d households and a cap of %d per community: k = ⌈%d/%d⌉ = %d", g.total, p.MaxHouseholds, g.total, p.MaxHouseholds, k),
			MessageZH: fmt.Sprintf("共 %d 户，每个社区上限 %d 户：k = ⌈%d/%d⌉ = %d", g.total, p.MaxHouseholds, g.total, p.MaxHouseholds, k),
		})
	}
	var last error
	for kk := k; kk <= min(k+2, g.n); kk++ {
		bands := []Band{req.Band}
		if req.Band.IsZero() {
			bands = []Band{{Min: p.MergeBelow, Max: p.MaxHouseholds, Deviation: DefaultDeviation()}, {Min: p.MergeBelow, Max: p.MaxHouseholds}}
		}
		for _, b := range bands {
			plan, err := planK(g, req, p, anchor, kk, b, reasons)
			if err == nil {
				plan.Reasons = append(plan.Reasons, Reason{
					Message: fmt.Sprintf("k = %d, band %s: each part within the cap; staffed to the policy the parts need %d workers, there are %d: %d to hire",
						kk, describeBand(b), plan.WorkersRequired, req.Workers, plan.StaffGap),
					MessageZH: fmt.Sprintf("k = %d、户数范围 %s：各部分均不超过上限；按标准配备共需社区工作者 %d 人，现有 %d 人，需增配 %d 人",
						kk, describeBand(b), plan.WorkersRequired, req.Workers, plan.StaffGap),
				})
				return plan, nil
			}
			last = err
			reasons = append(reasons, Reason{
				Message:   fmt.Sprintf("k = %d with band %s: no plan (%v)", kk, describeBand(b), err),
				MessageZH: fmt.Sprintf("k = %d、户数范围 %s：无可行方案", kk, describeBand(b)),
			})
		}
	}
	return Plan{}, last
}

func describeBand(b Band) string {
	s := fmt.Sprintf("[%d, %d]", b.Min, b.Max)
	if b.Deviation.Num > 0 {
		s += fmt.Sprintf(" ∩ total/k ± %d/%d", b.Deviation.Num, b.Deviation.Den)
	}
	for _, r := range b.Parts {
		s += fmt.Sprintf(" [%d, %d]", r.Min, r.Max)
	}
	return s
}

func infeasible(fs ...Finding) error {
	sortFindings(fs)
	return &InfeasibleError{Findings: fs}
}

func disconnected(g *graph) Finding {
	comp, nc := g.components()
	names := make([]string, 0, nc)
	for c := int32(0); int(c) < nc && len(names) < 5; c++ {
		v := slices.Index(comp, c)
		names = append(names, g.name[v])
	}
	return Finding{Code: CodeDisconnected, Severity: Error, Path: "edges",
		Message:   fmt.Sprintf("the units form %d separate groups (first units: %v); add the missing edges", nc, names),
		MessageZH: fmt.Sprintf("单元分为 %d 个互不连通的组（首个单元：%v）；请补充缺失的相邻关系", nc, names)}
}

func (req SplitRequest) validateOptions() []Finding {
	var fs []Finding
	bad := func(path, en, zh string) {
		fs = append(fs, Finding{Code: CodeBadValue, Severity: Error, Path: path, Message: en, MessageZH: zh})
	}
	if req.Parts < 0 || req.Parts > 1<<20 {
		fs = append(fs, Finding{Code: CodeBadParts, Severity: Error, Path: "parts",
			Message: fmt.Sprintf("number of parts %d is out of range", req.Parts), MessageZH: fmt.Sprintf("拆分数 %d 超出范围", req.Parts)})
	}
	if req.Workers < 0 || req.Workers > maxCount {
		fs = append(fs, negative("workers", req.Workers))
	}
	b := req.Band
	if b.Min < 0 || b.Min > maxCount {
		fs = append(fs, negative("band.min", b.Min))
	}
	if b.Max < 0 || b.Max > maxCount {
		fs = append(fs, negative("band.max", b.Max))
	}
	if d := b.Deviation; d != (Ratio{}) && (d.Den <= 0 || d.Den > 1<<20 || d.Num < 0 || d.Num > d.Den) {
		bad("band.deviation", fmt.Sprintf("deviation %d/%d must satisfy 0 ≤ num ≤ den ≤ 2^20, den > 0", d.Num, d.Den),
			fmt.Sprintf("偏差 %d/%d 须满足 0 ≤ 分子 ≤ 分母 ≤ 2^20 且分母 > 0", d.Num, d.Den))
	}
	for i, r := range b.Parts {
		path := fmt.Sprintf("band.parts[%d]", i)
		if r.Min < 0 || r.Min > maxCount || r.Max < 0 || r.Max > maxCount {
			fs = append(fs, negative(path, min(r.Min, r.Max)))
		}
	}
	if len(b.Parts) > 0 && req.Parts != 0 && len(b.Parts) != req.Parts {
		fs = append(fs, Finding{Code: CodeBadParts, Severity: Error, Path: "band.parts",
			Message:   fmt.Sprintf("%d part ranges for %d parts", len(b.Parts), req.Parts),
			MessageZH: fmt.Sprintf("给出 %d 个分区户数范围，但拆分数为 %d", len(b.Parts), req.Parts)})
	}
	o := req.Options
	if o.Restarts < 0 || o.Iterations < 0 || o.ExactUnits < 0 || o.ExactNodes < 0 || o.BoundNodes < 0 {
		bad("options", "options must not be negative", "选项不能为负数")
	}
	return fs
}

// bands returns the per-part ranges of b for k parts and the total.
func (b Band) bands(k int, total int64) (lo, hi []int64) {
	lo, hi = make([]int64, k), make([]int64, k)
	for p := range k {
		lo[p], hi[p] = 0, total
		if b.Min > 0 {
			lo[p] = max(lo[p], b.Min)
		}
		if b.Max > 0 {
			hi[p] = min(hi[p], b.Max)
		}
		if d := b.Deviation; d.Num > 0 && d.Den > 0 {
			den := d.Den * int64(k)
			lo[p] = max(lo[p], ceilDiv(total*(d.Den-d.Num), den))
			hi[p] = min(hi[p], total*(d.Den+d.Num)/den)
		}
		if len(b.Parts) == k {
			lo[p] = max(lo[p], b.Parts[p].Min)
			if b.Parts[p].Max > 0 {
				hi[p] = min(hi[p], b.Parts[p].Max)
			}
		}
	}
	return lo, hi
}

// Limits of the search's memory: the tabu search keeps a units × parts table.
const (
	maxParts = 4096
	maxCells = 1 << 24
)

// planK plans a split into k parts under band b.
func planK(g *graph, req SplitRequest, pol Policy, anchor int32, k int, b Band, reasons []Reason) (Plan, error) {
	if k < 1 || k > g.n {
		return Plan{}, infeasible(Finding{Code: CodeBadParts, Severity: Error, Path: "parts",
			Message:   fmt.Sprintf("cannot make %d parts from %d indivisible units", k, g.n),
			MessageZH: fmt.Sprintf("无法将 %d 个不可分单元分成 %d 个部分", g.n, k)})
	}
	if k > maxParts || g.n*k > maxCells {
		return Plan{}, infeasible(Finding{Code: CodeBadParts, Severity: Error, Path: "parts",
			Message:   fmt.Sprintf("%d parts of %d units exceed the search's limits (%d parts, %d unit-parts)", k, g.n, maxParts, maxCells),
			MessageZH: fmt.Sprintf("%d 个单元分成 %d 个部分，超出搜索上限（%d 个部分，%d 单元·部分）", g.n, k, maxParts, maxCells)})
	}
	if len(b.Parts) > 0 && len(b.Parts) != k {
		return Plan{}, infeasible(Finding{Code: CodeBadParts, Severity: Error, Path: "band.parts",
			Message:   fmt.Sprintf("%d part ranges for %d parts", len(b.Parts), k),
			MessageZH: fmt.Sprintf("给出 %d 个分区户数范围，但拆分数为 %d", len(b.Parts), k)})
	}
	lo, hi := b.bands(k, g.total)
	var fs []Finding
	var sumLo, sumHi, maxHi int64
	for p := range k {
		sumLo += lo[p]
		sumHi += hi[p]
		maxHi = max(maxHi, hi[p])
		if lo[p] > hi[p] {
			fs = append(fs, Finding{Code: CodeBandInfeasible, Severity: Error, Path: fmt.Sprintf("band.parts[%d]", p),
				Message:   fmt.Sprintf("part %d must hold at least %d and at most %d households", p, lo[p], hi[p]),
				MessageZH: fmt.Sprintf("第 %d 部分须不少于 %d 户且不多于 %d 户，无法同时满足", p, lo[p], hi[p])})
		}
	}
	if len(fs) == 0 && (sumLo > g.total || sumHi < g.total) {
		fs = append(fs, Finding{Code: CodeBandInfeasible, Severity: Error, Path: "band",
			Message:   fmt.Sprintf("%d parts hold %d to %d households in total, but there are %d", k, sumLo, sumHi, g.total),
			MessageZH: fmt.Sprintf("%d 个部分合计可容纳 %d 至 %d 户，而实际共有 %d 户", k, sumLo, sumHi, g.total)})
	}
	for v := range g.n {
		if g.w[v] > maxHi {
			what, whatZH := "unit", "单元"
			if req.Units[g.members[v][0]].Compound != "" {
				what, whatZH = "compound", "小区"
			}
			fs = append(fs, Finding{Code: CodeCompoundOverCap, Severity: Error, Path: fmt.Sprintf("units[%d]", g.members[v][0]),
				Message:   fmt.Sprintf("%s %q alone has %d households, more than any part may hold (%d); it cannot be split", what, g.name[v], g.w[v], maxHi),
				MessageZH: fmt.Sprintf("%s %q 单独就有 %d 户，超过任一部分的上限 %d 户；%s不可拆分", whatZH, g.name[v], g.w[v], maxHi, whatZH)})
		}
	}
	if len(fs) > 0 {
		return Plan{}, infeasible(fs...)
	}

	pr := &problem{g: g, k: k, lo: lo, hi: hi, anchor: anchor}
	o := req.Options
	// A tight band leaves few sets to enumerate: with the flow and
	// packing bounds the search proves Delaunay instances of 100 units
	// for k = 2 in 0.1–3 M work units (1–4 s) and most of 120; with the
	// part boundary bound as well, of 85 units for k = 3 and 60 for
	// k = 4 in 0.2–3 s, most of 100 and 70.
	tight := tightBand(lo, hi, g.total/int64(k))
	exactUnits := exactUnits2(o)
	switch {
	case k == 3 && tight:
		exactUnits = min(cmpOr(o.ExactUnits, exactUnits3), exactUnits3)
	case k == 4 && tight:
		exactUnits = min(cmpOr(o.ExactUnits, exactUnits4), exactUnits4)
	case k > 4 && tight:
		exactUnits = min(cmpOr(o.ExactUnits, exactUnits5), exactUnits5)
	case k > 2:
		exactUnits = min(exactUnits, 16)
	case o.ExactUnits == 0 && tight:
		exactUnits = 120
	}
	exactRuns := !o.Heuristic && g.n <= exactUnits && k > 1
	restarts := o.Restarts
	if restarts == 0 {
		// The smaller budget where the exact search surely finishes: within
		// its reach before the part boundary bound (40 units for k = 3,
		// 30 beyond), so that beyond it the heuristic's plan is as good as
		// before when the search stops on its budget.
		restarts = defaultRestarts(g.n, k, exactRuns && (k == 3 && g.n <= 40 || g.n <= 30))
		if k == 2 && tight {
			// Tight bands (±1 % or less) leave few feasible plans: two
			// and a half times the restarts.
			restarts = restarts * 5 / 2
			if !exactRuns || g.n > 60 {
				// They are also the redistricting problem, where the
				// cut is what counts: at least 40,000/n restarts (about
				// 0.1–0.3 s), unless the exact search will surely finish.
				restarts = max(restarts, min(1600, 40_000/max(g.n, 1)))
			}
		}
	}
	iters := cmpOr(o.Iterations, min(40*g.n+400, 100_000))
	exactNodes := cmpOr(o.ExactNodes, 5_000_000)
	rng := rand.New(rand.NewPCG(o.Seed[0], o.Seed[1]))

	pr.pairUnion, pr.pairNodes = exactUnits2(o), exactNodes/250
	// The search on unit weights below, where no plan was found, keeps
	// this budget: it is a second try at feasibility, not at the cut.
	unitRestarts := restarts
	pr.chains = 1
	if k > 2 {
		pr.chains = 2
	}
	if tight && !exactRuns && o.Restarts == 0 && (k == 3 || k == 4 || k > 4 && g.n <= maxPoolUnits) {
		// Beyond the exact search, tight bands leave few plans in band
		// and the restarts' best varies from seed to seed: three times
		// the restarts (2–4 s of CPU). On the published tract instances
		// with k = 3 and 4 (484–687 units) every seed then meets or
		// beats the best known cut (before: 1–2.5 % above it on a third
		// of the runs). With k ≥ 5, on up to 200 units (the county
		// instances), four chains as well, whose plans recombine
		// (pool.go): on 16 Delaunay instances of 60–100 units, three
		// seeds each, the plans met the best that any variant found in
		// 41 of 48 runs (33 before; mean gap 0.35 % against 0.83 %).
		// Above 200 units with k ≥ 5 (up to 3.5 s already) more
		// restarts did not help.
		restarts *= 3
		if k > 4 {
			pr.chains = 4
		}
	}
	pr.multi = g.n > 250 && (k > 2 || tight)
	if k > 2 && g.n <= maxPoolUnits && pr.sameBands() {
		pr.pool = newPool(g.n, k)
	}
	best := pr.heuristic(rng, restarts, iters)
	best = pr.recombine(pr.pool, best, exactNodes/25)
	pr.pool = nil
	// Re-solve pairs of adjacent parts exactly where their union is small,
	// and strips along their boundaries.
	best = pr.refinePairs(best, exactUnits2(o), exactNodes/25)
	if tight && g.n > exactUnits2(o) {
		// Strips of 40, 80 and 120 nodes along each boundary, 20,000
		// branch nodes each by default: on Delaunay graphs of 400–700
		// units with k = 7 they take 0.03–0.4 s and cut 0–3 % from the
		// heuristic's plan. (Re-solving strips whenever a restart finds a
		// better plan did worse: the chains lose their diversity.)
		for _, m := range []int{40, 80, 120} {
			best = pr.refineStrips(best, m, exactNodes/250)
		}
	}
	if k > 1 && (best.part == nil || best.viol > 0) && slices.ContainsFunc(g.aw, func(w int64) bool { return w != 1 }) {
		// Whether a plan exists does not depend on the edge weights, and
		// on unit weights the search reaches the band more often (compact
		// parts leave more moves that keep them connected): search again
		// on them, and score what it finds on the real weights.
		ug := *g
		ug.aw = make([]int64, len(g.aw))
		for i := range ug.aw {
			ug.aw[i] = 1
		}
		upr := *pr
		upr.g = &ug
		if got := upr.heuristic(rng, unitRestarts, iters); got.part != nil && got.viol == 0 {
			best = pr.refinePairs(pr.score(got.part), exactUnits2(o), exactNodes/25)
		}
	}
	if k > 1 && !o.Heuristic && (best.part == nil || best.viol > 0) {
		// No plan in band after every restart: tight bands on few units
		// may admit very few plans, or none. The exact search in
		// feasibility mode, stopping at its first plan, either finds one,
		// proves there is none, or runs out of its budget (ExactNodes;
		// about half a second). Without an incumbent it skips its cut
		// bounds, whose price per node it would not repay here.
		ex := newExact(pr, exactNodes, result{})
		ex.first = true
		switch done := ex.solve(); {
		case ex.best.part != nil:
			best = pr.refinePairs(ex.best, exactUnits2(o), exactNodes/25)
		case done:
			return Plan{}, noPlan(k)
		default:
			// The full search below, with its cut bounds and no plan
			// to start from, would spend another ExactNodes to stop
			// where this one did.
			exactRuns = false
		}
	}
	method, optimal := "heuristic", false
	lb := trivialBound(g, k)
	// Every part's boundary is at least beta (partBound): the plan cuts
	// at least k·beta/2, and the exact search bounds the parts it has not
	// placed by it, unless the parts are interchangeable (its own bound
	// is as strong then, so beta is only found if it does not finish).
	// Beyond the exact search's reach (tight bands only) a ladder of
	// ExactNodes/50 finds part of beta: on Delaunay graphs of 200–700
	// units with k = 7, 7–11, in 0.2–0.5 s.
	withBeta := k > 2 && !o.Heuristic && best.part != nil && best.viol == 0
	if withBeta && (exactRuns && !pr.interchangeable() || !exactRuns && tight) {
		if exactRuns {
			pr.beta = pr.partBound(pr.minBoundary(best.part), exactNodes/10)
		} else {
			pr.beta = pr.partBoundLadder(pr.minBoundary(best.part), exactNodes/50)
		}
		lb = max(lb, (int64(k)*pr.beta+1)/2)
	}
	if exactRuns {
		ex := newExact(pr, exactNodes, best)
		if ex.solve() {
			optimal = true
			method = "exact"
			if ex.best.part == nil {
				return Plan{}, noPlan(k)
			}
			best = ex.best
		} else {
			if pr.better(&ex.best, &best) {
				best = ex.best
			}
			lb = max(lb, ex.lowerBound())
			if withBeta && pr.beta == 0 {
				pr.beta = pr.partBound(pr.minBoundary(best.part), exactNodes/10)
				lb = max(lb, (int64(k)*pr.beta+1)/2)
			}
		}
	}
	if !optimal && k > 1 && !o.Heuristic && best.part != nil && best.viol == 0 {
		budget := o.BoundNodes
		if budget == 0 {
			switch {
			case tight && exactRuns:
				budget = exactNodes / 10
			case tight:
				// Beyond the exact search's reach the ladder proves
				// little (a tenth of the cut on 400–700 units, k = 7).
				budget = exactNodes / 50
			default:
				budget = exactNodes / 20000
			}
		}
		var proven bool
		lb, best, proven = pr.ladder(lb, best, budget)
		if proven {
			optimal, method = true, "exact"
		}
	}
	if k == 1 {
		best = pr.score(make([]int32, g.n))
		optimal, method = best.viol == 0, "trivial"
	}
	if best.part == nil || best.viol > 0 {
		closest, closestZH := "no connected split was reached", "未得到任何连通拆分"
		if best.part != nil {
			closest = fmt.Sprintf("the closest plan misses by %d households", best.viol)
			closestZH = fmt.Sprintf("最接近的方案相差 %d 户", best.viol)
		}
		return Plan{}, infeasible(Finding{Code: CodeNoPlanFound, Severity: Error, Path: "band",
			Message:   fmt.Sprintf("no split into %d connected parts within the band was found (%s); one may exist: raise Options.Restarts or Iterations", k, closest),
			MessageZH: fmt.Sprintf("未找到满足户数范围的 %d 个连通部分的拆分方案（%s）；可能仍存在，可增加搜索次数", k, closestZH)})
	}
	return buildPlan(g, req, pol, pr, best, optimal, method, lb, reasons), nil
}

// noPlan is the error of a search that proved that no plan of k parts
// fits the band.
func noPlan(k int) error {
	return infeasible(Finding{Code: CodeNoPlan, Severity: Error, Path: "band",
		Message:   fmt.Sprintf("no split into %d connected parts within the band exists (exact search)", k),
		MessageZH: fmt.Sprintf("不存在满足户数范围的 %d 个连通部分的拆分方案（精确搜索已证明）", k)})
}

// trivialBound is a lower bound on the cut of any plan of k ≥ 2 parts
// that needs no search: k−1 edges at least, each no lighter than the
// lightest.
func trivialBound(g *graph, k int) int64 {
	if k < 2 || len(g.aw) == 0 {
		return 0
	}
	return int64(k-1) * max(slices.Min(g.aw), 0)
}

// ladder raises the lower bound lb on the cut of every plan: it reruns the
// exact search with targets lb+1, lb+2, … (pruning every branch whose bound
// reaches the target), and each run that finishes without a plan proves
// that no plan cuts less than its target. Small targets prune almost
// everything, so the first runs are cheap; each costs about 1.6 times the
// last. It stops when budget branch nodes are spent. A run that finds a
// plan has found a plan better than best and proved it optimal; so has a
// run whose target is best's cut, without an anchor (with one, the
// households kept are not compared). It returns the bound, the best plan
// and whether that plan is proven optimal.
func (pr *problem) ladder(lb int64, best result, budget int64) (int64, result, bool) {
	var ex *exact
	for t := lb + 1; t <= best.cut && budget > 0; t++ {
		// A finished search leaves its state as it found it: reuse it.
		if ex == nil {
			ex = newExact(pr, budget, result{})
		}
		ex.limit, ex.nodes, ex.target = budget, 0, t
		done := ex.solve()
		budget -= ex.nodes
		if !done {
			return max(lb, ex.lowerBound()), best, false
		}
		if ex.best.part != nil {
			return ex.best.cut, ex.best, true
		}
		lb = t
		if t == best.cut && pr.anchor < 0 {
			return lb, best, true
		}
	}
	return lb, best, false
}

// tightBand reports whether every part's band is at most 2 % of target
// wide.
func tightBand(lo, hi []int64, target int64) bool {
	for p := range lo {
		if (hi[p]-lo[p])*50 > target {
			return false
		}
	}
	return true
}

// exactUnits2 is the largest number of contracted units on which the
// exact search runs for two parts.
func exactUnits2(o Options) int { return cmpOr(o.ExactUnits, 40) }

// The exact search's default reach with a tight band for k = 3, k = 4
// and k ≥ 5 (scripts/capacity/tune.go; see the package documentation).
const exactUnits3, exactUnits4, exactUnits5 = 100, 70, 30

// defaultRestarts gives small graphs many cheap restarts and large k more
// restarts: 6 + 400/n for k = 2; for k ≥ 3, 6 + 20000/n + n(k−2)/40 at
// most 400 where the exact search runs afterwards (it only needs a good
// incumbent), and otherwise four times that, at most 1,600 and 100,000/n
// (about 2 s on a 2-core EPYC for any n). On generated grids of 16–100
// units with k = 3 to 7 the first formula finds the exact optimum, or
// smaller cuts, far more often than a flat 6; on Delaunay graphs of 50–200
// units with k = 3 to 7 and a ±0.5 % band, the fourfold budget brought the
// mean gap to the best plan found by any variant from 1.8 % to 0.2–0.5 %
// (scripts/capacity/tune.go).
func defaultRestarts(n, k int, exactRuns bool) int {
	if k <= 2 {
		return 6 + 400/max(n, 1)
	}
	r := min(400, 6+20000/max(n, 1)+n*(k-2)/40)
	if exactRuns {
		return r
	}
	return min(1600, 4*r, 100_000/max(n, 1))
}

func cmpOr[T int | int64](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// buildPlan turns an assignment into a Plan.
func buildPlan(g *graph, req SplitRequest, pol Policy, pr *problem, best result, optimal bool, method string, lb int64, reasons []Reason) Plan {
	k := pr.k
	parts := make([]Part, k)
	owner := make([]int32, len(req.Units))
	for v, p := range best.part {
		for _, i := range g.members[v] {
			owner[i] = p
		}
	}
	housing := make([][CommercialResidential + 1]int64, k)
	for i, u := range req.Units {
		pt := &parts[owner[i]]
		pt.Units = append(pt.Units, u.ID)
		pt.Households += u.Households
		pt.Residents += u.Residents
		pt.Elderly += u.Elderly
		if u.Housing.IsValid() {
			housing[owner[i]][u.Housing] += u.Households
		}
	}
	for p := range parts {
		for t, h := range housing[p] {
			if h > 0 {
				parts[p].Housing = append(parts[p].Housing, HousingShare{Type: HousingType(t), Households: h})
			}
		}
	}
	plan := Plan{K: k, Reasons: reasons, Optimal: optimal, Method: method, Workers: req.Workers}
	plan.CutWeight, plan.CutEdges = g.cutWeight(best.part)
	plan.LowerBound = min(lb, plan.CutWeight)
	if optimal {
		plan.LowerBound = plan.CutWeight
	}
	workers := allocate(req.Workers, parts)
	for p := range parts {
		pt := &parts[p]
		pt.Anchor = pr.anchor >= 0 && p == 0
		pt.Band = Range{Min: pr.lo[p], Max: pr.hi[p]}
		pt.Target = g.total / int64(k)
		if len(req.Band.Parts) == k {
			pt.Target = pr.lo[p] + (pr.hi[p]-pr.lo[p])/2
		}
		pt.Deviation = pt.Households - pt.Target
		if pt.Residents > 0 {
			pt.ElderlyPermille = pt.Elderly * 1000 / pt.Residents
		}
		pt.Workers = workers[p]
		pt.Required = pol.RequiredWorkers(pt.Households, pt.Residents)
		pt.Hires = max(0, pt.Required-pt.Workers)
		plan.WorkersRequired += pt.Required
		if p > 0 && pr.anchor >= 0 {
			plan.HouseholdsMoved += pt.Households
		}
	}
	plan.StaffGap = max(0, plan.WorkersRequired-req.Workers)
	plan.Parts = parts
	return plan
}

// allocate shares w workers among the parts in proportion to their
// households by the largest remainder method, ties to the lower index.
// Integer arithmetic only.
func allocate(w int64, parts []Part) []int64 {
	out := make([]int64, len(parts))
	var total int64
	for _, p := range parts {
		total += p.Households
	}
	if w <= 0 {
		return out
	}
	if total == 0 {
		for i := range out {
			out[i] = w / int64(len(out))
		}
		for i := 0; int64(i) < w%int64(len(out)); i++ {
			out[i]++
		}
		return out
	}
	rem := make([]uint64, len(parts))
	var given int64
	for i, p := range parts {
		hi, lo := bits.Mul64(uint64(w), uint64(p.Households))
		q, r := bits.Div64(hi, lo, uint64(total))
		out[i] = int64(q)
		rem[i] = r
		given += int64(q)
	}
	idx := make([]int, len(parts))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case rem[a] > rem[b]:
			return -1
		case rem[a] < rem[b]:
			return 1
		}
		return a - b
	})
	for i := 0; given < w; i++ {
		out[idx[i%len(idx)]]++
		given++
	}
	return out
}
