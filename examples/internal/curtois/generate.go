package curtois

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// GenerateOptions sizes a synthetic instance for [Generate]. Every field
// must be positive; use [DefaultGenerateOptions] for the size of the
// largest published instance.
type GenerateOptions struct {
	Days       int // horizon, at most MaxHorizon
	Staff      int // at most 10,000
	ShiftTypes int // at most 1,000
	// Seed drives a math/rand/v2 PCG source; the same options always give
	// the same instance.
	Seed uint64
}

// DefaultGenerateOptions returns the size of Instance24, the largest of the
// published set: 364 days, 150 staff, 32 shift types, seed 1.
func DefaultGenerateOptions() GenerateOptions {
	return GenerateOptions{Days: 364, Staff: 150, ShiftTypes: 32, Seed: 1}
}

// Generate returns a seeded synthetic instance in the style of Curtois & Qu
// (shift types spread over the day with an 11-hour rest rule between
// consecutive days, full- and part-time contracts, about one day off in ten,
// weighted requests on about a quarter of staff-days, and a cover row for
// every day and shift type with under-cover weight 100 and over-cover
// weight 1), together with a witness roster that breaks no hard rule, so
// that the instance is known to be feasible. The cover asks for what the
// witness provides or one person less, so the witness's objective (only
// over-cover and request penalties) bounds the optimum from above: a
// solver should reach it or better.
//
// The instances are not the unpublished Instance8–24: they only match their
// sizes, so a solver's scale and memory can be tested without those files.
func Generate(opts GenerateOptions) (*Instance, Roster, error) {
	switch {
	case opts.Days < 1 || opts.Days > MaxHorizon:
		return nil, nil, fmt.Errorf("curtois: generate: days %d outside [1, %d]", opts.Days, MaxHorizon)
	case opts.Staff < 1 || opts.Staff > 10_000:
		return nil, nil, fmt.Errorf("curtois: generate: staff %d outside [1, 10000]", opts.Staff)
	case opts.ShiftTypes < 1 || opts.ShiftTypes > 1_000:
		return nil, nil, fmt.Errorf("curtois: generate: shift types %d outside [1, 1000]", opts.ShiftTypes)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x637572746f6973)) // "curtois"
	h, nt := opts.Days, opts.ShiftTypes
	in := &Instance{Horizon: h}

	// Shift types: starts spread from 05:00 over 20 hours; lengths of 4 to
	// 12 hours, mostly 8. t2 cannot follow t1 if it would leave less than
	// 11 hours of rest; a shift of at most 12 hours can always follow
	// itself.
	lengths := []int{240, 360, 480, 480, 480, 600, 720}
	starts := make([]int, nt)
	for t := range nt {
		starts[t] = 300 + t*1200/nt
		in.Shifts = append(in.Shifts, Shift{ID: shiftName(t), Minutes: lengths[rng.IntN(len(lengths))]})
	}
	for t1 := range in.Shifts {
		end := starts[t1] + in.Shifts[t1].Minutes
		for t2 := range in.Shifts {
			if 1440+starts[t2]-end < 660 {
				in.Shifts[t1].CannotFollow = append(in.Shifts[t1].CannotFollow, t2)
			}
		}
	}

	witness := make(Roster, opts.Staff)
	for s := range opts.Staff {
		witness[s] = make([]int, h)
		for d := range witness[s] {
			witness[s][d] = Off
		}
		st := Staff{ID: staffName(s), MaxShifts: make([]int, nt)}
		var eligible []int
		for t := range nt {
			if rng.IntN(2) == 0 {
				eligible = append(eligible, t)
			}
		}
		if len(eligible) == 0 {
			eligible = append(eligible, rng.IntN(nt))
		}
		partTime := rng.IntN(5) == 0
		longestRun, longestOff := 5, 3
		if partTime {
			st.MaxConsecutive = 4
			st.MinConsecutive = 1 + rng.IntN(2)
			st.MinDaysOff = 1 + rng.IntN(2)
			longestRun, longestOff = 3, st.MinDaysOff+4
		} else {
			st.MaxConsecutive = 5 + rng.IntN(2)
			st.MinConsecutive = 2
			st.MinDaysOff = 2
			longestRun, longestOff = st.MaxConsecutive, 3
		}

		// Witness: an off run touching day 0 (exempt from MinDaysOff), then
		// work and off runs within the limits; one shift type per run.
		w := witness[s]
		d := rng.IntN(4)
		for d < h {
			n := st.MinConsecutive + rng.IntN(longestRun-st.MinConsecutive+1)
			t := eligible[rng.IntN(len(eligible))]
			for i := 0; i < n && d < h; i++ {
				w[d] = t
				d++
			}
			d += st.MinDaysOff + rng.IntN(longestOff-st.MinDaysOff+1)
		}

		// Limits just above what the witness uses.
		count := make([]int, nt)
		minutes := 0
		for _, t := range w {
			if t != Off {
				count[t]++
				minutes += in.Shifts[t].Minutes
			}
		}
		for _, t := range eligible {
			st.MaxShifts[t] = count[t] + 1 + rng.IntN(h/14+1)
		}
		st.MaxMinutes = minutes + 480*rng.IntN(3)
		st.MinMinutes = max(0, minutes-480*(1+rng.IntN(3)))
		weekends := 0
		for sat := 5; sat < h; sat += 7 {
			if w[sat] != Off || (sat+1 < h && w[sat+1] != Off) {
				weekends++
			}
		}
		st.MaxWeekends = weekends + rng.IntN(2)

		// About one day off in ten, among the witness's days off.
		var free []int
		for day, t := range w {
			if t == Off {
				free = append(free, day)
			}
		}
		rng.Shuffle(len(free), func(i, j int) { free[i], free[j] = free[j], free[i] })
		st.DaysOff = free[:min(len(free), h/10)]
		slices.Sort(st.DaysOff)
		in.Staff = append(in.Staff, st)

		// Requests on about a quarter of the other days.
		dayOff := make([]bool, h)
		for _, day := range st.DaysOff {
			dayOff[day] = true
		}
		for day := range h {
			if dayOff[day] || rng.IntN(4) != 0 {
				continue
			}
			q := Request{Staff: s, Day: day, Shift: eligible[rng.IntN(len(eligible))], Weight: 1 + rng.IntN(3)}
			if rng.IntN(2) == 0 {
				in.OnRequests = append(in.OnRequests, q)
			} else {
				in.OffRequests = append(in.OffRequests, q)
			}
		}
	}

	// Cover: what the witness provides or one person less, so that the
	// witness pays no under-cover penalty and its objective is a useful
	// upper bound on the optimum.
	for d := range h {
		for t := range nt {
			n := 0
			for s := range witness {
				if witness[s][d] == t {
					n++
				}
			}
			in.Cover = append(in.Cover, Cover{Day: d, Shift: t, Requirement: max(0, n-rng.IntN(2)), Under: 100, Over: 1})
		}
	}
	return in, witness, nil
}

// shiftName names shift type t: "A" … "Z", then "A1" … "Z1", and so on.
func shiftName(t int) string {
	if t < 26 {
		return string(rune('A' + t))
	}
	return fmt.Sprintf("%c%d", 'A'+t%26, t/26)
}

// staffName names employee s: "E1", "E2", …
func staffName(s int) string { return fmt.Sprintf("E%d", s+1) }
