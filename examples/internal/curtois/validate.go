package curtois

import "fmt"

// ValidationError describes an Instance built in code that [Parse] would
// not have produced. Path names the offending field, for example
// "Staff[2].MaxShifts[1]".
type ValidationError struct {
	Path string
	Msg  string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("curtois: invalid instance: %s: %s", e.Path, e.Msg)
}

// Validate reports the first reason why in is not an instance that [Parse]
// could have returned: a horizon outside [1, MaxHorizon], no shifts or no
// staff, an ID that is empty, duplicated or not writable, a negative or
// too-large number, an index out of range, a MaxShifts list of the wrong
// length, or two cover entries for the same day and shift. [Evaluate],
// [WriteLP] and [Write] assume a valid instance.
func (in *Instance) Validate() error {
	bad := func(path string, format string, args ...any) error {
		return &ValidationError{Path: path, Msg: fmt.Sprintf(format, args...)}
	}
	num := func(path string, v int) error {
		if v < 0 || v > MaxValue {
			return bad(path, "%d is outside [0, %d]", v, MaxValue)
		}
		return nil
	}
	day := func(path string, d int) error {
		if d < 0 || d >= in.Horizon {
			return bad(path, "day %d is outside the horizon [0, %d)", d, in.Horizon)
		}
		return nil
	}
	shift := func(path string, t int) error {
		if t < 0 || t >= len(in.Shifts) {
			return bad(path, "shift index %d is out of range [0, %d)", t, len(in.Shifts))
		}
		return nil
	}
	if in.Horizon < 1 || in.Horizon > MaxHorizon {
		return bad("Horizon", "%d is outside [1, %d]", in.Horizon, MaxHorizon)
	}
	if len(in.Shifts) == 0 {
		return bad("Shifts", "no shift types")
	}
	if len(in.Staff) == 0 {
		return bad("Staff", "no staff")
	}
	ids := map[string]bool{}
	for i, s := range in.Shifts {
		p := fmt.Sprintf("Shifts[%d]", i)
		if err := checkID(s.ID); err != nil {
			return bad(p+".ID", "%q: %v", s.ID, err)
		}
		if ids[s.ID] {
			return bad(p+".ID", "duplicate shift ID %q", s.ID)
		}
		ids[s.ID] = true
		if err := num(p+".Minutes", s.Minutes); err != nil {
			return err
		}
		seen := map[int]bool{}
		for j, t := range s.CannotFollow {
			q := fmt.Sprintf("%s.CannotFollow[%d]", p, j)
			if err := shift(q, t); err != nil {
				return err
			}
			if seen[t] {
				return bad(q, "shift index %d listed twice", t)
			}
			seen[t] = true
		}
	}
	ids = map[string]bool{}
	for i, st := range in.Staff {
		p := fmt.Sprintf("Staff[%d]", i)
		if err := checkID(st.ID); err != nil {
			return bad(p+".ID", "%q: %v", st.ID, err)
		}
		if ids[st.ID] {
			return bad(p+".ID", "duplicate staff ID %q", st.ID)
		}
		ids[st.ID] = true
		if len(st.MaxShifts) != len(in.Shifts) {
			return bad(p+".MaxShifts", "has %d entries, want one per shift type (%d)", len(st.MaxShifts), len(in.Shifts))
		}
		for t, m := range st.MaxShifts {
			if err := num(fmt.Sprintf("%s.MaxShifts[%d]", p, t), m); err != nil {
				return err
			}
		}
		for _, f := range []struct {
			name string
			v    int
		}{
			{"MaxMinutes", st.MaxMinutes}, {"MinMinutes", st.MinMinutes},
			{"MaxConsecutive", st.MaxConsecutive}, {"MinConsecutive", st.MinConsecutive},
			{"MinDaysOff", st.MinDaysOff}, {"MaxWeekends", st.MaxWeekends},
		} {
			if err := num(p+"."+f.name, f.v); err != nil {
				return err
			}
		}
		for j, d := range st.DaysOff {
			if err := day(fmt.Sprintf("%s.DaysOff[%d]", p, j), d); err != nil {
				return err
			}
		}
	}
	for _, sec := range []struct {
		name string
		reqs []Request
	}{{"OnRequests", in.OnRequests}, {"OffRequests", in.OffRequests}} {
		for i, r := range sec.reqs {
			p := fmt.Sprintf("%s[%d]", sec.name, i)
			if r.Staff < 0 || r.Staff >= len(in.Staff) {
				return bad(p+".Staff", "staff index %d is out of range [0, %d)", r.Staff, len(in.Staff))
			}
			if err := day(p+".Day", r.Day); err != nil {
				return err
			}
			if err := shift(p+".Shift", r.Shift); err != nil {
				return err
			}
			if err := num(p+".Weight", r.Weight); err != nil {
				return err
			}
		}
	}
	seen := map[[2]int]bool{}
	for i, c := range in.Cover {
		p := fmt.Sprintf("Cover[%d]", i)
		if err := day(p+".Day", c.Day); err != nil {
			return err
		}
		if err := shift(p+".Shift", c.Shift); err != nil {
			return err
		}
		if seen[[2]int{c.Day, c.Shift}] {
			return bad(p, "second cover entry for day %d shift %q", c.Day, in.Shifts[c.Shift].ID)
		}
		seen[[2]int{c.Day, c.Shift}] = true
		for _, f := range []struct {
			name string
			v    int
		}{{"Requirement", c.Requirement}, {"Under", c.Under}, {"Over", c.Over}} {
			if err := num(p+"."+f.name, f.v); err != nil {
				return err
			}
		}
	}
	return nil
}
