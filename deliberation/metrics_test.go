package deliberation

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shequ/shequ/governance"
	"pgregory.net/rapid"
)

// TestNth checks the quickselect against sorting, and that it leaves xs
// partitioned around k (stageTimes relies on it for the 90th percentile).
func TestNth(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs := rapid.SliceOfN(rapid.Int64Range(-50, 50), 1, 200).Draw(t, "xs")
		k := rapid.IntRange(0, len(xs)-1).Draw(t, "k")
		sorted := slices.Sorted(slices.Values(xs))
		ys := slices.Clone(xs)
		got := nth(ys, k)
		if got != sorted[k] {
			t.Fatalf("nth(%v, %d) = %d, want %d", xs, k, got, sorted[k])
		}
		if slices.Max(ys[:k+1]) != got || slices.Min(ys[k:]) != got {
			t.Fatalf("nth(%v, %d) left %v, not partitioned around index %d", xs, k, ys, k)
		}
	})
}

// TestStageTimes checks the median and 90th percentile of each group and
// stage against sorting, by the nearest-rank method.
func TestStageTimes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ng := rapid.IntRange(1, 4).Draw(t, "groups")
		nv := rapid.IntRange(0, 300).Draw(t, "visits")
		group, stage, dur := make([]int32, nv), make([]uint8, nv), make([]int64, nv)
		for i := range nv {
			group[i] = int32(rapid.IntRange(0, ng-1).Draw(t, "g"))
			stage[i] = uint8(rapid.IntRange(int(StageCollect), int(StageEvaluate)).Draw(t, "s"))
			dur[i] = rapid.Int64Range(0, 40).Draw(t, "d")
		}
		groups := make([]acc, ng)
		stageTimes(groups, group, stage, slices.Clone(dur), make([]int64, nv))
		for g := range groups {
			for _, st := range groups[g].f.Stages {
				var xs []int64
				for i := range nv {
					if int(group[i]) == g && Stage(stage[i]) == st.Stage {
						xs = append(xs, dur[i])
					}
				}
				slices.Sort(xs)
				want := StageTime{Stage: st.Stage, Visits: len(xs)}
				if n := len(xs); n > 0 {
					// nearest rank: the smallest x with at least p·n values at or below it
					want.Median, want.P90 = time.Duration(xs[(n+1)/2-1]), time.Duration(xs[(9*n+9)/10-1])
				}
				if st != want {
					t.Fatalf("group %d: %+v, want %+v (durations %v)", g, st, want, xs)
				}
			}
		}
	})
}

// TestMetrics computes the metrics of a small district by hand: one matter
// resolved after a reopen, one declined on time, one withdrawn (excluded),
// one never answered.
func TestMetrics(t *testing.T) {
	p := BeijingPolicy()
	resolved, _ := run(t, p, lifecycle())
	unhappy := lifecycle()
	unhappy[13].cmd.Rating = RatingDissatisfied
	reopened, _ := run(t, p, append(unhappy,
		step{9, Command{Kind: CmdClaimDone, Matter: matter, Actor: pm}},
		step{9, Command{Kind: CmdAcceptWork, Matter: matter, Actor: rep}},
		step{10, Command{Kind: CmdRate, Matter: matter, Actor: res2, Details: Details{Rating: RatingBasic}}},
		step{10, Command{Kind: CmdCloseEvaluation, Matter: matter, Actor: rc}},
	))
	declined, _ := run(t, p, []step{lifecycle()[0], {1, Command{Kind: CmdDecline, Matter: matter, Actor: rc, Details: Details{Reason: "private dispute"}}}})
	withdrawn, _ := run(t, p, []step{lifecycle()[0], {1, Command{Kind: CmdWithdraw, Matter: matter, Actor: res1}}})
	silent, _ := run(t, p, lifecycle()[:1])
	silent.Platform = "hall-2"
	all := []Matter{resolved, reopened, declined, withdrawn, silent}
	r := Metrics(all, t0, t0.AddDate(0, 2, 0), p)
	got := r.All
	want := Figures{
		Matters: 4, Excluded: 1,
		Response:     Rate{3, 4},     // silent never answered
		Resolution:   Rate{2, 4},     // resolved and reopened-then-resolved
		Satisfaction: Rate{200, 200}, // last evaluations: 1 satisfied, 1 basically satisfied
		Overdue:      Rate{1, 4},     // silent is past its collect deadline at the end of the period
		Reopen:       Rate{1, 2},
		Score:        (7500 + 5000 + 10000) / 3,
	}
	if diff := cmp.Diff(want, got, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Stages" }, cmp.Ignore())); diff != "" {
		t.Errorf("Metrics (-want +got):\n%s", diff)
	}
	var handle StageTime
	for _, st := range got.Stages {
		if st.Stage == StageHandle {
			handle = st
		}
	}
	// Handle visits: 2 days (resolved); 2 days, then 1 day after reopening.
	// Nearest rank: the median is the 2nd of 3, the 90th percentile the 3rd.
	if want := (StageTime{Stage: StageHandle, Visits: 3, Median: 48 * time.Hour, P90: 48 * time.Hour}); handle != want {
		t.Errorf("handle time = %+v, want %+v", handle, want)
	}
	if len(r.ByPlatform) != 2 || r.ByPlatform[0].Key != "hall-1" || r.ByPlatform[1].Matters != 1 {
		t.Errorf("ByPlatform = %+v, want hall-1 then hall-2 with one matter", r.ByPlatform)
	}
	slices.Reverse(all)
	if diff := cmp.Diff(r, Metrics(all, t0, t0.AddDate(0, 2, 0), p)); diff != "" {
		t.Errorf("Metrics depends on the order of matters:\n%s", diff)
	}
	if r := Metrics(all, t0.AddDate(1, 0, 0), time.Time{}, p); r.All.Matters != 0 || r.All.Response.BasisPoints() != -1 {
		t.Errorf("Metrics of an empty period = %+v", r.All)
	}
	_ = governance.Agree
}

// TestMetricsBreakdownsAndRules checks the breakdowns on matters that fall
// in different groups, the end of the period, and the resolution rules
// that are not the defaults.
func TestMetricsBreakdownsAndRules(t *testing.T) {
	p := BeijingPolicy()
	resolved, _ := run(t, p, lifecycle()) // building, meeting, environment; closed on day 8
	steps := lifecycle()[:11]             // adopted and assigned: in Handle
	steps[0].cmd.Scope, steps[0].cmd.Category = LevelCompound, CategoryOther
	handling, _ := run(t, p, steps)
	raise := lifecycle()[0]
	raise.cmd.Scope, raise.cmd.Category = LevelCommunity, CategoryOther
	declined, _ := run(t, p, []step{raise, {1, Command{Kind: CmdDecline, Matter: matter, Actor: rc, Details: Details{Reason: "private dispute"}}}})
	all := []Matter{resolved, handling, declined}

	type key struct {
		Dim, Key string
		Matters  int64
		Res      Rate
	}
	flat := func(r MetricsReport) []key {
		var ks []key
		for _, d := range []struct {
			name string
			gs   []Group
		}{{"level", r.ByLevel}, {"form", r.ByForm}, {"category", r.ByCategory}} {
			for _, g := range d.gs {
				ks = append(ks, key{d.name, g.Key, g.Matters, g.Resolution})
			}
		}
		return ks
	}
	r := Metrics(all, t0, day(30), p)
	want := []key{
		{"level", "building", 1, Rate{1, 1}},
		{"level", "compound", 1, Rate{0, 1}},
		{"level", "community", 1, Rate{0, 1}},
		{"form", "none", 1, Rate{0, 1}},
		{"form", "meeting", 2, Rate{1, 2}},
		{"category", "environment", 1, Rate{1, 1}},
		{"category", "other", 2, Rate{0, 2}},
	}
	if diff := cmp.Diff(want, flat(r)); diff != "" {
		t.Errorf("breakdowns (-want +got):\n%s", diff)
	}

	evaluate := func(f Figures) int {
		for _, st := range f.Stages {
			if st.Stage == StageEvaluate {
				return st.Visits
			}
		}
		return -1
	}
	closedOf := p
	closedOf.Metrics.Resolved = []Closure{ClosureResolved, ClosureDeclined}
	closedOf.Metrics.ResolutionOfClosed = true
	for _, c := range []struct {
		name      string
		p         Policy
		to        time.Time
		res       Rate
		evaluated int
	}{
		{"default", p, day(30), Rate{1, 3}, 1},
		{"before the closure", p, day(7), Rate{0, 3}, 0},
		{"at the closure", p, day(8), Rate{1, 3}, 1},
		{"declined counts, closed only", closedOf, day(30), Rate{2, 2}, 1},
		{"declined counts, closed only, before the closure", closedOf, day(7), Rate{1, 1}, 0},
		{"nil resolved means resolved", func() Policy { q := p; q.Metrics.Resolved = nil; return q }(), day(30), Rate{1, 3}, 1},
	} {
		f := Metrics(all, t0, c.to, c.p).All
		if f.Resolution != c.res || evaluate(f) != c.evaluated {
			t.Errorf("%s: resolution %v, evaluate visits %d; want %v, %d", c.name, f.Resolution, evaluate(f), c.res, c.evaluated)
		}
	}
}
