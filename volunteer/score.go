package volunteer

import "fmt"

// Score is the lexicographic integer score of a rota; lower is better in
// every level, and a level only matters when all levels before it tie.
type Score struct {
	// Hard counts the deficits of minimum rules (MinEffort, MinConsecutive,
	// MinConsecutiveOff). Maximum rules are never broken by the planner.
	Hard int64 `json:"hard"`
	// Unfilled counts seats below the occurrences' Min.
	Unfilled int64 `json:"unfilled"`
	// Disruption counts assignments that differ from the published rota
	// (Repair only).
	Disruption int64 `json:"disruption"`
	// Soft is the weighted sum of the soft terms.
	Soft int64 `json:"soft"`
}

// Compare returns -1, 0 or +1 as s is better than, equal to or worse
// than t.
func (s Score) Compare(t Score) int {
	for _, p := range [4][2]int64{{s.Hard, t.Hard}, {s.Unfilled, t.Unfilled}, {s.Disruption, t.Disruption}, {s.Soft, t.Soft}} {
		if p[0] < p[1] {
			return -1
		}
		if p[0] > p[1] {
			return 1
		}
	}
	return 0
}

// Less reports whether s is strictly better than t.
func (s Score) Less(t Score) bool { return s.Compare(t) < 0 }

// String formats s as "hard/unfilled/disruption/soft".
func (s Score) String() string {
	return fmt.Sprintf("%d/%d/%d/%d", s.Hard, s.Unfilled, s.Disruption, s.Soft)
}
