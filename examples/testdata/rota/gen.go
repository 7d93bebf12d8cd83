//go:build ignore

// gen writes the rota samples: songliu.json, the Songliu compound (松六小区)
// over 12 weeks, and small.json, one tower of four floors for quick tries.
//
//	go run gen.go
//
// From the source: 4 towers of 18 floors, 576 households, residents who
// claim stairwell spaces and a volunteer team that cleans, removes flyers,
// paints walls and sets up stairwell-culture displays. Assumed (the article
// gives no figures): 80 volunteers, stairwells cleaned every two weeks,
// lobbies weekly, one wall repaint per tower followed by an exhibition,
// towers 3 and 4 without a lift.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/shequ/shequ/volunteer"
)

func main() {
	write("songliu.json", songliu(4, 18, 80, 12))
	write("small.json", songliu(1, 4, 5, 4))
}

func write(name string, in volunteer.Input) {
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		panic(err)
	}
	if err := os.WriteFile(name, append(b, '\n'), 0o644); err != nil {
		panic(err)
	}
}

func songliu(towers, floors, volunteers, weeks int) volunteer.Input {
	in := volunteer.Input{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Days: 7 * weeks}
	for b := range towers {
		tid := fmt.Sprintf("T%d", b+1)
		in.Estate.Buildings = append(in.Estate.Buildings, volunteer.Building{ID: tid, Floors: floors, Lift: b < 2})
		for f := 1; f <= floors; f++ {
			sid := fmt.Sprintf("%s-F%02d", tid, f)
			in.Estate.Spaces = append(in.Estate.Spaces, volunteer.Space{ID: sid, Kind: volunteer.Stairwell, Building: tid, Floor: f})
			in.Needs = append(in.Needs, volunteer.Need{ID: sid + "/clean", Space: sid, Task: "clean", First: (f % 2) * 7, Every: 14,
				Effort: 1, Min: 1, Target: 1, Max: 1, Stairs: true})
		}
		lobby, wall := tid+"-lobby", tid+"-wall"
		in.Estate.Spaces = append(in.Estate.Spaces,
			volunteer.Space{ID: lobby, Kind: volunteer.Lobby, Building: tid, Floor: 1},
			volunteer.Space{ID: wall, Kind: volunteer.CorridorWall, Building: tid, Floor: 1})
		in.Needs = append(in.Needs,
			volunteer.Need{ID: lobby + "/flyers", Space: lobby, Task: "flyers", Every: 7, Window: 6, Effort: 1, Min: 1, Target: 1, Max: 1})
		if rd := 9 + 7*b; rd+9 < in.Days {
			in.Needs = append(in.Needs,
				volunteer.Need{ID: wall + "/repaint", Space: wall, Task: "repaint", Days: []int{rd}, Effort: 3, Min: 2, Target: 2, Max: 2, Skill: "paint"},
				volunteer.Need{ID: wall + "/exhibition", Space: wall, Task: "exhibition", Days: []int{rd}, Window: 6, Effort: 2, Min: 2, Target: 2, Max: 3, After: wall + "/repaint", Lag: 2})
		}
	}
	for i := range volunteers {
		tid := fmt.Sprintf("T%d", i%towers+1)
		v := volunteer.Volunteer{
			ID: fmt.Sprintf("v%02d", i+1), Building: tid, Floor: 1 + (i*5)%floors,
			Limits: volunteer.Limits{PeriodDays: 7, PeriodEffort: 3},
		}
		if i%3 == 0 {
			v.Skills = []string{"paint"}
		}
		if i%4 == 1 {
			v.Weekdays = []time.Weekday{time.Saturday, time.Sunday}
		}
		if i%5 == 2 {
			v.MaxStairFloor = 6
		}
		in.Volunteers = append(in.Volunteers, v)
	}
	return in
}
