package governance

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says how serious a finding is. The zero Severity is not valid.
type Severity uint8

// The severities, from the most to the least serious.
const (
	SeverityError   Severity = 1 + iota // breaks a legal rule
	SeverityWarning                     // departs from a "一般"/"原则上" norm, or a deadline is at risk
	SeverityAdvice                      // misses a policy target that is not a legal requirement
	SeverityInfo                        // worth knowing; includes errors turned by an approved exception
)

var severityText = [...]struct{ code, zh string }{
	SeverityError:   {"error", "错误"},
	SeverityWarning: {"warning", "警告"},
	SeverityAdvice:  {"advice", "建议"},
	SeverityInfo:    {"info", "提示"},
}

// IsValid reports whether s is a defined severity.
func (s Severity) IsValid() bool { return s >= SeverityError && s <= SeverityInfo }

// String returns the stable English code, such as "error".
func (s Severity) String() string {
	if !s.IsValid() {
		return fmt.Sprintf("%%!Severity(%d)", uint8(s))
	}
	return severityText[s].code
}

// Label returns the Chinese name, such as "错误".
func (s Severity) Label() string {
	if !s.IsValid() {
		return s.String()
	}
	return severityText[s].zh
}

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as "".
func (s Severity) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("governance: invalid Severity %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	for v := SeverityError; v <= SeverityInfo; v++ {
		if severityText[v].code == string(text) {
			*s = v
			return nil
		}
	}
	return &UnknownTextError{Type: "Severity", Text: string(text)}
}

// Code is the stable identifier of a check, such as
// "owners_committee.size.below_min". Codes never change meaning; embedders
// may switch on them.
type Code string

// Finding is one result of a check: what rule, how serious, where in the
// input, what is wrong in English and Chinese, and the rule's source.
type Finding struct {
	Code      Code     `json:"code"`
	Severity  Severity `json:"severity"`
	Path      string   `json:"path"` // the offending field, such as "bodies[2].members[0].owner"
	Message   string   `json:"message"`
	MessageZH string   `json:"message_zh"`
	Source    Source   `json:"source"`
}

// String returns the finding as "severity code path: message".
func (f Finding) String() string {
	return fmt.Sprintf("%s %s %s: %s", f.Severity, f.Code, f.Path, f.Message)
}

// Report is every finding of a validation, in a deterministic order (by
// path, then code, then message).
type Report struct {
	Findings []Finding `json:"findings"`
}

// Err returns nil when no finding is an error, and otherwise a
// [*ReportError] that lists the errors.
func (r Report) Err() error {
	var errs []Finding
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			errs = append(errs, f)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return &ReportError{Findings: errs}
}

// Count returns the number of findings of severity s.
func (r Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// sort puts the findings in the report's deterministic order.
func (r *Report) sort() {
	slices.SortStableFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(
			strings.Compare(a.Path, b.Path),
			strings.Compare(string(a.Code), string(b.Code)),
			strings.Compare(a.Message, b.Message),
		)
	})
}

// ReportError is the error of a report with findings of severity error.
type ReportError struct {
	Findings []Finding // the findings of severity error, in report order
}

func (e *ReportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "governance: %d error finding(s)", len(e.Findings))
	for i, f := range e.Findings {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(e.Findings)-3)
			break
		}
		fmt.Fprintf(&b, "; %s %s: %s", f.Code, f.Path, f.Message)
	}
	return b.String()
}

// Describe returns a deterministic, human-readable rendering of the report:
// one block per finding with its severity, code and path, the English and
// Chinese messages and the source; "no findings" for an empty report.
func (r Report) Describe() string {
	if len(r.Findings) == 0 {
		return "no findings\n"
	}
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "%s %s %s\n", f.Severity, f.Code, f.Path)
		fmt.Fprintf(&b, "  en: %s\n  zh: %s\n", f.Message, f.MessageZH)
		if f.Source.Document != "" {
			fmt.Fprintf(&b, "  source: %s (%s, %s)\n", f.Source, f.Source.Level, f.Source.Verified)
		}
	}
	return b.String()
}

// ParseSeverity parses a severity from its stable English code, such as
// "warning".
func ParseSeverity(text string) (Severity, error) {
	var s Severity
	if text == "" {
		return 0, &UnknownTextError{Type: "Severity", Text: text}
	}
	err := s.UnmarshalText([]byte(text))
	return s, err
}
