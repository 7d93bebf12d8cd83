package curtois

// Instance is one Curtois & Qu shift-scheduling instance, as read from its
// text file. Shifts and staff are referred to by their index in Shifts and
// Staff; the file's string IDs are kept in Shift.ID and Staff.ID.
//
// The zero Instance has a horizon of zero days and is not valid input to
// [Evaluate] or [WriteLP]; [Parse] returns only instances that pass
// [Instance.Validate].
type Instance struct {
	// Horizon is the number of days; day 0 is a Monday, so days 5 and 6 are
	// the first weekend.
	Horizon int
	// Shifts are the shift types in file order.
	Shifts []Shift
	// Staff are the employees in file order.
	Staff []Staff
	// OnRequests are the weighted requests to work a given shift on a given
	// day: the penalty Weight is paid if the shift is not assigned.
	OnRequests []Request
	// OffRequests are the weighted requests not to work a given shift on a
	// given day: the penalty Weight is paid if the shift is assigned.
	OffRequests []Request
	// Cover lists the staffing requirement per day and shift type, at most
	// one entry per (Day, Shift). A (day, shift) pair without an entry has
	// no requirement and no penalty.
	Cover []Cover
}

// Shift is a shift type.
type Shift struct {
	// ID is the shift's identifier in the file (for example "D").
	ID string
	// Minutes is the length of the shift.
	Minutes int
	// CannotFollow lists, by index into Instance.Shifts, the shift types
	// that may not be worked on the day after this one, in file order.
	CannotFollow []int
}

// Staff is one employee and the hard limits on their roster.
type Staff struct {
	// ID is the employee's identifier in the file (for example "A").
	ID string
	// MaxShifts is, per shift type (indexed like Instance.Shifts), the most
	// shifts of that type the employee may work; 0 means never.
	MaxShifts []int
	// MaxMinutes and MinMinutes bound the total minutes worked.
	MaxMinutes, MinMinutes int
	// MaxConsecutive is the longest run of consecutive working days.
	MaxConsecutive int
	// MinConsecutive is the shortest run of consecutive working days, for
	// runs that touch neither the first nor the last day of the horizon.
	MinConsecutive int
	// MinDaysOff is the shortest run of consecutive days off, for runs that
	// touch neither the first nor the last day of the horizon.
	MinDaysOff int
	// MaxWeekends is the most weekends (Saturday and Sunday) in which the
	// employee works on at least one of the two days.
	MaxWeekends int
	// DaysOff are the days on which the employee must not work, in file
	// order (duplicates are kept).
	DaysOff []int
}

// Request is a weighted shift-on or shift-off request.
type Request struct {
	Staff  int // index into Instance.Staff
	Day    int
	Shift  int // index into Instance.Shifts
	Weight int
}

// Cover is the staffing requirement of one shift type on one day.
type Cover struct {
	Day   int
	Shift int // index into Instance.Shifts
	// Requirement is the number of people wanted.
	Requirement int
	// Under is the penalty per person below Requirement.
	Under int
	// Over is the penalty per person above Requirement.
	Over int
}

// Weekends reports the number of weekends in the horizon: weekend w is days
// 7w+5 (Saturday) and 7w+6 (Sunday), and it counts if its Saturday lies in
// the horizon.
func (in *Instance) Weekends() int {
	if in.Horizon < 6 {
		return 0
	}
	return (in.Horizon-6)/7 + 1
}

// Sizes are the counts that rota.md §3.1 tabulates for each instance.
type Sizes struct {
	Days, ShiftTypes, Staff int
	DaysOff                 int // (employee, day) entries in SECTION_DAYS_OFF
	Requests                int // shift-on plus shift-off requests
	CoverRows               int
	Demand                  int // sum of cover requirements
}

// Sizes returns the instance's sizes.
func (in *Instance) Sizes() Sizes {
	s := Sizes{
		Days:       in.Horizon,
		ShiftTypes: len(in.Shifts),
		Staff:      len(in.Staff),
		Requests:   len(in.OnRequests) + len(in.OffRequests),
		CoverRows:  len(in.Cover),
	}
	for _, st := range in.Staff {
		s.DaysOff += len(st.DaysOff)
	}
	for _, c := range in.Cover {
		s.Demand += c.Requirement
	}
	return s
}
