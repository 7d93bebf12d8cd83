package volunteer

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

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
	// Soft is the weighted sum of the soft terms (the largest volunteer
	// and household loads among them, Weights.MaxLoad and
	// HouseholdMaxLoad).
	Soft int64 `json:"soft"`
	// Fair is the lexicographic min-max level: every volunteer's load
	// (ledger plus planned effort points), largest first, compared
	// lexicographically: the smaller largest load wins, then the smaller
	// second largest, and so on. Set when Weights.Fairness is on.
	Fair LoadVector `json:"fair,omitzero"`
	// HouseholdFair is the same for household loads, compared after Fair.
	// Set when Weights.HouseholdFairness is on.
	HouseholdFair LoadVector `json:"household_fair,omitzero"`
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
	if c := s.Fair.Compare(t.Fair); c != 0 {
		return c
	}
	return s.HouseholdFair.Compare(t.HouseholdFair)
}

// Less reports whether s is strictly better than t.
func (s Score) Less(t Score) bool { return s.Compare(t) < 0 }

// String formats s as "hard/unfilled/disruption/soft" (the load vectors
// are in Result.Fairness).
func (s Score) String() string {
	return fmt.Sprintf("%d/%d/%d/%d", s.Hard, s.Unfilled, s.Disruption, s.Soft)
}

// LoadVector is a vector of non-negative effort loads sorted largest
// first, compared lexicographically (the min-max order). It is a
// comparable value (== works) and marshals to JSON as an array.
type LoadVector struct {
	// enc holds each load as 8 big-endian bytes, so that the byte order of
	// two encodings of the same length is the lexicographic order of the
	// vectors.
	enc string
}

// NewLoadVector returns the vector of loads sorted largest first.
// Negative loads count as 0 (loads are never negative in this model).
func NewLoadVector(loads []int64) LoadVector {
	l := slices.Clone(loads)
	slices.SortFunc(l, func(a, b int64) int { return cmp.Compare(b, a) })
	b := make([]byte, 8*len(l))
	for i, x := range l {
		binary.BigEndian.PutUint64(b[8*i:], uint64(max(0, x)))
	}
	return LoadVector{string(b)}
}

// Loads returns the loads, largest first.
func (l LoadVector) Loads() []int64 {
	out := make([]int64, len(l.enc)/8)
	for i := range out {
		out[i] = int64(binary.BigEndian.Uint64([]byte(l.enc[8*i : 8*i+8])))
	}
	return out
}

// Len is the number of loads.
func (l LoadVector) Len() int { return len(l.enc) / 8 }

// Compare returns -1, 0 or +1 as l is better (lexicographically smaller,
// largest loads first) than, equal to or worse than m. Vectors of one
// instance have the same length; a shorter vector that is a prefix of a
// longer one is smaller.
func (l LoadVector) Compare(m LoadVector) int { return strings.Compare(l.enc, m.enc) }

// MarshalJSON encodes l as an array of loads, largest first.
func (l LoadVector) MarshalJSON() ([]byte, error) { return json.Marshal(l.Loads()) }

// UnmarshalJSON decodes an array of loads (sorting it largest first).
func (l *LoadVector) UnmarshalJSON(b []byte) error {
	var x []int64
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*l = NewLoadVector(x)
	return nil
}

// Equal reports whether l and m hold the same loads (go-cmp uses it).
func (l LoadVector) Equal(m LoadVector) bool { return l.enc == m.enc }
