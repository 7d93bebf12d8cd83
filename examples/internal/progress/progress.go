// Package progress draws a one-line progress bar for long runs of the shequ
// example app. The bar is meant for people: the app turns it on only when
// stderr is a terminal, so that pipes, logs and tests see nothing extra.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
)

// Width is the number of cells in the bar.
const Width = 30

// Bar is a progress bar over a known number of steps. A nil *Bar, or one
// made with enabled false, draws nothing, so callers need not check.
type Bar struct {
	w     io.Writer
	label string
	total int
	done  int
	drawn int // cells drawn at the last redraw, -1 before the first
}

// New returns a bar of total steps labelled label that draws on w, or nil
// when enabled is false or total is not positive.
func New(w io.Writer, enabled bool, total int, label string) *Bar {
	if !enabled || total <= 0 {
		return nil
	}
	return &Bar{w: w, label: label, total: total, drawn: -1}
}

// IsTerminal reports whether w is a terminal (a TTY or a Cygwin pty).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// Add advances the bar by n steps and redraws it when a cell changes.
func (b *Bar) Add(n int) {
	if b == nil {
		return
	}
	b.done = min(max(b.done+n, 0), b.total)
	cells := b.done * Width / b.total
	if cells == b.drawn && b.done != b.total {
		return
	}
	b.drawn = cells
	fmt.Fprintf(b.w, "\r%s [%s%s] %d/%d", b.label, strings.Repeat("#", cells), strings.Repeat(" ", Width-cells), b.done, b.total)
}

// Finish clears the bar's line, so that what follows starts on a clean
// line.
func (b *Bar) Finish() {
	if b == nil || b.drawn < 0 {
		return
	}
	fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", len(b.label)+Width+24))
}
