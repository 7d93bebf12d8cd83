package governance

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// checkGroup names the group of the package documentation a code is listed
// under.
func checkGroup(c Code) string {
	s := string(c)
	switch {
	case strings.HasPrefix(s, "policy."):
		return "Policy"
	case strings.HasPrefix(s, "council."), strings.HasPrefix(s, "exception."):
		return "Council"
	case strings.HasPrefix(s, "owners_committee."):
		return "Owners' committee (业主委员会)"
	case strings.HasPrefix(s, "pmc.meeting."), strings.HasPrefix(s, "assembly."), strings.HasPrefix(s, "committee."):
		return "Owners' assembly and committee meetings"
	case strings.HasPrefix(s, "pmc."):
		return "Property management committee (物业管理委员会)"
	case strings.HasPrefix(s, "prep_group."):
		return "Preparatory and renewal groups (筹备组, 换届小组)"
	case strings.HasPrefix(s, "rc."):
		return "Residents' committee (居民委员会)"
	case strings.HasPrefix(s, "party."):
		return "Party organisation"
	case strings.HasPrefix(s, "decode."):
		return "Decoding ([DecodeCouncil])"
	}
	return "Other"
}

// wrap wraps text into comment lines of at most width columns, the first
// starting with first and the others with rest.
func wrap(text, first, rest string, width int) []string {
	var lines []string
	line := first
	for _, w := range strings.Fields(text) {
		if len([]rune(line))+1+len([]rune(w)) > width && line != first {
			lines = append(lines, line)
			line = rest
		}
		if line != first && line != rest {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// checksSection renders the "# Checks" section of doc.go from [Checks].
func checksSection() string {
	var out []string
	out = append(out, wrap("Every check the package reports, with its stable code, its default "+
		"severity, the rule, the ids of the reference's rules and a short citation of its source "+
		"(BJ-PMR: Beijing Property Management Regulation; RCOL: Organic Law of Urban Residents' "+
		"Committees; BJ-RC: Beijing implementing measures; CC: Civil Code; SPC: the Supreme People's "+
		"Court interpretation on building-unit ownership; guidance: 建房〔2009〕274号). "+
		"A finding's Source gives the full citation under the policy in use; [Checks] returns this list.", "// ", "// ", 78)...)
	group := ""
	for _, c := range Checks() {
		if g := checkGroup(c.Code); g != group {
			group = g
			out = append(out, "//", "// "+g+":", "//")
		}
		text := fmt.Sprintf("%s (%s): %s. Source: %s. Rules: %s.", c.Code, c.Severity, c.Rule, c.Source, c.RuleIDs)
		out = append(out, wrap(text, "//   - ", "//     ", 78)...)
	}
	return strings.Join(out, "\n") + "\n"
}

// TestDocListsEveryCheck keeps the "# Checks" section of doc.go equal to
// what [Checks] says; "go test -update" rewrites it.
func TestDocListsEveryCheck(t *testing.T) {
	raw, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	const begin, end = "// # Checks\n//\n", "//\n// # Sources\n"
	i, j := strings.Index(doc, begin), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("doc.go lacks the # Checks and # Sources sections")
	}
	want := checksSection()
	got := doc[i+len(begin) : j]
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile("doc.go", []byte(doc[:i+len(begin)]+want+doc[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("doc.go's # Checks section is out of date; run go test -update. Want:\n%s", want)
}

// TestChecksAreDistinct keeps the list of checks free of repeats and gaps:
// every check has a rule and a source, and no code is listed twice.
func TestChecksAreDistinct(t *testing.T) {
	seen := map[Code]bool{}
	for _, c := range Checks() {
		if seen[c.Code] || c.Rule == "" || c.Source == "" || !c.Severity.IsValid() {
			t.Errorf("check %+v is repeated or incomplete", c)
		}
		seen[c.Code] = true
	}
}
