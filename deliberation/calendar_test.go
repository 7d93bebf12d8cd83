package deliberation

import (
	"testing"
	"time"
)

// may2025 is part of China's 2025 arrangement: 1–5 May off, Sunday 27
// April worked (国办发明电〔2024〕12号, as published).
var may2025 = Calendar{
	Holidays: []Date{{2025, 5, 1}, {2025, 5, 2}, {2025, 5, 3}, {2025, 5, 4}, {2025, 5, 5}},
	Workdays: []Date{{2025, 4, 27}},
}

func TestAddWorkingDays(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, cst) }
	tests := []struct {
		cal    Calendar
		start  time.Time
		n      int
		want   time.Time
		reason string
	}{
		{Calendar{}, at(2025, 4, 21, 10), 1, at(2025, 4, 23, 0), "Monday + 1: the end of Tuesday (the start day is not counted)"},
		{Calendar{}, at(2025, 4, 25, 10), 1, at(2025, 4, 29, 0), "Friday + 1 skips the weekend: the end of Monday"},
		{may2025, at(2025, 4, 25, 10), 1, at(2025, 4, 28, 0), "Friday + 1: Sunday 27 April is a make-up working day (调休)"},
		{may2025, at(2025, 4, 30, 10), 1, at(2025, 5, 7, 0), "30 April + 1 skips the May Day holiday: the end of 6 May"},
		{may2025, at(2025, 4, 24, 23), 5, at(2025, 5, 1, 0), "from Thursday 24 April: 25, 27 (调休), 28, 29, 30 April: the end of 30 April"},
		{Calendar{}, at(2025, 4, 21, 23), 0, time.Time{}, "no deadline"},
		{Calendar{}, time.Date(2025, 4, 20, 17, 0, 0, 0, time.UTC), 1, at(2025, 4, 23, 0), "17:00 UTC on Sunday is 01:00 Monday in Beijing"},
	}
	for _, tt := range tests {
		if got := tt.cal.AddWorkingDays(tt.start, tt.n); !got.Equal(tt.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s (%s)", tt.start, tt.n, got, tt.want, tt.reason)
		}
	}
	if got := may2025.WorkingDaysBetween(at(2025, 4, 24, 9), at(2025, 5, 6, 9)); got != 6 {
		t.Errorf("WorkingDaysBetween(24 April, 6 May) = %d, want 6 (25, 27, 28, 29, 30 April and 6 May)", got)
	}
	never := Calendar{Holidays: nil}
	for d := 1; d <= 31; d++ {
		never.Holidays = append(never.Holidays, Date{2025, 1, d})
	}
	if got := never.AddWorkingDays(at(2024, 12, 31, 9), 1); !got.Equal(at(2025, 2, 4, 0)) {
		t.Errorf("AddWorkingDays over a month of holidays = %s, want the end of 3 February", got)
	}
}

func TestDateText(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{{"2025-04-27", true}, {"2025-02-29", false}, {"2025-4-27", false}, {"", false}} {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) = %v, %v; want ok=%v", tt.in, d, err, tt.ok)
			continue
		}
		if tt.ok {
			if b, _ := d.MarshalText(); string(b) != tt.in {
				t.Errorf("ParseDate(%q).MarshalText() = %q", tt.in, b)
			}
		}
	}
	c := Calendar{Holidays: []Date{{2025, 5, 1}, {2025, 2, 30}}, Workdays: []Date{{2025, 5, 1}}}
	if got := len(c.Check()); got != 2 {
		t.Errorf("Check() found %d problems, want 2 (an invalid date; a day both off and worked): %v", got, c.Check())
	}
}
