package deliberation

import (
	"testing"
	"time"
)

// TestSatisfactionBoundaries: the default threshold is at least 4/5 of the
// most points (inclusive), 基本满意 counting as satisfied: one rating
// below, at and above the boundary, over five and over ten ratings.
func TestSatisfactionBoundaries(t *testing.T) {
	s := BeijingPolicy().Satisfaction
	for _, c := range []struct {
		counts RatingCount
		met    bool
	}{
		{RatingCount{Satisfied: 3, Dissatisfied: 2}, false},          // 3/5, below
		{RatingCount{Satisfied: 4, Dissatisfied: 1}, true},           // 4/5, at: inclusive
		{RatingCount{Satisfied: 5}, true},                            // 5/5, above
		{RatingCount{Satisfied: 2, Basic: 2, Dissatisfied: 1}, true}, // basic counts as satisfied
		{RatingCount{Satisfied: 7, Dissatisfied: 3}, false},          // 7/10
		{RatingCount{Satisfied: 4, Basic: 4, Dissatisfied: 2}, true}, // 8/10
		{RatingCount{Satisfied: 9, Basic: 0, Dissatisfied: 1}, true}, // 9/10
		{RatingCount{}, false},                                       // no ratings never meet it
	} {
		if got := s.Met(c.counts); got != c.met {
			t.Errorf("Met(%+v) = %v, want %v", c.counts, got, c.met)
		}
	}
	// A stricter scale: basically satisfied worth half a point.
	s.Basic = 50
	for _, c := range []struct {
		counts RatingCount
		met    bool
	}{
		{RatingCount{Satisfied: 2, Basic: 3}, false}, // 350/500, below
		{RatingCount{Satisfied: 3, Basic: 2}, true},  // 400/500, at
		{RatingCount{Satisfied: 4, Basic: 1}, true},  // 450/500, above
	} {
		if got := s.Met(c.counts); got != c.met {
			t.Errorf("Met(%+v) with basic at half = %v, want %v", c.counts, got, c.met)
		}
	}
}

// TestDeadlineBoundaries: a stage is overdue only after its due time, not
// at it; Due reports the same.
func TestDeadlineBoundaries(t *testing.T) {
	p := BeijingPolicy()
	m, _ := run(t, p, lifecycle()[:1]) // raised: Collect has a deadline
	if m.StageDue.IsZero() {
		t.Fatal("Collect has no deadline in the Beijing policy")
	}
	for _, c := range []struct {
		at      time.Time
		overdue bool
	}{
		{m.StageDue.Add(-time.Nanosecond), false},
		{m.StageDue, false},
		{m.StageDue.Add(time.Nanosecond), true},
	} {
		if got := m.stageOverdue(c.at); got != c.overdue {
			t.Errorf("stageOverdue(due%+v) = %v, want %v", c.at.Sub(m.StageDue), got, c.overdue)
		}
		ds := Due(m, c.at)
		if len(ds) != 1 || ds[0].Overdue != c.overdue {
			t.Errorf("Due(due%+v) = %+v, want one deadline, overdue %v", c.at.Sub(m.StageDue), ds, c.overdue)
		}
	}
}
