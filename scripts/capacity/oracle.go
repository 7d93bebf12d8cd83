//go:build ignore

// Command oracle compares the capacity planner with an exact MIP solved by
// COIN-OR CBC on small generated instances (grids and random planar
// graphs, k = 2 and 3, households-balanced bands, weighted cut). It is a
// benchmark script, not part of CI: it needs the cbc binary
// (apt-get install -y coinor-cbc) and takes minutes.
//
//	go run ./scripts/capacity/oracle.go [-cbc cbc] [-limit 120] [-keep dir] [-set grids|delaunay] [-only name] [-nocbc]
//
// It prints a Markdown table: for each instance the CBC optimum (or "-" if
// CBC did not prove one within the limit), the planner's exact mode (with
// its optimality flag), the heuristic alone, and the heuristic's gap.
//
// The MIP is the labelling model of Validi and Buchanan's "Political
// districting to minimize cut edges" in its simplest form: x[v][p] assigns
// unit v to part p, y[e] marks a cut edge (y ≥ x[u][p] − x[v][p] both
// ways), each part has one root r[v][p] ≤ x[v][p], and a single-commodity
// flow from the root, allowed only on arcs inside the part, reaches every
// unit of the part (contiguity). Part 0 holds unit 0 to break symmetry.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/shequ/shequ/capacity"
)

type instance struct {
	name  string
	units []capacity.Unit
	edges []capacity.Edge
	k     int
	dev   capacity.Ratio
}

func main() {
	cbc := flag.String("cbc", "cbc", "path of the CBC binary")
	limit := flag.Int("limit", 120, "CBC time limit per instance, seconds")
	keep := flag.String("keep", "", "directory to keep the LP files in (default: a temporary one)")
	noCBC := flag.Bool("nocbc", false, "skip CBC: only the planner's columns")
	set := flag.String("set", "grids", "instance set: grids (16–36 units, k = 2–4) or delaunay (24–100 units, k = 2–4, ±0.5 %)")
	only := flag.String("only", "", "run only the instances whose name contains this")
	flag.Parse()
	dir := *keep
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	} else {
		d, err := os.MkdirTemp("", "capacity-oracle")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	fmt.Println("| instance | n | edges | k | band | CBC optimum | CBC s | exact mode | exact s | heuristic only | heur. s | gap |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|")
	list := instances()
	if *set == "delaunay" {
		list = delaunayInstances()
	}
	for _, in := range list {
		if !strings.Contains(in.name, *only) {
			continue
		}
		lo, hi := band(in)
		lp := filepath.Join(dir, in.name+".lp")
		if err := os.WriteFile(lp, []byte(model(in, lo, hi)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		t0 := time.Now()
		opt, status := int64(0), "skipped"
		if !*noCBC {
			opt, status = solve(*cbc, lp, filepath.Join(dir, in.name+".sol"), *limit)
		}
		ok := status == "Optimal"
		cbcTime := time.Since(t0)

		req := capacity.SplitRequest{Units: in.units, Edges: in.edges, Parts: in.k, Band: capacity.Band{Deviation: in.dev}}
		t0 = time.Now()
		exact, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
		exTime := time.Since(t0)
		exactCell := "no plan"
		if err == nil {
			exactCell = fmt.Sprintf("%d (optimal=%v)", exact.CutWeight, exact.Optimal)
		}
		req.Options.Heuristic = true
		t0 = time.Now()
		heur, herr := capacity.PlanSplit(req, capacity.BeijingPolicy())
		hTime := time.Since(t0)
		heurCell, gap := "no plan", "-"
		if herr == nil {
			heurCell = fmt.Sprint(heur.CutWeight)
			if ok && opt > 0 {
				gap = fmt.Sprintf("%+.1f %%", 100*float64(heur.CutWeight-opt)/float64(opt))
			}
		}
		optCell := status
		if ok {
			optCell = fmt.Sprint(opt)
		} else if opt > 0 {
			optCell = fmt.Sprintf("%s (best %d)", status, opt)
			if herr == nil {
				gap = fmt.Sprintf("%+.1f %% vs CBC's best", 100*float64(heur.CutWeight-opt)/float64(opt))
			}
		}
		fmt.Printf("| %s | %d | %d | %d | ±%d/%d [%d, %d] | %s | %.1f | %s | %.3f | %s | %.3f | %s |\n",
			in.name, len(in.units), len(in.edges), in.k, in.dev.Num, in.dev.Den, lo, hi, optCell, cbcTime.Seconds(),
			exactCell, exTime.Seconds(), heurCell, hTime.Seconds(), gap)
	}
}

func instances() []instance {
	var out []instance
	for _, c := range []struct {
		w, h, k int
		planar  bool
		seed    uint64
		dev     int64 // per thousand
	}{
		{4, 4, 2, false, 1, 50}, {5, 4, 2, false, 2, 50}, {5, 5, 2, false, 3, 50}, {6, 5, 2, false, 4, 50},
		{4, 4, 2, true, 5, 50}, {5, 4, 2, true, 6, 50}, {5, 5, 2, true, 7, 50}, {6, 5, 2, true, 8, 50},
		{4, 4, 3, false, 9, 50}, {5, 4, 3, true, 10, 50},
		{6, 6, 2, true, 11, 5}, {7, 5, 2, true, 12, 5}, {6, 6, 2, false, 13, 10}, {4, 4, 3, true, 14, 10},
		{4, 4, 4, true, 15, 50}, {5, 4, 4, false, 16, 50},
	} {
		rng := rand.New(rand.NewPCG(c.seed, 2026))
		units, edges := grid(rng, c.w, c.h, c.planar)
		kind := "grid"
		if c.planar {
			kind = "planar"
		}
		out = append(out, instance{name: fmt.Sprintf("%s%dx%d-k%d-s%d", kind, c.w, c.h, c.k, c.seed),
			units: units, edges: edges, k: c.k, dev: capacity.Ratio{Num: c.dev, Den: 1000}})
	}
	return out
}

// delaunayInstances are Delaunay triangulations of random points (the
// shape of county dual graphs) with log-normal households, edge weights
// 1–5 and a ±0.5 % band.
func delaunayInstances() []instance {
	var out []instance
	for _, c := range []struct {
		n, k int
		seed uint64
	}{
		{30, 2, 1}, {50, 2, 2}, {70, 2, 3}, {100, 2, 4}, {30, 3, 5}, {50, 3, 6}, {40, 4, 7}, {100, 3, 8},
		{24, 3, 9}, {24, 4, 10}, {30, 4, 11},
	} {
		units, edges := delaunay(rand.New(rand.NewPCG(c.seed, 2026)), c.n)
		out = append(out, instance{name: fmt.Sprintf("delaunay%d-k%d-s%d", c.n, c.k, c.seed),
			units: units, edges: edges, k: c.k, dev: capacity.Ratio{Num: 5, Den: 1000}})
	}
	return out
}

// delaunay returns the Delaunay triangulation (Bowyer–Watson) of n random
// points in the unit square, households log-normal (median 1,000, σ = 1),
// edge weights 1–5. scripts/capacity/tune.go has the same generator.
func delaunay(rng *rand.Rand, n int) ([]capacity.Unit, []capacity.Edge) {
	type pt struct{ x, y float64 }
	all := make([]pt, n, n+3)
	for i := range n {
		all[i] = pt{rng.Float64(), rng.Float64()}
	}
	units := make([]capacity.Unit, n)
	for i := range units {
		units[i] = capacity.Unit{ID: capacity.UnitID(fmt.Sprintf("u%d", i)), Households: int64(1000 * math.Exp(rng.NormFloat64()))}
	}
	all = append(all, pt{-10, -10}, pt{10, -10}, pt{0, 10})
	type tri struct {
		a, b, c    int
		cx, cy, r2 float64
	}
	mk := func(a, b, c int) tri {
		ax, ay, bx, by, cx, cy := all[a].x, all[a].y, all[b].x, all[b].y, all[c].x, all[c].y
		d := 2 * (ax*(by-cy) + bx*(cy-ay) + cx*(ay-by))
		ux := ((ax*ax+ay*ay)*(by-cy) + (bx*bx+by*by)*(cy-ay) + (cx*cx+cy*cy)*(ay-by)) / d
		uy := ((ax*ax+ay*ay)*(cx-bx) + (bx*bx+by*by)*(ax-cx) + (cx*cx+cy*cy)*(bx-ax)) / d
		return tri{a, b, c, ux, uy, (ax-ux)*(ax-ux) + (ay-uy)*(ay-uy)}
	}
	tris := []tri{mk(n, n+1, n+2)}
	type edge struct{ a, b int }
	for i := range n {
		p := all[i]
		var poly []edge
		var keep []tri
		for _, t := range tris {
			if (p.x-t.cx)*(p.x-t.cx)+(p.y-t.cy)*(p.y-t.cy) < t.r2 {
				poly = append(poly, edge{t.a, t.b}, edge{t.b, t.c}, edge{t.c, t.a})
			} else {
				keep = append(keep, t)
			}
		}
		cnt := map[edge]int{}
		for _, e := range poly {
			cnt[edge{min(e.a, e.b), max(e.a, e.b)}]++
		}
		for _, e := range poly {
			if cnt[edge{min(e.a, e.b), max(e.a, e.b)}] == 1 {
				keep = append(keep, mk(e.a, e.b, i))
			}
		}
		tris = keep
	}
	seen := map[edge]bool{}
	var edges []capacity.Edge
	for _, t := range tris {
		for _, e := range []edge{{t.a, t.b}, {t.b, t.c}, {t.c, t.a}} {
			e = edge{min(e.a, e.b), max(e.a, e.b)}
			if e.b >= n || seen[e] {
				continue
			}
			seen[e] = true
			edges = append(edges, capacity.Edge{A: units[e.a].ID, B: units[e.b].ID, Weight: 1 + rng.Int64N(5)})
		}
	}
	return units, edges
}

// grid returns a w×h grid with households in [20, 120] and edge weights
// in [1, 5]; planar adds one random diagonal per cell and then deletes
// random edges that do not disconnect the graph (a random planar graph).
func grid(rng *rand.Rand, w, h int, planar bool) ([]capacity.Unit, []capacity.Edge) {
	id := func(x, y int) capacity.UnitID { return capacity.UnitID(fmt.Sprintf("u%d_%d", x, y)) }
	var units []capacity.Unit
	for y := range h {
		for x := range w {
			units = append(units, capacity.Unit{ID: id(x, y), Households: 20 + rng.Int64N(101)})
		}
	}
	var edges []capacity.Edge
	add := func(a, b capacity.UnitID) {
		edges = append(edges, capacity.Edge{A: a, B: b, Weight: 1 + rng.Int64N(5)})
	}
	for y := range h {
		for x := range w {
			if x+1 < w {
				add(id(x, y), id(x+1, y))
			}
			if y+1 < h {
				add(id(x, y), id(x, y+1))
			}
			if planar && x+1 < w && y+1 < h {
				if rng.IntN(2) == 0 {
					add(id(x, y), id(x+1, y+1))
				} else {
					add(id(x+1, y), id(x, y+1))
				}
			}
		}
	}
	if planar {
		for i := len(edges) - 1; i >= 0; i-- {
			if rng.IntN(5) != 0 {
				continue
			}
			rest := append(append([]capacity.Edge(nil), edges[:i]...), edges[i+1:]...)
			if connected(units, rest) {
				edges = rest
			}
		}
	}
	return units, edges
}

func connected(units []capacity.Unit, edges []capacity.Edge) bool {
	adj := map[capacity.UnitID][]capacity.UnitID{}
	for _, e := range edges {
		adj[e.A] = append(adj[e.A], e.B)
		adj[e.B] = append(adj[e.B], e.A)
	}
	seen := map[capacity.UnitID]bool{units[0].ID: true}
	stack := []capacity.UnitID{units[0].ID}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, u := range adj[v] {
			if !seen[u] {
				seen[u] = true
				stack = append(stack, u)
			}
		}
	}
	return len(seen) == len(units)
}

// band computes the same integer band as the planner: ⌈total(den−num)/(den·k)⌉
// to ⌊total(den+num)/(den·k)⌋.
func band(in instance) (lo, hi int64) {
	var total int64
	for _, u := range in.units {
		total += u.Households
	}
	d := in.dev.Den * int64(in.k)
	return (total*(in.dev.Den-in.dev.Num) + d - 1) / d, total * (in.dev.Den + in.dev.Num) / d
}

// model writes the labelling MIP in CPLEX LP format.
func model(in instance, lo, hi int64) string {
	n := len(in.units)
	idx := map[capacity.UnitID]int{}
	for i, u := range in.units {
		idx[u.ID] = i
	}
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("Minimize\n obj:")
	for i, e := range in.edges {
		w(" + %d y%d", e.Weight, i)
	}
	w("\nSubject To\n")
	for v := range n {
		w(" assign%d:", v)
		for p := range in.k {
			w(" + x%d_%d", v, p)
		}
		w(" = 1\n")
	}
	for p := range in.k {
		w(" band%d:", p)
		for v, u := range in.units {
			w(" + %d x%d_%d", u.Households, v, p)
		}
		w(" >= %d\n band%dhi:", lo, p)
		for v, u := range in.units {
			w(" + %d x%d_%d", u.Households, v, p)
		}
		w(" <= %d\n root%d:", hi, p)
		for v := range n {
			w(" + r%d_%d", v, p)
		}
		w(" = 1\n")
		for v := range n {
			w(" rx%d_%d: r%d_%d - x%d_%d <= 0\n", v, p, v, p, v, p)
		}
	}
	for i, e := range in.edges {
		a, c := idx[e.A], idx[e.B]
		for p := range in.k {
			w(" cut%d_%da: y%d - x%d_%d + x%d_%d >= 0\n", i, p, i, a, p, c, p)
			w(" cut%d_%db: y%d + x%d_%d - x%d_%d >= 0\n", i, p, i, a, p, c, p)
		}
	}
	// flow: arcs both ways per edge and part
	type arc struct{ from, to, e int }
	var arcs []arc
	for i, e := range in.edges {
		a, c := idx[e.A], idx[e.B]
		arcs = append(arcs, arc{a, c, i}, arc{c, a, i})
	}
	for p := range in.k {
		for v := range n {
			w(" flow%d_%d:", v, p)
			for j, a := range arcs {
				if a.to == v {
					w(" + f%d_%d", j, p)
				}
				if a.from == v {
					w(" - f%d_%d", j, p)
				}
			}
			w(" - x%d_%d + %d r%d_%d >= 0\n", v, p, n, v, p)
		}
		for j, a := range arcs {
			w(" cap%d_%dh: f%d_%d - %d x%d_%d <= 0\n", j, p, j, p, n-1, a.to, p)
			w(" cap%d_%dt: f%d_%d - %d x%d_%d <= 0\n", j, p, j, p, n-1, a.from, p)
		}
	}
	w(" sym: x0_0 = 1\n")
	w("Binary\n")
	for v := range n {
		for p := range in.k {
			w(" x%d_%d r%d_%d\n", v, p, v, p)
		}
	}
	for i := range in.edges {
		w(" y%d\n", i)
	}
	w("End\n")
	return b.String()
}

// solve runs CBC and returns the objective and the status word of its
// solution file ("Optimal", "Infeasible", "Stopped", …).
func solve(cbc, lp, sol string, limit int) (int64, string) {
	cmd := exec.Command(cbc, lp, "sec", strconv.Itoa(limit), "threads", "1", "solve", "solu", sol)
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "cbc: %v\n%s", err, out)
		return 0, "error"
	}
	f, err := os.Open(sol)
	if err != nil {
		return 0, "no solution file"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return 0, "empty solution file"
	}
	line := sc.Text() // "Optimal - objective value 12.00000000"
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return 0, "empty solution file"
	}
	v, err := strconv.ParseFloat(fields[len(fields)-1], 64)
	if strings.Contains(line, "nfeasible") {
		return 0, "Infeasible" // "Integer infeasible - objective value 3"
	}
	if fields[0] != "Optimal" {
		// "Stopped on time - objective value 31.00000000": the incumbent.
		// "… (no integer solution - continuous used)" has none.
		if err == nil && strings.Contains(line, "objective value") && !strings.Contains(line, "no integer solution") {
			return int64(v + 0.5), fields[0]
		}
		return 0, fields[0]
	}
	if err != nil {
		return 0, "unreadable objective"
	}
	return int64(v + 0.5), "Optimal"
}
