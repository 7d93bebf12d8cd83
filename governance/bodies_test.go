package governance

import (
	"testing"
)

// pmcMember changes member i of the property management committee.
func pmcMember(i int, mk func(m *Member)) func(c *Council) {
	return withPMC(func(b *Body) { mk(&b.Members[i]) })
}

func TestPMCChecks(t *testing.T) {
	formed := date("2022-01-10")
	// resize gives the committee n members, owners of them owner
	// representatives and the rest RC representatives (the director first).
	resize := func(n, owners int) func(c *Council) {
		return withPMC(func(b *Body) {
			b.Members = people("x", n, func(m *Member) { m.Kind = MemberResidentsCommittee })
			for i := 1; i <= owners; i++ {
				b.Members[i].Kind, b.Members[i].Owner = MemberOwner, true
			}
			b.Chair, b.ViceChairs = "x-1", []string{"x-2"}
		})
	}
	runChecks(t, []checkCase{
		{name: "valid pmc", reason: "pmcBody is valid", mutate: withPMC(nil), code: CodePMCConditionMissing},
		{name: "no condition", reason: "art. 53 lists when a 物管会 may be formed", mutate: withPMC(func(b *Body) { b.PMC.Condition = 0 }), code: CodePMCConditionMissing, want: E},
		{name: "no details at all", reason: "missing details mean a missing condition", mutate: withPMC(func(b *Body) { b.PMC = nil }), code: CodePMCConditionMissing, want: E},
		{name: "formed by the RC", reason: "art. 52: the sub-district office forms it", mutate: withPMC(func(b *Body) { b.PMC.FormedBy = AuthorityResidentsCommittee }), code: CodePMCWrongFormer, want: E},
		{name: "formed by a township", reason: "art. 52 names townships too", mutate: withPMC(func(b *Body) { b.PMC.FormedBy = AuthorityTownshipGovernment }), code: CodePMCWrongFormer},

		{name: "6 members", reason: "one below 7 (art. 54)", mutate: resize(6, 3), code: CodePMCSizeBelowMin, want: E},
		{name: "7 members", reason: "at the minimum", mutate: resize(7, 4), code: CodePMCSizeBelowMin},
		{name: "8 members is even", reason: "单数", mutate: resize(8, 4), code: CodePMCSizeEven, want: E},
		{name: "9 members is odd", reason: "one above the next even size", mutate: resize(9, 5), code: CodePMCSizeEven},

		{name: "3 owners of 7", reason: "below half (不少于二分之一)", mutate: resize(7, 3), code: CodePMCOwnersBelowHalf, want: E},
		{name: "4 owners of 7", reason: "above half", mutate: resize(7, 4), code: CodePMCOwnersBelowHalf},
		{name: "4 owners of 8", reason: "exactly half meets 不少于", mutate: resize(8, 4), code: CodePMCOwnersBelowHalf},
		{name: "3 owners of 8", reason: "one below half", mutate: resize(8, 3), code: CodePMCOwnersBelowHalf, want: E},

		{name: "developer representative", reason: "not in art. 54's list, which ends in 等: warning", mutate: pmcMember(6, func(m *Member) { m.Kind = MemberDeveloper }), code: CodePMCMemberKind, want: W},
		{name: "occupier", reason: "in the list", code: CodePMCMemberKind, mutate: withPMC(nil)},

		{name: "owner as director", reason: "the RC representative directs (art. 54 ¶2)", mutate: withPMC(func(b *Body) { b.Chair = "pmc-o2" }), code: CodePMCDirectorNotRC, want: E},
		{name: "no director", reason: "a 物管会 must have an RC director", mutate: withPMC(func(b *Body) { b.Chair = "" }), code: CodePMCDirectorNotRC, want: E},
		{name: "occupier as deputy", reason: "the deputy is an owner representative", mutate: withPMC(func(b *Body) { b.ViceChairs = []string{"pmc-occ"} }), code: CodePMCDeputyNotOwner, want: E},
		{name: "no deputy", reason: "art. 54 ¶2 names a deputy", mutate: withPMC(func(b *Body) { b.ViceChairs = nil }), code: CodePMCDeputyNotOwner, want: E},
		{name: "deputy not designated", reason: "the RC designates the deputy", mutate: withPMC(func(b *Body) { b.PMC.DeputyDesignated = false }), code: CodePMCDeputyNotOwner, want: E},

		{name: "owner who does not pay", reason: "formation rules as reported", mutate: pmcMember(1, func(m *Member) { m.UnpaidFees = true }), code: CodePMCMemberIneligible, want: E},
		{name: "owner with prohibited use", reason: "prohibited uses bar owner representatives", mutate: pmcMember(1, func(m *Member) { m.ProhibitedUses = []int{1} }), code: CodePMCMemberIneligible, want: E},
		{name: "RC rep who does not pay", reason: "the bars reach owner representatives", mutate: pmcMember(0, func(m *Member) { m.UnpaidFees = true }), code: CodePMCMemberIneligible},
		{name: "resident 6 months less a day", reason: "2020 draft only: warning; counted to the formation date", mutate: pmcMember(1, func(m *Member) { m.ResidentSince = formed.AddDate(0, -6, 1) }), code: CodePMCMemberIneligible, want: W},
		{name: "resident 6 months", reason: "at the period", mutate: pmcMember(1, func(m *Member) { m.ResidentSince = formed.AddDate(0, -6, 0) }), code: CodePMCMemberIneligible},
		{name: "resident since after formation", reason: "long enough by asOf, not when the committee was formed", asOf: formed.AddDate(1, 0, 0), mutate: pmcMember(1, func(m *Member) { m.ResidentSince = formed.AddDate(0, -1, 0) }), code: CodePMCMemberIneligible, want: W},

		{name: "3 years in office", reason: "at the term (art. 58)", asOf: formed.AddDate(3, 0, 0), mutate: withPMC(nil), code: CodePMCTermTooLong},
		{name: "3 years and a day", reason: "一般不超过三年: warning", asOf: formed.AddDate(3, 0, 1), mutate: withPMC(nil), code: CodePMCTermTooLong, want: W},
	})
}

func TestGroupChecks(t *testing.T) {
	add := func(mk func(b *Body)) func(c *Council) {
		return func(c *Council) {
			g := groupBody()
			if mk != nil {
				mk(&g)
			}
			c.Bodies = append(c.Bodies, g)
		}
	}
	resize := func(n, owners int) func(c *Council) {
		return add(func(b *Body) {
			b.Members = people("g", n, func(m *Member) { m.Kind = MemberPartyOrganisation })
			b.Members[0].Kind = MemberResidentsCommittee
			for i := 1; i <= owners; i++ {
				b.Members[i].Kind = MemberOwner
			}
			b.Chair = "g-1"
		})
	}
	formed := date("2023-01-01")
	first := func(d int) func(c *Council) {
		return add(func(b *Body) { b.Group.FirstAssemblyOn = formed.AddDate(0, 0, d) })
	}
	runChecks(t, []checkCase{
		{name: "4 members", reason: "单数 (art. 31)", mutate: resize(4, 2), code: CodeGroupSizeEven, want: E},
		{name: "5 members", reason: "odd: the smallest valid group", mutate: resize(5, 3), code: CodeGroupSizeEven},
		{name: "2 owners of 5", reason: "below half", mutate: resize(5, 2), code: CodeGroupOwnersBelowHalf, want: E},
		{name: "3 owners of 5", reason: "above half", mutate: resize(5, 3), code: CodeGroupOwnersBelowHalf},
		{name: "2 owners of 4", reason: "不低于二分之一: half meets it", mutate: resize(4, 2), code: CodeGroupOwnersBelowHalf},
		{name: "owner leads", reason: "an RC staff member leads (art. 31 ¶1)", mutate: add(func(b *Body) { b.Chair = "g-o1" }), code: CodeGroupLeaderNotRCStaff, want: E},
		{name: "RC staff leads", reason: "as art. 31 ¶1 requires", mutate: add(nil), code: CodeGroupLeaderNotRCStaff},
		{name: "no Party representative", reason: "art. 31 ¶2 lists the Party organisation", mutate: add(func(b *Body) { b.Members[4].Kind = MemberSubdistrict }), code: CodeGroupPartyAbsent, want: W},
		{name: "renewal group alike", reason: "art. 49: composed like the preparatory group", mutate: add(func(b *Body) { b.Kind, b.Chair = KindRenewalGroup, "g-o1" }), code: CodeGroupLeaderNotRCStaff, want: E},
		{name: "owner rep who owns nothing", reason: "art. 31 ¶4: owner representatives meet the art. 39 conditions",
			mutate: add(func(b *Body) { b.Members[1].Owner = false }), code: CodeGroupOwnerIneligible, want: E},
		{name: "owner rep who is a debtor", reason: "art. 39 ¶3(5) through art. 31 ¶4",
			mutate: add(func(b *Body) { b.Members[2].DishonestDebtor = true }), code: CodeGroupOwnerIneligible, want: E},
		{name: "owner reps who qualify", reason: "groupBody's owners are owners", mutate: add(nil), code: CodeGroupOwnerIneligible},
		{name: "first assembly on day 59", reason: "within 60 days (art. 32)", mutate: first(59), code: CodeGroupFirstAssemblyLate},
		{name: "first assembly on day 60", reason: "the 60th day is within", mutate: first(60), code: CodeGroupFirstAssemblyLate},
		{name: "first assembly on day 61", reason: "late", mutate: first(61), code: CodeGroupFirstAssemblyLate, want: W},
		{name: "none yet on day 60", reason: "not late yet", asOf: formed.AddDate(0, 0, 60), mutate: add(func(b *Body) { b.Group = nil }), code: CodeGroupFirstAssemblyLate},
		{name: "none yet on day 61", reason: "late", asOf: formed.AddDate(0, 0, 61), mutate: add(func(b *Body) { b.Group = nil }), code: CodeGroupFirstAssemblyLate, want: W},
	})
}

// rc changes the Songyuli residents' committee.
func rc(mk func(b *Body)) func(c *Council) {
	return func(c *Council) { mk(bodyOf(c, "songyuli-rc")) }
}

func TestResidentsCommitteeChecks(t *testing.T) {
	size := func(n int) func(b *Body) {
		return func(b *Body) {
			b.Members = people("r", n, nil)
			b.Members[0].ID, b.Members[1].ID = "liu", "zhao"
			b.ViceChairs = []string{"zhao"}
		}
	}
	exc := func(by Authority, ref string) func(c *Council) {
		return func(c *Council) {
			rc(size(11))(c)
			c.Exceptions = []Exception{{Code: CodeRCSizeOutOfRange, Body: "songyuli-rc", ApprovedBy: by, Reference: ref, ApprovedOn: date("2021-05-01")}}
		}
	}
	households := func(n int) func(c *Council) { return rc(func(b *Body) { b.Residents.Households = n }) }
	elected := date("2021-06-01")
	election := func(seats int, cs ...Candidate) func(c *Council) {
		return rc(func(b *Body) { b.Residents.Election = &ResidentsElection{Seats: seats, Candidates: cs} })
	}
	cands := func(n int) []Candidate {
		cs := make([]Candidate, n)
		for i := range cs {
			cs[i] = Candidate{Person: "c", VoterNominators: 10}
		}
		return cs
	}
	runChecks(t, []checkCase{
		{name: "4 members", reason: "one below 5 (RCOL art. 7)", mutate: rc(size(4)), code: CodeRCSizeOutOfRange, want: E},
		{name: "5 members", reason: "at the minimum", mutate: rc(size(5)), code: CodeRCSizeOutOfRange},
		{name: "9 members", reason: "at the maximum", mutate: rc(size(9)), code: CodeRCSizeOutOfRange},
		{name: "10 members", reason: "one above 9", mutate: rc(size(10)), code: CodeRCSizeOutOfRange, want: E},
		{name: "11 approved by the district", reason: "an approved exception turns the error into info (BJ-RC art. 10 ¶2)",
			mutate: exc(AuthorityDistrictGovernment, "朝政函〔2021〕12号"), code: CodeRCSizeOutOfRange, want: I},
		{name: "11 approved by the sub-district", reason: "only the district government approves: the error stays",
			mutate: exc(AuthoritySubdistrictOffice, "x"), code: CodeRCSizeOutOfRange, want: E},
		{name: "wrong approver reported", reason: "the bad approval is itself an error", mutate: exc(AuthoritySubdistrictOffice, "x"), code: CodeExceptionInvalid, want: E},
		{name: "no reference", reason: "an approval cites its document", mutate: exc(AuthorityDistrictGovernment, ""), code: CodeExceptionInvalid, want: E},
		{name: "approval after asOf", reason: "an approval dated later does not yet apply", asOf: date("2021-04-30"),
			mutate: exc(AuthorityDistrictGovernment, "x"), code: CodeExceptionInvalid, want: E},
		{name: "exception for nothing", reason: "a 7-member committee needs no exception", mutate: func(c *Council) {
			c.Exceptions = []Exception{{Code: CodeRCSizeOutOfRange, Body: "songyuli-rc", ApprovedBy: AuthorityDistrictGovernment, Reference: "x"}}
		}, code: CodeExceptionUnused, want: W},
		{name: "exception to a fixed rule", reason: "no exception may turn the owners' committee size", mutate: func(c *Council) {
			c.Exceptions = []Exception{{Code: CodeOCSizeBelowMin, Body: "songliu-oc", ApprovedBy: AuthorityDistrictGovernment, Reference: "x"}}
		}, code: CodeExceptionInvalid, want: E},

		{name: "term 5 years", reason: "RCOL art. 8", mutate: rc(func(b *Body) { b.TermEnd = elected.AddDate(5, 0, 0) }), code: CodeRCTermTooLong},
		{name: "term 5 years and a day", reason: "one day over the fixed term", mutate: rc(func(b *Body) { b.TermEnd = elected.AddDate(5, 0, 1) }), code: CodeRCTermTooLong, want: E},
		{name: "term 3 years", reason: "Beijing's outdated 1991 term is shorter: not too long", mutate: rc(func(b *Body) { b.TermEnd = elected.AddDate(3, 0, 0) }), code: CodeRCTermTooLong},

		{name: "18 on election day", reason: "年满十八周岁 includes the birthday", mutate: rc(func(b *Body) { b.Members[2].BirthDate = elected.AddDate(-18, 0, 0) }), code: CodeRCMemberIneligible},
		{name: "18 the day after", reason: "one day too young", mutate: rc(func(b *Body) { b.Members[2].BirthDate = elected.AddDate(-18, 0, 1) }), code: CodeRCMemberIneligible, want: E},
		{name: "deprived of political rights", reason: "RCOL art. 8 ¶2", mutate: rc(func(b *Body) { b.Members[2].PoliticalRightsDeprived = true }), code: CodeRCMemberIneligible, want: E},

		{name: "multi-ethnic, no minority member", reason: "RCOL art. 7: 应当有 (soft)", mutate: func(c *Council) { c.EthnicMinorities = []string{"回", "满"} }, code: CodeRCMinorityAbsent, want: W},
		{name: "multi-ethnic, a Hui member", reason: "a Manchu member satisfies the rule", mutate: func(c *Council) {
			c.EthnicMinorities = []string{"回", "满"}
			bodyOf(c, "songyuli-rc").Members[3].Ethnicity = "满"
		}, code: CodeRCMinorityAbsent},

		{name: "499 households", reason: "below Beijing's merge threshold", mutate: households(499), code: CodeRCHouseholdsOutOfRange, want: W},
		{name: "500 households", reason: "at Beijing's merge threshold", mutate: households(500), code: CodeRCHouseholdsOutOfRange},
		{name: "3000 households", reason: "at Beijing's maximum", mutate: households(3000), code: CodeRCHouseholdsOutOfRange},
		{name: "3001 households", reason: "above Beijing's maximum", mutate: households(3001), code: CodeRCHouseholdsOutOfRange, want: W},
		{name: "700 national", reason: "RCOL art. 6", policy: NationalGuidancePolicy, mutate: households(700), code: CodeRCHouseholdsOutOfRange},
		{name: "701 national", reason: "one above the national norm", policy: NationalGuidancePolicy, mutate: households(701), code: CodeRCHouseholdsOutOfRange, want: W},
		{name: "3001 approved", reason: "a district decision turns the warning into info (BJ-RC art. 9)", mutate: func(c *Council) {
			households(3001)(c)
			c.Exceptions = []Exception{{Code: CodeRCHouseholdsOutOfRange, Body: "songyuli-rc", ApprovedBy: AuthorityDistrictGovernment, Reference: "x"}}
		}, code: CodeRCHouseholdsOutOfRange, want: I},
		{name: "negative households", reason: "bad input", mutate: households(-1), code: CodeCountNegative, want: E},

		{name: "group of 14", reason: "一般每十五户至五十户 (BJ-RC art. 22)", mutate: rc(func(b *Body) { b.Residents.Groups[0].Households = 14 }), code: CodeRCGroupSize, want: W},
		{name: "group of 15", reason: "at the lower bound", mutate: rc(func(b *Body) { b.Residents.Groups[0].Households = 15 }), code: CodeRCGroupSize},
		{name: "group of 50", reason: "at the upper bound", mutate: rc(func(b *Body) { b.Residents.Groups[0].Households = 50 }), code: CodeRCGroupSize},
		{name: "group of 51", reason: "one above the upper bound", mutate: rc(func(b *Body) { b.Residents.Groups[0].Households = 51 }), code: CodeRCGroupSize, want: W},

		{name: "199 households, no subcommittees", reason: "under 200 may have none (BJ-RC art. 21)", mutate: rc(func(b *Body) { b.Residents.Households, b.Residents.Subcommittees = 199, nil }), code: CodeRCSubcommitteesAbsent},
		{name: "200 households, no subcommittees", reason: "info", mutate: rc(func(b *Body) { b.Residents.Households, b.Residents.Subcommittees = 200, nil }), code: CodeRCSubcommitteesAbsent, want: I},

		{name: "9 voters and 4 households", reason: "one short of each (BJ-RC art. 13)", mutate: election(1, Candidate{Person: "a", VoterNominators: 9, HouseholdNominators: 4}, Candidate{Person: "b", GroupNominated: true}), code: CodeRCNominationShort, want: E},
		{name: "10 voters", reason: "at the voters threshold", mutate: election(1, Candidate{Person: "a", VoterNominators: 10}, Candidate{Person: "b", GroupNominated: true}), code: CodeRCNominationShort},
		{name: "5 households", reason: "at the household-representatives threshold", mutate: election(1, Candidate{Person: "a", HouseholdNominators: 5}, Candidate{Person: "b", GroupNominated: true}), code: CodeRCNominationShort},
		{name: "6 candidates for 7", reason: "fewer candidates than seats", mutate: election(7, cands(6)...), code: CodeRCNominationShort, want: E},
		{name: "7 candidates for 7", reason: "uncontested: allowed but unusual", mutate: election(7, cands(7)...), code: CodeRCNominationShort, want: W},
		{name: "8 candidates for 7", reason: "one more", mutate: election(7, cands(8)...), code: CodeRCNominationShort},
		{name: "9 candidates for 7", reason: "two more", mutate: election(7, cands(9)...), code: CodeRCNominationShort},
		{name: "10 candidates for 7", reason: "three more", mutate: election(7, cands(10)...), code: CodeRCNominationShort, want: W},
	})
}

// party changes the Songyuli Party organisation.
func party(mk func(b *Body)) func(c *Council) {
	return func(c *Council) { mk(bodyOf(c, "songyuli-party")) }
}

func TestPartyChecks(t *testing.T) {
	branch := func(full, committee int) func(c *Council) {
		return party(func(b *Body) {
			b.Party = &PartyOrganisation{Form: PartyBranch, FullMembers: full}
			b.Members = append(b.Members[:3:3], people("p", committee-3, nil)...)
		})
	}
	ocParty := func(n int) func(c *Council) {
		return oc(func(b *Body) {
			b.PartyOrganisation = ""
			for i := range b.Members {
				b.Members[i].PartyMember = i < n
			}
		})
	}
	runChecks(t, []checkCase{
		{name: "oc with 3 Party members, none set up", reason: "三人以上 should form an organisation (P-1, BJ-PMR art. 3)", mutate: ocParty(3), code: CodePartyOrgRequired, want: A},
		{name: "oc with 2 Party members", reason: "below 3", mutate: ocParty(2), code: CodePartyOrgRequired},
		{name: "company with 3 Party staff", reason: "property companies too", mutate: func(c *Council) { bodyOf(c, "songliu-property").PartyMembers = 3 }, code: CodePartyOrgRequired, want: A},
		{name: "company with 3 and an organisation", reason: "already set up", mutate: func(c *Council) {
			b := bodyOf(c, "songliu-property")
			b.PartyMembers, b.PartyOrganisation = 3, "物业党支部"
		}, code: CodePartyOrgRequired},

		{name: "branch of 50", reason: "一般不超过50 (P-2)", mutate: branch(50, 5), code: CodePartyBranchTooLarge},
		{name: "branch of 51", reason: "one above 50", mutate: branch(51, 5), code: CodePartyBranchTooLarge, want: W},
		{name: "general branch of 101", reason: "convention, unverified", mutate: party(func(b *Body) { b.Party.Form, b.Party.FullMembers = PartyGeneralBranch, 101 }), code: CodePartyBranchTooLarge, want: W},
		{name: "Party committee of 126", reason: "a committee has no such bound", code: CodePartyBranchTooLarge},

		{name: "7 full members, 2 on the committee", reason: "7人以上 needs a committee of 3 to 5 (P-3)", mutate: party(func(b *Body) {
			b.Party = &PartyOrganisation{Form: PartyBranch, FullMembers: 7}
			b.Members = b.Members[:2]
		}), code: CodePartyCommitteeRequired, want: W},
		{name: "7 full members, 3 on the committee", reason: "at the committee minimum", mutate: branch(7, 3), code: CodePartyCommitteeRequired},
		{name: "7 full members, 7 on the committee", reason: "一般不超过7", mutate: branch(7, 7), code: CodePartyCommitteeRequired},
		{name: "9 full members, 8 on the committee", reason: "one over", mutate: branch(9, 8), code: CodePartyCommitteeRequired, want: W},
		{name: "6 full members, 2 listed", reason: "below 7: a secretary suffices", mutate: party(func(b *Body) {
			b.Party = &PartyOrganisation{Form: PartyBranch, FullMembers: 6}
			b.Members = b.Members[:2]
		}), code: CodePartyCommitteeRequired},

		{name: "secretary is not the RC director", reason: "one shoulder is advice (P-6)", mutate: rc(func(b *Body) { b.Chair = "zhao" }), code: CodePartyOneShoulderAbsent, want: A},
		{name: "no overlap with the RC", reason: "cross-appointment is advice (P-6)", mutate: party(func(b *Body) { b.Members, b.Chair = b.Members[2:], "sun" }), code: CodePartyCrossAppointment, want: A},
		{name: "no overlap with the OC", reason: "two-way entry is advice (P-7)", mutate: party(func(b *Body) { b.Members = append(b.Members[:2:2], b.Members[3:]...) }), code: CodePartyOwnersBodyNoCross, want: A},
	})
}
