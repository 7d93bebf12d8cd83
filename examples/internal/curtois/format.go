package curtois

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Write writes in in the text format that [Parse] reads, with LF line ends
// and the sections in the published order. It writes one SECTION_DAYS_OFF
// line per employee with days off. Write does not validate in; call
// [Instance.Validate] first when in was not produced by Parse.
func Write(w io.Writer, in *Instance) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "SECTION_HORIZON\n%d\n", in.Horizon)

	bw.WriteString("\nSECTION_SHIFTS\n")
	for _, s := range in.Shifts {
		ids := make([]string, len(s.CannotFollow))
		for i, t := range s.CannotFollow {
			ids[i] = in.Shifts[t].ID
		}
		fmt.Fprintf(bw, "%s,%d,%s\n", s.ID, s.Minutes, strings.Join(ids, "|"))
	}

	bw.WriteString("\nSECTION_STAFF\n")
	for _, st := range in.Staff {
		max := make([]string, len(st.MaxShifts))
		for t, m := range st.MaxShifts {
			max[t] = fmt.Sprintf("%s=%d", in.Shifts[t].ID, m)
		}
		fmt.Fprintf(bw, "%s,%s,%d,%d,%d,%d,%d,%d\n", st.ID, strings.Join(max, "|"),
			st.MaxMinutes, st.MinMinutes, st.MaxConsecutive, st.MinConsecutive, st.MinDaysOff, st.MaxWeekends)
	}

	bw.WriteString("\nSECTION_DAYS_OFF\n")
	for _, st := range in.Staff {
		if len(st.DaysOff) == 0 {
			continue
		}
		bw.WriteString(st.ID)
		for _, d := range st.DaysOff {
			fmt.Fprintf(bw, ",%d", d)
		}
		bw.WriteByte('\n')
	}

	for _, sec := range []struct {
		name string
		reqs []Request
	}{{SectionOnRequests, in.OnRequests}, {SectionOffRequests, in.OffRequests}} {
		fmt.Fprintf(bw, "\n%s\n", sec.name)
		for _, r := range sec.reqs {
			fmt.Fprintf(bw, "%s,%d,%s,%d\n", in.Staff[r.Staff].ID, r.Day, in.Shifts[r.Shift].ID, r.Weight)
		}
	}

	bw.WriteString("\nSECTION_COVER\n")
	for _, c := range in.Cover {
		fmt.Fprintf(bw, "%d,%s,%d,%d,%d\n", c.Day, in.Shifts[c.Shift].ID, c.Requirement, c.Under, c.Over)
	}
	return bw.Flush()
}
