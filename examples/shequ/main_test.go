package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite golden files and the expected output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"shequ": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)) },
		// status N shequ ARGS… runs shequ and succeeds when it exits with
		// code N, so that scripts can check exact exit codes.
		"status": func() {
			if len(os.Args) < 3 || os.Args[2] != "shequ" {
				fmt.Fprintln(os.Stderr, "usage: status N shequ ARGS…")
				os.Exit(100)
			}
			code := run(os.Args[3:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
			if want := os.Args[1]; strconv.Itoa(code) != want {
				fmt.Fprintf(os.Stderr, "status: shequ exited with %d; want %s\n", code, want)
				os.Exit(100)
			}
			os.Exit(0)
		},
	})
}

// TestScripts runs the command-line scripts in testdata/script. Each script
// starts in an empty directory with $SAMPLES pointing to examples/testdata,
// an English locale and a fixed clock.
func TestScripts(t *testing.T) {
	samples, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLES", samples+"/../testdata")
			env.Setenv("LANG", "en_US.UTF-8")
			env.Setenv("SHEQU_NOW", "2022-06-01T09:00:00+08:00")
			// A binary built with -race sleeps a second at exit by default;
			// the scripts start some 150 processes.
			env.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			return nil
		},
	})
}
