package curtois

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// The MIP that [WriteLP] writes, built in memory first so that tests can
// evaluate its rows on a roster and compare them with [Evaluate].
//
// Variables: x_s_d_t = 1 if employee s works shift t on day d (only where
// that is allowed: not a day off, MaxShifts[t] > 0); k_s_w = 1 if weekend w
// counts for employee s; u_d_t and o_d_t are the people missing and in
// surplus for the cover of shift t on day d; zero is fixed to 0 and only
// appears in rows that have no other term.
type lpModel struct {
	vars     []string
	binary   []bool
	obj      map[int]int // variable → coefficient
	constant int         // added to the objective value of the MIP
	rows     []lpRow
	// x[s][d][t] is the variable of (s, d, t), or -1 if it is fixed to 0.
	x [][][]int
	// k[s][w] is the weekend variable, or -1 if not needed.
	k [][]int
	// u and o are indexed like Instance.Cover.
	u, o []int
}

type lpTerm struct{ coef, v int }

type lpRow struct {
	name  string
	terms []lpTerm
	sense string // "<=", ">=" or "="
	rhs   int
}

func (m *lpModel) newVar(name string, binary bool) int {
	m.vars = append(m.vars, name)
	m.binary = append(m.binary, binary)
	return len(m.vars) - 1
}

func (m *lpModel) row(name string, terms []lpTerm, sense string, rhs int) {
	if len(terms) == 0 && (sense == "<=" && 0 <= rhs || sense == ">=" && 0 >= rhs || sense == "=" && rhs == 0) {
		return // holds whatever the solution
	}
	m.rows = append(m.rows, lpRow{name: name, terms: terms, sense: sense, rhs: rhs})
}

// work returns the terms of Σ_t coef·x_s_d_t.
func (m *lpModel) work(s, d, coef int) []lpTerm {
	var ts []lpTerm
	for _, v := range m.x[s][d] {
		if v >= 0 {
			ts = append(ts, lpTerm{coef, v})
		}
	}
	return ts
}

func buildLP(in *Instance) *lpModel {
	h, nt := in.Horizon, len(in.Shifts)
	m := &lpModel{obj: map[int]int{}}
	m.x = make([][][]int, len(in.Staff))
	for s, st := range in.Staff {
		off := make([]bool, h)
		for _, d := range st.DaysOff {
			off[d] = true
		}
		m.x[s] = make([][]int, h)
		for d := 0; d < h; d++ {
			m.x[s][d] = make([]int, nt)
			for t := 0; t < nt; t++ {
				m.x[s][d][t] = -1
				if !off[d] && st.MaxShifts[t] > 0 {
					m.x[s][d][t] = m.newVar(fmt.Sprintf("x_%d_%d_%d", s, d, t), true)
				}
			}
		}
	}

	for s, st := range in.Staff {
		// At most one shift per day.
		for d := 0; d < h; d++ {
			if ts := m.work(s, d, 1); len(ts) > 1 {
				m.row(fmt.Sprintf("one_%d_%d", s, d), ts, "<=", 1)
			}
		}
		// Rotation.
		for d := 0; d+1 < h; d++ {
			for t1, sh := range in.Shifts {
				for _, t2 := range sh.CannotFollow {
					a, b := m.x[s][d][t1], m.x[s][d+1][t2]
					if a >= 0 && b >= 0 {
						m.row(fmt.Sprintf("rot_%d_%d_%d_%d", s, d, t1, t2), []lpTerm{{1, a}, {1, b}}, "<=", 1)
					}
				}
			}
		}
		// Per-type maximum and total minutes.
		var minutes []lpTerm
		for t := 0; t < nt; t++ {
			var ts []lpTerm
			for d := 0; d < h; d++ {
				if v := m.x[s][d][t]; v >= 0 {
					ts = append(ts, lpTerm{1, v})
					if in.Shifts[t].Minutes != 0 {
						minutes = append(minutes, lpTerm{in.Shifts[t].Minutes, v})
					}
				}
			}
			if len(ts) > st.MaxShifts[t] {
				m.row(fmt.Sprintf("maxshift_%d_%d", s, t), ts, "<=", st.MaxShifts[t])
			}
		}
		m.row(fmt.Sprintf("maxmin_%d", s), minutes, "<=", st.MaxMinutes)
		if st.MinMinutes > 0 {
			m.row(fmt.Sprintf("minmin_%d", s), minutes, ">=", st.MinMinutes)
		}
		// Maximum consecutive working days: every window of
		// MaxConsecutive+1 days has a day off.
		if c := st.MaxConsecutive; c < h {
			for d := 0; d+c < h; d++ {
				var ts []lpTerm
				for j := d; j <= d+c; j++ {
					ts = append(ts, m.work(s, j, 1)...)
				}
				if len(ts) > c {
					m.row(fmt.Sprintf("maxcons_%d_%d", s, d), ts, "<=", c)
				}
			}
		}
		// Minimum consecutive working days / days off: forbid, for each
		// shorter length n, the pattern off, n × on, off (resp. on,
		// n × off, on) with both borders inside the horizon.
		for n := 1; n < st.MinConsecutive; n++ {
			for d := 1; d+n < h; d++ {
				ts := m.work(s, d-1, 1)
				for j := d; j < d+n; j++ {
					ts = append(ts, m.work(s, j, -1)...)
				}
				ts = append(ts, m.work(s, d+n, 1)...)
				m.row(fmt.Sprintf("mincons_%d_%d_%d", s, n, d), ts, ">=", 1-n)
			}
		}
		for n := 1; n < st.MinDaysOff; n++ {
			for d := 1; d+n < h; d++ {
				ts := m.work(s, d-1, -1)
				for j := d; j < d+n; j++ {
					ts = append(ts, m.work(s, j, 1)...)
				}
				ts = append(ts, m.work(s, d+n, -1)...)
				m.row(fmt.Sprintf("minoff_%d_%d_%d", s, n, d), ts, ">=", -1)
			}
		}
	}

	// Weekends.
	m.k = make([][]int, len(in.Staff))
	for s, st := range in.Staff {
		m.k[s] = make([]int, in.Weekends())
		var sum []lpTerm
		for w := range m.k[s] {
			m.k[s][w] = -1
			days := []int{7*w + 5, 7*w + 6}
			if days[1] >= h {
				days = days[:1]
			}
			var any bool
			for _, d := range days {
				any = any || len(m.work(s, d, 1)) > 0
			}
			if !any {
				continue
			}
			k := m.newVar(fmt.Sprintf("k_%d_%d", s, w), true)
			m.k[s][w] = k
			for _, d := range days {
				if ts := m.work(s, d, -1); len(ts) > 0 {
					m.row(fmt.Sprintf("wk_%d_%d_%d", s, w, d), append([]lpTerm{{1, k}}, ts...), ">=", 0)
				}
			}
			sum = append(sum, lpTerm{1, k})
		}
		if len(sum) > st.MaxWeekends {
			m.row(fmt.Sprintf("maxwk_%d", s), sum, "<=", st.MaxWeekends)
		}
	}

	// Requests.
	for _, q := range in.OnRequests {
		m.constant += q.Weight
		if v := m.x[q.Staff][q.Day][q.Shift]; v >= 0 {
			m.obj[v] -= q.Weight
		}
	}
	for _, q := range in.OffRequests {
		if v := m.x[q.Staff][q.Day][q.Shift]; v >= 0 {
			m.obj[v] += q.Weight
		}
	}

	// Cover: Σ_s x − o + u = requirement.
	m.u = make([]int, len(in.Cover))
	m.o = make([]int, len(in.Cover))
	for i, c := range in.Cover {
		m.u[i] = m.newVar(fmt.Sprintf("u_%d_%d", c.Day, c.Shift), false)
		m.o[i] = m.newVar(fmt.Sprintf("o_%d_%d", c.Day, c.Shift), false)
		m.obj[m.u[i]] += c.Under
		m.obj[m.o[i]] += c.Over
		ts := []lpTerm{{-1, m.o[i]}, {1, m.u[i]}}
		for s := range in.Staff {
			if v := m.x[s][c.Day][c.Shift]; v >= 0 {
				ts = append(ts, lpTerm{1, v})
			}
		}
		m.row(fmt.Sprintf("cover_%d_%d", c.Day, c.Shift), ts, "=", c.Requirement)
	}
	return m
}

// WriteLP writes in as a mixed-integer program in CPLEX LP format, for an
// external MIP solver such as COIN-OR CBC. The program's optimal value plus
// the sum of all shift-on request weights (written in the header comment as
// "objective constant") is the instance's optimal objective; read a CBC
// solution back with [ReadCBCSolution]. Variable x_s_d_t is employee s
// (index) working shift t (index) on day d. in must be valid.
func WriteLP(w io.Writer, in *Instance) error {
	m := buildLP(in)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "\\ Curtois & Qu instance: %d days, %d shift types, %d staff\n", in.Horizon, len(in.Shifts), len(in.Staff))
	fmt.Fprintf(bw, "\\ objective constant %d\n", m.constant)

	zeroUsed := false
	writeTerms := func(ts []lpTerm) {
		if len(ts) == 0 {
			zeroUsed = true
			bw.WriteString(" zero")
			return
		}
		for i, t := range ts {
			if i > 0 && i%8 == 0 {
				bw.WriteString("\n   ")
			}
			sign := "+"
			c := t.coef
			if c < 0 {
				sign, c = "-", -c
			}
			if i == 0 && sign == "+" {
				fmt.Fprintf(bw, " %d %s", c, m.vars[t.v])
			} else {
				fmt.Fprintf(bw, " %s %d %s", sign, c, m.vars[t.v])
			}
		}
	}

	bw.WriteString("Minimize\n obj:")
	var obj []lpTerm
	for v := range m.vars { // variable order, for a deterministic file
		if c := m.obj[v]; c != 0 {
			obj = append(obj, lpTerm{c, v})
		}
	}
	writeTerms(obj)
	bw.WriteString("\nSubject To\n")
	for _, r := range m.rows {
		fmt.Fprintf(bw, " %s:", r.name)
		writeTerms(r.terms)
		fmt.Fprintf(bw, " %s %d\n", r.sense, r.rhs)
	}
	bw.WriteString("Bounds\n")
	if zeroUsed {
		bw.WriteString(" zero = 0\n")
	}
	bw.WriteString("Binaries\n")
	n := 0
	for v, b := range m.binary {
		if b {
			bw.WriteString(" " + m.vars[v])
			if n++; n%10 == 0 {
				bw.WriteByte('\n')
			}
		}
	}
	bw.WriteString("\nEnd\n")
	return bw.Flush()
}

// CBCSolution is a solution file written by CBC's "solu" command, read back
// for an instance.
type CBCSolution struct {
	// Status is the first line's status, such as "Optimal" or
	// "Stopped on time".
	Status string
	// Objective is the instance objective that CBC claims: its MIP value
	// plus the constant of [WriteLP]. Check it with [Evaluate].
	Objective int
	// Roster is the roster read from the x variables.
	Roster Roster
}

// ReadCBCSolution reads a CBC solution file for a model that [WriteLP]
// wrote for in. Variables other than x_s_d_t are ignored; an x variable
// whose value rounds to 1 assigns the shift. Two shifts for one employee on
// one day, or an x variable outside in, is an error.
func ReadCBCSolution(r io.Reader, in *Instance) (*CBCSolution, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("curtois: reading CBC solution: %w", err)
		}
		return nil, fmt.Errorf("curtois: empty CBC solution")
	}
	head := strings.TrimSpace(sc.Text())
	status, val, ok := strings.Cut(head, " - objective value ")
	if !ok {
		return nil, fmt.Errorf("curtois: CBC solution: no objective value in first line %q", head)
	}
	obj, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
	if err != nil || math.IsNaN(obj) || math.Abs(obj) > 1e15 {
		return nil, fmt.Errorf("curtois: CBC solution: bad objective value %q", val)
	}
	sol := &CBCSolution{Status: strings.TrimSpace(status), Roster: NewRoster(in)}
	sol.Objective = int(math.Round(obj))
	for _, q := range in.OnRequests {
		sol.Objective += q.Weight
	}
	for n := 2; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) > 0 && f[0] == "**" { // CBC marks infeasible values
			f = f[1:]
		}
		if len(f) < 3 || !strings.HasPrefix(f[1], "x_") {
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("curtois: CBC solution line %d: bad value %q", n, f[2])
		}
		if v < 0.5 {
			continue
		}
		var s, d, t int
		if _, err := fmt.Sscanf(f[1], "x_%d_%d_%d", &s, &d, &t); err != nil ||
			s < 0 || s >= len(in.Staff) || d < 0 || d >= in.Horizon || t < 0 || t >= len(in.Shifts) {
			return nil, fmt.Errorf("curtois: CBC solution line %d: variable %q is not in the instance", n, f[1])
		}
		if prev := sol.Roster[s][d]; prev != Off {
			return nil, fmt.Errorf("curtois: CBC solution line %d: staff %s has two shifts on day %d", n, in.Staff[s].ID, d)
		}
		sol.Roster[s][d] = t
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("curtois: reading CBC solution: %w", err)
	}
	return sol, nil
}
