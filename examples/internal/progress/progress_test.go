package progress

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestDisabledDrawsNothing(t *testing.T) {
	var buf bytes.Buffer
	for _, b := range []*Bar{New(&buf, false, 10, "x"), New(&buf, true, 0, "x")} {
		b.Add(3)
		b.Finish()
	}
	if buf.Len() != 0 {
		t.Errorf("disabled bars wrote %q; want nothing", buf.String())
	}
}

func TestBarDrawsProgress(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, true, 4, "assess")
	for range 4 {
		b.Add(1)
	}
	out := buf.String()
	for _, want := range []string{"assess [", "1/4", "4/4", strings.Repeat("#", Width) + "]"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output %q lacks %q", out, want)
		}
	}
	b.Finish()
	if !strings.HasSuffix(buf.String(), "\r") {
		t.Errorf("Finish did not return to the line start: %q", buf.String())
	}
}

func TestBarRedrawsOnlyOnChange(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf, true, 3000, "x")
	for range 3000 {
		b.Add(1)
	}
	if n := strings.Count(buf.String(), "\r"); n > Width+1 {
		t.Errorf("3000 steps drew %d times; want at most %d", n, Width+1)
	}
}

func TestIsTerminal(t *testing.T) {
	var buf bytes.Buffer
	if IsTerminal(&buf) {
		t.Errorf("IsTerminal(bytes.Buffer) = true")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Errorf("IsTerminal(regular file) = true")
	}
}
