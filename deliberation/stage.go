package deliberation

// Stage is where a matter stands in the five steps 集、议、办、督、评, or
// closed after them. The zero Stage means "not yet raised": it is the stage
// of the zero [Matter], before the first event.
type Stage uint8

// The stages, in the order of the five steps.
const (
	StageCollect    Stage = 1 + iota // 集: raised, waiting to be admitted to the agenda
	StageDeliberate                  // 议: admitted; consultations and votes
	StageHandle                      // 办: a resolution was adopted and is being carried out
	StageSupervise                   // 督: completion claimed, under inspection
	StageEvaluate                    // 评: accepted, residents rate the outcome
	StageClosed                      // 结: no further step; see the matter's Closure
)

var stageText = [...]textEntry{
	StageCollect:    {"collect", "集"},
	StageDeliberate: {"deliberate", "议"},
	StageHandle:     {"handle", "办"},
	StageSupervise:  {"supervise", "督"},
	StageEvaluate:   {"evaluate", "评"},
	StageClosed:     {"closed", "结"},
}

// Stages returns the six stages in order. It returns a fresh slice.
func Stages() []Stage {
	return []Stage{StageCollect, StageDeliberate, StageHandle, StageSupervise, StageEvaluate, StageClosed}
}

// IsValid reports whether s is one of the six stages.
func (s Stage) IsValid() bool { return s >= StageCollect && s <= StageClosed }

// String returns the stable English code, such as "deliberate".
func (s Stage) String() string { return enumString(stageText[:], int(s), "Stage") }

// Label returns the Chinese name, such as "议".
func (s Stage) Label() string { return enumLabel(stageText[:], int(s), "Stage") }

// MarshalText implements [encoding.TextMarshaler]; the zero Stage encodes as "".
func (s Stage) MarshalText() ([]byte, error) { return enumMarshal(stageText[:], int(s), "Stage") }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Stage) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(stageText[:], text, "Stage")
	if err == nil {
		*s = Stage(v)
	}
	return err
}

// ParseStage parses a stage from its stable English code.
func ParseStage(text string) (Stage, error) {
	v, err := enumParse(stageText[:], text, "Stage")
	return Stage(v), err
}

// Closure says how a closed matter ended. The zero Closure means the
// matter is not closed.
type Closure uint8

// The ways a matter closes.
const (
	ClosureResolved   Closure = 1 + iota // 办结: evaluated at or above the satisfaction threshold
	ClosureDeclined                      // 不予受理: not admitted to the agenda, with a reason
	ClosureWithdrawn                     // 撤回: withdrawn by a raiser
	ClosureNotAdopted                    // 议而未决: deliberation ended without a resolution
	ClosureMerged                        // 合并: merged into another matter as a duplicate
	ClosureUnresolved                    // 未解决: below the satisfaction threshold at the reopen limit and the top of the ladder
)

var closureText = [...]textEntry{
	ClosureResolved:   {"resolved", "办结"},
	ClosureDeclined:   {"declined", "不予受理"},
	ClosureWithdrawn:  {"withdrawn", "撤回"},
	ClosureNotAdopted: {"not_adopted", "议而未决"},
	ClosureMerged:     {"merged", "合并办理"},
	ClosureUnresolved: {"unresolved", "未解决"},
}

// IsValid reports whether c is a defined closure.
func (c Closure) IsValid() bool { return c >= ClosureResolved && c <= ClosureUnresolved }

// String returns the stable English code, such as "resolved".
func (c Closure) String() string { return enumString(closureText[:], int(c), "Closure") }

// Label returns the Chinese name, such as "办结".
func (c Closure) Label() string { return enumLabel(closureText[:], int(c), "Closure") }

// MarshalText implements [encoding.TextMarshaler]; the zero Closure encodes as "".
func (c Closure) MarshalText() ([]byte, error) {
	return enumMarshal(closureText[:], int(c), "Closure")
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Closure) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(closureText[:], text, "Closure")
	if err == nil {
		*c = Closure(v)
	}
	return err
}

// ParseClosure parses a closure from its stable English code.
func ParseClosure(text string) (Closure, error) {
	v, err := enumParse(closureText[:], text, "Closure")
	return Closure(v), err
}
