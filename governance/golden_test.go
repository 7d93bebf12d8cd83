package governance

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// policies are the profiles a scenario header may name.
var policies = map[string]func() Policy{
	"beijing":           BeijingPolicy,
	"national-guidance": NationalGuidancePolicy,
	"shenzhen":          ShenzhenPolicy,
}

// TestGoldenCouncils decodes and validates each testdata/councils/*.txt
// under the policy and date its header names ("# policy:", "# as-of:"),
// and compares the two reports with the .golden file beside it. Run
// "go test ./governance -update" to rewrite them, and read the diff.
func TestGoldenCouncils(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "councils", "*.txt"))
	if err != nil || len(files) < 4 {
		t.Fatalf("want at least 4 scenarios, got %v (%v)", files, err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			header, data := readScenario(t, file)
			pol, at := BeijingPolicy(), asOf
			if name, ok := header["policy"]; ok {
				mk, ok := policies[name]
				if !ok {
					t.Fatalf("unknown policy %q", name)
				}
				pol = mk()
			}
			if d, ok := header["as-of"]; ok {
				at = date(d)
			}
			c, dec := DecodeCouncil(data)
			val := pol.Validate(c, at)
			var b strings.Builder
			b.WriteString("# " + filepath.Base(file) + ": policy " + pol.Version + ", as of " + day(at) + "\n")
			b.WriteString("# DecodeCouncil\n" + dec.Describe() + "# Validate\n" + val.Describe())
			got := b.String()
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("report mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
