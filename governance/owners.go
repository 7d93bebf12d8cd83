package governance

import (
	"fmt"
	"slices"
	"strconv"
	"time"
)

// ownersCommittee runs the checks of an owners' committee (业主委员会):
// BJ-PMR arts. 39–49 under the Beijing policy, or the national guidance
// rules (arts. 31–32) under that profile.
func (v *validator) ownersCommittee(b *Body, bp string) {
	pol := &v.p.OwnersCommittee
	var d OwnersCommittee
	if b.Owners != nil {
		d = *b.Owners
	}
	if d.Seats < 0 {
		v.negative(bp+".owners_committee.seats", d.Seats)
	}
	if d.AreaHouseholds < 0 {
		v.negative(bp+".owners_committee.area_households", d.AreaHouseholds)
	}
	sitting := len(b.Members)
	size, sizeField := sitting, ".members"
	if d.Seats > 0 {
		size, sizeField = d.Seats, ".owners_committee.seats"
	}

	min := pol.MinMembers
	small := pol.SmallAreaHouseholds.On() && pol.SmallAreaMinMembers.On() &&
		d.AreaHouseholds > 0 && d.AreaHouseholds <= pol.SmallAreaHouseholds.N
	if small {
		min = pol.SmallAreaMinMembers
	}
	if min.On() && size < min.N {
		en := fmt.Sprintf("owners' committee has %d members; at least %d are required", size, min.N)
		zh := fmt.Sprintf("业主委员会委员%d人，应不少于%d人", size, min.N)
		if small {
			en += fmt.Sprintf(" in an area of %d households or fewer", pol.SmallAreaHouseholds.N)
			zh += fmt.Sprintf("（%d户以下的住宅小区）", pol.SmallAreaHouseholds.N)
		}
		v.add(CodeOCSizeBelowMin, SeverityError, bp+sizeField, min.Source, en, zh)
	}
	if pol.Odd.On && size%2 == 0 {
		v.add(CodeOCSizeEven, SeverityError, bp+sizeField, pol.Odd.Source,
			fmt.Sprintf("owners' committee has %d members; the number must be odd", size),
			fmt.Sprintf("业主委员会委员%d人，应为单数", size))
	}
	if pol.MaxMembers.On() && size > pol.MaxMembers.N {
		v.add(CodeOCSizeAboveMax, SeverityError, bp+sizeField, pol.MaxMembers.Source,
			fmt.Sprintf("owners' committee has %d members; at most %d are allowed", size, pol.MaxMembers.N),
			fmt.Sprintf("业主委员会委员%d人，不应超过%d人", size, pol.MaxMembers.N))
	}
	if s := pol.MaxAlternates.Share; s.IsValid() && exceeds(s, int64(len(b.Alternates)), int64(size)) {
		v.add(CodeOCAlternatesTooMany, SeverityError, bp+".alternates", pol.MaxAlternates.Source,
			fmt.Sprintf("%d alternates for %d members; alternates may be at most %d/%d of the members", len(b.Alternates), size, s.Num, s.Den),
			fmt.Sprintf("候补委员%d人、委员%d人；候补委员人数不得超过委员人数的%d/%d", len(b.Alternates), size, s.Num, s.Den))
	}
	if s := pol.MinSeated.Share; d.Seats > 0 && s.IsValid() && !s.Met(int64(sitting), int64(d.Seats)) {
		v.add(CodeOCSeatsBelowHalf, SeverityError, bp+".members", pol.MinSeated.Source,
			fmt.Sprintf("%d of %d seats are filled, below %s; the owners' assembly must re-elect", sitting, d.Seats, s),
			fmt.Sprintf("%d个委员席位仅余%d人，不足%d/%d，应召开业主大会临时会议重新选举", d.Seats, sitting, s.Num, s.Den))
	}

	ref := b.ElectedOn
	if ref.IsZero() {
		ref = v.asOf
	}
	party := 0
	for j := range b.Members {
		v.ocMember(&b.Members[j], bp, ".members", j, ref)
		if b.Members[j].PartyMember {
			party++
		}
	}
	for j := range b.Alternates {
		v.ocMember(&b.Alternates[j], bp, ".alternates", j, ref)
	}
	v.officers(b, bp, CodeOCOfficerNotMember, pol.Officers)
	if w := pol.ChairWithin; b.Chair == "" && w.On() && !b.ElectedOn.IsZero() && v.asOf.After(w.After(b.ElectedOn)) && b.active(v.asOf) {
		v.add(CodeOCOfficerNotMember, SeverityError, bp+".chair", w.Source,
			fmt.Sprintf("elected on %s and no chair elected from the members within %s", day(b.ElectedOn), w),
			fmt.Sprintf("%s选举产生，%s内未从委员中选举产生主任", day(b.ElectedOn), w.zh()))
	}

	if b.active(v.asOf) {
		v.ocTerm(b, bp, &d)
	}
	if pol.ReportToParty.On && !d.CandidatesReportedToParty {
		v.add(CodeOCCandidatesNotReported, SeverityWarning, bp+".owners_committee.candidates_reported_to_party", pol.ReportToParty.Source,
			"the candidate list was not reported to the community Party organisation",
			"业主委员会候选人名单未报社区党组织")
	}
	if s := pol.PartyShareTarget.Share; s.IsValid() && sitting > 0 && !s.Met(int64(party), int64(sitting)) {
		v.add(CodeOCPartyShareBelow, SeverityAdvice, bp+".members", pol.PartyShareTarget.Source,
			fmt.Sprintf("%d of %d members are Party members; the policy's target is %s", party, sitting, s),
			fmt.Sprintf("委员%d人中党员%d人，政策目标为%s", sitting, party, s))
	}
}

// exceeds reports whether part/whole is above the upper bound s: for an
// inclusive s ("不超过"), strictly above it; for a strict s ("少于"), at or
// above it. Any part of an empty whole exceeds.
func exceeds(s Share, part, whole int64) bool {
	if whole <= 0 {
		return part > 0
	}
	return Share{Num: s.Num, Den: s.Den, Inclusive: !s.Inclusive}.Met(part, whole)
}

// ocTerm checks the term, renewal and filing of an active owners'
// committee.
func (v *validator) ocTerm(b *Body, bp string, d *OwnersCommittee) {
	pol := &v.p.OwnersCommittee
	end := b.TermEnd
	if !b.ElectedOn.IsZero() && pol.MaxTerm.On() {
		latest := pol.MaxTerm.After(b.ElectedOn)
		if end.IsZero() {
			end = latest
		} else if end.After(latest) {
			v.add(CodeOCTermTooLong, SeverityError, bp+".term_end", pol.MaxTerm.Source,
				fmt.Sprintf("term from %s to %s is longer than %s", day(b.ElectedOn), day(end), pol.MaxTerm),
				fmt.Sprintf("任期自%s至%s，超过%s", day(b.ElectedOn), day(end), pol.MaxTerm.zh()))
		}
	}
	if !end.IsZero() {
		if v.asOf.After(end) {
			v.add(CodeOCTermExpired, SeverityError, bp+".term_end", pol.MaxTerm.Source,
				fmt.Sprintf("term ended on %s", day(end)), fmt.Sprintf("任期已于%s届满", day(end)))
		} else if pol.RenewalNotice.On() && !v.asOf.Before(pol.RenewalNotice.Before(end)) && d.RenewalReportedOn.IsZero() {
			v.add(CodeOCTermRenewalDue, SeverityWarning, bp+".owners_committee.renewal_reported_on", pol.RenewalNotice.Source,
				fmt.Sprintf("term ends on %s, within %s, and no renewal was reported to the sub-district office", day(end), pol.RenewalNotice),
				fmt.Sprintf("任期将于%s届满（不足%s），尚未向街道办事处报告换届", day(end), pol.RenewalNotice.zh()))
		}
	}
	if b.ElectedOn.IsZero() || !pol.FileWithin.On() {
		return
	}
	deadline := pol.FileWithin.After(b.ElectedOn)
	switch {
	case b.FiledOn.IsZero() && v.asOf.After(deadline):
		v.add(CodeOCFilingLate, SeverityWarning, bp+".filed_on", pol.FileWithin.Source,
			fmt.Sprintf("elected on %s and not filed by %s (within %s)", day(b.ElectedOn), day(deadline), pol.FileWithin),
			fmt.Sprintf("%s选举产生，%s前（%s内）未备案", day(b.ElectedOn), day(deadline), pol.FileWithin.zh()))
	case !b.FiledOn.IsZero() && b.FiledOn.After(deadline):
		v.add(CodeOCFilingLate, SeverityWarning, bp+".filed_on", pol.FileWithin.Source,
			fmt.Sprintf("elected on %s and filed on %s, after %s", day(b.ElectedOn), day(b.FiledOn), day(deadline)),
			fmt.Sprintf("%s选举产生，%s才备案，晚于%s", day(b.ElectedOn), day(b.FiledOn), day(deadline)))
	}
}

// ocMember checks one member or alternate of an owners' committee against
// BJ-PMR art. 39 ¶2–3 and art. 40; ref is the election date (or asOf).
func (v *validator) ocMember(m *Member, bp, list string, j int, ref time.Time) {
	pol := &v.p.OwnersCommittee
	src := pol.Eligibility
	if !m.Owner && !m.OwnerDelegate {
		v.add(CodeOCMemberNotOwner, SeverityError, at(bp, list, j, ".owner"), src,
			fmt.Sprintf("%q is neither a natural-person owner of the area nor a unit owner's authorised delegate", m.ID),
			fmt.Sprintf("%q 既不是本物业管理区域的自然人业主，也不是单位业主授权的自然人代表", m.ID))
	}
	if m.Capacity == CapacityLimited || m.Capacity == CapacityNone {
		v.add(CodeOCMemberLacksCapacity, SeverityError, at(bp, list, j, ".capacity"), src,
			fmt.Sprintf("%q does not have full civil capacity (%s)", m.ID, m.Capacity),
			fmt.Sprintf("%q 不具有完全民事行为能力（%s）", m.ID, m.Capacity.Label()))
	}
	if p := pol.MinResidence; p.On() && !m.ResidentSince.IsZero() && p.After(m.ResidentSince).After(ref) {
		v.add(CodeOCMemberResidenceShort, SeverityError, at(bp, list, j, ".resident_since"), p.Source,
			fmt.Sprintf("%q has lived in the area since %s, less than %s by %s", m.ID, day(m.ResidentSince), p, day(ref)),
			fmt.Sprintf("%q 自%s居住，至%s不满%s", m.ID, day(m.ResidentSince), day(ref), p.zh()))
	}
	v.conflicts(m, bp, list, j)
	if m.DishonestDebtor {
		v.add(CodeOCMemberDishonestDebtor, SeverityError, at(bp, list, j, ".dishonest_debtor"), src,
			fmt.Sprintf("%q is listed as a dishonest judgment debtor", m.ID),
			fmt.Sprintf("%q 被列为失信被执行人", m.ID))
	}
	for k, item := range m.ProhibitedUses {
		ip := at(bp, list, j, ".prohibited_uses["+strconv.Itoa(k)+"]")
		if n := pol.ProhibitedUseItems.N; item < 1 || (n > 0 && item > n) {
			v.add(CodeOCMemberProhibitedUse, SeverityError, ip, pol.ProhibitedUseItems.Source,
				fmt.Sprintf("%d is not an item of the prohibited uses (1–%d)", item, n),
				fmt.Sprintf("%d 不是禁止行为的项目编号（1–%d）", item, n))
			continue
		}
		v.add(CodeOCMemberProhibitedUse, SeverityError, ip, pol.ProhibitedUseItems.Source,
			fmt.Sprintf("%q committed prohibited use item %d", m.ID, item),
			fmt.Sprintf("%q 有第%d项禁止行为", m.ID, item))
	}
	if m.Nomination != 0 && !slices.Contains(pol.Nominations, m.Nomination) {
		v.add(CodeOCCandidateSource, SeverityError, at(bp, list, j, ".nomination"), pol.NominationsSource,
			fmt.Sprintf("%q was nominated by %s, which is not a source of candidates", m.ID, m.Nomination),
			fmt.Sprintf("%q 由%s提名，不属于候选人产生方式", m.ID, m.Nomination.Label()))
	}
}

// conflicts reports the interests of a member, the spouse and lineal
// relatives in the council's property providers (BJ-PMR art. 39 ¶3(4)). An
// interest in a property-right unit is a warning: whether the rule reaches a
// self-managing unit is an open question (reference §2.4.6).
func (v *validator) conflicts(m *Member, bp, list string, j int) {
	pol := &v.p.OwnersCommittee
	report := func(path string, pi int, kin Kin, what, whatZH string) {
		pb := &v.c.Bodies[pi]
		sev := SeverityError
		en, zh := "", ""
		if pb.Kind == KindPropertyRightUnit {
			sev = SeverityWarning
			en = "; whether this bars a member when a property-right unit manages its own property is an open question"
			zh = "；产权单位直管时是否适用此限制尚无定论"
		}
		v.add(CodeOCMemberConflict, sev, path, pol.ConflictSource,
			fmt.Sprintf("%q: %s (%s) has a direct interest in property provider %q%s", m.ID, kin, what, pb.ID, en),
			fmt.Sprintf("%q：%s（%s）与物业服务人 %q 存在直接利益关系%s", m.ID, kin.Label(), whatZH, pb.ID, zh))
	}
	for _, pi := range v.out.property {
		pb := &v.c.Bodies[pi]
		if pb.ID == "" {
			continue
		}
		if slices.Contains(pol.ConflictKin, KinSelf) {
			if m.Employer == pb.ID {
				report(at(bp, list, j, ".employer"), pi, KinSelf, "employee", "受雇")
			}
			if pb.member(m.ID) >= 0 {
				report(at(bp, list, j, ".id"), pi, KinSelf, "sits for it", "代表其任职")
			}
		}
		for k, r := range m.Relations {
			if r.Counterparty == pb.ID && slices.Contains(pol.ConflictKin, r.Kin) {
				tie, tieZH := r.Tie, r.Tie
				if tie == "" {
					tie, tieZH = "a tie", "关系"
				}
				report(at(bp, list, j, ".relations["+strconv.Itoa(k)+"]"), pi, r.Kin, tie, tieZH)
			}
		}
	}
}
