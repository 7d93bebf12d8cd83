package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shequ/shequ/examples/internal/store"
)

func TestEnvLang(t *testing.T) {
	tests := []struct {
		env    map[string]string
		want   lang
		reason string
	}{
		{nil, langEN, "no locale means English"},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, langZH, "LANG zh*"},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US"}, langEN, "LC_MESSAGES overrides LANG"},
		{map[string]string{"LANG": "en_US", "LC_ALL": "zh_TW"}, langZH, "LC_ALL overrides everything"},
		{map[string]string{"LC_ALL": "C"}, langEN, "C locale is English"},
		{map[string]string{"LC_ALL": "", "LANG": "zh"}, langZH, "an empty variable is unset"},
	}
	for _, tt := range tests {
		if got := envLang(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("envLang(%v) = %v; want %v (%s)", tt.env, got, tt.want, tt.reason)
		}
	}
}

func TestParseInterspersed(t *testing.T) {
	e := &env{}
	tests := []struct {
		args     []string
		wantPos  []string
		wantJSON bool
	}{
		{[]string{"a", "--json", "b"}, []string{"a", "b"}, true},
		{[]string{"--json", "a"}, []string{"a"}, true},
		{[]string{"a", "--", "--json"}, []string{"a", "--json"}, false},
		{nil, nil, false},
	}
	for _, tt := range tests {
		e.json = false
		fs := e.newFlagSet(&command{name: "x"})
		pos, err := parseInterspersed(fs, tt.args)
		if err != nil {
			t.Fatalf("parseInterspersed(%q): %v", tt.args, err)
		}
		if diff := cmp.Diff(tt.wantPos, pos); diff != "" || e.json != tt.wantJSON {
			t.Errorf("parseInterspersed(%q): json=%v, positional (-want +got):\n%s", tt.args, e.json, diff)
		}
	}
}

func TestDecodeJSONNamesFieldPath(t *testing.T) {
	type member struct {
		Name string `json:"name"`
		Age  int    `json:"age"`
	}
	type doc struct {
		Title   string   `json:"title"`
		Members []member `json:"members"`
	}
	tests := []struct {
		name     string
		in       string
		wantCode string
		wantPath string
		wantMsg  string
	}{
		{"wrong type in array", `{"title":"t","members":[{"name":"a","age":1},{"name":"b","age":"x"}]}`, "json.type", "members[1].age", "want an integer, got JSON string"},
		{"wrong top type", `{"title":5}`, "json.type", "title", "want a string, got JSON number"},
		{"unknown field", `{"title":"t","members":[{"name":"a","agee":1}]}`, "json.unknown_field", "members[0].agee", `unknown field "agee"`},
		{"syntax", "{\n\"title\": \"t\",\n\"members\": [1,]}", "json.syntax", "members[0]", "line 3 column 15"},
		{"truncated", `{"title":`, "json.syntax", "", "ends too early"},
		{"empty", ``, "json.empty", "", "empty"},
		{"trailing", `{} {}`, "json.trailing", "", "after the JSON value"},
	}
	for _, tt := range tests {
		var d doc
		err := decodeJSON("f.json", []byte(tt.in), &d)
		ie, ok := err.(*inputError)
		if !ok || len(ie.problems) != 1 {
			t.Errorf("%s: decodeJSON = %v; want one input problem", tt.name, err)
			continue
		}
		p := ie.problems[0]
		if p.File != "f.json" || p.Code != tt.wantCode || p.Path != tt.wantPath || !strings.Contains(p.msg.en, tt.wantMsg) || p.msg.zh == "" {
			t.Errorf("%s: decodeJSON problem = %+v (en %q); want code %s path %q message containing %q, and Chinese",
				tt.name, p, p.msg.en, tt.wantCode, tt.wantPath, tt.wantMsg)
		}
	}
	var d doc
	if err := decodeJSON("f.json", []byte(`{"title":"ok","members":[]}`), &d); err != nil || d.Title != "ok" {
		t.Errorf("decodeJSON(valid) = %v, %+v", err, d)
	}
}

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "王阿姨": 6, "a，b": 4, "ｘ": 2} {
		if got := displayWidth(s); got != want {
			t.Errorf("displayWidth(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestMatterVerifyReportsBrokenChain tampers with a stored event behind the
// store's back: verify must name the matter and event and exit 1.
func TestMatterVerifyReportsBrokenChain(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2022, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, m := range []string{"good", "bad"} {
		if _, err := s.Append(context.Background(), m, 0, []store.NewEvent{
			{Kind: "a", Payload: json.RawMessage(`{}`), RecordedAt: at},
			{Kind: "b", Payload: json.RawMessage(`{"x":1}`), RecordedAt: at},
		}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`DROP TRIGGER events_no_update`, `UPDATE events SET payload = '{"x":2}' WHERE matter = 'bad' AND seq = 2`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	var out, errOut bytes.Buffer
	code := run([]string{"matter", "verify", "--db", db}, nil, &out, &errOut, func(string) string { return "" })
	if code != exitInput {
		t.Errorf("matter verify on a tampered store exited %d; want %d", code, exitInput)
	}
	if want := "bad     2       broken at event 2\ngood    2       ok\n"; !strings.HasSuffix(out.String(), want) {
		t.Errorf("stdout = %q; want it to end with %q", out.String(), want)
	}
	if !strings.Contains(errOut.String(), "matters.bad: event 2: hash does not match") {
		t.Errorf("stderr = %q; want the broken matter and event named", errOut.String())
	}
}

// FuzzRun feeds arbitrary command lines to run: it must never panic (run
// recovers, so a panic shows as "internal error") and must exit 0, 1 or 2.
// Each input runs in its own empty directory; command lines that would
// write files elsewhere (--ics, --svg) are skipped.
func FuzzRun(f *testing.F) {
	samples, err := filepath.Abs("../testdata")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"demo", "person list", "person add x --name y", "matter verify", "help person", "--lang zh nope",
		"person show -- --json", "--at 2022-01-01 person erase x",
		"matter raise m --as a --subject s", "matter admit m --as b --seat residents_committee --role member",
		"matter vote m --as b --vote v --proposal p --rule two_thirds --members a,b",
		"council validate SAMPLES/council/songliu-broken.json --json",
		"rota plan SAMPLES/rota/small.json --budget 50", "split plan SAMPLES/split/xiaguangli.json --parts 3 --tolerance 0.1",
		"split assess SAMPLES/split/district.json --plan --policy national",
	} {
		f.Add(s)
	}
	db := filepath.Join(f.TempDir(), "fuzz.db")
	f.Fuzz(func(t *testing.T, line string) {
		if strings.Contains(line, "ics") || strings.Contains(line, "svg") {
			t.Skip("writes files")
		}
		t.Chdir(t.TempDir())
		args := append(strings.Fields(strings.ReplaceAll(line, "SAMPLES", samples)), "--db", db)
		var out, errOut bytes.Buffer
		code := run(args, strings.NewReader(""), &out, &errOut, func(k string) string {
			if k == "SHEQU_NOW" {
				return "2022-06-01"
			}
			return ""
		})
		if code < 0 || code > 2 {
			t.Errorf("run(%q) = %d; want 0, 1 or 2", args, code)
		}
		if strings.Contains(errOut.String(), "internal error") {
			t.Errorf("run(%q) panicked:\n%s", args, errOut.String())
		}
	})
}

// TestProgressOnlyOnTerminal runs a long command twice: with stderr taken
// for a terminal it draws a progress bar there, otherwise nothing; stdout
// is the same both times.
func TestProgressOnlyOnTerminal(t *testing.T) {
	args := []string{"split", "assess", "../testdata/split/district.json", "--plan"}
	outs := map[bool]string{}
	for _, tty := range []bool{false, true} {
		var out, errOut bytes.Buffer
		e := newEnv(nil, &out, &errOut, func(string) string { return "" })
		e.stderrTTY = tty
		if code := e.execute(args); code != exitOK {
			t.Fatalf("split assess --plan (tty %v) exited %d: %s", tty, code, errOut.String())
		}
		drew := strings.Contains(errOut.String(), "planning splits [")
		if drew != tty {
			t.Errorf("tty %v: stderr %q; want a progress bar exactly when stderr is a terminal", tty, errOut.String())
		}
		outs[tty] = out.String()
	}
	if outs[false] != outs[true] {
		t.Errorf("stdout differs with and without a terminal")
	}
}
