package deliberation

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Rate is an exact fraction Num/Den. The zero Rate (0/0) means "no data".
type Rate struct {
	Num int64 `json:"num"`
	Den int64 `json:"den"`
}

// BasisPoints returns the rate in hundredths of a percent, rounded down;
// -1 when Den is zero.
func (r Rate) BasisPoints() int64 {
	if r.Den <= 0 {
		return -1
	}
	return r.Num * 10000 / r.Den
}

// String returns the rate as "num/den (pp.pp%)", or "n/a".
func (r Rate) String() string {
	bp := r.BasisPoints()
	if bp < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%d/%d (%d.%02d%%)", r.Num, r.Den, bp/100, bp%100)
}

// StageTime is how long matters stayed in a stage, over completed visits:
// the median and the 90th percentile by the nearest-rank method.
type StageTime struct {
	Stage  Stage         `json:"stage"`
	Visits int           `json:"visits"`
	Median time.Duration `json:"median"`
	P90    time.Duration `json:"p90"`
}

// Figures are the metrics of one set of matters.
//
// With the default [MetricRules]: Response is the matters admitted,
// declined or merged within the Collect deadline over the matters counted;
// Resolution is the matters closed as resolved over the matters counted;
// Satisfaction is the weighted points of the last evaluation's ratings
// over the most points they could have had (see [Satisfaction.Score]);
// Overdue is the matters that ever left a stage after its deadline, or are
// past it at the end of the period, over the matters counted; Reopen is the
// matters reopened at least once over the matters evaluated at least once.
// Matters whose closure the rules exclude (withdrawn, merged) are counted
// in Excluded and nowhere else.
type Figures struct {
	Matters      int64 `json:"matters"`
	Excluded     int64 `json:"excluded"`
	Response     Rate  `json:"response"`
	Resolution   Rate  `json:"resolution"`
	Satisfaction Rate  `json:"satisfaction"`
	Overdue      Rate  `json:"overdue"`
	Reopen       Rate  `json:"reopen"`
	// Score is the composite of the three rates with the rules' weights,
	// in basis points (rounded down); -1 when a weighted rate has no data.
	Score  int64       `json:"score"`
	Stages []StageTime `json:"stages"`
}

// Group is the figures of the matters that share one key of a breakdown.
type Group struct {
	Key string `json:"key"`
	Figures
}

// MetricsReport holds the metrics of the matters raised in a period, in
// total and broken down by level (the matter's scope), consultation form,
// category and platform. Groups are in the order of the enumerations, and
// platforms in byte order; matters not admitted have the form "none".
type MetricsReport struct {
	From       time.Time `json:"from,omitzero"`
	To         time.Time `json:"to,omitzero"`
	All        Figures   `json:"all"`
	ByLevel    []Group   `json:"by_level"`
	ByForm     []Group   `json:"by_form"`
	ByCategory []Group   `json:"by_category"`
	ByPlatform []Group   `json:"by_platform"`
}

// acc accumulates the figures of one group.
type acc struct {
	f     Figures
	times [StageClosed][]int64 // durations in nanoseconds, by stage
}

func (a *acc) add(m *Matter, excluded, responded, overdue bool, rules *MetricRules, sat *Satisfaction) {
	if excluded {
		a.f.Excluded++
		return
	}
	f := &a.f
	f.Matters++
	f.Response.Den++
	f.Resolution.Den++
	f.Overdue.Den++
	if responded {
		f.Response.Num++
	}
	if m.Closure == ClosureResolved {
		f.Resolution.Num++
	}
	if overdue {
		f.Overdue.Num++
	}
	if m.Evaluations > 0 {
		f.Reopen.Den++
		if m.Reopens > 0 {
			f.Reopen.Num++
		}
		p, most := sat.Score(m.LastRatings)
		f.Satisfaction.Num += p
		f.Satisfaction.Den += most
	}
	for i := range m.Visits {
		v := &m.Visits[i]
		if v.Stage >= StageCollect && v.Stage < StageClosed {
			a.times[v.Stage] = append(a.times[v.Stage], int64(v.To.Sub(v.From)))
		}
	}
}

func (a *acc) finish(w [3]int64) Figures {
	f := a.f
	f.Score = score(w, f.Response, f.Resolution, f.Satisfaction)
	f.Stages = make([]StageTime, 0, StageClosed-1)
	for s := StageCollect; s < StageClosed; s++ {
		xs := a.times[s]
		st := StageTime{Stage: s, Visits: len(xs)}
		if n := len(xs); n > 0 {
			st.Median = time.Duration(nth(xs, (n+1)/2-1))
			st.P90 = time.Duration(nth(xs, (9*n+9)/10-1))
		}
		f.Stages = append(f.Stages, st)
	}
	return f
}

// score returns the weighted mean of the rates in basis points, rounded
// down, or -1 when a rate with a positive weight has no data.
func score(w [3]int64, rates ...Rate) int64 {
	var sum, wsum int64
	for i, r := range rates {
		if w[i] <= 0 {
			continue
		}
		bp := r.BasisPoints()
		if bp < 0 {
			return -1
		}
		sum += w[i] * bp
		wsum += w[i]
	}
	if wsum == 0 {
		return -1
	}
	return sum / wsum
}

// nth returns the k-th smallest element of xs (0-based), reordering xs.
// It is a deterministic quickselect with a median-of-three pivot.
func nth(xs []int64, k int) int64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[hi] < xs[mid] {
			xs[hi], xs[mid] = xs[mid], xs[hi]
		}
		pivot := xs[mid]
		i, j := lo, hi
		for i <= j {
			for xs[i] < pivot {
				i++
			}
			for xs[j] > pivot {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// Metrics computes the metrics of the matters raised in [from, to) (a zero
// bound is open) under the policy's metric rules. The matters are taken as
// they are given (their state after whatever events the caller applied); a
// stage still open at to counts as overdue if its deadline passed by then.
// The result is deterministic: the order of matters does not change it.
func Metrics(matters []Matter, from, to time.Time, p Policy) MetricsReport {
	rules, sat := &p.Metrics, &p.Satisfaction
	var all acc
	byLevel := make([]acc, LevelDistrict+1)
	byForm := make([]acc, FormOnline+1)
	byCategory := make([]acc, CategoryOther+1)
	byPlatform := map[string]*acc{}
	for i := range matters {
		m := &matters[i]
		if m.Seq == 0 || (!from.IsZero() && m.RaisedAt.Before(from)) || (!to.IsZero() && !m.RaisedAt.Before(to)) {
			continue
		}
		excluded := m.Closure != 0 && slices.Contains(rules.Exclude, m.Closure)
		responded := !m.RespondedAt.IsZero() && (to.IsZero() || m.RespondedAt.Before(to))
		if responded && rules.ResponseOnTime && len(m.Visits) > 0 && m.Visits[0].Overdue {
			responded = false
		}
		overdue := m.WasOverdue || (!to.IsZero() && m.stageOverdue(to))
		all.add(m, excluded, responded, overdue, rules, sat)
		if int(m.Scope) < len(byLevel) {
			byLevel[m.Scope].add(m, excluded, responded, overdue, rules, sat)
		}
		if int(m.Form) < len(byForm) {
			byForm[m.Form].add(m, excluded, responded, overdue, rules, sat)
		}
		if int(m.Category) < len(byCategory) {
			byCategory[m.Category].add(m, excluded, responded, overdue, rules, sat)
		}
		a := byPlatform[m.Platform]
		if a == nil {
			a = new(acc)
			byPlatform[m.Platform] = a
		}
		a.add(m, excluded, responded, overdue, rules, sat)
	}
	r := MetricsReport{From: from, To: to, All: all.finish(rules.Weights)}
	groups := func(accs []acc, key func(int) string) []Group {
		var gs []Group
		for i := range accs {
			if accs[i].f.Matters+accs[i].f.Excluded > 0 {
				gs = append(gs, Group{Key: key(i), Figures: accs[i].finish(rules.Weights)})
			}
		}
		return gs
	}
	r.ByLevel = groups(byLevel, func(i int) string { return Level(i).String() })
	r.ByForm = groups(byForm, func(i int) string {
		if i == 0 {
			return "none"
		}
		return Form(i).String()
	})
	r.ByCategory = groups(byCategory, func(i int) string { return Category(i).String() })
	keys := make([]string, 0, len(byPlatform))
	for k := range byPlatform {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, cmp.Compare)
	for _, k := range keys {
		r.ByPlatform = append(r.ByPlatform, Group{Key: k, Figures: byPlatform[k].finish(rules.Weights)})
	}
	return r
}
