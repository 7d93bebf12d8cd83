package curtois

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// lpCheck evaluates the model of buildLP on roster r: it sets x from r, k
// to whether a weekend is worked, u and o to the shortfall and surplus of
// each cover row. It returns whether r only uses variables that exist, the
// names of the rows that fail, and the objective (with the constant).
func lpCheck(in *Instance, m *lpModel, r Roster) (expressible bool, failed []string, objective int) {
	val := make([]int, len(m.vars))
	expressible = true
	for s := range in.Staff {
		for d, t := range r[s] {
			if t == Off {
				continue
			}
			if v := m.x[s][d][t]; v >= 0 {
				val[v] = 1
			} else {
				expressible = false
			}
		}
		for w, k := range m.k[s] {
			if k < 0 {
				continue
			}
			for _, d := range []int{7*w + 5, 7*w + 6} {
				if d < in.Horizon && r[s][d] != Off {
					val[k] = 1
				}
			}
		}
	}
	for i, c := range in.Cover {
		n := 0
		for s := range in.Staff {
			if r[s][c.Day] == c.Shift {
				n++
			}
		}
		val[m.u[i]] = max(0, c.Requirement-n)
		val[m.o[i]] = max(0, n-c.Requirement)
	}
	for _, row := range m.rows {
		lhs := 0
		for _, t := range row.terms {
			lhs += t.coef * val[t.v]
		}
		ok := map[string]bool{"<=": lhs <= row.rhs, ">=": lhs >= row.rhs, "=": lhs == row.rhs}[row.sense]
		if !ok {
			failed = append(failed, row.name)
		}
	}
	objective = m.constant
	for v, c := range m.obj {
		objective += c * val[v]
	}
	return expressible, failed, objective
}

// TestLPAgreesWithEvaluate checks the MIP of WriteLP against Evaluate, two
// encodings of the rules written independently: on random small instances
// and random rosters (feasible witnesses and perturbations of them), a
// roster satisfies every row exactly when Evaluate finds no violation, and
// the MIP objective equals Evaluate's.
func TestLPAgreesWithEvaluate(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	feasible, infeasible := 0, 0
	for seed := uint64(1); seed <= 60; seed++ {
		opts := GenerateOptions{Days: 3 + rng.IntN(20), Staff: 1 + rng.IntN(4), ShiftTypes: 1 + rng.IntN(4), Seed: seed}
		in, witness, err := Generate(opts)
		if err != nil {
			t.Fatal(err)
		}
		m := buildLP(in)
		for trial := 0; trial < 30; trial++ {
			r := NewRoster(in)
			p := rng.IntN(4) // 0: the witness itself
			for s := range r {
				for d := range r[s] {
					r[s][d] = witness[s][d]
					if p > 0 && rng.IntN(8) < p {
						r[s][d] = rng.IntN(len(in.Shifts)+1) - 1
					}
				}
			}
			ev := Evaluate(in, r)
			expressible, failed, obj := lpCheck(in, m, r)
			if ev.Feasible() != (expressible && len(failed) == 0) {
				t.Fatalf("%+v trial %d: Evaluate violations %v; MIP expressible %v, failed rows %v", opts, trial, ev.Violations, expressible, failed)
			}
			if expressible && obj != ev.Objective {
				t.Fatalf("%+v trial %d: MIP objective %d, Evaluate %d", opts, trial, obj, ev.Objective)
			}
			if ev.Feasible() {
				feasible++
			} else {
				infeasible++
			}
		}
	}
	// Both sides of the equivalence must have been exercised.
	if feasible < 100 || infeasible < 100 {
		t.Errorf("only %d feasible and %d infeasible rosters tried", feasible, infeasible)
	}
}

func TestWriteLP(t *testing.T) {
	in := mustParse(t, tiny)
	var buf bytes.Buffer
	if err := WriteLP(&buf, in); err != nil {
		t.Fatal(err)
	}
	lp := buf.String()
	for _, want := range []string{
		"\\ objective constant 7\n", // the two on-request weights
		"Minimize\n obj: - 2 x_0_1_0 + 3 x_0_2_1 - 5 x_1_6_0",
		" rot_0_1_1_0: 1 x_0_1_1 + 1 x_0_2_0 <= 1\n",
		" maxwk_1: 1 k_1_0 <= 0\n",
		" cover_2_1: - 1 o_2_1 + 1 u_2_1 + 1 x_0_2_1 = 1\n",
		"Binaries\n",
		"End\n",
	} {
		if !strings.Contains(lp, want) {
			t.Errorf("WriteLP(tiny) lacks %q; got\n%s", want, lp)
		}
	}
	// A's day off and B's forbidden L are fixed to 0: no variable at all.
	for _, absent := range []string{"x_0_0_0", "x_0_0_1", "x_1_3_1"} {
		if strings.Contains(lp, absent+" ") || strings.Contains(lp, absent+"\n") {
			t.Errorf("WriteLP(tiny) has variable %s, which must be fixed to 0", absent)
		}
	}
}

func TestReadCBCSolution(t *testing.T) {
	in := mustParse(t, tiny)
	// The shape of a CBC 2.10 "solu" file for the feasible roster of
	// TestEvaluateObjective; values of u, o, k are ignored.
	sol := `Optimal - objective value 15.00000000
      0 x_0_1_0                      1                      -2
      3 x_0_2_1                      1                       3
     12 x_1_0_0                      1                       0
     13 x_1_1_0                      1                       0
     14 x_1_2_0                      1                       0
     20 u_5_0                        1                      10
**   21 x_1_5_0                  1e-09                       0
`
	got, err := ReadCBCSolution(strings.NewReader(sol), in)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != "Optimal" || got.Objective != 22 {
		t.Errorf("status, objective = %q, %d; want Optimal, 22 (15 + constant 7)", got.Status, got.Objective)
	}
	want := Roster{row("-EL----"), row("EEE----")}
	var gb, wb bytes.Buffer
	WriteRoster(&gb, in, got.Roster)
	WriteRoster(&wb, in, want)
	if gb.String() != wb.String() {
		t.Errorf("roster =\n%s\nwant\n%s", gb.String(), wb.String())
	}
	if ev := Evaluate(in, got.Roster); ev.Objective != got.Objective || !ev.Feasible() {
		t.Errorf("Evaluate = %+v, want objective %d and feasible", ev, got.Objective)
	}

	for _, bad := range []struct{ name, text, msg string }{
		{"empty", "", "empty"},
		{"no objective", "Infeasible\n", "no objective value"},
		{"two shifts", "Optimal - objective value 1\n 0 x_0_1_0 1 0\n 1 x_0_1_1 1 0\n", "two shifts"},
		{"outside", "Optimal - objective value 1\n 0 x_5_1_0 1 0\n", "not in the instance"},
		{"bad value", "Optimal - objective value 1\n 0 x_0_1_0 one 0\n", "bad value"},
	} {
		if _, err := ReadCBCSolution(strings.NewReader(bad.text), in); err == nil || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("%s: ReadCBCSolution error = %v, want one containing %q", bad.name, err, bad.msg)
		}
	}
}
