package governance

// Codes of the checks of a council and its bodies. Each code is stable: its
// meaning never changes, and embedders may switch on it. [Checks] lists
// them with their default severity and rule.
const (
	// Policy.
	CodePolicyRelaxesNationalLaw   Code = "policy.relaxes_national_law"
	CodePolicyConflictsNationalLaw Code = "policy.conflicts_national_law"
	CodePolicyInvalid              Code = "policy.invalid"

	// Council.
	CodeSeatMissing              Code = "council.seat.missing"
	CodeConvenerNotParty         Code = "council.convener.not_party_org"
	CodeOwnersSeatKindInvalid    Code = "council.owners_seat.kind_invalid"
	CodeOwnersSeatBothActive     Code = "council.owners_seat.both_active"
	CodePropertySeatKindInvalid  Code = "council.property_seat.kind_invalid"
	CodeSeatKindInvalid          Code = "council.seat.kind_invalid"
	CodeJurisdictionUnitIsPerson Code = "council.jurisdiction_unit.is_person"
	CodeSeatDangling             Code = "council.seat.dangling"
	CodeBodyDuplicate            Code = "council.body.duplicate"
	CodeBodyMultipleSeats        Code = "council.body.multiple_seats"
	CodeBodyAreaMismatch         Code = "council.body.area_mismatch"
	CodeBodyIDMissing            Code = "council.body.id_missing"
	CodeBodyKindInvalid          Code = "council.body.kind_invalid"
	CodeBodyDetailsMismatch      Code = "council.body.details_mismatch"
	CodeMemberDuplicate          Code = "council.member.duplicate"
	CodeMemberIDMissing          Code = "council.member.id_missing"
	CodeCountNegative            Code = "council.count.negative"
	CodeOfficerNotMember         Code = "council.officer.not_member"
	CodeExceptionInvalid         Code = "exception.invalid"
	CodeExceptionUnused          Code = "exception.unused"

	// Owners' committee.
	CodeOCSizeBelowMin          Code = "owners_committee.size.below_min"
	CodeOCSizeEven              Code = "owners_committee.size.even"
	CodeOCSizeAboveMax          Code = "owners_committee.size.above_max"
	CodeOCAlternatesTooMany     Code = "owners_committee.alternates.too_many"
	CodeOCMemberNotOwner        Code = "owners_committee.member.not_owner"
	CodeOCMemberLacksCapacity   Code = "owners_committee.member.lacks_capacity"
	CodeOCMemberResidenceShort  Code = "owners_committee.member.residence_short"
	CodeOCMemberConflict        Code = "owners_committee.member.conflict_of_interest"
	CodeOCMemberDishonestDebtor Code = "owners_committee.member.dishonest_debtor"
	CodeOCMemberProhibitedUse   Code = "owners_committee.member.prohibited_use"
	CodeOCOfficerNotMember      Code = "owners_committee.officer.not_member"
	CodeOCTermTooLong           Code = "owners_committee.term.too_long"
	CodeOCTermRenewalDue        Code = "owners_committee.term.renewal_due"
	CodeOCTermExpired           Code = "owners_committee.term.expired"
	CodeOCFilingLate            Code = "owners_committee.filing.late"
	CodeOCSeatsBelowHalf        Code = "owners_committee.seats.below_half"
	CodeOCCandidateSource       Code = "owners_committee.candidate.source_invalid"
	CodeOCCandidatesNotReported Code = "owners_committee.candidates.not_reported_to_party"
	CodeOCPartyShareBelow       Code = "owners_committee.party_share.below_target"

	// Property management committee.
	CodePMCConditionMissing Code = "pmc.formation.condition_missing"
	CodePMCWrongFormer      Code = "pmc.formation.wrong_former"
	CodePMCSizeBelowMin     Code = "pmc.size.below_min"
	CodePMCSizeEven         Code = "pmc.size.even"
	CodePMCOwnersBelowHalf  Code = "pmc.owners.below_half"
	CodePMCMemberKind       Code = "pmc.member.kind_unexpected"
	CodePMCDirectorNotRC    Code = "pmc.director.not_rc_rep"
	CodePMCDeputyNotOwner   Code = "pmc.deputy.not_owner_rep"
	CodePMCMemberIneligible Code = "pmc.member.ineligible"
	CodePMCTermTooLong      Code = "pmc.term.too_long"

	// Preparatory and renewal groups.
	CodeGroupSizeEven          Code = "prep_group.size.even"
	CodeGroupOwnersBelowHalf   Code = "prep_group.owners.below_half"
	CodeGroupLeaderNotRCStaff  Code = "prep_group.leader.not_rc_staff"
	CodeGroupPartyAbsent       Code = "prep_group.party_org.absent"
	CodeGroupFirstAssemblyLate Code = "prep_group.first_assembly.late"
	CodeGroupOwnerIneligible   Code = "prep_group.owner_rep.ineligible"

	// Residents' committee.
	CodeRCSizeOutOfRange       Code = "rc.size.out_of_range"
	CodeRCTermTooLong          Code = "rc.term.too_long"
	CodeRCMemberIneligible     Code = "rc.member.ineligible"
	CodeRCMinorityAbsent       Code = "rc.minority_member.absent"
	CodeRCHouseholdsOutOfRange Code = "rc.households.out_of_range"
	CodeRCGroupSize            Code = "rc.group.size_out_of_range"
	CodeRCSubcommitteesAbsent  Code = "rc.subcommittees.absent"
	CodeRCNominationShort      Code = "rc.nomination.insufficient"

	// Party organisation.
	CodePartyOrgRequired       Code = "party.org.required"
	CodePartyBranchTooLarge    Code = "party.branch.too_large"
	CodePartyCommitteeRequired Code = "party.branch.committee_required"
	CodePartyOneShoulderAbsent Code = "party.one_shoulder.absent"
	CodePartyCrossAppointment  Code = "party.cross_appointment.none"
	CodePartyOwnersBodyNoCross Code = "party.owners_body.no_cross_appointment"

	// Owners' assembly procedure and committee meetings (the vote codes
	// assembly.quorum.not_met and assembly.majority.not_met are
	// [CodeQuorumNotMet] and [CodeMajorityNotMet]).
	CodeAssemblyUnannounced    Code = "assembly.matter.unannounced"
	CodeAssemblyNoticeShort    Code = "assembly.notice.too_short"
	CodeAssemblyApplication    Code = "assembly.eligibility.application"
	CodeCommitteeMeetingQuorum Code = "committee.meeting.quorum"
	CodePMCMeetingQuorum       Code = "pmc.meeting.quorum"
	CodeCommitteeSignatures    Code = "committee.decision.signatures"

	// Decoding.
	CodeDecodeSyntax       Code = "decode.json.invalid"
	CodeDecodeUnknownField Code = "decode.field.unknown"
	CodeDecodeUnknownText  Code = "decode.enum.unknown"
	CodeDecodeDate         Code = "decode.date.invalid"
)

// Check describes one check: its stable code, its default severity, the
// rule in a sentence, and the ids of the rules in the reference
// (governance-rules.md) it implements.
type Check struct {
	Code     Code
	Severity Severity
	Rule     string
	RuleIDs  string
	// Source cites the rule briefly (BJ-PMR: Beijing Property Management
	// Regulation; RCOL: Organic Law of Urban Residents' Committees; BJ-RC:
	// Beijing implementing measures; CC: Civil Code; SPC: the Supreme
	// People's Court interpretation; guidance: 建房〔2009〕274号). A
	// finding's Source field gives the full citation of the policy in use.
	Source string
}

// Checks returns every check the package can report, in code order within
// each group. It returns a fresh slice.
func Checks() []Check {
	return []Check{
		{CodePolicyRelaxesNationalLaw, SeverityError, "a policy threshold is looser than national law", "§2.3", "CC art. 278 ¶2, art. 1259; RCOL arts. 7–8"},
		{CodePolicyConflictsNationalLaw, SeverityError, "a policy term differs from the term national law fixes", "RC-5, RC-6", "RCOL art. 8 ¶1 (BJ-RC art. 11 outdated)"},
		{CodePolicyInvalid, SeverityError, "a policy value is malformed (invalid share, negative limit, no version)", "—", "structural"},

		{CodeSeatMissing, SeverityError, "a required seat is empty (error); an expected seat is empty (warning)", "C-1, BJ-1", "BJ-PMR arts. 3, 8 ¶2; Chaoyang practice"},
		{CodeConvenerNotParty, SeverityError, "the convener is not the body in the Party organisation seat", "BJ-1, C-1, C-5", "BJ-PMR art. 3"},
		{CodeOwnersSeatKindInvalid, SeverityError, "the owners' seat holds neither an owners' committee nor a property management committee", "C-1, PMC-1", "BJ-PMR arts. 3, 52"},
		{CodeOwnersSeatBothActive, SeverityError, "an owners' committee and a property management committee coexist more than 30 days after the committee was filed (info within the window)", "PMC-7", "BJ-PMR art. 59"},
		{CodePropertySeatKindInvalid, SeverityError, "the property seat holds a body that neither serves nor owns property", "C-1, BJ-2, C-4", "BJ-PMR art. 2 ¶2, art. 25 ¶2"},
		{CodeSeatKindInvalid, SeverityError, "a seat holds a kind of body the policy does not allow in it", "C-1", "Chaoyang practice; RCOL art. 19"},
		{CodeJurisdictionUnitIsPerson, SeverityError, "the jurisdiction-units seat names a person, not a unit", "RC-12", "RCOL art. 19 ¶1"},
		{CodeSeatDangling, SeverityError, "a seat or the convener names no body of the council", "—", "structural"},
		{CodeBodyDuplicate, SeverityError, "two bodies share an ID", "—", "structural"},
		{CodeBodyMultipleSeats, SeverityError, "one body fills two seats", "C-1", "Chaoyang practice"},
		{CodeBodyAreaMismatch, SeverityError, "a body belongs to another community or property-management area", "BJ-5", "BJ-PMR art. 29 ¶2"},
		{CodeBodyIDMissing, SeverityError, "a body has no ID", "—", "structural"},
		{CodeBodyKindInvalid, SeverityError, "a body has no valid kind", "—", "structural"},
		{CodeBodyDetailsMismatch, SeverityError, "a body carries the details of another kind", "—", "structural"},
		{CodeMemberDuplicate, SeverityError, "a person is listed twice in one body", "—", "structural"},
		{CodeMemberIDMissing, SeverityError, "a member has no person ID", "—", "structural"},
		{CodeCountNegative, SeverityError, "a count is negative", "—", "structural"},
		{CodeOfficerNotMember, SeverityError, "the chair or a vice-chair of a body other than an owners' committee is not a member", "—", "structural"},
		{CodeExceptionInvalid, SeverityError, "an approved exception names a finding no exception may turn, an authority that may not approve it, or no reference", "RC-2, RC-4", "BJ-RC arts. 9, 10 ¶2"},
		{CodeExceptionUnused, SeverityWarning, "an approved exception matches no finding", "—", "BJ-RC arts. 9, 10 ¶2"},

		{CodeOCSizeBelowMin, SeverityError, "fewer than 5 members (3 at 100 households or fewer)", "BJ-12", "BJ-PMR art. 39 ¶1; guidance art. 31"},
		{CodeOCSizeEven, SeverityError, "an even number of members", "BJ-12, CC-12", "BJ-PMR art. 39 ¶1; guidance art. 31"},
		{CodeOCSizeAboveMax, SeverityError, "more members than the policy's maximum (none in Beijing; 11 in the national guidance)", "CC-12", "guidance art. 31 (none in Beijing)"},
		{CodeOCAlternatesTooMany, SeverityError, "more alternates than members", "BJ-12", "BJ-PMR art. 39 ¶1"},
		{CodeOCMemberNotOwner, SeverityError, "a member is neither a natural-person owner nor a unit owner's delegate", "BJ-13, CC-12", "BJ-PMR art. 39 ¶2"},
		{CodeOCMemberLacksCapacity, SeverityError, "a member lacks full civil capacity", "BJ-14(2)", "BJ-PMR art. 39 ¶3(2)"},
		{CodeOCMemberResidenceShort, SeverityError, "a member has lived in the area less than the policy's period (off in Beijing)", "BJ-14(3)", "BJ-PMR art. 39 ¶3(3) (period from candidate rules)"},
		{CodeOCMemberConflict, SeverityError, "a member, spouse or lineal relative has an interest in the serving property provider (warning for a property-right unit)", "BJ-14(4), BJ-21(7)", "BJ-PMR art. 39 ¶3(4), art. 47(7)"},
		{CodeOCMemberDishonestDebtor, SeverityError, "a member is a dishonest judgment debtor", "BJ-14(5)", "BJ-PMR art. 39 ¶3(5)"},
		{CodeOCMemberProhibitedUse, SeverityError, "a member committed a prohibited use of BJ-PMR art. 78 ¶2", "BJ-14(6)", "BJ-PMR art. 39 ¶3(6), art. 78 ¶2"},
		{CodeOCOfficerNotMember, SeverityError, "the chair or a vice-chair is not a member, or no chair 7 days after the election", "BJ-17", "BJ-PMR art. 42"},
		{CodeOCTermTooLong, SeverityError, "the term is longer than 5 years", "BJ-16, CC-12", "BJ-PMR art. 41; guidance art. 32"},
		{CodeOCTermRenewalDue, SeverityWarning, "the term ends within 6 months and no renewal was reported", "BJ-23", "BJ-PMR art. 49"},
		{CodeOCTermExpired, SeverityError, "the term has ended", "BJ-16", "BJ-PMR art. 41"},
		{CodeOCFilingLate, SeverityWarning, "not filed within 30 days of the election", "BJ-18", "BJ-PMR art. 43"},
		{CodeOCSeatsBelowHalf, SeverityError, "fewer than half of the seats are filled: re-election needed", "BJ-22", "BJ-PMR art. 48"},
		{CodeOCCandidateSource, SeverityError, "a member's candidacy came from a source art. 40 does not name", "BJ-15", "BJ-PMR art. 40"},
		{CodeOCCandidatesNotReported, SeverityWarning, "the candidate list was not reported to the Party organisation", "BJ-15", "BJ-PMR art. 40"},
		{CodeOCPartyShareBelow, SeverityAdvice, "Party members are fewer than the policy's target share (none in Beijing; 1/2 in Shenzhen)", "P-9", "Shenzhen notice 2022 (partial); none in Beijing"},

		{CodePMCConditionMissing, SeverityError, "no formation condition of art. 53 is given", "PMC-2", "BJ-PMR art. 53"},
		{CodePMCWrongFormer, SeverityError, "not formed by the sub-district office or township government", "PMC-1", "BJ-PMR art. 52"},
		{CodePMCSizeBelowMin, SeverityError, "fewer than 7 members", "PMC-3", "BJ-PMR art. 54 ¶1"},
		{CodePMCSizeEven, SeverityError, "an even number of members", "PMC-3", "BJ-PMR art. 54 ¶1"},
		{CodePMCOwnersBelowHalf, SeverityError, "owner representatives are fewer than half of the members", "PMC-3", "BJ-PMR art. 54 ¶1"},
		{CodePMCMemberKind, SeverityWarning, "a member represents none of the constituencies art. 54 lists", "PMC-3", "BJ-PMR art. 54 ¶1"},
		{CodePMCDirectorNotRC, SeverityError, "the director is not the residents' committee representative", "PMC-4", "BJ-PMR art. 54 ¶2"},
		{CodePMCDeputyNotOwner, SeverityError, "a deputy is not an owner representative designated by the residents' committee", "PMC-4", "BJ-PMR art. 54 ¶2"},
		{CodePMCMemberIneligible, SeverityError, "an owner representative does not pay fees or committed a prohibited use (error), or has lived there under 6 months (warning, draft rule)", "PMC-9", "京建发〔2021〕53号 (partial; residence: 2020 draft, unverified)"},
		{CodePMCTermTooLong, SeverityWarning, "in office more than 3 years", "PMC-6", "BJ-PMR art. 58"},

		{CodeGroupSizeEven, SeverityError, "an even number of members", "BJ-8", "BJ-PMR art. 31 ¶3"},
		{CodeGroupOwnersBelowHalf, SeverityError, "owner representatives are fewer than half of the members", "BJ-8", "BJ-PMR art. 31 ¶3"},
		{CodeGroupLeaderNotRCStaff, SeverityError, "the leader is not residents' committee staff", "BJ-7", "BJ-PMR art. 31 ¶1"},
		{CodeGroupPartyAbsent, SeverityWarning, "no representative of the community Party organisation", "BJ-7", "BJ-PMR art. 31 ¶2"},
		{CodeGroupFirstAssemblyLate, SeverityWarning, "no first assembly within 60 days of formation", "BJ-9", "BJ-PMR art. 32"},
		{CodeGroupOwnerIneligible, SeverityError, "an owner representative does not meet the owners' committee candidate conditions (not an owner, without full capacity, a dishonest debtor, a prohibited use)", "BJ-8, BJ-13, BJ-14", "BJ-PMR art. 31 ¶4, art. 39"},

		{CodeRCSizeOutOfRange, SeverityError, "fewer than 5 or more than 9 members (info with an approved exception)", "RC-3, RC-4", "RCOL art. 7; BJ-RC art. 10 ¶2"},
		{CodeRCTermTooLong, SeverityError, "the term is longer than 5 years", "RC-5, RC-6", "RCOL art. 8 ¶1"},
		{CodeRCMemberIneligible, SeverityError, "a member was under 18 at election or is deprived of political rights", "RC-7", "RCOL art. 8 ¶2"},
		{CodeRCMinorityAbsent, SeverityWarning, "in a multi-ethnic area, no member of a less numerous ethnic group", "RC-3", "RCOL art. 7"},
		{CodeRCHouseholdsOutOfRange, SeverityWarning, "households outside the policy's range (Beijing 500–3000; national 100–700)", "RC-1, RC-2, S-1", "Beijing standard 2020 (partial); RCOL art. 6"},
		{CodeRCGroupSize, SeverityWarning, "a residents' group outside 15–50 households", "RC-11", "BJ-RC art. 22"},
		{CodeRCSubcommitteesAbsent, SeverityInfo, "200 households or more and no subcommittees", "RC-10", "BJ-RC art. 21"},
		{CodeRCNominationShort, SeverityError, "a candidate lacks nominators (error), or the candidates are not 1–2 more than the seats (warning; fewer than the seats: error)", "RC-8", "BJ-RC art. 13"},

		{CodePartyOrgRequired, SeverityAdvice, "a body has 3 or more full Party members and no Party organisation", "P-1, P-2, BJ-1", "Party Constitution (art. 30, partial); BJ-PMR art. 3"},
		{CodePartyBranchTooLarge, SeverityWarning, "a branch of more than 50, or a general branch of more than 100, full members", "P-2, P-5", "branch regulations art. 4; general branch: convention, unverified"},
		{CodePartyCommitteeRequired, SeverityWarning, "7 or more full members and a committee outside 3–7", "P-3", "branch regulations ch. 6 (article unverified)"},
		{CodePartyOneShoulderAbsent, SeverityAdvice, "the Party secretary is not the residents' committee director", "P-6", "2019 central opinion (partial)"},
		{CodePartyCrossAppointment, SeverityAdvice, "no one sits on both the Party organisation and the residents' committee", "P-6", "2019 central opinion (partial)"},
		{CodePartyOwnersBodyNoCross, SeverityAdvice, "no one sits on both the Party organisation and the owners' body", "P-7", "Beijing plan 2025–2027 tasks 2–3 (partial)"},

		{CodeQuorumNotMet, SeverityError, "participation below 2/3 of area or of heads", "CC-3, CC-6, CC-7, CC-8", "CC art. 278 ¶2, art. 1259; SPC arts. 8–9"},
		{CodeMajorityNotMet, SeverityError, "agreement not above 1/2 (ordinary) or below 3/4 (items 6–8) of participating area or heads", "CC-4, CC-5, CC-6", "CC art. 278 ¶2, art. 1259; SPC arts. 8–9"},
		{CodeAssemblyUnannounced, SeverityError, "a matter voted on was not announced", "BJ-10", "BJ-PMR art. 35"},
		{CodeAssemblyNoticeShort, SeverityError, "notice less than 15 days before the meeting", "BJ-10, CC-13", "BJ-PMR art. 35; PMR-SC art. 14"},
		{CodeAssemblyApplication, SeverityError, "delivered area below 1/2, or applicants below 5% of owners and of area and not the developer", "BJ-6", "BJ-PMR art. 30"},
		{CodeCommitteeMeetingQuorum, SeverityError, "not more than half of the members present, or a proxy", "BJ-19", "BJ-PMR art. 45"},
		{CodePMCMeetingQuorum, SeverityError, "not more than half of the members and of the owner representatives present, or a proxy", "PMC-5", "BJ-PMR art. 57"},
		{CodeCommitteeSignatures, SeverityError, "a decision signed by not more than half of all members", "BJ-19, PMC-5", "BJ-PMR arts. 45, 57"},

		{CodeDecodeSyntax, SeverityError, "the JSON is malformed or a value has the wrong type", "—", "structural"},
		{CodeDecodeUnknownField, SeverityError, "the JSON has a field the schema does not know", "—", "structural"},
		{CodeDecodeUnknownText, SeverityError, "an enumerated value has unknown text", "—", "structural"},
		{CodeDecodeDate, SeverityError, "a date is not YYYY-MM-DD or RFC 3339", "—", "structural"},
	}
}
