package capacity

import (
	"fmt"
	"slices"
	"strings"
)

// Severity says how serious a [Finding] is. The zero value is not a valid
// severity.
type Severity int

// The severities, from the reference's check table (governance-rules.md
// §2.2): an error breaks a rule the plan cannot do without, a warning
// departs from a "generally"/"in principle" (一般/原则上) norm, advice points
// to a policy target, info is for the record.
const (
	Error Severity = 1 + iota
	Warning
	Advice
	Info
)

var severityNames = [...]string{"", "error", "warning", "advice", "info"}
var severityLabels = [...]string{"", "错误", "警告", "建议", "提示"}

// String returns the stable English code of s ("error", "warning", …).
func (s Severity) String() string {
	if s.IsValid() {
		return severityNames[s]
	}
	return fmt.Sprintf("%%!Severity(%d)", int(s))
}

// Label returns the Chinese label of s for people.
func (s Severity) Label() string {
	if s.IsValid() {
		return severityLabels[s]
	}
	return s.String()
}

// IsValid reports whether s is one of the declared severities.
func (s Severity) IsValid() bool { return s >= Error && s <= Info }

// MarshalText returns the same text as String; an invalid severity is an error.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("capacity: invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses the text produced by MarshalText.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity parses a stable severity code such as "warning".
func ParseSeverity(text string) (Severity, error) {
	if i := slices.Index(severityNames[1:], text); i >= 0 {
		return Severity(i + 1), nil
	}
	return 0, fmt.Errorf("capacity: unknown severity %q", text)
}

// Code is the stable identifier of a kind of finding. Codes never change
// meaning; embedders may switch on them.
type Code string

// Finding codes about sizes and staffing (Assess).
const (
	// CodeOversize: a community has more households than Policy.MaxHouseholds.
	CodeOversize Code = "capacity.community.oversize"
	// CodeUndersize: a community has fewer households than Policy.MergeBelow.
	CodeUndersize Code = "capacity.community.undersize"
	// CodeStaffBelowNorm: a community has fewer workers than the policy requires.
	CodeStaffBelowNorm Code = "capacity.staff.below_norm"
	// CodeStaffPer10k: the district has fewer workers per 10,000 residents
	// than Policy.WorkersPer10kResidents.
	CodeStaffPer10k Code = "capacity.district.staff_per_10k"
	// CodeSocialOrgs: a community has fewer community social organisations
	// than Policy.SocialOrgsPerCommunity.
	CodeSocialOrgs Code = "capacity.community.social_orgs"
)

// Finding codes about input values (Validate, the JSON decoders).
const (
	CodeIDEmpty          Code = "capacity.input.id_empty"
	CodeIDDuplicate      Code = "capacity.input.id_duplicate"
	CodeNegative         Code = "capacity.input.negative"
	CodeElderlyExceeds   Code = "capacity.input.elderly_exceeds_residents"
	CodeSelfLoop         Code = "capacity.input.edge_self_loop"
	CodeDanglingEdge     Code = "capacity.input.edge_dangling"
	CodeBadEnum          Code = "capacity.input.bad_enum"
	CodeUnknownField     Code = "capacity.input.unknown_field"
	CodeBadValue         Code = "capacity.input.bad_value"
	CodeBadPolicy        Code = "capacity.input.bad_policy"
	CodeDanglingOffice   Code = "capacity.input.office_dangling"
	CodeDanglingNeighbor Code = "capacity.input.neighbor_dangling"
)

// Finding codes about split planning (PlanSplit).
const (
	// CodeNoUnits: there is nothing to split.
	CodeNoUnits Code = "capacity.split.no_units"
	// CodeDisconnected: the unit graph has more than one component, so no
	// plan with connected parts covers every unit unless k allows it.
	CodeDisconnected Code = "capacity.split.disconnected"
	// CodeCompoundOverCap: one compound alone exceeds the band's maximum.
	CodeCompoundOverCap Code = "capacity.split.compound_over_cap"
	// CodeBandInfeasible: the band cannot hold the total for the number of parts.
	CodeBandInfeasible Code = "capacity.split.band_infeasible"
	// CodeAnchorMissing: the anchor unit is not among the units.
	CodeAnchorMissing Code = "capacity.split.anchor_missing"
	// CodeBadParts: the number of parts is out of range.
	CodeBadParts Code = "capacity.split.bad_parts"
	// CodeNoPlan: the exact search proved that no plan exists.
	CodeNoPlan Code = "capacity.split.no_plan"
	// CodeNoPlanFound: the heuristic found no feasible plan within its
	// budget; one may still exist.
	CodeNoPlanFound Code = "capacity.split.no_plan_found"
)

// Finding is one observation about the input or the result: a stable code,
// a severity, the path to the field it concerns (such as
// "communities[3].units[12].households"), a message in English and in
// Chinese, and the source of the rule when there is one.
type Finding struct {
	Code      Code     `json:"code"`
	Severity  Severity `json:"severity"`
	Path      string   `json:"path"`
	Message   string   `json:"message"`
	MessageZH string   `json:"message_zh"`
	Source    *Source  `json:"source,omitempty"`
}

// String formats f on one line: "warning capacity.community.oversize at
// communities[0]: message / 中文".
func (f Finding) String() string {
	return fmt.Sprintf("%s %s at %s: %s / %s", f.Severity, f.Code, f.Path, f.Message, f.MessageZH)
}

// sortFindings orders findings by path, then code, then message, so that a
// report never depends on map order.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// InputError is returned when input values are invalid. It lists every
// finding, not just the first. Nothing is computed from invalid input.
type InputError struct {
	Findings []Finding
}

// Error summarises the findings.
func (e *InputError) Error() string { return summarise("invalid input", e.Findings) }

// InfeasibleError is returned by PlanSplit when no plan can be produced:
// the graph is disconnected, a compound exceeds the cap, the band cannot
// hold the total, the anchor is missing, or the search found no plan.
type InfeasibleError struct {
	Findings []Finding
}

// Error summarises the findings.
func (e *InfeasibleError) Error() string { return summarise("no split plan", e.Findings) }

// Has reports whether the error carries a finding with the code c.
func (e *InfeasibleError) Has(c Code) bool {
	return slices.ContainsFunc(e.Findings, func(f Finding) bool { return f.Code == c })
}

// Has reports whether the error carries a finding with the code c.
func (e *InputError) Has(c Code) bool {
	return slices.ContainsFunc(e.Findings, func(f Finding) bool { return f.Code == c })
}

func summarise(what string, fs []Finding) string {
	var b strings.Builder
	b.WriteString("capacity: ")
	b.WriteString(what)
	for i, f := range fs {
		if i == 3 {
			fmt.Fprintf(&b, "; and %d more", len(fs)-3)
			break
		}
		sep := ": "
		if i > 0 {
			sep = "; "
		}
		fmt.Fprintf(&b, "%s%s at %s: %s", sep, f.Code, f.Path, f.Message)
	}
	return b.String()
}
