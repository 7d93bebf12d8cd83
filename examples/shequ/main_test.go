package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
	}{
		{"demo prints the six seats", []string{"demo"}, 0, "居民委员会"},
		{"no subcommand is a usage error", nil, 2, ""},
		{"unknown subcommand is a usage error", []string{"nope"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut)
			if code != tt.wantCode {
				t.Fatalf("run(%q) = %d; want %d (stderr %q)", tt.args, code, tt.wantCode, errOut.String())
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("run(%q) stdout = %q; want it to contain %q", tt.args, out.String(), tt.wantOut)
			}
		})
	}
}
