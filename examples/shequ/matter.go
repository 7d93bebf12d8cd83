package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/shequ/shequ/deliberation"
	"github.com/shequ/shequ/examples/internal/store"
	"github.com/shequ/shequ/governance"
)

// decideFunc decides one command on the working copy of the matter, applies
// its events, and returns the matter as it now stands.
type decideFunc func(c deliberation.Command) (deliberation.Matter, error)

// steps is what a mutating matter command does: one or more commands,
// decided in order on the working copy; all their events are stored in one
// transaction, or none.
type steps func(m deliberation.Matter, do decideFunc) error

// actorFlags are the flags every mutating matter command takes besides
// --as.
type actorFlags struct {
	seat     governance.Seat
	role     deliberation.Role
	calendar string
}

func (a *actorFlags) define(fs *flag.FlagSet) {
	fs.Var(&textValue{v: &a.seat}, "seat", bi("governance seat the actor acts for, e.g. party_organisation, residents_committee, property_service", "操作人所代表的席位，如 party_organisation、residents_committee、property_service"))
	a.role = deliberation.RoleResident
	fs.Var(&textValue{v: &a.role, s: "resident"}, "role", bi("role of the actor: resident, representative, supervisor, member, grid_worker, official", "操作人身份：resident、representative、supervisor、member、grid_worker、official"))
	fs.StringVar(&a.calendar, "calendar", "", bi("working-day calendar (deliberation.Calendar as JSON) for deadlines", "计算期限的工作日历（deliberation.Calendar 的 JSON）"))
}

// mutating builds a matter subcommand that changes a matter.
func mutating(name, args string, short, long text, define func(fs *flag.FlagSet, e *env) steps) *command {
	c := &command{name: name, args: args, minArgs: 1, maxArgs: 1, short: short, long: long}
	c.setup = func(fs *flag.FlagSet, e *env) func([]string) error {
		var af actorFlags
		af.define(fs)
		st := define(fs, e)
		return func(pos []string) error { return e.mutate(c, pos[0], af, st) }
	}
	return c
}

func matterCommand() *command {
	c := &command{
		name:  "matter",
		short: text{"drive matters through 集、议、办、督、评, stored in --db", "议题：集、议、办、督、评（存于 --db）"},
		long: text{"Each command decides with the deliberation package and appends the events to the SQLite store in one\ntransaction. When another writer changed the matter meanwhile, nothing is recorded: run the command again.\nThe acting person is --as ID with --seat and --role; the time is --at (default now).",
			"每条命令由 deliberation 包判定，事件在一个事务中追加到 SQLite 数据库。若其间议题已被他人修改，则不记录任何内容，请重新执行。\n操作人由 --as 编号及 --seat、--role 指定；时间为 --at（默认当前时间）。"},
	}
	return c.add(
		mutating("raise", "ID", text{"raise a new matter (集)", "提出新议题（集）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.StringVar(&d.Subject, "subject", "", bi("short public description (no personal data)", "简短的公开描述（不含个人信息）"))
			d.Channel, d.Scope, d.Category = deliberation.ChannelResident, deliberation.LevelBuilding, deliberation.CategoryOther
			fs.Var(&textValue{v: &d.Channel, s: "resident"}, "channel", bi("resident, wechat_group, hotline_12345, grid_worker, online_hall, representative", "提出渠道：resident、wechat_group、hotline_12345、grid_worker、online_hall、representative"))
			fs.Var(&textValue{v: &d.Scope, s: "building"}, "scope", bi("building, compound or community", "范围：building、compound 或 community"))
			fs.Var(&textValue{v: &d.Category, s: "other"}, "category", bi("common_parts, environment, accessibility, safety, property_service, parking, public_service, other", "类别：common_parts、environment、accessibility、safety、property_service、parking、public_service、other"))
			fs.StringVar(&d.Place, "place", "", bi("ID of the building, compound or community", "楼栋、小区或社区编号"))
			fs.StringVar(&d.Platform, "platform", "", bi("ID of the deliberation platform", "议事平台编号"))
			return func(_ deliberation.Matter, do decideFunc) error {
				_, err := do(deliberation.Command{Kind: deliberation.CmdRaise, Details: d})
				return err
			}
		}),
		mutating("admit", "ID", text{"admit a matter to deliberation, choosing form and level", "纳入议程，确定协商形式与层级"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			d.Form, d.Level = deliberation.FormMeeting, deliberation.LevelBuilding
			fs.Var(&textValue{v: &d.Form, s: "meeting"}, "form", bi("meeting, courtyard or online", "协商形式：meeting、courtyard 或 online"))
			fs.Var(&textValue{v: &d.Level, s: "building"}, "level", bi("building, compound or community", "层级：building、compound 或 community"))
			fs.Var(listValue{&d.Affected}, "affected", bi("IDs of affected residents who will rate the outcome (comma-separated)", "受影响、可参与评价的居民编号（逗号分隔）"))
			return one(deliberation.CmdAdmit, &d)
		}),
		mutating("consult", "ID", text{"record a consultation (议) with its attendees", "记录一次协商（议）及参会人"},
			text{"Attendees are ID:ROLE or ID:ROLE:SEAT, comma-separated, e.g. p-1:member:party_organisation,r-3201:resident.", "参会人格式为 编号:身份 或 编号:身份:席位，逗号分隔，如 p-1:member:party_organisation,r-3201:resident。"},
			func(fs *flag.FlagSet, e *env) steps {
				var d deliberation.Details
				var attendees []string
				d.Form = deliberation.FormMeeting
				fs.StringVar(&d.Consultation, "consultation", "", bi("ID of the consultation", "协商编号"))
				fs.Var(&textValue{v: &d.Form, s: "meeting"}, "form", bi("meeting, courtyard or online", "协商形式：meeting、courtyard 或 online"))
				fs.Var(listValue{&attendees}, "attendees", bi("attendees as ID:ROLE[:SEAT], comma-separated", "参会人，格式 编号:身份[:席位]，逗号分隔"))
				fs.StringVar(&d.Minutes, "minutes", "", bi("reference to the minutes", "会议纪要的编号"))
				return func(_ deliberation.Matter, do decideFunc) error {
					for i, a := range attendees {
						act, err := parseAttendee(a)
						if err != nil {
							return inputErr("--attendees", fmt.Sprintf("[%d]", i), "flag.attendee", err.(textError).t)
						}
						d.Attendees = append(d.Attendees, act)
					}
					_, err := do(deliberation.Command{Kind: deliberation.CmdConvene, Details: d})
					return err
				}
			}),
		mutating("vote", "ID", text{"open a vote on a proposal, tabling it first when --text is given", "就方案开始表决（给出 --text 时先提出方案）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			var proposalText, closes string
			rule := deliberation.RuleMajorityCast
			fs.StringVar(&d.Vote, "vote", "", bi("ID of the vote", "表决编号"))
			fs.StringVar(&d.Proposal, "proposal", "", bi("ID of the proposal", "方案编号"))
			fs.StringVar(&proposalText, "text", "", bi("text of a new proposal to table first", "先提出的新方案内容"))
			fs.StringVar(&d.Consultation, "consultation", "", bi("consultation the proposal is tabled at", "提出方案的协商编号"))
			fs.Var(&textValue{v: &rule, s: "majority_cast"}, "rule", bi("consensus, majority_cast, two_thirds, majority_members, owners_278", "表决规则：consensus、majority_cast、two_thirds、majority_members、owners_278"))
			fs.Var(listValue{&d.Members}, "members", bi("IDs of the members entitled to vote (comma-separated)", "有表决权的成员编号（逗号分隔）"))
			fs.StringVar(&closes, "closes", "", bi("when the vote is due to close (RFC 3339)", "表决截止时间（RFC 3339）"))
			return func(_ deliberation.Matter, do decideFunc) error {
				if closes != "" {
					t, err := parseTime(closes)
					if err != nil {
						return inputErr("--closes", "", "flag.time", tr("cannot read time %q", "无法识别时间 %q", closes))
					}
					d.Closes = t
				}
				if proposalText != "" {
					if _, err := do(deliberation.Command{Kind: deliberation.CmdTableProposal, Details: deliberation.Details{
						Consultation: d.Consultation, Proposal: d.Proposal, Text: proposalText}}); err != nil {
						return err
					}
				}
				// Through JSON, so that this reads the same whether Details
				// holds the rule by value or by pointer.
				if err := json.Unmarshal([]byte(`{"rule":{"kind":"`+rule.String()+`"}}`), &d); err != nil {
					return err
				}
				_, err := do(deliberation.Command{Kind: deliberation.CmdOpenVote, Details: d})
				return err
			}
		}),
		mutating("ballot", "ID", text{"cast a ballot in an open vote", "在进行中的表决中投票"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			d.Form = deliberation.FormMeeting
			fs.StringVar(&d.Vote, "vote", "", bi("ID of the vote", "表决编号"))
			fs.StringVar(&d.Voter, "voter", "", bi("the member or owner voting (default --as)", "投票的成员或业主（默认 --as）"))
			fs.Var(&textValue{v: &d.Choice}, "choice", bi("agree, oppose or abstain", "agree（同意）、oppose（反对）或 abstain（弃权）"))
			fs.Var(&textValue{v: &d.Form, s: "meeting"}, "form", bi("channel of the ballot: meeting, courtyard or online", "投票渠道：meeting、courtyard 或 online"))
			return func(_ deliberation.Matter, do decideFunc) error {
				if d.Voter == "" {
					d.Voter = e.as
				}
				_, err := do(deliberation.Command{Kind: deliberation.CmdCastBallot, Details: d})
				return err
			}
		}),
		mutating("resolve", "ID", text{"close a vote and adopt the resolution when it passed; or --conclude without one", "结束表决，通过则形成决议；或用 --conclude 议而未决"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			var conclude bool
			fs.StringVar(&d.Vote, "vote", "", bi("ID of the vote", "表决编号"))
			fs.StringVar(&d.Text, "text", "", bi("text of the resolution", "决议内容"))
			fs.BoolVar(&conclude, "conclude", false, bi("end deliberation without a resolution", "议而未决，结束协商"))
			fs.StringVar(&d.Reason, "reason", "", bi("why, with --conclude", "原因（配合 --conclude）"))
			return func(m deliberation.Matter, do decideFunc) error {
				if conclude {
					_, err := do(deliberation.Command{Kind: deliberation.CmdConclude, Details: deliberation.Details{Reason: d.Reason}})
					return err
				}
				for _, v := range m.Votes {
					if v.ID == d.Vote && !v.Closed {
						var err error
						if m, err = do(deliberation.Command{Kind: deliberation.CmdCloseVote, Details: deliberation.Details{Vote: d.Vote}}); err != nil {
							return err
						}
					}
				}
				for _, v := range m.Votes {
					if v.ID == d.Vote && v.Closed && !v.Tally.Passed() {
						return nil // the close is recorded; nothing to adopt
					}
				}
				_, err := do(deliberation.Command{Kind: deliberation.CmdAdopt, Details: d})
				return err
			}
		}),
		mutating("assign", "ID", text{"assign the resolution to a responsible body (办)", "将决议交办给责任主体（办）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			var due string
			fs.Var(&textValue{v: &d.Seat}, "to-seat", bi("seat of the responsible body", "责任主体的席位"))
			fs.StringVar(&d.Body, "to", "", bi("ID of the responsible body", "责任主体编号"))
			fs.Var(listValue{&d.Tasks}, "tasks", bi("tasks, comma-separated", "任务，逗号分隔"))
			fs.StringVar(&due, "due", "", bi("due date (default: the policy's working days)", "完成期限（默认按规则的工作日数）"))
			return func(_ deliberation.Matter, do decideFunc) error {
				if due != "" {
					t, err := parseTime(due)
					if err != nil {
						return inputErr("--due", "", "flag.time", tr("cannot read time %q", "无法识别时间 %q", due))
					}
					d.Due = t
				}
				_, err := do(deliberation.Command{Kind: deliberation.CmdAssign, Details: d})
				return err
			}
		}),
		mutating("progress", "ID", text{"report progress on the assigned work", "报告办理进展"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.IntVar(&d.Percent, "percent", 0, bi("per cent done, 0–100", "完成百分比，0–100"))
			fs.StringVar(&d.Text, "text", "", bi("progress note", "进展说明"))
			return one(deliberation.CmdReportProgress, &d)
		}),
		mutating("complete", "ID", text{"claim the work done, for supervision (督)", "申报办结，进入监督（督）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.StringVar(&d.Text, "text", "", bi("note", "说明"))
			return one(deliberation.CmdClaimDone, &d)
		}),
		mutating("inspect", "ID", text{"inspect the work and send it back with defects", "检查并退回整改，列出问题"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.Var(listValue{&d.Defects}, "defects", bi("defects found, comma-separated", "发现的问题，逗号分隔"))
			return one(deliberation.CmdSendBack, &d)
		}),
		mutating("accept", "ID", text{"accept the work after inspection, for evaluation (评)", "验收通过，进入评价（评）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.StringVar(&d.Text, "text", "", bi("note", "说明"))
			return one(deliberation.CmdAcceptWork, &d)
		}),
		mutating("rate", "ID", text{"rate the outcome as an affected resident", "受影响居民评价办理结果"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.Var(&textValue{v: &d.Rating}, "rating", bi("satisfied, basically_satisfied or dissatisfied", "satisfied（满意）、basically_satisfied（基本满意）或 dissatisfied（不满意）"))
			return one(deliberation.CmdRate, &d)
		}),
		mutating("close", "ID", text{"close the evaluation: resolved, or reopened when below the threshold", "结束评价：达标则办结，否则重新办理"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.Var(&textValue{v: &d.To}, "to", bi("where a failed evaluation reopens: handle or deliberate", "评价未达标时退回：handle 或 deliberate"))
			return one(deliberation.CmdCloseEvaluation, &d)
		}),
		mutating("escalate", "ID", text{"escalate an overdue matter one rung up the ladder", "逾期议题提级督办"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			var d deliberation.Details
			fs.StringVar(&d.Reason, "reason", "", bi("why", "原因"))
			return one(deliberation.CmdEscalate, &d)
		}),
		mutating("do", "ID", text{"apply any command given as JSON (deliberation.Command) with --command FILE", "执行 --command FILE 中以 JSON 给出的任意命令（deliberation.Command）"}, text{}, func(fs *flag.FlagSet, e *env) steps {
			file := fs.String("command", "", bi("file with the command as JSON; - for stdin", "命令 JSON 文件；- 表示标准输入"))
			return func(_ deliberation.Matter, do decideFunc) error {
				if *file == "" {
					return &usageError{msg: text{"matter do needs --command FILE", "matter do 需要 --command FILE"}}
				}
				data, err := e.readFile(*file)
				if err != nil {
					return err
				}
				var c deliberation.Command
				if err := decodeJSON(*file, data, &c); err != nil {
					return err
				}
				_, err = do(c)
				return err
			}
		}),
		matterMergeCommand(),
		matterShowCommand(),
		matterListCommand(),
		matterDueCommand(),
		matterMetricsCommand(),
		matterDiagramCommand(),
		&command{
			name: "verify", args: "[ID…]", maxArgs: -1,
			short: text{"verify the hash chains of matters (all when no ID is given)", "校验议题记录的哈希链（不给编号则校验全部）"},
			setup: func(fs *flag.FlagSet, e *env) func([]string) error {
				return func(ids []string) error { return e.verifyMatters(ids) }
			},
		},
	)
}

// one is the steps of a command that is a single library command.
func one(kind deliberation.CommandKind, d *deliberation.Details) steps {
	return func(_ deliberation.Matter, do decideFunc) error {
		_, err := do(deliberation.Command{Kind: kind, Details: *d})
		return err
	}
}

// textError carries a bilingual message through an error.
type textError struct{ t text }

func (e textError) Error() string { return e.t.en }

// parseAttendee reads ID:ROLE[:SEAT].
func parseAttendee(s string) (deliberation.Actor, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" {
		return deliberation.Actor{}, textError{tr("attendee %q: want ID:ROLE or ID:ROLE:SEAT", "参会人 %q：格式应为 编号:身份 或 编号:身份:席位", s)}
	}
	a := deliberation.Actor{ID: parts[0]}
	if err := a.Role.UnmarshalText([]byte(parts[1])); err != nil {
		return a, textError{tr("attendee %q: %v", "参会人 %q：身份无效（%v）", s, err)}
	}
	if len(parts) == 3 {
		if err := a.Seat.UnmarshalText([]byte(parts[2])); err != nil {
			return a, textError{tr("attendee %q: %v", "参会人 %q：席位无效（%v）", s, err)}
		}
	}
	return a, nil
}

// parseTime reads RFC 3339 or a date (Beijing time).
func parseTime(s string) (time.Time, error) {
	var err error
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04", "2006-01-02"} {
		var t time.Time
		if t, err = time.ParseInLocation(layout, s, beijing); err == nil {
			return t, nil
		}
	}
	return time.Time{}, err
}

// policy returns the Beijing deliberation policy with the --calendar file.
func (e *env) policy(calendar string) (deliberation.Policy, error) {
	p := deliberation.BeijingPolicy()
	if calendar == "" {
		return p, nil
	}
	data, err := e.readFile(calendar)
	if err != nil {
		return p, err
	}
	if err := decodeJSON(calendar, data, &p.Calendar); err != nil {
		return p, err
	}
	if probs := p.Calendar.Check(); len(probs) > 0 {
		ie := &inputError{}
		for _, pr := range probs {
			ie.problems = append(ie.problems, problem{File: calendar, Path: pr.Path, Code: string(pr.Code), msg: text{pr.Message, pr.MessageZH}})
		}
		return p, ie
	}
	return p, nil
}

// loadMatter reads a matter's stored events and replays them.
func (e *env) loadMatter(ctx context.Context, s *store.Store, id string) (deliberation.Matter, []deliberation.Event, error) {
	stored, err := s.Events(ctx, id)
	if err != nil {
		return deliberation.Matter{}, nil, err
	}
	evs := make([]deliberation.Event, 0, len(stored))
	for _, se := range stored {
		ev, err := deliberation.ParseEvent(se.Payload)
		if err != nil {
			return deliberation.Matter{}, nil, inputErr(e.db, fmt.Sprintf("matters.%s[%d]", id, se.Seq), "matter.event_unreadable",
				tr("stored event cannot be read: %v", "无法读取已存事件：%v", err))
		}
		evs = append(evs, ev)
	}
	if len(evs) == 0 {
		return deliberation.Matter{}, nil, nil
	}
	m, err := deliberation.Replay(evs)
	if err != nil {
		var ee *deliberation.EventError
		if errors.As(err, &ee) {
			return m, nil, inputErr(e.db, fmt.Sprintf("matters.%s[%d]", id, ee.Seq), string(ee.Code), text{ee.Message, ee.MessageZH})
		}
		return m, nil, inputErr(e.db, "matters."+id, "matter.replay", tr("%v", "%v", err))
	}
	return m, evs, nil
}

// mutate runs a mutating matter command: load, decide every step on a
// working copy, append all events in one transaction, print them.
func (e *env) mutate(c *command, id string, af actorFlags, st steps) error {
	if _, err := e.needAs(c); err != nil {
		return err
	}
	at, err := e.when()
	if err != nil {
		return err
	}
	p, err := e.policy(af.calendar)
	if err != nil {
		return err
	}
	s, err := e.openStore()
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	m, _, err := e.loadMatter(ctx, s, id)
	if err != nil {
		return err
	}
	actor := deliberation.Actor{ID: e.as, Seat: af.seat, Role: af.role}
	working := m.Clone()
	var out []deliberation.Event
	do := func(cmd deliberation.Command) (deliberation.Matter, error) {
		cmd.Matter = id
		if cmd.Actor == (deliberation.Actor{}) {
			cmd.Actor = actor
		}
		evs, err := deliberation.Decide(working, cmd, at, p)
		if err != nil {
			return working, refusedError(id, err)
		}
		for _, ev := range evs {
			if err := working.Apply(ev); err != nil {
				return working, fmt.Errorf("applying %s: %w", ev.Kind, err)
			}
		}
		out = append(out, evs...)
		return working, nil
	}
	if err := st(working, do); err != nil {
		return err
	}
	if len(out) == 0 {
		return e.printMatterChange(working, nil)
	}
	news := make([]store.NewEvent, len(out))
	for i, ev := range out {
		payload, err := json.Marshal(ev)
		if err != nil {
			return err
		}
		news[i] = store.NewEvent{Kind: ev.Kind.String(), Payload: payload, RecordedAt: ev.At}
	}
	if e.beforeAppend != nil {
		e.beforeAppend()
	}
	stored, err := s.Append(ctx, id, int64(m.Seq), news)
	var ce *store.ConflictError
	if errors.As(err, &ce) {
		return inputErr(e.db, "matters."+id, "matter.conflict",
			tr("another writer changed the matter (event %d is now the last, not %d); nothing was recorded: run the command again",
				"议题已被他人修改（最新事件为第 %d 个而非第 %d 个），本次未记录任何内容，请重新执行", ce.Actual, ce.Expected))
	}
	if err != nil {
		return err
	}
	for i := range stored {
		if uint64(stored[i].Seq) != out[i].Seq {
			return fmt.Errorf("store numbered event %d as %d", out[i].Seq, stored[i].Seq)
		}
	}
	return e.printMatterChange(working, out)
}

// refusedError turns Decide's refusal into problems.
func refusedError(id string, err error) error {
	var re *deliberation.RefusedError
	if !errors.As(err, &re) {
		return inputErr(id, "", "matter.refused", tr("%v", "%v", err))
	}
	ie := &inputError{}
	for _, p := range re.Problems {
		ie.problems = append(ie.problems, problem{File: id, Path: p.Path, Code: string(p.Code), msg: text{p.Message, p.MessageZH}})
	}
	return ie
}

// matterChangeJSON is the --json output of a mutating command.
type matterChangeJSON struct {
	Matter deliberation.Matter  `json:"matter"`
	Events []deliberation.Event `json:"events"`
}

func (e *env) printMatterChange(m deliberation.Matter, evs []deliberation.Event) error {
	if e.json {
		if evs == nil {
			evs = []deliberation.Event{}
		}
		return writeJSON(e.stdout, matterChangeJSON{Matter: m, Events: evs})
	}
	for _, ev := range evs {
		fmt.Fprintln(e.stdout, e.eventLine(ev))
	}
	fmt.Fprintln(e.stdout, e.matterLine(m))
	return nil
}

// eventLine is one event for people: Describe in English, a short form in
// Chinese.
func (e *env) eventLine(ev deliberation.Event) string {
	if e.lang == langZH {
		return fmt.Sprintf("#%d %s（%s）%s %s", ev.Seq, ev.Kind.Label(), ev.Kind, ev.Actor, ev.At.In(beijing).Format("2006-01-02 15:04"))
	}
	return deliberation.Describe(ev)
}

// matterLine summarises a matter's position in one line.
func (e *env) matterLine(m deliberation.Matter) string {
	stage := m.Stage.String()
	if e.lang == langZH {
		stage = m.Stage.Label()
	}
	line := tr("matter %s: %s", "议题 %s：%s", m.ID, stage).in(e.lang)
	if m.Closure != 0 {
		cl := m.Closure.String()
		if e.lang == langZH {
			cl = m.Closure.Label()
		}
		line += " (" + cl + ")"
	}
	if !m.StageDue.IsZero() && m.Stage != deliberation.StageClosed {
		line += tr(", due %s", "，期限 %s", m.StageDue.In(beijing).Format("2006-01-02")).in(e.lang)
	}
	return line
}

// needAs returns --as or a usage error.
func (e *env) needAs(c *command) (string, error) {
	if e.as == "" {
		return "", &usageError{cmd: c, msg: tr("%s needs --as ID, the person acting", "%s 需要 --as 操作人编号", c.path())}
	}
	return e.as, nil
}

// matterMergeCommand merges a duplicate matter into the one it repeats:
// two matters change, in one transaction.
func matterMergeCommand() *command {
	c := &command{
		name: "merge", args: "KEEP DUP", minArgs: 2, maxArgs: 2,
		short: text{"merge matter DUP into KEEP, which takes its raisers (both change in one transaction)", "将重复议题 DUP 合并到 KEEP（两者在同一事务中更新）"},
	}
	c.setup = func(fs *flag.FlagSet, e *env) func([]string) error {
		var af actorFlags
		af.define(fs)
		return func(args []string) error {
			keepID, dupID := args[0], args[1]
			if keepID == dupID {
				return &usageError{cmd: c, msg: text{"a matter cannot be merged into itself", "议题不能与自身合并"}}
			}
			if _, err := e.needAs(c); err != nil {
				return err
			}
			at, err := e.when()
			if err != nil {
				return err
			}
			p, err := e.policy(af.calendar)
			if err != nil {
				return err
			}
			s, err := e.openStore()
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := context.Background()
			actor := deliberation.Actor{ID: e.as, Seat: af.seat, Role: af.role}
			var batches []store.Batch
			var all []deliberation.Event
			var after []deliberation.Matter
			for _, step := range []struct {
				id  string
				cmd func(keep, dup deliberation.Matter) deliberation.Command
			}{
				{keepID, func(keep, dup deliberation.Matter) deliberation.Command {
					return deliberation.Command{Kind: deliberation.CmdMergeDuplicate, Details: deliberation.Details{Other: dupID, Raisers: dup.Raisers}}
				}},
				{dupID, func(keep, dup deliberation.Matter) deliberation.Command {
					return deliberation.Command{Kind: deliberation.CmdMarkDuplicate, Details: deliberation.Details{Other: keepID}}
				}},
			} {
				keep, _, err := e.loadMatter(ctx, s, keepID)
				if err != nil {
					return err
				}
				dup, _, err := e.loadMatter(ctx, s, dupID)
				if err != nil {
					return err
				}
				m := keep
				if step.id == dupID {
					m = dup
				}
				cmd := step.cmd(keep, dup)
				cmd.Matter, cmd.Actor = step.id, actor
				evs, err := deliberation.Decide(m, cmd, at, p)
				if err != nil {
					return refusedError(step.id, err)
				}
				working := m.Clone()
				news := make([]store.NewEvent, len(evs))
				for i, ev := range evs {
					if err := working.Apply(ev); err != nil {
						return err
					}
					payload, err := json.Marshal(ev)
					if err != nil {
						return err
					}
					news[i] = store.NewEvent{Kind: ev.Kind.String(), Payload: payload, RecordedAt: ev.At}
				}
				batches = append(batches, store.Batch{Matter: step.id, ExpectedSeq: int64(m.Seq), Events: news})
				all = append(all, evs...)
				after = append(after, working)
			}
			if e.beforeAppend != nil {
				e.beforeAppend()
			}
			if _, err := s.AppendBatch(ctx, batches); err != nil {
				var ce *store.ConflictError
				if errors.As(err, &ce) {
					return inputErr(e.db, "matters."+ce.Matter, "matter.conflict",
						tr("another writer changed the matter (event %d is now the last, not %d); nothing was recorded: run the command again",
							"议题已被他人修改（最新事件为第 %d 个而非第 %d 个），本次未记录任何内容，请重新执行", ce.Actual, ce.Expected))
				}
				return err
			}
			if e.json {
				return writeJSON(e.stdout, map[string]any{"matters": after, "events": all})
			}
			for _, ev := range all {
				fmt.Fprintln(e.stdout, e.eventLine(ev))
			}
			for _, m := range after {
				fmt.Fprintln(e.stdout, e.matterLine(m))
			}
			return nil
		}
	}
	return c
}
