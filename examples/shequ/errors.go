package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitInput = 1 // the input has errors, or the result has findings of severity error
	exitUsage = 2 // the command line is wrong
)

// usageError is a wrong command line; it exits 2 and prints the command's
// usage.
type usageError struct {
	cmd *command
	msg text
}

func (e *usageError) Error() string { return e.msg.en }

// problem is one thing wrong with the input, located by file and field path.
type problem struct {
	File    string `json:"file,omitempty"`
	Path    string `json:"path,omitempty"` // JSON path of the field, e.g. bodies[2].members
	Code    string `json:"code"`           // stable identifier
	Message string `json:"message"`        // in the chosen language
	msg     text
}

// inputError is input that cannot be used; it exits 1.
type inputError struct {
	problems []problem
}

func (e *inputError) Error() string {
	var b strings.Builder
	for i, p := range e.problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.line(langEN))
	}
	return b.String()
}

func (p problem) line(l lang) string {
	var parts []string
	if p.File != "" {
		parts = append(parts, p.File)
	}
	if p.Path != "" {
		parts = append(parts, p.Path)
	}
	parts = append(parts, p.msg.in(l))
	return strings.Join(parts, ": ")
}

// inputErr returns an inputError with one problem.
func inputErr(file, path, code string, msg text) *inputError {
	return &inputError{problems: []problem{{File: file, Path: path, Code: code, msg: msg}}}
}

// failed is returned by a command that has already printed its result, and
// whose result has findings of severity error: it exits 1 with no further
// message.
type failed struct{}

func (failed) Error() string { return "findings of severity error" }

// report prints err in the chosen language and returns the exit code.
func (e *env) report(err error) int {
	switch err := err.(type) {
	case nil:
		return exitOK
	case failed:
		return exitInput
	case *usageError:
		fmt.Fprintf(e.stderr, "shequ: %s\n", err.msg.in(e.lang))
		if err.cmd != nil {
			fmt.Fprintf(e.stderr, "%s\n", tr("Run '%s --help' for usage.", "运行 '%s --help' 查看用法。", err.cmd.path()).in(e.lang))
		}
		return exitUsage
	case *inputError:
		if e.json {
			ps := make([]problem, len(err.problems))
			for i, p := range err.problems {
				p.Message = p.msg.in(e.lang)
				ps[i] = p
			}
			writeJSON(e.stdout, map[string]any{"errors": ps})
		}
		for _, p := range err.problems {
			fmt.Fprintf(e.stderr, "shequ: %s\n", p.line(e.lang))
		}
		return exitInput
	default:
		fmt.Fprintf(e.stderr, "shequ: %v\n", err)
		return exitInput
	}
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (e *env) stderrLine(s string) { fmt.Fprintf(e.stderr, "shequ: %s\n", s) }
