package governance

import "fmt"

// partyOrg runs the checks of a community Party organisation: the branch
// size and committee rules of the Party branch work regulations (2018),
// reported as warnings.
func (v *validator) partyOrg(b *Body, bp string) {
	pol := &v.p.Party
	var d PartyOrganisation
	if b.Party != nil {
		d = *b.Party
	}
	if d.FullMembers < 0 {
		v.negative(bp+".party_organisation_details.full_members", d.FullMembers)
		return
	}
	switch {
	case d.Form == PartyBranch && pol.BranchMax.On() && d.FullMembers > pol.BranchMax.N:
		v.add(CodePartyBranchTooLarge, SeverityWarning, bp+".party_organisation_details.full_members", pol.BranchMax.Source,
			fmt.Sprintf("a branch of %d full members; a branch generally has no more than %d", d.FullMembers, pol.BranchMax.N),
			fmt.Sprintf("党支部有正式党员%d人；党支部党员人数一般不超过%d人", d.FullMembers, pol.BranchMax.N))
	case d.Form == PartyGeneralBranch && pol.GeneralBranchMax.On() && d.FullMembers > pol.GeneralBranchMax.N:
		v.add(CodePartyBranchTooLarge, SeverityWarning, bp+".party_organisation_details.full_members", pol.GeneralBranchMax.Source,
			fmt.Sprintf("a general branch of %d full members; above %d a Party committee is usual (convention, unverified for communities)", d.FullMembers, pol.GeneralBranchMax.N),
			fmt.Sprintf("党总支有正式党员%d人；超过%d人一般设立党委（惯例，社区适用未核实）", d.FullMembers, pol.GeneralBranchMax.N))
	}
	if d.Form == PartyGeneralBranch || d.Form == PartyCommittee || !pol.CommitteeFrom.On() || d.FullMembers < pol.CommitteeFrom.N {
		return
	}
	n := len(b.Members)
	if (pol.CommitteeMin.On() && n < pol.CommitteeMin.N) || (pol.CommitteeMax.On() && n > pol.CommitteeMax.N) {
		v.add(CodePartyCommitteeRequired, SeverityWarning, bp+".members", pol.CommitteeFrom.Source,
			fmt.Sprintf("a branch of %d full members (%d or more) should have a branch committee of %d to %d; it lists %d", d.FullMembers, pol.CommitteeFrom.N, pol.CommitteeMin.N, pol.CommitteeMax.N, n),
			fmt.Sprintf("党支部有正式党员%d人（%d人以上），应设立%d至%d人的支部委员会；现列%d人", d.FullMembers, pol.CommitteeFrom.N, pol.CommitteeMin.N, pol.CommitteeMax.N, n))
	}
}

// seatBody returns the index of the first active body in seat s that
// exists, or -1.
func (v *validator) seatBody(s Seat) int {
	for _, id := range v.c.Seats[s] {
		if i, ok := v.byID[id]; ok && v.c.Bodies[i].active(v.asOf) {
			return i
		}
	}
	return -1
}

// overlap reports whether a and b share a member.
func overlap(a, b *Body) bool {
	for _, m := range a.Members {
		if m.ID != "" && b.member(m.ID) >= 0 {
			return true
		}
	}
	return false
}

// party runs the advice checks across the Party organisation, the
// residents' committee and the owners' body: "one shoulder" (一肩挑) and
// cross-appointment (交叉任职) from the 2019 central opinion, and two-way
// entry with owners' bodies from the Beijing 2025–2027 plan. They are
// advice: the outcome depends on elections ("通过法定程序").
func (v *validator) party() {
	pol := &v.p.Party
	pi := v.seatBody(SeatParty)
	if pi < 0 {
		return
	}
	pb := &v.c.Bodies[pi]
	v.out.cur = pb.ID
	defer func() { v.out.cur = "" }()
	if ri := v.seatBody(SeatResidentsCommittee); ri >= 0 {
		rb := &v.c.Bodies[ri]
		if pol.OneShoulder.On && (pb.Chair == "" || pb.Chair != rb.Chair) {
			v.add(CodePartyOneShoulderAbsent, SeverityAdvice, v.path(pi)+".chair", pol.OneShoulder.Source,
				fmt.Sprintf("the Party secretary %q is not the residents' committee director %q", pb.Chair, rb.Chair),
				fmt.Sprintf("社区党组织书记 %q 未通过法定程序担任居民委员会主任（%q）", pb.Chair, rb.Chair))
		}
		if pol.CrossAppointment.On && !overlap(pb, rb) {
			v.add(CodePartyCrossAppointment, SeverityAdvice, v.path(pi)+".members", pol.CrossAppointment.Source,
				fmt.Sprintf("no member of %q also sits on residents' committee %q", pb.ID, rb.ID),
				fmt.Sprintf("%q 与居民委员会 %q 没有交叉任职", pb.ID, rb.ID))
		}
	}
	if !pol.OwnersBodyOverlap.On {
		return
	}
	for _, id := range v.c.Seats[SeatOwners] {
		oi, ok := v.byID[id]
		if !ok || !v.c.Bodies[oi].Kind.ownersBody() || !v.c.Bodies[oi].active(v.asOf) {
			continue
		}
		ob := &v.c.Bodies[oi]
		if !overlap(pb, ob) {
			v.add(CodePartyOwnersBodyNoCross, SeverityAdvice, v.path(pi)+".members", pol.OwnersBodyOverlap.Source,
				fmt.Sprintf("no member of %q also sits on %s %q", pb.ID, ob.Kind, ob.ID),
				fmt.Sprintf("%q 与%s %q 没有双向进入、交叉任职", pb.ID, ob.Kind.Label(), ob.ID))
		}
	}
}
