package governance

// BodyKind is the kind of a body that takes part in a community's
// coordination mechanism, or that the rules of the mechanism cover. The zero
// BodyKind is not valid.
//
// Which seat each kind may fill is policy ([CouncilPolicy.Seats]); the
// default of each kind is [BodyKind.Seat]. Preparatory and renewal groups
// fill no seat: they are temporary bodies that lead to an owners' committee.
type BodyKind uint8

// The kinds of body. The property-service kinds follow Beijing Property
// Management Regulation art. 2 ¶2, under which a property service person
// (物业服务人) is a property service enterprise, a specialised unit or
// another manager, and art. 25 ¶2, under which a property-right unit owns
// public housing not yet sold.
const (
	KindPartyOrganisation           BodyKind = 1 + iota // 社区党组织
	KindResidentsCommittee                              // 居民委员会
	KindOwnersCommittee                                 // 业主委员会
	KindPropertyManagementCommittee                     // 物业管理委员会 (物管会)
	KindPropertyServiceEnterprise                       // 物业服务企业
	KindOtherPropertyManager                            // 专业单位或者其他物业管理人
	KindPropertyRightUnit                               // 产权单位
	KindSocialOrganisation                              // 社区社会组织
	KindJurisdictionUnit                                // 辖区单位
	KindPreparatoryGroup                                // 业主大会筹备组
	KindRenewalGroup                                    // 业主委员会换届小组
)

var bodyKindText = [...]enumText{
	KindPartyOrganisation:           {"party_organisation", "社区党组织"},
	KindResidentsCommittee:          {"residents_committee", "居民委员会"},
	KindOwnersCommittee:             {"owners_committee", "业主委员会"},
	KindPropertyManagementCommittee: {"property_management_committee", "物业管理委员会"},
	KindPropertyServiceEnterprise:   {"property_service_enterprise", "物业服务企业"},
	KindOtherPropertyManager:        {"other_property_manager", "专业单位或者其他物业管理人"},
	KindPropertyRightUnit:           {"property_right_unit", "产权单位"},
	KindSocialOrganisation:          {"social_organisation", "社区社会组织"},
	KindJurisdictionUnit:            {"jurisdiction_unit", "辖区单位"},
	KindPreparatoryGroup:            {"preparatory_group", "业主大会筹备组"},
	KindRenewalGroup:                {"renewal_group", "业主委员会换届小组"},
}

// BodyKinds returns every defined kind in order. It returns a fresh slice.
func BodyKinds() []BodyKind {
	ks := make([]BodyKind, 0, len(bodyKindText)-1)
	for k := KindPartyOrganisation; int(k) < len(bodyKindText); k++ {
		ks = append(ks, k)
	}
	return ks
}

// Seat returns the seat a body of kind k fills by default, or 0 for the
// preparatory and renewal groups, which fill none.
func (k BodyKind) Seat() Seat {
	switch k {
	case KindPartyOrganisation:
		return SeatParty
	case KindResidentsCommittee:
		return SeatResidentsCommittee
	case KindOwnersCommittee, KindPropertyManagementCommittee:
		return SeatOwners
	case KindPropertyServiceEnterprise, KindOtherPropertyManager, KindPropertyRightUnit:
		return SeatProperty
	case KindSocialOrganisation:
		return SeatSocialOrganisations
	case KindJurisdictionUnit:
		return SeatJurisdictionUnits
	}
	return 0
}

// ownersBody reports whether k is one of the two owners' bodies.
func (k BodyKind) ownersBody() bool {
	return k == KindOwnersCommittee || k == KindPropertyManagementCommittee
}

// propertyProvider reports whether k serves property (BJ-PMR art. 2 ¶2) or
// owns it as a property-right unit (art. 25 ¶2).
func (k BodyKind) propertyProvider() bool {
	return k == KindPropertyServiceEnterprise || k == KindOtherPropertyManager || k == KindPropertyRightUnit
}

// IsValid reports whether k is a defined BodyKind.
func (k BodyKind) IsValid() bool { return k != 0 && int(k) < len(bodyKindText) }

// String returns the stable English code of k, used in JSON. An undefined
// value prints as "%!BodyKind(n)".
func (k BodyKind) String() string { return enumString(bodyKindText[:], "BodyKind", uint8(k)) }

// Label returns the Chinese name of k.
func (k BodyKind) Label() string { return enumLabel(bodyKindText[:], "BodyKind", uint8(k)) }

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [BodyKind.String]; the zero value encodes as "".
func (k BodyKind) MarshalText() ([]byte, error) {
	return enumMarshal(bodyKindText[:], "BodyKind", uint8(k))
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [BodyKind.String] and "" for the zero value.
func (k *BodyKind) UnmarshalText(text []byte) error {
	v, err := enumParse(bodyKindText[:], "BodyKind", string(text), true)
	if err != nil {
		return err
	}
	*k = BodyKind(v)
	return nil
}

// ParseBodyKind parses a BodyKind from its stable English code. It returns an
// [*UnknownTextError] for any other text, including "".
func ParseBodyKind(text string) (BodyKind, error) {
	v, err := enumParse(bodyKindText[:], "BodyKind", text, false)
	return BodyKind(v), err
}
