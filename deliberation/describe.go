package deliberation

import (
	"fmt"
	"strings"
	"time"

	"github.com/shequ/shequ/governance"
)

// Describe returns a deterministic one-line, human-readable description of
// event e, for logs, golden files and audit views: its number, kind, actor
// and time, then each non-zero fact in a fixed order. Hashes are shortened
// to their first 8 hex digits.
func Describe(e Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s by %s at %s", e.Seq, e.Kind, e.Actor, fmtTime(e.At))
	d := &e.Details
	kv := func(k string, v any) { fmt.Fprintf(&b, " %s=%v", k, v) }
	str := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, " %s=%q", k, v)
		}
	}
	list := func(k string, vs []string) {
		if len(vs) > 0 {
			fmt.Fprintf(&b, " %s=[%s]", k, strings.Join(vs, ","))
		}
	}
	str("subject", d.Subject)
	if d.Channel != 0 {
		kv("channel", d.Channel)
	}
	if d.Scope != 0 {
		kv("scope", d.Scope)
	}
	if d.Category != 0 {
		kv("category", d.Category)
	}
	str("place", d.Place)
	str("platform", d.Platform)
	str("other", d.Other)
	list("raisers", d.Raisers)
	str("reason", d.Reason)
	if d.Form != 0 {
		kv("form", d.Form)
	}
	if d.Level != 0 {
		kv("level", d.Level)
	}
	list("affected", d.Affected)
	str("consultation", d.Consultation)
	if len(d.Attendees) > 0 {
		as := make([]string, len(d.Attendees))
		for i, a := range d.Attendees {
			as[i] = a.String()
		}
		list("attendees", as)
	}
	str("minutes", d.Minutes)
	str("proposal", d.Proposal)
	str("text", d.Text)
	str("vote", d.Vote)
	if d.Rule != nil {
		kv("rule", d.Rule.Kind)
		if d.Rule.Pass.IsValid() {
			kv("pass", d.Rule.Pass)
		}
		if d.Rule.Quorum.IsValid() {
			kv("quorum", d.Rule.Quorum)
		}
		if d.Rule.Kind == RuleOwners278 {
			kv("participation", d.Rule.Assembly.Participation.Share)
			kv("majority", d.Rule.Assembly.Majority(d.Rule.Matter).Share)
		}
	}
	if d.OwnersMatter != 0 {
		kv("owners_matter", d.OwnersMatter)
	}
	list("members", d.Members)
	if len(d.Units) > 0 {
		kv("units", len(d.Units))
	}
	if !d.Closes.IsZero() {
		kv("closes", fmtTime(d.Closes))
	}
	str("voter", d.Voter)
	if d.Choice != 0 {
		kv("choice", d.Choice)
	}
	if d.Proxy != nil {
		fmt.Fprintf(&b, " proxy=%s(%s)", d.Proxy.Agent, d.Proxy.Reference)
	}
	if d.Tally != nil {
		b.WriteString(" tally{")
		b.WriteString(DescribeTally(*d.Tally))
		b.WriteString("}")
	}
	if d.Seat != 0 {
		kv("assignee_seat", d.Seat)
	}
	str("assignee", d.Body)
	list("tasks", d.Tasks)
	if d.Percent != 0 {
		kv("percent", d.Percent)
	}
	list("defects", d.Defects)
	if d.Rating != 0 {
		kv("rating", d.Rating)
	}
	if d.Ratings.Total() > 0 {
		fmt.Fprintf(&b, " ratings=%d/%d/%d", d.Ratings.Satisfied, d.Ratings.Basic, d.Ratings.Dissatisfied)
		kv("met", d.Met)
	}
	if d.To != 0 {
		kv("to", d.To)
	}
	if !d.Due.IsZero() {
		kv("due", fmtTime(d.Due))
	}
	fmt.Fprintf(&b, " prev=%.8s hash=%.8s", e.Prev, e.Hash)
	return b.String()
}

// DescribeTally returns a deterministic description of a tally with its
// margins.
func DescribeTally(t Tally) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s eligible=%d agree=%d oppose=%d abstain=%d", t.Rule, t.Outcome, t.Eligible, t.Agree, t.Oppose, t.Abstain)
	if t.Rule == RuleOwners278 {
		fmt.Fprintf(&b, " area=%s agree_area=%s oppose_area=%s abstain_area=%s", t.TotalArea, t.AgreeArea, t.OpposeArea, t.AbstainArea)
	}
	if t.Tie {
		b.WriteString(" tie")
	}
	if t.QuorumShort != (governance.Count{}) {
		fmt.Fprintf(&b, " quorum_short=%s", describeCount(t.Rule, t.QuorumShort))
	}
	if t.MajorityShort != (governance.Count{}) {
		fmt.Fprintf(&b, " majority_short=%s", describeCount(t.Rule, t.MajorityShort))
	}
	return b.String()
}

// DescribeMatter returns a deterministic multi-line summary of m's state.
func DescribeMatter(m Matter) string {
	var b strings.Builder
	fmt.Fprintf(&b, "matter %s seq=%d stage=%s", m.ID, m.Seq, stageName(m.Stage))
	if m.Closure != 0 {
		fmt.Fprintf(&b, " closure=%s", m.Closure)
	}
	fmt.Fprintf(&b, " level=%s raisers=[%s] reopens=%d escalations=%d", m.Level, strings.Join(m.Raisers, ","), m.Reopens, len(m.Escalations))
	if m.WasOverdue {
		b.WriteString(" was_overdue")
	}
	b.WriteString("\n")
	for _, v := range m.Visits {
		fmt.Fprintf(&b, "  %s %s → %s (%s)", v.Stage, fmtTime(v.From), fmtTime(v.To), fmtDuration(v.To.Sub(v.From)))
		if v.Overdue {
			b.WriteString(" overdue")
		}
		b.WriteString("\n")
	}
	if m.Stage != StageClosed && m.Stage != 0 {
		fmt.Fprintf(&b, "  %s since %s", m.Stage, fmtTime(m.Since))
		if !m.StageDue.IsZero() {
			fmt.Fprintf(&b, " due %s", fmtTime(m.StageDue))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func describeCount(k RuleKind, c governance.Count) string {
	if k == RuleOwners278 {
		return fmt.Sprintf("%d heads/%s", c.Heads, c.Area)
	}
	return fmt.Sprintf("%d", c.Heads)
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format(time.RFC3339)
}

// fmtDuration prints d as days and hours, such as "3d4h".
func fmtDuration(d time.Duration) string {
	days := d / (24 * time.Hour)
	h := (d % (24 * time.Hour)) / time.Hour
	m := (d % time.Hour) / time.Minute
	s := fmt.Sprintf("%dd%dh", days, h)
	if m != 0 {
		s += fmt.Sprintf("%dm", m)
	}
	return s
}
