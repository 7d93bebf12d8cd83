package deliberation

import (
	"encoding/json"
	"testing"
)

// Exactly one JSON value is accepted: trailing data, including a stray
// closing bracket that json.Decoder.More does not see, is an error.
func TestParseTrailingData(t *testing.T) {
	ev := Event{Seq: 1, Kind: EvRaised, Matter: "m"}
	evJSON, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	cmdJSON := []byte(`{"kind":"withdraw","matter":"m","actor":{"id":"r-1","role":"resident"}}`)
	for _, tail := range []string{"", " \n\t"} {
		if _, err := ParseEvent(append(evJSON, tail...)); err != nil {
			t.Errorf("ParseEvent with tail %q: %v", tail, err)
		}
		if _, err := ParseCommand(append(cmdJSON, tail...)); err != nil {
			t.Errorf("ParseCommand with tail %q: %v", tail, err)
		}
	}
	for _, tail := range []string{"}", "]", " {}", "x", ","} {
		if _, err := ParseEvent(append(evJSON, tail...)); err == nil {
			t.Errorf("ParseEvent accepted trailing %q", tail)
		}
		if _, err := ParseCommand(append(cmdJSON, tail...)); err == nil {
			t.Errorf("ParseCommand accepted trailing %q", tail)
		}
	}
}
