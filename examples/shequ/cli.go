package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// A command is a node of the command tree: a group with subcommands, or a
// leaf that runs.
type command struct {
	name   string
	args   string // synopsis of the positional arguments, e.g. "FILE"
	short  text   // one line for the parent's list
	long   text   // more help, optional
	parent *command
	subs   []*command

	// setup, for a leaf, defines the command's own flags on fs and returns
	// the function that runs it with the positional arguments.
	setup func(fs *flag.FlagSet, e *env) func(args []string) error
	// nargs is the accepted number of positional arguments: min, and max
	// (-1 for no limit).
	minArgs, maxArgs int
}

func (c *command) path() string {
	if c.parent == nil {
		return c.name
	}
	return c.parent.path() + " " + c.name
}

func (c *command) sub(name string) *command {
	for _, s := range c.subs {
		if s.name == name {
			return s
		}
	}
	return nil
}

// add makes subs children of c and returns c.
func (c *command) add(subs ...*command) *command {
	for _, s := range subs {
		s.parent = c
		c.subs = append(c.subs, s)
	}
	return c
}

// env is what a command sees of the process, and the global options.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	now            func() time.Time
	stderrTTY      bool // whether to draw progress bars

	// beforeAppend, when set (by tests), runs between deciding a matter
	// command and appending its events: where another writer may win.
	beforeAppend func()

	lang   lang
	json   bool
	db     string
	as     string
	at     string
	langIn string
}

// globalFlags defines the options every command accepts.
func (e *env) globalFlags(fs *flag.FlagSet) {
	fs.BoolVar(&e.json, "json", e.json, bi("write JSON for machines instead of tables", "输出 JSON（供程序读取）而非表格"))
	fs.StringVar(&e.langIn, "lang", e.langIn, bi("language of messages: zh or en (default from LC_ALL, LC_MESSAGES, LANG)", "消息语言：zh 或 en（默认取自 LC_ALL、LC_MESSAGES、LANG）"))
	fs.StringVar(&e.db, "db", e.db, bi("SQLite database of matters and persons", "议题与人员的 SQLite 数据库"))
	fs.StringVar(&e.as, "as", e.as, bi("ID of the person acting", "操作人的编号"))
	fs.StringVar(&e.at, "at", e.at, bi("time of the action, RFC 3339 or YYYY-MM-DD (default now, or $SHEQU_NOW)", "操作时间，RFC 3339 或 YYYY-MM-DD（默认当前时间或 $SHEQU_NOW）"))
}

// bi packs a flag's usage in both languages; help prints the one chosen.
func bi(en, zh string) string { return en + "\x00" + zh }

func unbi(s string, l lang) string {
	en, zh, ok := strings.Cut(s, "\x00")
	if !ok {
		return s
	}
	return text{en, zh}.in(l)
}

// dispatch walks args down the command tree and runs the leaf it names.
func (e *env) dispatch(root *command, args []string) error {
	c := root
	for {
		fs := e.newFlagSet(c)
		if c.setup == nil {
			// A group: leading flags, then a subcommand name.
			if err := fs.Parse(args); err != nil {
				return e.flagError(c, err)
			}
			if err := e.applyGlobals(c); err != nil {
				return err
			}
			rest := fs.Args()
			if len(rest) == 0 {
				e.help(e.stderr, c)
				return &usageError{msg: tr("%s needs a command", "%s 需要子命令", c.path())}
			}
			if rest[0] == "help" {
				return e.helpCommand(c, rest[1:])
			}
			s := c.sub(rest[0])
			if s == nil {
				return &usageError{cmd: c, msg: tr("unknown command %q for %q", "%[2]s 没有子命令 %[1]q", rest[0], c.path())}
			}
			c, args = s, rest[1:]
			continue
		}
		runFn := c.setup(fs, e)
		pos, err := parseInterspersed(fs, args)
		if err != nil {
			return e.flagError(c, err)
		}
		if err := e.applyGlobals(c); err != nil {
			return err
		}
		if len(pos) < c.minArgs || (c.maxArgs >= 0 && len(pos) > c.maxArgs) {
			return &usageError{cmd: c, msg: tr("%s: wrong number of arguments (got %d, usage: %s)", "%s：参数个数不对（收到 %d 个，用法：%s）",
				c.path(), len(pos), c.path()+" "+c.args)}
		}
		return runFn(pos)
	}
}

func (e *env) newFlagSet(c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.path(), flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	e.globalFlags(fs)
	return fs
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// flag stops at the first non-flag or after "--".
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError turns a flag package error into a usage error (or help).
func (e *env) flagError(c *command, err error) error {
	if errors.Is(err, flag.ErrHelp) {
		e.help(e.stdout, c)
		return errHelp
	}
	return &usageError{cmd: c, msg: text{err.Error(), "参数错误：" + err.Error()}}
}

// errHelp ends a run that printed help on request: exit 0.
var errHelp = errors.New("help requested")

// applyGlobals checks the global options after parsing.
func (e *env) applyGlobals(c *command) error {
	if e.langIn != "" {
		l, err := parseLang(e.langIn)
		if err != nil {
			return &usageError{cmd: c, msg: tr("--lang: unknown language %q (want zh or en)", "--lang：未知语言 %q（应为 zh 或 en）", e.langIn)}
		}
		e.lang = l
	}
	if e.at != "" {
		if _, err := e.when(); err != nil {
			return err
		}
	}
	return nil
}

// helpCommand handles "shequ help [command…]".
func (e *env) helpCommand(c *command, names []string) error {
	for _, n := range names {
		s := c.sub(n)
		if s == nil {
			return &usageError{cmd: c, msg: tr("unknown command %q for %q", "%[2]s 没有子命令 %[1]q", n, c.path())}
		}
		c = s
	}
	e.help(e.stdout, c)
	return nil
}

// help prints c's usage, its subcommands or flags, in the chosen language.
func (e *env) help(w io.Writer, c *command) {
	l := e.lang
	fmt.Fprintf(w, "%s\n\n", c.short.in(l))
	if c.long.en != "" {
		fmt.Fprintf(w, "%s\n\n", c.long.in(l))
	}
	usage := text{"Usage:", "用法："}.in(l)
	if c.setup == nil {
		fmt.Fprintf(w, "%s\n  %s [flags] <command>\n\n%s\n", usage, c.path(), text{"Commands:", "子命令："}.in(l))
		width := 0
		for _, s := range c.subs {
			width = max(width, len(s.name))
		}
		for _, s := range c.subs {
			fmt.Fprintf(w, "  %-*s  %s\n", width, s.name, s.short.in(l))
		}
		fmt.Fprintf(w, "\n%s\n", tr("Run '%s <command> --help' for a command's usage.", "运行 '%s <子命令> --help' 查看子命令用法。", c.path()).in(l))
	} else {
		fmt.Fprintf(w, "%s\n  %s [flags] %s\n", usage, c.path(), c.args)
	}
	// Flags: the command's own first, then the global ones.
	fs := flag.NewFlagSet(c.path(), flag.ContinueOnError)
	probe := *e
	if c.setup != nil {
		c.setup(fs, &probe)
	}
	own := map[string]bool{}
	fs.VisitAll(func(f *flag.Flag) { own[f.Name] = true })
	probe.globalFlags(fs)
	var ownFlags, globals []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) {
		if own[f.Name] {
			ownFlags = append(ownFlags, f)
		} else {
			globals = append(globals, f)
		}
	})
	printFlags := func(title text, fl []*flag.Flag) {
		if len(fl) == 0 {
			return
		}
		sort.Slice(fl, func(i, j int) bool { return fl[i].Name < fl[j].Name })
		fmt.Fprintf(w, "\n%s\n", title.in(l))
		for _, f := range fl {
			name, _ := flag.UnquoteUsage(f)
			switch f.Value.(type) {
			case *textValue:
				name = "CODE"
			case listValue:
				name = "A,B,…"
			}
			head := "--" + f.Name
			if name != "" {
				head += " " + name
			}
			usage := unbi(f.Usage, l)
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
				usage += fmt.Sprintf(" (%s %s)", text{"default", "默认"}.in(l), f.DefValue)
			}
			fmt.Fprintf(w, "  %-22s %s\n", head, usage)
		}
	}
	printFlags(text{"Flags:", "选项："}, ownFlags)
	printFlags(text{"Global flags:", "全局选项："}, globals)
}

// preScanLang finds --lang among args before parsing, so that even errors
// in parsing speak the chosen language.
func preScanLang(args []string) (string, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		for _, p := range []string{"--lang=", "-lang="} {
			if v, ok := strings.CutPrefix(a, p); ok {
				return v, true
			}
		}
		if (a == "--lang" || a == "-lang") && i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}
