package governance

import "time"

// Member is a person who sits on a body, with the facts the composition
// rules need. Person IDs are opaque and identify one person across all the
// bodies of a council: the same ID in the Party organisation and in the
// residents' committee is one person holding both posts (交叉任职).
//
// A zero field means "not given". Checks that need a fact the caller did not
// give are skipped rather than guessed; the facts a body's kind needs are
// listed on the checks in the package documentation.
type Member struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Kind is whom the member represents on a body composed of several
	// constituencies: the property management committee (BJ-PMR art. 54)
	// and the preparatory or renewal group (arts. 31, 49).
	Kind MemberKind `json:"kind,omitempty"`
	// Owner marks a natural-person owner of an exclusive part in the
	// property-management area; OwnerDelegate marks a natural person
	// authorised by a unit owner (BJ-PMR art. 39 ¶2).
	Owner         bool `json:"owner,omitempty"`
	OwnerDelegate bool `json:"owner_delegate,omitempty"`
	PartyMember   bool `json:"party_member,omitempty"` // full member of the Communist Party of China (正式党员)
	// Employer is the body ID (or name) of the member's employer. A member
	// employed by the serving property provider has a direct interest in it
	// (BJ-PMR art. 39 ¶3(4)).
	Employer string `json:"employer,omitempty"`
	// Relations are the ties of the member, the spouse and lineal relatives
	// to other bodies, such as a spouse who holds shares in the property
	// company.
	Relations []Relation `json:"relations,omitempty"`
	// Capacity is the member's civil capacity (民事行为能力).
	Capacity LegalCapacity `json:"capacity,omitempty"`
	// BirthDate, with the body's election date, gives the age at election
	// (Organic Law of Urban Residents' Committees art. 8 ¶2).
	BirthDate time.Time `json:"birth_date,omitzero"`
	// ResidentSince is when the member began to live in the area.
	ResidentSince time.Time `json:"resident_since,omitzero"`
	// Ethnicity is the member's ethnic group, such as "回"; it matters on a
	// residents' committee in a multi-ethnic area (RCOL art. 7).
	Ethnicity string `json:"ethnicity,omitempty"`
	// PoliticalRightsDeprived marks a person deprived of political rights
	// by law (RCOL art. 8 ¶2).
	PoliticalRightsDeprived bool `json:"political_rights_deprived,omitempty"`
	// DishonestDebtor marks a person on the list of dishonest judgment
	// debtors (失信被执行人, BJ-PMR art. 39 ¶3(5)).
	DishonestDebtor bool `json:"dishonest_debtor,omitempty"`
	// ProhibitedUses lists the item numbers (1–13) of BJ-PMR art. 78 ¶2
	// whose prohibited use of property the member has committed.
	ProhibitedUses []int `json:"prohibited_uses,omitempty"`
	// UnpaidFees marks an owner who does not pay the fees of the property
	// service contract (Beijing formation rules for property management
	// committees, 京建发〔2021〕53号, as reported; full text unverified).
	UnpaidFees bool `json:"unpaid_fees,omitempty"`
	// Nomination is where the member's candidacy came from (BJ-PMR art. 40).
	Nomination NominationSource `json:"nomination,omitempty"`
}

// Relation is a tie between a member, the member's spouse or a lineal
// relative, and another body, such as a spouse employed by the property
// company. BJ-PMR art. 39 ¶3(4) bars an owners' committee member whose
// self, spouse or lineal relatives have a direct interest in the property
// service person.
type Relation struct {
	Kin          Kin    `json:"kin"`
	Counterparty string `json:"counterparty"`  // the body ID, such as the property company's
	Tie          string `json:"tie,omitempty"` // free text: "employee", "shareholder", "contractor"
}

// MemberKind is whom a member represents on a body of several
// constituencies. The zero MemberKind is not valid.
type MemberKind uint8

// The member kinds named by BJ-PMR arts. 31 ¶2 and 54 ¶1.
const (
	MemberResidentsCommittee MemberKind = 1 + iota // 居民委员会代表（工作人员）
	MemberVillagersCommittee                       // 村民委员会代表
	MemberOwner                                    // 业主代表
	MemberOccupier                                 // 物业使用人代表
	MemberDeveloper                                // 建设单位代表
	MemberPropertyRightUnit                        // 产权单位代表
	MemberSubdistrict                              // 街道办事处、乡镇人民政府代表
	MemberPartyOrganisation                        // 社区党组织代表
)

var memberKindText = [...]enumText{
	MemberResidentsCommittee: {"residents_committee", "居民委员会代表"},
	MemberVillagersCommittee: {"villagers_committee", "村民委员会代表"},
	MemberOwner:              {"owner", "业主代表"},
	MemberOccupier:           {"occupier", "物业使用人代表"},
	MemberDeveloper:          {"developer", "建设单位代表"},
	MemberPropertyRightUnit:  {"property_right_unit", "产权单位代表"},
	MemberSubdistrict:        {"subdistrict", "街道办事处、乡镇人民政府代表"},
	MemberPartyOrganisation:  {"party_organisation", "社区党组织代表"},
}

// IsValid reports whether k is a defined MemberKind.
func (k MemberKind) IsValid() bool { return k != 0 && int(k) < len(memberKindText) }

// String returns the stable English code of k, used in JSON. An undefined
// value prints as "%!MemberKind(n)".
func (k MemberKind) String() string { return enumString(memberKindText[:], "MemberKind", uint8(k)) }

// Label returns the Chinese name of k.
func (k MemberKind) Label() string { return enumLabel(memberKindText[:], "MemberKind", uint8(k)) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [MemberKind.String]; the zero value encodes as "".
func (k MemberKind) MarshalText() ([]byte, error) {
	return enumMarshal(memberKindText[:], "MemberKind", uint8(k))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [MemberKind.String] and "" for the zero value.
func (k *MemberKind) UnmarshalText(text []byte) error {
	v, err := enumParse(memberKindText[:], "MemberKind", string(text), true)
	if err != nil {
		return err
	}
	*k = MemberKind(v)
	return nil
}

// ParseMemberKind parses a MemberKind from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseMemberKind(text string) (MemberKind, error) {
	v, err := enumParse(memberKindText[:], "MemberKind", text, false)
	return MemberKind(v), err
}

// LegalCapacity is a person's civil capacity (民事行为能力) under Civil Code
// arts. 17–24. The zero LegalCapacity means not given.
type LegalCapacity uint8

// The capacities.
const (
	CapacityFull    LegalCapacity = 1 + iota // 完全民事行为能力
	CapacityLimited                          // 限制民事行为能力
	CapacityNone                             // 无民事行为能力
)

var legalCapacityText = [...]enumText{
	CapacityFull:    {"full", "完全民事行为能力"},
	CapacityLimited: {"limited", "限制民事行为能力"},
	CapacityNone:    {"none", "无民事行为能力"},
}

// IsValid reports whether c is a defined LegalCapacity.
func (c LegalCapacity) IsValid() bool { return c != 0 && int(c) < len(legalCapacityText) }

// String returns the stable English code of c, used in JSON. An undefined
// value prints as "%!LegalCapacity(n)".
func (c LegalCapacity) String() string {
	return enumString(legalCapacityText[:], "LegalCapacity", uint8(c))
}

// Label returns the Chinese name of c.
func (c LegalCapacity) Label() string {
	return enumLabel(legalCapacityText[:], "LegalCapacity", uint8(c))
}

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [LegalCapacity.String]; the zero value encodes as "".
func (c LegalCapacity) MarshalText() ([]byte, error) {
	return enumMarshal(legalCapacityText[:], "LegalCapacity", uint8(c))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [LegalCapacity.String] and "" for the zero value.
func (c *LegalCapacity) UnmarshalText(text []byte) error {
	v, err := enumParse(legalCapacityText[:], "LegalCapacity", string(text), true)
	if err != nil {
		return err
	}
	*c = LegalCapacity(v)
	return nil
}

// ParseLegalCapacity parses a LegalCapacity from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseLegalCapacity(text string) (LegalCapacity, error) {
	v, err := enumParse(legalCapacityText[:], "LegalCapacity", text, false)
	return LegalCapacity(v), err
}

// Kin is who, in a member's family, holds a [Relation]. The zero Kin is not
// valid.
type Kin uint8

// The kin of BJ-PMR art. 39 ¶3(4), and "other" for anyone else.
const (
	KinSelf   Kin = 1 + iota // 本人
	KinSpouse                // 配偶
	KinLineal                // 直系亲属
	KinOther                 // 其他亲属
)

var kinText = [...]enumText{
	KinSelf:   {"self", "本人"},
	KinSpouse: {"spouse", "配偶"},
	KinLineal: {"lineal", "直系亲属"},
	KinOther:  {"other", "其他亲属"},
}

// IsValid reports whether k is a defined Kin.
func (k Kin) IsValid() bool { return k != 0 && int(k) < len(kinText) }

// String returns the stable English code of k, used in JSON. An undefined
// value prints as "%!Kin(n)".
func (k Kin) String() string { return enumString(kinText[:], "Kin", uint8(k)) }

// Label returns the Chinese name of k.
func (k Kin) Label() string { return enumLabel(kinText[:], "Kin", uint8(k)) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [Kin.String]; the zero value encodes as "".
func (k Kin) MarshalText() ([]byte, error) { return enumMarshal(kinText[:], "Kin", uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [Kin.String] and "" for the zero value.
func (k *Kin) UnmarshalText(text []byte) error {
	v, err := enumParse(kinText[:], "Kin", string(text), true)
	if err != nil {
		return err
	}
	*k = Kin(v)
	return nil
}

// ParseKin parses a Kin from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseKin(text string) (Kin, error) {
	v, err := enumParse(kinText[:], "Kin", text, false)
	return Kin(v), err
}

// NominationSource is where an owners' committee candidacy came from. The
// zero NominationSource means not given.
type NominationSource uint8

// The sources. The first four are those of BJ-PMR art. 40; the others are
// named so that a record of them can be reported.
const (
	NominatedByParty            NominationSource = 1 + iota // 社区党组织推荐
	NominatedByResidents                                    // 居民委员会推荐
	NominatedBySelf                                         // 自荐
	NominatedJointly                                        // 联名推荐
	NominatedByPropertyProvider                             // 物业服务人推荐
	NominatedByDeveloper                                    // 建设单位推荐
)

var nominationSourceText = [...]enumText{
	NominatedByParty:            {"party_organisation", "社区党组织推荐"},
	NominatedByResidents:        {"residents_committee", "居民委员会推荐"},
	NominatedBySelf:             {"self", "自荐"},
	NominatedJointly:            {"joint", "联名推荐"},
	NominatedByPropertyProvider: {"property_provider", "物业服务人推荐"},
	NominatedByDeveloper:        {"developer", "建设单位推荐"},
}

// IsValid reports whether n is a defined NominationSource.
func (n NominationSource) IsValid() bool { return n != 0 && int(n) < len(nominationSourceText) }

// String returns the stable English code of n, used in JSON. An undefined
// value prints as "%!NominationSource(n)".
func (n NominationSource) String() string {
	return enumString(nominationSourceText[:], "NominationSource", uint8(n))
}

// Label returns the Chinese name of n.
func (n NominationSource) Label() string {
	return enumLabel(nominationSourceText[:], "NominationSource", uint8(n))
}

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [NominationSource.String]; the zero value encodes as "".
func (n NominationSource) MarshalText() ([]byte, error) {
	return enumMarshal(nominationSourceText[:], "NominationSource", uint8(n))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [NominationSource.String] and "" for the zero value.
func (n *NominationSource) UnmarshalText(text []byte) error {
	v, err := enumParse(nominationSourceText[:], "NominationSource", string(text), true)
	if err != nil {
		return err
	}
	*n = NominationSource(v)
	return nil
}

// ParseNominationSource parses a NominationSource from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseNominationSource(text string) (NominationSource, error) {
	v, err := enumParse(nominationSourceText[:], "NominationSource", text, false)
	return NominationSource(v), err
}
