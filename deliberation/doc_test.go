package deliberation

import (
	"os"
	"strings"
	"testing"
)

// TestDocDiagram checks that the package documentation shows exactly the
// diagram the transition table draws.
func TestDocDiagram(t *testing.T) {
	data, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var block []string
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		if line == "//\tstateDiagram-v2" {
			in = true
		}
		if in {
			rest, ok := strings.CutPrefix(line, "//\t")
			if !ok {
				break
			}
			block = append(block, rest)
		}
	}
	got := strings.Join(block, "\n") + "\n"
	if want := Diagram(); got != want {
		t.Errorf("doc.go's diagram differs from Diagram(); paste this into doc.go (each line as //<TAB>line):\n%s", want)
	}
}
