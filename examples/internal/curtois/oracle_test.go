package curtois

import "testing"

// bruteForce returns the optimal objective of a small instance by
// enumeration, or ok = false if no roster is feasible. Every hard rule
// concerns one employee, so it lists each employee's feasible rows (all
// (shift types + 1)^H of them, checked with Evaluate) and then tries every
// combination of rows.
func bruteForce(t *testing.T, in *Instance) (best int, ok bool) {
	t.Helper()
	nt, h := len(in.Shifts), in.Horizon
	rows := make([][][]int, len(in.Staff))
	for s := range in.Staff {
		r := NewRoster(in)
		var walk func(d int)
		walk = func(d int) {
			if d == h {
				for _, v := range Evaluate(in, r).Violations {
					if v.Staff == s {
						return
					}
				}
				rows[s] = append(rows[s], append([]int(nil), r[s]...))
				return
			}
			for t := Off; t < nt; t++ {
				r[s][d] = t
				walk(d + 1)
			}
			r[s][d] = Off
		}
		walk(0)
		if len(rows[s]) == 0 {
			return 0, false
		}
	}
	r := make(Roster, len(in.Staff))
	var combine func(s int)
	combine = func(s int) {
		if s == len(in.Staff) {
			ev := Evaluate(in, r)
			if !ev.Feasible() {
				t.Fatalf("combination of feasible rows is infeasible: %v", ev.Violations)
			}
			if !ok || ev.Objective < best {
				best, ok = ev.Objective, true
			}
			return
		}
		for _, row := range rows[s] {
			r[s] = row
			combine(s + 1)
		}
	}
	combine(0)
	return best, ok
}

// TestBruteForceTiny: enumeration with Evaluate and CBC on the MIP of
// WriteLP (testdata/tiny.lp: 11 + constant 7) find the same optimum.
func TestBruteForceTiny(t *testing.T) {
	best, ok := bruteForce(t, mustParse(t, tiny))
	if !ok || best != 18 {
		t.Errorf("optimum of tiny = %d (feasible %v), want 18 (CBC on testdata/tiny.lp)", best, ok)
	}
}

// TestBruteForceGenerated: on small generated instances, enumeration finds
// the optima that CBC found on the MIP of WriteLP, and nothing worse than
// the generator's witness. The CBC values were computed once with
//
//	for s in $(seq 10); do curtois gen -days 7 -staff 3 -shifts 2 -seed $s > g$s.txt; done
//	scripts/curtois/cbc.sh g*.txt
//
// and must be recomputed that way if Generate changes.
func TestBruteForceGenerated(t *testing.T) {
	cbc := []int{1, 7, 0, 1, 8, 13, 8, 2, 6, 8} // seeds 1…10
	for i, want := range cbc {
		opts := GenerateOptions{Days: 7, Staff: 3, ShiftTypes: 2, Seed: uint64(i + 1)}
		in, witness, err := Generate(opts)
		if err != nil {
			t.Fatal(err)
		}
		best, ok := bruteForce(t, in)
		if !ok || best != want {
			t.Errorf("%+v: brute-force optimum %d (feasible %v), CBC found %d", opts, best, ok, want)
		}
		if w := Evaluate(in, witness).Objective; best > w {
			t.Errorf("%+v: optimum %d above the witness's %d", opts, best, w)
		}
	}
}
