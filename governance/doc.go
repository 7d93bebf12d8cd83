// Package governance models the six-party coordination mechanism
// (六位一体) of a Beijing community and the legal composition rules of its
// bodies, and counts owners' votes by area and by head under Civil Code
// art. 278.
//
// Chaoyang District describes the mechanism as a community Party
// organisation leading a council of six parties: the Party organisation,
// the residents' committee, the owners' committee or property management
// committee, the property service provider or property-right unit, community
// social organisations and units in the jurisdiction. This package says
// whether such a council is properly constituted and whether each body in it
// meets its rules, citing for every finding the law or regulation and the
// article it comes from. It does no I/O, keeps no state and never reads the
// clock: time comes in as an argument, and the same input always gives the
// same report.
//
// # Usage
//
// Build a [Council] in Go, or decode one from JSON with [DecodeCouncil],
// and validate it under a policy at a given date:
//
//	c, rep := governance.DecodeCouncil(data)  // findings about the input itself
//	if err := rep.Err(); err != nil { ... }   // or show rep and go on
//	rep = governance.Validate(c, asOf)        // = governance.BeijingPolicy().Validate(c, asOf)
//	for _, f := range rep.Findings {
//		fmt.Println(f.Severity, f.Code, f.Path, f.Message, f.MessageZH, f.Source)
//	}
//	if err := rep.Err(); err != nil {         // nil unless some finding is an error
//		var re *governance.ReportError
//		errors.As(err, &re)                   // re.Findings are the errors
//	}
//
// A [Report] holds every finding, not just the first, sorted by path, code
// and message. Each [Finding] has a stable [Code] to switch on, a
// [Severity], the path of the offending field (such as
// "bodies[2].members[0].owner"), a message in English and in Chinese, and
// the [Source] of the rule: document, article, [Level] and how far the text
// was verified ([Verification]). [Report.Describe] renders a report as
// deterministic text. [Policy.ValidateBody] checks one body on its own.
//
// Policies are values. [BeijingPolicy] returns the Beijing rules,
// [NationalGuidancePolicy] the national guidance profile other cities start
// from (owners' committees of five to eleven members), and [ShenzhenPolicy]
// adds Shenzhen's advice that half of an owners' committee be Party
// members. Each call returns a fresh value; change its fields to describe
// another city and call [Policy.Check] on it. Rules of national law are
// fixed: a policy that relaxes the owners' assembly quorum and majorities of
// Civil Code art. 278, or the residents' committee size (five to nine),
// five-year term or eligibility age of 18, is reported with
// "policy.relaxes_national_law" (or "policy.conflicts_national_law" for a
// term other than five years), both by [Policy.Check] and at the head of
// every [Policy.Validate] report under the path "policy".
//
// Where the law lets an authority approve a departure (a residents'
// committee of more or fewer members, approved by the district government;
// a committee outside the households range), put an [Exception] in
// [Council.Exceptions]. A valid exception turns the matching error or
// warning into an info finding that cites the approval; it never removes
// it. An exception that the policy does not allow, or that names the wrong
// approver or no reference, is itself an error; one that matches nothing is
// a warning.
//
// Owners' votes are counted once, here, for every package: [NewElectorate]
// counts units by area (SPC interpretation art. 8: registered, surveyed,
// then contract area) and by head (art. 9: one head per unit, one per buyer
// of several units, one for all the developer's unsold or undelivered
// units); [Electorate.Tally] and [AssemblyRule.TallyCounts] apply the
// participation quorum and the ordinary or special majority of
// [CivilCode278] in exact integer arithmetic ([Share]), and
// [Tally.Report] turns a failed vote into findings. The procedural checks of
// an owners' assembly and of committee meetings are
// [Policy.CheckAssemblyMeeting], [Policy.CheckAssemblyApplication] and
// [Policy.CheckCommitteeMeeting].
//
// Facts that a check needs but the caller did not give (a zero date, an
// unset enumeration) are not guessed: the check is skipped. Give the facts
// a rule needs to have it checked.
//
// # The six seats
//
// The six seats of the mechanism, in the order the source lists them, and
// the kinds of body that may fill each under the Beijing policy
// ([CouncilPolicy.Seats]):
//
//	seat code             missing   label                    kinds of body that may fill it
//	party_organisation    error     社区党组织                 party_organisation
//	residents_committee   error     居民委员会                 residents_committee
//	owners_body           warning   业主委员会（物管会）         owners_committee, property_management_committee
//	property_service      warning   物业服务企业（产权单位）     property_service_enterprise, other_property_manager,
//	                                                         property_right_unit
//	social_organisations  warning   社区社会组织               social_organisation
//	jurisdiction_units    warning   辖区单位                   jurisdiction_unit
//
// The Party organisation's body convenes the council ([Council.Convener]).
// A seat may hold several bodies: several property companies and
// property-right units share one compound (一区多主), and an owners'
// committee and a property management committee may both sit in the owners'
// seat for the 30 days after the committee is filed, within which the
// property management committee must be dissolved (BJ-PMR art. 59); after
// that their coexistence is an error. Preparatory groups (筹备组) and
// renewal groups (换届小组) fill no seat; put them in [Council.Bodies] to have
// them checked. A body's facts are in [Body] and [Member], and the facts of
// its kind in the detail field for that kind ([OwnersCommittee],
// [PropertyManagementCommittee], [PreparatoryGroup], [ResidentsCommittee],
// [PartyOrganisation]).
//
// Every enumeration starts at 1 (the zero value means "not given"), prints
// as a stable English code used in JSON (String, MarshalText,
// UnmarshalText, ParseXxx) and has a Chinese Label.
//
// # Where the sources disagree
//
// The reference behind this package (governance-rules.md §2.4) names six
// conflicts; the package resolves them so:
//
//   - The State Council regulation art. 12 thresholds are superseded by
//     Civil Code art. 278: using the maintenance fund needs the ordinary
//     majority ([OwnersMatter.Special] is false for it).
//   - The residents' committee term is the five years of the 2018 Organic
//     Law, not the three of Beijing's 1991 measures; a policy with three
//     years is reported by [Policy.Check].
//   - Households per residents' committee: the national norm of 100–700
//     ("一般") is a warning in [NationalGuidancePolicy]; the Beijing policy
//     uses the 2020 standard of 500–3,000 instead.
//   - Owners' committee size: Beijing requires an odd number of at least
//     five (three at 100 households or fewer) and no maximum; the national
//     guidance five to eleven.
//   - An owners' committee and a property management committee never
//     coexist beyond the 30-day dissolution window.
//   - Whether the bar on members with an interest in the property provider
//     reaches a self-managing property-right unit is an open question: an
//     interest in a property-right unit is a warning, not an error.
//
// # Checks
//
// Every check the package reports, with its stable code, its default
// severity, the rule, the ids of the reference's rules and a short citation
// of its source (BJ-PMR: Beijing Property Management Regulation; RCOL:
// Organic Law of Urban Residents' Committees; BJ-RC: Beijing implementing
// measures; CC: Civil Code; SPC: the Supreme People's Court interpretation on
// building-unit ownership; guidance: 建房〔2009〕274号). A finding's Source gives
// the full citation under the policy in use; [Checks] returns this list.
//
// Policy:
//
//   - policy.relaxes_national_law (error): a policy threshold is looser than
//     national law. Source: CC art. 278 ¶2, art. 1259; RCOL arts. 7–8. Rules:
//     §2.3.
//   - policy.conflicts_national_law (error): a policy term differs from the
//     term national law fixes. Source: RCOL art. 8 ¶1 (BJ-RC art. 11
//     outdated). Rules: RC-5, RC-6.
//   - policy.invalid (error): a policy value is malformed (invalid share,
//     negative limit, no version). Source: structural. Rules: —.
//
// Council:
//
//   - council.seat.missing (error): a required seat is empty (error); an
//     expected seat is empty (warning). Source: BJ-PMR arts. 3, 8 ¶2;
//     Chaoyang practice. Rules: C-1, BJ-1.
//   - council.convener.not_party_org (error): the convener is not the body in
//     the Party organisation seat. Source: BJ-PMR art. 3. Rules: BJ-1, C-1,
//     C-5.
//   - council.owners_seat.kind_invalid (error): the owners' seat holds
//     neither an owners' committee nor a property management committee.
//     Source: BJ-PMR arts. 3, 52. Rules: C-1, PMC-1.
//   - council.owners_seat.both_active (error): an owners' committee and a
//     property management committee coexist more than 30 days after the
//     committee was filed (info within the window). Source: BJ-PMR art. 59.
//     Rules: PMC-7.
//   - council.property_seat.kind_invalid (error): the property seat holds a
//     body that neither serves nor owns property. Source: BJ-PMR art. 2 ¶2,
//     art. 25 ¶2. Rules: C-1, BJ-2, C-4.
//   - council.seat.kind_invalid (error): a seat holds a kind of body the
//     policy does not allow in it. Source: Chaoyang practice; RCOL art. 19.
//     Rules: C-1.
//   - council.jurisdiction_unit.is_person (error): the jurisdiction-units
//     seat names a person, not a unit. Source: RCOL art. 19 ¶1. Rules: RC-12.
//   - council.seat.dangling (error): a seat or the convener names no body of
//     the council. Source: structural. Rules: —.
//   - council.body.duplicate (error): two bodies share an ID. Source:
//     structural. Rules: —.
//   - council.body.multiple_seats (error): one body fills two seats. Source:
//     Chaoyang practice. Rules: C-1.
//   - council.body.area_mismatch (error): a body belongs to another community
//     or property-management area. Source: BJ-PMR art. 29 ¶2. Rules: BJ-5.
//   - council.body.id_missing (error): a body has no ID. Source: structural.
//     Rules: —.
//   - council.body.kind_invalid (error): a body has no valid kind. Source:
//     structural. Rules: —.
//   - council.body.details_mismatch (error): a body carries the details of
//     another kind. Source: structural. Rules: —.
//   - council.member.duplicate (error): a person is listed twice in one body.
//     Source: structural. Rules: —.
//   - council.member.id_missing (error): a member has no person ID. Source:
//     structural. Rules: —.
//   - council.count.negative (error): a count is negative. Source:
//     structural. Rules: —.
//   - council.officer.not_member (error): the chair or a vice-chair of a body
//     other than an owners' committee is not a member. Source: structural.
//     Rules: —.
//   - exception.invalid (error): an approved exception names a finding no
//     exception may turn, an authority that may not approve it, or no
//     reference. Source: BJ-RC arts. 9, 10 ¶2. Rules: RC-2, RC-4.
//   - exception.unused (warning): an approved exception matches no finding.
//     Source: BJ-RC arts. 9, 10 ¶2. Rules: —.
//
// Owners' committee (业主委员会):
//
//   - owners_committee.size.below_min (error): fewer than 5 members (3 at 100
//     households or fewer). Source: BJ-PMR art. 39 ¶1; guidance art. 31.
//     Rules: BJ-12.
//   - owners_committee.size.even (error): an even number of members. Source:
//     BJ-PMR art. 39 ¶1; guidance art. 31. Rules: BJ-12, CC-12.
//   - owners_committee.size.above_max (error): more members than the policy's
//     maximum (none in Beijing; 11 in the national guidance). Source:
//     guidance art. 31 (none in Beijing). Rules: CC-12.
//   - owners_committee.alternates.too_many (error): more alternates than
//     members. Source: BJ-PMR art. 39 ¶1. Rules: BJ-12.
//   - owners_committee.member.not_owner (error): a member is neither a
//     natural-person owner nor a unit owner's delegate. Source: BJ-PMR art.
//     39 ¶2. Rules: BJ-13, CC-12.
//   - owners_committee.member.lacks_capacity (error): a member lacks full
//     civil capacity. Source: BJ-PMR art. 39 ¶3(2). Rules: BJ-14(2).
//   - owners_committee.member.residence_short (error): a member has lived in
//     the area less than the policy's period (off in Beijing). Source: BJ-PMR
//     art. 39 ¶3(3) (period from candidate rules). Rules: BJ-14(3).
//   - owners_committee.member.conflict_of_interest (error): a member, spouse
//     or lineal relative has an interest in the serving property provider
//     (warning for a property-right unit). Source: BJ-PMR art. 39 ¶3(4), art.
//     47(7). Rules: BJ-14(4), BJ-21(7).
//   - owners_committee.member.dishonest_debtor (error): a member is a
//     dishonest judgment debtor. Source: BJ-PMR art. 39 ¶3(5). Rules:
//     BJ-14(5).
//   - owners_committee.member.prohibited_use (error): a member committed a
//     prohibited use of BJ-PMR art. 78 ¶2. Source: BJ-PMR art. 39 ¶3(6), art.
//     78 ¶2. Rules: BJ-14(6).
//   - owners_committee.officer.not_member (error): the chair or a vice-chair
//     is not a member, or no chair 7 days after the election. Source: BJ-PMR
//     art. 42. Rules: BJ-17.
//   - owners_committee.term.too_long (error): the term is longer than 5
//     years. Source: BJ-PMR art. 41; guidance art. 32. Rules: BJ-16, CC-12.
//   - owners_committee.term.renewal_due (warning): the term ends within 6
//     months and no renewal was reported. Source: BJ-PMR art. 49. Rules:
//     BJ-23.
//   - owners_committee.term.expired (error): the term has ended. Source:
//     BJ-PMR art. 41. Rules: BJ-16.
//   - owners_committee.filing.late (warning): not filed within 30 days of the
//     election. Source: BJ-PMR art. 43. Rules: BJ-18.
//   - owners_committee.seats.below_half (error): fewer than half of the seats
//     are filled: re-election needed. Source: BJ-PMR art. 48. Rules: BJ-22.
//   - owners_committee.candidate.source_invalid (error): a member's candidacy
//     came from a source art. 40 does not name. Source: BJ-PMR art. 40.
//     Rules: BJ-15.
//   - owners_committee.candidates.not_reported_to_party (warning): the
//     candidate list was not reported to the Party organisation. Source:
//     BJ-PMR art. 40. Rules: BJ-15.
//   - owners_committee.party_share.below_target (advice): Party members are
//     fewer than the policy's target share (none in Beijing; 1/2 in
//     Shenzhen). Source: Shenzhen notice 2022 (partial); none in Beijing.
//     Rules: P-9.
//
// Property management committee (物业管理委员会):
//
//   - pmc.formation.condition_missing (error): no formation condition of art.
//     53 is given. Source: BJ-PMR art. 53. Rules: PMC-2.
//   - pmc.formation.wrong_former (error): not formed by the sub-district
//     office or township government. Source: BJ-PMR art. 52. Rules: PMC-1.
//   - pmc.size.below_min (error): fewer than 7 members. Source: BJ-PMR art.
//     54 ¶1. Rules: PMC-3.
//   - pmc.size.even (error): an even number of members. Source: BJ-PMR art.
//     54 ¶1. Rules: PMC-3.
//   - pmc.owners.below_half (error): owner representatives are fewer than
//     half of the members. Source: BJ-PMR art. 54 ¶1. Rules: PMC-3.
//   - pmc.member.kind_unexpected (warning): a member represents none of the
//     constituencies art. 54 lists. Source: BJ-PMR art. 54 ¶1. Rules: PMC-3.
//   - pmc.director.not_rc_rep (error): the director is not the residents'
//     committee representative. Source: BJ-PMR art. 54 ¶2. Rules: PMC-4.
//   - pmc.deputy.not_owner_rep (error): a deputy is not an owner
//     representative designated by the residents' committee. Source: BJ-PMR
//     art. 54 ¶2. Rules: PMC-4.
//   - pmc.member.ineligible (error): an owner representative does not pay
//     fees or committed a prohibited use (error), or has lived there under 6
//     months (warning, draft rule). Source: 京建发〔2021〕53号 (partial; residence:
//     2020 draft, unverified). Rules: PMC-9.
//   - pmc.term.too_long (warning): in office more than 3 years. Source:
//     BJ-PMR art. 58. Rules: PMC-6.
//
// Preparatory and renewal groups (筹备组, 换届小组):
//
//   - prep_group.size.even (error): an even number of members. Source: BJ-PMR
//     art. 31 ¶3. Rules: BJ-8.
//   - prep_group.owners.below_half (error): owner representatives are fewer
//     than half of the members. Source: BJ-PMR art. 31 ¶3. Rules: BJ-8.
//   - prep_group.leader.not_rc_staff (error): the leader is not residents'
//     committee staff. Source: BJ-PMR art. 31 ¶1. Rules: BJ-7.
//   - prep_group.party_org.absent (warning): no representative of the
//     community Party organisation. Source: BJ-PMR art. 31 ¶2. Rules: BJ-7.
//   - prep_group.first_assembly.late (warning): no first assembly within 60
//     days of formation. Source: BJ-PMR art. 32. Rules: BJ-9.
//   - prep_group.owner_rep.ineligible (error): an owner representative does
//     not meet the owners' committee candidate conditions (not an owner,
//     without full capacity, a dishonest debtor, a prohibited use). Source:
//     BJ-PMR art. 31 ¶4, art. 39. Rules: BJ-8, BJ-13, BJ-14.
//
// Residents' committee (居民委员会):
//
//   - rc.size.out_of_range (error): fewer than 5 or more than 9 members (info
//     with an approved exception). Source: RCOL art. 7; BJ-RC art. 10 ¶2.
//     Rules: RC-3, RC-4.
//   - rc.term.too_long (error): the term is longer than 5 years. Source: RCOL
//     art. 8 ¶1. Rules: RC-5, RC-6.
//   - rc.member.ineligible (error): a member was under 18 at election or is
//     deprived of political rights. Source: RCOL art. 8 ¶2. Rules: RC-7.
//   - rc.minority_member.absent (warning): in a multi-ethnic area, no member
//     of a less numerous ethnic group. Source: RCOL art. 7. Rules: RC-3.
//   - rc.households.out_of_range (warning): households outside the policy's
//     range (Beijing 500–3000; national 100–700). Source: Beijing standard
//     2020 (partial); RCOL art. 6. Rules: RC-1, RC-2, S-1.
//   - rc.group.size_out_of_range (warning): a residents' group outside 15–50
//     households. Source: BJ-RC art. 22. Rules: RC-11.
//   - rc.subcommittees.absent (info): 200 households or more and no
//     subcommittees. Source: BJ-RC art. 21. Rules: RC-10.
//   - rc.nomination.insufficient (error): a candidate lacks nominators
//     (error), or the candidates are not 1–2 more than the seats (warning;
//     fewer than the seats: error). Source: BJ-RC art. 13. Rules: RC-8.
//
// Party organisation:
//
//   - party.org.required (advice): a body has 3 or more full Party members
//     and no Party organisation. Source: Party Constitution (art. 30,
//     partial); BJ-PMR art. 3. Rules: P-1, P-2, BJ-1.
//   - party.branch.too_large (warning): a branch of more than 50, or a
//     general branch of more than 100, full members. Source: branch
//     regulations art. 4; general branch: convention, unverified. Rules: P-2,
//     P-5.
//   - party.branch.committee_required (warning): 7 or more full members and a
//     committee outside 3–7. Source: branch regulations ch. 6 (article
//     unverified). Rules: P-3.
//   - party.one_shoulder.absent (advice): the Party secretary is not the
//     residents' committee director. Source: 2019 central opinion (partial).
//     Rules: P-6.
//   - party.cross_appointment.none (advice): no one sits on both the Party
//     organisation and the residents' committee. Source: 2019 central opinion
//     (partial). Rules: P-6.
//   - party.owners_body.no_cross_appointment (advice): no one sits on both
//     the Party organisation and the owners' body. Source: Beijing plan
//     2025–2027 tasks 2–3 (partial). Rules: P-7.
//
// Owners' assembly and committee meetings:
//
//   - assembly.quorum.not_met (error): participation below 2/3 of area or of
//     heads. Source: CC art. 278 ¶2, art. 1259; SPC arts. 8–9. Rules: CC-3,
//     CC-6, CC-7, CC-8.
//   - assembly.majority.not_met (error): agreement not above 1/2 (ordinary)
//     or below 3/4 (items 6–8) of participating area or heads. Source: CC
//     art. 278 ¶2, art. 1259; SPC arts. 8–9. Rules: CC-4, CC-5, CC-6.
//   - assembly.matter.unannounced (error): a matter voted on was not
//     announced. Source: BJ-PMR art. 35. Rules: BJ-10.
//   - assembly.notice.too_short (error): notice less than 15 days before the
//     meeting. Source: BJ-PMR art. 35; PMR-SC art. 14. Rules: BJ-10, CC-13.
//   - assembly.eligibility.application (error): delivered area below 1/2, or
//     applicants below 5% of owners and of area and not the developer.
//     Source: BJ-PMR art. 30. Rules: BJ-6.
//   - committee.meeting.quorum (error): not more than half of the members
//     present, or a proxy. Source: BJ-PMR art. 45. Rules: BJ-19.
//   - pmc.meeting.quorum (error): not more than half of the members and of
//     the owner representatives present, or a proxy. Source: BJ-PMR art. 57.
//     Rules: PMC-5.
//   - committee.decision.signatures (error): a decision signed by not more
//     than half of all members. Source: BJ-PMR arts. 45, 57. Rules: BJ-19,
//     PMC-5.
//
// Decoding ([DecodeCouncil]):
//
//   - decode.json.invalid (error): the JSON is malformed or a value has the
//     wrong type. Source: structural. Rules: —.
//   - decode.field.unknown (error): the JSON has a field the schema does not
//     know. Source: structural. Rules: —.
//   - decode.enum.unknown (error): an enumerated value has unknown text.
//     Source: structural. Rules: —.
//   - decode.date.invalid (error): a date is not YYYY-MM-DD or RFC 3339.
//     Source: structural. Rules: —.
//
// # Sources
//
// Sources are those the reference verified, with its verification level
// carried in every [Source]:
//
//   - 民法典 (Civil Code, 2020) arts. 278, 1259 and the SPC interpretation on
//     building-unit ownership (2009, amended 2020) arts. 8–9: read in the
//     full text (LawRefBook/Laws transcription).
//   - 北京市物业管理条例 (Beijing Property Management Regulation, 2020,
//     amended 2024) arts. 2–3, 25, 29–59, 78: read in the full text; what the
//     2024 amendment changed is not known, arts. 54–57 match the 2020 text.
//   - 城市居民委员会组织法 (2018) arts. 6–9, 19 and Beijing's implementing
//     measures (1991 text) arts. 9–22: read in the full text.
//   - 业主大会和业主委员会指导规则 (建房〔2009〕274号) arts. 31–32: two
//     secondary sources agree.
//   - 北京市物业管理委员会组建办法 (京建发〔2021〕53号): full text not read;
//     the bars on owners who do not pay fees or commit prohibited uses come
//     from news reports (partial), and the six months' residence only from
//     the 2020 draft (unverified, so a warning).
//   - 北京市社区居民委员会设立标准 (京社领办发〔2020〕7号): one secondary
//     source for 500–3,000 households (partial).
//   - Party rules: the Party Constitution (three full members; the article
//     number is partial), the branch work regulations (2018) art. 4 (branch
//     of at most 50) and ch. 6 (committee from 7 members, 3–5 or at most 7;
//     article number unverified); general branches above 100 members in
//     communities: convention, unverified; "one shoulder" and
//     cross-appointment: the 2019 central opinion, known from a quotation
//     (partial); two-way entry with owners' bodies: Beijing's 2025–2027
//     plan (partial). All are advice or warnings, never errors.
//   - The six seats themselves are Chaoyang practice as the seed article
//     describes it; no policy text defining the mechanism was found.
//   - Shenzhen's Party-member share of owners' committees: one press report
//     (partial).
//
// # Performance
//
// Validation runs in time linear in the size of the council (duplicate
// checks in bodies of more than 32 people use a map) and allocates only
// for what it reports. Measured on one core of a 2-core AMD EPYC machine
// (load average below 1; figures are the range over three runs) with
//
//	go test ./governance -run '^$' -bench . -benchmem -cpu 1 -count 3
//
//	BenchmarkValidate/council          6 bodies, 60 people    6,800–9,200 ns/op        360 B/op       4 allocs/op
//	BenchmarkValidate/district=4294    4,294 such councils    60–78 ms/op        1,545,840 B/op  17,176 allocs/op
//	BenchmarkDecodeCouncil             the Songliu JSON       0.39–0.49 ms/op       83,672 B/op   1,311 allocs/op
//
// A district of 4,294 councils validates in well under a second on one
// core (on a machine loaded by other work, 0.15–0.36 s was seen). The
// district's 60 people per council (some 70 MB of input in all) do not
// fit in cache, which is why a district costs more than 4,294 single
// councils. Validate one council per call: the policy value is not copied
// to the heap.
package governance
