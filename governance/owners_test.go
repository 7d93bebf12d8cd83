package governance

import (
	"testing"
	"time"
)

// oc changes the Songliu owners' committee.
func oc(mk func(b *Body)) func(c *Council) {
	return func(c *Council) { mk(bodyOf(c, "songliu-oc")) }
}

// ocSize gives the Songliu owners' committee n eligible members (the chair
// and vice-chair among them), no alternates, and an area of households.
func ocSize(n, households int) func(c *Council) {
	return oc(func(b *Body) {
		b.Members = people("m", n, owner)
		b.Alternates = nil
		b.Chair, b.ViceChairs = "m-1", nil
		b.Owners.AreaHouseholds = households
	})
}

func TestOwnersCommitteeSize(t *testing.T) {
	runChecks(t, []checkCase{
		{name: "4 members", reason: "one below the 5 of BJ-PMR art. 39", mutate: ocSize(4, 576), code: CodeOCSizeBelowMin, want: E},
		{name: "5 members", reason: "at the minimum", mutate: ocSize(5, 576), code: CodeOCSizeBelowMin},
		{name: "6 members", reason: "one above the minimum", mutate: ocSize(6, 576), code: CodeOCSizeBelowMin},
		{name: "3 members, 100 households", reason: "以下 includes 100: three suffice", mutate: ocSize(3, 100), code: CodeOCSizeBelowMin},
		{name: "3 members, 101 households", reason: "one household too many for the small-area rule", mutate: ocSize(3, 101), code: CodeOCSizeBelowMin, want: E},
		{name: "2 members, 99 households", reason: "one below the small-area minimum", mutate: ocSize(2, 99), code: CodeOCSizeBelowMin, want: E},
		{name: "3 members, households unknown", reason: "without the households the general minimum applies", mutate: ocSize(3, 0), code: CodeOCSizeBelowMin, want: E},
		{name: "3 members, 100 households, national", reason: "the national guidance has no small-area rule",
			policy: NationalGuidancePolicy, mutate: ocSize(3, 100), code: CodeOCSizeBelowMin, want: E},

		{name: "6 is even", reason: "单数 (art. 39)", mutate: ocSize(6, 576), code: CodeOCSizeEven, want: E},
		{name: "7 is odd", reason: "odd between two even sizes", mutate: ocSize(7, 576), code: CodeOCSizeEven},
		{name: "8 is even", reason: "even again", mutate: ocSize(8, 576), code: CodeOCSizeEven, want: E},

		{name: "13 in Beijing", reason: "Beijing sets no maximum (reference §2.4.4)", mutate: ocSize(13, 576), code: CodeOCSizeAboveMax},
		{name: "11 national", reason: "at the national maximum", policy: NationalGuidancePolicy, mutate: ocSize(11, 576), code: CodeOCSizeAboveMax},
		{name: "12 national", reason: "one above the national maximum", policy: NationalGuidancePolicy, mutate: ocSize(12, 576), code: CodeOCSizeAboveMax, want: E},
		{name: "10 national", reason: "one below the national maximum", policy: NationalGuidancePolicy, mutate: ocSize(10, 576), code: CodeOCSizeAboveMax},

		{name: "8 alternates for 7", reason: "one above 不超过委员人数", mutate: oc(func(b *Body) { b.Alternates = people("alt", 8, owner) }), code: CodeOCAlternatesTooMany, want: E},
		{name: "7 alternates for 7", reason: "at the bound", mutate: oc(func(b *Body) { b.Alternates = people("alt", 7, owner) }), code: CodeOCAlternatesTooMany},
		{name: "6 alternates for 7", reason: "below the bound", mutate: oc(func(b *Body) { b.Alternates = people("alt", 6, owner) }), code: CodeOCAlternatesTooMany},

		{name: "3 of 7 seats", reason: "below half: re-elect (art. 48)", mutate: oc(func(b *Body) {
			b.Owners.Seats, b.Members = 7, b.Members[:3]
			b.Chair, b.ViceChairs = b.Members[0].ID, nil
		}), code: CodeOCSeatsBelowHalf, want: E},
		{name: "4 of 7 seats", reason: "at least half remain", mutate: oc(func(b *Body) {
			b.Owners.Seats, b.Members = 7, b.Members[:4]
			b.Chair, b.ViceChairs = b.Members[0].ID, nil
		}), code: CodeOCSeatsBelowHalf},
		{name: "4 of 8 seats", reason: "exactly half is not 不足二分之一", mutate: oc(func(b *Body) {
			b.Owners.Seats, b.Members = 8, b.Members[:4]
			b.Chair, b.ViceChairs = b.Members[0].ID, nil
		}), code: CodeOCSeatsBelowHalf},
		{name: "4 of 7 seats is not below the size minimum", reason: "size rules apply to the seats elected, not to those still sitting", mutate: oc(func(b *Body) {
			b.Owners.Seats, b.Members = 7, b.Members[:4]
			b.Chair, b.ViceChairs = b.Members[0].ID, nil
		}), code: CodeOCSizeBelowMin},
	})
}

func TestOwnersCommitteeMembers(t *testing.T) {
	m0 := func(mk func(m *Member)) func(c *Council) { return oc(func(b *Body) { mk(&b.Members[0]) }) }
	sixMonths := func() Policy {
		p := BeijingPolicy()
		p.OwnersCommittee.MinResidence = Period{Months: 6, Source: p.OwnersCommittee.MinResidence.Source}
		return p
	}
	elected := date("2022-03-15")
	runChecks(t, []checkCase{
		{name: "not an owner", reason: "members are owners of the area (art. 39 ¶2)", mutate: m0(func(m *Member) { m.Owner = false }), code: CodeOCMemberNotOwner, want: E},
		{name: "unit owner's delegate", reason: "a unit owner's authorised natural person qualifies", mutate: m0(func(m *Member) { m.Owner, m.OwnerDelegate = false, true }), code: CodeOCMemberNotOwner},
		{name: "alternate not an owner", reason: "alternates must qualify too", mutate: oc(func(b *Body) { b.Alternates[0].Owner = false }), code: CodeOCMemberNotOwner, want: E},

		{name: "limited capacity", reason: "完全民事行为能力 (art. 39 ¶3(2))", mutate: m0(func(m *Member) { m.Capacity = CapacityLimited }), code: CodeOCMemberLacksCapacity, want: E},
		{name: "no capacity", reason: "no capacity bars too", mutate: m0(func(m *Member) { m.Capacity = CapacityNone }), code: CodeOCMemberLacksCapacity, want: E},
		{name: "capacity not given", reason: "unknown facts are not guessed", mutate: m0(func(m *Member) { m.Capacity = 0 }), code: CodeOCMemberLacksCapacity},

		{name: "residence one day short", reason: "policy of 6 months, moved in 6 months less a day before the election",
			policy: sixMonths, mutate: m0(func(m *Member) { m.ResidentSince = elected.AddDate(0, -6, 1) }), code: CodeOCMemberResidenceShort, want: E},
		{name: "residence exactly 6 months", reason: "at the period", policy: sixMonths,
			mutate: m0(func(m *Member) { m.ResidentSince = elected.AddDate(0, -6, 0) }), code: CodeOCMemberResidenceShort},
		{name: "residence a day over", reason: "one day more than the period", policy: sixMonths,
			mutate: m0(func(m *Member) { m.ResidentSince = elected.AddDate(0, -6, -1) }), code: CodeOCMemberResidenceShort},
		{name: "residence short under Beijing", reason: "BJ-PMR sets no period: the Beijing policy leaves it off",
			mutate: m0(func(m *Member) { m.ResidentSince = elected.AddDate(0, 0, -1) }), code: CodeOCMemberResidenceShort},

		{name: "employed by the property company", reason: "self with a direct interest (art. 39 ¶3(4))",
			mutate: m0(func(m *Member) { m.Employer = "songliu-property" }), code: CodeOCMemberConflict, want: E},
		{name: "spouse holds shares", reason: "spouse", mutate: m0(func(m *Member) {
			m.Relations = []Relation{{Kin: KinSpouse, Counterparty: "songliu-property", Tie: "shareholder"}}
		}), code: CodeOCMemberConflict, want: E},
		{name: "son works there", reason: "lineal relative", mutate: m0(func(m *Member) {
			m.Relations = []Relation{{Kin: KinLineal, Counterparty: "songliu-property", Tie: "employee"}}
		}), code: CodeOCMemberConflict, want: E},
		{name: "cousin works there", reason: "other kin are outside the rule", mutate: m0(func(m *Member) {
			m.Relations = []Relation{{Kin: KinOther, Counterparty: "songliu-property", Tie: "employee"}}
		}), code: CodeOCMemberConflict},
		{name: "spouse works elsewhere", reason: "not the serving provider", mutate: m0(func(m *Member) {
			m.Relations = []Relation{{Kin: KinSpouse, Counterparty: "panjiayuan-unit"}}
		}), code: CodeOCMemberConflict},
		{name: "sits for the property company", reason: "a member in the owners' and the property seat at once", mutate: func(c *Council) {
			b := bodyOf(c, "songliu-property")
			b.Members = append(b.Members, Member{ID: "oc-jiang"})
		}, code: CodeOCMemberConflict, want: E},
		{name: "works for a property-right unit", reason: "open question whether the rule reaches a self-managing unit (§2.4.6): warning", mutate: func(c *Council) {
			c.Bodies = append(c.Bodies, Body{ID: "unit-owner", Kind: KindPropertyRightUnit})
			c.Seats[SeatProperty] = append(c.Seats[SeatProperty], "unit-owner")
			bodyOf(c, "songliu-oc").Members[0].Employer = "unit-owner"
		}, code: CodeOCMemberConflict, want: W},

		{name: "dishonest debtor", reason: "art. 39 ¶3(5)", mutate: m0(func(m *Member) { m.DishonestDebtor = true }), code: CodeOCMemberDishonestDebtor, want: E},
		{name: "illegal building", reason: "a prohibited use of art. 78 ¶2", mutate: m0(func(m *Member) { m.ProhibitedUses = []int{3} }), code: CodeOCMemberProhibitedUse, want: E},
		{name: "item 13", reason: "the last item", mutate: m0(func(m *Member) { m.ProhibitedUses = []int{13} }), code: CodeOCMemberProhibitedUse, want: E},
		{name: "item 14", reason: "no such item: still reported, as bad input", mutate: m0(func(m *Member) { m.ProhibitedUses = []int{14} }), code: CodeOCMemberProhibitedUse, want: E},

		{name: "nominated by the property company", reason: "not a source of art. 40", mutate: m0(func(m *Member) { m.Nomination = NominatedByPropertyProvider }), code: CodeOCCandidateSource, want: E},
		{name: "self-nominated", reason: "art. 40(3)", mutate: m0(func(m *Member) { m.Nomination = NominatedBySelf }), code: CodeOCCandidateSource},
		{name: "nomination not given", reason: "unknown facts are not guessed", mutate: m0(func(m *Member) { m.Nomination = 0 }), code: CodeOCCandidateSource},

		{name: "chair not a member", reason: "officers are elected from the members (art. 42)", mutate: oc(func(b *Body) { b.Chair = "ghost" }), code: CodeOCOfficerNotMember, want: E},
		{name: "no chair on day 7", reason: "art. 42: the first meeting is within 7 days", asOf: date("2022-03-22"),
			mutate: oc(func(b *Body) { b.Chair = "" }), code: CodeOCOfficerNotMember},
		{name: "no chair on day 8", reason: "one day late", asOf: date("2022-03-23"),
			mutate: oc(func(b *Body) { b.Chair = "" }), code: CodeOCOfficerNotMember, want: E},
		{name: "vice-chair is an alternate", reason: "alternates are not members", mutate: oc(func(b *Body) { b.ViceChairs = []string{"oc-you"} }), code: CodeOCOfficerNotMember, want: E},

		{name: "not reported to the Party", reason: "art. 40: the list is reported to the Party organisation", mutate: oc(func(b *Body) { b.Owners.CandidatesReportedToParty = false }), code: CodeOCCandidatesNotReported, want: W},

		{name: "Shenzhen: 3 of 7 Party members", reason: "below the 1/2 target", policy: ShenzhenPolicy, code: CodeOCPartyShareBelow, want: A},
		{name: "Shenzhen: 4 of 7", reason: "above half", policy: ShenzhenPolicy, mutate: m0(func(m *Member) { m.PartyMember = true }), code: CodeOCPartyShareBelow},
		{name: "Shenzhen: 4 of 8", reason: "不低于50%: exactly half meets it", policy: ShenzhenPolicy, mutate: oc(func(b *Body) {
			b.Members = append(b.Members, Member{ID: "oc-ma", Owner: true, PartyMember: true})
		}), code: CodeOCPartyShareBelow},
		{name: "Beijing: 3 of 7", reason: "Beijing sets no share", code: CodeOCPartyShareBelow},
	})
}

func TestOwnersCommitteeTerm(t *testing.T) {
	elected := date("2022-03-15")
	end := elected.AddDate(5, 0, 0)
	termEnd := func(t time.Time) func(c *Council) { return oc(func(b *Body) { b.TermEnd = t }) }
	filed := func(t time.Time) func(c *Council) { return oc(func(b *Body) { b.FiledOn = t }) }
	runChecks(t, []checkCase{
		{name: "term 5 years", reason: "at the maximum (art. 41)", mutate: termEnd(end), code: CodeOCTermTooLong},
		{name: "term 5 years and a day", reason: "one day over", mutate: termEnd(end.AddDate(0, 0, 1)), code: CodeOCTermTooLong, want: E},
		{name: "term 4 years", reason: "shorter is allowed", mutate: termEnd(end.AddDate(-1, 0, 0)), code: CodeOCTermTooLong},

		{name: "on the last day", reason: "届满 includes the day", asOf: end, code: CodeOCTermExpired},
		{name: "the day after", reason: "term over", asOf: end.AddDate(0, 0, 1), code: CodeOCTermExpired, want: E},
		{name: "dissolved, long after", reason: "a dissolved committee has no running term", asOf: end.AddDate(1, 0, 0),
			mutate: oc(func(b *Body) { b.DissolvedOn = end }), code: CodeOCTermExpired},

		{name: "6 months and a day before the end", reason: "not yet due (art. 49)", asOf: end.AddDate(0, -6, -1), code: CodeOCTermRenewalDue},
		{name: "6 months before the end", reason: "due from that day", asOf: end.AddDate(0, -6, 0), code: CodeOCTermRenewalDue, want: W},
		{name: "due but reported", reason: "the report was made", asOf: end.AddDate(0, -1, 0),
			mutate: oc(func(b *Body) { b.Owners.RenewalReportedOn = end.AddDate(0, -7, 0) }), code: CodeOCTermRenewalDue},

		{name: "filed on day 29", reason: "within 30 days (art. 43)", mutate: filed(elected.AddDate(0, 0, 29)), code: CodeOCFilingLate},
		{name: "filed on day 30", reason: "the 30th day is within", mutate: filed(elected.AddDate(0, 0, 30)), code: CodeOCFilingLate},
		{name: "filed on day 31", reason: "late", mutate: filed(elected.AddDate(0, 0, 31)), code: CodeOCFilingLate, want: W},
		{name: "unfiled on day 30", reason: "not late yet", asOf: elected.AddDate(0, 0, 30), mutate: filed(time.Time{}), code: CodeOCFilingLate},
		{name: "unfiled on day 31", reason: "late", asOf: elected.AddDate(0, 0, 31), mutate: filed(time.Time{}), code: CodeOCFilingLate, want: W},
	})
}
