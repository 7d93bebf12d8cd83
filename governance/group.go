package governance

import (
	"fmt"
	"time"
)

// group runs the checks of a preparatory group (筹备组, BJ-PMR arts.
// 31–32) or a renewal group (换届小组, art. 49), which is composed the same
// way.
func (v *validator) group(b *Body, bp string) {
	pol := &v.p.Group
	n := len(b.Members)
	if pol.Odd.On && n%2 == 0 {
		v.add(CodeGroupSizeEven, SeverityError, bp+".members", pol.Odd.Source,
			fmt.Sprintf("group has %d members; the number must be odd", n),
			fmt.Sprintf("筹备组（换届小组）%d人，应为单数", n))
	}
	owners, party := 0, false
	for j := range b.Members {
		switch b.Members[j].Kind {
		case MemberOwner:
			owners++
		case MemberPartyOrganisation:
			party = true
		}
	}
	if s := pol.MinOwnerShare.Share; s.IsValid() && !s.Met(int64(owners), int64(n)) {
		v.add(CodeGroupOwnersBelowHalf, SeverityError, bp+".members", pol.MinOwnerShare.Source,
			fmt.Sprintf("%d of %d members are owner representatives; they must be %s", owners, n, s),
			fmt.Sprintf("%d人中业主代表%d人，应%s", n, owners, s))
	}
	if i := b.member(b.Chair); b.Chair == "" || i < 0 || b.Members[i].Kind != MemberResidentsCommittee && b.Members[i].Kind != MemberVillagersCommittee {
		v.add(CodeGroupLeaderNotRCStaff, SeverityError, bp+".chair", pol.Leader,
			fmt.Sprintf("leader %q is not a member from the residents' (or villagers') committee staff", b.Chair),
			fmt.Sprintf("组长 %q 不是居民委员会（村民委员会）工作人员", b.Chair))
	}
	if pol.PartyPresent.On && !party {
		v.add(CodeGroupPartyAbsent, SeverityWarning, bp+".members", pol.PartyPresent.Source,
			"no member represents the community Party organisation",
			"筹备组（换届小组）中没有社区党组织代表")
	}
	w := pol.FirstAssemblyWithin
	if !w.On() || b.FormedOn.IsZero() {
		return
	}
	deadline := w.After(b.FormedOn)
	var first = b.Group.firstAssembly()
	switch {
	case first.IsZero() && v.asOf.After(deadline):
		v.add(CodeGroupFirstAssemblyLate, SeverityWarning, bp+".preparatory_group.first_assembly_on", w.Source,
			fmt.Sprintf("formed on %s and no first assembly by %s (within %s)", day(b.FormedOn), day(deadline), w),
			fmt.Sprintf("%s成立，%s前（%s内）未召开首次业主大会会议", day(b.FormedOn), day(deadline), w.zh()))
	case !first.IsZero() && first.After(deadline):
		v.add(CodeGroupFirstAssemblyLate, SeverityWarning, bp+".preparatory_group.first_assembly_on", w.Source,
			fmt.Sprintf("formed on %s and the first assembly met on %s, after %s", day(b.FormedOn), day(first), day(deadline)),
			fmt.Sprintf("%s成立，%s才召开首次业主大会会议，晚于%s", day(b.FormedOn), day(first), day(deadline)))
	}
}

// firstAssembly returns the date of the first assembly, or the zero time.
func (g *PreparatoryGroup) firstAssembly() time.Time {
	if g == nil {
		return time.Time{}
	}
	return g.FirstAssemblyOn
}
