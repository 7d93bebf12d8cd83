package volunteer

import (
	"errors"
	"fmt"
	"sort"
)

// Code is the stable identifier of a finding: a validation problem in the
// input, a hard rule that excludes a volunteer from a seat, or a minimum rule
// that a rota misses. Codes are part of the API: their String form never
// changes once released. The zero value is not a valid code.
type Code int

// Validation codes: the input cannot be planned as given.
const (
	CodeEmptyID Code = 1 + iota
	CodeDuplicateID
	CodeUnknownBuilding
	CodeUnknownSpace
	CodeUnknownVolunteer
	CodeUnknownNeed
	CodeBadHorizon
	CodeBadDay
	CodeNegative
	CodeBadTeam
	CodeBadFloor
	CodeBadSchedule
	CodePrecedenceCycle
	CodePrecedenceInfeasible
	CodeCapBelowPinned
	CodePinnedConflict
	CodeInvalidKind
	CodeTooLarge

	// Exclusion codes: why one volunteer cannot take one seat.

	CodeSkill
	CodeTraineeAlone
	CodeUnavailable
	CodeDeclined
	CodeBusy
	CodeCap
	CodeMobility
	CodeOutOfRange
	CodeConsecutive
	CodeWeekends
	CodeSuccession
	CodePairing
	CodeTeamFull

	// Rota codes: what Evaluate reports about a whole rota.

	CodeMinEffort
	CodeMinConsecutive
	CodeMinDaysOff
	CodePrecedence
	CodeUnfilled
	codeEnd
)

var codeText = enumText{
	kind: "Code",
	names: []string{"",
		"empty_id", "duplicate_id", "unknown_building", "unknown_space", "unknown_volunteer", "unknown_need",
		"bad_horizon", "day_out_of_horizon", "negative_value", "bad_team_size", "bad_floor", "bad_schedule",
		"precedence_cycle", "precedence_infeasible", "cap_below_pinned", "pinned_conflict", "invalid_kind", "too_large",
		"no_skill", "trainee_unsupervised", "unavailable", "declined", "busy_that_day", "at_cap", "mobility",
		"out_of_range", "max_consecutive", "max_weekends", "forbidden_succession", "pairing", "team_full",
		"below_min_effort", "short_work_block", "short_rest_block", "precedence_violated", "unfilled",
	},
	labels: []string{"",
		"编号为空", "编号重复", "未知楼栋", "未知空间", "未知志愿者", "未知任务",
		"排班周期无效", "日期超出周期", "数值为负", "人数设置无效", "楼层无效", "频次设置无效",
		"先后顺序成环", "先后顺序无法满足", "上限低于已锁定工作量", "锁定安排冲突", "类型无效", "规模过大",
		"缺少技能", "学员无人带领", "不可服务", "已婉拒", "当天已有安排", "已达上限", "行动不便",
		"超出服务范围", "连续天数超限", "周末次数超限", "班次衔接禁止", "搭配规则", "人数已满",
		"低于最少工作量", "连续工作天数不足", "连续休息天数不足", "先后顺序未满足", "岗位空缺",
	},
}

// String returns the stable English identifier of c, such as "at_cap".
func (c Code) String() string { return codeText.name(int(c)) }

// Label returns the Chinese label of c, such as "已达上限".
func (c Code) Label() string { return codeText.label(int(c)) }

// IsValid reports whether c is a defined code.
func (c Code) IsValid() bool { return codeText.valid(int(c)) }

// MarshalText returns the same text as String; it fails on an invalid code.
func (c Code) MarshalText() ([]byte, error) { return codeText.marshal(int(c)) }

// UnmarshalText parses the text produced by MarshalText.
func (c *Code) UnmarshalText(b []byte) error {
	v, err := ParseCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCode parses a stable identifier such as "no_skill".
func ParseCode(s string) (Code, error) {
	v, err := codeText.parse(s)
	return Code(v), err
}

// Finding is one problem found in an input or a rota: a stable code, the
// path of the offending field (such as "volunteers[3].limits.period_effort")
// and a message in English and in Chinese.
type Finding struct {
	Code      Code   `json:"code"`
	Path      string `json:"path"`
	Message   string `json:"message"`
	MessageZH string `json:"message_zh"`
}

// Error returns the finding as "path: message".
func (f Finding) Error() string { return f.Path + ": " + f.Message }

// ErrInvalid is matched (errors.Is) by every Report returned as an error
// from Plan, Repair and Validate: the input was refused as a whole.
var ErrInvalid = errors.New("volunteer: invalid input")

// Report lists every finding about one input, in a deterministic order
// (sorted by path, then code). The zero value is an empty report ready to use.
type Report []Finding

func (r *Report) add(code Code, path, en, zh string, args ...any) {
	*r = append(*r, Finding{Code: code, Path: path, Message: fmt.Sprintf(en, args...), MessageZH: fmt.Sprintf(zh, args...)})
}

// Sort orders the findings by path, then code, then message.
func (r Report) Sort() {
	sort.SliceStable(r, func(i, j int) bool {
		if r[i].Path != r[j].Path {
			return r[i].Path < r[j].Path
		}
		if r[i].Code != r[j].Code {
			return r[i].Code < r[j].Code
		}
		return r[i].Message < r[j].Message
	})
}

// Err returns nil when r is empty, and r itself as an error otherwise.
func (r Report) Err() error {
	if len(r) == 0 {
		return nil
	}
	return r
}

// Error summarises the report: the first finding and how many follow.
func (r Report) Error() string {
	switch len(r) {
	case 0:
		return "volunteer: no findings"
	case 1:
		return "volunteer: " + r[0].Error()
	}
	return fmt.Sprintf("volunteer: %s (and %d more)", r[0].Error(), len(r)-1)
}

// Is reports whether target is ErrInvalid.
func (r Report) Is(target error) bool { return target == ErrInvalid }

// Has reports whether r holds a finding with code c.
func (r Report) Has(c Code) bool {
	for _, f := range r {
		if f.Code == c {
			return true
		}
	}
	return false
}
