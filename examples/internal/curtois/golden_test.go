package curtois

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestWriteLPGolden compares the MIP of the hand-written instance tiny with
// testdata/tiny.lp; run "go test -update" after an intended change and read
// the diff. CBC 2.10.8 solves the file to 11, plus the constant 7 = 18,
// the optimum that TestBruteForceTiny finds by enumeration.
func TestWriteLPGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteLP(&buf, mustParse(t, tiny)); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "tiny.lp")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("WriteLP(tiny) differs from %s; run go test -update and read the diff\ngot:\n%s", golden, buf.String())
	}
}
