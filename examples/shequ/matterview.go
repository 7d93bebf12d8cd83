package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/shequ/shequ/deliberation"
	"github.com/shequ/shequ/examples/internal/store"
)

// allMatters loads every stored matter (or those named), in ID order.
func (e *env) allMatters(ctx context.Context, s *store.Store, ids []string) ([]deliberation.Matter, error) {
	if len(ids) == 0 {
		heads, err := s.Matters(ctx)
		if err != nil {
			return nil, err
		}
		for _, h := range heads {
			ids = append(ids, h.Matter)
		}
	}
	var ms []deliberation.Matter
	for _, id := range ids {
		m, evs, err := e.loadMatter(ctx, s, id)
		if err != nil {
			return nil, err
		}
		if len(evs) == 0 {
			return nil, inputErr(e.db, "matters."+id, "matter.not_found", tr("no matter %s", "没有议题 %s", id))
		}
		ms = append(ms, m)
	}
	return ms, nil
}

// withStore opens the store for a read-only command.
func (e *env) withStore(f func(ctx context.Context, s *store.Store) error) error {
	s, err := e.openExisting()
	if err != nil {
		return err
	}
	defer s.Close()
	return f(context.Background(), s)
}

func matterShowCommand() *command {
	return &command{
		name: "show", args: "ID", minArgs: 1, maxArgs: 1,
		short: text{"show a matter's state, its people and (with --events) its history", "查看议题状态、相关人员及（--events）全部记录"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			withEvents := fs.Bool("events", false, bi("also list every event", "同时列出全部事件"))
			return func(args []string) error {
				return e.withStore(func(ctx context.Context, s *store.Store) error {
					id := args[0]
					m, evs, err := e.loadMatter(ctx, s, id)
					if err != nil {
						return err
					}
					if len(evs) == 0 {
						return inputErr(e.db, "matters."+id, "matter.not_found", tr("no matter %s", "没有议题 %s", id))
					}
					if e.json {
						out := matterChangeJSON{Matter: m}
						if *withEvents {
							out.Events = evs
						}
						return writeJSON(e.stdout, out)
					}
					fmt.Fprintln(e.stdout, e.matterLine(m))
					e.printMatterDetail(m)
					// People, from the persons table: the history holds IDs only.
					var people []string
					seen := map[string]bool{}
					for _, p := range append(append([]string{}, m.Raisers...), m.Affected...) {
						if !seen[p] {
							seen[p] = true
							people = append(people, p)
						}
					}
					if len(people) > 0 {
						fmt.Fprintln(e.stdout, text{"people (from the persons table):", "相关人员（来自人员表）："}.in(e.lang))
						for _, id := range people {
							name := text{"(not registered)", "（未登记）"}.in(e.lang)
							if p, err := s.Person(ctx, id); err == nil {
								name = p.Name
								if !p.ErasedAt.IsZero() {
									name = text{"(erased)", "（已删除）"}.in(e.lang)
								}
							}
							fmt.Fprintf(e.stdout, "  %s %s\n", id, name)
						}
					}
					if *withEvents {
						fmt.Fprintln(e.stdout, text{"events:", "事件："}.in(e.lang))
						for _, ev := range evs {
							fmt.Fprintf(e.stdout, "  %s\n", e.eventLine(ev))
						}
					}
					return nil
				})
			}
		},
	}
}

// matterRow is one matter in list.
type matterRow struct {
	ID      string `json:"id"`
	Stage   string `json:"stage"`
	Closure string `json:"closure,omitempty"`
	Subject string `json:"subject"`
	Raised  string `json:"raised"`
	Due     string `json:"due,omitempty"`
	Events  uint64 `json:"events"`
}

func matterListCommand() *command {
	return &command{
		name: "list", maxArgs: 0,
		short: text{"list all matters", "列出全部议题"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			return func([]string) error {
				return e.withStore(func(ctx context.Context, s *store.Store) error {
					ms, err := e.allMatters(ctx, s, nil)
					if err != nil {
						return err
					}
					rows := []matterRow{}
					for _, m := range ms {
						r := matterRow{ID: m.ID, Stage: m.Stage.String(), Subject: m.Subject, Raised: m.RaisedAt.In(beijing).Format("2006-01-02"), Events: m.Seq}
						if m.Closure != 0 {
							r.Closure = m.Closure.String()
						}
						if !m.StageDue.IsZero() && m.Stage != deliberation.StageClosed {
							r.Due = m.StageDue.In(beijing).Format("2006-01-02")
						}
						rows = append(rows, r)
					}
					if e.json {
						return writeJSON(e.stdout, rows)
					}
					t := newTable(e.lang, text{"MATTER", "议题"}, text{"STAGE", "阶段"}, text{"RAISED", "提出"}, text{"DUE", "期限"}, text{"EVENTS", "事件数"}, text{"SUBJECT", "事由"})
					for i, r := range rows {
						stage := r.Stage
						if e.lang == langZH {
							stage = ms[i].Stage.Label()
						}
						if r.Closure != "" {
							stage += "/" + r.Closure
						}
						t.row(r.ID, stage, r.Raised, r.Due, r.Events, r.Subject)
					}
					t.write(e.stdout)
					return nil
				})
			}
		},
	}
}

// dueRow is one deadline in due.
type dueRow struct {
	Matter string `json:"matter"`
	deliberation.Deadline
}

func matterDueCommand() *command {
	return &command{
		name: "due", args: "[ID…]", maxArgs: -1,
		short: text{"list what is due or overdue at --at (default now)", "列出截至 --at（默认当前）到期或逾期的事项"},
		long: text{"Deadlines are frozen in the events when a stage begins, so no background job is needed. Exits 1 when something is overdue.",
			"期限在进入阶段时即写入事件，无需后台任务。有逾期事项时退出码为 1。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			return func(ids []string) error {
				now, err := e.when()
				if err != nil {
					return err
				}
				return e.withStore(func(ctx context.Context, s *store.Store) error {
					ms, err := e.allMatters(ctx, s, ids)
					if err != nil {
						return err
					}
					rows := []dueRow{}
					overdue := false
					for _, m := range ms {
						for _, d := range deliberation.Due(m, now) {
							rows = append(rows, dueRow{Matter: m.ID, Deadline: d})
							overdue = overdue || d.Overdue
						}
					}
					if e.json {
						writeJSON(e.stdout, rows)
					} else {
						t := newTable(e.lang, text{"MATTER", "议题"}, text{"STAGE", "阶段"}, text{"VOTE", "表决"}, text{"DUE", "期限"}, text{"STATUS", "状态"})
						for _, r := range rows {
							stage, status := r.Stage.String(), text{"due", "未到期"}
							if e.lang == langZH {
								stage = r.Stage.Label()
							}
							if r.Overdue {
								status = text{"OVERDUE", "已逾期"}
							}
							t.row(r.Matter, stage, r.Vote, r.Due.In(beijing).Format("2006-01-02 15:04"), status.in(e.lang))
						}
						t.write(e.stdout)
					}
					if overdue {
						return failed{}
					}
					return nil
				})
			}
		},
	}
}

func matterMetricsCommand() *command {
	return &command{
		name: "metrics", maxArgs: 0,
		short: text{"response, resolution and satisfaction rates of the matters raised in a period", "统计期内议题的响应率、解决率、满意率"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			from := fs.String("from", "", bi("first day of the period (default: all)", "统计期起始日（默认全部）"))
			to := fs.String("to", "", bi("last day of the period, exclusive (default: --at)", "统计期截止日（不含；默认 --at）"))
			return func([]string) error {
				end, err := e.when()
				if err != nil {
					return err
				}
				var start = end.AddDate(-100, 0, 0)
				if *from != "" {
					if start, err = parseTime(*from); err != nil {
						return &usageError{msg: tr("--from: cannot read time %q", "--from：无法识别时间 %q", *from)}
					}
				}
				if *to != "" {
					if end, err = parseTime(*to); err != nil {
						return &usageError{msg: tr("--to: cannot read time %q", "--to：无法识别时间 %q", *to)}
					}
				}
				return e.withStore(func(ctx context.Context, s *store.Store) error {
					ms, err := e.allMatters(ctx, s, nil)
					if err != nil {
						return err
					}
					rep := deliberation.Metrics(ms, start, end, deliberation.BeijingPolicy())
					if e.json {
						return writeJSON(e.stdout, rep)
					}
					a := rep.All
					t := newTable(e.lang, text{"FIGURE", "指标"}, text{"VALUE", "数值"})
					t.row(text{"matters", "议题数"}.in(e.lang), a.Matters)
					t.row(text{"excluded (withdrawn, merged)", "不计（撤回、合并）"}.in(e.lang), a.Excluded)
					for _, r := range []struct {
						label text
						rate  deliberation.Rate
					}{
						{text{"response rate", "响应率"}, a.Response},
						{text{"resolution rate", "解决率"}, a.Resolution},
						{text{"satisfaction rate", "满意率"}, a.Satisfaction},
						{text{"overdue", "逾期率"}, a.Overdue},
						{text{"reopened", "重办率"}, a.Reopen},
					} {
						t.row(r.label.in(e.lang), rateText(r.rate))
					}
					score := "-"
					if a.Score >= 0 {
						score = fmt.Sprintf("%d.%02d%%", a.Score/100, a.Score%100)
					}
					t.row(text{"composite score", "综合得分"}.in(e.lang), score)
					t.write(e.stdout)
					return nil
				})
			}
		},
	}
}

// rateText prints an exact rate as "num/den (pp.pp%)".
func rateText(r deliberation.Rate) string {
	if r.Den == 0 {
		return "-"
	}
	bp := r.BasisPoints()
	return fmt.Sprintf("%d/%d (%d.%02d%%)", r.Num, r.Den, bp/100, bp%100)
}

func matterDiagramCommand() *command {
	return &command{
		name: "diagram", maxArgs: 0,
		short: text{"print the workflow as a Mermaid state diagram", "以 Mermaid 状态图输出议事流程"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			return func([]string) error {
				if e.json {
					return writeJSON(e.stdout, map[string]string{"mermaid": deliberation.Diagram()})
				}
				fmt.Fprint(e.stdout, strings.TrimRight(deliberation.Diagram(), "\n")+"\n")
				return nil
			}
		},
	}
}

// verifyResult is one matter's chain check.
type verifyResult struct {
	Matter string `json:"matter"`
	Events int    `json:"events"`
	OK     bool   `json:"ok"`
	Seq    int64  `json:"broken_at,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// verifyMatters checks both chains of each matter: the store's over the
// rows, and the deliberation package's over the events themselves.
func (e *env) verifyMatters(ids []string) error {
	return e.withStore(func(ctx context.Context, s *store.Store) error {
		if len(ids) == 0 {
			heads, err := s.Matters(ctx)
			if err != nil {
				return err
			}
			for _, h := range heads {
				ids = append(ids, h.Matter)
			}
		}
		results := []verifyResult{}
		var bad []problem
		for _, id := range ids {
			evs, err := s.Events(ctx, id)
			if err != nil {
				return err
			}
			if len(evs) == 0 {
				return inputErr(e.db, "matters."+id, "matter.not_found", tr("no matter %s", "没有议题 %s", id))
			}
			r := verifyResult{Matter: id, Events: len(evs), OK: true}
			var ce *store.ChainError
			if err := store.VerifyChain(evs); errors.As(err, &ce) {
				r.OK, r.Seq, r.Reason = false, ce.Seq, ce.Reason
				bad = append(bad, problem{File: e.db, Path: "matters." + id, Code: "matter.chain_broken",
					msg: tr("event %d: %s", "第 %d 个事件：哈希链断裂（%s）", ce.Seq, ce.Reason)})
			} else if err != nil {
				return err
			} else if devs, perr := parseEvents(evs); perr == nil {
				if err := deliberation.Verify(devs); err != nil {
					var ee *deliberation.EventError
					if errors.As(err, &ee) {
						r.OK, r.Seq, r.Reason = false, int64(ee.Seq), ee.Message
						bad = append(bad, problem{File: e.db, Path: "matters." + id, Code: string(ee.Code),
							msg: tr("event %d: %s", "第 %d 个事件：%s", ee.Seq, ee.Message)})
						bad[len(bad)-1].msg.zh = fmt.Sprintf("第 %d 个事件：%s", ee.Seq, ee.MessageZH)
					}
				}
			}
			results = append(results, r)
		}
		if e.json {
			writeJSON(e.stdout, results)
		} else {
			t := newTable(e.lang, text{"MATTER", "议题"}, text{"EVENTS", "事件数"}, text{"CHAIN", "哈希链"})
			for _, r := range results {
				status := text{"ok", "完好"}
				if !r.OK {
					status = tr("broken at event %d", "第 %d 个事件处断裂", r.Seq)
				}
				t.row(r.Matter, r.Events, status.in(e.lang))
			}
			t.write(e.stdout)
		}
		if len(bad) > 0 {
			for _, p := range bad {
				e.stderrLine(p.line(e.lang))
			}
			return failed{}
		}
		return nil
	})
}

// parseEvents decodes stored payloads into the library's events. Payloads
// written by other programs (store tests) may not be deliberation events:
// then only the store's chain is checked.
func parseEvents(stored []store.Event) ([]deliberation.Event, error) {
	evs := make([]deliberation.Event, 0, len(stored))
	for _, se := range stored {
		ev, err := deliberation.ParseEvent(se.Payload)
		if err != nil {
			return nil, err
		}
		evs = append(evs, ev)
	}
	return evs, nil
}
