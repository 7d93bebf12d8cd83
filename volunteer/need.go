package volunteer

// Need is a recurring task on a space: what to do, how often, how much
// effort one turn costs and how many people it takes. Each date of its
// schedule is an occurrence; each occurrence has up to Max seats.
type Need struct {
	ID    string `json:"id"`
	Space string `json:"space"`
	// Task is the task type ("clean", "flyers", "repaint", "exhibition";
	// for staff rosters, the shift type).
	Task string `json:"task"`
	// Days lists the occurrence days explicitly. When empty, the need
	// recurs every Every days starting at First, up to the horizon's end.
	Days  []int `json:"days,omitempty"`
	First int   `json:"first,omitempty"`
	Every int   `json:"every,omitempty"`
	// Window makes an occurrence flexible: it may take place on any day from
	// its scheduled day to that day plus Window (remove flyers any day this
	// week: Window 6). The planner picks the day.
	Window int `json:"window,omitempty"`
	// Effort is the effort points one person earns for one turn (minutes
	// for staff rosters). Fairness and caps are measured in these points.
	Effort int `json:"effort"`
	// Min seats must be filled, else the occurrence counts unfilled seats;
	// Target seats are wanted (each seat short costs UnderWeight); up to Max
	// may serve (each seat above Target costs OverWeight). 0 ≤ Min ≤ Target
	// ≤ Max, Max ≥ 1.
	Min    int `json:"min"`
	Target int `json:"target"`
	Max    int `json:"max"`
	// UnderWeight and OverWeight override Weights.Under and Weights.Over
	// for this need when positive.
	UnderWeight int64 `json:"under_weight,omitempty"`
	OverWeight  int64 `json:"over_weight,omitempty"`
	// Skill, when set, is required: a volunteer needs it, or is a trainee
	// in it and serves next to a qualified person on the same occurrence.
	Skill string `json:"skill,omitempty"`
	// Stairs says the task is reached on foot, so mobility limits apply
	// where the building has no working lift.
	Stairs bool `json:"stairs,omitempty"`
	// After names a need that must precede this one by at least Lag days
	// (repaint, then at least two days, then the exhibition). Occurrence k
	// of this need follows the latest occurrence of After scheduled on or
	// before its own scheduled day.
	After string `json:"after,omitempty"`
	Lag   int    `json:"lag,omitempty"`
}

// schedule returns the scheduled days of n within a horizon of days days.
func (n Need) schedule(days int) []int {
	if len(n.Days) > 0 {
		return n.Days
	}
	if n.Every <= 0 {
		return nil
	}
	var out []int
	for d := n.First; d < days; d += n.Every {
		out = append(out, d)
	}
	return out
}
