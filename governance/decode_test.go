package governance

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeCouncil(t *testing.T) {
	tests := []struct {
		name   string
		reason string
		in     string
		want   []string // "code path"
	}{
		{"empty object", "nothing to report", `{}`, nil},
		{"malformed", "a syntax error is one finding and the zero council", `{"id":`, []string{"decode.json.invalid "}},
		{"trailing data", "one JSON value per input", `{} {}`, []string{"decode.json.invalid "}},
		{"wrong type", "a string where a number belongs", `{"bodies":[{"party_members":"three"}]}`, []string{"decode.json.invalid bodies[0].party_members"}},
		{"wrong types", "every value of the wrong type is reported with its index, with the unknown fields",
			`{"id":7,"bodies":[{"id":"a"},{"members":[{"owner":"yes","ower":1},{"prohibited_uses":[1,"x",2.5]}]}],"seats":{"owners_body":"b"}}`,
			[]string{"decode.field.unknown bodies[1].members[0].ower", "decode.json.invalid bodies[1].members[0].owner",
				"decode.json.invalid bodies[1].members[1].prohibited_uses[1]", "decode.json.invalid bodies[1].members[1].prohibited_uses[2]",
				"decode.json.invalid id", "decode.json.invalid seats.owners_body"}},
		{"integer overflow", "a count beyond int64 is a type error, not a wrapped value", `{"bodies":[{"party_members":99999999999999999999}]}`,
			[]string{"decode.json.invalid bodies[0].party_members"}},
		{"not an object", "a council is a JSON object", `[1]`, []string{"decode.json.invalid "}},
		{"unknown field", "misspelt fields are reported, not dropped", `{"bodies":[{"members":[{"ower":true}]}]}`, []string{"decode.field.unknown bodies[0].members[0].ower"}},
		{"field in another case", "encoding/json matches names case-insensitively; so does the check", `{"ID":"x","Bodies":[{"Kind":"residents_committee"}]}`, nil},
		{"unknown seat", "seat codes are the six of Seat.String", `{"seats":{"owners":["a"]}}`, []string{"decode.enum.unknown seats.owners"}},
		{"unknown kinds", "every bad enumeration is reported with its path", `{"bodies":[{"kind":"x","members":[{"kind":"y","capacity":"z","nomination":"w","relations":[{"kin":"v"}]}],
			"property_management_committee":{"condition":"u","formed_by":"t"},"party_organisation_details":{"form":"s"}}],
			"exceptions":[{"approved_by":"r"}]}`, []string{
			"decode.enum.unknown bodies[0].kind",
			"decode.enum.unknown bodies[0].members[0].capacity",
			"decode.enum.unknown bodies[0].members[0].kind",
			"decode.enum.unknown bodies[0].members[0].nomination",
			"decode.enum.unknown bodies[0].members[0].relations[0].kin",
			"decode.enum.unknown bodies[0].party_organisation_details.form",
			"decode.enum.unknown bodies[0].property_management_committee.condition",
			"decode.enum.unknown bodies[0].property_management_committee.formed_by",
			"decode.enum.unknown exceptions[0].approved_by",
		}},
		{"dates", "YYYY-MM-DD and RFC 3339 are accepted, others not", `{"bodies":[{"elected_on":"2021-06-01","filed_on":"2021-06-10T09:00:00+08:00","term_end":"2026/05/31","formed_on":"2021-02-30"}]}`,
			[]string{"decode.date.invalid bodies[0].formed_on", "decode.date.invalid bodies[0].term_end"}},
	}
	for _, tt := range tests {
		_, rep := DecodeCouncil([]byte(tt.in))
		if diff := cmp.Diff(tt.want, codesOf(rep)); diff != "" {
			t.Errorf("%s (%s) (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func TestDecodeCouncilKeepsGoodValues(t *testing.T) {
	c, rep := DecodeCouncil([]byte(`{"id":"c","seats":{"party_organisation":["p"],"bogus":["q"]},
		"bodies":[{"id":"p","kind":"party_organisation","elected_on":"2021-06-01","members":[{"id":"a","kind":"nobody"}]}]}`))
	if len(rep.Findings) != 2 {
		t.Fatalf("want 2 findings, got:\n%s", rep.Describe())
	}
	want := Council{ID: "c", Seats: map[Seat][]string{SeatParty: {"p"}},
		Bodies: []Body{{ID: "p", Kind: KindPartyOrganisation, ElectedOn: date("2021-06-01"), Members: []Member{{ID: "a"}}}}}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("decoded council (-want +got):\n%s", diff)
	}
}
