package capacity

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// FuzzDecodeSplitRequest feeds arbitrary bytes to the decoder and every
// request it accepts to PlanSplit: nothing may panic, every error is typed,
// and every plan keeps the invariants (see checkPlan).
func FuzzDecodeSplitRequest(f *testing.F) {
	// a valid two-part split of a path
	f.Add([]byte(`{"units":[{"id":"a","households":100},{"id":"b","households":120},{"id":"c","households":90}],"edges":[{"a":"a","b":"b"},{"a":"b","b":"c","weight":2,"kind":"road"}],"parts":2,"band":{"min":90,"max":250},"anchor":"a"}`))
	// an unknown field and a bad enum
	f.Add([]byte(`{"units":[{"id":"a","households":1,"colour":"red","housing":"castle"}]}`))
	// a self-loop, a dangling edge and negative households
	f.Add([]byte(`{"units":[{"id":"a","households":-1}],"edges":[{"a":"a","b":"a"},{"a":"a","b":"z"}]}`))
	// a deviation band and a compound
	f.Add([]byte(`{"units":[{"id":"a","households":10,"compound":"c"},{"id":"b","households":10,"compound":"c"},{"id":"d","households":20}],"edges":[{"a":"b","b":"d"}],"parts":2,"band":{"deviation":{"num":5,"den":1000}}}`))
	// per-part ranges that do not match the parts
	f.Add([]byte(`{"units":[{"id":"a","households":10}],"parts":2,"band":{"parts":[{"min":1,"max":2}]}}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(`{"units":null,"options":{"seed":[1,2],"restarts":-1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeSplitRequest(data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || len(ie.Findings) == 0 {
				t.Fatalf("decode error %v is not an *InputError with findings", err)
			}
			return
		}
		if len(req.Units) > 60 || req.Parts > 8 {
			return // keep each run short
		}
		req.Options.Restarts, req.Options.Iterations, req.Options.ExactNodes = 1, 200, 20000
		plan, err := PlanSplit(req, BeijingPolicy())
		if err != nil {
			var ie *InfeasibleError
			var in *InputError
			if !errors.As(err, &ie) && !errors.As(err, &in) {
				t.Fatalf("PlanSplit error %v is not typed", err)
			}
			return
		}
		checkPlan(t, req, plan)
		// The plan's JSON form must round-trip.
		b, err := json.Marshal(plan)
		if err != nil {
			t.Fatal(err)
		}
		var back Plan
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDecodeDistrict feeds arbitrary bytes to the district decoder and the
// districts it accepts to Assess, which must not fail on valid input.
func FuzzDecodeDistrict(f *testing.F) {
	if data, err := os.ReadFile("testdata/xiaguangli.json"); err == nil {
		f.Add(data) // the Xiaguangli story
	}
	f.Add([]byte(`{"communities":[{"id":"a","units":[{"id":"u","households":4000}],"workers":3}],"adjacent":[["a","b"]]}`))
	f.Add([]byte(`{"communities":[{"id":"a","units":[],"workers":-1},{"id":"a","units":[]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeDistrict(data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("decode error %v is not an *InputError", err)
			}
			return
		}
		if _, err := Assess(d, BeijingPolicy()); err != nil {
			t.Fatalf("Assess rejected a decoded district: %v", err)
		}
	})
}

// FuzzEnumText checks that every enum parses only what it prints.
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"error", "warning", "old_compound", "road", "", "Road", "gate "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := ParseSeverity(s); err == nil && v.String() != s {
			t.Fatalf("ParseSeverity(%q) = %v", s, v)
		}
		if v, err := ParseHousingType(s); err == nil && v.String() != s {
			t.Fatalf("ParseHousingType(%q) = %v", s, v)
		}
		if v, err := ParseEdgeKind(s); err == nil && v.String() != s {
			t.Fatalf("ParseEdgeKind(%q) = %v", s, v)
		}
	})
}

// FuzzDecodeCommunity: the decoder never panics, and every community it
// accepts can be split (or refused with a typed error).
func FuzzDecodeCommunity(f *testing.F) {
	f.Add([]byte(`{"id":"x","units":[{"id":"a","households":2000},{"id":"b","households":2000}],"edges":[{"a":"a","b":"b"}],"office":"a","workers":16}`))
	f.Add([]byte(`{"id":"","units":[{"id":"a"}],"office":"q","workers":-2,"zone":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCommunity(data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("decode error %v is not an *InputError", err)
			}
			return
		}
		if len(c.Units) > 40 {
			return
		}
		req := c.SplitRequest()
		req.Options = Options{Restarts: 1, Iterations: 100, ExactNodes: 10000}
		plan, err := PlanSplit(req, BeijingPolicy())
		if err == nil {
			checkPlan(t, req, plan)
			return
		}
		var ie *InfeasibleError
		var in *InputError
		if !errors.As(err, &ie) && !errors.As(err, &in) {
			t.Fatalf("PlanSplit error %v is not typed", err)
		}
	})
}

// FuzzDecodePolicy: the decoder never panics; an accepted policy gives
// non-negative requirements.
func FuzzDecodePolicy(f *testing.F) {
	b, _ := json.Marshal(BeijingPolicy())
	f.Add(b)
	f.Add([]byte(`{"max_households":100,"merge_below":500}`))
	f.Add([]byte(`{"min_workers":-1,"typo":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePolicy(data)
		if err != nil {
			return
		}
		if r := p.RequiredWorkers(4480, 11200); r < 0 {
			t.Fatalf("RequiredWorkers = %d", r)
		}
	})
}
