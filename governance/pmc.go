package governance

import (
	"time"

	"fmt"
	"slices"
	"strconv"
)

// pmc runs the checks of a property management committee (物业管理委员会,
// BJ-PMR arts. 52–58; formation rules 京建发〔2021〕53号 as reported).
func (v *validator) pmc(b *Body, bp string) {
	pol := &v.p.PMC
	var d PropertyManagementCommittee
	if b.PMC != nil {
		d = *b.PMC
	}
	if !d.Condition.IsValid() {
		v.add(CodePMCConditionMissing, SeverityError, bp+".property_management_committee.condition", pol.Conditions,
			"no formation condition given: a property management committee may be formed only where owners cannot form an assembly, have difficulty forming one, or have an assembly but no committee",
			"未说明组建条件：仅在不具备成立业主大会条件、具备条件但确有困难未成立、或成立业主大会但未选出业主委员会时方可组建物业管理委员会")
	}
	if len(pol.FormedBy) > 0 && !slices.Contains(pol.FormedBy, d.FormedBy) {
		v.add(CodePMCWrongFormer, SeverityError, bp+".property_management_committee.formed_by", pol.FormedBySource,
			fmt.Sprintf("formed by %q; only %s form property management committees", d.FormedBy.String(), authorities(pol.FormedBy, false)),
			fmt.Sprintf("由 %q 组建；物业管理委员会应由%s组建", d.FormedBy.Label(), authorities(pol.FormedBy, true)))
	}
	n := len(b.Members)
	if pol.MinMembers.On() && n < pol.MinMembers.N {
		v.add(CodePMCSizeBelowMin, SeverityError, bp+".members", pol.MinMembers.Source,
			fmt.Sprintf("property management committee has %d members; at least %d are required", n, pol.MinMembers.N),
			fmt.Sprintf("物业管理委员会委员%d人，应不少于%d人", n, pol.MinMembers.N))
	}
	if pol.Odd.On && n%2 == 0 {
		v.add(CodePMCSizeEven, SeverityError, bp+".members", pol.Odd.Source,
			fmt.Sprintf("property management committee has %d members; the number must be odd", n),
			fmt.Sprintf("物业管理委员会委员%d人，应为单数", n))
	}
	owners := 0
	for j := range b.Members {
		m := &b.Members[j]
		if m.Kind == MemberOwner {
			owners++
			v.pmcOwner(m, bp, j, b.FormedOn)
		}
		if len(pol.MemberKinds) > 0 && !slices.Contains(pol.MemberKinds, m.Kind) {
			v.add(CodePMCMemberKind, SeverityWarning, at(bp, ".members", j, ".kind"), pol.MemberKindSource,
				fmt.Sprintf("%q represents %q, not a constituency art. 54 lists (residents' or villagers' committee, owners, occupiers)", m.ID, m.Kind.String()),
				fmt.Sprintf("%q 代表 %q，不在第五十四条所列居委会、村委会、业主、物业使用人代表之中", m.ID, m.Kind.Label()))
		}
	}
	if s := pol.MinOwnerShare.Share; s.IsValid() && !s.Met(int64(owners), int64(n)) {
		v.add(CodePMCOwnersBelowHalf, SeverityError, bp+".members", pol.MinOwnerShare.Source,
			fmt.Sprintf("%d of %d members are owner representatives; they must be %s", owners, n, s),
			fmt.Sprintf("委员%d人中业主代表%d人，应%s", n, owners, s))
	}
	switch i := b.member(b.Chair); {
	case b.Chair == "" || i < 0 || (b.Members[i].Kind != MemberResidentsCommittee && b.Members[i].Kind != MemberVillagersCommittee):
		v.add(CodePMCDirectorNotRC, SeverityError, bp+".chair", pol.Officers,
			fmt.Sprintf("director %q is not a member representing the residents' (or villagers') committee", b.Chair),
			fmt.Sprintf("主任 %q 不是居民委员会（村民委员会）代表委员", b.Chair))
	}
	if len(b.ViceChairs) == 0 {
		v.add(CodePMCDeputyNotOwner, SeverityError, bp+".vice_chairs", pol.Officers,
			"no deputy director: the residents' committee designates an owner representative as deputy",
			"未设副主任：副主任由居民委员会指定一名业主代表担任")
	}
	for k, id := range b.ViceChairs {
		i := b.member(id)
		if i < 0 || b.Members[i].Kind != MemberOwner || !d.DeputyDesignated {
			v.add(CodePMCDeputyNotOwner, SeverityError, bp+".vice_chairs["+strconv.Itoa(k)+"]", pol.Officers,
				fmt.Sprintf("deputy director %q must be an owner representative designated by the residents' committee", id),
				fmt.Sprintf("副主任 %q 应为居民委员会指定的业主代表", id))
		}
	}
	if b.active(v.asOf) && !b.FormedOn.IsZero() && pol.MaxTerm.On() && v.asOf.After(pol.MaxTerm.After(b.FormedOn)) {
		v.add(CodePMCTermTooLong, SeverityWarning, bp+".formed_on", pol.MaxTerm.Source,
			fmt.Sprintf("formed on %s and in office more than %s; the sub-district office should re-form it if no owners' committee has been elected", day(b.FormedOn), pol.MaxTerm),
			fmt.Sprintf("%s组建，任期已超过%s；未推动选出业主委员会的，应由街道办事处重新组建", day(b.FormedOn), pol.MaxTerm.zh()))
	}
}

// pmcOwner checks an owner representative of a property management
// committee against the formation rules as reported (PMC-9). Residence is
// counted to the formation date when known (a member qualifies when the
// committee is formed), else to asOf.
func (v *validator) pmcOwner(m *Member, bp string, j int, formedOn time.Time) {
	pol := &v.p.PMC
	if m.UnpaidFees {
		v.add(CodePMCMemberIneligible, SeverityError, at(bp, ".members", j, ".unpaid_fees"), pol.Eligibility,
			fmt.Sprintf("%q does not pay the fees of the property service contract", m.ID),
			fmt.Sprintf("%q 未按物业服务合同交纳物业费", m.ID))
	}
	if len(m.ProhibitedUses) > 0 {
		v.add(CodePMCMemberIneligible, SeverityError, at(bp, ".members", j, ".prohibited_uses"), pol.Eligibility,
			fmt.Sprintf("%q committed a prohibited use of property", m.ID),
			fmt.Sprintf("%q 有违反物业管理禁止行为", m.ID))
	}
	ref := v.asOf
	if !formedOn.IsZero() {
		ref = formedOn
	}
	if p := pol.MinResidence; p.On() && !m.ResidentSince.IsZero() && p.After(m.ResidentSince).After(ref) {
		v.add(CodePMCMemberIneligible, SeverityWarning, at(bp, ".members", j, ".resident_since"), p.Source,
			fmt.Sprintf("%q has lived in the area since %s, less than %s by %s (a rule of the 2020 draft only)", m.ID, day(m.ResidentSince), p, day(ref)),
			fmt.Sprintf("%q 自%s居住，至%s不满%s（仅见于2020年征求意见稿）", m.ID, day(m.ResidentSince), day(ref), p.zh()))
	}
}
