package governance

import (
	"fmt"
	"slices"
)

// residents runs the checks of a residents' committee (居民委员会): the size,
// term and eligibility that the Organic Law of Urban Residents' Committees
// fixes (arts. 7–8), and the Beijing implementing measures (arts. 9–22)
// and 2020 community standard as policy.
func (v *validator) residents(b *Body, bp string) {
	pol := &v.p.Residents
	var d ResidentsCommittee
	if b.Residents != nil {
		d = *b.Residents
	}
	n := len(b.Members)
	if (pol.MinMembers.On() && n < pol.MinMembers.N) || (pol.MaxMembers.On() && n > pol.MaxMembers.N) {
		v.add(CodeRCSizeOutOfRange, SeverityError, bp+".members", pol.MinMembers.Source,
			fmt.Sprintf("residents' committee has %d members; the law requires %d to %d unless the district government approves otherwise", n, pol.MinMembers.N, pol.MaxMembers.N),
			fmt.Sprintf("居民委员会成员%d人；法定为%d至%d人，特殊情况须报区人民政府批准", n, pol.MinMembers.N, pol.MaxMembers.N))
	}
	if t := pol.Term; t.On() && !b.ElectedOn.IsZero() && !b.TermEnd.IsZero() && b.TermEnd.After(t.After(b.ElectedOn)) {
		v.add(CodeRCTermTooLong, SeverityError, bp+".term_end", t.Source,
			fmt.Sprintf("term from %s to %s is longer than %s", day(b.ElectedOn), day(b.TermEnd), t),
			fmt.Sprintf("任期自%s至%s，超过%s", day(b.ElectedOn), day(b.TermEnd), t.zh()))
	}
	minority := false
	for j := range b.Members {
		m := &b.Members[j]
		if a := pol.MinAge; a.On() && !m.BirthDate.IsZero() && !b.ElectedOn.IsZero() && m.BirthDate.AddDate(a.N, 0, 0).After(b.ElectedOn) {
			v.add(CodeRCMemberIneligible, SeverityError, at(bp, ".members", j, ".birth_date"), a.Source,
				fmt.Sprintf("%q was under %d at the election on %s", m.ID, a.N, day(b.ElectedOn)),
				fmt.Sprintf("%q 在%s选举时未满%d周岁", m.ID, day(b.ElectedOn), a.N))
		}
		if m.PoliticalRightsDeprived {
			v.add(CodeRCMemberIneligible, SeverityError, at(bp, ".members", j, ".political_rights_deprived"), pol.MinAge.Source,
				fmt.Sprintf("%q is deprived of political rights", m.ID),
				fmt.Sprintf("%q 被依法剥夺政治权利", m.ID))
		}
		if m.Ethnicity != "" && slices.Contains(v.c.EthnicMinorities, m.Ethnicity) {
			minority = true
		}
	}
	if len(v.c.EthnicMinorities) > 0 && !minority {
		v.add(CodeRCMinorityAbsent, SeverityWarning, bp+".members", pol.Minority,
			fmt.Sprintf("the community is multi-ethnic (%v) and no member belongs to a less numerous ethnic group", v.c.EthnicMinorities),
			fmt.Sprintf("本社区为多民族居住地区（%v），居民委员会中没有人数较少的民族的成员", v.c.EthnicMinorities))
	}
	switch h := d.Households; {
	case h < 0:
		v.negative(bp+".residents_committee.households", h)
	case h > 0 && ((pol.MinHouseholds.On() && h < pol.MinHouseholds.N) || (pol.MaxHouseholds.On() && h > pol.MaxHouseholds.N)):
		v.add(CodeRCHouseholdsOutOfRange, SeverityWarning, bp+".residents_committee.households", pol.MaxHouseholds.Source,
			fmt.Sprintf("committee serves %d households, outside the %d–%d of policy %s", h, pol.MinHouseholds.N, pol.MaxHouseholds.N, v.p.Name),
			fmt.Sprintf("居民委员会服务%d户，不在政策 %s 的%d至%d户范围内", h, v.p.Name, pol.MinHouseholds.N, pol.MaxHouseholds.N))
	}
	for k, g := range d.Groups {
		switch {
		case g.Households < 0:
			v.negative(at(bp, ".residents_committee.groups", k, ".households"), g.Households)
		case (pol.GroupMinHouseholds.On() && g.Households < pol.GroupMinHouseholds.N) || (pol.GroupMaxHouseholds.On() && g.Households > pol.GroupMaxHouseholds.N):
			v.add(CodeRCGroupSize, SeverityWarning, at(bp, ".residents_committee.groups", k, ".households"), pol.GroupMaxHouseholds.Source,
				fmt.Sprintf("residents' group %q has %d households; groups are generally of %d to %d", g.Name, g.Households, pol.GroupMinHouseholds.N, pol.GroupMaxHouseholds.N),
				fmt.Sprintf("居民小组 %q 有%d户；一般每%d户至%d户设立一个居民小组", g.Name, g.Households, pol.GroupMinHouseholds.N, pol.GroupMaxHouseholds.N))
		}
	}
	if f := pol.SubcommitteesFrom; f.On() && d.Households >= f.N && len(d.Subcommittees) == 0 {
		v.add(CodeRCSubcommitteesAbsent, SeverityInfo, bp+".residents_committee.subcommittees", f.Source,
			fmt.Sprintf("committee serves %d households (%d or more) and has no subcommittees such as mediation, security or public health", d.Households, f.N),
			fmt.Sprintf("居民委员会服务%d户（%d户以上），未设人民调解、治安保卫、公共卫生等委员会", d.Households, f.N))
	}
	if d.Election != nil {
		v.rcElection(d.Election, bp)
	}
}

// rcElection checks the nominations of a residents' committee election
// (Beijing implementing measures art. 13).
func (v *validator) rcElection(e *ResidentsElection, bp string) {
	const ep = ".residents_committee.election"
	pol := &v.p.Residents
	src := pol.MinVoterNominators.Source
	if e.Seats < 0 {
		v.negative(bp+ep+".seats", e.Seats)
	}
	for k, c := range e.Candidates {
		if c.VoterNominators < 0 {
			v.negative(at(bp, bp+ep+".candidates", k, ".voter_nominators"), c.VoterNominators)
		}
		if c.HouseholdNominators < 0 {
			v.negative(at(bp, bp+ep+".candidates", k, ".household_nominators"), c.HouseholdNominators)
		}
		byVoters := pol.MinVoterNominators.On() && c.VoterNominators >= pol.MinVoterNominators.N
		byHouseholds := pol.MinHouseholdNominators.On() && c.HouseholdNominators >= pol.MinHouseholdNominators.N
		if !byVoters && !byHouseholds && !c.GroupNominated {
			v.add(CodeRCNominationShort, SeverityError, at(bp, bp+ep+".candidates", k, ""), src,
				fmt.Sprintf("candidate %q was nominated by %d voters and %d household representatives: needs %d voters, %d household representatives or a residents' group", c.Person, c.VoterNominators, c.HouseholdNominators, pol.MinVoterNominators.N, pol.MinHouseholdNominators.N),
				fmt.Sprintf("候选人 %q 由%d名选民、%d名户代表提名；应由%d名以上选民、%d名以上户代表或居民小组提名", c.Person, c.VoterNominators, c.HouseholdNominators, pol.MinVoterNominators.N, pol.MinHouseholdNominators.N))
		}
	}
	if e.Seats <= 0 {
		return
	}
	extra := len(e.Candidates) - e.Seats
	switch {
	case extra < 0:
		v.add(CodeRCNominationShort, SeverityError, bp+ep+".candidates", src,
			fmt.Sprintf("%d candidates for %d seats", len(e.Candidates), e.Seats),
			fmt.Sprintf("候选人%d名，少于应选名额%d名", len(e.Candidates), e.Seats))
	case (pol.MinExtraCandidates.On() && extra < pol.MinExtraCandidates.N) || (pol.MaxExtraCandidates.On() && extra > pol.MaxExtraCandidates.N):
		v.add(CodeRCNominationShort, SeverityWarning, bp+ep+".candidates", src,
			fmt.Sprintf("%d candidates for %d seats; candidates are usually %d to %d more than the seats (an uncontested election is allowed)", len(e.Candidates), e.Seats, pol.MinExtraCandidates.N, pol.MaxExtraCandidates.N),
			fmt.Sprintf("候选人%d名、应选%d名；候选人一般应多于应选名额%d至%d名（可以等额选举）", len(e.Candidates), e.Seats, pol.MinExtraCandidates.N, pol.MaxExtraCandidates.N))
	}
}
