package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/shequ/shequ/examples/internal/curtois"
	"github.com/shequ/shequ/examples/internal/progress"
)

// benchCommand is `shequ rota bench DIR`: the volunteer engine rostering
// the staff-scheduling instances of Curtois & Qu, each objective checked
// by the independent evaluator and compared with the published best.
func benchCommand() *command {
	return &command{
		name: "bench", args: "DIR", minArgs: 1, maxArgs: 1,
		short: text{"roster every Curtois & Qu instance (*.txt) in DIR and compare with the published best",
			"用排班引擎求解 DIR 中每个 Curtois & Qu 算例（*.txt），并与公开最优值比较"},
		long: text{"Each instance is mapped to volunteer.Input, planned with --seed and --budget, and the roster's\n" +
			"objective recomputed by an evaluator that shares no code with the engine. The published best\n" +
			"values come from --best (default DIR/best-known.tsv, column lit_best_60min). Gap is\n" +
			"(objective − best) / best. Bound is a proven lower bound on the objective, where the engine's column\n" +
			"generation found one (- otherwise). Exits 1 when a roster breaks a hard rule or an instance cannot be read.",
			"每个算例映射为 volunteer.Input，按 --seed 与 --budget 求解；排班表的目标值由与引擎不共享代码的评估器重新计算。\n" +
				"公开最优值取自 --best（默认 DIR/best-known.tsv 的 lit_best_60min 列）。差距 = （目标值 − 最优值）/ 最优值。\n" +
				"下界为引擎列生成求得的目标值下界（已证明），未求得时为 -。\n" +
				"排班表违反硬约束或算例无法读取时退出码为 1。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			seed := fs.Uint64("seed", 1, bi("seed of the search; same seed, same rosters", "搜索种子；种子相同则结果相同"))
			// The library's default budget suits a space-claim rota, not these
			// rosters: 50,000,000 moves is what the published table uses.
			budget := fs.Int("budget", 50_000_000, bi("work budget in candidate moves per instance (0: the library's default)", "每个算例的搜索预算（候选移动次数，0 为库默认值）"))
			best := fs.String("best", "", bi("table of published results (default DIR/best-known.tsv if present)", "公开结果表（默认为 DIR/best-known.tsv，若存在）"))
			column := fs.String("column", curtois.BestKnownColumn, bi("column of the table holding the best values", "结果表中最优值所在的列"))
			only := fs.String("instance", "", bi("comma-separated instance names to run (default: every *.txt in DIR)", "只运行这些算例（逗号分隔；默认运行 DIR 中所有 *.txt）"))
			return func(args []string) error {
				return e.bench(args[0], *best, *column, *only, *seed, *budget)
			}
		},
	}
}

// benchRow is one instance's result, also the --json form.
type benchRow struct {
	Instance   string `json:"instance"`
	Days       int    `json:"days"`
	Staff      int    `json:"staff"`
	ShiftTypes int    `json:"shift_types"`
	Objective  int    `json:"objective"`
	// The objective's parts: requests not granted, under- and over-cover.
	Requests   int  `json:"requests"`
	Under      int  `json:"under"`
	Over       int  `json:"over"`
	Feasible   bool `json:"feasible"`
	Violations int  `json:"violations"`
	// Bound is a proven lower bound on the objective, from the engine's
	// column generation (volunteer.Result.SoftBound), when it has one.
	Bound   *int    `json:"lower_bound,omitempty"`
	Best    *int    `json:"best_known,omitempty"`
	GapBP   *int    `json:"gap_basis_points,omitempty"` // hundredths of a percent
	Seconds float64 `json:"seconds"`
	Seed    uint64  `json:"seed"`
	Budget  int     `json:"budget"`
	Moves   int     `json:"moves"`
}

func (e *env) bench(dir, bestFile, column, only string, seed uint64, budget int) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if only != "" && err == nil {
		name := func(f string) string { return strings.TrimSuffix(filepath.Base(f), ".txt") }
		want := strings.Split(only, ",")
		for _, w := range want {
			if !slices.ContainsFunc(files, func(f string) bool { return name(f) == w }) {
				return inputErr(dir, "", "bench.instance", tr("no instance named %s", "没有名为 %s 的算例", w))
			}
		}
		files = slices.DeleteFunc(files, func(f string) bool { return !slices.Contains(want, name(f)) })
	}
	if err != nil || len(files) == 0 {
		if st, serr := os.Stat(dir); serr != nil || !st.IsDir() {
			return inputErr(dir, "", "file.read", text{"no such directory", "目录不存在"})
		}
		return inputErr(dir, "", "bench.empty", text{"no instance files (*.txt)", "没有算例文件（*.txt）"})
	}
	slices.SortFunc(files, naturalCompare)
	bests := map[string]int{}
	if bestFile == "" {
		if p := filepath.Join(dir, "best-known.tsv"); fileExists(p) {
			bestFile = p
		}
	}
	if bestFile != "" {
		data, err := e.readFile(bestFile)
		if err != nil {
			return err
		}
		if bests, err = curtois.ReadBestKnown(bytes.NewReader(data), column); err != nil {
			return inputErr(bestFile, "", "bench.best", tr("%v", "%v", err))
		}
	}
	// Read every instance first: a malformed file fails before hours of work.
	type item struct {
		name string
		in   *curtois.Instance
	}
	var items []item
	ie := &inputError{}
	for _, f := range files {
		data, err := e.readFile(f)
		if err != nil {
			return err
		}
		in, err := curtois.Parse(bytes.NewReader(data))
		if err != nil {
			// The parse error names the line.
			ie.problems = append(ie.problems, problem{File: f, Code: "bench.instance", msg: tr("%v", "%v", err)})
			continue
		}
		items = append(items, item{strings.TrimSuffix(filepath.Base(f), ".txt"), in})
	}
	if len(ie.problems) > 0 {
		return ie
	}

	bar := progress.New(e.stderr, e.stderrTTY, len(items), text{"rostering", "排班"}.in(e.lang))
	var rows []benchRow
	bad := false
	for _, it := range items {
		sz := it.in.Sizes()
		start := e.now()
		m := curtois.MapToVolunteer(it.in)
		roster, res, err := m.Plan(seed, budget)
		elapsed := e.now().Sub(start)
		bar.Add(1)
		if err != nil {
			bar.Finish()
			return inputErr(it.name, "", "bench.engine", tr("the engine refused the instance: %v", "引擎拒绝了该算例：%v", err))
		}
		ev := curtois.Evaluate(it.in, roster)
		row := benchRow{Instance: it.name, Days: sz.Days, Staff: sz.Staff, ShiftTypes: sz.ShiftTypes,
			Objective: ev.Objective, Requests: ev.OnRequests + ev.OffRequests, Under: ev.Under, Over: ev.Over, Feasible: ev.Feasible(), Violations: len(ev.Violations),
			Seconds: elapsed.Seconds(), Seed: seed, Budget: budget, Moves: res.Moves}
		if res.SoftBound != nil {
			lb := int(*res.SoftBound + m.Constant)
			row.Bound = &lb
		}
		if b, ok := bests[it.name]; ok && b > 0 {
			g := curtois.Gap(ev.Objective, b)
			row.Best, row.GapBP = &b, &g
		}
		bad = bad || !row.Feasible
		rows = append(rows, row)
	}
	bar.Finish()

	if e.json {
		if err := writeJSON(e.stdout, map[string]any{"instances": rows}); err != nil {
			return err
		}
	} else {
		t := newTable(e.lang, text{"INSTANCE", "算例"}, text{"DAYS", "天数"}, text{"STAFF", "人数"}, text{"SHIFTS", "班次"},
			text{"OBJECTIVE", "目标值"}, text{"BOUND", "下界"}, text{"BEST", "公开最优"}, text{"GAP", "差距"}, text{"FEASIBLE", "可行"}, text{"TIME", "用时"})
		for _, r := range rows {
			bound, best, gap := "-", "-", "-"
			if r.Bound != nil {
				bound = strconv.Itoa(*r.Bound)
			}
			if r.Best != nil {
				best = strconv.Itoa(*r.Best)
				gap = fmt.Sprintf("%d.%02d%%", *r.GapBP/100, abs(*r.GapBP%100))
				if *r.GapBP < 0 && *r.GapBP > -100 {
					gap = "-" + gap
				}
			}
			ok := text{"yes", "是"}.in(e.lang)
			if !r.Feasible {
				ok = tr("no (%d broken)", "否（%d 处违规）", r.Violations).in(e.lang)
			}
			t.row(r.Instance, r.Days, r.Staff, r.ShiftTypes, r.Objective, bound, best, gap, ok, fmt.Sprintf("%.1fs", r.Seconds))
		}
		t.write(e.stdout)
		fmt.Fprintln(e.stdout, tr("seed %d, budget %s per instance", "种子 %d，每个算例预算 %s", seed, budgetText(budget).in(e.lang)).in(e.lang))
	}
	if bad {
		return failed{}
	}
	return nil
}

func budgetText(b int) text {
	if b == 0 {
		return text{"the default", "默认值"}
	}
	return text{strconv.Itoa(b), strconv.Itoa(b)}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// naturalCompare orders names with their digit runs compared as numbers,
// so that Instance2 comes before Instance10.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			i, j := digitRun(a), digitRun(b)
			na, nb := strings.TrimLeft(a[:i], "0"), strings.TrimLeft(b[:j], "0")
			if c := len(na) - len(nb); c != 0 {
				return c
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[i:], b[j:]
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func digitRun(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
