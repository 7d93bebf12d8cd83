package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/shequ/shequ/capacity"
	"github.com/shequ/shequ/examples/internal/progress"
)

func splitCommand() *command {
	c := &command{
		name:  "split",
		short: text{"assess community sizes and staffing, and plan splits of oversize communities", "评估社区规模与人员配备，规划超大社区的拆分"},
	}
	var assess, plan *command
	assess = &command{
		name: "assess", args: "FILE", minArgs: 1, maxArgs: 1,
		short: text{"assess a district (capacity.District as JSON) against the size and staffing standard", "按规模与人员配备标准评估辖区（capacity.District 的 JSON）"},
		long: text{"With --plan, also plans the split of every oversize community (a progress bar shows on a terminal).\nExits 1 when a finding has severity error.",
			"加 --plan 时同时规划每个超大社区的拆分（终端上显示进度条）。存在“错误”级问题时退出码为 1。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			policy := fs.String("policy", "beijing", bi("standard: beijing, national or per10k", "标准：beijing、national 或 per10k"))
			planAll := fs.Bool("plan", false, bi("also plan the split of every oversize community", "同时规划每个超大社区的拆分"))
			return func(args []string) error {
				p, err := capacityPolicy(assess, *policy)
				if err != nil {
					return err
				}
				data, err := e.readFile(args[0])
				if err != nil {
					return err
				}
				d, err := capacity.DecodeDistrict(data)
				if err != nil {
					return capacityError(args[0], err)
				}
				a, err := capacity.Assess(d, p)
				if err != nil {
					return capacityError(args[0], err)
				}
				var plans []communityPlan
				if *planAll {
					if plans, err = e.planOversize(args[0], d, a, p); err != nil {
						return err
					}
				}
				return e.printAssessment(args[0], a, plans)
			}
		},
	}
	plan = &command{
		name: "plan", args: "FILE", minArgs: 1, maxArgs: 1,
		short: text{"plan the split of a community into contiguous, balanced parts", "将社区拆分为相连、均衡的若干部分"},
		long: text{"FILE is a capacity.Community, a capacity.SplitRequest, or a capacity.District with --community ID, as JSON.\nThe band of households per part is --min-households/--max-households, or --tolerance around total/parts,\nor else the policy's.",
			"FILE 为 capacity.Community、capacity.SplitRequest，或配合 --community 的 capacity.District（JSON）。\n每部分户数范围由 --min-households/--max-households 或 --tolerance（相对平均值）给出，否则按标准。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			policy := fs.String("policy", "beijing", bi("standard: beijing, national or per10k", "标准：beijing、national 或 per10k"))
			community := fs.String("community", "", bi("community to split, when FILE is a district", "FILE 为辖区时要拆分的社区编号"))
			parts := fs.Int("parts", 0, bi("number of parts (0: the fewest that fit the standard)", "拆分数（0 为满足标准的最少数）"))
			minHH := fs.Int64("min-households", 0, bi("least households of every part", "每部分最少户数"))
			maxHH := fs.Int64("max-households", 0, bi("most households of every part", "每部分最多户数"))
			bands := fs.String("bands", "", bi("households per part, part 0 (keeps the office) first, e.g. 2830-2930,1550-1650", "各部分户数范围，第 0 部分（保留原居委会）在前，如 2830-2930,1550-1650"))
			tolerance := fs.String("tolerance", "", bi("allowed deviation from total/parts, as a fraction, e.g. 0.05", "相对平均户数的允许偏差（小数，如 0.05）"))
			seed := fs.Uint64("seed", 1, bi("seed of the heuristic search", "启发式搜索的种子"))
			svg := fs.String("svg", "", bi("draw the units coloured by part into this SVG file", "将按部分着色的单元图写入此 SVG 文件"))
			return func(args []string) error {
				p, err := capacityPolicy(plan, *policy)
				if err != nil {
					return err
				}
				given := 0
				for _, set := range []bool{*tolerance != "", *minHH != 0 || *maxHH != 0, *bands != ""} {
					if set {
						given++
					}
				}
				if given > 1 {
					return &usageError{cmd: plan, msg: text{"give only one of --min-households/--max-households, --tolerance and --bands", "--min-households/--max-households、--tolerance、--bands 只能选一"}}
				}
				req, names, err := e.readSplitRequest(args[0], *community)
				if err != nil {
					return err
				}
				if *parts != 0 {
					req.Parts = *parts
				}
				if *minHH != 0 || *maxHH != 0 {
					req.Band = capacity.Band{Min: *minHH, Max: *maxHH}
				}
				if *tolerance != "" {
					r, ok := parseFraction(*tolerance)
					if !ok {
						return &usageError{cmd: plan, msg: tr("--tolerance: want a fraction between 0 and 1, e.g. 0.05, got %q", "--tolerance：应为 0 到 1 之间的小数，如 0.05，实际为 %q", *tolerance)}
					}
					req.Band = capacity.Band{Deviation: r}
				}
				if *bands != "" {
					rs, ok := parseBands(*bands)
					if !ok {
						return &usageError{cmd: plan, msg: tr("--bands: want MIN-MAX,MIN-MAX,…, got %q", "--bands：格式应为 最少-最多,最少-最多,…，实际为 %q", *bands)}
					}
					req.Band = capacity.Band{Parts: rs}
					if req.Parts == 0 {
						req.Parts = len(rs)
					}
				}
				req.Options.Seed = [2]uint64{*seed, *seed}
				pl, err := capacity.PlanSplit(req, p)
				if err != nil {
					return capacityError(args[0], err)
				}
				if *svg != "" {
					if err := writeSplitSVG(*svg, req, pl, names); err != nil {
						return err
					}
				}
				return e.printPlan(req, pl, *svg)
			}
		},
	}
	return c.add(assess, plan)
}

func capacityPolicy(c *command, name string) (capacity.Policy, error) {
	switch name {
	case "beijing":
		return capacity.BeijingPolicy(), nil
	case "national":
		return capacity.NationalPolicy(), nil
	case "per10k":
		return capacity.Per10kPolicy(), nil
	}
	return capacity.Policy{}, &usageError{cmd: c, msg: tr("--policy: unknown standard %q (want beijing, national or per10k)", "--policy：未知标准 %q（应为 beijing、national 或 per10k）", name)}
}

// parseFraction reads a decimal fraction in [0, 1) exactly, e.g. 0.005 →
// 5/1000.
func parseFraction(s string) (capacity.Ratio, bool) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 || r.Cmp(big.NewRat(1, 1)) >= 0 || !r.Num().IsInt64() || !r.Denom().IsInt64() || strings.ContainsAny(s, "/eE") {
		return capacity.Ratio{}, false
	}
	return capacity.Ratio{Num: r.Num().Int64(), Den: r.Denom().Int64()}, true
}

// parseBands reads MIN-MAX,MIN-MAX,….
func parseBands(s string) ([]capacity.Range, bool) {
	var rs []capacity.Range
	for _, p := range strings.Split(s, ",") {
		lo, hi, ok := strings.Cut(strings.TrimSpace(p), "-")
		if !ok {
			return nil, false
		}
		min, err1 := strconv.ParseInt(lo, 10, 64)
		max, err2 := strconv.ParseInt(hi, 10, 64)
		if err1 != nil || err2 != nil {
			return nil, false
		}
		rs = append(rs, capacity.Range{Min: min, Max: max})
	}
	return rs, len(rs) > 0
}

// capacityError turns the capacity package's errors into problems of file.
func capacityError(file string, err error) error {
	var fs []capacity.Finding
	var ie *capacity.InputError
	var inf *capacity.InfeasibleError
	switch {
	case errors.As(err, &ie):
		fs = ie.Findings
	case errors.As(err, &inf):
		fs = inf.Findings
	default:
		return inputErr(file, "", "split.invalid", tr("%v", "%v", err))
	}
	out := &inputError{}
	for _, f := range fs {
		out.problems = append(out.problems, problem{File: file, Path: f.Path, Code: string(f.Code), msg: text{f.Message, f.MessageZH}})
	}
	return out
}

// readSplitRequest reads a Community, a SplitRequest, or a District with
// the community's ID, and returns the request and the units' names.
func (e *env) readSplitRequest(file, community string) (capacity.SplitRequest, map[capacity.UnitID]string, error) {
	data, err := e.readFile(file)
	if err != nil {
		return capacity.SplitRequest{}, nil, err
	}
	var keys map[string]json.RawMessage
	if err := decodeJSON(file, data, &keys); err != nil {
		return capacity.SplitRequest{}, nil, err
	}
	names := func(us []capacity.Unit) map[capacity.UnitID]string {
		m := map[capacity.UnitID]string{}
		for _, u := range us {
			m[u.ID] = u.Name
		}
		return m
	}
	_, isDistrict := keys["communities"]
	_, hasID := keys["id"]
	_, hasOffice := keys["office"]
	switch {
	case isDistrict:
		d, err := capacity.DecodeDistrict(data)
		if err != nil {
			return capacity.SplitRequest{}, nil, capacityError(file, err)
		}
		if community == "" && len(d.Communities) == 1 {
			community = d.Communities[0].ID
		}
		for _, c := range d.Communities {
			if c.ID == community {
				return c.SplitRequest(), names(c.Units), nil
			}
		}
		if community == "" {
			return capacity.SplitRequest{}, nil, &usageError{msg: tr("%s is a district: name the community to split with --community ID", "%s 是辖区文件：请用 --community 指定要拆分的社区", file)}
		}
		return capacity.SplitRequest{}, nil, inputErr(file, "communities", "split.community_not_found", tr("no community %q", "没有社区 %q", community))
	case hasID || hasOffice:
		var c capacity.Community
		if err := decodeJSON(file, data, &c); err != nil {
			return capacity.SplitRequest{}, nil, err
		}
		if fs := c.Validate(""); len(fs) > 0 {
			return capacity.SplitRequest{}, nil, capacityError(file, &capacity.InputError{Findings: fs})
		}
		return c.SplitRequest(), names(c.Units), nil
	default:
		req, err := capacity.DecodeSplitRequest(data)
		if err != nil {
			return req, nil, capacityError(file, err)
		}
		return req, names(req.Units), nil
	}
}

// communityPlan is the split planned for one oversize community.
type communityPlan struct {
	Community string         `json:"community"`
	Plan      *capacity.Plan `json:"plan,omitempty"`
	Problems  []problem      `json:"problems,omitempty"`
}

// planOversize plans the split of every oversize community, with a
// progress bar on a terminal.
func (e *env) planOversize(file string, d capacity.District, a capacity.Assessment, p capacity.Policy) ([]communityPlan, error) {
	var todo []capacity.Community
	for i, ca := range a.Communities {
		if ca.Oversize {
			todo = append(todo, d.Communities[i])
		}
	}
	bar := progress.New(e.stderr, e.stderrTTY, len(todo), text{"planning splits", "规划拆分"}.in(e.lang))
	defer bar.Finish()
	var out []communityPlan
	for _, c := range todo {
		req := c.SplitRequest()
		pl, err := capacity.PlanSplit(req, p)
		cp := communityPlan{Community: c.ID}
		if err != nil {
			var ie *inputError
			if errors.As(capacityError(file, err), &ie) {
				for _, pr := range ie.problems {
					pr.Message = pr.msg.in(e.lang)
					cp.Problems = append(cp.Problems, pr)
				}
			}
		} else {
			cp.Plan = &pl
		}
		out = append(out, cp)
		bar.Add(1)
	}
	return out, nil
}

// assessmentJSON is the --json form of split assess.
type assessmentJSON struct {
	File string `json:"file"`
	capacity.Assessment
	Plans []communityPlan `json:"plans,omitempty"`
}

func (e *env) printAssessment(file string, a capacity.Assessment, plans []communityPlan) error {
	errs := 0
	for _, f := range a.Findings {
		if f.Severity == capacity.Error {
			errs++
		}
	}
	if e.json {
		writeJSON(e.stdout, assessmentJSON{File: file, Assessment: a, Plans: plans})
	} else {
		l := e.lang
		t := newTable(l, text{"COMMUNITY", "社区"}, text{"HOUSEHOLDS", "户数"}, text{"WORKERS", "社工"}, text{"HH/WORKER", "户/人"},
			text{"REQUIRED", "应配"}, text{"GAP", "缺口"}, text{"ADVICE", "建议"})
		for _, c := range a.Communities {
			advice := ""
			switch {
			case c.Oversize:
				advice = tr("split into %d", "拆分为 %d 个", c.Parts).in(l)
			case c.Undersize:
				advice = tr("merge with %s", "可与 %s 合并", strings.Join(c.MergeCandidates, ", ")).in(l)
			}
			t.row(c.ID, c.Households, c.Workers, c.HouseholdsPerWorker, c.Required, c.Gap, advice)
		}
		t.write(e.stdout)
		tot := a.Totals
		fmt.Fprintf(e.stdout, "\n%s\n", tr("%d communities, %d households, %d workers; %d to adjust (%d new committees), %d to merge; workers required %d, after the splits %d; gap %d",
			"共 %d 个社区、%d 户、社工 %d 人；%d 个需调整（新设居委会 %d 个）、%d 个可合并；应配社工 %d 人，拆分后 %d 人；缺口 %d 人",
			tot.Communities, tot.Households, tot.Workers, tot.ToAdjust, tot.NewCommittees, tot.ToMerge, tot.Required, tot.RequiredAfter, tot.Gap).in(l))
		if len(a.Findings) > 0 {
			fmt.Fprintln(e.stdout)
		}
		for _, f := range a.Findings {
			sev, msg := f.Severity.String(), f.Message
			if l == langZH {
				sev, msg = f.Severity.Label(), f.MessageZH
			}
			fmt.Fprintf(e.stdout, "%s: %s: %s: %s [%s]\n", file, f.Path, sev, msg, f.Code)
		}
		for _, cp := range plans {
			fmt.Fprintf(e.stdout, "\n%s\n", tr("split of %s:", "%s 的拆分：", cp.Community).in(l))
			if cp.Plan != nil {
				e.writePlanTable(*cp.Plan)
			}
			for _, pr := range cp.Problems {
				fmt.Fprintf(e.stdout, "  %s\n", pr.line(l))
			}
		}
	}
	if errs > 0 {
		return failed{}
	}
	return nil
}

func (e *env) printPlan(req capacity.SplitRequest, pl capacity.Plan, svg string) error {
	if e.json {
		return writeJSON(e.stdout, pl)
	}
	e.writePlanTable(pl)
	l := e.lang
	for _, r := range pl.Reasons {
		fmt.Fprintf(e.stdout, "  %s\n", text{r.Message, r.MessageZH}.in(l))
	}
	for i, part := range pl.Parts {
		ids := make([]string, len(part.Units))
		for j, u := range part.Units {
			ids[j] = string(u)
		}
		fmt.Fprintf(e.stdout, "%s %s\n", tr("part %d units:", "第 %d 部分单元：", i).in(l), strings.Join(ids, " "))
	}
	if svg != "" {
		fmt.Fprintf(e.stdout, "%s\n", tr("map written to %s", "地图已写入 %s", svg).in(l))
	}
	return nil
}

// writePlanTable prints a plan's parts and its staffing.
func (e *env) writePlanTable(pl capacity.Plan) {
	l := e.lang
	t := newTable(l, text{"PART", "部分"}, text{"HOUSEHOLDS", "户数"}, text{"BAND", "范围"}, text{"RESIDENTS", "人口"}, text{"ELDERLY", "老年人"},
		text{"WORKERS", "社工"}, text{"REQUIRED", "应配"}, text{"HIRES", "需增"}, text{"HH/WORKER NOW→NORM", "户/人 现→达标"})
	for i, p := range pl.Parts {
		name := fmt.Sprint(i)
		if p.Anchor {
			name += text{" (office)", "（原居委会）"}.in(l)
		}
		band := fmt.Sprintf("%d–%d", p.Band.Min, p.Band.Max)
		perWorker := func(n int64) string {
			if n == 0 {
				return "-"
			}
			return fmt.Sprint(p.Households / n)
		}
		t.row(name, p.Households, band, p.Residents, fmt.Sprintf("%d.%d%%", p.ElderlyPermille/10, p.ElderlyPermille%10),
			p.Workers, p.Required, p.Hires, perWorker(p.Workers)+"→"+perWorker(p.Required))
	}
	t.write(e.stdout)
	opt := text{"heuristic", "启发式"}
	if pl.Optimal {
		opt = text{"optimal", "最优"}
	}
	fmt.Fprintf(e.stdout, "%s\n", tr("k=%d, new boundary: %d edges (weight %d, %s by %s, lower bound %d); households moved %d; workers %d, required %d, gap %d",
		"拆分为 %d 部分，新边界：%d 条边（权重 %d，%s，方法 %s，下界 %d）；变更归属 %d 户；社工现有 %d 人、应配 %d 人、缺口 %d 人",
		pl.K, pl.CutEdges, pl.CutWeight, opt.in(l), pl.Method, pl.LowerBound, pl.HouseholdsMoved, pl.Workers, pl.WorkersRequired, pl.StaffGap).in(l))
}
