package capacity_test

import (
	"errors"
	"fmt"

	"github.com/shequ/shequ/capacity"
)

// A small street of three communities: one over Beijing's 3,000-household
// cap, one short of staff, one under 500 households that could merge with
// a neighbour.
func ExampleAssess() {
	one := func(id string, households, workers int64) capacity.Community {
		return capacity.Community{ID: id, Workers: workers,
			Units: []capacity.Unit{{ID: capacity.UnitID(id + "-1"), Households: households, Residents: households * 5 / 2}}}
	}
	d := capacity.District{
		Communities: []capacity.Community{one("xiaguangli", 4200, 16), one("songyuli", 2300, 12), one("corner", 420, 9)},
		Adjacent:    [][2]string{{"xiaguangli", "songyuli"}, {"songyuli", "corner"}},
	}
	a, err := capacity.Assess(d, capacity.BeijingPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	t := a.Totals
	fmt.Printf("to adjust %d, new committees %d, workers %d, required after splits %d, gap %d\n",
		t.ToAdjust, t.NewCommittees, t.Workers, t.RequiredAfter, t.Gap)
	fmt.Println("corner may merge with", a.Communities[2].MergeCandidates)
	// Output:
	// warning capacity.community.oversize communities[0].households
	// warning capacity.staff.below_norm communities[0].workers
	// warning capacity.staff.below_norm communities[1].workers
	// info capacity.community.undersize communities[2].households
	// to adjust 1, new committees 1, workers 37, required after splits 53, gap 16
	// corner may merge with [songyuli]
}

// xiaguangli builds a community of 4,400 households in 24 buildings on a
// 6×4 grid (the seed article: 4,000+ households, 16 workers), with its
// office in the north-west building and a road along the fourth column.
func xiaguangli() capacity.Community {
	c := capacity.Community{ID: "xiaguangli", Office: "B00", Workers: 16}
	id := func(x, y int) capacity.UnitID { return capacity.UnitID(fmt.Sprintf("B%d%d", x, y)) }
	for x := range 6 {
		for y := range 4 {
			h := int64(175)
			if x >= 4 {
				h = 200
			}
			c.Units = append(c.Units, capacity.Unit{ID: id(x, y), Households: h, Residents: h * 5 / 2})
			if x+1 < 6 {
				w := int64(4)
				if x == 3 {
					w = 1 // a road: cheap to split along
				}
				c.Edges = append(c.Edges, capacity.Edge{A: id(x, y), B: id(x+1, y), Weight: w})
			}
			if y+1 < 4 {
				c.Edges = append(c.Edges, capacity.Edge{A: id(x, y), B: id(x, y+1), Weight: 4})
			}
		}
	}
	return c
}

// Xiaguangli splits into the old community (keeping the office) and the
// new Liangma community of about 1,600 households.
func ExamplePlanSplit_xiaguangli() {
	req := xiaguangli().SplitRequest()
	req.Parts = 2
	req.Band = capacity.Band{Parts: []capacity.Range{{Min: 2700, Max: 2900}, {Min: 1500, Max: 1700}}}
	plan, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("optimal=%v cut=%d moved=%d\n", plan.Optimal, plan.CutWeight, plan.HouseholdsMoved)
	for i, p := range plan.Parts {
		fmt.Printf("part %d: %d households, %d of the 16 workers, %d required, %d to hire, units %v\n",
			i, p.Households, p.Workers, p.Required, p.Hires, p.Units)
	}
	fmt.Println("staff gap", plan.StaffGap)
	// Output:
	// optimal=true cut=4 moved=1600
	// part 0: 2800 households, 10 of the 16 workers, 19 required, 9 to hire, units [B00 B01 B02 B03 B10 B11 B12 B13 B20 B21 B22 B23 B30 B31 B32 B33]
	// part 1: 1600 households, 6 of the 16 workers, 11 required, 5 to hire, units [B40 B41 B42 B43 B50 B51 B52 B53]
	// staff gap 14
}

// Letting the policy choose: k is the smallest number of parts that fit
// the 3,000 cap, and each part is within 10 % of the average.
func ExamplePlanSplit_policy() {
	plan, err := capacity.PlanSplit(xiaguangli().SplitRequest(), capacity.BeijingPolicy())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Reasons[0].Message)
	for i, p := range plan.Parts {
		fmt.Printf("part %d: %d households in [%d, %d]\n", i, p.Households, p.Band.Min, p.Band.Max)
	}
	// Output:
	// 4400 households and a cap of 3000 per community: k = ⌈4400/3000⌉ = 2
	// part 0: 2100 households in [1980, 2420]
	// part 1: 2300 households in [1980, 2420]
}

// A request that cannot be met: a gated compound of 3,200 households
// alone exceeds the cap, so no split can avoid cutting it.
func ExamplePlanSplit_infeasible() {
	req := capacity.SplitRequest{
		Units: []capacity.Unit{
			{ID: "t1", Households: 1600, Compound: "gated"},
			{ID: "t2", Households: 1600, Compound: "gated"},
			{ID: "t3", Households: 900},
		},
		Edges: []capacity.Edge{{A: "t1", B: "t2"}, {A: "t2", B: "t3"}},
	}
	_, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
	var ie *capacity.InfeasibleError
	if errors.As(err, &ie) {
		for _, f := range ie.Findings {
			fmt.Println(f.Code, f.Path)
			fmt.Println(f.Message)
			fmt.Println(f.MessageZH)
		}
	}
	// Output:
	// capacity.split.compound_over_cap units[0]
	// compound "gated" alone has 3200 households, more than any part may hold (3000); it cannot be split
	// 小区 "gated" 单独就有 3200 户，超过任一部分的上限 3000 户；小区不可拆分
}

// The three profiles applied to Xiaguangli's 4,480 households and about
// 11,200 residents.
func ExamplePolicy_NormWorkers() {
	for _, p := range []capacity.Policy{capacity.BeijingPolicy(), capacity.Per10kPolicy(), capacity.NationalPolicy()} {
		lo, hi := p.NormWorkers(4480, 11200)
		fmt.Printf("%s: %d to %d workers (cap %d households)\n", p.Name, lo, hi, p.MaxHouseholds)
	}
	fmt.Println(capacity.BeijingPolicy().StaffSource.Document)
	// Output:
	// beijing-2020: 30 to 41 workers (cap 3000 households)
	// per-10k-residents: 21 to 21 workers (cap 3000 households)
	// national-organic-law: 0 to 0 workers (cap 700 households)
	// 北京市社区居民委员会设立标准 (京社领办发〔2020〕7号)
}
