package curtois

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what [Parse] accepts, so that a hostile file cannot make the
// reader or the evaluator allocate without bound or overflow an int.
const (
	// MaxHorizon is the longest horizon accepted, in days (ten years).
	MaxHorizon = 3660
	// MaxValue is the largest integer accepted in any field.
	MaxValue = 1_000_000_000
)

// The section names of the file format, in the order they appear in the
// published files.
const (
	SectionHorizon     = "SECTION_HORIZON"
	SectionShifts      = "SECTION_SHIFTS"
	SectionStaff       = "SECTION_STAFF"
	SectionDaysOff     = "SECTION_DAYS_OFF"
	SectionOnRequests  = "SECTION_SHIFT_ON_REQUESTS"
	SectionOffRequests = "SECTION_SHIFT_OFF_REQUESTS"
	SectionCover       = "SECTION_COVER"
)

// sections lists every section in processing order; each is required.
var sections = [...]string{
	SectionHorizon, SectionShifts, SectionStaff, SectionDaysOff,
	SectionOnRequests, SectionOffRequests, SectionCover,
}

// ParseError describes a malformed instance file. Line is 1-based; it is 0
// when the problem is not on one line (a missing section).
type ParseError struct {
	Line    int
	Section string // the section the line belongs to, "" before the first
	Msg     string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("curtois: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Section != "" {
		fmt.Fprintf(&b, "%s: ", e.Section)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// line is one non-blank, non-comment line of a section.
type line struct {
	n      int
	fields []string
}

// parser carries the state of one Parse call.
type parser struct {
	in      *Instance
	section string
	shiftID map[string]int
	staffID map[string]int
}

// Parse reads an instance in the Curtois & Qu text format: '#' starts a
// comment line, blank lines are ignored, line ends may be LF or CRLF, and
// the seven sections (SECTION_HORIZON … SECTION_COVER) must each appear
// exactly once, in any order. Every reference (shift ID, staff ID, day) is
// checked; the first problem is returned as a *ParseError with its line
// number and section.
func Parse(r io.Reader) (*Instance, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("curtois: reading instance: %w", err)
	}
	bySection := make(map[string][]line)
	current := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if strings.HasPrefix(text, "SECTION_") {
			if !knownSection(text) {
				return nil, &ParseError{Line: n, Msg: fmt.Sprintf("unknown section %q", text)}
			}
			if _, dup := bySection[text]; dup {
				return nil, &ParseError{Line: n, Section: text, Msg: "section appears twice"}
			}
			bySection[text] = []line{}
			current = text
			continue
		}
		if current == "" {
			return nil, &ParseError{Line: n, Msg: "data before the first SECTION_ header"}
		}
		fields := strings.Split(text, ",")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		bySection[current] = append(bySection[current], line{n: n, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("curtois: reading instance: %w", err)
	}
	for _, s := range sections {
		if _, ok := bySection[s]; !ok {
			return nil, &ParseError{Section: s, Msg: "missing section"}
		}
	}
	p := &parser{in: &Instance{}, shiftID: map[string]int{}, staffID: map[string]int{}}
	steps := []struct {
		section string
		f       func([]line) error
	}{
		{SectionHorizon, p.horizon},
		{SectionShifts, p.shifts},
		{SectionStaff, p.staff},
		{SectionDaysOff, p.daysOff},
		{SectionOnRequests, func(ls []line) error { return p.requests(ls, &p.in.OnRequests) }},
		{SectionOffRequests, func(ls []line) error { return p.requests(ls, &p.in.OffRequests) }},
		{SectionCover, p.cover},
	}
	for _, st := range steps {
		p.section = st.section
		if err := st.f(bySection[st.section]); err != nil {
			return nil, err
		}
	}
	return p.in, nil
}

func knownSection(s string) bool {
	for _, k := range sections {
		if s == k {
			return true
		}
	}
	return false
}

func (p *parser) errorf(l line, format string, args ...any) error {
	return &ParseError{Line: l.n, Section: p.section, Msg: fmt.Sprintf(format, args...)}
}

// int parses a field as an integer in [lo, hi]; what names it in errors.
func (p *parser) int(l line, field string, what string, lo, hi int) (int, error) {
	v, err := strconv.Atoi(field)
	if err != nil {
		return 0, p.errorf(l, "%s: %q is not an integer", what, field)
	}
	if v < lo || v > hi {
		return 0, p.errorf(l, "%s: %d is outside [%d, %d]", what, v, lo, hi)
	}
	return v, nil
}

func (p *parser) fieldCount(l line, min, max int) error {
	if n := len(l.fields); n < min || n > max {
		if min == max {
			return p.errorf(l, "want %d comma-separated fields, got %d", min, n)
		}
		return p.errorf(l, "want %d to %d comma-separated fields, got %d", min, max, n)
	}
	return nil
}

func (p *parser) day(l line, field string) (int, error) {
	return p.int(l, field, "day", 0, p.in.Horizon-1)
}

func (p *parser) shift(l line, id string) (int, error) {
	i, ok := p.shiftID[id]
	if !ok {
		return 0, p.errorf(l, "unknown shift ID %q", id)
	}
	return i, nil
}

func (p *parser) employee(l line, id string) (int, error) {
	i, ok := p.staffID[id]
	if !ok {
		return 0, p.errorf(l, "unknown staff ID %q", id)
	}
	return i, nil
}

func (p *parser) horizon(ls []line) error {
	if len(ls) != 1 {
		if len(ls) == 0 {
			return &ParseError{Section: p.section, Msg: "no horizon given"}
		}
		return p.errorf(ls[1], "want one line with the horizon, got %d lines", len(ls))
	}
	l := ls[0]
	if err := p.fieldCount(l, 1, 1); err != nil {
		return err
	}
	h, err := p.int(l, l.fields[0], "horizon", 1, MaxHorizon)
	if err != nil {
		return err
	}
	p.in.Horizon = h
	return nil
}

func (p *parser) shifts(ls []line) error {
	if len(ls) == 0 {
		return &ParseError{Section: p.section, Msg: "no shift types"}
	}
	for _, l := range ls {
		if err := p.fieldCount(l, 2, 3); err != nil {
			return err
		}
		id := l.fields[0]
		if err := checkID(id); err != nil {
			return p.errorf(l, "shift ID %q: %v", id, err)
		}
		if _, dup := p.shiftID[id]; dup {
			return p.errorf(l, "duplicate shift ID %q", id)
		}
		minutes, err := p.int(l, l.fields[1], "shift length in minutes", 0, MaxValue)
		if err != nil {
			return err
		}
		p.shiftID[id] = len(p.in.Shifts)
		p.in.Shifts = append(p.in.Shifts, Shift{ID: id, Minutes: minutes})
	}
	// Successors may name shifts declared further down, so resolve them
	// once every ID is known.
	for i, l := range ls {
		if len(l.fields) < 3 || l.fields[2] == "" {
			continue
		}
		seen := map[int]bool{}
		for _, id := range strings.Split(l.fields[2], "|") {
			t, err := p.shift(l, strings.TrimSpace(id))
			if err != nil {
				return err
			}
			if seen[t] {
				return p.errorf(l, "shift %q listed twice as a forbidden successor", id)
			}
			seen[t] = true
			p.in.Shifts[i].CannotFollow = append(p.in.Shifts[i].CannotFollow, t)
		}
	}
	return nil
}

func (p *parser) staff(ls []line) error {
	if len(ls) == 0 {
		return &ParseError{Section: p.section, Msg: "no staff"}
	}
	for _, l := range ls {
		if err := p.fieldCount(l, 8, 8); err != nil {
			return err
		}
		id := l.fields[0]
		if err := checkID(id); err != nil {
			return p.errorf(l, "staff ID %q: %v", id, err)
		}
		if _, dup := p.staffID[id]; dup {
			return p.errorf(l, "duplicate staff ID %q", id)
		}
		s := Staff{ID: id, MaxShifts: make([]int, len(p.in.Shifts))}
		set := make([]bool, len(p.in.Shifts))
		for _, part := range strings.Split(l.fields[1], "|") {
			key, val, ok := strings.Cut(part, "=")
			if !ok {
				return p.errorf(l, "max shifts: %q is not of the form ShiftID=Max", part)
			}
			t, err := p.shift(l, strings.TrimSpace(key))
			if err != nil {
				return err
			}
			if set[t] {
				return p.errorf(l, "max shifts: shift %q given twice", key)
			}
			set[t] = true
			if s.MaxShifts[t], err = p.int(l, strings.TrimSpace(val), "max shifts of "+p.in.Shifts[t].ID, 0, MaxValue); err != nil {
				return err
			}
		}
		for t, ok := range set {
			if !ok {
				return p.errorf(l, "max shifts: no maximum for shift %q", p.in.Shifts[t].ID)
			}
		}
		targets := []struct {
			v    *int
			what string
		}{
			{&s.MaxMinutes, "max total minutes"},
			{&s.MinMinutes, "min total minutes"},
			{&s.MaxConsecutive, "max consecutive shifts"},
			{&s.MinConsecutive, "min consecutive shifts"},
			{&s.MinDaysOff, "min consecutive days off"},
			{&s.MaxWeekends, "max weekends"},
		}
		for i, tg := range targets {
			v, err := p.int(l, l.fields[2+i], tg.what, 0, MaxValue)
			if err != nil {
				return err
			}
			*tg.v = v
		}
		p.staffID[id] = len(p.in.Staff)
		p.in.Staff = append(p.in.Staff, s)
	}
	return nil
}

func (p *parser) daysOff(ls []line) error {
	for _, l := range ls {
		if err := p.fieldCount(l, 2, MaxHorizon+1); err != nil {
			return err
		}
		e, err := p.employee(l, l.fields[0])
		if err != nil {
			return err
		}
		for _, f := range l.fields[1:] {
			d, err := p.day(l, f)
			if err != nil {
				return err
			}
			p.in.Staff[e].DaysOff = append(p.in.Staff[e].DaysOff, d)
		}
	}
	return nil
}

func (p *parser) requests(ls []line, dst *[]Request) error {
	for _, l := range ls {
		if err := p.fieldCount(l, 4, 4); err != nil {
			return err
		}
		var r Request
		var err error
		if r.Staff, err = p.employee(l, l.fields[0]); err != nil {
			return err
		}
		if r.Day, err = p.day(l, l.fields[1]); err != nil {
			return err
		}
		if r.Shift, err = p.shift(l, l.fields[2]); err != nil {
			return err
		}
		if r.Weight, err = p.int(l, l.fields[3], "weight", 0, MaxValue); err != nil {
			return err
		}
		*dst = append(*dst, r)
	}
	return nil
}

func (p *parser) cover(ls []line) error {
	seen := make(map[[2]int]int)
	for _, l := range ls {
		if err := p.fieldCount(l, 5, 5); err != nil {
			return err
		}
		var c Cover
		var err error
		if c.Day, err = p.day(l, l.fields[0]); err != nil {
			return err
		}
		if c.Shift, err = p.shift(l, l.fields[1]); err != nil {
			return err
		}
		if prev, dup := seen[[2]int{c.Day, c.Shift}]; dup {
			return p.errorf(l, "second cover row for day %d shift %q (first on line %d)", c.Day, l.fields[1], prev)
		}
		seen[[2]int{c.Day, c.Shift}] = l.n
		if c.Requirement, err = p.int(l, l.fields[2], "requirement", 0, MaxValue); err != nil {
			return err
		}
		if c.Under, err = p.int(l, l.fields[3], "under-cover weight", 0, MaxValue); err != nil {
			return err
		}
		if c.Over, err = p.int(l, l.fields[4], "over-cover weight", 0, MaxValue); err != nil {
			return err
		}
		p.in.Cover = append(p.in.Cover, c)
	}
	return nil
}

// checkID reports why s cannot be a shift or staff ID: IDs are non-empty,
// contain no space, ',', '|' or '=', do not start with '#' or "SECTION_",
// and are not "-" (which marks a day off in the roster format).
func checkID(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("empty ID")
	case s == "-":
		return fmt.Errorf(`"-" is reserved for a day off`)
	case strings.HasPrefix(s, "#"), strings.HasPrefix(s, "SECTION_"):
		return fmt.Errorf("ID may not start with '#' or SECTION_")
	case strings.ContainsAny(s, ",|= \t\r\n\v\f"):
		return fmt.Errorf("ID may not contain spaces, ',', '|' or '='")
	}
	for _, r := range s {
		if r < 0x21 || r == 0x7f || r == utf8.RuneError || unicode.IsSpace(r) {
			return fmt.Errorf("ID may not contain spaces, control characters or invalid UTF-8")
		}
	}
	return nil
}
