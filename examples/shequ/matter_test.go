package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func quietEnv(out, errOut *bytes.Buffer) *env {
	return newEnv(strings.NewReader(""), out, errOut, func(k string) string {
		if k == "SHEQU_NOW" {
			return "2025-03-05T09:00:00+08:00"
		}
		return ""
	})
}

// TestMatterConflict races two writers on one matter: the second decides on
// the state before the first's events, and loses with a conflict error;
// nothing it decided is stored, and the history verifies.
func TestMatterConflict(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	var out, errOut bytes.Buffer
	raise := []string{"matter", "raise", "m", "--db", db, "--as", "r-1", "--subject", "lamp", "--at", "2025-03-03"}
	if code := quietEnv(&out, &errOut).execute(raise); code != exitOK {
		t.Fatalf("raise exited %d: %s", code, errOut.String())
	}
	admit := func(who string) []string {
		return []string{"matter", "admit", "m", "--db", db, "--as", who, "--seat", "residents_committee", "--role", "member"}
	}

	loser := quietEnv(&out, &errOut)
	var winnerCode int
	var winnerErr bytes.Buffer
	loser.beforeAppend = func() {
		// Another writer admits the matter first.
		winnerCode = quietEnv(&bytes.Buffer{}, &winnerErr).execute(admit("rc-2"))
	}
	errOut.Reset()
	code := loser.execute(admit("rc-1"))
	if winnerCode != exitOK {
		t.Fatalf("the first writer exited %d: %s", winnerCode, winnerErr.String())
	}
	if code != exitInput || !strings.Contains(errOut.String(), "another writer changed the matter (event 2 is now the last, not 1); nothing was recorded") {
		t.Fatalf("the second writer exited %d with %q; want 1 and a conflict error", code, errOut.String())
	}

	out.Reset()
	if code := quietEnv(&out, &errOut).execute([]string{"matter", "show", "m", "--db", db, "--events"}); code != exitOK {
		t.Fatalf("show exited %d", code)
	}
	if strings.Count(out.String(), "admitted by") != 1 || !strings.Contains(out.String(), "admitted by rc-2/") {
		t.Errorf("history after the race:\n%s\nwant exactly one admission, by rc-2", out.String())
	}
	out.Reset()
	if code := quietEnv(&out, &errOut).execute([]string{"matter", "verify", "--db", db}); code != exitOK {
		t.Errorf("verify after the race exited %d: %s", code, out.String())
	}
}

// TestMatterMergeAtomic lets another writer change the duplicate between
// deciding and storing a merge: neither matter records the merge.
func TestMatterMergeAtomic(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	var out, errOut bytes.Buffer
	for _, args := range [][]string{
		{"matter", "raise", "keep", "--db", db, "--as", "r-1", "--subject", "ramp", "--at", "2025-03-03"},
		{"matter", "raise", "dup", "--db", db, "--as", "r-2", "--subject", "ramp", "--at", "2025-03-03"},
	} {
		if code := quietEnv(&out, &errOut).execute(args); code != exitOK {
			t.Fatalf("%q exited %d: %s", args, code, errOut.String())
		}
	}
	e := quietEnv(&out, &errOut)
	e.beforeAppend = func() {
		quietEnv(&bytes.Buffer{}, &bytes.Buffer{}).execute([]string{"matter", "admit", "dup", "--db", db, "--as", "rc-2", "--seat", "residents_committee", "--role", "member"})
	}
	errOut.Reset()
	code := e.execute([]string{"matter", "merge", "keep", "dup", "--db", db, "--as", "rc-1", "--seat", "residents_committee", "--role", "member"})
	if code != exitInput || !strings.Contains(errOut.String(), "matters.dup: another writer changed the matter") {
		t.Fatalf("merge racing an admission exited %d with %q; want a conflict on dup", code, errOut.String())
	}
	out.Reset()
	quietEnv(&out, &errOut).execute([]string{"matter", "list", "--db", db, "--json"})
	if !strings.Contains(out.String(), `"id": "keep",
    "stage": "collect"`) || strings.Contains(out.String(), "merged") {
		t.Errorf("after the refused merge:\n%s\nwant keep untouched and nothing merged", out.String())
	}
}
