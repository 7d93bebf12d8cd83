package curtois

import (
	"fmt"
	"time"

	"github.com/shequ/shequ/volunteer"
)

// Mapping is an instance expressed for the volunteer engine. Plan it with
// [Mapping.Plan], or pass Input and Options (with a Seed and a Budget) to
// volunteer.Plan yourself and turn the assignments back with
// [Mapping.Roster]; then check the roster with [Evaluate].
//
// The mapping: each employee is a volunteer, each shift type a task, each
// (day, shift type) one occurrence of a need "d<day>-<shift ID>" with
// Effort = the shift's minutes, Target = the cover requirement and that
// cover row's under/over weights (Target 0 and weights 0 where the
// instance has no cover row), and Max = the number of staff who may work
// that shift that day (at least the requirement, at least 1); days off are blackouts; MaxShifts are task limits;
// MaxTotalMinutes and MinTotalMinutes are MaxEffort and MinEffort; the
// consecutive-day and weekend limits map one to one; shift-on requests are
// preferences for that task and day with weight +w, shift-off requests
// with weight −w; cannot-follow lists are successions.
//
// The volunteer limits read 0 as "no limit", so a Curtois limit of 0
// becomes a blackout instead: MaxWeekends 0 blacks out every Saturday and
// Sunday, MaxConsecutive 0 every day, and MaxTotalMinutes 0 sets the task
// limit of every shift type with a positive length to 0.
//
// Options.Weights are Preference 1 and Under = Over = 0, so that every
// need's own weights count, zero included (volunteer.CurtoisWeights would
// charge 100 and 1 for the (day, shift) pairs without a cover row). Under
// them Score.Soft + Constant is the instance objective.
type Mapping struct {
	Input   volunteer.Input
	Options volunteer.Options
	// Constant is the sum of the shift-on request weights.
	Constant int64

	in    *Instance
	need  map[string][2]int // need ID → day, shift index
	staff map[string]int    // volunteer ID → staff index
}

// mondayStart is the date given as volunteer.Input.Start: a Monday, like
// Curtois day 0. Only its weekday matters.
var mondayStart = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

// NeedID returns the ID of the need that stands for shift t on day d.
func (in *Instance) NeedID(d, t int) string {
	return fmt.Sprintf("d%d-%s", d, in.Shifts[t].ID)
}

// MapToVolunteer expresses a valid instance as volunteer engine input; see
// [Mapping]. The engine validates the result itself (volunteer.Validate);
// it refuses, for example, shifts longer than its effort limit.
func MapToVolunteer(in *Instance) *Mapping {
	m := &Mapping{in: in, need: map[string][2]int{}, staff: map[string]int{}}
	w := volunteer.Weights{Preference: 1}
	m.Options = volunteer.Options{Weights: &w}
	vin := volunteer.Input{
		Start:  mondayStart,
		Days:   in.Horizon,
		Estate: volunteer.Estate{Spaces: []volunteer.Space{{ID: "roster", Kind: volunteer.OtherSpace}}},
	}
	for _, sh := range in.Shifts {
		for _, t2 := range sh.CannotFollow {
			vin.Forbidden = append(vin.Forbidden, volunteer.Succession{First: sh.ID, Then: in.Shifts[t2].ID})
		}
	}
	cover := make(map[[2]int]Cover, len(in.Cover))
	for _, c := range in.Cover {
		cover[[2]int{c.Day, c.Shift}] = c
	}
	// eligible[d][t] counts the staff who may work shift t on day d: the
	// most people the occurrence can ever have.
	eligible := make([][]int, in.Horizon)
	for d := range eligible {
		eligible[d] = make([]int, len(in.Shifts))
	}
	for _, st := range in.Staff {
		off := make([]bool, in.Horizon)
		for _, d := range st.DaysOff {
			off[d] = true
		}
		for d := range eligible {
			for t, most := range st.MaxShifts {
				if !off[d] && most > 0 && (st.MaxMinutes > 0 || in.Shifts[t].Minutes == 0) {
					eligible[d][t]++
				}
			}
		}
	}
	for d := 0; d < in.Horizon; d++ {
		for t, sh := range in.Shifts {
			c := cover[[2]int{d, t}]
			id := in.NeedID(d, t)
			m.need[id] = [2]int{d, t}
			vin.Needs = append(vin.Needs, volunteer.Need{
				ID: id, Space: "roster", Task: sh.ID, Days: []int{d}, Effort: sh.Minutes,
				Target: c.Requirement, Max: max(1, c.Requirement, eligible[d][t]),
				UnderWeight: int64(c.Under), OverWeight: int64(c.Over),
			})
		}
	}
	for s, st := range in.Staff {
		m.staff[st.ID] = s
		v := volunteer.Volunteer{ID: st.ID, Limits: volunteer.Limits{
			MaxEffort:         st.MaxMinutes,
			MinEffort:         st.MinMinutes,
			MaxConsecutive:    st.MaxConsecutive,
			MinConsecutive:    st.MinConsecutive,
			MinConsecutiveOff: st.MinDaysOff,
			MaxWeekends:       st.MaxWeekends,
		}}
		for t, most := range st.MaxShifts {
			if st.MaxMinutes == 0 && in.Shifts[t].Minutes > 0 {
				most = 0
			}
			v.Limits.Tasks = append(v.Limits.Tasks, volunteer.TaskLimit{Task: in.Shifts[t].ID, Max: most})
		}
		for _, d := range st.DaysOff {
			v.Blackouts = append(v.Blackouts, volunteer.DayRange{From: d, To: d})
		}
		if st.MaxConsecutive == 0 {
			v.Blackouts = append(v.Blackouts, volunteer.DayRange{From: 0, To: in.Horizon - 1})
		}
		if st.MaxWeekends == 0 {
			for sat := 5; sat < in.Horizon; sat += 7 {
				v.Blackouts = append(v.Blackouts, volunteer.DayRange{From: sat, To: min(sat+1, in.Horizon-1)})
			}
		}
		vin.Volunteers = append(vin.Volunteers, v)
	}
	for _, q := range in.OnRequests {
		m.Constant += int64(q.Weight)
		p := volunteer.Preference{Task: in.Shifts[q.Shift].ID, Days: []int{q.Day}, Weight: int64(q.Weight)}
		vin.Volunteers[q.Staff].Preferences = append(vin.Volunteers[q.Staff].Preferences, p)
	}
	for _, q := range in.OffRequests {
		p := volunteer.Preference{Task: in.Shifts[q.Shift].ID, Days: []int{q.Day}, Weight: -int64(q.Weight)}
		vin.Volunteers[q.Staff].Preferences = append(vin.Volunteers[q.Staff].Preferences, p)
	}
	m.Input = vin
	return m
}

// Roster turns the engine's assignments back into a roster of the
// instance. An assignment to an unknown need or volunteer, on a day other
// than its need's, or a second shift for one employee on one day, is an
// error.
func (m *Mapping) Roster(as []volunteer.Assignment) (Roster, error) {
	r := NewRoster(m.in)
	for _, a := range as {
		dt, ok := m.need[a.Need]
		if !ok {
			return nil, fmt.Errorf("curtois: engine assignment to unknown need %q", a.Need)
		}
		s, ok := m.staff[a.Volunteer]
		if !ok {
			return nil, fmt.Errorf("curtois: engine assignment of unknown volunteer %q", a.Volunteer)
		}
		if a.Day != dt[0] {
			return nil, fmt.Errorf("curtois: engine puts need %q on day %d, want %d", a.Need, a.Day, dt[0])
		}
		if r[s][dt[0]] != Off {
			return nil, fmt.Errorf("curtois: engine gives staff %s two shifts on day %d", a.Volunteer, dt[0])
		}
		r[s][dt[0]] = dt[1]
	}
	return r, nil
}

// Plan runs volunteer.Plan on the mapped instance with the given seed and
// work budget (0: the engine's default) and returns the roster with the
// engine's result. Check the roster with [Evaluate]: the engine's
// Score.Soft + Constant must equal its objective, and Score.Hard > 0 means
// some minimum rule (minutes, consecutive days, days off) is not met.
func (m *Mapping) Plan(seed uint64, budget int) (Roster, volunteer.Result, error) {
	opt := m.Options
	opt.Seed, opt.Budget = seed, budget
	res, err := volunteer.Plan(m.Input, opt)
	if err != nil {
		return nil, res, err
	}
	r, err := m.Roster(res.Assignments)
	return r, res, err
}
