package governance

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// DecodeCouncil decodes a council from JSON in the form that
// [encoding/json] gives a [Council] (enumerations as their English codes,
// dates as "2006-01-02" or RFC 3339), and reports every problem of the
// input itself, each with a path:
//
//   - [CodeDecodeSyntax]: malformed JSON, or a value of the wrong JSON type
//     (each one reported, with its full path such as
//     "bodies[1].members[0].owner"); the council is then the zero Council;
//   - [CodeDecodeUnknownField]: a field the schema does not know (often a
//     misspelt one);
//   - [CodeDecodeUnknownText]: an enumeration's text that names no value;
//     the field is left at its zero value;
//   - [CodeDecodeDate]: a date in neither form; the field is left zero.
//
// Duplicate IDs, dangling references and negative counts are not decoding
// errors: [Policy.Validate] reports them. DecodeCouncil never panics.
func DecodeCouncil(data []byte) (Council, Report) {
	d := decoder{}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		d.add(CodeDecodeSyntax, "", fmt.Sprintf("malformed JSON: %v", err), fmt.Sprintf("JSON 格式错误：%v", err))
		return Council{}, d.rep
	}
	if len(bytes.TrimSpace(data[dec.InputOffset():])) > 0 {
		d.add(CodeDecodeSyntax, "", "data after the JSON value", "JSON 值之后有多余数据")
		return Council{}, d.rep
	}
	// Check the shape first, so that every unknown field and every value of
	// the wrong type is reported with its full path, not only the first.
	checkShape(tree, reflect.TypeFor[wireCouncil](), "", &d)
	if d.typeErrors > 0 {
		d.rep.sort()
		return Council{}, d.rep
	}
	var w wireCouncil
	if err := json.Unmarshal(data, &w); err != nil {
		path := ""
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			path = te.Field
		}
		d.add(CodeDecodeSyntax, path, fmt.Sprintf("wrong type: %v", err), fmt.Sprintf("数据类型错误：%v", err))
		d.rep.sort()
		return Council{}, d.rep
	}
	c := d.council(&w)
	d.rep.sort()
	return c, d.rep
}

type decoder struct {
	rep        Report
	typeErrors int
}

func (d *decoder) add(code Code, path, en, zh string) {
	d.rep.Findings = append(d.rep.Findings, Finding{Code: code, Severity: SeverityError, Path: path, Message: en, MessageZH: zh})
}

// checkShape reports the object keys of tree that type t does not know,
// matching names as encoding/json does (case-insensitively), and every
// value whose JSON type cannot decode into t.
func checkShape(tree any, t reflect.Type, path string, d *decoder) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if tree == nil {
		return // null leaves the field at its zero value
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	if want, wantZH, ok := jsonKindFits(tree, t); !ok {
		got, gotZH := jsonKind(tree)
		d.add(CodeDecodeSyntax, path, fmt.Sprintf("wrong type: want %s, got %s", want, got), fmt.Sprintf("数据类型错误：应为%s，实为%s", wantZH, gotZH))
		d.typeErrors++
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj := tree.(map[string]any)
		for _, k := range slices.Sorted(mapKeys(obj)) {
			f, ok := fieldByJSONName(t, k)
			if !ok {
				d.add(CodeDecodeUnknownField, join(k), fmt.Sprintf("unknown field %q", k), fmt.Sprintf("未知字段 %q", k))
				continue
			}
			checkShape(obj[k], f.Type, join(k), d)
		}
	case reflect.Slice:
		for i, e := range tree.([]any) {
			checkShape(e, t.Elem(), path+"["+strconv.Itoa(i)+"]", d)
		}
	case reflect.Map:
		obj := tree.(map[string]any)
		for _, k := range slices.Sorted(mapKeys(obj)) {
			checkShape(obj[k], t.Elem(), join(k), d)
		}
	}
}

// jsonKindFits reports whether the decoded JSON value v (from a decoder
// with UseNumber) can decode into t, and if not, what t wants.
func jsonKindFits(v any, t reflect.Type) (want, wantZH string, ok bool) {
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		_, ok := v.(string)
		return "a string", "字符串", ok
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		_, ok := v.(map[string]any)
		return "an object", "对象", ok
	case reflect.Slice:
		_, ok := v.([]any)
		return "an array", "数组", ok
	case reflect.Bool:
		_, ok := v.(bool)
		return "true or false", "布尔值", ok
	case reflect.String:
		_, ok := v.(string)
		return "a string", "字符串", ok
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := v.(json.Number)
		if ok {
			_, err := strconv.ParseInt(string(n), 10, t.Bits())
			ok = err == nil
		}
		return fmt.Sprintf("an integer that fits in %d bits", t.Bits()), fmt.Sprintf("%d 位整数", t.Bits()), ok
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, ok := v.(json.Number)
		if ok {
			_, err := strconv.ParseUint(string(n), 10, t.Bits())
			ok = err == nil
		}
		return fmt.Sprintf("a non-negative integer that fits in %d bits", t.Bits()), fmt.Sprintf("%d 位非负整数", t.Bits()), ok
	case reflect.Float32, reflect.Float64:
		n, ok := v.(json.Number)
		if ok {
			_, err := strconv.ParseFloat(string(n), t.Bits())
			ok = err == nil
		}
		return "a number", "数值", ok
	}
	return "", "", true
}

// jsonKind names the JSON type of a decoded value.
func jsonKind(v any) (string, string) {
	switch v.(type) {
	case map[string]any:
		return "an object", "对象"
	case []any:
		return "an array", "数组"
	case bool:
		return "a boolean", "布尔值"
	case string:
		return "a string", "字符串"
	case json.Number:
		return "a number", "数值"
	}
	return "null", "null"
}

func mapKeys(m map[string]any) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// fieldByJSONName returns the field of struct type t that encoding/json
// would decode the key name into: an exact or lower-case match from the
// precomputed table, else a case-insensitive scan (for the rare keys whose
// case folding strings.ToLower does not cover).
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	if f, ok := wireFields[t][strings.ToLower(name)]; ok {
		return f, true
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if strings.EqualFold(jsonName(f), name) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func jsonName(f reflect.StructField) string {
	tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if tag == "" {
		return f.Name
	}
	return tag
}

// wireFields maps each struct type reachable from the wire form to its
// fields by lower-cased JSON name. It is built once and never changed.
var wireFields = func() map[reflect.Type]map[string]reflect.StructField {
	m := map[reflect.Type]map[string]reflect.StructField{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || m[t] != nil {
			return
		}
		fs := map[string]reflect.StructField{}
		m[t] = fs
		for i := range t.NumField() {
			f := t.Field(i)
			fs[strings.ToLower(jsonName(f))] = f
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[wireCouncil]())
	return m
}()

// The wire types mirror the model with enumerations and dates as text, so
// that every bad value can be reported rather than only the first.
type wireCouncil struct {
	ID               string              `json:"id"`
	Name             string              `json:"name"`
	Community        string              `json:"community"`
	ManagementArea   string              `json:"management_area"`
	EthnicMinorities []string            `json:"ethnic_minorities"`
	Convener         string              `json:"convener"`
	Seats            map[string][]string `json:"seats"`
	Bodies           []wireBody          `json:"bodies"`
	Exceptions       []wireException     `json:"exceptions"`
}

type wireException struct {
	Code       string `json:"code"`
	Body       string `json:"body"`
	ApprovedBy string `json:"approved_by"`
	Reference  string `json:"reference"`
	ApprovedOn string `json:"approved_on"`
}

type wireBody struct {
	ID                string       `json:"id"`
	Kind              string       `json:"kind"`
	Name              string       `json:"name"`
	Community         string       `json:"community"`
	ManagementArea    string       `json:"management_area"`
	Members           []wireMember `json:"members"`
	Alternates        []wireMember `json:"alternates"`
	Chair             string       `json:"chair"`
	ViceChairs        []string     `json:"vice_chairs"`
	PartyMembers      int          `json:"party_members"`
	PartyOrganisation string       `json:"party_organisation"`
	FormedOn          string       `json:"formed_on"`
	ElectedOn         string       `json:"elected_on"`
	FiledOn           string       `json:"filed_on"`
	TermEnd           string       `json:"term_end"`
	DissolvedOn       string       `json:"dissolved_on"`

	Owners    *wireOwners         `json:"owners_committee"`
	PMC       *wirePMC            `json:"property_management_committee"`
	Group     *wireGroup          `json:"preparatory_group"`
	Residents *ResidentsCommittee `json:"residents_committee"`
	Party     *wireParty          `json:"party_organisation_details"`
}

type wireMember struct {
	ID                      string         `json:"id"`
	Name                    string         `json:"name"`
	Kind                    string         `json:"kind"`
	Owner                   bool           `json:"owner"`
	OwnerDelegate           bool           `json:"owner_delegate"`
	PartyMember             bool           `json:"party_member"`
	Employer                string         `json:"employer"`
	Relations               []wireRelation `json:"relations"`
	Capacity                string         `json:"capacity"`
	BirthDate               string         `json:"birth_date"`
	ResidentSince           string         `json:"resident_since"`
	Ethnicity               string         `json:"ethnicity"`
	PoliticalRightsDeprived bool           `json:"political_rights_deprived"`
	DishonestDebtor         bool           `json:"dishonest_debtor"`
	ProhibitedUses          []int          `json:"prohibited_uses"`
	UnpaidFees              bool           `json:"unpaid_fees"`
	Nomination              string         `json:"nomination"`
}

type wireRelation struct {
	Kin          string `json:"kin"`
	Counterparty string `json:"counterparty"`
	Tie          string `json:"tie"`
}

type wireOwners struct {
	AreaHouseholds            int    `json:"area_households"`
	Seats                     int    `json:"seats"`
	CandidatesReportedToParty bool   `json:"candidates_reported_to_party"`
	RenewalReportedOn         string `json:"renewal_reported_on"`
}

type wirePMC struct {
	Condition        string `json:"condition"`
	FormedBy         string `json:"formed_by"`
	DeputyDesignated bool   `json:"deputy_designated"`
}

type wireGroup struct {
	FirstAssemblyOn string `json:"first_assembly_on"`
}

type wireParty struct {
	Form        string `json:"form"`
	FullMembers int    `json:"full_members"`
}

// enum decodes text into *dst with parse, reporting unknown text at path.
func enum[T any](d *decoder, path, text string, dst *T, parse func(string) (T, error)) {
	if text == "" {
		return
	}
	v, err := parse(text)
	if err != nil {
		d.add(CodeDecodeUnknownText, path, err.Error(), fmt.Sprintf("无法识别的取值 %q", text))
		return
	}
	*dst = v
}

// date decodes a date at path.
func (d *decoder) date(path, text string) time.Time {
	if text == "" {
		return time.Time{}
	}
	if t, err := time.Parse(time.DateOnly, text); err == nil {
		return t
	}
	if t, err := time.Parse(time.RFC3339, text); err == nil {
		return t
	}
	d.add(CodeDecodeDate, path, fmt.Sprintf("date %q is not YYYY-MM-DD or RFC 3339", text), fmt.Sprintf("日期 %q 格式无效，应为 YYYY-MM-DD 或 RFC 3339", text))
	return time.Time{}
}

func (d *decoder) council(w *wireCouncil) Council {
	c := Council{ID: w.ID, Name: w.Name, Community: w.Community, ManagementArea: w.ManagementArea,
		EthnicMinorities: w.EthnicMinorities, Convener: w.Convener}
	if w.Seats != nil {
		c.Seats = make(map[Seat][]string, len(w.Seats))
		for _, k := range slices.Sorted(func(yield func(string) bool) {
			for k := range w.Seats {
				if !yield(k) {
					return
				}
			}
		}) {
			s, err := ParseSeat(k)
			if err != nil {
				d.add(CodeDecodeUnknownText, "seats."+k, err.Error(), fmt.Sprintf("无法识别的席位 %q", k))
				continue
			}
			c.Seats[s] = w.Seats[k]
		}
	}
	if w.Bodies != nil {
		c.Bodies = make([]Body, len(w.Bodies))
	}
	for i := range w.Bodies {
		c.Bodies[i] = d.body(&w.Bodies[i], "bodies["+strconv.Itoa(i)+"]")
	}
	for i, e := range w.Exceptions {
		p := "exceptions[" + strconv.Itoa(i) + "]"
		x := Exception{Code: Code(e.Code), Body: e.Body, Reference: e.Reference, ApprovedOn: d.date(p+".approved_on", e.ApprovedOn)}
		enum(d, p+".approved_by", e.ApprovedBy, &x.ApprovedBy, ParseAuthority)
		c.Exceptions = append(c.Exceptions, x)
	}
	return c
}

func (d *decoder) body(w *wireBody, p string) Body {
	b := Body{ID: w.ID, Name: w.Name, Community: w.Community, ManagementArea: w.ManagementArea,
		Chair: w.Chair, ViceChairs: w.ViceChairs, PartyMembers: w.PartyMembers, PartyOrganisation: w.PartyOrganisation,
		FormedOn: d.date(p+".formed_on", w.FormedOn), ElectedOn: d.date(p+".elected_on", w.ElectedOn),
		FiledOn: d.date(p+".filed_on", w.FiledOn), TermEnd: d.date(p+".term_end", w.TermEnd),
		DissolvedOn: d.date(p+".dissolved_on", w.DissolvedOn), Residents: w.Residents}
	enum(d, p+".kind", w.Kind, &b.Kind, ParseBodyKind)
	b.Members = d.members(w.Members, p+".members")
	b.Alternates = d.members(w.Alternates, p+".alternates")
	if o := w.Owners; o != nil {
		b.Owners = &OwnersCommittee{AreaHouseholds: o.AreaHouseholds, Seats: o.Seats, CandidatesReportedToParty: o.CandidatesReportedToParty,
			RenewalReportedOn: d.date(p+".owners_committee.renewal_reported_on", o.RenewalReportedOn)}
	}
	if m := w.PMC; m != nil {
		b.PMC = &PropertyManagementCommittee{DeputyDesignated: m.DeputyDesignated}
		enum(d, p+".property_management_committee.condition", m.Condition, &b.PMC.Condition, ParseFormationCondition)
		enum(d, p+".property_management_committee.formed_by", m.FormedBy, &b.PMC.FormedBy, ParseAuthority)
	}
	if g := w.Group; g != nil {
		b.Group = &PreparatoryGroup{FirstAssemblyOn: d.date(p+".preparatory_group.first_assembly_on", g.FirstAssemblyOn)}
	}
	if x := w.Party; x != nil {
		b.Party = &PartyOrganisation{FullMembers: x.FullMembers}
		enum(d, p+".party_organisation_details.form", x.Form, &b.Party.Form, ParsePartyForm)
	}
	return b
}

func (d *decoder) members(ws []wireMember, lp string) []Member {
	if ws == nil {
		return nil
	}
	ms := make([]Member, len(ws))
	for j := range ws {
		w, p := &ws[j], lp+"["+strconv.Itoa(j)+"]"
		m := Member{ID: w.ID, Name: w.Name, Owner: w.Owner, OwnerDelegate: w.OwnerDelegate, PartyMember: w.PartyMember,
			Employer: w.Employer, BirthDate: d.date(p+".birth_date", w.BirthDate), ResidentSince: d.date(p+".resident_since", w.ResidentSince),
			Ethnicity: w.Ethnicity, PoliticalRightsDeprived: w.PoliticalRightsDeprived, DishonestDebtor: w.DishonestDebtor,
			ProhibitedUses: w.ProhibitedUses, UnpaidFees: w.UnpaidFees}
		enum(d, p+".kind", w.Kind, &m.Kind, ParseMemberKind)
		enum(d, p+".capacity", w.Capacity, &m.Capacity, ParseLegalCapacity)
		enum(d, p+".nomination", w.Nomination, &m.Nomination, ParseNominationSource)
		for k, r := range w.Relations {
			rel := Relation{Counterparty: r.Counterparty, Tie: r.Tie}
			enum(d, p+".relations["+strconv.Itoa(k)+"].kin", r.Kin, &rel.Kin, ParseKin)
			m.Relations = append(m.Relations, rel)
		}
		ms[j] = m
	}
	return ms
}
