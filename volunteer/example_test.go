package volunteer_test

import (
	"fmt"
	"time"

	"github.com/shequ/shequ/volunteer"
)

// tower3 is Songliu's tower 3 in miniature: no lift, a stairwell on floor
// 12 and the lobby, cleaned weekly by four residents.
func tower3() volunteer.Input {
	return volunteer.Input{
		Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), // a Monday
		Days:  14,
		Estate: volunteer.Estate{
			Buildings: []volunteer.Building{{ID: "T3", Floors: 18}},
			Spaces: []volunteer.Space{
				{ID: "T3-F12", Kind: volunteer.Stairwell, Building: "T3", Floor: 12, Adopter: "li"},
				{ID: "T3-lobby", Kind: volunteer.Lobby, Building: "T3", Floor: 1},
			},
		},
		Needs: []volunteer.Need{
			{ID: "F12/clean", Space: "T3-F12", Task: "clean", Every: 7, Effort: 1, Min: 1, Target: 1, Max: 1, Stairs: true},
			{ID: "lobby/clean", Space: "T3-lobby", Task: "clean", Every: 7, First: 5, Effort: 2, Min: 1, Target: 2, Max: 2},
		},
		Volunteers: []volunteer.Volunteer{
			{ID: "li", Building: "T3", Floor: 12},
			{ID: "wang", Building: "T3", Floor: 3, MaxStairFloor: 4}, // elderly: no stairs above floor 4
			{ID: "zhao", Building: "T3", Floor: 1, Weekdays: []time.Weekday{time.Saturday}},
			{ID: "chen", Building: "T3", Floor: 2, Limits: volunteer.Limits{PeriodDays: 7, PeriodEffort: 2}},
		},
	}
}

func ExamplePlan() {
	res, err := volunteer.Plan(tower3(), volunteer.Options{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range res.Assignments {
		fmt.Printf("day %2d %-12s %-5s %v\n", a.Day, a.Need, a.Volunteer, a.Why)
	}
	fmt.Println("score", res.Score, "unfilled", len(res.Unfilled))
	// Output:
	// day  0 F12/clean    chen  [{other_floor 2}]
	// day  5 lobby/clean  li    [{other_floor 2}]
	// day  5 lobby/clean  wang  [{other_floor 2}]
	// day  7 F12/clean    li    [{adopter -30}]
	// day 12 lobby/clean  chen  [{other_floor 2}]
	// day 12 lobby/clean  zhao  []
	// score 0/0/0/338 unfilled 0
}

func ExampleRepair() {
	in := tower3()
	res, _ := volunteer.Plan(in, volunteer.Options{Seed: 1})
	// Li drops out from day 7: her stairwell turn that day is vacated.
	// Only Chen can climb to floor 12 on a weekday, but her weekly cap of
	// 2 points then forces her off the lobby on day 12, where Zhao stays:
	// one disruption (a published turn moved) to leave no seat unfilled.
	rep, err := volunteer.Repair(in, res.Assignments, []volunteer.Change{
		{Kind: volunteer.DropOut, Day: 7, Volunteer: "li"},
	}, volunteer.Options{Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("removed", rep.Removed)
	fmt.Println("added  ", rep.Added)
	for _, v := range rep.Vacated {
		fmt.Printf("%s@%d left by %s (%s), filled by %s\n", v.Need, v.Slot, v.Left, v.Reason, v.FilledBy)
		for _, c := range v.Substitutes {
			fmt.Println("  substitute", c.Volunteer, c.Score)
		}
		for _, s := range v.Swaps {
			fmt.Printf("  swap: %s leaves %s@%d, %s covers it, score %s\n", s.In, s.Need, s.Slot, s.Cover, s.Score)
		}
	}
	fmt.Println("disruption", rep.Score.Disruption)
	// Output:
	// removed [{F12/clean 7 7 li} {lobby/clean 12 12 chen}]
	// added   [{F12/clean 7 7 chen}]
	// F12/clean@7 left by li (unavailable), filled by chen
	//   substitute chen 0/0/1/1248
	// disruption 1
}

func ExampleResult_unfilled() {
	in := tower3()
	// Only wang and zhao remain; wang may not climb to floor 12 and zhao
	// serves on Saturdays only.
	in.Volunteers = in.Volunteers[1:3]
	in.Estate.Spaces[0].Adopter = ""
	res, _ := volunteer.Plan(in, volunteer.Options{Seed: 1})
	for _, u := range res.Unfilled {
		fmt.Printf("%s day %d missing %d\n", u.Need, u.Day, u.Missing)
		for _, r := range u.Reasons {
			fmt.Printf("  %s (%s): %d\n", r.Code, r.Code.Label(), r.Count)
		}
		fmt.Println(" ", u.Relaxation.Message)
		fmt.Println(" ", u.Relaxation.MessageZH)
	}
	// Output:
	// F12/clean day 0 missing 1
	//   unavailable (不可服务): 1
	//   mobility (行动不便): 1
	//   zhao could take the seat if we ask them to serve on a day they marked unavailable
	//   若请其在标记为不可服务的日子服务，zhao 即可承担此岗位
	// F12/clean day 7 missing 1
	//   unavailable (不可服务): 1
	//   mobility (行动不便): 1
	//   zhao could take the seat if we ask them to serve on a day they marked unavailable
	//   若请其在标记为不可服务的日子服务，zhao 即可承担此岗位
}
