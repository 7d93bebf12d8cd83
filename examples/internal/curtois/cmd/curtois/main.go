// Command curtois works with Curtois & Qu shift-scheduling instances: it
// writes an instance as a MIP for an external solver, checks a solver's
// roster with the package's independent evaluator, and generates large
// synthetic instances.
//
// Usage:
//
//	curtois lp INSTANCE                 write the MIP in CPLEX LP format to stdout
//	curtois check INSTANCE CBC_SOLUTION read a CBC solution, evaluate it, print the result
//	curtois eval INSTANCE ROSTER        evaluate a roster in the package's text format
//	curtois gen [-days N] [-staff N] [-shifts N] [-seed N]
//	                                    write a synthetic instance to stdout
//
// check and eval exit with status 1 if the roster breaks a hard rule, and
// check also if CBC's objective differs from the evaluator's. check -roster
// FILE also writes the roster in the text format. scripts/curtois/cbc.sh
// drives lp, cbc and check.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/shequ/shequ/examples/internal/curtois"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  curtois lp INSTANCE
  curtois check [-roster FILE] INSTANCE CBC_SOLUTION
  curtois eval INSTANCE ROSTER
  curtois gen [-days N] [-staff N] [-shifts N] [-seed N]`

// run is main without the process: it returns the exit code (0 ok, 1 a
// check failed or an error, 2 usage).
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	roster := fs.String("roster", "", "check: also write the roster to this file")
	opts := curtois.DefaultGenerateOptions()
	fs.IntVar(&opts.Days, "days", opts.Days, "gen: horizon in days")
	fs.IntVar(&opts.Staff, "staff", opts.Staff, "gen: number of staff")
	fs.IntVar(&opts.ShiftTypes, "shifts", opts.ShiftTypes, "gen: number of shift types")
	fs.Uint64Var(&opts.Seed, "seed", opts.Seed, "gen: random seed")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	rest := fs.Args()
	var err error
	code := 0
	switch {
	case args[0] == "lp" && len(rest) == 1:
		err = lp(rest[0], stdout)
	case args[0] == "check" && len(rest) == 2:
		code, err = check(rest[0], rest[1], *roster, stdout)
	case args[0] == "eval" && len(rest) == 2:
		code, err = eval(rest[0], rest[1], stdout)
	case args[0] == "gen" && len(rest) == 0:
		err = gen(opts, stdout)
	default:
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return code
}

func load(path string) (*curtois.Instance, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	in, err := curtois.Parse(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return in, nil
}

func lp(path string, w io.Writer) error {
	in, err := load(path)
	if err != nil {
		return err
	}
	return curtois.WriteLP(w, in)
}

func check(instPath, solPath, rosterPath string, w io.Writer) (int, error) {
	in, err := load(instPath)
	if err != nil {
		return 0, err
	}
	f, err := os.Open(solPath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sol, err := curtois.ReadCBCSolution(f, in)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", solPath, err)
	}
	if rosterPath != "" {
		out, err := os.Create(rosterPath)
		if err != nil {
			return 0, err
		}
		if err := curtois.WriteRoster(out, in, sol.Roster); err != nil {
			out.Close()
			return 0, err
		}
		if err := out.Close(); err != nil {
			return 0, err
		}
	}
	ev := curtois.Evaluate(in, sol.Roster)
	fmt.Fprintf(w, "cbc status: %s\ncbc objective: %d\n", sol.Status, sol.Objective)
	code := report(in, ev, w)
	if ev.Objective != sol.Objective {
		fmt.Fprintf(w, "MISMATCH: cbc says %d, evaluator says %d\n", sol.Objective, ev.Objective)
		code = 1
	}
	return code, nil
}

func eval(instPath, rosterPath string, w io.Writer) (int, error) {
	in, err := load(instPath)
	if err != nil {
		return 0, err
	}
	f, err := os.Open(rosterPath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r, err := curtois.ParseRoster(f, in)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", rosterPath, err)
	}
	return report(in, curtois.Evaluate(in, r), w), nil
}

func report(in *curtois.Instance, ev curtois.Evaluation, w io.Writer) int {
	fmt.Fprintf(w, "objective: %d (on requests %d, off requests %d, under %d, over %d)\n",
		ev.Objective, ev.OnRequests, ev.OffRequests, ev.Under, ev.Over)
	fmt.Fprintf(w, "hard-rule violations: %d\n", len(ev.Violations))
	for _, v := range ev.Violations {
		fmt.Fprintf(w, "  %s: %s\n", v.Rule, v.Describe(in))
	}
	if !ev.Feasible() {
		return 1
	}
	return 0
}

func gen(opts curtois.GenerateOptions, w io.Writer) error {
	in, _, err := curtois.Generate(opts)
	if err != nil {
		return err
	}
	return curtois.Write(w, in)
}
