package volunteer

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"
)

// staffInstance is a Curtois & Qu instance in its own terms (the model of
// ../shared/data/curtois-qu/README.md), small enough to enumerate.
type staffInstance struct {
	days         int
	minutes      []int    // per shift type
	cannotFollow [][]bool // [t1][t2]: t2 may not follow t1 on the next day
	staff        []staffMember
	on, off      []staffRequest
	cover        []staffCover
}

type staffMember struct {
	maxShifts                            []int // per shift type
	maxMin, minMin                       int
	maxCons, minCons, minOff, maxWeekend int
	daysOff                              []int
}

type staffRequest struct{ staff, day, shift, weight int }
type staffCover struct{ day, shift, req, under, over int }

// toInput maps a staff instance onto the general model, as the package
// documentation describes: one need per (day, shift type) with Min 0,
// Target the requirement and Max the staff count; each employee a
// volunteer with per-task caps, total-minute bounds, consecutive rules and
// weekends; days off as blackouts; requests as preferences; rotations as
// forbidden successions. Zero maxima become blackouts.
func (si staffInstance) toInput() (Input, Options) {
	in := Input{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Days: si.days}
	in.Estate.Spaces = []Space{{ID: "site", Kind: OtherSpace}}
	shift := func(t int) string { return fmt.Sprintf("S%d", t) }
	cover := map[[2]int]staffCover{}
	for _, c := range si.cover {
		cover[[2]int{c.day, c.shift}] = c
	}
	for d := 0; d < si.days; d++ {
		for t := range si.minutes {
			c := cover[[2]int{d, t}]
			in.Needs = append(in.Needs, Need{ID: fmt.Sprintf("d%d-%s", d, shift(t)), Space: "site", Task: shift(t), Days: []int{d},
				Effort: si.minutes[t], Min: 0, Target: c.req, Max: max(len(si.staff), c.req, 1), UnderWeight: int64(c.under), OverWeight: int64(c.over)})
		}
	}
	for t1 := range si.cannotFollow {
		for t2, bad := range si.cannotFollow[t1] {
			if bad {
				in.Forbidden = append(in.Forbidden, Succession{First: shift(t1), Then: shift(t2)})
			}
		}
	}
	for i, s := range si.staff {
		v := Volunteer{ID: fmt.Sprintf("E%d", i)}
		l := &v.Limits
		l.MaxEffort, l.MinEffort = s.maxMin, s.minMin
		l.MaxConsecutive, l.MinConsecutive, l.MinConsecutiveOff, l.MaxWeekends = s.maxCons, s.minCons, s.minOff, s.maxWeekend
		for t, mx := range s.maxShifts {
			l.Tasks = append(l.Tasks, TaskLimit{Task: shift(t), Max: mx})
		}
		for _, d := range s.daysOff {
			v.Blackouts = append(v.Blackouts, DayRange{d, d})
		}
		if s.maxMin == 0 || s.maxCons == 0 {
			v.Blackouts = append(v.Blackouts, DayRange{0, si.days - 1})
		}
		if s.maxWeekend == 0 {
			for d := 5; d < si.days; d += 7 {
				v.Blackouts = append(v.Blackouts, DayRange{d, min(d+1, si.days-1)})
			}
		}
		in.Volunteers = append(in.Volunteers, v)
	}
	for _, r := range si.on {
		v := &in.Volunteers[r.staff]
		v.Preferences = append(v.Preferences, Preference{Task: shift(r.shift), Days: []int{r.day}, Weight: int64(r.weight)})
	}
	for _, r := range si.off {
		v := &in.Volunteers[r.staff]
		v.Preferences = append(v.Preferences, Preference{Task: shift(r.shift), Days: []int{r.day}, Weight: -int64(r.weight)})
	}
	w := CurtoisWeights()
	return in, Options{Weights: &w}
}

// objective computes the Curtois & Qu objective and feasibility of a
// roster (roster[s][d] = shift type or -1) directly from the staff model,
// sharing no code with the engine.
func (si staffInstance) objective(roster [][]int) (int, bool) {
	ok := true
	obj := 0
	for s, st := range si.staff {
		row := roster[s]
		count := make([]int, len(si.minutes))
		total := 0
		weekends := map[int]bool{}
		for d, t := range row {
			if t < 0 {
				continue
			}
			count[t]++
			total += si.minutes[t]
			if d%7 == 5 || d%7 == 6 {
				weekends[d/7] = true
			}
			if d+1 < len(row) && row[d+1] >= 0 && si.cannotFollow[t][row[d+1]] {
				ok = false
			}
			for _, off := range st.daysOff {
				if off == d {
					ok = false
				}
			}
		}
		for t, c := range count {
			if c > st.maxShifts[t] {
				ok = false
			}
		}
		if total > st.maxMin || total < st.minMin || len(weekends) > st.maxWeekend {
			ok = false
		}
		for a := 0; a < len(row); {
			b := a
			for b+1 < len(row) && (row[b+1] >= 0) == (row[a] >= 0) {
				b++
			}
			n := b - a + 1
			inner := a > 0 && b < len(row)-1
			if row[a] >= 0 && (n > st.maxCons || inner && n < st.minCons) || row[a] < 0 && inner && n < st.minOff {
				ok = false
			}
			a = b + 1
		}
	}
	for _, r := range si.on {
		if roster[r.staff][r.day] != r.shift {
			obj += r.weight
		}
	}
	for _, r := range si.off {
		if roster[r.staff][r.day] == r.shift {
			obj += r.weight
		}
	}
	for _, c := range si.cover {
		n := 0
		for s := range si.staff {
			if roster[s][c.day] == c.shift {
				n++
			}
		}
		if n < c.req {
			obj += c.under * (c.req - n)
		} else {
			obj += c.over * (n - c.req)
		}
	}
	return obj, ok
}

func drawStaffInstance(t *rapid.T, maxDays, maxTypes, maxStaff int) staffInstance {
	si := staffInstance{days: rapid.IntRange(2, maxDays).Draw(t, "days")}
	nt := rapid.IntRange(1, maxTypes).Draw(t, "types")
	for i := 0; i < nt; i++ {
		si.minutes = append(si.minutes, rapid.SampledFrom([]int{240, 480, 720}).Draw(t, "minutes"))
		row := make([]bool, nt)
		for j := range row {
			row[j] = rapid.IntRange(0, 3).Draw(t, "cannot") == 0
		}
		si.cannotFollow = append(si.cannotFollow, row)
	}
	ns := rapid.IntRange(1, maxStaff).Draw(t, "staff")
	for i := 0; i < ns; i++ {
		mx := rapid.IntRange(0, 3000).Draw(t, "maxmin")
		st := staffMember{maxMin: mx, minMin: rapid.IntRange(0, min(mx, 1000)).Draw(t, "minmin"),
			maxCons: rapid.IntRange(0, 4).Draw(t, "maxcons"), minCons: rapid.IntRange(1, 3).Draw(t, "mincons"),
			minOff: rapid.IntRange(1, 3).Draw(t, "minoff"), maxWeekend: rapid.IntRange(0, 1).Draw(t, "maxwe")}
		for j := 0; j < nt; j++ {
			st.maxShifts = append(st.maxShifts, rapid.IntRange(0, 5).Draw(t, "maxshifts"))
		}
		if rapid.Bool().Draw(t, "dayoff") {
			st.daysOff = []int{rapid.IntRange(0, si.days-1).Draw(t, "off")}
		}
		si.staff = append(si.staff, st)
	}
	for k := rapid.IntRange(0, 3).Draw(t, "requests"); k > 0; k-- {
		r := staffRequest{rapid.IntRange(0, ns-1).Draw(t, "rs"), rapid.IntRange(0, si.days-1).Draw(t, "rd"), rapid.IntRange(0, nt-1).Draw(t, "rt"), rapid.IntRange(1, 3).Draw(t, "rw")}
		if rapid.Bool().Draw(t, "on") {
			si.on = append(si.on, r)
		} else {
			si.off = append(si.off, r)
		}
	}
	for d := 0; d < si.days; d++ {
		for s := 0; s < nt; s++ {
			if rapid.IntRange(0, 2).Draw(t, "cover") > 0 {
				si.cover = append(si.cover, staffCover{d, s, rapid.IntRange(0, 2).Draw(t, "req"), 100, 1})
			}
		}
	}
	return si
}

// TestCurtoisMapping: for random rosters of random small staff instances,
// the engine's Evaluate on the mapped input agrees with the staff model
// computed directly: a roster is valid (no hard finding, Hard level 0)
// exactly when it is feasible, and then Soft plus the shift-on request
// weights is the Curtois & Qu objective.
func TestCurtoisMapping(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		si := drawStaffInstance(t, 7, 2, 3)
		in, opt := si.toInput()
		if r := Validate(in, opt); len(r) > 0 {
			t.Fatalf("mapped input invalid: %v", r)
		}
		roster := make([][]int, len(si.staff))
		var rota []Assignment
		for s := range roster {
			roster[s] = make([]int, si.days)
			for d := range roster[s] {
				roster[s][d] = rapid.IntRange(-1, len(si.minutes)-1).Draw(t, "shift")
				if roster[s][d] >= 0 {
					rota = append(rota, Assignment{Need: fmt.Sprintf("d%d-S%d", d, roster[s][d]), Slot: d, Day: d, Volunteer: fmt.Sprintf("E%d", s)})
				}
			}
		}
		want, feasible := si.objective(roster)
		sc, rep := Evaluate(in, rota, opt)
		valid := rep.Valid() && sc.Hard == 0
		if valid != feasible {
			t.Fatalf("engine says valid=%v (score %v, findings %v); staff model says feasible=%v", valid, sc, rep, feasible)
		}
		on := 0
		for _, r := range si.on {
			on += r.weight
		}
		if got := int(sc.Soft) + on; feasible && got != want {
			t.Fatalf("engine objective %d (soft %d + on %d); staff model %d", got, sc.Soft, on, want)
		}
	})
}

// TestCurtoisPlanOptimal: on tiny staff instances the planner finds the
// enumerated optimum of the mapped model.
func TestCurtoisPlanOptimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		si := drawStaffInstance(t, 4, 1, 2)
		in, opt := si.toInput()
		opt.Budget = 100000
		want, _, ok := bruteForce(in, opt)
		res, err := Plan(in, opt)
		if err != nil {
			t.Fatalf("Plan: %v", err)
		}
		if ok && res.Score != want {
			t.Fatalf("Plan score %v; optimum %v", res.Score, want)
		}
		if b := res.SoftBound; b != nil && ok && want.Hard == 0 && *b > want.Soft {
			t.Fatalf("Plan's soft bound %d above the optimum %v", *b, want)
		}
	})
}

// parseStaffInstance is a minimal reader of the Curtois & Qu text format,
// for the smoke test only (the examples module has the full reader with
// line-numbered errors).
func parseStaffInstance(text string) (staffInstance, error) {
	var si staffInstance
	section := ""
	shiftIdx := map[string]int{}
	staffIdx := map[string]int{}
	var follow [][]string
	atoi := func(s string) int {
		n := 0
		fmt.Sscan(s, &n)
		return n
	}
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "SECTION_") {
			section = line
			continue
		}
		f := strings.Split(line, ",")
		switch section {
		case "SECTION_HORIZON":
			si.days = atoi(f[0])
		case "SECTION_SHIFTS":
			shiftIdx[f[0]] = len(si.minutes)
			si.minutes = append(si.minutes, atoi(f[1]))
			var fl []string
			if len(f) > 2 && f[2] != "" {
				fl = strings.Split(f[2], "|")
			}
			follow = append(follow, fl)
		case "SECTION_STAFF":
			if len(si.cannotFollow) == 0 {
				for t := range follow {
					row := make([]bool, len(si.minutes))
					for _, id := range follow[t] {
						row[shiftIdx[id]] = true
					}
					si.cannotFollow = append(si.cannotFollow, row)
				}
			}
			st := staffMember{maxShifts: make([]int, len(si.minutes)), maxMin: atoi(f[2]), minMin: atoi(f[3]),
				maxCons: atoi(f[4]), minCons: atoi(f[5]), minOff: atoi(f[6]), maxWeekend: atoi(f[7])}
			for _, kv := range strings.Split(f[1], "|") {
				p := strings.Split(kv, "=")
				st.maxShifts[shiftIdx[p[0]]] = atoi(p[1])
			}
			staffIdx[f[0]] = len(si.staff)
			si.staff = append(si.staff, st)
		case "SECTION_DAYS_OFF":
			for _, d := range f[1:] {
				si.staff[staffIdx[f[0]]].daysOff = append(si.staff[staffIdx[f[0]]].daysOff, atoi(d))
			}
		case "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS":
			r := staffRequest{staffIdx[f[0]], atoi(f[1]), shiftIdx[f[2]], atoi(f[3])}
			if section == "SECTION_SHIFT_ON_REQUESTS" {
				si.on = append(si.on, r)
			} else {
				si.off = append(si.off, r)
			}
		case "SECTION_COVER":
			si.cover = append(si.cover, staffCover{atoi(f[0]), shiftIdx[f[1]], atoi(f[2]), atoi(f[3]), atoi(f[4])})
		default:
			return si, fmt.Errorf("line %q outside a known section", line)
		}
	}
	return si, nil
}

// TestCurtoisInstances plans the Curtois & Qu instances found in
// SHEQU_CURTOIS_DIR with the general engine and checks the roster against
// the staff model. By default it runs Instance1 with a small budget (a
// smoke test); SHEQU_CURTOIS_ALL=1 runs Instance1-7 and prints a table,
// with SHEQU_CURTOIS_BUDGET moves each (default 2,000,000).
func TestCurtoisInstances(t *testing.T) {
	dir := os.Getenv("SHEQU_CURTOIS_DIR")
	if dir == "" {
		t.Skip("SHEQU_CURTOIS_DIR is not set (CI sets it to ../shared/data/curtois-qu)")
	}
	if _, err := os.Stat(dir); err != nil && !filepath.IsAbs(dir) {
		// go test runs each package in its own folder.
		t.Fatalf("SHEQU_CURTOIS_DIR=%q is relative to each package's folder: give an absolute path (%v)", dir, err)
	}
	names := []string{"Instance1"}
	budget := 300_000
	if os.Getenv("SHEQU_CURTOIS_ALL") == "1" {
		names = []string{"Instance1", "Instance2", "Instance3", "Instance4", "Instance5", "Instance6", "Instance7"}
		budget = 2_000_000
		if b, err := strconv.Atoi(os.Getenv("SHEQU_CURTOIS_BUDGET")); err == nil {
			budget = b
		}
	}
	t.Logf("| instance | objective | budget (moves) |")
	t.Logf("|---|---|---|")
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		si, err := parseStaffInstance(string(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		in, opt := si.toInput()
		opt.Seed, opt.Budget = 1, budget
		res, err := Plan(in, opt)
		if err != nil {
			t.Fatalf("%s: Plan: %v", name, err)
		}
		roster := make([][]int, len(si.staff))
		for s := range roster {
			roster[s] = make([]int, si.days)
			for d := range roster[s] {
				roster[s][d] = -1
			}
		}
		for _, a := range res.Assignments {
			var s, d, k int
			fmt.Sscanf(a.Volunteer, "E%d", &s)
			fmt.Sscanf(a.Need, "d%d-S%d", &d, &k)
			roster[s][d] = k
		}
		obj, feasible := si.objective(roster)
		if res.Score.Hard == 0 && !feasible {
			t.Errorf("%s: engine roster (score %v) is infeasible in the staff model", name, res.Score)
		}
		on := 0
		for _, r := range si.on {
			on += r.weight
		}
		if feasible && obj != int(res.Score.Soft)+on {
			t.Errorf("%s: objective %d; engine soft %d + on %d", name, obj, res.Score.Soft, on)
		}
		status := fmt.Sprint(obj)
		if !feasible {
			status = fmt.Sprintf("infeasible (hard %d)", res.Score.Hard)
		}
		t.Logf("| %s | %s | %d |", name, status, budget)
	}
}
