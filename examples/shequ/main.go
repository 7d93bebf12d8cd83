// Command shequ is the example app of the shequ library: a tool for
// community workers and integrators over JSON files and an SQLite store.
//
// Usage:
//
//	shequ demo                      the source article's stories end to end
//	shequ person add|show|list|erase residents' data, kept out of the history
//	shequ matter verify [ID…]       check the matters' hash chains
//	shequ help [command…]           help on any command
//
// Every command accepts --json (machine output), --lang zh|en (default from
// LC_ALL, LC_MESSAGES or LANG), --db FILE (default shequ.db), --as ID and
// --at TIME. Exit codes: 0 ok; 1 the input has errors, or the result has
// findings of severity error; 2 the command line is wrong.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/shequ/shequ/examples/internal/progress"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	return newEnv(stdin, stdout, stderr, getenv).execute(args)
}

func newEnv(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) *env {
	return &env{
		stdin:     stdin,
		stdout:    stdout,
		stderr:    stderr,
		getenv:    getenv,
		now:       time.Now,
		stderrTTY: progress.IsTerminal(stderr),
		lang:      envLang(getenv),
		db:        "shequ.db",
	}
}

// execute runs the command line args and returns the exit code.
func (e *env) execute(args []string) (code int) {
	if v, ok := preScanLang(args); ok {
		if l, err := parseLang(v); err == nil {
			e.lang = l
		}
	}
	defer func() {
		// The last line of defence: a bug must not show the user a panic.
		if r := recover(); r != nil {
			fmt.Fprintf(e.stderr, "shequ: %s: %v\n%s", text{"internal error", "内部错误"}.in(e.lang), r, debug.Stack())
			code = exitInput
		}
	}()
	err := e.dispatch(commands(), args)
	if errors.Is(err, errHelp) {
		return exitOK
	}
	return e.report(err)
}

// commands returns the command tree.
func commands() *command {
	root := &command{
		name:  "shequ",
		short: text{"shequ: community governance after Chaoyang District, Beijing (example app of the shequ library)", "shequ：北京朝阳区社区治理（shequ 库的示例程序）"},
		long: text{"Exit codes: 0 ok; 1 the input has errors, or the result has findings of severity error; 2 the command line is wrong.\nInput files are the library types' JSON; samples are in examples/testdata.",
			"退出码：0 成功；1 输入有误，或结果中有“错误”级问题；2 命令行用法错误。\n输入文件为库类型的 JSON，示例见 examples/testdata。"},
	}
	return root.add(
		demoCommand(),
		councilCommand(),
		matterCommand(),
		personCommand(),
		rotaCommand(),
		splitCommand(),
	)
}
