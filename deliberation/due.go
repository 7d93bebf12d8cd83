package deliberation

import (
	"cmp"
	"slices"
	"time"
)

// Deadline is something due on a matter: the end of its current stage, or
// the closing of an open vote.
type Deadline struct {
	Stage   Stage     `json:"stage"`
	Vote    string    `json:"vote,omitempty"` // the vote due to close; "" for the stage
	Due     time.Time `json:"due"`
	Overdue bool      `json:"overdue"` // now is after Due
}

// Due lists what is due on m at now, earliest first: the current stage's
// deadline and the closing time of every open vote. The deadlines were
// computed in working days when the stage or vote began and are frozen in
// its event, so Due needs no policy and no calendar, and no background job
// is needed for a deadline to pass: whoever asks at now learns it.
// A closed matter has nothing due.
func Due(m Matter, now time.Time) []Deadline {
	if m.Stage == 0 || m.Stage == StageClosed {
		return nil
	}
	var ds []Deadline
	if !m.StageDue.IsZero() {
		ds = append(ds, Deadline{Stage: m.Stage, Due: m.StageDue, Overdue: now.After(m.StageDue)})
	}
	for _, v := range m.Votes {
		if !v.Closed && !v.Closes.IsZero() {
			ds = append(ds, Deadline{Stage: m.Stage, Vote: v.ID, Due: v.Closes, Overdue: now.After(v.Closes)})
		}
	}
	slices.SortStableFunc(ds, func(a, b Deadline) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Vote, b.Vote))
	})
	return ds
}

// stageOverdue reports whether m's current stage is past its deadline.
func (m *Matter) stageOverdue(now time.Time) bool {
	return m.Stage != StageClosed && !m.StageDue.IsZero() && now.After(m.StageDue)
}
