package capacity

import (
	"fmt"
	"strings"
)

// Describe returns a deterministic, human-readable account of the plan:
// its score, then each part with its households, band, staff and units.
// Golden tests and the example CLI print it.
func (pl Plan) Describe() string {
	var b strings.Builder
	fmt.Fprintf(&b, "k=%d method=%s optimal=%v cut_weight=%d cut_edges=%d lower_bound=%d households_moved=%d\n",
		pl.K, pl.Method, pl.Optimal, pl.CutWeight, pl.CutEdges, pl.LowerBound, pl.HouseholdsMoved)
	fmt.Fprintf(&b, "workers=%d required=%d staff_gap=%d\n", pl.Workers, pl.WorkersRequired, pl.StaffGap)
	for i, p := range pl.Parts {
		anchor := ""
		if p.Anchor {
			anchor = " (keeps the office)"
		}
		fmt.Fprintf(&b, "part %d%s: households=%d residents=%d elderly=%d‰ band=[%d,%d] target=%d deviation=%+d\n",
			i, anchor, p.Households, p.Residents, p.ElderlyPermille, p.Band.Min, p.Band.Max, p.Target, p.Deviation)
		fmt.Fprintf(&b, "  workers=%d required=%d hires=%d households/worker: now %s, at norm %s\n",
			p.Workers, p.Required, p.Hires, perWorker(p.Households, p.Workers), perWorker(p.Households, p.Required))
		if len(p.Housing) > 0 {
			b.WriteString("  housing:")
			for _, h := range p.Housing {
				fmt.Fprintf(&b, " %s=%d", h.Type, h.Households)
			}
			b.WriteString("\n")
		}
		ids := make([]string, len(p.Units))
		for j, u := range p.Units {
			ids[j] = string(u)
		}
		fmt.Fprintf(&b, "  units: %s\n", strings.Join(ids, " "))
	}
	for _, r := range pl.Reasons {
		fmt.Fprintf(&b, "reason: %s\n", r.Message)
	}
	return b.String()
}

func perWorker(h, w int64) string {
	if w <= 0 {
		return "-"
	}
	return fmt.Sprint(h / w)
}

// Describe returns a deterministic, human-readable account of the
// assessment: one line per community, the totals and every finding.
func (a Assessment) Describe() string {
	var b strings.Builder
	fmt.Fprintf(&b, "policy %s\n", a.Policy)
	for _, c := range a.Communities {
		fmt.Fprintf(&b, "%s: households=%d residents=%d workers=%d households/worker=%d required=%d..%d gap=%d",
			c.ID, c.Households, c.Residents, c.Workers, c.HouseholdsPerWorker, c.Required, c.NormHigh, c.Gap)
		if c.Oversize {
			fmt.Fprintf(&b, " oversize parts=%d required_after=%d", c.Parts, c.RequiredAfter)
		}
		if c.Undersize {
			fmt.Fprintf(&b, " undersize merge_candidates=%v", c.MergeCandidates)
		}
		b.WriteString("\n")
	}
	t := a.Totals
	fmt.Fprintf(&b, "totals: communities=%d households=%d residents=%d workers=%d to_adjust=%d new_committees=%d to_merge=%d required=%d required_after=%d gap=%d\n",
		t.Communities, t.Households, t.Residents, t.Workers, t.ToAdjust, t.NewCommittees, t.ToMerge, t.Required, t.RequiredAfter, t.Gap)
	for _, f := range a.Findings {
		b.WriteString(f.String())
		b.WriteString("\n")
	}
	return b.String()
}
