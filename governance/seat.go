package governance

import (
	"fmt"
)

// Seat is one of the six parties of a community's coordination mechanism
// (六位一体), as Chaoyang District names them. The zero Seat is not a valid
// seat. Seats are small comparable values; store and pass them by value.
//
// Source: the six parties are Chaoyang practice (seed article, rule C-1 of
// the reference); the frame of Party leadership over the residents'
// committee, owners' bodies and property service is Beijing Property
// Management Regulation art. 3.
type Seat uint8

// The six seats, in the order the source lists them.
const (
	SeatParty               Seat = 1 + iota // 社区党组织: the community Party organisation
	SeatResidentsCommittee                  // 居民委员会: the residents' committee
	SeatOwners                              // 业主委员会(物管会): owners' committee or property management committee
	SeatProperty                            // 物业服务企业(产权单位): property service provider or property-right unit
	SeatSocialOrganisations                 // 社区社会组织: community social organisations
	SeatJurisdictionUnits                   // 辖区单位: units in the jurisdiction
)

// Seats returns the six seats in order. It returns a fresh slice.
func Seats() []Seat {
	return []Seat{SeatParty, SeatResidentsCommittee, SeatOwners, SeatProperty, SeatSocialOrganisations, SeatJurisdictionUnits}
}

var seatText = [...]struct{ code, zh, en string }{
	SeatParty:               {"party_organisation", "社区党组织", "community Party organisation"},
	SeatResidentsCommittee:  {"residents_committee", "居民委员会", "residents' committee"},
	SeatOwners:              {"owners_body", "业主委员会（物管会）", "owners' committee or property management committee"},
	SeatProperty:            {"property_service", "物业服务企业（产权单位）", "property service provider or property-right unit"},
	SeatSocialOrganisations: {"social_organisations", "社区社会组织", "community social organisations"},
	SeatJurisdictionUnits:   {"jurisdiction_units", "辖区单位", "units in the jurisdiction"},
}

// IsValid reports whether s is one of the six seats.
func (s Seat) IsValid() bool { return s >= SeatParty && s <= SeatJurisdictionUnits }

// String returns the seat's stable English code, such as
// "residents_committee". An invalid seat prints as "%!Seat(n)".
func (s Seat) String() string {
	if !s.IsValid() {
		return fmt.Sprintf("%%!Seat(%d)", uint8(s))
	}
	return seatText[s].code
}

// Label returns the seat's Chinese name, such as "居民委员会".
func (s Seat) Label() string {
	if !s.IsValid() {
		return s.String()
	}
	return seatText[s].zh
}

// Description returns the seat's English name, such as "residents' committee".
func (s Seat) Description() string {
	if !s.IsValid() {
		return s.String()
	}
	return seatText[s].en
}

// MarshalText implements [encoding.TextMarshaler]. The encoding is the same
// as returned by [Seat.String]; the zero Seat encodes as "".
func (s Seat) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("governance: invalid Seat %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the forms
// of [Seat.String] and "" for the zero Seat.
func (s *Seat) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	v, err := ParseSeat(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeat parses a seat from its stable English code.
func ParseSeat(text string) (Seat, error) {
	for s := SeatParty; s <= SeatJurisdictionUnits; s++ {
		if seatText[s].code == text {
			return s, nil
		}
	}
	return 0, &UnknownTextError{Type: "Seat", Text: text}
}

// UnknownTextError reports text that names no value of an enumerated type.
type UnknownTextError struct {
	Type string // the Go type name, such as "Seat"
	Text string // the text that was not recognised
}

func (e *UnknownTextError) Error() string {
	return fmt.Sprintf("governance: unknown %s %q", e.Type, e.Text)
}
