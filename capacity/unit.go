package capacity

import (
	"fmt"
	"slices"
)

// UnitID identifies a building or compound within a community. IDs are
// chosen by the embedder and must be unique and non-empty.
type UnitID string

// HousingType is the kind of housing of a unit. The zero value means
// "not recorded".
type HousingType int

// The housing types the reference distinguishes.
const (
	// OldCompound is an old residential compound (老旧小区).
	OldCompound HousingType = 1 + iota
	// CommodityHousing is commodity housing (商品房).
	CommodityHousing
	// AffordableHousing is affordable or resettlement housing (保障性住房).
	AffordableHousing
	// CommercialResidential is mixed commercial and residential (商住混合).
	CommercialResidential
)

var housingNames = [...]string{"", "old_compound", "commodity_housing", "affordable_housing", "commercial_residential"}
var housingLabels = [...]string{"", "老旧小区", "商品房", "保障性住房", "商住混合"}

// String returns the stable English code of t.
func (t HousingType) String() string {
	if t.IsValid() {
		return housingNames[t]
	}
	return fmt.Sprintf("%%!HousingType(%d)", int(t))
}

// Label returns the Chinese label of t.
func (t HousingType) Label() string {
	if t.IsValid() {
		return housingLabels[t]
	}
	return t.String()
}

// IsValid reports whether t is one of the declared housing types.
func (t HousingType) IsValid() bool { return t >= OldCompound && t <= CommercialResidential }

// MarshalText returns the code of t; the zero value marshals as "".
func (t HousingType) MarshalText() ([]byte, error) {
	if t == 0 {
		return []byte{}, nil
	}
	if !t.IsValid() {
		return nil, fmt.Errorf("capacity: invalid housing type %d", int(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText parses the text produced by MarshalText.
func (t *HousingType) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = 0
		return nil
	}
	v, err := ParseHousingType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// ParseHousingType parses a stable code such as "old_compound".
func ParseHousingType(text string) (HousingType, error) {
	if i := slices.Index(housingNames[1:], text); i >= 0 {
		return HousingType(i + 1), nil
	}
	return 0, fmt.Errorf("capacity: unknown housing type %q", text)
}

// Unit is a building or a compound: the smallest piece a split moves.
// Buildings that name the same Compound are one atomic piece: a split
// never cuts a compound.
type Unit struct {
	ID UnitID `json:"id"`
	// Name is for people; it plays no part in planning.
	Name string `json:"name,omitempty"`
	// Households counts dwellings (户), the measure of the Beijing standard.
	Households int64 `json:"households"`
	Residents  int64 `json:"residents,omitempty"`
	// Elderly counts residents aged 60 or more; it cannot exceed Residents.
	Elderly int64       `json:"elderly,omitempty"`
	Housing HousingType `json:"housing,omitempty"`
	// Compound names the compound (小区) the unit belongs to; empty means
	// the unit stands alone.
	Compound string `json:"compound,omitempty"`
	// X and Y are optional coordinates (any planar unit); they play no
	// part in planning.
	X float64 `json:"x,omitempty"`
	Y float64 `json:"y,omitempty"`
}

// EdgeKind is what lies along the boundary between two adjacent units.
// The zero value means "not recorded".
type EdgeKind int

// The edge kinds.
const (
	// Road: the units face each other across a road.
	Road EdgeKind = 1 + iota
	// Wall: a wall separates them.
	Wall
	// Gate: a wall with a gate.
	Gate
	// Open: open ground, a shared yard or path.
	Open
)

var edgeKindNames = [...]string{"", "road", "wall", "gate", "open"}
var edgeKindLabels = [...]string{"", "道路", "围墙", "门", "开放"}

// String returns the stable English code of k.
func (k EdgeKind) String() string {
	if k.IsValid() {
		return edgeKindNames[k]
	}
	return fmt.Sprintf("%%!EdgeKind(%d)", int(k))
}

// Label returns the Chinese label of k.
func (k EdgeKind) Label() string {
	if k.IsValid() {
		return edgeKindLabels[k]
	}
	return k.String()
}

// IsValid reports whether k is one of the declared edge kinds.
func (k EdgeKind) IsValid() bool { return k >= Road && k <= Open }

// MarshalText returns the code of k; the zero value marshals as "".
func (k EdgeKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, fmt.Errorf("capacity: invalid edge kind %d", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses the text produced by MarshalText.
func (k *EdgeKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = 0
		return nil
	}
	v, err := ParseEdgeKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseEdgeKind parses a stable code such as "road".
func ParseEdgeKind(text string) (EdgeKind, error) {
	if i := slices.Index(edgeKindNames[1:], text); i >= 0 {
		return EdgeKind(i + 1), nil
	}
	return 0, fmt.Errorf("capacity: unknown edge kind %q", text)
}

// Edge says that two units are adjacent: residents can walk from one to
// the other without crossing a third. A split part must be connected
// through edges. Weight is what cutting the edge costs (shared boundary
// length, or a cost the embedder derives from Kind); zero means 1.
type Edge struct {
	A      UnitID   `json:"a"`
	B      UnitID   `json:"b"`
	Weight int64    `json:"weight,omitempty"`
	Kind   EdgeKind `json:"kind,omitempty"`
}

// weight returns the cost of cutting e.
func (e Edge) weight() int64 {
	if e.Weight == 0 {
		return 1
	}
	return e.Weight
}
