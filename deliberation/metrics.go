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
// Resolution is the matters closed as resolved by the end of the period
// over the matters counted (the rules choose which closures count as
// resolved and whether only closed matters are counted);
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

// acc accumulates the counts of one group; stage times are computed
// afterwards from the visits (see stageTimes).
type acc struct {
	f Figures
}

// outcome is what the metrics count of one matter in the period.
type outcome struct {
	excluded, responded, overdue bool
	closed, resolved             bool // by the end of the period
}

func (a *acc) add(m *Matter, o outcome, rules *MetricRules, sat *Satisfaction) {
	if o.excluded {
		a.f.Excluded++
		return
	}
	f := &a.f
	f.Matters++
	f.Response.Den++
	f.Overdue.Den++
	if o.responded {
		f.Response.Num++
	}
	if o.closed || !rules.ResolutionOfClosed {
		f.Resolution.Den++
	}
	if o.resolved {
		f.Resolution.Num++
	}
	if o.overdue {
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
}

// stageTimes sets the stage times of groups from the visits: group[i] is
// the group of visit i, stage[i] its stage and dur[i] its duration. It
// sorts the visits by (group, stage) with a counting sort into buf and
// selects the median and 90th percentile of each run.
func stageTimes(groups []acc, group []int32, stage []uint8, dur []int64, buf []int64) {
	const ns = int(StageClosed)
	off := make([]int, len(groups)*ns+1)
	for i := range dur {
		off[int(group[i])*ns+int(stage[i])+1]++
	}
	for k := 1; k < len(off); k++ {
		off[k] += off[k-1]
	}
	next := slices.Clone(off[:len(off)-1])
	for i, d := range dur {
		k := int(group[i])*ns + int(stage[i])
		buf[next[k]] = d
		next[k]++
	}
	for g := range groups {
		st := make([]StageTime, 0, ns-1)
		for s := StageCollect; s < StageClosed; s++ {
			k := g*ns + int(s)
			xs := buf[off[k]:off[k+1]]
			t := StageTime{Stage: s, Visits: len(xs)}
			if n := len(xs); n > 0 {
				// nth leaves xs partitioned around the median, so the 90th
				// percentile (never below it) is selected from the upper part.
				mid, p90 := (n+1)/2-1, (9*n+9)/10-1
				t.Median = time.Duration(nth(xs, mid))
				t.P90 = time.Duration(nth(xs[mid:], p90-mid))
			}
			st = append(st, t)
		}
		groups[g].f.Stages = st
	}
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

// nth returns the k-th smallest element of xs (0-based), reordering xs so
// that no element before index k is greater and none after it is smaller.
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
// they are given (their state after whatever events the caller applied),
// counting only a response before to and a closure or completed stage
// visit at or before it; a stage still open at to counts as overdue if its
// deadline passed by then.
// The result is deterministic: the order of matters does not change it.
func Metrics(matters []Matter, from, to time.Time, p Policy) MetricsReport {
	rules, sat := &p.Metrics, &p.Satisfaction
	resolved := rules.Resolved
	if len(resolved) == 0 {
		resolved = []Closure{ClosureResolved}
	}
	// The dimensions: 0 all, 1 level, 2 form, 3 category, 4 platform.
	const dims = 5
	accs := [dims][]acc{
		make([]acc, 1), make([]acc, LevelDistrict+1), make([]acc, FormOnline+1), make([]acc, CategoryOther+1), nil,
	}
	platforms := map[string]int32{}
	var platformKeys []string
	nv := 0
	for i := range matters {
		nv += len(matters[i].Visits)
	}
	var group [dims][]int32
	for d := range group {
		group[d] = make([]int32, nv)
	}
	stage := make([]uint8, nv)
	dur := make([]int64, nv)
	n := 0 // visits kept
	for i := range matters {
		m := &matters[i]
		if m.Seq == 0 || (!from.IsZero() && m.RaisedAt.Before(from)) || (!to.IsZero() && !m.RaisedAt.Before(to)) {
			continue
		}
		if int(m.Scope) >= len(accs[1]) || int(m.Form) >= len(accs[2]) || int(m.Category) >= len(accs[3]) {
			continue // not a matter Decide could have made
		}
		var o outcome
		o.excluded = m.Closure != 0 && slices.Contains(rules.Exclude, m.Closure)
		o.responded = !m.RespondedAt.IsZero() && (to.IsZero() || m.RespondedAt.Before(to))
		if o.responded && rules.ResponseOnTime && len(m.Visits) > 0 && m.Visits[0].Overdue {
			o.responded = false
		}
		o.overdue = m.WasOverdue || (!to.IsZero() && m.stageOverdue(to))
		o.closed = m.Closure != 0 && (to.IsZero() || !m.ClosedAt.After(to))
		o.resolved = o.closed && slices.Contains(resolved, m.Closure)
		pl, ok := platforms[m.Platform]
		if !ok {
			pl = int32(len(platformKeys))
			platforms[m.Platform] = pl
			platformKeys = append(platformKeys, m.Platform)
			accs[4] = append(accs[4], acc{})
		}
		g := [dims]int32{0, int32(m.Scope), int32(m.Form), int32(m.Category), pl}
		for d := range dims {
			accs[d][g[d]].add(m, o, rules, sat)
		}
		if o.excluded {
			continue
		}
		for j := range m.Visits {
			v := &m.Visits[j]
			if v.Stage < StageCollect || v.Stage >= StageClosed || (!to.IsZero() && v.To.After(to)) {
				continue // not a stage, or a visit not completed in the period
			}
			for d := range dims {
				group[d][n] = g[d]
			}
			stage[n] = uint8(v.Stage)
			dur[n] = int64(v.To.Sub(v.From))
			n++
		}
	}
	stage, dur = stage[:n], dur[:n]
	buf := make([]int64, n)
	for d := range dims {
		stageTimes(accs[d], group[d][:n], stage, dur, buf)
		for i := range accs[d] {
			f := &accs[d][i].f
			f.Score = score(rules.Weights, f.Response, f.Resolution, f.Satisfaction)
		}
	}
	r := MetricsReport{From: from, To: to, All: accs[0][0].f}
	groups := func(as []acc, key func(int) string) []Group {
		var gs []Group
		for i := range as {
			if as[i].f.Matters+as[i].f.Excluded > 0 {
				gs = append(gs, Group{Key: key(i), Figures: as[i].f})
			}
		}
		return gs
	}
	r.ByLevel = groups(accs[1], func(i int) string { return Level(i).String() })
	r.ByForm = groups(accs[2], func(i int) string {
		if i == 0 {
			return "none"
		}
		return Form(i).String()
	})
	r.ByCategory = groups(accs[3], func(i int) string { return Category(i).String() })
	r.ByPlatform = groups(accs[4], func(i int) string { return platformKeys[i] })
	slices.SortFunc(r.ByPlatform, func(a, b Group) int { return cmp.Compare(a.Key, b.Key) })
	return r
}
