package governance

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func codesOf(rep Report) []string {
	var s []string
	for _, f := range rep.Findings {
		s = append(s, string(f.Code)+" "+f.Path)
	}
	return s
}

func TestCheckAssemblyMeeting(t *testing.T) {
	meet := date("2023-05-20")
	tests := []struct {
		name   string
		reason string
		m      AssemblyMeeting
		want   []string
	}{
		{"16 days' notice", "more than 15", AssemblyMeeting{NoticeOn: meet.AddDate(0, 0, -16), MeetingOn: meet}, nil},
		{"15 days' notice", "15日以前: exactly 15 days is enough", AssemblyMeeting{NoticeOn: meet.AddDate(0, 0, -15), MeetingOn: meet}, nil},
		{"14 days' notice", "one day short (BJ-PMR art. 35)", AssemblyMeeting{NoticeOn: meet.AddDate(0, 0, -14), MeetingOn: meet},
			[]string{"assembly.notice.too_short notice_on"}},
		{"unannounced matter", "only announced matters may be voted on",
			AssemblyMeeting{Announced: []string{"fund"}, Voted: []string{"fund", "parking"}},
			[]string{"assembly.matter.unannounced voted[1]"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, codesOf(BeijingPolicy().CheckAssemblyMeeting(tt.m))); diff != "" {
			t.Errorf("%s (%s) (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestCheckAssemblyApplication(t *testing.T) {
	total := Count{Area: 100000, Heads: 200}
	tests := []struct {
		name   string
		reason string
		a      AssemblyApplication
		want   []string
	}{
		{"half delivered, 10 owners", "1/2 and 5 % exactly (以上)", AssemblyApplication{Total: total, Delivered: 50000, Applicants: Count{Heads: 10}}, nil},
		{"just under half delivered", "BJ-PMR art. 30", AssemblyApplication{Total: total, Delivered: 49999, Applicants: Count{Heads: 10}},
			[]string{"assembly.eligibility.application delivered"}},
		{"9 owners with little area", "under 5 % of heads and of area", AssemblyApplication{Total: total, Delivered: 60000, Applicants: Count{Area: 4999, Heads: 9}},
			[]string{"assembly.eligibility.application applicants"}},
		{"9 owners with 5 % of area", "either 5 % suffices", AssemblyApplication{Total: total, Delivered: 60000, Applicants: Count{Area: 5000, Heads: 9}}, nil},
		{"the developer applies", "the developer may apply alone", AssemblyApplication{Total: total, Delivered: 60000, ByDeveloper: true}, nil},
		{"negative", "bad input", AssemblyApplication{Total: total, Delivered: 60000, Applicants: Count{Heads: -1}, ByDeveloper: true},
			[]string{"council.count.negative applicants.heads"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, codesOf(BeijingPolicy().CheckAssemblyApplication(tt.a))); diff != "" {
			t.Errorf("%s (%s) (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestCheckCommitteeMeeting(t *testing.T) {
	ocb := Body{ID: "oc", Kind: KindOwnersCommittee, Members: people("m", 7, owner)}
	pmc := pmcBody()
	ids := func(b Body, idx ...int) []string {
		var s []string
		for _, i := range idx {
			s = append(s, b.Members[i].ID)
		}
		return s
	}
	tests := []struct {
		name   string
		reason string
		b      Body
		m      CommitteeMeeting
		want   []string
	}{
		{"4 of 7 present", "过半数", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2, 3)}, nil},
		{"3 of 7 present", "not more than half (BJ-PMR art. 45)", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2)},
			[]string{"committee.meeting.quorum present"}},
		{"3 present, one twice", "a person counts once", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2, 2)},
			[]string{"committee.meeting.quorum present"}},
		{"a proxy", "委员不得委托", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2, 3), Proxies: 1},
			[]string{"committee.meeting.quorum proxies"}},
		{"signed by 4 of 7", "more than half of all members", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2, 3, 4), Decided: true, Signatures: ids(ocb, 0, 1, 2, 3)}, nil},
		{"signed by 3 of 7", "half of those present is not enough", ocb, CommitteeMeeting{Present: ids(ocb, 0, 1, 2, 3, 4), Decided: true, Signatures: ids(ocb, 0, 1, 2)},
			[]string{"committee.decision.signatures signatures"}},
		{"pmc: 4 of 7 but 2 of 4 owners", "物管会 also needs more than half of owner representatives (art. 57)", pmc,
			CommitteeMeeting{Present: ids(pmc, 0, 1, 2, 5)}, []string{"pmc.meeting.quorum present"}},
		{"pmc: 4 of 7 with 3 of 4 owners", "both majorities met", pmc, CommitteeMeeting{Present: ids(pmc, 0, 1, 2, 3)}, nil},
		{"not a committee", "other bodies have no such rule", Body{Kind: KindSocialOrganisation}, CommitteeMeeting{}, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, codesOf(BeijingPolicy().CheckCommitteeMeeting(tt.b, tt.m))); diff != "" {
			t.Errorf("%s (%s) (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestTallyReport(t *testing.T) {
	rule := CivilCode278()
	total := Count{Area: 30000, Heads: 300}
	tests := []struct {
		name          string
		m             OwnersMatter
		agree, oppose Count
		want          []string
	}{
		{"quorum one head short", MatterUseFund, Count{20000, 150}, Count{0, 49}, []string{"assembly.quorum.not_met participating"}},
		{"ordinary majority at exactly half", MatterUseFund, Count{15000, 100}, Count{5000, 100}, []string{"assembly.majority.not_met agreeing"}},
		{"passed", MatterUseFund, Count{15000, 101}, Count{5000, 99}, nil},
	}
	for _, tt := range tests {
		tl, err := rule.TallyCounts(tt.m, total, tt.agree, tt.oppose, Count{})
		if err != nil {
			t.Fatal(err)
		}
		rep := tl.Report()
		if diff := cmp.Diff(tt.want, codesOf(rep)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		for _, f := range rep.Findings {
			if f.Source.Document != DocCivilCode {
				t.Errorf("%s: source %v; want the Civil Code", tt.name, f.Source)
			}
		}
	}
}
