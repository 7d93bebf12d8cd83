package governance

import (
	"fmt"
	"math/bits"
)

// Share is the exact fraction Num/Den of a whole together with the boundary
// the law gives it. Inclusive is the reading of "以上" and "不少于" (at least,
// part/whole ≥ Num/Den); a Share that is not Inclusive is the reading of
// "过半数" and "超过" (more than, part/whole > Num/Den). Civil Code art. 1259
// says that "以上" includes the number itself and "超过" does not; "过半数"
// is read as strictly more than half.
//
// Comparisons are done in 128-bit integer arithmetic, never in floating
// point, so no rounding can turn a failing vote into a passing one. The zero
// Share (0/0) is not valid.
type Share struct {
	Num       int64 `json:"num"`
	Den       int64 `json:"den"`
	Inclusive bool  `json:"inclusive"`
}

// AtLeast returns the inclusive share num/den ("以上", "不少于").
func AtLeast(num, den int64) Share { return Share{Num: num, Den: den, Inclusive: true} }

// MoreThan returns the strict share num/den ("过半数", "超过").
func MoreThan(num, den int64) Share { return Share{Num: num, Den: den} }

// IsValid reports whether s is a fraction between 0 and 1 with a positive
// denominator.
func (s Share) IsValid() bool { return s.Den > 0 && s.Num >= 0 && s.Num <= s.Den }

// String returns s as "≥2/3" or ">1/2".
func (s Share) String() string {
	op := ">"
	if s.Inclusive {
		op = "≥"
	}
	return fmt.Sprintf("%s%d/%d", op, s.Num, s.Den)
}

// Met reports whether part out of whole meets s. A negative part, a whole
// that is not positive and an invalid s never meet.
func (s Share) Met(part, whole int64) bool {
	if !s.IsValid() || part < 0 || whole <= 0 {
		return false
	}
	c := cmp128(mul128(uint64(part), uint64(s.Den)), mul128(uint64(s.Num), uint64(whole)))
	if s.Inclusive {
		return c >= 0
	}
	return c > 0
}

// Needed returns the smallest part out of whole that meets s. It returns -1
// when no part can (an invalid s, a whole that is not positive, or a strict
// share of 1/1).
func (s Share) Needed(whole int64) int64 {
	if !s.IsValid() || whole <= 0 {
		return -1
	}
	// q = floor(Num*whole / Den); Num ≤ Den keeps the high word below Den.
	hi, lo := bits.Mul64(uint64(s.Num), uint64(whole))
	q, r := bits.Div64(hi, lo, uint64(s.Den))
	need := int64(q)
	if s.Inclusive {
		if r != 0 {
			need++
		}
	} else {
		need++
	}
	if need > whole {
		return -1
	}
	return need
}

// Shortfall returns how much more part would be needed for s to be met out
// of whole: 0 when it is met, -1 when it cannot be.
func (s Share) Shortfall(part, whole int64) int64 {
	need := s.Needed(whole)
	if need < 0 {
		return -1
	}
	if part >= need {
		return 0
	}
	return need - part
}

// Covers reports whether every part that meets s also meets t: s is at
// least as demanding as t. A policy whose share does not cover the share
// fixed by national law relaxes the law.
func (s Share) Covers(t Share) bool {
	if !s.IsValid() || !t.IsValid() {
		return false
	}
	c := cmp128(mul128(uint64(s.Num), uint64(t.Den)), mul128(uint64(t.Num), uint64(s.Den)))
	switch {
	case c > 0:
		return true
	case c < 0:
		return false
	default: // equal fractions: only an inclusive s fails to cover a strict t
		return !s.Inclusive || t.Inclusive
	}
}

type uint128 struct{ hi, lo uint64 }

func mul128(a, b uint64) uint128 {
	hi, lo := bits.Mul64(a, b)
	return uint128{hi, lo}
}

func cmp128(a, b uint128) int {
	switch {
	case a.hi < b.hi:
		return -1
	case a.hi > b.hi:
		return 1
	case a.lo < b.lo:
		return -1
	case a.lo > b.lo:
		return 1
	}
	return 0
}
