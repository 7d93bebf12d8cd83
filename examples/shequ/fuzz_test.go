package main

import (
	"strings"
	"testing"

	"github.com/shequ/shequ/capacity"
	"github.com/shequ/shequ/volunteer"
)

// FuzzDecodeJSON feeds arbitrary bytes to the strict decoder the CLI uses
// for every input file: it never panics, and every error it returns is an
// input error with a code and a message in both languages.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"days": 7}`, `{"needs": [{"id": 1}]}`, `{"volunteers": [{"nmae": "x"}]}`,
		`[`, `{"a":}`, `{"start": "yesterday"}`, `{"communities": [{"units": [{"households": -1}]}]}`,
		`{"estate": {"spaces": [{"kind": "palace"}]}}`, "\x00", `{} {}`, `"`,
		`{} 5`, `{"a":{}} "k"`, // a value after a closed top-level object once panicked the path walker
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, v := range []any{&volunteer.Input{}, &capacity.Community{}, &[]volunteer.Change{}} {
			err := decodeJSON("f.json", data, v)
			if err == nil {
				continue
			}
			ie, ok := err.(*inputError)
			if !ok || len(ie.problems) == 0 {
				t.Fatalf("decodeJSON(%q) = %T %v; want an *inputError", data, err, err)
			}
			for _, p := range ie.problems {
				if p.Code == "" || p.msg.en == "" || p.msg.zh == "" || p.File != "f.json" {
					t.Errorf("decodeJSON(%q) problem %+v lacks a code, file or message", data, p)
				}
			}
		}
		// The path walker must stop cleanly on anything.
		pathAt(data, int64(len(data)/2))
		keyPath(data, "x")
		if strings.Contains(pathAt(data, 0), "\x00[") {
			t.Errorf("pathAt produced a malformed path")
		}
	})
}
