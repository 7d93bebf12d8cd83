package volunteer

// SpaceKind is the kind of a shared space that residents claim. The zero
// value is not a valid kind.
type SpaceKind int

// The kinds of space in the Songliu story: stairwell floors, lobbies,
// corridor walls and the bike shed, plus anything else.
const (
	Stairwell SpaceKind = 1 + iota
	Lobby
	CorridorWall
	BikeShed
	OtherSpace
)

var spaceKindText = enumText{
	kind:   "SpaceKind",
	names:  []string{"", "stairwell", "lobby", "corridor_wall", "bike_shed", "other"},
	labels: []string{"", "楼道", "大堂", "走廊墙面", "车棚", "其他"},
}

// String returns the stable English identifier of k, such as "stairwell".
func (k SpaceKind) String() string { return spaceKindText.name(int(k)) }

// Label returns the Chinese label of k, such as "楼道".
func (k SpaceKind) Label() string { return spaceKindText.label(int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k SpaceKind) IsValid() bool { return spaceKindText.valid(int(k)) }

// MarshalText returns the same text as String; it fails on an invalid kind.
func (k SpaceKind) MarshalText() ([]byte, error) { return spaceKindText.marshal(int(k)) }

// UnmarshalText parses the text produced by MarshalText.
func (k *SpaceKind) UnmarshalText(b []byte) error {
	v, err := ParseSpaceKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseSpaceKind parses a stable identifier such as "lobby".
func ParseSpaceKind(s string) (SpaceKind, error) {
	v, err := spaceKindText.parse(s)
	return SpaceKind(v), err
}

// PairKind says how two volunteers relate when they are rostered.
type PairKind int

// Pair kinds, after the pairing families of Timefold's employee shift
// scheduling model (required, preferred, prohibited).
const (
	// Required: A takes a turn only on an occurrence where B also serves
	// (a helper with an elderly volunteer, a mentor with a trainee). Hard.
	Required PairKind = 1 + iota
	// Preferred: a soft bonus whenever A and B serve the same occurrence.
	Preferred
	// Prohibited: A and B never serve the same occurrence. Hard.
	Prohibited
)

var pairKindText = enumText{
	kind:   "PairKind",
	names:  []string{"", "required", "preferred", "prohibited"},
	labels: []string{"", "必须同组", "优先同组", "不得同组"},
}

// String returns the stable English identifier of k.
func (k PairKind) String() string { return pairKindText.name(int(k)) }

// Label returns the Chinese label of k.
func (k PairKind) Label() string { return pairKindText.label(int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k PairKind) IsValid() bool { return pairKindText.valid(int(k)) }

// MarshalText returns the same text as String; it fails on an invalid kind.
func (k PairKind) MarshalText() ([]byte, error) { return pairKindText.marshal(int(k)) }

// UnmarshalText parses the text produced by MarshalText.
func (k *PairKind) UnmarshalText(b []byte) error {
	v, err := ParsePairKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParsePairKind parses a stable identifier such as "prohibited".
func ParsePairKind(s string) (PairKind, error) {
	v, err := pairKindText.parse(s)
	return PairKind(v), err
}

// ChangeKind is the kind of a change that Repair applies to a published rota.
type ChangeKind int

// The changes that life brings to a published rota.
const (
	// DropOut: Volunteer serves no turn from Day on.
	DropOut ChangeKind = 1 + iota
	// AddVolunteer: NewVolunteer joins the pool.
	AddVolunteer
	// AddSpace: NewSpace and its NewNeeds join the estate.
	AddSpace
	// CloseSpace: Space needs no turn from Day on.
	CloseSpace
	// LiftOut: the lift of Building stops working from Day on.
	LiftOut
)

var changeKindText = enumText{
	kind:   "ChangeKind",
	names:  []string{"", "drop_out", "add_volunteer", "add_space", "close_space", "lift_out"},
	labels: []string{"", "志愿者退出", "新增志愿者", "新增空间", "关闭空间", "电梯停用"},
}

// String returns the stable English identifier of k.
func (k ChangeKind) String() string { return changeKindText.name(int(k)) }

// Label returns the Chinese label of k.
func (k ChangeKind) Label() string { return changeKindText.label(int(k)) }

// IsValid reports whether k is one of the defined kinds.
func (k ChangeKind) IsValid() bool { return changeKindText.valid(int(k)) }

// MarshalText returns the same text as String; it fails on an invalid kind.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeKindText.marshal(int(k)) }

// UnmarshalText parses the text produced by MarshalText.
func (k *ChangeKind) UnmarshalText(b []byte) error {
	v, err := ParseChangeKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseChangeKind parses a stable identifier such as "drop_out".
func ParseChangeKind(s string) (ChangeKind, error) {
	v, err := changeKindText.parse(s)
	return ChangeKind(v), err
}
