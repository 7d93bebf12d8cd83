package volunteer

import "time"

// Volunteer is a resident who takes turns. Only pseudonymous IDs and
// capability flags are needed: no names, ages or diagnoses.
type Volunteer struct {
	ID string `json:"id"`
	// Household groups volunteers of one household for household fairness
	// and the household-together/apart rules; empty means a household of one.
	Household string `json:"household,omitempty"`
	// Building and Floor are the volunteer's home, for proximity.
	Building string `json:"building,omitempty"`
	Floor    int    `json:"floor,omitempty"`
	// Skills held, and skills the volunteer is a trainee in (may take such a
	// seat only next to a qualified person).
	Skills  []string `json:"skills,omitempty"`
	Trainee []string `json:"trainee,omitempty"`
	// Weekdays is the weekly availability pattern; empty means every day.
	Weekdays []time.Weekday `json:"weekdays,omitempty"`
	// Blackouts are days the volunteer cannot serve (Curtois days off).
	Blackouts []DayRange `json:"blackouts,omitempty"`
	// Declines are occurrences the volunteer has declined.
	Declines []Slot `json:"declines,omitempty"`
	// MaxStairFloor is the highest floor the volunteer can reach on foot;
	// stair tasks above it in a building without a working lift are
	// forbidden. 0 means no limit.
	MaxStairFloor int `json:"max_stair_floor,omitempty"`
	// Buildings, when set, restricts the volunteer to spaces in these
	// buildings and estate-wide spaces.
	Buildings []string `json:"buildings,omitempty"`
	// Limits are the volunteer's load rules.
	Limits Limits `json:"limits,omitzero"`
	// Preferences are weighted wishes (positive) and aversions (negative).
	Preferences []Preference `json:"preferences,omitempty"`
	// Ledger is the effort points carried over from past periods (积分 /
	// 时间银行); fairness counts them with the planned load.
	Ledger int `json:"ledger,omitempty"`
}

// Slot names one occurrence of a need by its scheduled day.
type Slot struct {
	Need string `json:"need"`
	Day  int    `json:"day"`
}

// Limits are hard load rules of one volunteer. A zero field means no limit.
// The maximum rules are never broken by a planned assignment; the minimum
// rules (MinEffort, MinConsecutive, MinConsecutiveOff) are counted in the
// hard level of the score, because only a whole rota can meet them.
type Limits struct {
	// PeriodEffort caps the effort points in each period of PeriodDays days
	// (periods start at day 0).
	PeriodDays   int `json:"period_days,omitempty"`
	PeriodEffort int `json:"period_effort,omitempty"`
	// WindowEffort caps the effort points in every rolling window of
	// WindowDays consecutive days.
	WindowDays   int `json:"window_days,omitempty"`
	WindowEffort int `json:"window_effort,omitempty"`
	// MaxEffort and MinEffort bound the effort over the horizon (Curtois
	// max and min total minutes).
	MaxEffort int `json:"max_effort,omitempty"`
	MinEffort int `json:"min_effort,omitempty"`
	// Tasks caps the number of turns per task type (Curtois per-shift max;
	// an explicit 0 forbids the task).
	Tasks []TaskLimit `json:"tasks,omitempty"`
	// MaxConsecutive caps consecutive days with a turn. MinConsecutive and
	// MinConsecutiveOff ask for work and rest blocks at least that long;
	// blocks that touch either end of the horizon are exempt.
	MaxConsecutive    int `json:"max_consecutive,omitempty"`
	MinConsecutive    int `json:"min_consecutive,omitempty"`
	MinConsecutiveOff int `json:"min_consecutive_off,omitempty"`
	// MaxWeekends caps the weekends (Saturday or Sunday, counted once) with
	// a turn. To forbid weekends, use Blackouts.
	MaxWeekends int `json:"max_weekends,omitempty"`
}

// TaskLimit caps the number of turns of one task type.
type TaskLimit struct {
	Task string `json:"task"`
	Max  int    `json:"max"`
}

// Preference is a weighted wish. Empty fields match anything; a preference
// matches an assignment when all its set fields match. Each matching
// assignment adds -Weight to the soft score: positive weights are wishes
// (Curtois shift-on requests), negative weights aversions (shift-off
// requests).
type Preference struct {
	Space    string         `json:"space,omitempty"`
	Task     string         `json:"task,omitempty"`
	Weekdays []time.Weekday `json:"weekdays,omitempty"`
	Days     []int          `json:"days,omitempty"`
	Weight   int64          `json:"weight"`
}

// Pair relates two volunteers; see PairKind.
type Pair struct {
	A    string   `json:"a"`
	B    string   `json:"b"`
	Kind PairKind `json:"kind"`
}

// Succession forbids a volunteer from doing task Then on the day after
// task First (Curtois "cannot follow" rotations).
type Succession struct {
	First string `json:"first"`
	Then  string `json:"then"`
}
