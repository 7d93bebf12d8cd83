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
// (governance-rules.md) it implements. The source of a finding comes from
// the policy value in use.
type Check struct {
	Code     Code
	Severity Severity
	Rule     string
	RuleIDs  string
}

// Checks returns every check the package can report, in code order within
// each group. It returns a fresh slice.
func Checks() []Check {
	return []Check{
		{CodePolicyRelaxesNationalLaw, SeverityError, "a policy threshold is looser than national law", "§2.3"},
		{CodePolicyConflictsNationalLaw, SeverityError, "a policy term differs from the term national law fixes", "RC-5, RC-6"},
		{CodePolicyInvalid, SeverityError, "a policy value is malformed (invalid share, negative limit, no version)", "—"},

		{CodeSeatMissing, SeverityError, "a required seat is empty (error); an expected seat is empty (warning)", "C-1, BJ-1"},
		{CodeConvenerNotParty, SeverityError, "the convener is not the body in the Party organisation seat", "BJ-1, C-1, C-5"},
		{CodeOwnersSeatKindInvalid, SeverityError, "the owners' seat holds neither an owners' committee nor a property management committee", "C-1, PMC-1"},
		{CodeOwnersSeatBothActive, SeverityError, "an owners' committee and a property management committee coexist more than 30 days after the committee was filed (info within the window)", "PMC-7"},
		{CodePropertySeatKindInvalid, SeverityError, "the property seat holds a body that neither serves nor owns property", "C-1, BJ-2, C-4"},
		{CodeSeatKindInvalid, SeverityError, "a seat holds a kind of body the policy does not allow in it", "C-1"},
		{CodeJurisdictionUnitIsPerson, SeverityError, "the jurisdiction-units seat names a person, not a unit", "RC-12"},
		{CodeSeatDangling, SeverityError, "a seat or the convener names no body of the council", "—"},
		{CodeBodyDuplicate, SeverityError, "two bodies share an ID", "—"},
		{CodeBodyMultipleSeats, SeverityError, "one body fills two seats", "C-1"},
		{CodeBodyAreaMismatch, SeverityError, "a body belongs to another community or property-management area", "BJ-5"},
		{CodeBodyIDMissing, SeverityError, "a body has no ID", "—"},
		{CodeBodyKindInvalid, SeverityError, "a body has no valid kind", "—"},
		{CodeBodyDetailsMismatch, SeverityError, "a body carries the details of another kind", "—"},
		{CodeMemberDuplicate, SeverityError, "a person is listed twice in one body", "—"},
		{CodeMemberIDMissing, SeverityError, "a member has no person ID", "—"},
		{CodeCountNegative, SeverityError, "a count is negative", "—"},
		{CodeOfficerNotMember, SeverityError, "the chair or a vice-chair of a body other than an owners' committee is not a member", "—"},
		{CodeExceptionInvalid, SeverityError, "an approved exception names a finding no exception may turn, an authority that may not approve it, or no reference", "RC-2, RC-4"},
		{CodeExceptionUnused, SeverityWarning, "an approved exception matches no finding", "—"},

		{CodeOCSizeBelowMin, SeverityError, "fewer than 5 members (3 at 100 households or fewer)", "BJ-12"},
		{CodeOCSizeEven, SeverityError, "an even number of members", "BJ-12, CC-12"},
		{CodeOCSizeAboveMax, SeverityError, "more members than the policy's maximum (none in Beijing; 11 in the national guidance)", "CC-12"},
		{CodeOCAlternatesTooMany, SeverityError, "more alternates than members", "BJ-12"},
		{CodeOCMemberNotOwner, SeverityError, "a member is neither a natural-person owner nor a unit owner's delegate", "BJ-13, CC-12"},
		{CodeOCMemberLacksCapacity, SeverityError, "a member lacks full civil capacity", "BJ-14(2)"},
		{CodeOCMemberResidenceShort, SeverityError, "a member has lived in the area less than the policy's period (off in Beijing)", "BJ-14(3)"},
		{CodeOCMemberConflict, SeverityError, "a member, spouse or lineal relative has an interest in the serving property provider (warning for a property-right unit)", "BJ-14(4), BJ-21(7)"},
		{CodeOCMemberDishonestDebtor, SeverityError, "a member is a dishonest judgment debtor", "BJ-14(5)"},
		{CodeOCMemberProhibitedUse, SeverityError, "a member committed a prohibited use of BJ-PMR art. 78 ¶2", "BJ-14(6)"},
		{CodeOCOfficerNotMember, SeverityError, "the chair or a vice-chair is not a member", "BJ-17"},
		{CodeOCTermTooLong, SeverityError, "the term is longer than 5 years", "BJ-16, CC-12"},
		{CodeOCTermRenewalDue, SeverityWarning, "the term ends within 6 months and no renewal was reported", "BJ-23"},
		{CodeOCTermExpired, SeverityError, "the term has ended", "BJ-16"},
		{CodeOCFilingLate, SeverityWarning, "not filed within 30 days of the election", "BJ-18"},
		{CodeOCSeatsBelowHalf, SeverityError, "fewer than half of the seats are filled: re-election needed", "BJ-22"},
		{CodeOCCandidateSource, SeverityError, "a member's candidacy came from a source art. 40 does not name", "BJ-15"},
		{CodeOCCandidatesNotReported, SeverityWarning, "the candidate list was not reported to the Party organisation", "BJ-15"},
		{CodeOCPartyShareBelow, SeverityAdvice, "Party members are fewer than the policy's target share (none in Beijing; 1/2 in Shenzhen)", "P-9"},

		{CodePMCConditionMissing, SeverityError, "no formation condition of art. 53 is given", "PMC-2"},
		{CodePMCWrongFormer, SeverityError, "not formed by the sub-district office or township government", "PMC-1"},
		{CodePMCSizeBelowMin, SeverityError, "fewer than 7 members", "PMC-3"},
		{CodePMCSizeEven, SeverityError, "an even number of members", "PMC-3"},
		{CodePMCOwnersBelowHalf, SeverityError, "owner representatives are fewer than half of the members", "PMC-3"},
		{CodePMCMemberKind, SeverityWarning, "a member represents none of the constituencies art. 54 lists", "PMC-3"},
		{CodePMCDirectorNotRC, SeverityError, "the director is not the residents' committee representative", "PMC-4"},
		{CodePMCDeputyNotOwner, SeverityError, "a deputy is not an owner representative designated by the residents' committee", "PMC-4"},
		{CodePMCMemberIneligible, SeverityError, "an owner representative does not pay fees or committed a prohibited use (error), or has lived there under 6 months (warning, draft rule)", "PMC-9"},
		{CodePMCTermTooLong, SeverityWarning, "in office more than 3 years", "PMC-6"},

		{CodeGroupSizeEven, SeverityError, "an even number of members", "BJ-8"},
		{CodeGroupOwnersBelowHalf, SeverityError, "owner representatives are fewer than half of the members", "BJ-8"},
		{CodeGroupLeaderNotRCStaff, SeverityError, "the leader is not residents' committee staff", "BJ-7"},
		{CodeGroupPartyAbsent, SeverityWarning, "no representative of the community Party organisation", "BJ-7"},
		{CodeGroupFirstAssemblyLate, SeverityWarning, "no first assembly within 60 days of formation", "BJ-9"},

		{CodeRCSizeOutOfRange, SeverityError, "fewer than 5 or more than 9 members (info with an approved exception)", "RC-3, RC-4"},
		{CodeRCTermTooLong, SeverityError, "the term is longer than 5 years", "RC-5, RC-6"},
		{CodeRCMemberIneligible, SeverityError, "a member was under 18 at election or is deprived of political rights", "RC-7"},
		{CodeRCMinorityAbsent, SeverityWarning, "in a multi-ethnic area, no member of a less numerous ethnic group", "RC-3"},
		{CodeRCHouseholdsOutOfRange, SeverityWarning, "households outside the policy's range (Beijing 500–3000; national 100–700)", "RC-1, RC-2, S-1"},
		{CodeRCGroupSize, SeverityWarning, "a residents' group outside 15–50 households", "RC-11"},
		{CodeRCSubcommitteesAbsent, SeverityInfo, "200 households or more and no subcommittees", "RC-10"},
		{CodeRCNominationShort, SeverityError, "a candidate lacks nominators (error), or the candidates are not 1–2 more than the seats (warning; fewer than the seats: error)", "RC-8"},

		{CodePartyOrgRequired, SeverityAdvice, "a body has 3 or more full Party members and no Party organisation", "P-1, P-2, BJ-1"},
		{CodePartyBranchTooLarge, SeverityWarning, "a branch of more than 50, or a general branch of more than 100, full members", "P-2, P-5"},
		{CodePartyCommitteeRequired, SeverityWarning, "7 or more full members and a committee outside 3–7", "P-3"},
		{CodePartyOneShoulderAbsent, SeverityAdvice, "the Party secretary is not the residents' committee director", "P-6"},
		{CodePartyCrossAppointment, SeverityAdvice, "no one sits on both the Party organisation and the residents' committee", "P-6"},
		{CodePartyOwnersBodyNoCross, SeverityAdvice, "no one sits on both the Party organisation and the owners' body", "P-7"},

		{CodeQuorumNotMet, SeverityError, "participation below 2/3 of area or of heads", "CC-3, CC-6, CC-7, CC-8"},
		{CodeMajorityNotMet, SeverityError, "agreement not above 1/2 (ordinary) or below 3/4 (items 6–8) of participating area or heads", "CC-4, CC-5, CC-6"},
		{CodeAssemblyUnannounced, SeverityError, "a matter voted on was not announced", "BJ-10"},
		{CodeAssemblyNoticeShort, SeverityError, "notice less than 15 days before the meeting", "BJ-10, CC-13"},
		{CodeAssemblyApplication, SeverityError, "delivered area below 1/2, or applicants below 5% of owners and of area and not the developer", "BJ-6"},
		{CodeCommitteeMeetingQuorum, SeverityError, "not more than half of the members present, or a proxy", "BJ-19"},
		{CodePMCMeetingQuorum, SeverityError, "not more than half of the members and of the owner representatives present, or a proxy", "PMC-5"},
		{CodeCommitteeSignatures, SeverityError, "a decision signed by not more than half of all members", "BJ-19, PMC-5"},

		{CodeDecodeSyntax, SeverityError, "the JSON is malformed or a value has the wrong type", "—"},
		{CodeDecodeUnknownField, SeverityError, "the JSON has a field the schema does not know", "—"},
		{CodeDecodeUnknownText, SeverityError, "an enumerated value has unknown text", "—"},
		{CodeDecodeDate, SeverityError, "a date is not YYYY-MM-DD or RFC 3339", "—"},
	}
}
