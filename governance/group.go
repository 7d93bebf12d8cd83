package governance

import (
	"fmt"
	"strings"
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
		switch m := &b.Members[j]; m.Kind {
		case MemberOwner:
			owners++
			v.groupOwner(m, bp, j)
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

// groupOwner checks that an owner representative of a group meets the
// candidate conditions of an owners' committee member (BJ-PMR art. 31 ¶4,
// which refers to art. 39): an owner or a unit owner's delegate, with full
// capacity, not a dishonest debtor, without prohibited uses. Conflicts of
// interest are left to the committee the group prepares.
func (v *validator) groupOwner(m *Member, bp string, j int) {
	src := v.p.Group.OwnerConditions
	var why []string
	if !m.Owner && !m.OwnerDelegate {
		why = append(why, "not an owner")
	}
	if m.Capacity == CapacityLimited || m.Capacity == CapacityNone {
		why = append(why, "without full civil capacity")
	}
	if m.DishonestDebtor {
		why = append(why, "a dishonest judgment debtor")
	}
	if len(m.ProhibitedUses) > 0 {
		why = append(why, "committed a prohibited use")
	}
	if len(why) == 0 {
		return
	}
	zh := map[string]string{"not an owner": "不是业主", "without full civil capacity": "不具有完全民事行为能力",
		"a dishonest judgment debtor": "被列为失信被执行人", "committed a prohibited use": "有禁止行为"}
	var whyZH []string
	for _, w := range why {
		whyZH = append(whyZH, zh[w])
	}
	v.add(CodeGroupOwnerIneligible, SeverityError, at(bp, ".members", j, ""), src,
		fmt.Sprintf("owner representative %q does not meet the candidate conditions: %s", m.ID, strings.Join(why, ", ")),
		fmt.Sprintf("业主代表 %q 不符合业主委员会委员候选人条件：%s", m.ID, strings.Join(whyZH, "、")))
}
