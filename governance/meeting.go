package governance

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// Report returns the findings of a tally: [CodeQuorumNotMet] when too few
// owners took part, by area or by head (Civil Code art. 278 ¶2), or
// [CodeMajorityNotMet] when too few agreed; each message says by how much.
// A passed tally has an empty report.
func (t Tally) Report() Report {
	var rep Report
	switch t.Outcome {
	case NoQuorum:
		s := t.Rule.Participation
		rep.Findings = append(rep.Findings, Finding{Code: CodeQuorumNotMet, Severity: SeverityError, Path: "participating", Source: s.Source,
			Message: fmt.Sprintf("%d heads and %s took part, of %d heads and %s; the quorum %s of both needs %d more heads and %s more area",
				t.Participating.Heads, t.Participating.Area, t.Total.Heads, t.Total.Area, s.Share, t.QuorumShort.Heads, t.QuorumShort.Area),
			MessageZH: fmt.Sprintf("参与表决%d人、%s，总计%d人、%s；人数和面积均须达到%s，尚差%d人、%s",
				t.Participating.Heads, t.Participating.Area, t.Total.Heads, t.Total.Area, s.Share, t.QuorumShort.Heads, t.QuorumShort.Area)})
	case MajorityNot:
		s := t.Rule.Majority(t.Matter)
		rep.Findings = append(rep.Findings, Finding{Code: CodeMajorityNotMet, Severity: SeverityError, Path: "agreeing", Source: s.Source,
			Message: fmt.Sprintf("%d heads and %s agreed, of %d heads and %s taking part; %s (%s) needs %d more heads and %s more area",
				t.Agreeing.Heads, t.Agreeing.Area, t.Participating.Heads, t.Participating.Area, t.Matter, s.Share, t.MajorityShort.Heads, t.MajorityShort.Area),
			MessageZH: fmt.Sprintf("同意%d人、%s，参与表决%d人、%s；“%s”须%s，尚差%d人、%s",
				t.Agreeing.Heads, t.Agreeing.Area, t.Participating.Heads, t.Participating.Area, t.Matter.Label(), s.Share, t.MajorityShort.Heads, t.MajorityShort.Area)})
	}
	return rep
}

// AssemblyMeeting is an owners' assembly meeting as far as its procedure
// goes: when owners were told, when it met, what was announced and what
// was voted on. Matters are the caller's IDs.
type AssemblyMeeting struct {
	NoticeOn  time.Time `json:"notice_on"`
	MeetingOn time.Time `json:"meeting_on"`
	Announced []string  `json:"announced"`
	Voted     []string  `json:"voted"`
}

// CheckAssemblyMeeting checks the procedure of an owners' assembly meeting:
// notice at least 15 days ahead, and votes only on announced matters
// (BJ-PMR art. 35; State Council regulation art. 14 for the notice).
func (p Policy) CheckAssemblyMeeting(m AssemblyMeeting) Report {
	var rep Report
	pol := &p.Meetings
	if n := pol.Notice; n.On() && !m.NoticeOn.IsZero() && !m.MeetingOn.IsZero() && n.After(m.NoticeOn).After(m.MeetingOn) {
		rep.Findings = append(rep.Findings, Finding{Code: CodeAssemblyNoticeShort, Severity: SeverityError, Path: "notice_on", Source: n.Source,
			Message:   fmt.Sprintf("notice on %s for a meeting on %s: owners must be told %s ahead", day(m.NoticeOn), day(m.MeetingOn), n),
			MessageZH: fmt.Sprintf("%s通知、%s开会：应于会议召开%s以前通知全体业主", day(m.NoticeOn), day(m.MeetingOn), n.zh())})
	}
	if pol.AnnouncedOnly.On {
		for k, id := range m.Voted {
			if !slices.Contains(m.Announced, id) {
				rep.Findings = append(rep.Findings, Finding{Code: CodeAssemblyUnannounced, Severity: SeverityError, Path: "voted[" + strconv.Itoa(k) + "]", Source: pol.AnnouncedOnly.Source,
					Message:   fmt.Sprintf("matter %q was voted on but not announced", id),
					MessageZH: fmt.Sprintf("议题 %q 未经公示即付表决", id)})
			}
		}
	}
	rep.sort()
	return rep
}

// AssemblyApplication is an application to form an owners' assembly:
// the total exclusive area and owners of the area (counted as
// [NewElectorate] counts them), the area delivered, and the area and heads
// of the owners who apply.
type AssemblyApplication struct {
	Total       Count `json:"total"`
	Delivered   Area  `json:"delivered"`
	Applicants  Count `json:"applicants"`
	ByDeveloper bool  `json:"by_developer,omitempty"`
}

// CheckAssemblyApplication checks the conditions to apply for an owners'
// assembly (BJ-PMR art. 30): the delivered exclusive area is at least half
// of the total, and the applicants are at least 5 % of the owners or own at
// least 5 % of the area, or the developer applies.
func (p Policy) CheckAssemblyApplication(a AssemblyApplication) Report {
	var rep Report
	pol := &p.Meetings
	add := func(path string, src Source, en, zh string) {
		rep.Findings = append(rep.Findings, Finding{Code: CodeAssemblyApplication, Severity: SeverityError, Path: path, Source: src, Message: en, MessageZH: zh})
	}
	for _, n := range []struct {
		path string
		v    int64
	}{{"total.area", int64(a.Total.Area)}, {"total.heads", a.Total.Heads}, {"delivered", int64(a.Delivered)}, {"applicants.area", int64(a.Applicants.Area)}, {"applicants.heads", a.Applicants.Heads}} {
		if n.v < 0 {
			rep.Findings = append(rep.Findings, Finding{Code: CodeCountNegative, Severity: SeverityError, Path: n.path,
				Message: fmt.Sprintf("count is negative (%d)", n.v), MessageZH: fmt.Sprintf("数量为负数（%d）", n.v)})
		}
	}
	if s := pol.DeliveredShare.Share; s.IsValid() && !s.Met(int64(a.Delivered), int64(a.Total.Area)) {
		add("delivered", pol.DeliveredShare.Source,
			fmt.Sprintf("%s of %s delivered; an assembly needs %s of the exclusive area delivered", a.Delivered, a.Total.Area, s),
			fmt.Sprintf("已交付专有部分面积%s，总面积%s；须达到%s", a.Delivered, a.Total.Area, s))
	}
	if s := pol.ApplicantShare.Share; s.IsValid() && !a.ByDeveloper &&
		!s.Met(a.Applicants.Heads, a.Total.Heads) && !s.Met(int64(a.Applicants.Area), int64(a.Total.Area)) {
		add("applicants", pol.ApplicantShare.Source,
			fmt.Sprintf("%d owners with %s apply, of %d owners and %s; %s of the owners or of the area is needed, or the developer", a.Applicants.Heads, a.Applicants.Area, a.Total.Heads, a.Total.Area, s),
			fmt.Sprintf("申请业主%d人、%s，总计%d人、%s；须占业主人数或面积%s，或由建设单位申请", a.Applicants.Heads, a.Applicants.Area, a.Total.Heads, a.Total.Area, s))
	}
	rep.sort()
	return rep
}

// CommitteeMeeting is a meeting of an owners' committee or a property
// management committee: the person IDs of the members present in person,
// the number of proxies sent, and, when a decision was taken, the person
// IDs of the members who signed it.
type CommitteeMeeting struct {
	Present    []string `json:"present"`
	Proxies    int      `json:"proxies,omitempty"`
	Decided    bool     `json:"decided,omitempty"`
	Signatures []string `json:"signatures,omitempty"`
}

// CheckCommitteeMeeting checks a meeting of body b, an owners' committee
// (BJ-PMR art. 45) or a property management committee (art. 57): more than
// half of the members present, for a property management committee also
// more than half of its owner representatives, no proxies, and a decision
// signed by more than half of all members (not only of those present).
// Other kinds of body get an empty report.
func (p Policy) CheckCommitteeMeeting(b Body, m CommitteeMeeting) Report {
	var rep Report
	pol := &p.Meetings
	code := CodeCommitteeMeetingQuorum
	switch b.Kind {
	case KindOwnersCommittee:
	case KindPropertyManagementCommittee:
		code = CodePMCMeetingQuorum
	default:
		return rep
	}
	add := func(code Code, path string, src Source, en, zh string) {
		rep.Findings = append(rep.Findings, Finding{Code: code, Severity: SeverityError, Path: path, Source: src, Message: en, MessageZH: zh})
	}
	count := func(ids []string, owners bool) int64 {
		seen := make(map[string]bool, len(ids))
		n := int64(0)
		for _, id := range ids {
			i := b.member(id)
			if i < 0 || seen[id] || (owners && b.Members[i].Kind != MemberOwner) {
				continue
			}
			seen[id] = true
			n++
		}
		return n
	}
	total := int64(len(b.Members))
	if m.Proxies < 0 {
		add(CodeCountNegative, "proxies", Source{}, fmt.Sprintf("count is negative (%d)", m.Proxies), fmt.Sprintf("数量为负数（%d）", m.Proxies))
	}
	if s := pol.CommitteeQuorum.Share; s.IsValid() {
		if n := count(m.Present, false); !s.Met(n, total) {
			add(code, "present", pol.CommitteeQuorum.Source,
				fmt.Sprintf("%d of %d members present; the quorum is %s", n, total, s),
				fmt.Sprintf("出席委员%d人，共%d人；须%s", n, total, s))
		}
	}
	if s := pol.PMCOwnerQuorum.Share; b.Kind == KindPropertyManagementCommittee && s.IsValid() {
		owners := int64(0)
		for _, mb := range b.Members {
			if mb.Kind == MemberOwner {
				owners++
			}
		}
		if n := count(m.Present, true); !s.Met(n, owners) {
			add(code, "present", pol.PMCOwnerQuorum.Source,
				fmt.Sprintf("%d of %d owner representatives present; the quorum is %s of them too", n, owners, s),
				fmt.Sprintf("出席业主代表委员%d人，共%d人；亦须%s", n, owners, s))
		}
	}
	if pol.NoProxies.On && m.Proxies > 0 {
		add(code, "proxies", pol.NoProxies.Source,
			fmt.Sprintf("%d proxies; members may not attend by proxy", m.Proxies),
			fmt.Sprintf("委托他人出席%d人；委员不得委托他人出席", m.Proxies))
	}
	if s := pol.Signatures.Share; m.Decided && s.IsValid() {
		if n := count(m.Signatures, false); !s.Met(n, total) {
			add(CodeCommitteeSignatures, "signatures", pol.Signatures.Source,
				fmt.Sprintf("decision signed by %d of %d members; it needs %s of all members", n, total, s),
				fmt.Sprintf("决定经%d名委员签字，共%d人；须全体委员%s签字", n, total, s))
		}
	}
	rep.sort()
	return rep
}
