package volunteer

import (
	"fmt"
	"testing"
)

// BenchmarkPlan plans the Songliu compound (4 towers × 18 floors, 100
// volunteers, 52 weeks) and a large compound (40 towers, 2,000 volunteers,
// 52 weeks) with the default work budget.
func BenchmarkPlan(b *testing.B) {
	for _, c := range []struct{ towers, volunteers, weeks int }{{4, 100, 52}, {40, 2000, 52}} {
		in := songliu(c.towers, c.volunteers, c.weeks)
		b.Run(fmt.Sprintf("towers=%d/volunteers=%d/weeks=%d", c.towers, c.volunteers, c.weeks), func(b *testing.B) {
			b.ReportAllocs()
			var res Result
			for b.Loop() {
				var err error
				res, err = Plan(in, Options{Seed: 1})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(res.Score.Unfilled), "unfilled")
			b.ReportMetric(float64(res.Moves), "moves")
		})
	}
}

// BenchmarkRepair repairs the 52-week Songliu rota after one volunteer
// drops out in week 10.
func BenchmarkRepair(b *testing.B) {
	in := songliu(4, 100, 52)
	res, err := Plan(in, Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	drop := []Change{{Kind: DropOut, Day: 70, Volunteer: busiest(res)}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Repair(in, res.Assignments, drop, Options{Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// busiest returns the volunteer with the most assignments (ties by ID).
func busiest(res Result) string {
	n := map[string]int{}
	best := ""
	for _, a := range res.Assignments {
		n[a.Volunteer]++
		if best == "" || n[a.Volunteer] > n[best] || n[a.Volunteer] == n[best] && a.Volunteer < best {
			best = a.Volunteer
		}
	}
	return best
}
