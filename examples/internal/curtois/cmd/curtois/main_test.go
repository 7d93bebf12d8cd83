package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// instance is a hand-written synthetic instance (not published data).
const instance = `SECTION_HORIZON
7
SECTION_SHIFTS
D,480,
SECTION_STAFF
A,D=5,2400,960,5,2,2,1
B,D=5,2400,0,5,1,1,0
SECTION_DAYS_OFF
A,6
SECTION_SHIFT_ON_REQUESTS
B,5,D,3
SECTION_SHIFT_OFF_REQUESTS
SECTION_COVER
0,D,2,100,1
1,D,2,100,1
`

func write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRun(t *testing.T) {
	inst := write(t, "tiny.txt", instance)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // substrings
		stderr string
	}{
		{"usage", nil, 2, nil, "usage:"},
		{"unknown", []string{"solve", inst}, 2, nil, "usage:"},
		{"lp", []string{"lp", inst}, 0, []string{"\\ objective constant 3\n", "Minimize\n", "End\n"}, ""},
		{"lp missing file", []string{"lp", inst + ".none"}, 1, nil, "no such file"},
		{"lp malformed", []string{"lp", write(t, "bad.txt", strings.Replace(instance, "A,6", "Z,6", 1))}, 1, nil, `line 9: SECTION_DAYS_OFF: unknown staff ID "Z"`},
		{"eval feasible", []string{"eval", inst, write(t, "ok.roster", "A D D - - - - -\nB D D - - - - -\n")}, 0,
			[]string{"objective: 3 (on requests 3, off requests 0, under 0, over 0)", "hard-rule violations: 0"}, ""},
		{"eval infeasible", []string{"eval", inst, write(t, "bad.roster", "A D D - - - - -\nB D D - - - D -\n")}, 1,
			[]string{"objective: 0 ", "max_weekends: staff B: 1 weekends worked, at most 0"}, ""},
		{"check", []string{"check", inst, write(t, "sol.txt", "Optimal - objective value 0\n 0 x_0_0_0 1 0\n 1 x_0_1_0 1 0\n 2 x_1_0_0 1 0\n 3 x_1_1_0 1 0\n")}, 0,
			[]string{"cbc status: Optimal\ncbc objective: 3\nobjective: 3 "}, ""},
		{"check mismatch", []string{"check", inst, write(t, "sol2.txt", "Optimal - objective value 5\n 0 x_0_0_0 1 0\n 1 x_0_1_0 1 0\n 2 x_1_0_0 1 0\n 3 x_1_1_0 1 0\n")}, 1,
			[]string{"MISMATCH: cbc says 8, evaluator says 3"}, ""},
		{"gen", []string{"gen", "-days", "14", "-staff", "3", "-shifts", "2", "-seed", "4"}, 0, []string{"SECTION_HORIZON\n14\n", "E3,"}, ""},
		{"gen bad size", []string{"gen", "-days", "0"}, 1, nil, "days 0 outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(tt.args, &out, &errb); code != tt.code {
				t.Errorf("run(%q) = %d, want %d; stderr %s", tt.args, code, tt.code, errb.String())
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out.String(), s) {
					t.Errorf("run(%q) stdout lacks %q:\n%s", tt.args, s, out.String())
				}
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, errb.String(), tt.stderr)
			}
		})
	}
}

// TestGenRoundTrip: what gen writes, lp and eval read.
func TestGenRoundTrip(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"gen", "-days", "28", "-staff", "4", "-shifts", "3"}, &out, &errb); code != 0 {
		t.Fatalf("gen: %d %s", code, errb.String())
	}
	inst := write(t, "gen.txt", out.String())
	out.Reset()
	if code := run([]string{"lp", inst}, &out, &errb); code != 0 || !strings.Contains(out.String(), "Binaries") {
		t.Errorf("lp on generated instance: %d %s", code, errb.String())
	}
}
