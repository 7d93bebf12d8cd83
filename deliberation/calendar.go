package deliberation

import (
	"fmt"
	"time"
)

// Date is a civil date, without a time or a zone. Its text form is
// "2006-01-02". The zero Date is not a valid date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the civil date of t in loc.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, d := t.In(loc).Date()
	return Date{y, m, d}
}

// IsValid reports whether d is a real date of the Gregorian calendar.
func (d Date) IsValid() bool {
	if d.Month < time.January || d.Month > time.December || d.Day < 1 || d.Day > 31 {
		return false
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day && t.Month() == d.Month
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// String returns d as "2006-01-02".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// MarshalText implements [encoding.TextMarshaler].
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsValid() {
		return nil, fmt.Errorf("deliberation: invalid date %d-%d-%d", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Date) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err == nil {
		*d = v
	}
	return err
}

// ParseDate parses a date in the form "2006-01-02".
func ParseDate(text string) (Date, error) {
	t, err := time.Parse(time.DateOnly, text)
	if err != nil {
		return Date{}, fmt.Errorf("deliberation: date %q: want YYYY-MM-DD", text)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// Calendar says which days are working days, as data the embedder
// supplies: Monday to Friday are working days, except Holidays (法定节假日
// and the days off around them); Saturdays and Sundays are days off, except
// Workdays (调休 make-up working days). The State Council publishes each
// year's arrangement (国务院办公厅关于某年部分节假日安排的通知); the library
// ships none, because a wrong holiday would move every deadline.
//
// The zero Calendar has no holidays and counts days in China Standard Time.
type Calendar struct {
	Name     string `json:"name,omitempty"`
	Holidays []Date `json:"holidays,omitempty"`
	Workdays []Date `json:"workdays,omitempty"`
	// OffsetMinutes is the zone of the calendar's days, in minutes east of
	// UTC; zero means China Standard Time (UTC+8).
	OffsetMinutes int `json:"offset_minutes,omitempty"`
}

// Location returns the fixed zone the calendar counts days in.
func (c Calendar) Location() *time.Location {
	off := c.OffsetMinutes
	if off == 0 {
		return chinaStandardTime
	}
	return time.FixedZone(fmt.Sprintf("UTC%+03d:%02d", off/60, abs(off%60)), off*60)
}

var chinaStandardTime = time.FixedZone("CST", 8*3600)

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// IsWorkingDay reports whether d is a working day of c.
func (c Calendar) IsWorkingDay(d Date) bool {
	for _, w := range c.Workdays {
		if w == d {
			return true
		}
	}
	for _, h := range c.Holidays {
		if h == d {
			return false
		}
	}
	wd := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// maxCalendarScan bounds the days AddWorkingDays looks at, so that a
// calendar with no working days cannot loop forever.
const maxCalendarScan = 3660

// AddWorkingDays returns the deadline n working days after start: the end
// (24:00, that is 00:00 of the next day) of the n-th working day after the
// day of start. The day of start is not counted, as Civil Code art. 201
// counts periods from the next day, and a period ends at 24:00 of its last
// day (art. 203). It returns the zero Time when n is not positive or when
// the calendar has no n working days in the next ten years.
func (c Calendar) AddWorkingDays(start time.Time, n int) time.Time {
	if n <= 0 || start.IsZero() {
		return time.Time{}
	}
	loc := c.Location()
	y, m, d := start.In(loc).Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, loc)
	for i := 0; i < maxCalendarScan; i++ {
		day = day.AddDate(0, 0, 1)
		if c.IsWorkingDay(Date{day.Year(), day.Month(), day.Day()}) {
			n--
			if n == 0 {
				return day.AddDate(0, 0, 1)
			}
		}
	}
	return time.Time{}
}

// WorkingDaysBetween returns the number of working days after the day of
// from up to and including the day of to; 0 when to is not after from.
func (c Calendar) WorkingDaysBetween(from, to time.Time) int {
	loc := c.Location()
	y, m, d := from.In(loc).Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, loc)
	ty, tm, td := to.In(loc).Date()
	end := time.Date(ty, tm, td, 0, 0, 0, 0, loc)
	n := 0
	for i := 0; i < 4*maxCalendarScan && day.Before(end); i++ {
		day = day.AddDate(0, 0, 1)
		if c.IsWorkingDay(Date{day.Year(), day.Month(), day.Day()}) {
			n++
		}
	}
	return n
}

// Check returns a problem for every invalid date and every date that is
// both a holiday and a make-up working day.
func (c Calendar) Check() []Problem {
	var ps []Problem
	hol := make(map[Date]bool, len(c.Holidays))
	for i, h := range c.Holidays {
		if !h.IsValid() {
			ps = append(ps, Problem{CodeFieldInvalid, fmt.Sprintf("calendar.holidays[%d]", i), "not a valid date", "日期无效"})
		}
		hol[h] = true
	}
	for i, w := range c.Workdays {
		if !w.IsValid() {
			ps = append(ps, Problem{CodeFieldInvalid, fmt.Sprintf("calendar.workdays[%d]", i), "not a valid date", "日期无效"})
		}
		if hol[w] {
			ps = append(ps, Problem{CodeFieldDuplicate, fmt.Sprintf("calendar.workdays[%d]", i),
				fmt.Sprintf("%s is both a holiday and a make-up working day", w),
				fmt.Sprintf("%s 既是节假日又是调休工作日", w)})
		}
	}
	return ps
}
