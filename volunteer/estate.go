package volunteer

// DayRange is an inclusive range of horizon days, From ≤ To. Day 0 is the
// first day of the horizon (Input.Start).
type DayRange struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Contains reports whether day d lies in r.
func (r DayRange) Contains(d int) bool { return d >= r.From && d <= r.To }

// Building is one tower of the estate.
type Building struct {
	ID string `json:"id"`
	// Floors is the number of floors, numbered 1 (ground) to Floors.
	Floors int `json:"floors"`
	// Lift says whether the building has a lift at all.
	Lift bool `json:"lift,omitempty"`
	// LiftDown lists the days the lift is out of order.
	LiftDown []DayRange `json:"lift_down,omitempty"`
}

// LiftWorks reports whether b has a working lift on day d.
func (b Building) LiftWorks(d int) bool {
	if !b.Lift {
		return false
	}
	for _, r := range b.LiftDown {
		if r.Contains(d) {
			return false
		}
	}
	return true
}

// Space is a shared space that residents claim (空间认领): a stairwell
// floor, a lobby, a corridor wall, the bike shed.
type Space struct {
	ID   string    `json:"id"`
	Kind SpaceKind `json:"kind"`
	// Building is the tower the space is in; empty for estate-wide spaces
	// such as the bike shed.
	Building string `json:"building,omitempty"`
	// Floor is the floor of the space (1 = ground); 0 for estate-wide spaces.
	Floor int `json:"floor,omitempty"`
	// Adopter is the volunteer of record who adopted the space, if any.
	Adopter string `json:"adopter,omitempty"`
	// Tenure is the adopter's tenure; the zero range means the whole horizon.
	Tenure DayRange `json:"tenure,omitzero"`
}

// Estate is the compound: its buildings and its shared spaces.
type Estate struct {
	Buildings []Building `json:"buildings"`
	Spaces    []Space    `json:"spaces"`
}
