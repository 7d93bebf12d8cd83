package curtois

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/shequ/shequ/volunteer"
)

// FuzzParse: Parse never panics; what it accepts is valid, survives
// Write → Parse unchanged, and can be evaluated and written as a MIP. The
// seed corpus is hand-written synthetic instances and broken variants of
// them, none taken from the published files.
func FuzzParse(f *testing.F) {
	f.Add(tiny)
	f.Add(strings.ReplaceAll(tiny, "\n", "\r\n"))
	f.Add("SECTION_HORIZON\n1\nSECTION_SHIFTS\nD,60\nSECTION_STAFF\nA,D=1,60,0,1,1,1,0\n" +
		"SECTION_DAYS_OFF\nSECTION_SHIFT_ON_REQUESTS\nSECTION_SHIFT_OFF_REQUESTS\nSECTION_COVER\n0,D,1,1,1\n")
	f.Add("SECTION_HORIZON\n14\n\nSECTION_SHIFTS\nN,720,D|E\nD,480,\nE,480,D\n\nSECTION_STAFF\n" +
		"X,N=3|D=9|E=0,5000,100,6,2,1,2\nY,N=0|D=14|E=14,5000,0,5,1,2,1\n\nSECTION_DAYS_OFF\nX,0,7\nY,13\n\n" +
		"SECTION_SHIFT_ON_REQUESTS\nX,2,N,1\n\nSECTION_SHIFT_OFF_REQUESTS\nY,5,E,3\nY,5,E,3\n\nSECTION_COVER\n0,N,1,100,1\n13,E,2,100,1\n")
	f.Add(strings.Replace(tiny, "A,E=3|L=2", "A,E=3|Q=2", 1))
	f.Add(strings.Replace(tiny, "\n7\n", "\n99999999999999999999\n", 1))
	f.Add(strings.Replace(tiny, "A,0\n", "A,0,1,2,3,4,5,6,7\n", 1))
	f.Add("SECTION_HORIZON\n")
	f.Fuzz(func(t *testing.T, text string) {
		in, err := Parse(strings.NewReader(text))
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("Parse error %v is a %T, want *ParseError", err, err)
			}
			return
		}
		if err := in.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid instance: %v", err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(&buf)
		if err != nil {
			t.Fatalf("Parse(Write(in)): %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(again, in) {
			t.Fatalf("Parse(Write(in)) = %+v, want %+v", again, in)
		}
		ev := Evaluate(in, NewRoster(in))
		if ev.Objective != ev.OnRequests+ev.OffRequests+ev.Under+ev.Over || ev.Objective < 0 {
			t.Fatalf("Evaluate(all off) = %+v", ev)
		}
		if in.Horizon*len(in.Staff)*len(in.Shifts) <= 20_000 {
			if err := WriteLP(io.Discard, in); err != nil {
				t.Fatal(err)
			}
			// The engine validates the mapped input without panicking.
			m := MapToVolunteer(in)
			volunteer.Validate(m.Input, m.Options)
		}
	})
}

// FuzzEvaluate: Evaluate never panics on any roster, malformed ones
// included, and its objective is the sum of its parts.
func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
	f.Add([]byte{255, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		in := mustParse(t, tiny)
		// The first byte picks the row count (0–3, tiny has 2); the rest
		// fill the rows with values from -2 to 2 (only -1, 0, 1 valid).
		var r Roster
		if len(data) > 0 {
			r = make(Roster, int(data[0])%4)
			data = data[1:]
		}
		for s := range r {
			n := in.Horizon
			if len(data) > 0 && data[0] >= 250 { // a short or long row
				n = int(data[0]) - 246
			}
			r[s] = make([]int, n)
			for d := range r[s] {
				if len(data) > 0 {
					r[s][d] = int(data[0])%5 - 2
					data = data[1:]
				} else {
					r[s][d] = Off
				}
			}
		}
		ev := Evaluate(in, r)
		if ev.Objective != ev.OnRequests+ev.OffRequests+ev.Under+ev.Over {
			t.Fatalf("Evaluate = %+v: objective is not the sum of its parts", ev)
		}
		for _, v := range ev.Violations {
			if !v.Rule.IsValid() || v.Describe(in) == "" || v.DescribeZH(in) == "" {
				t.Fatalf("bad violation %+v", v)
			}
		}
	})
}

// FuzzParseRoster: ParseRoster never panics, and what it accepts survives
// WriteRoster → ParseRoster.
func FuzzParseRoster(f *testing.F) {
	f.Add("A - E L - - - -\nB E E E - - - -\n")
	f.Add("# comment\r\nB E E E - - - -\r\nA - E L - - - -\r\n")
	f.Add("A - E L - - - -\nA - E L - - - -\n")
	f.Add("A - E X - - - -\nB E E E - - - -\n")
	f.Fuzz(func(t *testing.T, text string) {
		in := mustParse(t, tiny)
		r, err := ParseRoster(strings.NewReader(text), in)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteRoster(&buf, in, r); err != nil {
			t.Fatal(err)
		}
		again, err := ParseRoster(&buf, in)
		if err != nil || !reflect.DeepEqual(again, r) {
			t.Fatalf("round trip: %v, %v; want %v", again, err, r)
		}
	})
}

// FuzzReadCBCSolution: ReadCBCSolution never panics, and what it accepts is
// a roster of the right shape.
func FuzzReadCBCSolution(f *testing.F) {
	f.Add("Optimal - objective value 15.00000000\n      0 x_0_1_0   1   -2\n      3 x_0_2_1   1   3\n")
	f.Add("Stopped on time - objective value 1e300\n")
	f.Add("Optimal - objective value 1\n**  0 x_1_6_0 0.99 0\n 1 x_-1_0_0 1 0\n")
	f.Fuzz(func(t *testing.T, text string) {
		in := mustParse(t, tiny)
		sol, err := ReadCBCSolution(strings.NewReader(text), in)
		if err != nil {
			return
		}
		if len(sol.Roster) != len(in.Staff) {
			t.Fatalf("roster has %d rows", len(sol.Roster))
		}
		for _, v := range Evaluate(in, sol.Roster).Violations {
			if v.Rule == RuleRosterShape {
				t.Fatalf("ReadCBCSolution returned a malformed roster: %v", v)
			}
		}
	})
}

// FuzzReadBestKnown: ReadBestKnown never panics.
func FuzzReadBestKnown(f *testing.F) {
	f.Add("# c\ninstance\tlit_best_60min\nA\t607\nB\t-\n")
	f.Add("instance\tx\tlit_best_60min\r\nA\t1\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := ReadBestKnown(strings.NewReader(text), BestKnownColumn)
		if err == nil && m == nil {
			t.Fatal("nil map without error")
		}
	})
}
