package capacity

import (
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./capacity -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
	}
}

func loadXiaguangli(t *testing.T) District {
	t.Helper()
	data, err := os.ReadFile("testdata/xiaguangli.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := DecodeDistrict(data)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestXiaguangli replays the seed article: Xiaguangli, 4,000+ households
// and 16 workers (about 280 households each), is over Beijing's 3,000 cap;
// about 1,600 households are split off as the new Liangma community, and
// households per worker roughly halve once each part is staffed to the
// norm. The synthetic community has 4,480 households in 32 buildings, two
// compounds that must not be cut, and a road between its 6th and 7th
// columns that is cheap to split along.
func TestXiaguangli(t *testing.T) {
	d := loadXiaguangli(t)
	a, err := Assess(d, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	x := d.Communities[0]
	req := x.SplitRequest()
	req.Parts = 2
	req.Band = Band{Parts: []Range{{Min: 2830, Max: 2930}, {Min: 1550, Max: 1650}}}
	plan, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "xiaguangli.golden", "# Assess(district, BeijingPolicy())\n"+a.Describe()+
		"\n# PlanSplit: old ≈ 2,880 (2,830–2,930), new Liangma ≈ 1,600 (1,550–1,650)\n"+plan.Describe())

	// The facts of the story hold whatever the golden file says.
	if !a.Communities[0].Oversize || a.Communities[0].Parts != 2 {
		t.Errorf("Xiaguangli should be oversize and become 2 communities: %+v", a.Communities[0])
	}
	if a.Totals.NewCommittees != 1 {
		t.Errorf("new committees = %d, want 1", a.Totals.NewCommittees)
	}
	if got := plan.Parts[1].Households; got < 1550 || got > 1650 {
		t.Errorf("new community has %d households, want about 1,600", got)
	}
	if !plan.Parts[0].Anchor || plan.Parts[0].Units[0] != "B00" {
		t.Errorf("the office B00 must stay in part 0: %v", plan.Parts[0].Units)
	}
	before := x.Households() / x.Workers
	for i, p := range plan.Parts {
		after := p.Households / p.Required
		// "households per worker roughly halved": at most 60 % of before.
		if after*10 > before*6 {
			t.Errorf("part %d: %d households per worker at the norm, before %d: not about halved", i, after, before)
		}
	}
	if plan.StaffGap != plan.WorkersRequired-16 || plan.StaffGap <= 0 {
		t.Errorf("staff gap %d, required %d, workers 16", plan.StaffGap, plan.WorkersRequired)
	}
	checkPlan(t, req, plan)
}

// tb is the part of testing.TB that rapid.T also has.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// checkPlan asserts the invariants of every plan: each unit in exactly one
// part, parts connected and within their bands, compounds whole, counts
// consistent.
func checkPlan(t tb, req SplitRequest, plan Plan) {
	t.Helper()
	where := map[UnitID]int{}
	for i, p := range plan.Parts {
		for _, id := range p.Units {
			if j, dup := where[id]; dup {
				t.Fatalf("unit %s in parts %d and %d", id, j, i)
			}
			where[id] = i
		}
	}
	for i, p := range plan.Parts {
		var h int64
		for _, u := range req.Units {
			if where[u.ID] == i {
				h += u.Households
			}
		}
		if h != p.Households {
			t.Errorf("part %d: households %d, units sum to %d", i, p.Households, h)
		}
		if p.Households < p.Band.Min || p.Households > p.Band.Max {
			t.Errorf("part %d: %d households outside [%d, %d]", i, p.Households, p.Band.Min, p.Band.Max)
		}
	}
	compound := map[string]int{}
	for _, u := range req.Units {
		i, ok := where[u.ID]
		if !ok {
			t.Fatalf("unit %s in no part", u.ID)
		}
		if u.Compound != "" {
			if j, seen := compound[u.Compound]; seen && j != i {
				t.Errorf("compound %s cut between parts %d and %d", u.Compound, j, i)
			}
			compound[u.Compound] = i
		}
	}
	if req.Anchor != "" && where[req.Anchor] != 0 {
		t.Errorf("anchor %s in part %d, want 0", req.Anchor, where[req.Anchor])
	}
	// connectivity over unit edges, counting a compound as joined inside
	g := buildGraph(req.Units, req.Edges)
	part := make([]int32, g.n)
	for v := range g.n {
		part[v] = int32(where[req.Units[g.members[v][0]].ID])
	}
	if !g.partsConnected(part, len(plan.Parts)) {
		t.Errorf("a part is not connected")
	}
	if w, n := g.cutWeight(part); w != plan.CutWeight || n != plan.CutEdges {
		t.Errorf("cut %d/%d, plan says %d/%d", w, n, plan.CutWeight, plan.CutEdges)
	}
}

// TestPlanSplitInfeasible checks the typed findings for requests no plan
// can meet.
func TestPlanSplitInfeasible(t *testing.T) {
	line := func(hs ...int64) SplitRequest {
		var r SplitRequest
		for i, h := range hs {
			id := UnitID(string(rune('a' + i)))
			r.Units = append(r.Units, Unit{ID: id, Households: h})
			if i > 0 {
				r.Edges = append(r.Edges, Edge{A: r.Units[i-1].ID, B: id})
			}
		}
		return r
	}
	tests := []struct {
		name   string
		req    SplitRequest
		want   []Code
		reason string
	}{
		{"disconnected", SplitRequest{Units: []Unit{{ID: "a", Households: 10}, {ID: "b", Households: 10}}, Parts: 2},
			[]Code{CodeDisconnected}, "two units with no edge cannot form connected parts of one plan"},
		{"compound over cap", func() SplitRequest {
			r := line(100, 2000, 2000, 100)
			r.Units[1].Compound, r.Units[2].Compound = "big", "big"
			return r
		}(), []Code{CodeCompoundOverCap}, "a 4,000-household compound cannot fit the 3,000 cap"},
		{"band infeasible", func() SplitRequest {
			r := line(100, 100, 100)
			r.Parts, r.Band = 2, Band{Min: 200, Max: 250}
			return r
		}(), []Code{CodeBandInfeasible}, "two parts of at least 200 cannot share 300 households"},
		{"anchor missing", func() SplitRequest {
			r := line(100, 100)
			r.Parts, r.Anchor = 2, "zz"
			return r
		}(), []Code{CodeAnchorMissing}, "the office must be one of the units"},
		{"no plan", func() SplitRequest {
			r := line(200, 100, 200)
			r.Parts, r.Band = 2, Band{Min: 240, Max: 260}
			return r
		}(), []Code{CodeNoPlan}, "on a path 200-100-200 no connected half holds 240..260; the exact search proves it"},
		{"no plan found", func() SplitRequest {
			r := line(200, 100, 200)
			r.Parts, r.Band, r.Options.Heuristic = 2, Band{Min: 240, Max: 260}, true
			return r
		}(), []Code{CodeNoPlanFound}, "the heuristic alone proves nothing: it reports the closest plan it found"},
		{"too many parts", func() SplitRequest {
			r := line(100, 100)
			r.Parts = 3
			return r
		}(), []Code{CodeBadParts}, "three parts need three indivisible units"},
		{"no units", SplitRequest{}, []Code{CodeNoUnits}, "nothing to split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PlanSplit(tt.req, BeijingPolicy())
			var ie *InfeasibleError
			if !errors.As(err, &ie) {
				t.Fatalf("PlanSplit error = %v, want *InfeasibleError (%s)", err, tt.reason)
			}
			var got []Code
			for _, f := range ie.Findings {
				got = append(got, f.Code)
				if f.Message == "" || f.MessageZH == "" || f.Path == "" {
					t.Errorf("finding %v lacks a message or path", f)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("codes (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

// TestPlanSplitInvalidInput checks that bad values are reported together,
// each with a path, and nothing is planned.
func TestPlanSplitInvalidInput(t *testing.T) {
	req := SplitRequest{
		Units: []Unit{{ID: "a", Households: -5}, {ID: "a", Households: 3}, {ID: "", Households: 1}, {ID: "c", Residents: 2, Elderly: 3}},
		Edges: []Edge{{A: "a", B: "a"}, {A: "a", B: "zz"}, {A: "a", B: "c", Weight: -1}},
	}
	_, err := PlanSplit(req, BeijingPolicy())
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatalf("error = %v, want *InputError", err)
	}
	var got []string
	for _, f := range ie.Findings {
		got = append(got, string(f.Code)+"@"+f.Path)
	}
	want := []string{
		"capacity.input.edge_self_loop@edges[0]",
		"capacity.input.edge_dangling@edges[1].b",
		"capacity.input.negative@edges[2].weight",
		"capacity.input.negative@units[0].households",
		"capacity.input.id_duplicate@units[1].id",
		"capacity.input.id_empty@units[2].id",
		"capacity.input.elderly_exceeds_residents@units[3].elderly",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	if !strings.Contains(err.Error(), "capacity: invalid input") {
		t.Errorf("error text %q", err)
	}
}

// TestFeasibilityFallback: a 40-unit grid with k = 6 and a ±0.5 % band has
// plans, but one restart of one tabu iteration reaches none (the closest
// missed by 28 households before the fallback); the exact search in
// feasibility mode then finds one within its budget.
func TestFeasibilityFallback(t *testing.T) {
	units, edges := genGrid(rand.New(rand.NewPCG(0, 3)), 8, 5, 50, 150, 1, true)
	req := SplitRequest{Units: units, Edges: edges, Parts: 6, Band: Band{Deviation: Ratio{Num: 5, Den: 1000}}}
	req.Options.Restarts, req.Options.Iterations = 1, 1
	plan, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, req, plan)
}

// TestWeightedFeasible: a generated 50-unit Delaunay request (tune.go
// -sizes 50 -ks 7 -weighted, seed 0; edge weights 1–5, k = 7, ±0.5 %)
// has plans (the same graph with unit weights gets one), but before the
// second search on unit weights the planner found none (the closest
// missed by 2 households).
func TestWeightedFeasible(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds of search")
	}
	data, err := os.ReadFile("testdata/delaunay50-k7-weighted.json")
	if err != nil {
		t.Fatal(err)
	}
	req, err := DecodeSplitRequest(data)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	checkPlan(t, req, plan)
}
