package governance

import "time"

// Body is one body of a community's coordination mechanism, or a body the
// rules of the mechanism cover, with its members and dates. Kind says which
// rules apply; the kind's own facts are in the one detail field that
// matches it (Owners for an owners' committee, PMC for a property
// management committee, Group for a preparatory or renewal group,
// Residents for a residents' committee, Party for a Party organisation).
// The other detail fields must be nil.
type Body struct {
	ID   string   `json:"id"`
	Kind BodyKind `json:"kind"`
	Name string   `json:"name,omitempty"`
	// Community is the community (社区) the body belongs to, and
	// ManagementArea the property-management area (物业管理区域) of an
	// owners' body or group; when set, they must match the council's
	// (BJ-PMR art. 29 ¶2: one owners' assembly per area).
	Community      string `json:"community,omitempty"`
	ManagementArea string `json:"management_area,omitempty"`
	// Members are the sitting members; Alternates are the alternate
	// members (候补委员) of an owners' committee.
	Members    []Member `json:"members,omitempty"`
	Alternates []Member `json:"alternates,omitempty"`
	// Chair is the person ID of the chair (主任, 书记 or 组长) and
	// ViceChairs those of the vice-chairs; each must be a member.
	Chair      string   `json:"chair,omitempty"`
	ViceChairs []string `json:"vice_chairs,omitempty"`
	// PartyMembers counts full Party members among the body's people who are
	// not listed in Members, such as a company's staff; PartyOrganisation
	// names the Party organisation set up in the body, if any (BJ-PMR art. 3).
	PartyMembers      int    `json:"party_members,omitempty"`
	PartyOrganisation string `json:"party_organisation,omitempty"`
	// FormedOn is when a property management committee or a group was
	// formed; ElectedOn when a committee was elected; FiledOn when an
	// owners' committee was filed with the sub-district office; TermEnd when
	// the term ends (if zero, the longest term the policy allows is
	// assumed); DissolvedOn when the body was dissolved.
	FormedOn    time.Time `json:"formed_on,omitzero"`
	ElectedOn   time.Time `json:"elected_on,omitzero"`
	FiledOn     time.Time `json:"filed_on,omitzero"`
	TermEnd     time.Time `json:"term_end,omitzero"`
	DissolvedOn time.Time `json:"dissolved_on,omitzero"`

	Owners    *OwnersCommittee             `json:"owners_committee,omitempty"`
	PMC       *PropertyManagementCommittee `json:"property_management_committee,omitempty"`
	Group     *PreparatoryGroup            `json:"preparatory_group,omitempty"`
	Residents *ResidentsCommittee          `json:"residents_committee,omitempty"`
	Party     *PartyOrganisation           `json:"party_organisation_details,omitempty"`
}

// active reports whether b is not dissolved at asOf.
func (b *Body) active(asOf time.Time) bool {
	return b.DissolvedOn.IsZero() || asOf.Before(b.DissolvedOn)
}

// member returns the index of the member with person ID id, or -1.
func (b *Body) member(id string) int {
	for i := range b.Members {
		if b.Members[i].ID == id {
			return i
		}
	}
	return -1
}

// OwnersCommittee holds the facts of an owners' committee (业主委员会) that
// its rules need (BJ-PMR arts. 39–49).
type OwnersCommittee struct {
	// AreaHouseholds is the number of households of the property-management
	// area; at 100 or fewer, three members suffice (BJ-PMR art. 39 ¶1).
	AreaHouseholds int `json:"area_households,omitempty"`
	// Seats is the number of members elected (the statutory size). When the
	// sitting members fall below half of it even after alternates step up,
	// the assembly must re-elect (BJ-PMR art. 48). Zero means the number of
	// sitting members.
	Seats int `json:"seats,omitempty"`
	// CandidatesReportedToParty records that the candidate list was reported
	// to the community Party organisation (BJ-PMR art. 40).
	CandidatesReportedToParty bool `json:"candidates_reported_to_party,omitempty"`
	// RenewalReportedOn is when the committee reported its coming term end
	// to the sub-district office (BJ-PMR art. 49).
	RenewalReportedOn time.Time `json:"renewal_reported_on,omitzero"`
}

// PropertyManagementCommittee holds the facts of a property management
// committee (物业管理委员会), the temporary body a sub-district office forms
// where owners have no committee (BJ-PMR arts. 52–59).
type PropertyManagementCommittee struct {
	Condition FormationCondition `json:"condition,omitempty"` // the art. 53 condition it was formed under
	FormedBy  Authority          `json:"formed_by,omitempty"` // art. 52: the sub-district office or township government
	// DeputyDesignated records that the residents' (or villagers')
	// committee designated the deputy director (BJ-PMR art. 54 ¶2).
	DeputyDesignated bool `json:"deputy_designated,omitempty"`
}

// PreparatoryGroup holds the facts of a preparatory group (筹备组) for a
// first owners' assembly (BJ-PMR arts. 31–32), or of a renewal group
// (换届小组), which is composed the same way (art. 49).
type PreparatoryGroup struct {
	// FirstAssemblyOn is when the first (or the renewal) assembly met.
	FirstAssemblyOn time.Time `json:"first_assembly_on,omitzero"`
}

// ResidentsCommittee holds the facts of a residents' committee (居民委员会)
// that its rules need (Organic Law of Urban Residents' Committees arts.
// 6–14; Beijing implementing measures arts. 9–22).
type ResidentsCommittee struct {
	Households    int              `json:"households,omitempty"`
	Groups        []ResidentsGroup `json:"groups,omitempty"`        // residents' groups (居民小组)
	Subcommittees []string         `json:"subcommittees,omitempty"` // such as "人民调解委员会"
	// Election is the last election's candidate list, if known.
	Election *ResidentsElection `json:"election,omitempty"`
}

// ResidentsGroup is one residents' group (居民小组).
type ResidentsGroup struct {
	Name       string `json:"name,omitempty"`
	Households int    `json:"households"`
}

// ResidentsElection is the candidate list of a residents' committee
// election (Beijing implementing measures art. 13).
type ResidentsElection struct {
	Seats      int         `json:"seats"`
	Candidates []Candidate `json:"candidates"`
}

// Candidate is one candidate of a residents' committee election and who
// nominated them.
type Candidate struct {
	Person              string `json:"person"`
	VoterNominators     int    `json:"voter_nominators,omitempty"`     // voters who jointly nominated
	HouseholdNominators int    `json:"household_nominators,omitempty"` // household representatives who jointly nominated
	GroupNominated      bool   `json:"group_nominated,omitempty"`      // nominated by residents' group representatives
}

// PartyOrganisation holds the facts of a community Party organisation.
// Its Members are the members of its committee (or its secretary and
// deputy, for a branch without a committee).
type PartyOrganisation struct {
	Form        PartyForm `json:"form,omitempty"`
	FullMembers int       `json:"full_members"` // 正式党员
}

// FormationCondition is the condition of BJ-PMR art. 53 under which a
// property management committee was formed. The zero value means not given.
type FormationCondition uint8

// The conditions of BJ-PMR art. 53.
const (
	ConditionNoAssemblyConditions     FormationCondition = 1 + iota // 不具备成立业主大会条件
	ConditionAssemblyDifficulty                                     // 具备条件但确有困难未成立
	ConditionAssemblyWithoutCommittee                               // 成立业主大会但未选出业主委员会
)

var formationConditionText = [...]enumText{
	ConditionNoAssemblyConditions:     {"no_assembly_conditions", "不具备成立业主大会条件"},
	ConditionAssemblyDifficulty:       {"assembly_difficulty", "具备成立业主大会条件但确有困难未成立"},
	ConditionAssemblyWithoutCommittee: {"assembly_without_committee", "业主大会成立后未能选举产生业主委员会"},
}

// IsValid reports whether c is a defined FormationCondition.
func (c FormationCondition) IsValid() bool { return c != 0 && int(c) < len(formationConditionText) }

// String returns the stable English code of c, used in JSON. An undefined
// value prints as "%!FormationCondition(n)".
func (c FormationCondition) String() string {
	return enumString(formationConditionText[:], "FormationCondition", uint8(c))
}

// Label returns the Chinese name of c.
func (c FormationCondition) Label() string {
	return enumLabel(formationConditionText[:], "FormationCondition", uint8(c))
}

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [FormationCondition.String]; the zero value encodes as "".
func (c FormationCondition) MarshalText() ([]byte, error) {
	return enumMarshal(formationConditionText[:], "FormationCondition", uint8(c))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [FormationCondition.String] and "" for the zero value.
func (c *FormationCondition) UnmarshalText(text []byte) error {
	v, err := enumParse(formationConditionText[:], "FormationCondition", string(text), true)
	if err != nil {
		return err
	}
	*c = FormationCondition(v)
	return nil
}

// ParseFormationCondition parses a FormationCondition from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseFormationCondition(text string) (FormationCondition, error) {
	v, err := enumParse(formationConditionText[:], "FormationCondition", text, false)
	return FormationCondition(v), err
}

// Authority is a public body or party that forms, approves or designates.
// The zero Authority means not given.
type Authority uint8

// The authorities.
const (
	AuthoritySubdistrictOffice  Authority = 1 + iota // 街道办事处
	AuthorityTownshipGovernment                      // 乡镇人民政府
	AuthorityDistrictGovernment                      // 区人民政府
	AuthorityResidentsCommittee                      // 居民委员会
	AuthorityDeveloper                               // 建设单位
	AuthorityPropertyProvider                        // 物业服务人
)

var authorityText = [...]enumText{
	AuthoritySubdistrictOffice:  {"subdistrict_office", "街道办事处"},
	AuthorityTownshipGovernment: {"township_government", "乡镇人民政府"},
	AuthorityDistrictGovernment: {"district_government", "区人民政府"},
	AuthorityResidentsCommittee: {"residents_committee", "居民委员会"},
	AuthorityDeveloper:          {"developer", "建设单位"},
	AuthorityPropertyProvider:   {"property_provider", "物业服务人"},
}

// IsValid reports whether a is a defined Authority.
func (a Authority) IsValid() bool { return a != 0 && int(a) < len(authorityText) }

// String returns the stable English code of a, used in JSON. An undefined
// value prints as "%!Authority(n)".
func (a Authority) String() string { return enumString(authorityText[:], "Authority", uint8(a)) }

// Label returns the Chinese name of a.
func (a Authority) Label() string { return enumLabel(authorityText[:], "Authority", uint8(a)) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [Authority.String]; the zero value encodes as "".
func (a Authority) MarshalText() ([]byte, error) {
	return enumMarshal(authorityText[:], "Authority", uint8(a))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [Authority.String] and "" for the zero value.
func (a *Authority) UnmarshalText(text []byte) error {
	v, err := enumParse(authorityText[:], "Authority", string(text), true)
	if err != nil {
		return err
	}
	*a = Authority(v)
	return nil
}

// ParseAuthority parses a Authority from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseAuthority(text string) (Authority, error) {
	v, err := enumParse(authorityText[:], "Authority", text, false)
	return Authority(v), err
}

// PartyForm is the form of a basic Party organisation. The zero value means
// not given.
type PartyForm uint8

// The forms (Party branch work regulations, 2018).
const (
	PartyBranch        PartyForm = 1 + iota // 党支部
	PartyJointBranch                        // 联合党支部
	PartyGeneralBranch                      // 党总支
	PartyCommittee                          // 党委
)

var partyFormText = [...]enumText{
	PartyBranch:        {"branch", "党支部"},
	PartyJointBranch:   {"joint_branch", "联合党支部"},
	PartyGeneralBranch: {"general_branch", "党总支"},
	PartyCommittee:     {"committee", "党委"},
}

// IsValid reports whether f is a defined PartyForm.
func (f PartyForm) IsValid() bool { return f != 0 && int(f) < len(partyFormText) }

// String returns the stable English code of f, used in JSON. An undefined
// value prints as "%!PartyForm(n)".
func (f PartyForm) String() string { return enumString(partyFormText[:], "PartyForm", uint8(f)) }

// Label returns the Chinese name of f.
func (f PartyForm) Label() string { return enumLabel(partyFormText[:], "PartyForm", uint8(f)) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [PartyForm.String]; the zero value encodes as "".
func (f PartyForm) MarshalText() ([]byte, error) {
	return enumMarshal(partyFormText[:], "PartyForm", uint8(f))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [PartyForm.String] and "" for the zero value.
func (f *PartyForm) UnmarshalText(text []byte) error {
	v, err := enumParse(partyFormText[:], "PartyForm", string(text), true)
	if err != nil {
		return err
	}
	*f = PartyForm(v)
	return nil
}

// ParsePartyForm parses a PartyForm from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParsePartyForm(text string) (PartyForm, error) {
	v, err := enumParse(partyFormText[:], "PartyForm", text, false)
	return PartyForm(v), err
}
