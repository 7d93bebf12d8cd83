package volunteer

import (
	"encoding/json"
	"testing"
)

// FuzzPlan decodes an Input from JSON (outside data) and runs Validate,
// Plan, Evaluate and Repair on it: none may panic; a valid input plans to
// a rota that Evaluate finds free of hard violations with the same score.
func FuzzPlan(f *testing.F) {
	seed, _ := json.Marshal(small())
	f.Add(seed, uint64(1))
	// A need with a precedence cycle.
	f.Add([]byte(`{"days":7,"estate":{"buildings":[{"id":"B","floors":2}],"spaces":[{"id":"S","kind":"lobby","building":"B","floor":1}]},"needs":[{"id":"a","space":"S","every":1,"effort":1,"min":1,"target":1,"max":1,"after":"b"},{"id":"b","space":"S","every":2,"effort":1,"min":0,"target":1,"max":2,"after":"a"}],"volunteers":[{"id":"v"}]}`), uint64(2))
	// Minimum rules and a flexible window.
	f.Add([]byte(`{"days":9,"estate":{"buildings":[{"id":"B","floors":3,"lift":true,"lift_down":[{"from":2,"to":4}]}],"spaces":[{"id":"S","kind":"stairwell","building":"B","floor":3}]},"needs":[{"id":"a","space":"S","task":"x","every":3,"window":2,"effort":2,"min":1,"target":2,"max":2,"stairs":true}],"volunteers":[{"id":"v","max_stair_floor":1,"limits":{"min_consecutive":2,"min_consecutive_off":2,"min_effort":3}},{"id":"w","household":"h","limits":{"max_weekends":1,"tasks":[{"task":"x","max":1}]}}],"pinned":[{"need":"a","slot":0,"day":1,"volunteer":"w"}]}`), uint64(3))
	// A staff roster (fixed days, minimum rules, no team rules): the
	// column generation start runs.
	f.Add([]byte(`{"days":6,"estate":{"spaces":[{"id":"S","kind":"other"}]},"forbidden":[{"first":"L","then":"E"}],"needs":[{"id":"e","space":"S","task":"E","days":[0,1,2,3,4,5],"effort":480,"target":1,"max":3,"under_weight":100,"over_weight":1},{"id":"l","space":"S","task":"L","every":1,"effort":480,"target":1,"max":3,"under_weight":100}],"volunteers":[{"id":"a","limits":{"min_consecutive":2,"min_consecutive_off":2,"max_consecutive":3,"min_effort":960,"max_effort":1920,"tasks":[{"task":"L","max":2}]}},{"id":"b","limits":{"min_effort":480,"max_weekends":1}},{"id":"c","preferences":[{"task":"E","days":[2],"weight":-3}],"limits":{"min_consecutive":2}}]}`), uint64(4))
	f.Fuzz(func(t *testing.T, data []byte, s uint64) {
		if len(data) > 4096 {
			return
		}
		var in Input
		if err := json.Unmarshal(data, &in); err != nil || in.Days > 400 {
			return // long horizons are valid but too slow for a fuzz iteration
		}
		opt := Options{Seed: s, Budget: 2000}
		if s%2 == 0 {
			// Staff weights (no load or fairness terms): rosters with
			// minimum rules and no team rules start by column generation.
			w := CurtoisWeights()
			opt.Weights = &w
		}
		r := Validate(in, opt)
		res, err := Plan(in, opt)
		if (len(r) == 0) != (err == nil) {
			t.Fatalf("Validate found %d findings but Plan error = %v", len(r), err)
		}
		if err != nil {
			return
		}
		sc, rep := Evaluate(in, res.Assignments, opt)
		if !rep.Valid() || sc != res.Score {
			t.Fatalf("Plan rota: Evaluate %v findings %v; Plan score %v", sc, rep, res.Score)
		}
		if len(in.Volunteers) > 0 {
			_, _ = Repair(in, res.Assignments, []Change{{Kind: DropOut, Day: in.Days / 2, Volunteer: in.Volunteers[0].ID}}, opt)
		}
	})
}

// FuzzCodeText: any text either fails to parse or round-trips exactly.
func FuzzCodeText(f *testing.F) {
	for _, s := range []string{"at_cap", "no_skill", "lobby", "required", "drop_out", "", "AT_CAP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c Code
		if c.UnmarshalText([]byte(s)) == nil {
			if b, _ := c.MarshalText(); string(b) != s {
				t.Fatalf("Code %q round-trips to %q", s, b)
			}
		}
		var k SpaceKind
		if k.UnmarshalText([]byte(s)) == nil && k.String() != s {
			t.Fatalf("SpaceKind %q round-trips to %q", s, k)
		}
		var p PairKind
		if p.UnmarshalText([]byte(s)) == nil && p.String() != s {
			t.Fatalf("PairKind %q round-trips to %q", s, p)
		}
		var ch ChangeKind
		if ch.UnmarshalText([]byte(s)) == nil && ch.String() != s {
			t.Fatalf("ChangeKind %q round-trips to %q", s, ch)
		}
	})
}

// FuzzRepair decodes an input, a published rota and changes from JSON
// (all outside data): Repair must not panic, and when it succeeds its rota
// must break no hard rule of the changed input, keep every pin and agree
// with Evaluate on the score.
func FuzzRepair(f *testing.F) {
	in := small()
	res, _ := Plan(in, Options{Seed: 1, Budget: 2000})
	seed, _ := json.Marshal(repairCase{Input: in, Published: res.Assignments, Changes: []Change{{Kind: DropOut, Day: 7, Volunteer: "li"}}})
	f.Add(seed)
	seed2, _ := json.Marshal(repairCase{Input: in, Published: res.Assignments, Changes: []Change{
		{Kind: LiftOut, Day: 3, Building: "T1"}, {Kind: CloseSpace, Day: 5, Space: "T1-wall"},
		{Kind: AddVolunteer, Day: 1, NewVolunteer: &Volunteer{ID: "new", Skills: []string{"paint"}}}}})
	f.Add(seed2)
	f.Add([]byte(`{"input":{"days":3},"published":[{"need":"x","slot":-1,"day":-5,"volunteer":""}],"changes":[{"kind":"drop_out","day":0,"volunteer":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 8192 {
			return
		}
		var c repairCase
		if err := json.Unmarshal(data, &c); err != nil || c.Input.Days > 400 {
			return
		}
		opt := Options{Seed: 1, Budget: 2000}
		rep, err := Repair(c.Input, c.Published, c.Changes, opt)
		if err != nil {
			return
		}
		sc, r := Evaluate(rep.Input, rep.Assignments, opt)
		if !r.Valid() {
			t.Fatalf("repaired rota breaks hard rules: %v", r)
		}
		want := rep.Score
		want.Disruption = 0
		if sc != want {
			t.Fatalf("Repair score %v; Evaluate %v", rep.Score, sc)
		}
	})
}

type repairCase struct {
	Input     Input        `json:"input"`
	Published []Assignment `json:"published"`
	Changes   []Change     `json:"changes"`
}
