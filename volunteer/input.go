package volunteer

import "time"

// Input is everything Plan needs: the estate, the needs, the volunteers and
// the assignments already fixed. It is a plain value; Plan never changes it.
type Input struct {
	// Start is the date of day 0; only its weekday is used (for weekday
	// availability, preferences and weekends).
	Start time.Time `json:"start"`
	// Days is the length of the horizon.
	Days       int          `json:"days"`
	Estate     Estate       `json:"estate"`
	Needs      []Need       `json:"needs"`
	Volunteers []Volunteer  `json:"volunteers"`
	Pairs      []Pair       `json:"pairs,omitempty"`
	Forbidden  []Succession `json:"forbidden,omitempty"`
	// Pinned are accepted, self-claimed or past assignments: the planner
	// never moves them. Their Day must lie in the occurrence's window.
	Pinned []Assignment `json:"pinned,omitempty"`
}

// Assignment puts one volunteer on one occurrence of a need.
type Assignment struct {
	Need string `json:"need"`
	// Slot is the scheduled day of the occurrence; Day is the day it takes
	// place (equal to Slot unless the need has a Window).
	Slot      int    `json:"slot"`
	Day       int    `json:"day"`
	Volunteer string `json:"volunteer"`
	Pinned    bool   `json:"pinned,omitempty"`
	// Why justifies the assignment: the soft terms it contributes.
	Why []Term `json:"why,omitempty"`
}

// Term is one contribution of an assignment to the soft score: a reason
// code and the points it adds (negative points are rewards).
type Term struct {
	Reason string `json:"reason"`
	Points int64  `json:"points"`
}
