package capacity

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchCommunity builds a w×h community of buildings with households in
// [lo, hi], grouping some neighbouring pairs into compounds, the office in
// the first building.
func benchCommunity(seed uint64, w, h int, lo, hi int64) Community {
	rng := rand.New(rand.NewPCG(seed, 42))
	units, edges := genGrid(rng, w, h, lo, hi, 5, true)
	for i := 0; i+1 < len(units); i += 7 {
		c := fmt.Sprintf("c%d", i)
		units[i].Compound, units[i+1].Compound = c, c
	}
	return Community{ID: fmt.Sprintf("c%d", seed), Units: units, Edges: edges, Office: units[0].ID, Workers: 16}
}

// BenchmarkPlanSplit splits one community of 200 buildings (about 6,000
// households, so k = 2 from the Beijing policy) in heuristic mode.
func BenchmarkPlanSplit(b *testing.B) {
	for _, n := range []int{50, 200} {
		c := benchCommunity(1, n/10, 10, 15, 45)
		req := c.SplitRequest()
		req.Options.Heuristic = true
		b.Run(fmt.Sprintf("units=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := PlanSplit(req, BeijingPolicy()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchDistrict builds a district of n communities with about 61.5 units
// each (40,000 units for n = 650); about a third are over the 3,000 cap.
func benchDistrict(n int) District {
	d := District{Name: "bench"}
	for i := range n {
		w := 6 + i%3
		h := 40000/n/w + (i % 2)
		lo, hi := int64(20), int64(60)
		if i%3 == 0 {
			lo, hi = 40, 80
		}
		d.Communities = append(d.Communities, benchCommunity(uint64(i), w, h, lo, hi))
		if i > 0 {
			d.Adjacent = append(d.Adjacent, [2]string{d.Communities[i-1].ID, d.Communities[i].ID})
		}
	}
	return d
}

// BenchmarkDistrict assesses a district of 650 communities and 40,000
// units and splits every oversize community (policy-chosen k and band).
func BenchmarkDistrict(b *testing.B) {
	d := benchDistrict(650)
	units := 0
	for _, c := range d.Communities {
		units += len(c.Units)
	}
	b.Run(fmt.Sprintf("communities=%d/units=%d", len(d.Communities), units), func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			a, err := Assess(d, BeijingPolicy())
			if err != nil {
				b.Fatal(err)
			}
			for i, ca := range a.Communities {
				if !ca.Oversize {
					continue
				}
				if _, err := PlanSplit(d.Communities[i].SplitRequest(), BeijingPolicy()); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkRedistricting runs the planner with its defaults on
// triangulated grids with a ±0.5 % band, the shape of the published
// cut-edge districting instances.
func BenchmarkRedistricting(b *testing.B) {
	for _, c := range []struct{ w, h, k int }{{8, 8, 2}, {14, 14, 4}, {26, 27, 7}} {
		rng := rand.New(rand.NewPCG(9, 9))
		units, edges := genGrid(rng, c.w, c.h, 50, 150, 1, true)
		req := SplitRequest{Units: units, Edges: edges, Parts: c.k, Band: Band{Deviation: Ratio{Num: 5, Den: 1000}}}
		b.Run(fmt.Sprintf("units=%d/k=%d", c.w*c.h, c.k), func(b *testing.B) {
			b.ReportAllocs()
			var plan Plan
			for b.Loop() {
				var err error
				if plan, err = PlanSplit(req, BeijingPolicy()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(plan.CutEdges), "cut-edges")
		})
	}
}
