package governance

import "fmt"

// Check reports what is wrong with p itself: a malformed threshold
// ([CodePolicyInvalid]), a rule of national law made looser
// ([CodePolicyRelaxesNationalLaw]: the owners' assembly quorum and
// majorities of Civil Code art. 278, the residents' committee size of five
// to nine members and the eligibility age of 18 of the Organic Law), or a
// residents' committee term other than the five years of the Organic Law
// art. 8 ([CodePolicyConflictsNationalLaw]; Beijing's 1991 implementing
// measures art. 11 still say three years, and the later, higher law
// prevails). Paths are relative to the policy.
//
// A policy may make national rules stricter; Check accepts that.
func (p Policy) Check() Report {
	var rep Report
	add := func(code Code, path string, src Source, en, zh string) {
		rep.Findings = append(rep.Findings, Finding{Code: code, Severity: SeverityError, Path: path, Message: en, MessageZH: zh, Source: src})
	}
	if p.Version == "" {
		add(CodePolicyInvalid, "version", Source{}, "policy has no version", "政策缺少版本号")
	}

	law := CivilCode278()
	for _, t := range []struct {
		path      string
		got, want Threshold
	}{
		{"assembly.participation", p.Assembly.Participation, law.Participation},
		{"assembly.ordinary", p.Assembly.Ordinary, law.Ordinary},
		{"assembly.special", p.Assembly.Special, law.Special},
	} {
		switch {
		case !t.got.Share.IsValid():
			add(CodePolicyInvalid, t.path, t.want.Source, fmt.Sprintf("share %s is not a fraction between 0 and 1", t.got.Share), fmt.Sprintf("比例 %s 无效", t.got.Share))
		case !t.got.Share.Covers(t.want.Share):
			add(CodePolicyRelaxesNationalLaw, t.path, t.want.Source,
				fmt.Sprintf("share %s is looser than the %s national law fixes", t.got.Share, t.want.Share),
				fmt.Sprintf("比例 %s 低于法律规定的 %s", t.got.Share, t.want.Share))
		}
	}

	rc, src := &p.Residents, residentsLaw("art. 7")
	if rc.MinMembers.N < 5 {
		add(CodePolicyRelaxesNationalLaw, "residents_committee.min_members", src,
			fmt.Sprintf("minimum of %d members is below the 5 national law fixes; departures are approved per committee as exceptions", rc.MinMembers.N),
			fmt.Sprintf("成员下限%d人低于法律规定的5人；特殊情况应逐个报批为例外", rc.MinMembers.N))
	}
	if rc.MaxMembers.N == 0 || rc.MaxMembers.N > 9 {
		add(CodePolicyRelaxesNationalLaw, "residents_committee.max_members", src,
			fmt.Sprintf("maximum of %d members (0 = none) is above the 9 national law fixes", rc.MaxMembers.N),
			fmt.Sprintf("成员上限%d人（0为不限）高于法律规定的9人", rc.MaxMembers.N))
	}
	if rc.MinAge.N < 18 {
		add(CodePolicyRelaxesNationalLaw, "residents_committee.min_age", residentsLaw("art. 8 ¶2"),
			fmt.Sprintf("eligibility age %d is below the 18 national law fixes", rc.MinAge.N),
			fmt.Sprintf("选举年龄%d周岁低于法律规定的18周岁", rc.MinAge.N))
	}
	switch months, days := rc.Term.Years*12+rc.Term.Months, rc.Term.Days; {
	case months == 60 && days == 0:
	case months > 60 || (months == 60 && days > 0) || !rc.Term.On():
		add(CodePolicyRelaxesNationalLaw, "residents_committee.term", residentsLaw("art. 8 ¶1"),
			fmt.Sprintf("term %s is longer than the 5 years national law fixes", rc.Term),
			fmt.Sprintf("任期%s长于法律规定的5年", rc.Term.zh()))
	default:
		add(CodePolicyConflictsNationalLaw, "residents_committee.term", residentsLaw("art. 8 ¶1"),
			fmt.Sprintf("term %s differs from the 5 years of the 2018 Organic Law; the 3 years of Beijing's 1991 measures (art. 11) are outdated", rc.Term),
			fmt.Sprintf("任期%s与2018年组织法规定的5年不符；北京市1991年实施办法第十一条的3年已不适用", rc.Term.zh()))
	}

	for _, t := range []struct {
		path     string
		t        Threshold
		optional bool
	}{
		{"owners_committee.max_alternates", p.OwnersCommittee.MaxAlternates, true},
		{"owners_committee.min_seated", p.OwnersCommittee.MinSeated, true},
		{"owners_committee.party_share_target", p.OwnersCommittee.PartyShareTarget, true},
		{"property_management_committee.min_owner_share", p.PMC.MinOwnerShare, true},
		{"preparatory_group.min_owner_share", p.Group.MinOwnerShare, true},
		{"meetings.delivered_share", p.Meetings.DeliveredShare, true},
		{"meetings.applicant_share", p.Meetings.ApplicantShare, true},
		{"meetings.committee_quorum", p.Meetings.CommitteeQuorum, true},
		{"meetings.pmc_owner_quorum", p.Meetings.PMCOwnerQuorum, true},
		{"meetings.signatures", p.Meetings.Signatures, true},
	} {
		if s := t.t.Share; s != (Share{}) && !s.IsValid() {
			add(CodePolicyInvalid, t.path, t.t.Source, fmt.Sprintf("share %s is not a fraction between 0 and 1 (the zero share turns the rule off)", s), fmt.Sprintf("比例 %s 无效", s))
		}
	}
	for _, l := range []struct {
		path string
		l    Limit
	}{
		{"owners_committee.min_members", p.OwnersCommittee.MinMembers},
		{"owners_committee.small_area_households", p.OwnersCommittee.SmallAreaHouseholds},
		{"owners_committee.small_area_min_members", p.OwnersCommittee.SmallAreaMinMembers},
		{"owners_committee.max_members", p.OwnersCommittee.MaxMembers},
		{"owners_committee.prohibited_use_items", p.OwnersCommittee.ProhibitedUseItems},
		{"property_management_committee.min_members", p.PMC.MinMembers},
		{"residents_committee.min_households", p.Residents.MinHouseholds},
		{"residents_committee.max_households", p.Residents.MaxHouseholds},
		{"residents_committee.group_min_households", p.Residents.GroupMinHouseholds},
		{"residents_committee.group_max_households", p.Residents.GroupMaxHouseholds},
		{"residents_committee.subcommittees_from", p.Residents.SubcommitteesFrom},
		{"residents_committee.min_voter_nominators", p.Residents.MinVoterNominators},
		{"residents_committee.min_household_nominators", p.Residents.MinHouseholdNominators},
		{"residents_committee.min_extra_candidates", p.Residents.MinExtraCandidates},
		{"residents_committee.max_extra_candidates", p.Residents.MaxExtraCandidates},
		{"party.organisation_from", p.Party.OrganisationFrom},
		{"party.branch_max", p.Party.BranchMax},
		{"party.general_branch_max", p.Party.GeneralBranchMax},
		{"party.committee_from", p.Party.CommitteeFrom},
		{"party.committee_min", p.Party.CommitteeMin},
		{"party.committee_max", p.Party.CommitteeMax},
	} {
		if l.l.N < 0 {
			add(CodePolicyInvalid, l.path, l.l.Source, fmt.Sprintf("limit %d is negative", l.l.N), fmt.Sprintf("限值%d为负数", l.l.N))
		}
	}
	rep.sort()
	return rep
}
