package curtois

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadBestKnown(t *testing.T) {
	// A hand-written table in the layout of best-known.tsv.
	const table = "# comment\n# another\n" +
		"instance\tdays\tlit_best_60min\tnote\r\n" +
		"Alpha\t14\t500\tproven\r\n" +
		"Beta\t28\t-\t\r\n" +
		"Gamma\t28\t1200\t\r\n"
	got, err := ReadBestKnown(strings.NewReader(table), BestKnownColumn)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"Alpha": 500, "Gamma": 1200}; !reflect.DeepEqual(got, want) {
		t.Errorf("ReadBestKnown = %v, want %v", got, want)
	}
	for _, bad := range []struct{ name, text, msg string }{
		{"no column", "instance\tdays\nA\t1\n", "no column"},
		{"no header", "# only comments\n", "no header"},
		{"bad number", "instance\tlit_best_60min\nA\tx\n", "not an integer"},
		{"short row", "instance\tdays\tlit_best_60min\nA\t1\n", "no \"lit_best_60min\""},
		{"duplicate", "instance\tlit_best_60min\nA\t1\nA\t2\n", "listed twice"},
	} {
		if _, err := ReadBestKnown(strings.NewReader(bad.text), BestKnownColumn); err == nil || !strings.Contains(err.Error(), bad.msg) {
			t.Errorf("%s: error %v, want one containing %q", bad.name, err, bad.msg)
		}
	}
}

func TestReadBestKnownPublished(t *testing.T) {
	dir := curtoisDir(t)
	f, err := os.Open(filepath.Join(dir, "best-known.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadBestKnown(f, BestKnownColumn)
	if err != nil {
		t.Fatal(err)
	}
	// rota.md §3.1, column "best 60 min (published)".
	want := map[string]int{"Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance4": 1716,
		"Instance5": 1143, "Instance6": 1950, "Instance7": 1056}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadBestKnown(best-known.tsv) = %v, want %v", got, want)
	}
}

func TestGap(t *testing.T) {
	for _, tt := range []struct{ obj, best, want int }{
		{607, 607, 0},
		{1003, 1001, 19},   // 0.1998 %
		{1020, 1000, 200},  // exactly 2 %
		{1019, 1000, 190},  // 1.9 %
		{990, 1000, -100},  // better than the best
		{2168, 1950, 1117}, // 11.179… %
	} {
		if got := Gap(tt.obj, tt.best); got != tt.want {
			t.Errorf("Gap(%d, %d) = %d, want %d", tt.obj, tt.best, got, tt.want)
		}
	}
}
