package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/shequ/shequ/deliberation"
)

// labeled is an enumeration with an English code and a Chinese label.
type labeled interface {
	String() string
	Label() string
}

// name returns v's code in English and its label in Chinese.
func (e *env) name(v labeled) string {
	if e.lang == langZH {
		return v.Label()
	}
	return v.String()
}

// printMatterDetail shows a matter for people: what it is, where it
// stands, the time spent in each stage, and its votes, assignment and
// ratings, in the chosen language.
func (e *env) printMatterDetail(m deliberation.Matter) {
	w := e.stdout
	l := e.lang
	day := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.In(beijing).Format("2006-01-02 15:04")
	}
	kv := newTable(l, text{"FIELD", "项目"}, text{"VALUE", "内容"})
	kv.row(text{"subject", "事由"}.in(l), m.Subject)
	if m.Category != 0 {
		kv.row(text{"category", "类别"}.in(l), e.name(m.Category))
	}
	if m.Channel != 0 {
		kv.row(text{"raised through", "来源"}.in(l), e.name(m.Channel))
	}
	if m.Scope != 0 {
		kv.row(text{"scope", "范围"}.in(l), e.name(m.Scope))
	}
	if m.Level != 0 {
		kv.row(text{"responsible level", "责任层级"}.in(l), e.name(m.Level))
	}
	if m.Form != 0 {
		kv.row(text{"consultation form", "协商形式"}.in(l), e.name(m.Form))
	}
	kv.row(text{"raised by", "提出人"}.in(l), strings.Join(m.Raisers, ", "))
	kv.row(text{"raised at", "提出时间"}.in(l), day(m.RaisedAt))
	if !m.RespondedAt.IsZero() {
		kv.row(text{"responded at", "响应时间"}.in(l), day(m.RespondedAt))
	}
	if len(m.Duplicates) > 0 {
		kv.row(text{"merged duplicates", "已合并的重复议题"}.in(l), strings.Join(m.Duplicates, ", "))
	}
	if m.DuplicateOf != "" {
		kv.row(text{"merged into", "已并入"}.in(l), m.DuplicateOf)
	}
	if m.Reason != "" {
		kv.row(text{"reason", "理由"}.in(l), m.Reason)
	}
	if m.Reopens > 0 || len(m.Escalations) > 0 {
		kv.row(text{"reopened / escalated", "重办 / 升级"}.in(l), fmt.Sprintf("%d / %d", m.Reopens, len(m.Escalations)))
	}
	if m.WasOverdue {
		kv.row(text{"overdue", "逾期"}.in(l), text{"a stage was left after its deadline", "曾有环节逾期"}.in(l))
	}
	kv.write(w)

	fmt.Fprintln(w)
	st := newTable(l, text{"STAGE", "环节"}, text{"FROM", "开始"}, text{"TO", "结束"}, text{"DAYS", "天数"}, text{"", ""})
	for _, v := range m.Visits {
		over := ""
		if v.Overdue {
			over = text{"overdue", "逾期"}.in(l)
		}
		st.row(e.name(v.Stage), day(v.From), day(v.To), fmtDays(v.To.Sub(v.From)), over)
	}
	if m.Stage != deliberation.StageClosed && m.Stage != 0 {
		due := ""
		if !m.StageDue.IsZero() {
			due = tr("due %s", "期限 %s", day(m.StageDue)).in(l)
		}
		st.row(e.name(m.Stage), day(m.Since), text{"(now)", "（进行中）"}.in(l), "", due)
	}
	st.write(w)

	for _, v := range m.Votes {
		fmt.Fprintln(w)
		state := text{"open", "进行中"}.in(l)
		if v.Closed {
			state = e.name(v.Tally.Outcome)
		}
		fmt.Fprintln(w, tr("vote %s on %s (%s): %s", "表决 %s（提案 %s，%s）：%s", v.ID, v.Proposal, e.name(v.Rule.Kind), state).in(l))
		if v.Closed {
			t := v.Tally
			fmt.Fprintln(w, tr("  agree %d, oppose %d, abstain %d of %d eligible", "  同意 %d，反对 %d，弃权 %d，应参加 %d", t.Agree, t.Oppose, t.Abstain, t.Eligible).in(l))
			if t.TotalArea > 0 {
				fmt.Fprintln(w, tr("  area: agree %s, oppose %s, abstain %s of %s", "  面积：同意 %s，反对 %s，弃权 %s，总计 %s", t.AgreeArea, t.OpposeArea, t.AbstainArea, t.TotalArea).in(l))
			}
		} else {
			fmt.Fprintln(w, tr("  %d ballots so far; closes %s", "  已收到 %d 张选票；截止 %s", len(v.Ballots), day(v.Closes)).in(l))
		}
	}
	if m.Resolution.Text != "" {
		fmt.Fprintln(w, tr("resolution: %s", "决议：%s", m.Resolution.Text).in(l))
	}
	if a := m.Assignment; a.Body != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, tr("assigned to %s (%s), due %s", "承办：%s（%s），期限 %s", a.Body, e.name(a.Seat), day(a.Due)).in(l))
		for _, t := range a.Tasks {
			fmt.Fprintf(w, "  - %s\n", t)
		}
		if p := m.Progress; p.Reports > 0 {
			fmt.Fprintln(w, tr("  progress %d%% (%d reports, last %s) %s", "  进度 %d%%（%d 次报告，最近 %s）%s", p.Percent, p.Reports, day(p.At), p.Note).in(l))
		}
		if len(m.Defects) > 0 {
			fmt.Fprintln(w, tr("  sent back %d times; defects: %s", "  退回 %d 次；问题：%s", m.SendBacks, strings.Join(m.Defects, "; ")).in(l))
		}
	}
	if r := m.LastRatings; r.Total() > 0 {
		fmt.Fprintln(w, tr("last evaluation: %d satisfied, %d basically satisfied, %d dissatisfied", "最近评价：满意 %d，基本满意 %d，不满意 %d",
			r.Satisfied, r.Basic, r.Dissatisfied).in(l))
	}
}

// fmtDays prints a duration in days with one decimal.
func fmtDays(d time.Duration) string {
	tenths := int64(d / (144 * time.Minute)) // a tenth of a day
	return fmt.Sprintf("%d.%d", tenths/10, tenths%10)
}
