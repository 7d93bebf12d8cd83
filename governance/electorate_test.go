package governance

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewElectorateCounting(t *testing.T) {
	units := []Unit{
		{ID: "1-101", Owner: "o1", RegisteredArea: SquareMetres(80, 0)},
		{ID: "1-102", Owner: "o1", SurveyedArea: SquareMetres(60, 50)},                                   // same owner: one head
		{ID: "1-201", Owner: "o2", SurveyedArea: SquareMetres(70, 0), ContractArea: SquareMetres(75, 0)}, // surveyed before contract
		{ID: "1-202", Owner: "o3", ContractArea: SquareMetres(90, 0)},
		{ID: "1-301", DeveloperHeld: true, ContractArea: SquareMetres(100, 0)},
		{ID: "1-302", Owner: "buyer", DeveloperHeld: true, RegisteredArea: SquareMetres(100, 0)}, // sold, not delivered
	}
	e, rep := NewElectorate(units)
	if err := rep.Err(); err != nil {
		t.Fatalf("NewElectorate: %v", err)
	}
	want := []Voter{
		{ID: "developer", Area: SquareMetres(200, 0), Units: 2},
		{ID: "o1", Area: SquareMetres(140, 50), Units: 2},
		{ID: "o2", Area: SquareMetres(70, 0), Units: 1},
		{ID: "o3", Area: SquareMetres(90, 0), Units: 1},
	}
	if diff := cmp.Diff(want, e.Voters()); diff != "" {
		t.Errorf("Voters() mismatch (-want +got):\n%s", diff)
	}
	if got, want := e.Total(), (Count{Area: SquareMetres(500, 50), Heads: 4}); got != want {
		t.Errorf("Total() = %+v; want %+v", got, want)
	}
}

func TestNewElectorateBadUnits(t *testing.T) {
	units := []Unit{
		{ID: "a", Owner: "o1", RegisteredArea: 100},
		{ID: "a", Owner: "o2", RegisteredArea: 100},
		{ID: "", Owner: "o3", RegisteredArea: 100},
		{ID: "b", RegisteredArea: 100},
		{ID: "c", Owner: "o4"},
		{ID: "d", Owner: "o5", SurveyedArea: -1},
		{ID: "e", Owner: DeveloperVoter, RegisteredArea: 1},
	}
	e, rep := NewElectorate(units)
	if e != nil {
		t.Errorf("NewElectorate returned an electorate despite errors")
	}
	var got []string
	for _, f := range rep.Findings {
		got = append(got, f.Path+" "+string(f.Code))
	}
	want := []string{
		"units[1].id assembly.unit.duplicate",
		"units[2].id assembly.unit.id_missing",
		"units[3].owner assembly.unit.owner_missing",
		"units[4] assembly.unit.area_missing",
		"units[5] assembly.unit.area_negative",
		"units[6].owner assembly.unit.owner_reserved",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	for _, f := range rep.Findings {
		if f.Message == "" || f.MessageZH == "" {
			t.Errorf("finding %s lacks a message in both languages", f.Code)
		}
	}
}

func TestTallyCountsBoundaries(t *testing.T) {
	rule := CivilCode278()
	total := Count{Area: 30000, Heads: 300}
	tests := []struct {
		name                  string
		m                     OwnersMatter
		agree, oppose         Count
		want                  Outcome
		quorumShort, majShort Count
	}{
		{"quorum one head short", MatterUseFund, Count{20000, 150}, Count{0, 49}, NoQuorum, Count{0, 1}, Count{}},
		{"quorum exactly two thirds", MatterUseFund, Count{20000, 150}, Count{0, 50}, Passed, Count{}, Count{}},
		{"ordinary: exactly half of heads fails", MatterUseFund, Count{15000, 100}, Count{5000, 100}, MajorityNot, Count{}, Count{0, 1}},
		{"ordinary: half plus one head passes", MatterUseFund, Count{15000, 101}, Count{5000, 99}, Passed, Count{}, Count{}},
		{"special: one head below three quarters", MatterRaiseFund, Count{15000, 149}, Count{5000, 51}, MajorityNot, Count{}, Count{0, 1}},
		{"special: exactly three quarters", MatterRaiseFund, Count{15000, 150}, Count{5000, 50}, Passed, Count{}, Count{}},
		{"passes by heads, fails by area", MatterRebuild, Count{14999, 190}, Count{5001, 10}, MajorityNot, Count{}, Count{1, 0}},
	}
	for _, tt := range tests {
		got, err := rule.TallyCounts(tt.m, total, tt.agree, tt.oppose, Count{})
		if err != nil {
			t.Fatalf("%s: TallyCounts: %v", tt.name, err)
		}
		if got.Outcome != tt.want || got.QuorumShort != tt.quorumShort || got.MajorityShort != tt.majShort {
			t.Errorf("%s: outcome %v, quorum short %+v, majority short %+v; want %v, %+v, %+v",
				tt.name, got.Outcome, got.QuorumShort, got.MajorityShort, tt.want, tt.quorumShort, tt.majShort)
		}
	}
}
