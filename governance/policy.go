package governance

import (
	"fmt"
	"strings"
	"time"
)

// Limit is a whole-number rule, such as "at least five members", with its
// source. A Limit whose N is 0 is off: the rule does not apply in the policy.
type Limit struct {
	N      int    `json:"n"`
	Source Source `json:"source"`
}

// On reports whether the limit applies.
func (l Limit) On() bool { return l.N != 0 }

// Period is a length of time in calendar years, months and days, such as a
// five-year term or a 30-day filing deadline, with its source. The zero
// Period (no years, months or days) is off.
type Period struct {
	Years  int    `json:"years,omitempty"`
	Months int    `json:"months,omitempty"`
	Days   int    `json:"days,omitempty"`
	Source Source `json:"source"`
}

// On reports whether the period applies.
func (p Period) On() bool { return p.Years != 0 || p.Months != 0 || p.Days != 0 }

// After returns t moved forward by p, by calendar (see [time.Time.AddDate]).
func (p Period) After(t time.Time) time.Time { return t.AddDate(p.Years, p.Months, p.Days) }

// Before returns t moved back by p.
func (p Period) Before(t time.Time) time.Time { return t.AddDate(-p.Years, -p.Months, -p.Days) }

// String returns p in words, such as "5 years", "6 months" or
// "1 year 6 months".
func (p Period) String() string {
	var parts []string
	for _, u := range []struct {
		n    int
		unit string
	}{{p.Years, "year"}, {p.Months, "month"}, {p.Days, "day"}} {
		switch u.n {
		case 0:
		case 1, -1:
			parts = append(parts, fmt.Sprintf("%d %s", u.n, u.unit))
		default:
			parts = append(parts, fmt.Sprintf("%d %ss", u.n, u.unit))
		}
	}
	if len(parts) == 0 {
		return "0 days"
	}
	return strings.Join(parts, " ")
}

// zh returns p in Chinese, such as "5年" or "30日".
func (p Period) zh() string {
	s := ""
	if p.Years != 0 {
		s += fmt.Sprintf("%d年", p.Years)
	}
	if p.Months != 0 {
		s += fmt.Sprintf("%d个月", p.Months)
	}
	if p.Days != 0 || s == "" {
		s += fmt.Sprintf("%d日", p.Days)
	}
	return s
}

// Requirement is a yes/no rule, such as "the number of members is odd",
// with its source.
type Requirement struct {
	On     bool   `json:"on"`
	Source Source `json:"source"`
}

// SeatRule says which kinds of body may fill a seat and what its absence
// means: a Required seat missing is an error, an Expected one a warning.
type SeatRule struct {
	Seat     Seat       `json:"seat"`
	Kinds    []BodyKind `json:"kinds"`
	Required bool       `json:"required,omitempty"`
	Expected bool       `json:"expected,omitempty"`
	Source   Source     `json:"source"`
}

// ExceptionRule says which finding an approved exception may turn into an
// info finding, and who may approve it.
type ExceptionRule struct {
	Code   Code        `json:"code"`
	By     []Authority `json:"by"`
	Source Source      `json:"source"`
}

// Policy holds every rule and threshold the checks apply, each with its
// source. Get one from [BeijingPolicy], [NationalGuidancePolicy] or
// [ShenzhenPolicy] and change fields to make another city's profile; check
// the result with [Policy.Check]. National law is fixed: a policy that
// relaxes it is reported with [CodePolicyRelaxesNationalLaw].
//
// A Policy is a plain value. The functions that return one return a fresh
// value each time, so changing it affects no one else.
type Policy struct {
	Name    string `json:"name"`
	Version string `json:"version"`

	// Assembly is the owners' assembly vote rule; national law
	// ([CivilCode278]) fixes its floor.
	Assembly        AssemblyRule          `json:"assembly"`
	Council         CouncilPolicy         `json:"council"`
	OwnersCommittee OwnersCommitteePolicy `json:"owners_committee"`
	PMC             PMCPolicy             `json:"property_management_committee"`
	Group           GroupPolicy           `json:"preparatory_group"`
	Residents       ResidentsPolicy       `json:"residents_committee"`
	Party           PartyPolicy           `json:"party"`
	Meetings        MeetingPolicy         `json:"meetings"`
	// Exceptions lists the findings that an approved exception may turn
	// into info findings.
	Exceptions []ExceptionRule `json:"exceptions"`
}

// CouncilPolicy holds the rules of the coordination mechanism itself.
type CouncilPolicy struct {
	// Seats says, per seat, which kinds of body may fill it and whether it
	// is required. Chaoyang practice (the seed article) names the six seats;
	// the Party organisation and the residents' committee are required by
	// BJ-PMR art. 3 and art. 8 ¶2.
	Seats []SeatRule `json:"seats"`
	// ConvenerSeat is the seat whose body convenes the mechanism: the Party
	// organisation leads it (BJ-PMR art. 3).
	ConvenerSeat   Seat   `json:"convener_seat"`
	ConvenerSource Source `json:"convener_source"`
	// DissolveWithin is how long an owners' committee and a property
	// management committee may coexist after the committee is filed
	// (BJ-PMR art. 59: 30 days).
	DissolveWithin Period `json:"dissolve_within"`
}

// OwnersCommitteePolicy holds the rules of the owners' committee
// (业主委员会).
type OwnersCommitteePolicy struct {
	MinMembers          Limit       `json:"min_members"`            // BJ-PMR art. 39 ¶1: 5
	SmallAreaHouseholds Limit       `json:"small_area_households"`  // art. 39 ¶1: 100 households or fewer
	SmallAreaMinMembers Limit       `json:"small_area_min_members"` // art. 39 ¶1: 3
	MaxMembers          Limit       `json:"max_members"`            // Beijing: none; national guidance: 11
	Odd                 Requirement `json:"odd"`                    // art. 39 ¶1: 单数
	// MaxAlternates is the upper bound of alternates over members:
	// "不超过委员人数", at most 1/1 (inclusive).
	MaxAlternates Threshold `json:"max_alternates"`
	// Eligibility is the source of the member conditions (owner, capacity,
	// debtor, prohibited use): BJ-PMR art. 39 ¶2–3.
	Eligibility Source `json:"eligibility"`
	// MinResidence is the residence period of the candidate-selection
	// rules; BJ-PMR art. 39 ¶3(3) sets no number, so Beijing leaves it off.
	MinResidence Period `json:"min_residence"`
	// ConflictKin is whose interests in the property service person bar a
	// member (art. 39 ¶3(4)): self, spouse and lineal relatives.
	ConflictKin        []Kin  `json:"conflict_kin"`
	ConflictSource     Source `json:"conflict_source"`
	ProhibitedUseItems Limit  `json:"prohibited_use_items"` // art. 78 ¶2 has 13 items
	// Officers is the source of the rule that the chair and vice-chairs are
	// elected from among the members (art. 42).
	Officers      Source    `json:"officers"`
	ChairWithin   Period    `json:"chair_within"`   // art. 42: chair elected within 7 days
	MaxTerm       Period    `json:"max_term"`       // art. 41: 5 years
	RenewalNotice Period    `json:"renewal_notice"` // art. 49: 6 months before the term ends
	FileWithin    Period    `json:"file_within"`    // art. 43: 30 days
	MinSeated     Threshold `json:"min_seated"`     // art. 48: at least half of the seats
	// Nominations lists where candidacies may come from (art. 40).
	Nominations       []NominationSource `json:"nominations"`
	NominationsSource Source             `json:"nomination_source"`
	ReportToParty     Requirement        `json:"report_to_party"`    // art. 40
	PartyShareTarget  Threshold          `json:"party_share_target"` // Beijing: none (zero Share is off)
}

// PMCPolicy holds the rules of the property management committee
// (物业管理委员会).
type PMCPolicy struct {
	Conditions       Source       `json:"conditions"` // BJ-PMR art. 53
	FormedBy         []Authority  `json:"formed_by"`  // art. 52
	FormedBySource   Source       `json:"formed_by_source"`
	MinMembers       Limit        `json:"min_members"`     // art. 54 ¶1: 7
	Odd              Requirement  `json:"odd"`             // art. 54 ¶1
	MinOwnerShare    Threshold    `json:"min_owner_share"` // art. 54 ¶1: 不少于二分之一
	MemberKinds      []MemberKind `json:"member_kinds"`    // art. 54 ¶1, a list ending in 等
	MemberKindSource Source       `json:"member_kinds_source"`
	Officers         Source       `json:"officers"` // art. 54 ¶2
	// Eligibility is the source of the bars on owners who do not pay fees
	// or who commit prohibited uses (formation rules, 2021; unverified).
	Eligibility Source `json:"eligibility"`
	// MinResidence appears only in the 2020 draft of the formation rules:
	// a shortfall is a warning until the final text is read.
	MinResidence Period `json:"min_residence"`
	MaxTerm      Period `json:"max_term"` // art. 58: 一般不超过三年, so a warning
}

// GroupPolicy holds the rules of preparatory groups (筹备组) and renewal
// groups (换届小组).
type GroupPolicy struct {
	Odd                 Requirement `json:"odd"`                   // BJ-PMR art. 31 ¶3
	MinOwnerShare       Threshold   `json:"min_owner_share"`       // art. 31 ¶3: 不低于二分之一
	Leader              Source      `json:"leader"`                // art. 31 ¶1: an RC staff member leads
	OwnerConditions     Source      `json:"owner_conditions"`      // art. 31 ¶4: owner representatives meet art. 39
	PartyPresent        Requirement `json:"party_present"`         // art. 31 ¶2 lists the Party organisation
	FirstAssemblyWithin Period      `json:"first_assembly_within"` // art. 32: 60 days
}

// ResidentsPolicy holds the rules of the residents' committee. Size, term
// and age of eligibility are fixed by national law.
type ResidentsPolicy struct {
	MinMembers Limit  `json:"min_members"` // RCOL art. 7: 5 (fixed)
	MaxMembers Limit  `json:"max_members"` // RCOL art. 7: 9 (fixed)
	Term       Period `json:"term"`        // RCOL art. 8: 5 years (fixed; Beijing's 1991 3 years is outdated)
	MinAge     Limit  `json:"min_age"`     // RCOL art. 8 ¶2: 18 (fixed)
	Minority   Source `json:"minority"`    // RCOL art. 7
	// MinHouseholds and MaxHouseholds bound the households a committee
	// serves; a committee outside them is a warning. National: 100–700
	// (RCOL art. 6, 一般); Beijing: 500–3000 (2020 standard).
	MinHouseholds          Limit `json:"min_households"`
	MaxHouseholds          Limit `json:"max_households"`
	GroupMinHouseholds     Limit `json:"group_min_households"`     // BJ-RC art. 22: 15
	GroupMaxHouseholds     Limit `json:"group_max_households"`     // BJ-RC art. 22: 50
	SubcommitteesFrom      Limit `json:"subcommittees_from"`       // BJ-RC art. 21: 200 households
	MinVoterNominators     Limit `json:"min_voter_nominators"`     // BJ-RC art. 13: 10
	MinHouseholdNominators Limit `json:"min_household_nominators"` // BJ-RC art. 13: 5
	MinExtraCandidates     Limit `json:"min_extra_candidates"`     // BJ-RC art. 13: 1
	MaxExtraCandidates     Limit `json:"max_extra_candidates"`     // BJ-RC art. 13: 2
}

// PartyPolicy holds the Party rules and central policy the checks advise on.
type PartyPolicy struct {
	OrganisationFrom  Limit       `json:"organisation_from"`   // Party Constitution: 3 full members
	BranchMax         Limit       `json:"branch_max"`          // branch regulations art. 4: 一般不超过50
	GeneralBranchMax  Limit       `json:"general_branch_max"`  // convention, unverified: 100
	CommitteeFrom     Limit       `json:"committee_from"`      // branch regulations: 7 full members
	CommitteeMin      Limit       `json:"committee_min"`       // 3
	CommitteeMax      Limit       `json:"committee_max"`       // 一般不超过7
	OneShoulder       Requirement `json:"one_shoulder"`        // 2019 central opinion
	CrossAppointment  Requirement `json:"cross_appointment"`   // 2019 central opinion
	OwnersBodyOverlap Requirement `json:"owners_body_overlap"` // Beijing plan 2025–2027
}

// MeetingPolicy holds the procedural rules of owners' assemblies and of the
// meetings of owners' committees and property management committees.
type MeetingPolicy struct {
	Notice          Period      `json:"notice"`           // BJ-PMR art. 35: 15 days
	AnnouncedOnly   Requirement `json:"announced_only"`   // art. 35: only announced matters
	DeliveredShare  Threshold   `json:"delivered_share"`  // art. 30: ≥ 1/2 of the area delivered
	ApplicantShare  Threshold   `json:"applicant_share"`  // art. 30: ≥ 5 % of owners or of area
	CommitteeQuorum Threshold   `json:"committee_quorum"` // art. 45: > 1/2 of members
	PMCOwnerQuorum  Threshold   `json:"pmc_owner_quorum"` // art. 57: also > 1/2 of owner representatives
	NoProxies       Requirement `json:"no_proxies"`       // arts. 45, 57
	Signatures      Threshold   `json:"signatures"`       // arts. 45, 57: > 1/2 of all members
}

// BeijingPolicy returns the Beijing policy: Civil Code art. 278 for owners'
// votes, the Beijing Property Management Regulation (2020, amended 2024)
// for owners' bodies, the Organic Law of Urban Residents' Committees (2018)
// with the Beijing 2020 community standard for residents' committees, and
// Party rules as advice. It returns a fresh value.
func BeijingPolicy() Policy {
	pmr := beijingPMR
	pmcRules := Source{Document: DocPMCFormation, Level: LevelBeijingPolicy, Verified: VerifiedPartial}
	pmcDraft := Source{Document: DocPMCFormation, Article: "2020 draft (final text unverified)", Level: LevelBeijingPolicy, Verified: Unverified}
	branch := func(art string, v Verification) Source {
		return Source{Document: DocPartyBranchRules, Article: art, Level: LevelPartyRule, Verified: v}
	}
	opinion := Source{Document: DocUrbanPartyOpinion, Level: LevelPartyRule, Verified: VerifiedPartial}
	rcStandard := Source{Document: DocBeijingRCStandard, Level: LevelBeijingPolicy, Verified: VerifiedPartial}
	practice := chaoyangPractice()
	party := Source{Document: DocBeijingPMR + "; " + DocChaoyangArticle, Article: "art. 3", Level: LevelBeijingRegulation, Verified: VerifiedText}
	rc := Source{Document: DocBeijingPMR, Article: "art. 3; art. 8 ¶2", Level: LevelBeijingRegulation, Verified: VerifiedText}
	return Policy{
		Name:     "beijing",
		Version:  "beijing-2024.1",
		Assembly: CivilCode278(),
		Council: CouncilPolicy{
			Seats: []SeatRule{
				{Seat: SeatParty, Kinds: []BodyKind{KindPartyOrganisation}, Required: true, Expected: true, Source: party},
				{Seat: SeatResidentsCommittee, Kinds: []BodyKind{KindResidentsCommittee}, Required: true, Expected: true, Source: rc},
				{Seat: SeatOwners, Kinds: []BodyKind{KindOwnersCommittee, KindPropertyManagementCommittee}, Expected: true, Source: pmr("art. 3; art. 52")},
				{Seat: SeatProperty, Kinds: []BodyKind{KindPropertyServiceEnterprise, KindOtherPropertyManager, KindPropertyRightUnit}, Expected: true, Source: pmr("art. 2 ¶2; art. 25 ¶2")},
				{Seat: SeatSocialOrganisations, Kinds: []BodyKind{KindSocialOrganisation}, Expected: true, Source: practice},
				{Seat: SeatJurisdictionUnits, Kinds: []BodyKind{KindJurisdictionUnit}, Expected: true, Source: residentsLaw("art. 19 ¶1")},
			},
			ConvenerSeat:   SeatParty,
			ConvenerSource: party,
			DissolveWithin: Period{Days: 30, Source: pmr("art. 59")},
		},
		OwnersCommittee: OwnersCommitteePolicy{
			MinMembers:          Limit{5, pmr("art. 39 ¶1")},
			SmallAreaHouseholds: Limit{100, pmr("art. 39 ¶1")},
			SmallAreaMinMembers: Limit{3, pmr("art. 39 ¶1")},
			MaxMembers:          Limit{0, pmr("art. 39 ¶1 (no maximum)")},
			Odd:                 Requirement{true, pmr("art. 39 ¶1")},
			MaxAlternates:       Threshold{AtLeast(1, 1), pmr("art. 39 ¶1")},
			Eligibility:         pmr("art. 39 ¶2–3"),
			MinResidence:        Period{Source: pmr("art. 39 ¶3(3) (period set by candidate rules)")},
			ConflictKin:         []Kin{KinSelf, KinSpouse, KinLineal},
			ConflictSource:      pmr("art. 39 ¶3(4); art. 47(7)"),
			ProhibitedUseItems:  Limit{13, pmr("art. 78 ¶2")},
			Officers:            pmr("art. 42"),
			ChairWithin:         Period{Days: 7, Source: pmr("art. 42")},
			MaxTerm:             Period{Years: 5, Source: pmr("art. 41")},
			RenewalNotice:       Period{Months: 6, Source: pmr("art. 49")},
			FileWithin:          Period{Days: 30, Source: pmr("art. 43")},
			MinSeated:           Threshold{AtLeast(1, 2), pmr("art. 48")},
			Nominations:         []NominationSource{NominatedByParty, NominatedByResidents, NominatedBySelf, NominatedJointly},
			NominationsSource:   pmr("art. 40"),
			ReportToParty:       Requirement{true, pmr("art. 40")},
			PartyShareTarget:    Threshold{Source: Source{Document: DocBeijingPMR, Article: "art. 40 (no numeric share)", Level: LevelBeijingRegulation, Verified: VerifiedText}},
		},
		PMC: PMCPolicy{
			Conditions:       pmr("art. 53"),
			FormedBy:         []Authority{AuthoritySubdistrictOffice, AuthorityTownshipGovernment},
			FormedBySource:   pmr("art. 52"),
			MinMembers:       Limit{7, pmr("art. 54 ¶1")},
			Odd:              Requirement{true, pmr("art. 54 ¶1")},
			MinOwnerShare:    Threshold{AtLeast(1, 2), pmr("art. 54 ¶1")},
			MemberKinds:      []MemberKind{MemberResidentsCommittee, MemberVillagersCommittee, MemberOwner, MemberOccupier},
			MemberKindSource: pmr("art. 54 ¶1"),
			Officers:         pmr("art. 54 ¶2"),
			Eligibility:      pmcRules,
			MinResidence:     Period{Months: 6, Source: pmcDraft},
			MaxTerm:          Period{Years: 3, Source: pmr("art. 58")},
		},
		Group: GroupPolicy{
			Odd:                 Requirement{true, pmr("art. 31 ¶3")},
			MinOwnerShare:       Threshold{AtLeast(1, 2), pmr("art. 31 ¶3")},
			Leader:              pmr("art. 31 ¶1"),
			OwnerConditions:     pmr("art. 31 ¶4; art. 39"),
			PartyPresent:        Requirement{true, pmr("art. 31 ¶2")},
			FirstAssemblyWithin: Period{Days: 60, Source: pmr("art. 32")},
		},
		Residents: ResidentsPolicy{
			MinMembers:             Limit{5, residentsLaw("art. 7")},
			MaxMembers:             Limit{9, residentsLaw("art. 7")},
			Term:                   Period{Years: 5, Source: residentsLaw("art. 8 ¶1")},
			MinAge:                 Limit{18, residentsLaw("art. 8 ¶2")},
			Minority:               residentsLaw("art. 7"),
			MinHouseholds:          Limit{500, rcStandard},
			MaxHouseholds:          Limit{3000, rcStandard},
			GroupMinHouseholds:     Limit{15, beijingResidents("art. 22")},
			GroupMaxHouseholds:     Limit{50, beijingResidents("art. 22")},
			SubcommitteesFrom:      Limit{200, beijingResidents("art. 21")},
			MinVoterNominators:     Limit{10, beijingResidents("art. 13")},
			MinHouseholdNominators: Limit{5, beijingResidents("art. 13")},
			MinExtraCandidates:     Limit{1, beijingResidents("art. 13")},
			MaxExtraCandidates:     Limit{2, beijingResidents("art. 13")},
		},
		Party: PartyPolicy{
			OrganisationFrom:  Limit{3, Source{Document: DocPartyConstitution + "; " + DocBeijingPMR, Article: "chapter on basic organisations (art. 30 per one secondary source); BJ-PMR art. 3", Level: LevelPartyRule, Verified: VerifiedTwoSources}},
			BranchMax:         Limit{50, branch("art. 4", VerifiedTwoSources)},
			GeneralBranchMax:  Limit{100, Source{Document: "党的基层组织设置惯例 (convention; urban communities unverified)", Level: LevelPartyRule, Verified: Unverified}},
			CommitteeFrom:     Limit{7, branch("ch. 6 (article number unverified)", VerifiedTwoSources)},
			CommitteeMin:      Limit{3, branch("ch. 6 (article number unverified)", VerifiedTwoSources)},
			CommitteeMax:      Limit{7, branch("ch. 6 (article number unverified)", VerifiedTwoSources)},
			OneShoulder:       Requirement{true, opinion},
			CrossAppointment:  Requirement{true, opinion},
			OwnersBodyOverlap: Requirement{true, Source{Document: DocBeijingPlan2025, Article: "tasks 2–3", Level: LevelBeijingPolicy, Verified: VerifiedPartial}},
		},
		Meetings: MeetingPolicy{
			Notice:          Period{Days: 15, Source: pmr("art. 35")},
			AnnouncedOnly:   Requirement{true, pmr("art. 35")},
			DeliveredShare:  Threshold{AtLeast(1, 2), pmr("art. 30")},
			ApplicantShare:  Threshold{AtLeast(1, 20), pmr("art. 30")},
			CommitteeQuorum: Threshold{MoreThan(1, 2), pmr("art. 45")},
			PMCOwnerQuorum:  Threshold{MoreThan(1, 2), pmr("art. 57")},
			NoProxies:       Requirement{true, pmr("art. 45; art. 57")},
			Signatures:      Threshold{MoreThan(1, 2), pmr("art. 45; art. 57")},
		},
		Exceptions: []ExceptionRule{
			{Code: CodeRCSizeOutOfRange, By: []Authority{AuthorityDistrictGovernment}, Source: beijingResidents("art. 10 ¶2")},
			{Code: CodeRCHouseholdsOutOfRange, By: []Authority{AuthorityDistrictGovernment}, Source: beijingResidents("art. 9")},
		},
	}
}

// NationalGuidancePolicy returns the profile other cities start from: the
// Beijing policy with the national guidance rules for owners' committees
// (业主大会和业主委员会指导规则, 建房〔2009〕274号, arts. 31–32: five to
// eleven members, odd, term at most five years) and the national 100–700
// households per residents' committee (RCOL art. 6, "一般"). It returns a
// fresh value.
func NationalGuidancePolicy() Policy {
	p := BeijingPolicy()
	p.Name, p.Version = "national-guidance", "national-guidance-2009.1"
	oc := &p.OwnersCommittee
	oc.MinMembers = Limit{5, guidanceRules("art. 31")}
	oc.SmallAreaHouseholds = Limit{0, guidanceRules("art. 31 (no small-area rule)")}
	oc.SmallAreaMinMembers = Limit{0, guidanceRules("art. 31 (no small-area rule)")}
	oc.MaxMembers = Limit{11, guidanceRules("art. 31")}
	oc.Odd = Requirement{true, guidanceRules("art. 31")}
	oc.MaxTerm = Period{Years: 5, Source: guidanceRules("art. 32")}
	p.Residents.MinHouseholds = Limit{100, residentsLaw("art. 6")}
	p.Residents.MaxHouseholds = Limit{700, residentsLaw("art. 6")}
	return p
}

// ShenzhenPolicy returns the national-guidance profile with Shenzhen's
// advice that Party members make up at least half of an owners' committee
// ("党员占比一般不低于50%", Shenzhen housing bureau notice, 2022, known from
// one press report: verified partially). It returns a fresh value.
func ShenzhenPolicy() Policy {
	p := NationalGuidancePolicy()
	p.Name, p.Version = "shenzhen", "shenzhen-2022.1"
	p.OwnersCommittee.PartyShareTarget = Threshold{AtLeast(1, 2),
		Source{Document: DocShenzhenNotice2022, Level: LevelOtherCity, Verified: VerifiedPartial}}
	return p
}
