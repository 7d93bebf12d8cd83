package curtois

import (
	"bytes"
	"reflect"
	"testing"
)

func TestGenerate(t *testing.T) {
	for _, opts := range []GenerateOptions{
		{Days: 1, Staff: 1, ShiftTypes: 1, Seed: 1},
		{Days: 14, Staff: 8, ShiftTypes: 1, Seed: 2},
		{Days: 28, Staff: 20, ShiftTypes: 3, Seed: 3},
		{Days: 84, Staff: 22, ShiftTypes: 3, Seed: 4},
		{Days: 364, Staff: 50, ShiftTypes: 10, Seed: 5},
	} {
		in, witness, err := Generate(opts)
		if err != nil {
			t.Fatalf("Generate(%+v): %v", opts, err)
		}
		if err := in.Validate(); err != nil {
			t.Errorf("Generate(%+v): Validate = %v", opts, err)
		}
		sz := in.Sizes()
		if sz.Days != opts.Days || sz.Staff != opts.Staff || sz.ShiftTypes != opts.ShiftTypes || sz.CoverRows != opts.Days*opts.ShiftTypes {
			t.Errorf("Generate(%+v): sizes %+v", opts, sz)
		}
		if ev := Evaluate(in, witness); !ev.Feasible() {
			t.Errorf("Generate(%+v): witness breaks %v", opts, ev.Violations)
		}
		// The file form round-trips.
		var buf bytes.Buffer
		if err := Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		again, err := Parse(&buf)
		if err != nil {
			t.Fatalf("Generate(%+v): Parse(Write): %v", opts, err)
		}
		if !reflect.DeepEqual(again, in) {
			t.Errorf("Generate(%+v): Parse(Write(in)) differs from in", opts)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	text := func(opts GenerateOptions) string {
		in, _, err := Generate(opts)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		Write(&buf, in)
		return buf.String()
	}
	opts := GenerateOptions{Days: 28, Staff: 10, ShiftTypes: 4, Seed: 9}
	if a, b := text(opts), text(opts); a != b {
		t.Errorf("Generate(%+v) twice gave different instances", opts)
	}
	other := opts
	other.Seed = 10
	if text(opts) == text(other) {
		t.Errorf("seeds 9 and 10 gave the same instance")
	}
}

func TestGenerateRejects(t *testing.T) {
	for _, opts := range []GenerateOptions{
		{Days: 0, Staff: 1, ShiftTypes: 1},
		{Days: MaxHorizon + 1, Staff: 1, ShiftTypes: 1},
		{Days: 7, Staff: 0, ShiftTypes: 1},
		{Days: 7, Staff: 1, ShiftTypes: 0},
	} {
		if _, _, err := Generate(opts); err == nil {
			t.Errorf("Generate(%+v) = nil error, want one", opts)
		}
	}
}

// TestGenerateLargest loads the size of Instance24 and checks its witness:
// the scale the engine must handle (364 days, 150 staff, 32 shift types).
func TestGenerateLargest(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	in, witness, err := Generate(DefaultGenerateOptions())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	again, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if ev := Evaluate(again, witness); !ev.Feasible() {
		t.Errorf("witness breaks %d rules, first %v", len(ev.Violations), ev.Violations[0])
	}
	sz := again.Sizes()
	if sz.Days != 364 || sz.Staff != 150 || sz.ShiftTypes != 32 || sz.CoverRows != 364*32 {
		t.Errorf("sizes %+v, want 364 days, 150 staff, 32 types, 11648 cover rows", sz)
	}
}

// TestGenerateWitnessBound: the witness pays no under-cover penalty, so its
// objective is at most one point per cover row plus the request weights.
func TestGenerateWitnessBound(t *testing.T) {
	in, witness, err := Generate(GenerateOptions{Days: 56, Staff: 30, ShiftTypes: 4, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	ev := Evaluate(in, witness)
	bound := len(in.Cover)
	for _, q := range append(append([]Request(nil), in.OnRequests...), in.OffRequests...) {
		bound += q.Weight
	}
	if ev.Under != 0 || ev.Objective > bound || ev.Over == 0 {
		t.Errorf("witness: %+v; want no under-cover, some over-cover, objective ≤ %d", ev, bound)
	}
}
