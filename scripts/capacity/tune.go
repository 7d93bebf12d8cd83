//go:build ignore

// Command tune measures the capacity planner on generated redistricting
// instances: Delaunay triangulations of random points in the unit square
// (the dual graphs of county maps look like these) and triangulated grids,
// with heavy-tailed households (a log-normal spread, as county
// populations) or near-uniform ones, unit or random (1–5) edge weights,
// k = 2 to 7 and a ±0.5 % band. It is a tuning script, not part of CI.
//
//	go run ./scripts/capacity/tune.go [-sizes 50,100,200,400,700] [-ks 2,3,4,5,7] [-seeds 3] [-ref 0] [-weighted] [-dump DIR]
//
// With -files GLOB it runs instead the instances in the files GLOB
// matches, in a plain format (line 1 "n m k L U opt", then n lines of
// households, then m lines "u v" of 0-based unit indices; opt is the
// proven optimal cut or -1), such as the published county and tract
// instances of Validi and Buchanan (2022), which are third-party data and
// stay outside the repository:
//
//	go run ./scripts/capacity/tune.go -files '/work/vb/*.txt' [-seeds 3]
//
// For each instance it prints the default plan's cut, whether it is proven
// optimal, its lower bound, its wall time and CPU time (user seconds of the
// process, which runs one plan at a time), and, with -ref N > 0, the best cut
// of N further seeds run with four times the default restarts (a "best
// known" reference) and the default's gap to it.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/shequ/shequ/capacity"
)

func main() {
	sizes := flag.String("sizes", "50,100,200,400,700", "numbers of units")
	ks := flag.String("ks", "2,3,4,5,7", "numbers of parts")
	seeds := flag.Int("seeds", 2, "instances per size and k")
	ref := flag.Int("ref", 0, "reference runs (different seeds, 4× restarts) per instance")
	weighted := flag.Bool("weighted", false, "random edge weights 1–5 instead of 1")
	exactUnits := flag.Int("exact-units", 0, "Options.ExactUnits (0: default)")
	exactNodes := flag.Int64("exact-nodes", 0, "Options.ExactNodes (0: default)")
	restarts := flag.Int("restarts", 0, "Options.Restarts (0: default)")
	runSeed := flag.Uint64("seed", 0, "Options.Seed[0] of the default run")
	dump := flag.String("dump", "", "directory to write the request of every instance without a plan to, as JSON")
	files := flag.String("files", "", "glob of instance files to run instead of generated ones")
	flag.Parse()
	if *files != "" {
		runFiles(*files, *seeds, *runSeed, *restarts, *exactNodes)
		return
	}
	fmt.Println("| instance | n | k | default cut | optimal | lower bound | s | cpu s | reference | gap |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	var gaps []float64
	var total time.Duration
	for _, n := range ints(*sizes) {
		for _, k := range ints(*ks) {
			for s := range *seeds {
				seed := uint64(1000*n + 10*k + s)
				units, edges := delaunay(rand.New(rand.NewPCG(seed, 77)), n, *weighted)
				req := capacity.SplitRequest{Units: units, Edges: edges, Parts: k, Band: capacity.Band{Deviation: capacity.Ratio{Num: 5, Den: 1000}}}
				req.Options.ExactUnits, req.Options.ExactNodes = *exactUnits, *exactNodes
				req.Options.Restarts, req.Options.Seed[0] = *restarts, *runSeed
				t0, c0 := time.Now(), cpuTime()
				plan, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
				el, cpu := time.Since(t0), cpuTime()-c0
				total += el
				name := fmt.Sprintf("delaunay%d-k%d-s%d", n, k, s)
				if err != nil {
					fmt.Printf("| %s | %d | %d | none | - | - | %.2f | %.2f | | |\n", name, n, k, el.Seconds(), cpu.Seconds())
					fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
					if *dump != "" {
						writeRequest(filepath.Join(*dump, name+".json"), req)
					}
					continue
				}
				refCut := int64(-1)
				for r := range *ref {
					rq := req
					rq.Options.Seed = [2]uint64{uint64(r + 1), 99}
					rq.Options.Restarts = 4 * defaultRestarts(n, k)
					if p, err := capacity.PlanSplit(rq, capacity.BeijingPolicy()); err == nil && (refCut < 0 || p.CutWeight < refCut) {
						refCut = p.CutWeight
					}
				}
				refCell, gapCell := "", ""
				if refCut >= 0 {
					refCut = min(refCut, plan.CutWeight)
					g := 100 * float64(plan.CutWeight-refCut) / float64(refCut)
					gaps = append(gaps, g)
					refCell, gapCell = fmt.Sprint(refCut), fmt.Sprintf("%.1f %%", g)
				}
				fmt.Printf("| %s | %d | %d | %d | %v | %d | %.2f | %.2f | %s | %s |\n", name, n, k, plan.CutWeight, plan.Optimal, plan.LowerBound, el.Seconds(), cpu.Seconds(), refCell, gapCell)
			}
		}
	}
	if len(gaps) > 0 {
		var sum float64
		for _, g := range gaps {
			sum += g
		}
		fmt.Printf("\nmean gap %.2f %%, max %.1f %%, ", sum/float64(len(gaps)), slices.Max(gaps))
	}
	fmt.Printf("total default time %.1f s\n", total.Seconds())
}

// writeRequest writes req as JSON to path.
func writeRequest(path string, req capacity.SplitRequest) {
	data, err := json.MarshalIndent(req, "", " ")
	if err == nil {
		err = os.WriteFile(path, append(data, '\n'), 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

// cpuTime returns the user CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(syscall.TimevalToNsec(ru.Utime))
}

// defaultRestarts mirrors the planner's default for k ≥ 3 (an
// approximation for k = 2) so that -ref runs four times as many.
func defaultRestarts(n, k int) int {
	if k <= 2 {
		return 6 + 400/n
	}
	return min(400, 6+20000/n+n*(k-2)/40)
}

func ints(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		out = append(out, v)
	}
	return out
}

// delaunay returns the Delaunay triangulation of n random points with
// log-normal households (median 1,000, σ = 1) and unit or random edge
// weights.
func delaunay(rng *rand.Rand, n int, weighted bool) ([]capacity.Unit, []capacity.Edge) {
	type pt struct{ x, y float64 }
	ps := make([]pt, n)
	for i := range ps {
		ps[i] = pt{rng.Float64(), rng.Float64()}
	}
	units := make([]capacity.Unit, n)
	for i := range units {
		units[i] = capacity.Unit{ID: capacity.UnitID(fmt.Sprintf("u%d", i)), Households: int64(1000 * math.Exp(rng.NormFloat64()))}
	}
	// Bowyer–Watson with a super-triangle.
	all := append(ps, pt{-10, -10}, pt{10, -10}, pt{0, 10})
	type tri struct {
		a, b, c int
		cx, cy  float64
		r2      float64
	}
	mk := func(a, b, c int) tri {
		ax, ay, bx, by, cx, cy := all[a].x, all[a].y, all[b].x, all[b].y, all[c].x, all[c].y
		d := 2 * (ax*(by-cy) + bx*(cy-ay) + cx*(ay-by))
		ux := ((ax*ax+ay*ay)*(by-cy) + (bx*bx+by*by)*(cy-ay) + (cx*cx+cy*cy)*(ay-by)) / d
		uy := ((ax*ax+ay*ay)*(cx-bx) + (bx*bx+by*by)*(ax-cx) + (cx*cx+cy*cy)*(bx-ax)) / d
		return tri{a, b, c, ux, uy, (ax-ux)*(ax-ux) + (ay-uy)*(ay-uy)}
	}
	tris := []tri{mk(n, n+1, n+2)}
	for i := range n {
		p := all[i]
		type edge struct{ a, b int }
		var poly []edge
		keep := tris[:0:0]
		for _, t := range tris {
			if (p.x-t.cx)*(p.x-t.cx)+(p.y-t.cy)*(p.y-t.cy) < t.r2 {
				poly = append(poly, edge{t.a, t.b}, edge{t.b, t.c}, edge{t.c, t.a})
			} else {
				keep = append(keep, t)
			}
		}
		cnt := map[edge]int{}
		for _, e := range poly {
			if e.a > e.b {
				e.a, e.b = e.b, e.a
			}
			cnt[e]++
		}
		for _, e := range poly {
			k := e
			if k.a > k.b {
				k.a, k.b = k.b, k.a
			}
			if cnt[k] == 1 {
				keep = append(keep, mk(e.a, e.b, i))
			}
		}
		tris = keep
	}
	seen := map[[2]int]bool{}
	var edges []capacity.Edge
	for _, t := range tris {
		for _, e := range [][2]int{{t.a, t.b}, {t.b, t.c}, {t.c, t.a}} {
			if e[0] > e[1] {
				e[0], e[1] = e[1], e[0]
			}
			if e[1] >= n || seen[e] {
				continue
			}
			seen[e] = true
			w := int64(1)
			if weighted {
				w = 1 + rng.Int64N(5)
			}
			edges = append(edges, capacity.Edge{A: units[e[0]].ID, B: units[e[1]].ID, Weight: w})
		}
	}
	slices.SortFunc(edges, func(x, y capacity.Edge) int {
		return strings.Compare(string(x.A)+"|"+string(x.B), string(y.A)+"|"+string(y.B))
	})
	return units, edges
}

// runFiles plans each instance file that glob matches with seeds
// first..first+seeds-1 and compares the cut with the file's optimum.
func runFiles(glob string, seeds int, first uint64, restarts int, exactNodes int64) {
	names, err := filepath.Glob(glob)
	if err != nil || len(names) == 0 {
		fmt.Fprintln(os.Stderr, "no files match", glob, err)
		os.Exit(2)
	}
	fmt.Println("| instance | n | k | seed | cut | optimal | lower bound | cpu s | best known | gap |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
	for _, name := range names {
		req, opt, err := readInstance(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, name, err)
			continue
		}
		req.Options.ExactNodes, req.Options.Restarts = exactNodes, restarts
		base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		for i := range max(seeds, 1) {
			s := first + uint64(i)
			req.Options.Seed[0] = s
			c0 := cpuTime()
			plan, err := capacity.PlanSplit(req, capacity.BeijingPolicy())
			cpu := cpuTime() - c0
			if err != nil {
				fmt.Printf("| %s | %d | %d | %d | none | - | - | %.2f | %d | |\n", base, len(req.Units), req.Parts, s, cpu.Seconds(), opt)
				fmt.Fprintf(os.Stderr, "%s: %v\n", base, err)
				continue
			}
			gap := ""
			if opt > 0 {
				gap = fmt.Sprintf("%.1f %%", 100*float64(plan.CutWeight-opt)/float64(opt))
			}
			fmt.Printf("| %s | %d | %d | %d | %d | %v | %d | %.2f | %d | %s |\n", base, len(req.Units), req.Parts, s, plan.CutWeight, plan.Optimal, plan.LowerBound, cpu.Seconds(), opt, gap)
		}
	}
}

// readInstance reads an instance file of runFiles.
func readInstance(name string) (capacity.SplitRequest, int64, error) {
	var req capacity.SplitRequest
	data, err := os.ReadFile(name)
	if err != nil {
		return req, 0, err
	}
	f := strings.Fields(string(data))
	num := func(i int) int64 {
		if i >= len(f) {
			err = fmt.Errorf("truncated at field %d", i)
			return 0
		}
		v, e := strconv.ParseInt(f[i], 10, 64)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	n, m := int(num(0)), int(num(1))
	req.Parts = int(num(2))
	req.Band = capacity.Band{Min: num(3), Max: num(4)}
	opt := num(5)
	for i := range n {
		req.Units = append(req.Units, capacity.Unit{ID: capacity.UnitID("u" + strconv.Itoa(i)), Households: num(6 + i)})
	}
	for j := range m {
		a, b := num(6+n+2*j), num(7+n+2*j)
		req.Edges = append(req.Edges, capacity.Edge{A: capacity.UnitID("u" + strconv.FormatInt(a, 10)), B: capacity.UnitID("u" + strconv.FormatInt(b, 10))})
	}
	return req, opt, err
}
