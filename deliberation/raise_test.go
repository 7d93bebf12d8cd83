package deliberation

import "testing"

// TestRaiseWithoutMatterID raises a matter with no ID: the refusal carries
// the dedicated code, so an embedder can tell it from other missing fields.
func TestRaiseWithoutMatterID(t *testing.T) {
	c := sampleCommand(CmdRaise)
	c.Matter = ""
	_, err := Decide(Matter{}, c, t0, BeijingPolicy())
	if !errorsIs(err, CodeMatterID) {
		t.Fatalf("raise without a matter ID: %v, want %s", err, CodeMatterID)
	}
	if errorsIs(err, CodeFieldRequired) {
		t.Errorf("raise without a matter ID also reports %s: %v", CodeFieldRequired, err)
	}
}
