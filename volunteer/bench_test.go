package volunteer

import (
	"fmt"
	"testing"
)

// BenchmarkPlan plans the Songliu compound (4 towers × 18 floors, 100
// volunteers, 52 weeks), a large compound (40 towers, 2,000 volunteers,
// 52 weeks) and the largest CBC gap instance (2 towers, 40 volunteers, 4
// weeks: a mid-size rota, which gets the most moves a seat) with the
// default work budget.
func BenchmarkPlan(b *testing.B) {
	for _, c := range []struct{ towers, volunteers, weeks int }{{4, 100, 52}, {40, 2000, 52}, {2, 40, 4}} {
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
			b.ReportMetric(float64(res.Score.Soft), "soft")
			b.ReportMetric(float64(res.Moves), "moves")
		})
	}
}

// BenchmarkRepair repairs the 52-week Songliu rota after one volunteer
// drops out in week 11 (day 70): the busiest volunteer (the most vacated
// seats) and the volunteer of median load.
func BenchmarkRepair(b *testing.B) {
	in := songliu(4, 100, 52)
	res, err := Plan(in, Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, who string }{{"busiest", busiest(res)}, {"median", median(res)}} {
		drop := []Change{{Kind: DropOut, Day: 70, Volunteer: c.who}}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var rep Repaired
			for b.Loop() {
				if rep, err = Repair(in, res.Assignments, drop, Options{Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(rep.Vacated)), "vacated")
			b.ReportMetric(float64(rep.Score.Unfilled), "unfilled")
		})
	}
}

// median returns the volunteer of median load (ties by ID).
func median(res Result) string {
	l := res.Fairness.Loads
	return l[len(l)/2].Volunteer
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

// syntheticStaff builds a staff instance of the largest Curtois & Qu size
// class deterministically: days × staff × shift types, cover on every day
// and type, a few days off and requests per person.
func syntheticStaff(days, staff, types int) staffInstance {
	si := staffInstance{days: days}
	for t := 0; t < types; t++ {
		si.minutes = append(si.minutes, 240+60*(t%9))
		row := make([]bool, types)
		for u := 0; u < types; u++ {
			row[u] = (t+2*u)%7 == 0
		}
		si.cannotFollow = append(si.cannotFollow, row)
	}
	for s := 0; s < staff; s++ {
		st := staffMember{maxMin: days * 480 * 5 / 7, minMin: days * 480 * 3 / 7, maxCons: 5, minCons: 2, minOff: 2, maxWeekend: days / 14}
		for t := 0; t < types; t++ {
			st.maxShifts = append(st.maxShifts, days)
		}
		for k := 0; k < days/30; k++ {
			st.daysOff = append(st.daysOff, (s*7+k*31)%days)
		}
		si.staff = append(si.staff, st)
		for k := 0; k < days/14; k++ {
			r := staffRequest{s, (s*3 + k*13) % days, (s + k) % types, 1 + k%3}
			if k%2 == 0 {
				si.on = append(si.on, r)
			} else {
				si.off = append(si.off, r)
			}
		}
	}
	for d := 0; d < days; d++ {
		for t := 0; t < types; t++ {
			si.cover = append(si.cover, staffCover{d, t, (staff / types / 2) + (d+t)%2, 100, 1})
		}
	}
	return si
}

// BenchmarkPlanStaff plans a synthetic staff roster of Curtois & Qu's
// largest size (364 days, 150 staff, 32 shift types: 11,648 needs) with a
// budget of 1,000,000 moves: scale and memory at that size.
func BenchmarkPlanStaff(b *testing.B) {
	res := benchStaff(b, syntheticStaff(364, 150, 32), 1_000_000)
	b.ReportMetric(float64(res.Moves), "moves")
}

// benchStaff plans si with seed 1 and budget moves in a benchmark loop
// and reports the Hard level of the last rota.
func benchStaff(b *testing.B, si staffInstance, budget int) Result {
	in, opt := si.toInput()
	opt.Seed, opt.Budget = 1, budget
	b.ReportAllocs()
	var res Result
	for b.Loop() {
		var err error
		if res, err = Plan(in, opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Score.Hard), "hard")
	return res
}

// BenchmarkPlanStaffMonth plans a synthetic staff roster of Curtois &
// Qu's mid size (28 days, 16 staff, 2 shift types) with 5,000,000 moves:
// the column generation start and the dive (colgen.go), then late
// acceptance. "soft" is the roster's Soft level.
func BenchmarkPlanStaffMonth(b *testing.B) {
	si := syntheticStaff(28, 16, 2)
	si.minutes = []int{480, 480}
	res := benchStaff(b, si, 5_000_000)
	b.ReportMetric(float64(res.Score.Soft), "soft")
}
