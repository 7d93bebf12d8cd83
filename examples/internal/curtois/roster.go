package curtois

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Off marks a day off in a [Roster].
const Off = -1

// Roster assigns each employee, on each day, one shift type or nothing:
// r[s][d] is an index into Instance.Shifts, or [Off]. A roster for an
// instance has len(Staff) rows of Horizon entries.
type Roster [][]int

// NewRoster returns a roster for in with every employee off every day.
func NewRoster(in *Instance) Roster {
	r := make(Roster, len(in.Staff))
	cells := make([]int, len(in.Staff)*in.Horizon)
	for i := range cells {
		cells[i] = Off
	}
	for s := range r {
		r[s] = cells[s*in.Horizon : (s+1)*in.Horizon : (s+1)*in.Horizon]
	}
	return r
}

// WriteRoster writes r as text: one line per employee, the staff ID and
// then one token per day, the shift ID or "-" for a day off. The format is
// read back by [ParseRoster]. WriteRoster assumes r has the shape of in's
// rosters and valid shift indices; anything else is written as "?".
func WriteRoster(w io.Writer, in *Instance, r Roster) error {
	bw := bufio.NewWriter(w)
	for s, st := range in.Staff {
		bw.WriteString(st.ID)
		for d := 0; d < in.Horizon; d++ {
			tok := "?"
			if s < len(r) && d < len(r[s]) {
				switch t := r[s][d]; {
				case t == Off:
					tok = "-"
				case t >= 0 && t < len(in.Shifts):
					tok = in.Shifts[t].ID
				}
			}
			bw.WriteByte(' ')
			bw.WriteString(tok)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ParseRoster reads a roster for in in the format of [WriteRoster]. Blank
// lines and lines starting with '#' are ignored; every employee must appear
// exactly once with exactly Horizon tokens, each a shift ID of in or "-".
// Errors are *ParseError values with Section "roster".
func ParseRoster(rd io.Reader, in *Instance) (Roster, error) {
	shiftID := make(map[string]int, len(in.Shifts))
	for t, sh := range in.Shifts {
		shiftID[sh.ID] = t
	}
	staffID := make(map[string]int, len(in.Staff))
	for s, st := range in.Staff {
		staffID[st.ID] = s
	}
	r := NewRoster(in)
	seen := make([]bool, len(in.Staff))
	fail := func(n int, format string, args ...any) error {
		return &ParseError{Line: n, Section: "roster", Msg: fmt.Sprintf(format, args...)}
	}
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Fields(text)
		s, ok := staffID[f[0]]
		if !ok {
			return nil, fail(n, "unknown staff ID %q", f[0])
		}
		if seen[s] {
			return nil, fail(n, "staff %q appears twice", f[0])
		}
		seen[s] = true
		if len(f)-1 != in.Horizon {
			return nil, fail(n, "staff %q: %d days, want %d", f[0], len(f)-1, in.Horizon)
		}
		for d, tok := range f[1:] {
			if tok == "-" {
				continue
			}
			t, ok := shiftID[tok]
			if !ok {
				return nil, fail(n, "staff %q day %d: unknown shift ID %q", f[0], d, tok)
			}
			r[s][d] = t
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("curtois: reading roster: %w", err)
	}
	for s, ok := range seen {
		if !ok {
			return nil, &ParseError{Section: "roster", Msg: fmt.Sprintf("no line for staff %q", in.Staff[s].ID)}
		}
	}
	return r, nil
}
