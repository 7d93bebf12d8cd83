package capacity

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDecodeSplitRequestErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"unknown fields everywhere",
			`{"units":[{"id":"a","households":1,"colour":"red"}],"edges":[],"band":{"min":1,"avg":3},"extra":1}`,
			[]string{"capacity.input.unknown_field@band.avg", "capacity.input.unknown_field@extra", "capacity.input.unknown_field@units[0].colour"},
			"every unknown key is reported with its path, not only the first"},
		{"wrong type",
			`{"units":[{"id":"a","households":"many"}]}`,
			[]string{"capacity.input.bad_value@units.households"},
			"a string where a number belongs"},
		{"bad enum",
			`{"units":[{"id":"a","households":1,"housing":"castle"}]}`,
			[]string{"capacity.input.bad_value@"},
			"housing must be one of the codes"},
		{"bad values",
			`{"units":[{"id":"a","households":-3},{"id":"a"}],"edges":[{"a":"a","b":"a"},{"a":"a","b":"q"}],"anchor":"nope","band":{"deviation":{"num":2,"den":1}}}`,
			[]string{"capacity.split.anchor_missing@anchor", "capacity.input.bad_value@band.deviation",
				"capacity.input.edge_self_loop@edges[0]", "capacity.input.edge_dangling@edges[1].b",
				"capacity.input.negative@units[0].households", "capacity.input.id_duplicate@units[1].id"},
			"negative households, duplicate IDs, self-loops, dangling edges, a missing anchor and a deviation above 1"},
		{"trailing data", `{"units":[]} {}`, []string{"capacity.input.bad_value@"}, "one JSON value only"},
		{"stray brace", `{"units":[]}}`, []string{"capacity.input.bad_value@"}, "a closing brace after the value is trailing data too"},
		{"not JSON", `{"units":`, []string{"capacity.input.bad_value@"}, "malformed JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeSplitRequest([]byte(tt.in))
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error = %v, want *InputError (%s)", err, tt.reason)
			}
			var got []string
			for _, f := range ie.Findings {
				got = append(got, string(f.Code)+"@"+f.Path)
			}
			if diff := cmp.Diff(tt.want, got, sortStrings); diff != "" {
				t.Errorf("findings (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

// TestJSONRoundTrip checks that a request and a plan survive their JSON
// forms unchanged.
func TestJSONRoundTrip(t *testing.T) {
	req := SplitRequest{
		Units:  []Unit{{ID: "a", Households: 100, Residents: 250, Elderly: 60, Housing: OldCompound, Compound: "c1"}, {ID: "b", Households: 120, Housing: AffordableHousing}},
		Edges:  []Edge{{A: "a", B: "b", Weight: 3, Kind: Road}},
		Anchor: "a", Workers: 3, Parts: 2,
		Band:    Band{Parts: []Range{{Min: 50, Max: 150}, {Min: 50, Max: 150}}, Deviation: Ratio{Num: 1, Den: 2}},
		Options: Options{Seed: [2]uint64{7, 8}, Restarts: 2},
	}
	b, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeSplitRequest(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(req, back); diff != "" {
		t.Errorf("request round trip (-want +got):\n%s\n%s", diff, b)
	}
	plan, err := PlanSplit(req, BeijingPolicy())
	if err != nil {
		t.Fatal(err)
	}
	pb, err := json.Marshal(plan)
	if err != nil {
		t.Fatal(err)
	}
	var pback Plan
	if err := json.Unmarshal(pb, &pback); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(plan, pback); diff != "" {
		t.Errorf("plan round trip (-want +got):\n%s", diff)
	}
	pol := BeijingPolicy()
	polb, _ := json.Marshal(pol)
	polback, err := DecodePolicy(polb)
	if err != nil || !cmp.Equal(pol, polback) {
		t.Errorf("policy round trip: %v %v", err, cmp.Diff(pol, polback))
	}
}

func TestEnums(t *testing.T) {
	for s := Error; s <= Info; s++ {
		b, err := s.MarshalText()
		var back Severity
		if err != nil || back.UnmarshalText(b) != nil || back != s || s.Label() == s.String() {
			t.Errorf("severity %v: %s %v %v", s, b, err, back)
		}
	}
	for h := OldCompound; h <= CommercialResidential; h++ {
		b, err := h.MarshalText()
		var back HousingType
		if err != nil || back.UnmarshalText(b) != nil || back != h || h.Label() == h.String() {
			t.Errorf("housing %v: %s %v %v", h, b, err, back)
		}
	}
	for k := Road; k <= Open; k++ {
		b, err := k.MarshalText()
		var back EdgeKind
		if err != nil || back.UnmarshalText(b) != nil || back != k || k.Label() == k.String() {
			t.Errorf("edge kind %v: %s %v %v", k, b, err, back)
		}
	}
	if _, err := Severity(0).MarshalText(); err == nil {
		t.Error("the zero severity must not marshal")
	}
	if got := EdgeKind(9).String(); got != "%!EdgeKind(9)" {
		t.Errorf("EdgeKind(9).String() = %q", got)
	}
	if b, err := HousingType(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero housing type marshals as %q, %v; want empty", b, err)
	}
}

func TestBands(t *testing.T) {
	tests := []struct {
		b      Band
		k      int
		total  int64
		lo, hi []int64
		reason string
	}{
		{Band{Deviation: Ratio{5, 1000}}, 2, 1000, []int64{498, 498}, []int64{502, 502}, "±0.5 % of 500: ⌈497.5⌉ = 498, ⌊502.5⌋ = 502"},
		{Band{Deviation: Ratio{5, 1000}}, 3, 1000, []int64{332, 332, 332}, []int64{335, 335, 335}, "1000/3 = 333.3: ⌈1000·995/3000⌉ = ⌈331.67⌉ = 332, ⌊1000·1005/3000⌋ = 335 exactly"},
		{Band{Min: 500, Max: 3000}, 2, 4480, []int64{500, 500}, []int64{3000, 3000}, "absolute limits"},
		{Band{Min: 500, Parts: []Range{{2800, 3000}, {1500, 0}}}, 2, 4480, []int64{2800, 1500}, []int64{3000, 4480}, "per-part ranges meet the common floor; Max 0 means none"},
	}
	for _, tt := range tests {
		lo, hi := tt.b.bands(tt.k, tt.total)
		if !cmp.Equal(lo, tt.lo) || !cmp.Equal(hi, tt.hi) {
			t.Errorf("bands(%+v, %d, %d) = %v, %v; want %v, %v (%s)", tt.b, tt.k, tt.total, lo, hi, tt.lo, tt.hi, tt.reason)
		}
	}
}

func TestAllocate(t *testing.T) {
	parts := func(hs ...int64) []Part {
		var ps []Part
		for _, h := range hs {
			ps = append(ps, Part{Households: h})
		}
		return ps
	}
	tests := []struct {
		w      int64
		ps     []Part
		want   []int64
		reason string
	}{
		{16, parts(2880, 1600), []int64{10, 6}, "16 × 0.643 = 10.29 and 5.71: the larger remainder (0.71) gets the extra worker"},
		{3, parts(1, 1, 1), []int64{1, 1, 1}, "equal shares"},
		{2, parts(1, 1, 1), []int64{1, 1, 0}, "ties go to the lower index"},
		{5, parts(0, 0), []int64{3, 2}, "no households: share evenly"},
		{0, parts(5, 5), []int64{0, 0}, "no workers"},
	}
	for _, tt := range tests {
		if got := allocate(tt.w, tt.ps); !cmp.Equal(got, tt.want) {
			t.Errorf("allocate(%d) = %v, want %v (%s)", tt.w, got, tt.want, tt.reason)
		}
	}
}
