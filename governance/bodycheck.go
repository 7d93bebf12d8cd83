package governance

import (
	"fmt"
	"strconv"
)

// body runs the checks of body i: first the structural ones, then those of
// its kind.
func (v *validator) body(i int) {
	b := &v.c.Bodies[i]
	bp := v.path(i)
	v.out.cur = b.ID
	defer func() { v.out.cur = "" }()

	if !b.Kind.IsValid() {
		v.add(CodeBodyKindInvalid, SeverityError, bp+".kind", Source{},
			fmt.Sprintf("body %q has no valid kind", b.ID), fmt.Sprintf("机构 %q 的类型无效", b.ID))
	}
	for _, d := range [...]struct {
		set  bool
		kind BodyKind
		name string
	}{
		{b.Owners != nil, KindOwnersCommittee, "owners_committee"},
		{b.PMC != nil, KindPropertyManagementCommittee, "property_management_committee"},
		{b.Group != nil && b.Kind != KindRenewalGroup, KindPreparatoryGroup, "preparatory_group"},
		{b.Residents != nil, KindResidentsCommittee, "residents_committee"},
		{b.Party != nil, KindPartyOrganisation, "party_organisation_details"},
	} {
		if d.set && b.Kind != d.kind {
			v.add(CodeBodyDetailsMismatch, SeverityError, bp+"."+d.name, Source{},
				fmt.Sprintf("a %s carries %s details", b.Kind, d.name),
				fmt.Sprintf("%s不应带有 %s 信息", b.Kind.Label(), d.name))
		}
	}
	if b.PartyMembers < 0 {
		v.negative(bp+".party_members", b.PartyMembers)
	}

	v.people(b, bp)

	switch b.Kind {
	case KindOwnersCommittee:
		v.ownersCommittee(b, bp)
	case KindPropertyManagementCommittee:
		v.pmc(b, bp)
	case KindPreparatoryGroup, KindRenewalGroup:
		v.group(b, bp)
	case KindResidentsCommittee:
		v.residents(b, bp)
	case KindPartyOrganisation:
		v.partyOrg(b, bp)
	}
	if b.Kind != KindOwnersCommittee {
		v.officers(b, bp, CodeOfficerNotMember, Source{})
	}
	v.partyCoverage(b, bp)
}

// people checks the person IDs of a body's members and alternates: each
// present, none twice. Small bodies are checked pairwise, large ones with a
// map, so that no input makes the check quadratic.
func (v *validator) people(b *Body, bp string) {
	n := len(b.Members) + len(b.Alternates)
	person := func(k int) (*Member, string, int) {
		if k < len(b.Members) {
			return &b.Members[k], ".members", k
		}
		return &b.Alternates[k-len(b.Members)], ".alternates", k - len(b.Members)
	}
	var seen map[string]bool
	if n > 32 {
		seen = make(map[string]bool, n)
	}
	for k := range n {
		m, list, j := person(k)
		if m.ID == "" {
			v.add(CodeMemberIDMissing, SeverityError, at(bp, list, j, ".id"), Source{}, "member has no person ID", "成员缺少人员编号")
			continue
		}
		dup := false
		if seen != nil {
			dup = seen[m.ID]
			seen[m.ID] = true
		} else {
			for e := range k {
				if o, _, _ := person(e); o.ID == m.ID {
					dup = true
					break
				}
			}
		}
		if dup {
			v.add(CodeMemberDuplicate, SeverityError, at(bp, list, j, ".id"), Source{},
				fmt.Sprintf("person %q is listed twice in this body", m.ID),
				fmt.Sprintf("人员 %q 在本机构中重复列出", m.ID))
		}
	}
}

// negative reports a negative count.
func (v *validator) negative(path string, n int) {
	v.add(CodeCountNegative, SeverityError, path, Source{},
		fmt.Sprintf("count is negative (%d)", n), fmt.Sprintf("数量为负数（%d）", n))
}

// officers checks that the chair and vice-chairs are members.
func (v *validator) officers(b *Body, bp string, code Code, src Source) {
	if b.Chair != "" && b.member(b.Chair) < 0 {
		v.add(code, SeverityError, bp+".chair", src,
			fmt.Sprintf("chair %q is not a member of %q", b.Chair, b.ID),
			fmt.Sprintf("主任（负责人）%q 不是 %q 的成员", b.Chair, b.ID))
	}
	for k, id := range b.ViceChairs {
		if b.member(id) < 0 {
			v.add(code, SeverityError, bp+".vice_chairs["+strconv.Itoa(k)+"]", src,
				fmt.Sprintf("vice-chair %q is not a member of %q", id, b.ID),
				fmt.Sprintf("副主任（副职）%q 不是 %q 的成员", id, b.ID))
		}
	}
}

// partyCoverage advises a Party organisation in a body with three or more
// full Party members (Party Constitution; BJ-PMR art. 3 asks for Party
// organisations in property companies, owners' committees and property
// management committees).
func (v *validator) partyCoverage(b *Body, bp string) {
	from := v.p.Party.OrganisationFrom
	if !from.On() || b.PartyOrganisation != "" {
		return
	}
	switch b.Kind {
	case KindOwnersCommittee, KindPropertyManagementCommittee, KindPropertyServiceEnterprise, KindOtherPropertyManager:
	default:
		return
	}
	n := 0
	for _, m := range b.Members {
		if m.PartyMember {
			n++
		}
	}
	n = max(n, b.PartyMembers)
	if n >= from.N {
		v.add(CodePartyOrgRequired, SeverityAdvice, bp+".party_organisation", from.Source,
			fmt.Sprintf("%q has %d full Party members (%d or more) and no Party organisation", b.ID, n, from.N),
			fmt.Sprintf("%q 有正式党员%d人（%d人以上），尚未建立党组织", b.ID, n, from.N))
	}
}

// at returns the path base+list+"[i]"+field. Paths are built only when a
// finding needs one, so that a valid council costs no string allocations.
func at(base, list string, i int, field string) string {
	return base + list + "[" + strconv.Itoa(i) + "]" + field
}

// bodyPaths holds "bodies[i]" for small i, so that each validation need not
// build them.
var bodyPaths = func() (p [64]string) {
	for i := range p {
		p[i] = "bodies[" + strconv.Itoa(i) + "]"
	}
	return p
}()

// bodyPath returns "bodies[i]".
func bodyPath(i int) string {
	if i < len(bodyPaths) {
		return bodyPaths[i]
	}
	return "bodies[" + strconv.Itoa(i) + "]"
}
