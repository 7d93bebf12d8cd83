package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDemoGolden checks that demo prints exactly testdata/demo-LANG.golden.
// After an intended change, run go test ./examples/shequ -run Demo -update
// and read the diff.
func TestDemoGolden(t *testing.T) {
	for _, l := range []string{"en", "zh"} {
		var out, errOut bytes.Buffer
		code := run([]string{"demo", "--lang", l}, nil, &out, &errOut, func(string) string { return "" })
		if code != exitOK || errOut.Len() != 0 {
			t.Fatalf("demo --lang %s exited %d with stderr %q", l, code, errOut.String())
		}
		golden := filepath.Join("testdata", "demo-"+l+".golden")
		if *update {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if diff := cmp.Diff(string(want), out.String()); diff != "" {
			t.Errorf("demo --lang %s differs from %s (-want +got):\n%s\n"+
				"The demo runs the library packages: when one of them changed its output on purpose, run\n"+
				"go test ./examples/shequ -run Demo -update and read the diff.", l, golden, diff)
		}
		// Same input, same output.
		var again bytes.Buffer
		run([]string{"demo", "--lang", l}, nil, &again, &errOut, func(string) string { return "" })
		if again.String() != out.String() {
			t.Errorf("demo --lang %s is not deterministic", l)
		}
	}
}
