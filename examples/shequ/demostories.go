package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/shequ/shequ/capacity"
	"github.com/shequ/shequ/deliberation"
	"github.com/shequ/shequ/governance"
	"github.com/shequ/shequ/volunteer"
)

// demoState carries the stories' results to the district summary and to
// demo --json.
type demoState struct {
	CouncilReport governance.Report     `json:"songliu_council_report"`
	Rota          volunteer.Result      `json:"songliu_rota"`
	assessment    capacity.Assessment   // also exported below
	Assessment    *capacity.Assessment  `json:"district_assessment"`
	Split         capacity.Plan         `json:"xiaguangli_split"`
	matters       []deliberation.Matter // also exported below
	Matters       []deliberation.Matter `json:"matters"`
	Events        []deliberation.Event  `json:"events"`
}

// demoSongliuRota plans the Songliu stairwell rota for 12 weeks and prints
// its summary and tower 1's grid.
func demoSongliuRota(w io.Writer, l lang, d *demoState) error {
	data, err := stories.ReadFile("stories/songliu-rota.json")
	if err != nil {
		return err
	}
	var in volunteer.Input
	if err := decodeJSON("stories/songliu-rota.json", data, &in); err != nil {
		return err
	}
	res, err := volunteer.Plan(in, volunteer.Options{Seed: 1})
	if err != nil {
		return fmt.Errorf("demo: planning the Songliu rota: %w", err)
	}
	d.Rota = res
	fmt.Fprintln(w)
	fmt.Fprintln(w, tr("Space-claim rota, %d weeks from %s: %d spaces, %d volunteers, %d turns assigned, %d seats unfilled;",
		"“空间认领”值班表，自 %[2]s 起 %[1]d 周：%[3]d 处空间，%[4]d 名志愿者，排班 %[5]d 人次，未排满 %[6]d 个岗位；",
		in.Days/7, in.Start.Format("2006-01-02"), len(in.Estate.Spaces), len(in.Volunteers), len(res.Assignments), res.Score.Unfilled).in(l))
	fmt.Fprintln(w, tr("effort per volunteer from %d to %d points. Tower 1, by week:", "每人工作量 %d 至 %d 分。1 号楼各周安排：", res.Fairness.MinLoad, res.Fairness.MaxLoad).in(l))
	t1 := in
	t1.Estate.Spaces = nil
	for _, sp := range in.Estate.Spaces {
		if sp.Building == "T1" {
			t1.Estate.Spaces = append(t1.Estate.Spaces, sp)
		}
	}
	writeRotaGrid(w, l, t1, res.Assignments)
	return nil
}

// demoXiaguangli assesses the district and plans the Xiaguangli split
// that created Liangma.
func demoXiaguangli(w io.Writer, l lang, d *demoState) error {
	heading(w, l.pick("2. Xiaguangli community, Maizidian street: the split that created Liangma", "2. 麦子店街道霞光里社区：拆分设立亮马社区"))
	fmt.Fprintln(w, text{"4,000+ households and 16 community workers: nearly 300 households per worker.\nAbout 1,600 households split off as the new Liangma community; households per worker roughly halved.\n(The buildings are synthetic, made to the article's totals.)",
		"居民 4000 多户，社区工作者 16 人，平均每人服务近 300 户。\n近 1600 户拆分设立亮马社区，每名社区工作者服务户数减少约一半。\n（楼栋数据按报道中的总数虚构。）"}.in(l))
	fmt.Fprintln(w)
	data, err := stories.ReadFile("stories/chaoyang-district.json")
	if err != nil {
		return err
	}
	dist, err := capacity.DecodeDistrict(data)
	if err != nil {
		return fmt.Errorf("demo: the embedded district does not decode: %w", err)
	}
	p := capacity.BeijingPolicy()
	a, err := capacity.Assess(dist, p)
	if err != nil {
		return fmt.Errorf("demo: assessing the district: %w", err)
	}
	d.assessment, d.Assessment = a, &a
	var xg capacity.Community
	var xa capacity.CommunityAssessment
	for i, c := range dist.Communities {
		if c.ID == "xiaguangli" {
			xg, xa = c, a.Communities[i]
		}
	}
	fmt.Fprintln(w, tr("Assessment under %s: %d households, %d workers, %d households per worker; the norm requires %d to %d workers (gap %d);\nmore than %d households: split into %d communities.",
		"按 %s 标准评估：%d 户，社工 %d 人，每人 %d 户；标准要求 %d 至 %d 人（缺 %d 人）；\n超过 %d 户：宜拆分为 %d 个社区。",
		a.Policy, xa.Households, xa.Workers, xa.HouseholdsPerWorker, xa.Required, xa.NormHigh, xa.Gap, p.MaxHouseholds, xa.Parts).in(l))
	req := xg.SplitRequest()
	req.Band = capacity.Band{Parts: []capacity.Range{{Min: 2830, Max: 2930}, {Min: 1550, Max: 1650}}}
	req.Parts = 2
	pl, err := capacity.PlanSplit(req, p)
	if err != nil {
		return fmt.Errorf("demo: planning the Xiaguangli split: %w", err)
	}
	d.Split = pl
	fmt.Fprintln(w, tr("Split plan: Xiaguangli keeps about 2,880 households and its office, Liangma takes about 1,600:",
		"拆分方案：霞光里保留约 2880 户及原居委会，亮马社区约 1600 户：").in(l))
	(&env{stdout: w, lang: l}).writePlanTable(pl)
	if len(pl.Parts) == 2 && pl.Parts[0].Required > 0 && pl.Parts[1].Required > 0 {
		before := xa.HouseholdsPerWorker
		after0, after1 := pl.Parts[0].Households/pl.Parts[0].Required, pl.Parts[1].Households/pl.Parts[1].Required
		fmt.Fprintln(w, tr("Households per worker: %d before; %d (Xiaguangli) and %d (Liangma) once staffed to the norm, about half.",
			"每名社工服务户数：拆分前 %d 户；按标准配齐后霞光里 %d 户、亮马 %d 户，约减少一半。", before, after0, after1).in(l))
	}
	return nil
}

// demoHuixinli drives the Huixinli ramp through the five steps with the
// deliberation package, as the embedded script says, printing each event
// and each refusal.
func demoHuixinli(w io.Writer, l lang, d *demoState) error {
	heading(w, l.pick("3. Huixinli building 32, Xiaoguan street: a ramp in 45 days", "3. 小关街道惠新里 32 号楼：45 天建成无障碍坡道"))
	fmt.Fprintln(w, text{"Five steps: 集 collect, 议 deliberate, 办 handle, 督 supervise, 评 evaluate. Each command is decided by the\ndeliberation package; a refused command records nothing and says why.",
		"五步议事：集、议、办、督、评。每条命令由 deliberation 包判定；被拒绝的命令不记录任何内容并说明原因。"}.in(l))
	fmt.Fprintln(w)
	p := deliberation.BeijingPolicy()
	cal, err := stories.ReadFile("stories/calendar-2025.json")
	if err != nil {
		return err
	}
	if err := decodeJSON("stories/calendar-2025.json", cal, &p.Calendar); err != nil {
		return err
	}
	script, err := stories.ReadFile("stories/huixinli.txt")
	if err != nil {
		return err
	}
	matters := map[string]*deliberation.Matter{}
	histories := map[string][]deliberation.Event{}
	var order []string
	var now time.Time
	e := &env{stdout: w, lang: l}
	sc := bufio.NewScanner(bytes.NewReader(script))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "" || strings.HasPrefix(text, "#"):
		case strings.HasPrefix(text, "at "):
			if now, err = time.Parse(time.RFC3339, strings.TrimPrefix(text, "at ")); err != nil {
				return fmt.Errorf("demo: huixinli.txt:%d: %w", line, err)
			}
		case strings.HasPrefix(text, "cmd "):
			c, err := deliberation.ParseCommand([]byte(strings.TrimPrefix(text, "cmd ")))
			if err != nil {
				return fmt.Errorf("demo: huixinli.txt:%d: %w", line, err)
			}
			m := matters[c.Matter]
			if m == nil {
				m = &deliberation.Matter{}
				matters[c.Matter] = m
				order = append(order, c.Matter)
			}
			evs, err := deliberation.Decide(*m, c, now, p)
			var refused *deliberation.RefusedError
			if errors.As(err, &refused) {
				for _, pr := range refused.Problems {
					fmt.Fprintf(w, "  %s %s %s: %s\n", tr("refused", "拒绝").in(l), c.Kind, c.Actor, pickMsg(l, pr.Message, pr.MessageZH))
				}
				continue
			}
			if err != nil {
				return fmt.Errorf("demo: huixinli.txt:%d: %w", line, err)
			}
			for _, ev := range evs {
				if err := m.Apply(ev); err != nil {
					return fmt.Errorf("demo: huixinli.txt:%d: %w", line, err)
				}
				histories[c.Matter] = append(histories[c.Matter], ev)
				d.Events = append(d.Events, ev)
				fmt.Fprintf(w, "%s\n", demoEventLine(l, ev))
			}
		default:
			return fmt.Errorf("demo: huixinli.txt:%d: unknown line %q", line, text)
		}
	}
	fmt.Fprintln(w)
	for _, id := range order {
		m := matters[id]
		d.matters = append(d.matters, *m)
		d.Matters = d.matters
		status := text{"the hash chain verifies", "哈希链校验通过"}
		if err := deliberation.Verify(histories[id]); err != nil {
			status = tr("the hash chain is broken: %v", "哈希链断裂：%v", err)
		}
		fmt.Fprintf(w, "%s; %s.\n", e.matterLine(*m), status.in(l))
	}
	if m := matters["hx32-ramp"]; m != nil {
		var consensus, done time.Time
		for _, ev := range histories["hx32-ramp"] {
			switch ev.Kind {
			case deliberation.EvVoteClosed:
				if consensus.IsZero() && ev.Tally.Passed() {
					consensus = ev.At
				}
			case deliberation.EvCompletionClaimed:
				done = ev.At
			}
		}
		if !consensus.IsZero() && !done.IsZero() {
			days := int(done.Sub(consensus).Hours()/24 + 0.5)
			fmt.Fprintln(w, tr("Consensus on %s, ramp finished on %s: %d days.", "%s 达成共识，%s 坡道完工：历时 %d 天。",
				consensus.In(beijing).Format("2006-01-02"), done.In(beijing).Format("2006-01-02"), days).in(l))
		}
	}
	return nil
}

func pickMsg(l lang, en, zh string) string { return text{en, zh}.in(l) }

// demoEventLine is an event in one short line: number, matter, kind, actor
// and day.
func demoEventLine(l lang, ev deliberation.Event) string {
	kind := ev.Kind.String()
	if l == langZH {
		kind = ev.Kind.Label()
	}
	return fmt.Sprintf("  %s #%-2d %-19s %s %s", ev.At.In(beijing).Format("2006-01-02"), ev.Seq, kind, ev.Matter, ev.Actor)
}
