// Package capacity measures urban communities (社区) against size and
// staffing standards and plans the split of an oversize community into
// contiguous, balanced communities that never cut a compound, with the
// staffing each part needs.
//
// It reproduces the Xiaguangli story of Chaoyang District: a community of
// 4,000+ households served by 16 community workers (about 300 households
// each), over Beijing's 3,000-household cap, from which about 1,600
// households were split off as the new Liangma community, roughly halving
// each worker's load once the parts are staffed.
//
// The package is pure: no files, network, goroutines, global state, clock
// or unseeded randomness. Inputs are values, outputs are values, and the
// same input (with the same seed) gives the same output on any machine.
//
// # Usage
//
// An embedder (a district's grid-management system, say) builds a
// [District] of [Community] values, each made of [Unit] values (buildings
// or compounds with households, residents, elderly residents and housing
// type) joined by [Edge] values (walkable adjacency, with the cost of
// cutting it), and asks for an assessment:
//
//	a, err := capacity.Assess(district, capacity.BeijingPolicy())
//	if err != nil {
//		// *capacity.InputError: every invalid value, with its path
//	}
//	for _, f := range a.Findings { ... } // oversize, undersize, staff below norm
//	a.Totals.NewCommittees                // residents' committees the splits create
//	a.Totals.Gap                          // workers short once split and staffed
//
// Then, for each oversize community, a split plan:
//
//	req := community.SplitRequest() // units, edges, office as anchor, workers
//	plan, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
//	var ie *capacity.InfeasibleError
//	if errors.As(err, &ie) {
//		// ie.Findings says why no plan exists: disconnected units, a
//		// compound over the cap, an impossible band, a missing anchor
//	}
//	fmt.Print(plan.Describe())
//
// [SplitRequest] also works for any graph of units: set Parts (k) and a
// [Band] (absolute limits, ±Deviation around total/k, or one [Range] per
// part, such as "old ≈ 2,880, new ≈ 1,600"). Requests, districts and
// policies have a JSON form (the struct tags); [DecodeSplitRequest],
// [DecodeDistrict], [DecodeCommunity] and [DecodePolicy] report unknown
// fields and bad values, each with its path, instead of ignoring them. [Plan.Describe]
// and [Assessment.Describe] give deterministic text for people and golden
// files.
//
// # Sizes and ratios
//
// A [Policy] holds every number with its [Source]; a zero number switches
// its check off. Three profiles are provided, each returned fresh by a
// function so that a change never leaks:
//
//   - [BeijingPolicy]: typically 2,000 households, at most 3,000 (adjust
//     above), merge below 500; one community worker per 110–150
//     households and at least 9 per community; the district is also
//     checked against 18 workers per 10,000 residents, as advice.
//   - [NationalPolicy]: the Organic Law's "generally 100 to 700
//     households"; no staffing ratio (the law sets none).
//   - [Per10kPolicy]: Beijing's sizes, staff required per community at 18
//     per 10,000 residents (at least 9).
//
// The requirement of a community is [Policy.RequiredWorkers]: the largest
// of MinWorkers, ⌈households / HouseholdsPerWorkerMax⌉ and (per-10k
// profile) ⌈residents × 18 / 10,000⌉. Xiaguangli's 4,480 households need 30
// to 41 workers against its 16. All comparisons are in integers.
//
// # Splitting a community
//
// [PlanSplit] solves the balanced connected k-partition problem of
// redistricting on the unit graph. Units of one compound are contracted to
// one node first, so a compound is never cut; edges listed more than once
// between the same two nodes add their weights, and an edge's Kind is
// recorded for people but not interpreted (fold it into Weight). Every part must be connected
// and hold a number of households within its band; the unit named as
// anchor (the committee's office) stays in part 0, the existing committee.
// Among plans in the band, the objective is lexicographic: smallest
// weighted cut (the new boundary), then most households kept by the
// existing committee. Balance is enforced through the band rather than
// traded against the cut; narrow the band for closer balance. With no k
// given, k is the smallest number of parts that fit the cap,
// ⌈households / MaxHouseholds⌉, each part within [MergeBelow,
// MaxHouseholds] and within 10 % of total/k ([DefaultDeviation]); if no
// plan fits, the 10 % is dropped, then k grows by one (up to twice); the
// plan's Reasons record each step.
//
// Two methods run:
//
//   - Exact search, for k = 2 on up to 40 contracted units and any k on
//     up to 16 (with every band at most 2 % of total/k wide, as ±1 %:
//     120 for k = 2, 100 for k = 3, 70 for k = 4, 30 beyond; [Options]
//     lowers them): a branch and bound that enumerates the connected unit sets containing
//     the anchor (or the lowest unit) within the band, part by part,
//     pruned by the cut already paid, the band, the connectivity of what
//     remains and a lower bound on the cut still to pay: the maximum flow
//     between the set and the units excluded from it (kept incremental
//     along a branch), plus, on the capacity the flow leaves, the packing
//     bound of Delling, Goldberg, Razenshteyn and Werneck (2012): trees
//     grown from one side, each of which the other side must cut to take
//     any of its households, weighed against the households that side
//     still needs. Near its band, units the set cannot reach without
//     overshooting count as excluded. For k ≥ 3 every part's boundary
//     (weight of the edges leaving it) is at least β, the smallest
//     boundary of a connected set of units within the band, so the parts
//     not yet placed cut at least their number times β, less their
//     edges to placed parts, over two; a search of the same kind finds β
//     first (0.01–0.5 s). Without an anchor and with equal bands (as in
//     redistricting) the first part placed is instead one of smallest
//     boundary (enumerated from every unit as its lowest), so a first
//     part whose bound is b costs the plan at least k·b/2 and bounds
//     every other part as β would; β is then looked for only if the
//     search stops on its budget, for the LowerBound. Below the first
//     part the search starts each part from the unit most tied to the
//     parts placed. When it finishes, the plan is Optimal (LowerBound =
//     CutWeight) or the request is proven infeasible
//     (capacity.split.no_plan).
//   - A heuristic for any size: random spanning tree construction (cut a
//     tree edge whose subtree fits the band, GerryChain-style recursive
//     tree partitioning) or, above 250 units with k ≥ 3 or a tight band,
//     for every other fresh restart, a multilevel construction (METIS-style
//     heavy-edge matching down to about 10 nodes per part, restarts on
//     the coarsest graph, tabu refinement at each level on the way back,
//     which keeps every part connected), then tabu search over moves of boundary units
//     to an adjacent part that keep every part connected, with the band as
//     an adaptive penalty so that tight bands can be reached, and restarts
//     of which half perturb the best plan so far (iterated local search);
//     for k ≥ 3 the restarts form two independent chains, each perturbing
//     its own best. With a tight band beyond the exact search's reach
//     the restarts are three times as many for k = 3 and 4, and for
//     k ≥ 5 on up to 200 units, where four chains share them. For k ≥ 3
//     on up to 200 units with equal bands, every part of every plan in
//     band that the restarts reach, or pass on their way within a tenth
//     of the best cut, goes into a pool, and the best plan made of pooled
//     parts is found by an exact cover search (cheapest column first,
//     bounded by the parts' least cost per unit; a set-partitioning
//     recombination of local optima). For k ≥ 3, whenever a restart finds a better plan, and once more at
//     the end, pairs of adjacent parts whose union has at most 40 units
//     are re-solved by the exact search. On large instances with a tight
//     band, strips of 40, 80 and 120 units along the boundary of each
//     pair of adjacent parts are then re-solved exactly, the rest of each
//     part contracted into one node that stays put. The budget is larger where the
//     exact search will not run after it, or may not finish (k = 3 above
//     40 units, k ≥ 4 above 30): four times the restarts for
//     k ≥ 3 (at most 100,000/n, about 2 s; with tight bands, as above,
//     up to three times that), and at least 40,000/n
//     restarts for k = 2 with a band of ±1 % or less (the redistricting
//     problem). Randomness comes only from [Options].Seed (math/rand/v2
//     PCG).
//   - If no restart reaches the band and some edge weight is not 1, the
//     heuristic runs again on unit weights (a plan's existence does not
//     depend on them; see "Requests without a plan").
//   - If still no plan is in band, the exact search runs in
//     feasibility mode, stopping at its first plan, within ExactNodes
//     work units and without its cut bounds (which cost more per node
//     than they prune when there is no incumbent): it finds a plan (then
//     improved by the pair re-solves), proves that there is none
//     (capacity.split.no_plan), or stops, and capacity.split.no_plan_found
//     stands. It costs up to about 1 s of CPU, and only where no plan
//     was found (see "Requests without a plan" below).
//
// Plans the exact search did not prove carry a proven LowerBound: the
// largest of (k−1) times the lightest edge weight, for k ≥ 3 k·β/2, the
// smallest bound of the branches a stopped exact search left, and the
// ladder's: the exact search rerun with targets 1, 2, … above that
// (Options.BoundNodes), each run that finishes proving that no plan cuts
// less than its target. The ladder's first runs are cheap and each costs
// about 1.6 times the last, so it ends a few edges below the optimum on
// instances just beyond the exact search's reach (120-unit k = 2: 12–13
// against cuts of 21–22 with the k = 2 reach at 100). For k ≥ 3 a
// stopped search leaves bounds of a half to nine tenths of the cut
// (100-unit k = 3: 25–26 against 34–35 with unit weights, 54–65 against
// 94–104 with weights 1–5; 60–70-unit k = 4: 33–34 against 38–42, 89
// against 111 with weights 1–5; before the part boundary bound, 30-unit
// k = 4: 19–21 against 32–34). Beyond the search's reach, with a tight
// band, β comes from a ladder of ExactNodes/50, and the bound is a seventh to two thirds of the cut on
// 100–700 units with k = 4 and 7 (15–48 against 44–183, the larger
// share on fewer units; before, 11–16). If a ladder run reaches the
// plan's own cut without an anchor, the plan is proven optimal after all.
//
// The plan reports each part's units, households, residents, elderly
// share, band, deviation from target, its share of the current workers
// (largest remainder), the workers the policy requires and the hires
// needed, and the plan's cut weight, cut edges, households moved and
// staffing gap.
//
// # Finding codes
//
// Findings carry a stable [Code], a [Severity], a path to the field, a
// message in English and in Chinese and, for rules, their [Source].
//
//	capacity.community.oversize        warning  more than MaxHouseholds (S-1)
//	capacity.community.undersize       info     fewer than MergeBelow, with merge candidates (S-1)
//	capacity.staff.below_norm          warning  fewer workers than required (S-2)
//	capacity.district.staff_per_10k    advice   under 18 workers per 10,000 residents (S-4)
//	capacity.community.social_orgs     advice   fewer than 10 community social organisations recorded (S-5)
//	capacity.split.no_units            error    nothing to split
//	capacity.split.disconnected        error    the unit graph has several components
//	capacity.split.compound_over_cap   error    one compound alone exceeds every part's maximum
//	capacity.split.band_infeasible     error    the bands cannot hold the total
//	capacity.split.anchor_missing      error    the anchor is not a unit
//	capacity.split.bad_parts           error    k out of range for the units
//	capacity.split.no_plan             error    the exact search proved that no plan exists
//	capacity.split.no_plan_found       error    the heuristic found none within its budget
//	capacity.input.id_empty            error    an empty ID
//	capacity.input.id_duplicate        error    an ID used twice
//	capacity.input.negative            error    a negative (or absurdly large) count or weight
//	capacity.input.elderly_exceeds_residents  error
//	capacity.input.edge_self_loop      error    an edge (or adjacency) from a unit to itself
//	capacity.input.edge_dangling       error    an edge to an unknown unit
//	capacity.input.office_dangling     error    the office is not a unit
//	capacity.input.neighbor_dangling   error    an adjacency to an unknown community
//	capacity.input.bad_enum            error    an undeclared housing type or edge kind
//	capacity.input.unknown_field       error    a JSON key no field takes
//	capacity.input.bad_value           error    malformed JSON or a value of the wrong type
//	capacity.input.bad_policy          error    an inconsistent policy
//
// # Sources
//
//   - 北京市社区居民委员会设立标准 (京社领办发〔2020〕7号, 2020-12-25):
//     typical 2,000 and at most 3,000 households, merge below 500; one
//     worker per 110–150 households, at least 9. Known from the official
//     explainer and a secondary repost; article numbers unverified
//     (reference governance-rules.md §1.7, S-1 and S-2: partial).
//   - 中华人民共和国城市居民委员会组织法 art. 6: committees generally for
//     100 to 700 households (verified in three copies).
//   - 《"十四五"城乡社区服务体系建设规划》 (国办发〔2021〕56号): 18
//     community workers per 10,000 urban residents by 2025, seen through
//     provincial plans; the national indicator table was not read (S-4:
//     partial).
//   - The seed article (Chaoyang District): Xiaguangli's 4,000+ households,
//     16 workers, ~1,600 households split off as Liangma; 52 new
//     residents' committees in 2022.
//   - Method: GerryChain's recursive tree partitioning for the
//     construction; tabu search for districting after Bozkaya, Erkut and
//     Laporte (2003) and Ricca and Simeone (2008); the exact labelling MIP
//     of Validi and Buchanan (2022) for the CBC oracle.
//
// # Performance
//
// Measured with the part boundary bound (commit 4577fab) on the
// project's shared 2-core machine (AMD EPYC, Go 1.26), one goroutine,
// load average 7–11 (other engineers' jobs): wall times are the range of
// five runs of the first command; CPU time per operation is the user
// time of the test binary under GOMAXPROCS=1 divided by the 4 runs of
// -test.benchtime 3x (one to warm up; 301 runs of 300x for PlanSplit),
// setup included, alternating two runs each with a binary of the code
// before (commit 47c0a20):
//
//	go test ./capacity -run '^$' -bench . -benchmem -cpu 1 -count 5
//	go test -c -o /tmp/cap.test ./capacity && cd capacity && GOMAXPROCS=1 /usr/bin/time \
//		/tmp/cap.test -test.run '^$' -test.bench 'Redistricting/units=702/' -test.benchtime 3x -test.benchmem
//
//	benchmark                               wall/op        CPU/op (before)      B/op        allocs/op  cut edges
//	PlanSplit/units=200                     9.7–33 ms      4.5–5.5 ms (4.4)        243,474      2,563
//	District/communities=650/units=39543    0.80–2.2 s     0.42–0.48 s (0.43)   39,560,864    489,293
//	Redistricting/units=64/k=2              0.51–1.38 s    0.16 s (0.16)         3,162,464     44,782   15 (optimal)
//	Redistricting/units=196/k=4             1.27–2.04 s    0.57–0.76 s (0.62)    9,466,376    102,510   55
//	Redistricting/units=702/k=7             3.40–9.8 s     1.9 s (1.5–1.8)      41,093,688    176,005  173
//
// The machine's wall times were two to five times its CPU times under
// this load (at a load average of 3–5, about 1.5 times): compare ratios
// within one run. The plans are those of the code before; the part
// boundary ladder, which runs with a tight band beyond the exact search's
// reach for k ≥ 3, costs the 702-unit row about 0.2–0.4 s and raises its
// LowerBound; PlanSplit (heuristic only) runs the same code as before.
// At commit f1342e4 (load 3–5) the rows took 10.2–12.1 ms, 0.83–1.19 s,
// 0.44–0.49 s, 1.35–1.60 s and 3.69–4.46 s wall. With the pool and the
// tripled tight-band restarts (see "Published instances"),
// Redistricting/units=196/k=4 takes 2.1–2.3 s (30.5 MB, 322,000
// allocations) for the same cut of 55; PlanSplit (4.8–5.1 ms), District
// (0.46–0.49 s) and the other Redistricting rows (k = 2; k = 7 above 200
// units) run the same code as before (go test … -count 3 -cpu 1, load 2–3).
//
// BenchmarkPlanSplit splits one community of 200 buildings (≈6,000
// households, k = 2 from the policy) with the heuristic only (target:
// under 10 ms). BenchmarkDistrict assesses 650 communities of 39,543 units
// and splits every oversize one with the defaults, exact search included
// where it applies (target: under 2 s). BenchmarkRedistricting runs the
// defaults on triangulated grids with a ±0.5 % band, the shape of the
// published cut-edge districting instances (16–700 units, k = 2–7, to be
// solved within 10 s each); before the larger budgets and the multilevel
// construction it cut 16, 56 and 176 edges in ≈8 ms, 0.22 s and 1.4 s.
// The slowest generated instances seen take about 3.6 s of CPU (300
// Delaunay units with k = 7), 5.2 s (a 120-unit k = 2 instance with
// edge weights 1–5 whose exact search spends its whole budget, then the
// ladder its own) and 8.9 s (an 85-unit k = 3 instance with edge weights
// 1–5, the heuristic's fourfold budget, the part boundary search, the
// exact search's whole budget and the ladder's, under a load of 6–11).
//
// # Published instances
//
// The cut-edge districting instances of Validi and Buchanan (2022) —
// county and census-tract dual graphs of US states with 2010 populations,
// k = 2–7, parts within ±0.5 % of total/k — have proven optima (their
// results tables, contiguity enforced). They are third-party data and stay
// outside this repository; scripts/capacity/tune.go runs any that are
// saved in its plain format (-files; see its doc comment). On the ten of
// them at hand (GOMAXPROCS=1, CPU seconds, seeds 0–2, at the commit
// that tripled the tight-band restarts):
//
//	go run ./scripts/capacity/tune.go -files 'DIR/*.txt' -seeds 3
//
//	instance       n    k  optimum (best known)  cut, seeds 0–2   proven  CPU s      before
//	WV county     55    3  23                    23 23 23         yes     0.7        23 23 23
//	MS county     82    4  34                    34 34 34         no (24) 1.7–1.8    34 34 34
//	KS county    105    4  32                    32 32 32         no (21) 1.9        32 32 32
//	NH tract     295    2  26                    26 26 26         no (9)  0.3        26 26 26
//	WV tract     484    3  43                    43 43 43         no (12) 2.6–2.8    43 43 43
//	NM tract     499    3  43                    43 43 43         no (13) 2.4–2.5    44 43 43
//	UT tract     588    4  (79; bound 66)        78 78 77         no (15) 4.1–4.3    81 80 78
//	NV tract     687    4  (75; bound 57)        75 75 75         no (11) 3.8–4.6    75 75 77
//
// "Before" is the planner without the pool and the tripled restarts (1.0–2.0 s).
// The authors' other county instances with k ≥ 5 (LA, 64 units, k = 6,
// optimum 49; AL, 67, k = 7, 55; OK, 77, k = 5, 40), their remaining
// county ones (ME, NM, ID, AR, NE, IA) and tract ones (ID, ME, NE, MS, AR)
// were not at hand; Delaunay instances of the same sizes stand in for
// them (below).
//
// # Heuristic quality on larger graphs
//
// scripts/capacity/tune.go generates Delaunay triangulations of random
// points (the shape of county dual graphs) with log-normal households
// (σ = 1) and unit edge weights, runs the defaults, and compares them with
// the best of two further seeds ("reference"; best known, not proven):
//
//	go run ./scripts/capacity/tune.go -sizes 100,200,400,700 -ks 2,4,7 -seeds 1 -ref 2
//
//	instance           n    k  default cut  lower bound       CPU s  reference  gap     now    CPU s
//	delaunay100-k2     100   2           23  23 (optimal)       2.62         23  0.0 %    23     1.80
//	delaunay100-k4     100   4           44  27 (before: 16)    1.16         44  0.0 %    44     1.98
//	delaunay100-k7     100   7           74  48 (16)            1.86         73  1.4 %    74     3.01
//	delaunay200-k2     200   2           27  11                 0.42         27  0.0 %    27     0.27
//	delaunay200-k4     200   4           63  24 (15)            1.51         63  0.0 %    63     2.25
//	delaunay200-k7     200   7          105  40 (16)            2.10        100  5.0 %   101     3.59
//	delaunay400-k2     400   2           41   9                 0.42         41  0.0 %    41     0.42
//	delaunay400-k4     400   4           89  18 (14)            1.74         89  0.0 %    88     3.73
//	delaunay400-k7     400   7          141  30 (14)            2.83        136  3.7 %   141     2.73
//	delaunay700-k2     700   2           49  11                 0.35         49  0.0 %    49     0.30
//	delaunay700-k4     700   4          110  15 (11)            2.37        108  1.9 %   109     4.44
//	delaunay700-k7     700   7          183  26 (12)            3.49        177  3.4 %   183     3.01
//
// The last two columns are the plans and CPU seconds with the pool and
// the tripled tight-band restarts (go run … -ref 0, GOMAXPROCS=1, load
// 2–3); the lower bounds did not change.
//
// For k = 5–7 on 60–100 units (the county instances' sizes), 16
// Delaunay instances of
//
//	go run ./scripts/capacity/tune.go -sizes 60,80,100 -ks 5,6,7 -seeds 2 -seed S   (S = 0, 1, 2)
//
// (two of the 18 have a unit over the band) were run with three seeds
// each, and each plan compared with the best that any variant found: the
// planner before met it in 33 of 48 runs (mean gap 0.83 %, worst 6.0 %,
// 1.1 s of CPU on average); three times the restarts in two chains, 35
// (0.64 %); four chains with the base restarts, 33 (0.98 %); four
// chains and three times the restarts, the default now, 41 (0.35 %,
// worst 4.5 %, 2.7 s on average, 3.6 s at most); six chains and four
// times, 37 (0.58 %). The pool alone (base budget) improved 3 of 48 runs
// of 64–77 units by 1–3 edges and worsened none.
//
// The reference runs use four times the old default restarts (for 700
// units and k = 7, 484 restarts against the default's 142), so the last
// rows compare the default with about three times its budget; they were
// run at commit f1342e4, and the plans have not changed since (the
// heuristic has not). The lower bounds and CPU times (user seconds, of
// GOMAXPROCS=1 nice go run … -ref 0, under a load average of 6–11) are
// those of the part boundary bound, k·β/2 with β from a ladder of
// ExactNodes/50 (0.2–0.5 s), with the bounds before it in brackets;
// the 100-unit k = 2 row is an exact proof.
//
// One seed is a poor measure for k = 7: on the same instance the default
// plan varies by 5–10 % from seed to seed (300 units: 121, 135 and 127).
// With seeds 0–3 (200 units) and 0–2 (400, 700) of
//
//	go run ./scripts/capacity/tune.go -sizes 200,400,700 -ks 7 -seeds 1 -seed N
//
// the mean default cut before this work (commit 0d43221) and at commit
// f1342e4, and the gap of that mean to the best plan any run found
// (98, 131, 176), were: 200 units 100.0 (2.0 %) and 101.8 (3.8 %; seeds
// 1–3 equal, seed 0 98 against 105); 400 units 140.3 (7.1 %) and 137.3
// (4.8 %); 700 units 188.0 (6.8 %) and 184.3 (4.7 %). The gain on 400–700
// units is the strip re-solves, which take 0.03–0.4 s there. One and a
// half times the restarts did not help on average (4 instances × 3
// seeds: 1,938 edges against 1,921), nor did re-solving strips whenever a
// restart found a better plan (the chains lose their diversity).
//
// How the defaults came to be, as mean gaps to the best plan that any
// variant tried found on the same instances (so each figure moved a little
// as variants were added): on 29 Delaunay instances of 50–200 units
// (k = 3–7, two seeds each), 1.8–2.8 % with the old budget, 0.7–1.2 % with
// four times the restarts, 0.6 % with two chains, 0.5 % at commit
// 3c4d850 (faster exact pair re-solves, exact search up to 40 units for
// k = 3); on 18 of 200–700 units (k = 3, 5, 7), 2.9–3.6 % with four times
// the restarts, 0.8–1.3 % with the multilevel construction, 1.1 % with
// two chains as well, 0.9 % at commit 3c4d850. Pair re-solves of up to 60
// units were better on the small set (0.35 %) and worse on the large one
// (1.1 %), so the pairs stay at 40. Variants that did
// worse: recombination of two adjacent parts (ReCom) as every other
// perturbation, a quarter or three quarters of fresh restarts instead of
// half, random kick sizes up to 8 %, four chains, every fresh restart
// multilevel. Plans of one seed vary by a few percent for k ≥ 5 on
// several hundred units: where time allows, run several seeds and keep
// the best.
//
// # Exact oracle
//
// scripts/capacity/oracle.go (go run; needs coinor-cbc; not part of CI)
// writes the labelling MIP of Validi and Buchanan (assignment, cut and
// single-commodity-flow contiguity variables) for generated instances,
// solves it with CBC 2.10.8, and compares the weighted cut with the
// planner's default (exact where it applies) and heuristic-only modes.
// CBC's limit counts CPU seconds; the wall times below are inflated by
// the load. The grid set (grids and random planar graphs, households
// 20–120, edge weights 1–5), run at commit 8a5a409:
//
//	go run ./scripts/capacity/oracle.go -set grids -limit 120
//
//	instance          n  k  band              CBC (wall s)        exact mode        heuristic only  gap
//	grid4x4-s1       16  2  ±5 %  [520,574]    11 (2.3)           11 optimal        11               0 %
//	grid5x4-s2       20  2  ±5 %  [590,651]    12 (1.2)           12 optimal        12               0 %
//	grid5x5-s3       25  2  ±5 %  [703,776]    12 (1.8)           12 optimal        12               0 %
//	grid6x5-s4       30  2  ±5 %  [898,991]    14 (3.4)           14 optimal        14               0 %
//	planar4x4-s5     16  2  ±5 %  [429,474]    16 (0.9)           16 optimal        16               0 %
//	planar5x4-s6     20  2  ±5 %  [675,745]    12 (2.0)           12 optimal        12               0 %
//	planar5x5-s7     25  2  ±5 %  [675,744]    16 (2.2)           16 optimal        16               0 %
//	planar6x5-s8     30  2  ±5 %  [964,1065]   14 (3.0)           14 optimal        14               0 %
//	grid4x4-s9       16  3  ±5 %  [300,331]    22 (5.6)           22 optimal        22               0 %
//	planar5x4-s10    20  3  ±5 %  [389,429]    40 (33.2)          40 (heuristic)    40               0 %
//	planar6x6-s11    36  2  ±0.5 % [1219,1231] 24 (5.1)           24 optimal        24               0 %
//	planar7x5-s12    35  2  ±0.5 % [1256,1267] 23 (6.4)           23 optimal        23               0 %
//	grid6x6-s13      36  2  ±1 %  [1257,1281]  15 (6.7)           15 optimal        15               0 %
//	planar4x4-s14    16  3  ±1 %  [377,384]    infeasible (31)    no plan (proved)  no plan          -
//	planar4x4-s15    16  4  ±5 %  [264,291]    none in 120 s      52 optimal        52               -
//	grid5x4-s16      20  4  ±5 %  [316,348]    38 (129)           38 (heuristic)    38               0 %
//
// The Delaunay set (Delaunay triangulations of random points, log-normal
// households, edge weights 1–5, ±0.5 %), CBC at commit 7f1f4e3 with
// -limit 200 (the MIP has not changed since), the planner's columns at
// commit 4577fab (-nocbc; wall seconds under a load average of 7–11,
// two to five times the CPU time; at commit f1342e4, under a load of
// 3–5, the k = 3 and 4 rows were 67 optimal (0.58 s) and 55, 94 and 86
// unproven (0.64–0.96 s)):
//
//	go run ./scripts/capacity/oracle.go -set delaunay -limit 200
//	go run ./scripts/capacity/oracle.go -set delaunay -nocbc
//
//	instance            n  k  band              CBC (wall s)              exact mode (s)        heuristic only  gap
//	delaunay30-k2-s1   30  2  [24262,24505]     34 (7.1)                  34 optimal (0.04)     34               0 %
//	delaunay50-k2-s2   50  2  [42941,43371]     43 (68.6)                 43 optimal (0.19)     43               0 %
//	delaunay70-k2-s3   70  2  [61907,62529]     45 (59.8)                 45 optimal (1.4)      45               0 %
//	delaunay100-k2-s4 100  2  [85179,86034]     57 (77.8)                 57 optimal (4.1)      57               0 %
//	delaunay30-k3-s5   30  3  [11800,11918]     67 (291)                  67 optimal (0.34)     67               0 %
//	delaunay50-k3-s6   50  3  [22331,22554]     no integer plan in 200 s  55 optimal (1.5)      55               -
//	delaunay40-k4-s7   40  4  [16523,16688]     no integer plan in 200 s  94 optimal (2.2)      94               -
//	delaunay100-k3-s8 100  3  [49944,50444]     no integer plan in 200 s  86 optimal (12.8)     86               -
//	delaunay24-k3-s9   24  3  [8430,8514]       stopped at 300 s (73)     58 optimal (0.20)     58               -
//	delaunay24-k4-s10  24  4  [8315,8398]       no integer plan in 300 s  86 optimal (0.26)     86               -
//	delaunay30-k4-s11  30  4  [12880,13008]     (not run)                 83 optimal (0.32)     83               -
//
// The last three rows (go run ./scripts/capacity/oracle.go -set delaunay
// -only NAME -limit 300) were added to check the new k = 3 and 4 proofs
// against CBC; CBC, at a third of a core under the load, rarely finishes
// such tight k ≥ 3 instances, and the package's exact search of commit
// 47c0a20 (before the part boundary bound, whose reach covers these
// three) proves the same optima, 58, 86 and 83. So does that search,
// given 40,000,000 work units, on five 40–60-unit instances of tune.go
// that the new search proves (k = 3: 28 at 50 units, 27 and 29 at 60;
// k = 4: 34 at 40, 35 at 50; a sixth, 50-unit k = 4, stopped at 40 M).
//
// The grid set, rerun with CBC at commit 4577fab, gives the same CBC
// optima and planner columns (grid5x4-k4-s16 is still beyond the exact
// search, whose wide-band reach for k ≥ 3 stays at 16 units). Every
// optimum CBC proved, up to 100 units, was matched by the heuristic
// alone. With a ±0.5 % band the package's exact search,
// with its default budget (5,000,000 work units, about 6 s of CPU), now
// proves every generated Delaunay instance of k = 2 up to 100 units
// (unit weights: 50 units in 0.1 s, 70 in 0.5–0.7 s, 85 in 0.8–1.1 s,
// 100 in 1.4–4.0 s wall; weights 1–5: 100 units in 2.2–4.9 s), most of
// 120 (unit weights 3 of 3 in 1.9–5.8 s; weights 1–5, 2 of 3, the third
// stopping on its budget after 5.2 s of CPU with a lower bound of 33
// against its cut of 62):
//
//	go run ./scripts/capacity/tune.go -sizes 50,70,85,100,120 -ks 2 -seeds 3
//	go run ./scripts/capacity/tune.go -sizes 100,120 -ks 2 -seeds 3 -weighted
//
// For k = 3 and 4, with the part boundary bound (CPU seconds of the
// whole plan, GOMAXPROCS=1 under a load average of 6–11, at commit
// 7b14d3f; before it, the exact search reached 40 units for k = 3 in
// about 3 s and 30 for k = 4 in 1–6 s wall), it proves k = 3 with unit
// weights up to 85 units (50 in 0.5–0.9 s, 70 in 1.0–1.6 s, 85 in
// 1.1–2.2 s) and 3 of 5 at 100 (3.0–5.1 s; the other two stop on the
// budget after 6.2–6.9 s, with bounds of 25–26 against cuts of 34–35),
// with weights 1–5 2 of 2 at 50 (0.6–0.7 s), 1 of 2 at 85 and none of 2
// at 100 (at most 7.0 s); k = 4 with unit weights up to 50 units
// (0.6–3.2 s), 4 of 5 at 60 (1.5–2.7 s; the fifth stops after 7.0 s at
// 33 against 38) and 2 of 4 at 70 (1.2–5.1 s, the others 6.2–7.1 s),
// with weights 1–5 2 of 2 at 40 (0.6–0.7 s) and 1 of 2 at 60 (4.7 s; 6.3
// s for the other). Hence the default reach of 100 units for k = 3 and
// 70 for k = 4 (where a proof fails the plan is the heuristic's, as
// before, with a far better bound). For k ≥ 5 it stays at 30: 40-unit
// k = 5 proved 2 of 3, and the 40-unit k = 7 instances (seeds 0 and 1)
// have no plan at all (see "Requests without a plan"). (Seeds 3–4 of 60 units and seed 3 of 70
// were run at commit 4577fab, which proves the same plans.)
//
//	go run ./scripts/capacity/tune.go -sizes 50,70,85,100 -ks 3 -seeds 3   (and -sizes 100 -seeds 5)
//	go run ./scripts/capacity/tune.go -sizes 40,50,60,70 -ks 4 -seeds 3    (and -sizes 60 -seeds 5, -sizes 70 -seeds 4)
//	go run ./scripts/capacity/tune.go -sizes 50,85,100 -ks 3 -seeds 2 -weighted
//	go run ./scripts/capacity/tune.go -sizes 40,60 -ks 4 -seeds 2 -weighted
//
// In work units (branch nodes plus bound work), 100-unit k = 2 proofs
// take 0.6–3.1 M with the packing bounds and the incremental flow (six
// instances; 2.1 M and 0.6 M for the first two of the first command,
// which took over 5 M and 1.3 M with the flow bound alone). Before the packing bounds a
// 100-unit k = 2 instance took 2.7–13 s with ExactNodes 100,000,000, and
// before the branching order and the flow bound it needed 4–5 s for 50
// units.
// The first proofs of 70 units found one optimum, 20, that the heuristic
// had missed by one. With wider bands (the policy's ±10 %) the
// exact search keeps to 40 units for k = 2 and to 16 for k ≥ 3, and
// larger plans carry only the ladder's lower bound.
//
// # Requests without a plan
//
// With log-normal households and a ±0.5 % band many generated requests
// have no plan. On the 140 instances of
//
//	go run ./scripts/capacity/tune.go -sizes 20,30,40,50,60,80,100 -ks 3,4,5,6,7 -seeds 2 -dump DIR
//	go run ./scripts/capacity/tune.go -sizes 20,30,40,50,60,80,100 -ks 3,4,5,6,7 -seeds 2 -weighted -dump DIR
//
// (-dump writes each request without a plan as JSON), at commit 059469a
// 19 with unit weights and 20 with weights 1–5 ended without a plan: 11
// because one unit alone exceeds the band
// (capacity.split.compound_over_cap), 6 and 5 proved by the exact search
// within its reach (k ≥ 4 on 20–30 units), and 2 and 4 with
// capacity.split.no_plan_found: the 40-unit k = 7 seeds 0 and 1, and,
// with weights 1–5, those two, the 30-unit k = 6 seed 0 and the 50-unit
// k = 7 seed 0. Households and graph, and so feasibility, do not depend
// on the edge weights. The exact search in feasibility mode, given
// ExactNodes 400,000,000 (raised in a test on the dumped requests),
// proves the 40-unit k = 7 pair infeasible after 432 M and 379 M work
// units (38 and 41 s; with its cut bounds switched on by a target above
// any cut, 219 M and 175 M in over 4 minutes), and with 600,000,000 the
// 30-unit k = 6 one within 3 s; the 50-unit k = 7 one stopped after 84 s,
// but the same graph with unit weights gets a plan. That one the planner
// missed: with weights other than 1, when no restart reaches the band,
// it now searches again, with the same budget, on unit weights, and
// scores what it finds on the real ones (whether the weights or the
// extra restarts do it was not separated). It finds a plan of cut 207
// there (TestWeightedFeasible keeps that request, in testdata). After
// both changes (commit 506801c) the weighted sweep ends without a plan
// on 19 instances, each proved infeasible (above or within the exact
// search's reach) or with one unit over the band; every other plan is
// the same as before. The extra searches run only where no plan was
// found; they took those requests from 0.3–2.2 s to 0.6–5.4 s of CPU
// with weights 1–5 and to at most 3.0 s with unit weights. The largest
// CPU times of the sweeps, 7.3–7.4 s, are exact searches of 50–60 units
// with k = 4, whose paths did not change (6.5–7.0 s before, under
// another load). On 150–700 units with k = 5–7 (-sizes 150,200,400,700 -ks
// 5,6,7 -seeds 2, with and without -weighted: 48 instances) every
// request has a plan, in at most 3.7 s of CPU. TestFeasibilityFallback
// keeps an instance whose plans one restart of one tabu iteration
// misses (a 40-unit grid, k = 6); the feasibility mode finds one.
//
// TestHeuristicAgainstExact holds the heuristic to the exact optimum on at
// least 28 of 30 generated instances of 16–42 units.
package capacity
