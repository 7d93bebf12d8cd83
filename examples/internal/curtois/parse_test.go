package curtois

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// tiny is a hand-written synthetic instance (not taken from the published
// files): one week, two shift types, two employees. The evaluator tests
// compute its objective by hand.
const tiny = `# A hand-written test instance.
SECTION_HORIZON
# one week, starting on a Monday
7

SECTION_SHIFTS
# ID, minutes, cannot follow
E,480,
L,600,E

SECTION_STAFF
A,E=3|L=2,2000,960,3,2,2,1
B,E=7|L=0,3000,0,5,2,2,0

SECTION_DAYS_OFF
A,0

SECTION_SHIFT_ON_REQUESTS
A,1,E,2
B,6,E,5

SECTION_SHIFT_OFF_REQUESTS
A,2,L,3

SECTION_COVER
0,E,0,100,4
1,E,2,100,1
2,L,1,50,2
5,E,1,10,1
`

// tinyWant is what Parse must return for tiny.
func tinyWant() *Instance {
	return &Instance{
		Horizon: 7,
		Shifts: []Shift{
			{ID: "E", Minutes: 480},
			{ID: "L", Minutes: 600, CannotFollow: []int{0}},
		},
		Staff: []Staff{
			{ID: "A", MaxShifts: []int{3, 2}, MaxMinutes: 2000, MinMinutes: 960, MaxConsecutive: 3, MinConsecutive: 2, MinDaysOff: 2, MaxWeekends: 1, DaysOff: []int{0}},
			{ID: "B", MaxShifts: []int{7, 0}, MaxMinutes: 3000, MinMinutes: 0, MaxConsecutive: 5, MinConsecutive: 2, MinDaysOff: 2, MaxWeekends: 0},
		},
		OnRequests:  []Request{{Staff: 0, Day: 1, Shift: 0, Weight: 2}, {Staff: 1, Day: 6, Shift: 0, Weight: 5}},
		OffRequests: []Request{{Staff: 0, Day: 2, Shift: 1, Weight: 3}},
		Cover: []Cover{
			{Day: 0, Shift: 0, Requirement: 0, Under: 100, Over: 4},
			{Day: 1, Shift: 0, Requirement: 2, Under: 100, Over: 1},
			{Day: 2, Shift: 1, Requirement: 1, Under: 50, Over: 2},
			{Day: 5, Shift: 0, Requirement: 1, Under: 10, Over: 1},
		},
	}
}

func mustParse(t testing.TB, text string) *Instance {
	t.Helper()
	in, err := Parse(strings.NewReader(text))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return in
}

func TestParse(t *testing.T) {
	// Moving the cover section to the front and the horizon to the end
	// must not matter: sections are resolved in dependency order.
	reordered := "SECTION_COVER" + strings.SplitN(tiny, "SECTION_COVER", 2)[1]
	reordered += strings.SplitN(strings.SplitN(tiny, "SECTION_SHIFTS", 2)[0], "SECTION_HORIZON", 2)[0]
	reordered += "SECTION_SHIFTS" + strings.SplitN(strings.SplitN(tiny, "SECTION_SHIFTS", 2)[1], "SECTION_COVER", 2)[0]
	reordered += "SECTION_HORIZON\n7\n"
	tests := []struct {
		name, text, reason string
	}{
		{"lf", tiny, "the published copy uses LF"},
		{"crlf", strings.ReplaceAll(tiny, "\n", "\r\n"), "the official files use CRLF"},
		{"spaces", strings.ReplaceAll(strings.ReplaceAll(tiny, ",", " , "), "\n", "  \n"), "spaces around fields and at line ends are not part of the data"},
		{"no trailing comma", strings.Replace(tiny, "E,480,\n", "E,480\n", 1), "the successor field may be left out"},
		{"reordered", reordered, "sections may come in any order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.text))
			if err != nil {
				t.Fatalf("Parse: %v (%s)", err, tt.reason)
			}
			if want := tinyWant(); !reflect.DeepEqual(got, want) {
				t.Errorf("Parse = %+v\nwant %+v (%s)", got, want, tt.reason)
			}
		})
	}
}

func TestParseDaysOffSeveralPerLine(t *testing.T) {
	in := mustParse(t, strings.Replace(tiny, "A,0\n", "A,0,6\nB,3\nA,4\n", 1))
	if got, want := in.Staff[0].DaysOff, []int{0, 6, 4}; !reflect.DeepEqual(got, want) {
		t.Errorf("A.DaysOff = %v, want %v", got, want)
	}
	if got, want := in.Staff[1].DaysOff, []int{3}; !reflect.DeepEqual(got, want) {
		t.Errorf("B.DaysOff = %v, want %v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	// lineOf returns the 1-based line of tiny that contains s.
	lineOf := func(s string) int {
		for i, l := range strings.Split(tiny, "\n") {
			if l == s {
				return i + 1
			}
		}
		t.Fatalf("no line %q in tiny", s)
		return 0
	}
	replace := func(old, new string) string {
		if !strings.Contains(tiny, old) {
			t.Fatalf("tiny has no %q", old)
		}
		return strings.Replace(tiny, old, new, 1)
	}
	tests := []struct {
		name    string
		text    string
		line    int
		section string
		msg     string // substring of the message
	}{
		{"unknown shift in staff", replace("A,E=3|L=2,", "A,E=3|X=2,"), lineOf("A,E=3|L=2,2000,960,3,2,2,1"), SectionStaff, `unknown shift ID "X"`},
		{"unknown shift in successors", replace("L,600,E", "L,600,E|N"), lineOf("L,600,E"), SectionShifts, `unknown shift ID "N"`},
		{"unknown shift in cover", replace("5,E,1,10,1", "5,N,1,10,1"), lineOf("5,E,1,10,1"), SectionCover, `unknown shift ID "N"`},
		{"unknown staff in days off", replace("A,0\n", "Z,0\n"), lineOf("A,0"), SectionDaysOff, `unknown staff ID "Z"`},
		{"unknown staff in requests", replace("B,6,E,5", "C,6,E,5"), lineOf("B,6,E,5"), SectionOnRequests, `unknown staff ID "C"`},
		{"bad integer", replace("A,E=3|L=2,2000,", "A,E=3|L=2,2k,"), lineOf("A,E=3|L=2,2000,960,3,2,2,1"), SectionStaff, `max total minutes: "2k" is not an integer`},
		{"negative integer", replace("A,2,L,3", "A,2,L,-3"), lineOf("A,2,L,3"), SectionOffRequests, "weight: -3 is outside"},
		{"day past horizon", replace("A,1,E,2", "A,7,E,2"), lineOf("A,1,E,2"), SectionOnRequests, "day: 7 is outside [0, 6]"},
		{"negative day", replace("A,0\n", "A,-1\n"), lineOf("A,0"), SectionDaysOff, "day: -1 is outside"},
		{"cover day past horizon", replace("5,E,1,10,1", "9,E,1,10,1"), lineOf("5,E,1,10,1"), SectionCover, "day: 9 is outside"},
		{"duplicate shift", replace("L,600,E", "L,600,E\nE,300,"), lineOf("L,600,E") + 1, SectionShifts, `duplicate shift ID "E"`},
		{"duplicate staff", replace("B,E=7|L=0,3000,0,5,2,2,0", "A,E=7|L=0,3000,0,5,2,2,0"), lineOf("B,E=7|L=0,3000,0,5,2,2,0"), SectionStaff, `duplicate staff ID "A"`},
		{"duplicate cover", replace("5,E,1,10,1", "5,E,1,10,1\n5,E,2,10,1"), lineOf("5,E,1,10,1") + 1, SectionCover, "second cover row for day 5"},
		{"missing section", replace("SECTION_SHIFT_OFF_REQUESTS\nA,2,L,3\n", ""), 0, SectionOffRequests, "missing section"},
		{"duplicate section", tiny + "SECTION_COVER\n", strings.Count(tiny, "\n") + 1, SectionCover, "section appears twice"},
		{"unknown section", replace("SECTION_DAYS_OFF", "SECTION_HOLIDAYS"), lineOf("SECTION_DAYS_OFF"), "", "unknown section"},
		{"data before sections", "7\n" + tiny, 1, "", "before the first SECTION_"},
		{"two horizons", replace("7\n", "7\n8\n"), lineOf("7") + 1, SectionHorizon, "want one line"},
		{"zero horizon", replace("\n7\n", "\n0\n"), lineOf("7"), SectionHorizon, "horizon: 0 is outside"},
		{"too few staff fields", replace("B,E=7|L=0,3000,0,5,2,2,0", "B,E=7|L=0,3000,0,5,2,2"), lineOf("B,E=7|L=0,3000,0,5,2,2,0"), SectionStaff, "want 8 comma-separated fields, got 7"},
		{"max shifts without =", replace("A,E=3|L=2,", "A,E3|L=2,"), lineOf("A,E=3|L=2,2000,960,3,2,2,1"), SectionStaff, "not of the form ShiftID=Max"},
		{"max shifts missing a type", replace("A,E=3|L=2,", "A,E=3,"), lineOf("A,E=3|L=2,2000,960,3,2,2,1"), SectionStaff, `no maximum for shift "L"`},
		{"max shifts twice", replace("A,E=3|L=2,", "A,E=3|L=2|E=1,"), lineOf("A,E=3|L=2,2000,960,3,2,2,1"), SectionStaff, `shift "E" given twice`},
		{"successor twice", replace("L,600,E", "L,600,E|E"), lineOf("L,600,E"), SectionShifts, "listed twice"},
		{"bad ID", replace("L,600,E", "L L,600,E"), lineOf("L,600,E"), SectionShifts, "may not contain spaces"},
		{"no staff", replace("A,E=3|L=2,2000,960,3,2,2,1\nB,E=7|L=0,3000,0,5,2,2,0\n", ""), 0, SectionStaff, "no staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.text))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse error = %v, want a *ParseError", err)
			}
			if pe.Line != tt.line || pe.Section != tt.section || !strings.Contains(pe.Msg, tt.msg) {
				t.Errorf("Parse error = {Line:%d Section:%q Msg:%q}, want line %d, section %q, message containing %q",
					pe.Line, pe.Section, pe.Msg, tt.line, tt.section, tt.msg)
			}
			// The same error on CRLF input: line numbers do not change.
			_, err = Parse(strings.NewReader(strings.ReplaceAll(tt.text, "\n", "\r\n")))
			if err == nil || err.Error() != pe.Error() {
				t.Errorf("CRLF: Parse error = %v, want %v", err, pe)
			}
		})
	}
}

func TestParseErrorText(t *testing.T) {
	err := (&ParseError{Line: 12, Section: SectionStaff, Msg: `unknown shift ID "X"`}).Error()
	if want := `curtois: line 12: SECTION_STAFF: unknown shift ID "X"`; err != want {
		t.Errorf("Error() = %q, want %q", err, want)
	}
	err = (&ParseError{Section: SectionCover, Msg: "missing section"}).Error()
	if want := "curtois: SECTION_COVER: missing section"; err != want {
		t.Errorf("Error() = %q, want %q", err, want)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	in := mustParse(t, tiny)
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	again, err := Parse(&buf)
	if err != nil {
		t.Fatalf("Parse(Write(tiny)): %v\n%s", err, buf.String())
	}
	if !reflect.DeepEqual(again, in) {
		t.Errorf("Parse(Write(tiny)) = %+v, want %+v", again, in)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Instance)
		path   string
	}{
		{"horizon", func(in *Instance) { in.Horizon = 0 }, "Horizon"},
		{"empty shift ID", func(in *Instance) { in.Shifts[1].ID = "" }, "Shifts[1].ID"},
		{"duplicate staff", func(in *Instance) { in.Staff[1].ID = "A" }, "Staff[1].ID"},
		{"successor out of range", func(in *Instance) { in.Shifts[1].CannotFollow = []int{2} }, "Shifts[1].CannotFollow[0]"},
		{"max shifts length", func(in *Instance) { in.Staff[0].MaxShifts = []int{1} }, "Staff[0].MaxShifts"},
		{"negative minutes", func(in *Instance) { in.Staff[1].MinMinutes = -1 }, "Staff[1].MinMinutes"},
		{"day off past horizon", func(in *Instance) { in.Staff[0].DaysOff = []int{7} }, "Staff[0].DaysOff[0]"},
		{"request staff", func(in *Instance) { in.OffRequests[0].Staff = 2 }, "OffRequests[0].Staff"},
		{"request weight", func(in *Instance) { in.OnRequests[1].Weight = MaxValue + 1 }, "OnRequests[1].Weight"},
		{"cover shift", func(in *Instance) { in.Cover[2].Shift = -1 }, "Cover[2].Shift"},
		{"cover duplicate", func(in *Instance) { in.Cover[2].Day, in.Cover[2].Shift = 1, 0 }, "Cover[2]"},
	}
	if err := tinyWant().Validate(); err != nil {
		t.Fatalf("tiny: Validate = %v, want nil", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tinyWant()
			tt.change(in)
			var ve *ValidationError
			if err := in.Validate(); !errors.As(err, &ve) || ve.Path != tt.path {
				t.Errorf("Validate = %v, want a *ValidationError at %s", err, tt.path)
			}
		})
	}
}
