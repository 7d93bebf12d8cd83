package main

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldICS(t *testing.T) {
	long := "DESCRIPTION:" + strings.Repeat("空间认领", 20)
	got := foldICS(long)
	lines := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
	if len(lines) < 2 {
		t.Fatalf("foldICS(%d octets) did not fold: %q", len(long), got)
	}
	var joined strings.Builder
	for i, l := range lines {
		if len(l) > 75 {
			t.Errorf("line %d has %d octets; want at most 75", i, len(l))
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i, l)
		}
		if i > 0 {
			if !strings.HasPrefix(l, " ") {
				t.Errorf("continuation line %d does not start with a space", i)
			}
			l = l[1:]
		}
		joined.WriteString(l)
	}
	if joined.String() != long {
		t.Errorf("unfolding gives %q; want %q", joined.String(), long)
	}
	if got := foldICS("SHORT"); got != "SHORT\r\n" {
		t.Errorf("foldICS(SHORT) = %q", got)
	}
}

func TestEscapeICS(t *testing.T) {
	if got, want := escapeICS("a,b;c\\d\ne"), `a\,b\;c\\d\ne`; got != want {
		t.Errorf("escapeICS = %q; want %q", got, want)
	}
}

func TestSafeFileName(t *testing.T) {
	for id, want := range map[string]bool{"v01": true, "王": true, "": false, ".": false, "..": false, "a/b": false, `a\b`: false, "a\x00": false} {
		if got := safeFileName(id); got != want {
			t.Errorf("safeFileName(%q) = %v; want %v", id, got, want)
		}
	}
}
