package governance

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"
)

func TestShareMet(t *testing.T) {
	tests := []struct {
		share       Share
		part, whole int64
		want        bool
		reason      string
	}{
		{AtLeast(2, 3), 199, 300, false, "one below two thirds"},
		{AtLeast(2, 3), 200, 300, true, "exactly two thirds: 以上 includes the number"},
		{AtLeast(2, 3), 201, 300, true, "one above two thirds"},
		{AtLeast(2, 3), 2, 4, false, "1/2 < 2/3 with no exact third"},
		{AtLeast(2, 3), 3, 4, true, "3/4 ≥ 2/3"},
		{MoreThan(1, 2), 49, 100, false, "one below half"},
		{MoreThan(1, 2), 50, 100, false, "exactly half: 过半数 excludes it"},
		{MoreThan(1, 2), 51, 100, true, "one above half"},
		{MoreThan(1, 2), 3, 5, true, "odd whole, 3 of 5"},
		{MoreThan(1, 2), 2, 5, false, "odd whole, 2 of 5"},
		{AtLeast(3, 4), 74, 100, false, "one below three quarters"},
		{AtLeast(3, 4), 75, 100, true, "exactly three quarters"},
		{AtLeast(3, 4), 76, 100, true, "one above three quarters"},
		{AtLeast(2, 3), 0, 0, false, "an empty whole never meets"},
		{AtLeast(0, 1), 0, 5, true, "a zero inclusive share is always met"},
		{AtLeast(2, 3), -1, 3, false, "a negative part never meets"},
		{Share{}, 1, 1, false, "the zero Share is invalid"},
		{AtLeast(2, 3), math.MaxInt64, math.MaxInt64, true, "no overflow at the top of int64"},
		{MoreThan(1, 2), math.MaxInt64 / 2, math.MaxInt64, false, "floor(max/2) is not more than half"},
		{MoreThan(1, 2), math.MaxInt64/2 + 1, math.MaxInt64, true, "ceil(max/2) is more than half"},
	}
	for _, tt := range tests {
		if got := tt.share.Met(tt.part, tt.whole); got != tt.want {
			t.Errorf("%v.Met(%d, %d) = %v; want %v (%s)", tt.share, tt.part, tt.whole, got, tt.want, tt.reason)
		}
	}
}

func TestShareCovers(t *testing.T) {
	tests := []struct {
		s, t   Share
		want   bool
		reason string
	}{
		{AtLeast(2, 3), AtLeast(2, 3), true, "equal shares cover each other"},
		{AtLeast(3, 4), AtLeast(2, 3), true, "a higher share is stricter"},
		{AtLeast(1, 2), AtLeast(2, 3), false, "a lower share relaxes"},
		{MoreThan(1, 2), AtLeast(1, 2), true, "strict covers inclusive at the same fraction"},
		{AtLeast(1, 2), MoreThan(1, 2), false, "inclusive half relaxes more-than-half"},
		{AtLeast(2, 4), MoreThan(1, 2), false, "2/4 is the same fraction as 1/2"},
		{AtLeast(51, 100), MoreThan(1, 2), true, "51% is stricter than more than half"},
	}
	for _, tt := range tests {
		if got := tt.s.Covers(tt.t); got != tt.want {
			t.Errorf("%v.Covers(%v) = %v; want %v (%s)", tt.s, tt.t, got, tt.want, tt.reason)
		}
	}
}

// TestShareAgainstRat checks Met and Needed against math/big's rationals.
func TestShareAgainstRat(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		den := rapid.Int64Range(1, 1000).Draw(t, "den")
		num := rapid.Int64Range(0, den).Draw(t, "num")
		s := Share{Num: num, Den: den, Inclusive: rapid.Bool().Draw(t, "inclusive")}
		whole := rapid.Int64Range(1, math.MaxInt64).Draw(t, "whole")
		part := rapid.Int64Range(0, whole).Draw(t, "part")

		c := new(big.Rat).SetFrac64(part, whole).Cmp(big.NewRat(num, den))
		want := c > 0 || (s.Inclusive && c == 0)
		if got := s.Met(part, whole); got != want {
			t.Fatalf("%v.Met(%d, %d) = %v; want %v", s, part, whole, got, want)
		}
		need := s.Needed(whole)
		if need < 0 {
			if s.Met(whole, whole) {
				t.Fatalf("%v.Needed(%d) = -1 but the whole meets it", s, whole)
			}
			return
		}
		if !s.Met(need, whole) || (need > 0 && s.Met(need-1, whole)) {
			t.Fatalf("%v.Needed(%d) = %d is not the smallest part that meets it", s, whole, need)
		}
	})
}
