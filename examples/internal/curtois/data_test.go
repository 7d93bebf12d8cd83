package curtois

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// curtoisDir returns the folder with the published Instance1–7 files, named
// by SHEQU_CURTOIS_DIR, or skips the test. The files are third-party data
// without a licence and are not part of the repository.
func curtoisDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SHEQU_CURTOIS_DIR")
	if dir == "" {
		t.Skip("SHEQU_CURTOIS_DIR is unset: set it to the folder holding Curtois & Qu Instance1.txt … Instance7.txt to run this test")
	}
	if _, err := os.Stat(dir); err != nil && !filepath.IsAbs(dir) {
		// go test runs each package in its own folder.
		t.Fatalf("SHEQU_CURTOIS_DIR=%q is relative to each package's folder: give an absolute path (%v)", dir, err)
	}
	return dir
}

func loadInstance(t *testing.T, path string) *Instance {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, err := Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return in
}

// TestPublishedSizes checks the reader against the sizes tabulated in
// shared/reference/rota.md §3.1.
func TestPublishedSizes(t *testing.T) {
	dir := curtoisDir(t)
	want := []Sizes{
		{Days: 14, ShiftTypes: 1, Staff: 8, DaysOff: 8, Requests: 26, CoverRows: 14, Demand: 71},
		{Days: 14, ShiftTypes: 2, Staff: 14, DaysOff: 14, Requests: 62, CoverRows: 28, Demand: 108},
		{Days: 14, ShiftTypes: 3, Staff: 20, DaysOff: 20, Requests: 64, CoverRows: 42, Demand: 154},
		{Days: 28, ShiftTypes: 2, Staff: 10, DaysOff: 20, Requests: 71, CoverRows: 56, Demand: 182},
		{Days: 28, ShiftTypes: 2, Staff: 16, DaysOff: 32, Requests: 106, CoverRows: 56, Demand: 288},
		{Days: 28, ShiftTypes: 3, Staff: 18, DaysOff: 36, Requests: 135, CoverRows: 84, Demand: 299},
		{Days: 28, ShiftTypes: 3, Staff: 20, DaysOff: 40, Requests: 168, CoverRows: 84, Demand: 315},
	}
	for i, w := range want {
		name := filepath.Join(dir, "Instance"+string(rune('1'+i))+".txt")
		if got := loadInstance(t, name).Sizes(); got != w {
			t.Errorf("%s: sizes %+v, want %+v", name, got, w)
		}
	}
}

// TestPublishedOptima evaluates the CBC rosters kept in testdata against
// the published optima 607 (Instance1) and 828 (Instance2).
func TestPublishedOptima(t *testing.T) {
	dir := curtoisDir(t)
	for _, tt := range []struct {
		instance, roster string
		objective        int
	}{
		{"Instance1.txt", "instance1.roster", 607},
		{"Instance2.txt", "instance2.roster", 828},
	} {
		in := loadInstance(t, filepath.Join(dir, tt.instance))
		f, err := os.Open(filepath.Join("testdata", tt.roster))
		if err != nil {
			t.Fatal(err)
		}
		r, err := ParseRoster(f, in)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tt.roster, err)
		}
		ev := Evaluate(in, r)
		if ev.Objective != tt.objective || !ev.Feasible() {
			t.Errorf("%s: objective %d with violations %v, want %d and none", tt.instance, ev.Objective, ev.Violations, tt.objective)
		}
		// Moving one shift to another day breaks a rule or costs more:
		// the optimum is checked, not just reproduced.
		for s := range r {
			for d := 0; d+1 < in.Horizon; d++ {
				if r[s][d] == Off || r[s][d+1] != Off {
					continue
				}
				r[s][d], r[s][d+1] = Off, r[s][d]
				if ev := Evaluate(in, r); ev.Feasible() && ev.Objective < tt.objective {
					t.Errorf("%s: moving staff %s's shift from day %d to %d gives %d < optimum %d", tt.instance, in.Staff[s].ID, d, d+1, ev.Objective, tt.objective)
				}
				r[s][d], r[s][d+1] = r[s][d+1], Off
			}
		}
	}
}

// TestPublishedCRLF reads each file with CRLF line ends, as the official
// distribution has them.
func TestPublishedCRLF(t *testing.T) {
	dir := curtoisDir(t)
	for i := 1; i <= 7; i++ {
		name := filepath.Join(dir, "Instance"+string(rune('0'+i))+".txt")
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lf := loadInstance(t, name)
		var crlf []byte
		for _, b := range data {
			if b == '\n' {
				crlf = append(crlf, '\r')
			}
			crlf = append(crlf, b)
		}
		got, err := Parse(bytes.NewReader(crlf))
		if err != nil {
			t.Fatalf("%s as CRLF: %v", name, err)
		}
		if !reflect.DeepEqual(got, lf) {
			t.Errorf("%s: CRLF and LF copies differ", name)
		}
	}
}
