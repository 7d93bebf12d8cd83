package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/shequ/shequ/deliberation"
	"github.com/shequ/shequ/governance"
)

// stories holds the inputs of the demo: the source article's stories as
// the library's JSON.
//
//go:embed stories
var stories embed.FS

func demoCommand() *command {
	return &command{
		name:  "demo",
		short: text{"run the source article's stories end to end", "端到端演示原文中的案例"},
		long: text{"The stories of Chaoyang District's report, run through the library: the Songliu council and rota,\nthe Xiaguangli split, the Huixinli ramp matter, and a district summary. The output is deterministic.",
			"用本库运行朝阳区报道中的案例：松六小区的协调机制与值班表、霞光里社区拆分、惠新里坡道议题和全区汇总。输出是确定的。"},
		setup: func(fs *flag.FlagSet, e *env) func([]string) error {
			return func([]string) error {
				if e.json {
					d, err := runDemo(io.Discard, e.lang)
					if err != nil {
						return err
					}
					return writeJSON(e.stdout, d)
				}
				_, err := runDemo(e.stdout, e.lang)
				return err
			}
		},
	}
}

// runDemo prints every story and returns their results. Each step reads
// only embedded inputs and fixed dates, so the output is the same on every
// run.
func runDemo(w io.Writer, l lang) (*demoState, error) {
	fmt.Fprintln(w, text{"shequ: community governance after Chaoyang District, Beijing", "shequ：北京市朝阳区社区治理案例"}.in(l))
	var d demoState
	for _, story := range []func(io.Writer, lang, *demoState) error{demoSongliu, demoXiaguangli, demoHuixinli, demoDistrict} {
		fmt.Fprintln(w)
		if err := story(w, l, &d); err != nil {
			return nil, err
		}
	}
	return &d, nil
}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "%s\n%s\n", s, strings.Repeat("=", displayWidth(s)))
}

// demoSongliu validates the Songliu council.
func demoSongliu(w io.Writer, l lang, d *demoState) error {
	heading(w, l.pick("1. Songliu compound, Songyuli community, Panjiayuan street", "1. 潘家园街道松榆里社区松六小区"))
	fmt.Fprintln(w, text{"4 towers of 18 floors, 576 households, 1,440 residents. Stairwell clutter and flyers;\nresidents claim spaces (空间认领) and a volunteer team cleans, paints and sets up displays.",
		"4 栋 18 层塔楼，576 户，常住 1440 人。楼道堆物、小广告问题突出；\n居民“空间认领”，志愿者队伍负责布展和卫生保洁。"}.in(l))
	fmt.Fprintln(w)
	data, err := stories.ReadFile("stories/songliu-council.json")
	if err != nil {
		return err
	}
	c, rep := governance.DecodeCouncil(data)
	if rep.Count(governance.SeverityError) > 0 {
		return fmt.Errorf("demo: the embedded Songliu council does not decode:\n%s", rep.Describe())
	}
	fmt.Fprintln(w, text{"Six-in-one coordination mechanism (六位一体), convened by the community Party committee:", "“六位一体”协调机制，由社区党委召集："}.in(l))
	bodies := map[string]governance.Body{}
	for _, b := range c.Bodies {
		bodies[b.ID] = b
	}
	t := newTable(l, text{"SEAT", "席位"}, text{"BODIES", "组织"}, text{"MEMBERS", "人数"})
	for _, s := range governance.Seats() {
		label := s.String()
		if l == langZH {
			label = s.Label()
		}
		var names []string
		members := 0
		for _, id := range c.Seats[s] {
			names = append(names, bodies[id].Name)
			members += len(bodies[id].Members)
		}
		t.row("  "+label, strings.Join(names, "、"), members)
	}
	t.write(w)
	asOf := time.Date(2023, 6, 30, 0, 0, 0, 0, beijing)
	rep = governance.Validate(c, asOf)
	d.CouncilReport = rep
	fmt.Fprintln(w)
	fmt.Fprint(w, tr("Validated under the Beijing policy as of %s: ", "按北京市规则校验（%s）：", asOf.Format("2006-01-02")).in(l))
	if len(rep.Findings) == 0 {
		fmt.Fprintln(w, text{"no findings.", "未发现问题。"}.in(l))
	} else {
		fmt.Fprintln(w)
		for _, f := range rep.Findings {
			msg := f.Message
			if l == langZH {
				msg = f.MessageZH
			}
			fmt.Fprintf(w, "  %s %s: %s\n", f.Severity, f.Path, msg)
		}
	}
	return demoSongliuRota(w, l, d)
}

// demoDistrict summarises the district figures of the article.
func demoDistrict(w io.Writer, l lang, d *demoState) error {
	heading(w, l.pick("4. Chaoyang District", "4. 朝阳区"))
	tot := d.assessment.Totals
	fmt.Fprintln(w, tr("Sample street (%d communities, %d households, %d workers): %d to adjust, %d new committees, %d to merge;\nworkers required %d, staffing gap %d against the Beijing norm.",
		"示例街道（%d 个社区、%d 户、社工 %d 人）：%d 个需调整、新设居委会 %d 个、%d 个可合并；\n按北京标准应配社工 %d 人，缺口 %d 人。",
		tot.Communities, tot.Households, tot.Workers, tot.ToAdjust, tot.NewCommittees, tot.ToMerge, tot.RequiredAfter, tot.Gap).in(l))
	if len(d.matters) > 0 {
		from := d.matters[0].RaisedAt.AddDate(0, 0, -1)
		m := deliberation.Metrics(d.matters, from, from.AddDate(1, 0, 0), deliberation.BeijingPolicy())
		fmt.Fprintln(w, tr("Matters of the year: %d counted, %d excluded; response %s, resolution %s, satisfaction %s.",
			"年度议题：计入 %d 件，不计 %d 件；响应率 %s，解决率 %s，满意率 %s。",
			m.All.Matters, m.All.Excluded, rateText(m.All.Response), rateText(m.All.Resolution), rateText(m.All.Satisfaction)).in(l))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, text{"From the article:", "报道中的数字："}.in(l))
	t := newTable(l, text{"FIGURE", "指标"}, text{"VALUE", "数值"})
	for _, r := range []struct {
		label text
		value string
	}{
		{text{"new residents' committees in 2022", "2022 年新设社区居委会"}, "52"},
		{text{"building WeChat groups", "居民楼门微信群"}, "7,428"},
		{text{"city-level building/courtyard demonstration sites", "市级社区楼门院示范点"}, "48"},
		{text{"deliberation platforms", "各级议事平台"}, "4,294"},
		{text{"online deliberation halls", "网上议事厅"}, "1,388"},
		{text{"deliberation representatives", "议事代表"}, "~84,000"},
		{text{"communities to adjust: households above", "调整规模的社区：户数超过"}, "3,000"},
	} {
		t.row("  "+r.label.in(l), r.value)
	}
	t.write(w)
	return nil
}
