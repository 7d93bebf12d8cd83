package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/shequ/shequ/volunteer"
)

func rotaCommand() *command {
	c := &command{
		name:  "rota",
		short: text{"plan and repair space-claim (空间认领) volunteer rotas", "编排、调整“空间认领”志愿者值班表"},
	}
	var plan, repair *command
	plan = &command{
		name: "plan", args: "FILE", minArgs: 1, maxArgs: 1,
		short: text{"plan a rota for FILE (volunteer.Input as JSON)", "为 FILE（volunteer.Input 的 JSON）编排值班表"},
		long: text{"Prints the rota as a space × week grid, the unfilled seats with their reasons, and the load per volunteer.\nSame file, seed and budget give the same rota. Exits 1 when the input is invalid.",
			"以“空间 × 周”表格输出值班表，列出未排满的岗位及原因和每位志愿者的工作量。\n相同的文件、种子和预算得到相同的值班表。输入无效时退出码为 1。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			o := rotaFlags(fs)
			return func(args []string) error {
				in, err := e.readRotaInput(args[0])
				if err != nil {
					return err
				}
				res, err := volunteer.Plan(in, o.options())
				if err != nil {
					return rotaError(args[0], err)
				}
				return e.printRota(in, res, nil, o)
			}
		},
	}
	repair = &command{
		name: "repair", args: "FILE CHANGES", minArgs: 2, maxArgs: 2,
		short: text{"repair a rota after CHANGES ([]volunteer.Change as JSON) with minimal disruption", "按 CHANGES（[]volunteer.Change 的 JSON）以最小改动调整值班表"},
		long: text{"The published rota is --rota (the assignments of 'rota plan --json'), or else the one 'rota plan' gives\nfor FILE with the same seed and budget. Prints the repaired grid and what was added and removed.",
			"已发布的值班表取自 --rota（'rota plan --json' 输出的 assignments），否则用相同种子和预算对 FILE 重新编排。\n输出调整后的表格及增减的安排。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			o := rotaFlags(fs)
			published := fs.String("rota", "", bi("published rota: output of 'rota plan --json'", "已发布的值班表：'rota plan --json' 的输出"))
			return func(args []string) error {
				in, err := e.readRotaInput(args[0])
				if err != nil {
					return err
				}
				data, err := e.readFile(args[1])
				if err != nil {
					return err
				}
				var changes []volunteer.Change
				if err := decodeJSON(args[1], data, &changes); err != nil {
					return err
				}
				var rota []volunteer.Assignment
				if *published != "" {
					data, err := e.readFile(*published)
					if err != nil {
						return err
					}
					var res volunteer.Result
					if err := decodeJSON(*published, data, &res); err != nil {
						return err
					}
					rota = res.Assignments
				} else {
					res, err := volunteer.Plan(in, o.options())
					if err != nil {
						return rotaError(args[0], err)
					}
					rota = res.Assignments
				}
				rep, err := volunteer.Repair(in, rota, changes, o.options())
				if err != nil {
					return rotaError(args[1], err)
				}
				return e.printRota(rep.Input, rep.Result, &rep, o)
			}
		},
	}
	return c.add(plan, repair, benchCommand())
}

// rotaOpts are the flags of rota plan and repair.
type rotaOpts struct {
	seed   *uint64
	budget *int
	ics    *string
}

func rotaFlags(fs *flag.FlagSet) rotaOpts {
	return rotaOpts{
		seed:   fs.Uint64("seed", 1, bi("seed of the search; same seed, same rota", "搜索种子；种子相同则结果相同")),
		budget: fs.Int("budget", 0, bi("work budget in candidate moves (0: the library's default)", "搜索预算（候选移动次数，0 为库默认值）")),
		ics:    fs.String("ics", "", bi("write one iCalendar file per volunteer into this directory", "为每位志愿者在此目录写一个 iCalendar 文件")),
	}
}

func (o rotaOpts) options() volunteer.Options {
	return volunteer.Options{Seed: *o.seed, Budget: *o.budget}
}

// readRotaInput reads and validates a volunteer.Input file.
func (e *env) readRotaInput(file string) (volunteer.Input, error) {
	var in volunteer.Input
	data, err := e.readFile(file)
	if err != nil {
		return in, err
	}
	if err := decodeJSON(file, data, &in); err != nil {
		return in, err
	}
	if rep := volunteer.Validate(in, volunteer.Options{}); len(rep) > 0 {
		return in, rotaError(file, rep)
	}
	return in, nil
}

// rotaError turns the volunteer package's report into problems of file.
func rotaError(file string, err error) error {
	var rep volunteer.Report
	if !errors.As(err, &rep) {
		return inputErr(file, "", "rota.invalid", tr("%v", "%v", err))
	}
	ie := &inputError{}
	for _, f := range rep {
		ie.problems = append(ie.problems, problem{File: file, Path: f.Path, Code: f.Code.String(), msg: text{f.Message, f.MessageZH}})
	}
	return ie
}

// rotaJSON is the --json form of a planned or repaired rota.
type rotaJSON struct {
	volunteer.Result
	Added   []volunteer.Slotted `json:"added,omitempty"`
	Removed []volunteer.Slotted `json:"removed,omitempty"`
	Vacated []volunteer.Vacancy `json:"vacated,omitempty"`
}

func (e *env) printRota(in volunteer.Input, res volunteer.Result, rep *volunteer.Repaired, o rotaOpts) error {
	if *o.ics != "" {
		if err := writeICS(*o.ics, in, res, e.stamp()); err != nil {
			return err
		}
	}
	if e.json {
		out := rotaJSON{Result: res}
		if rep != nil {
			out.Added, out.Removed, out.Vacated = rep.Added, rep.Removed, rep.Vacated
		}
		return writeJSON(e.stdout, out)
	}
	l := e.lang
	w := e.stdout
	fmt.Fprintf(w, "%s\n", tr("score %d/%d/%d/%d (hard/unfilled/disruption/soft), %d assignments, %d moves",
		"得分 %d/%d/%d/%d（硬约束/未排满/改动/软约束），共 %d 项安排，搜索 %d 步",
		res.Score.Hard, res.Score.Unfilled, res.Score.Disruption, res.Score.Soft, len(res.Assignments), res.Moves).in(l))
	fmt.Fprintf(w, "%s\n\n", tr("load per volunteer: max %d, min %d", "每人工作量：最多 %d，最少 %d", res.Fairness.MaxLoad, res.Fairness.MinLoad).in(l))
	writeRotaGrid(w, l, in, res.Assignments)
	for _, u := range res.Unfilled {
		var reasons []string
		for _, r := range u.Reasons {
			name := r.Code.String()
			if l == langZH {
				name = r.Code.Label()
			}
			reasons = append(reasons, fmt.Sprintf("%s=%d", name, r.Count))
		}
		fmt.Fprintf(w, "\n%s %s\n", tr("unfilled: %s on %s, %d missing:", "未排满：%s（%s）缺 %d 人：", u.Need, in.Start.AddDate(0, 0, u.Day).Format("2006-01-02"), u.Missing).in(l), strings.Join(reasons, " "))
		msg := u.Relaxation.Message
		if l == langZH {
			msg = u.Relaxation.MessageZH
		}
		if msg != "" {
			fmt.Fprintf(w, "  %s\n", msg)
		}
	}
	if rep != nil {
		fmt.Fprintf(w, "\n%s\n", tr("changed: %d added, %d removed, %d seats vacated", "改动：新增 %d 项，移除 %d 项，空出 %d 个岗位", len(rep.Added), len(rep.Removed), len(rep.Vacated)).in(l))
		for _, v := range rep.Vacated {
			filled := text{"left empty", "空缺"}.in(l)
			if v.FilledBy != "" {
				filled = tr("filled by %s", "由 %s 接替", v.FilledBy).in(l)
			}
			var subs []string
			for _, c := range v.Substitutes {
				subs = append(subs, c.Volunteer)
			}
			if len(subs) == 0 {
				subs = []string{text{"none", "无"}.in(l)}
			}
			reason := v.Reason.String()
			if l == langZH {
				reason = v.Reason.Label()
			}
			fmt.Fprintf(w, "  %s\n", tr("vacated %s on %s (%s: %s): %s; substitutes: %s", "空出 %s（%s，%s：%s）：%s；可替补：%s",
				v.Need, in.Start.AddDate(0, 0, v.Day).Format("2006-01-02"), v.Left, reason, filled, strings.Join(subs, ", ")).in(l))
		}
		for _, s := range rep.Removed {
			fmt.Fprintf(w, "  - %s %s %s\n", in.Start.AddDate(0, 0, s.Day).Format("2006-01-02"), s.Need, s.Volunteer)
		}
		for _, s := range rep.Added {
			fmt.Fprintf(w, "  + %s %s %s\n", in.Start.AddDate(0, 0, s.Day).Format("2006-01-02"), s.Need, s.Volunteer)
		}
	}
	if *o.ics != "" {
		fmt.Fprintf(w, "\n%s\n", tr("iCalendar files written to %s", "iCalendar 文件已写入 %s", *o.ics).in(l))
	}
	return nil
}

// stamp is the DTSTAMP of generated calendars: the time of the command.
func (e *env) stamp() time.Time {
	t, err := e.when()
	if err != nil {
		return time.Time{}
	}
	return t
}
