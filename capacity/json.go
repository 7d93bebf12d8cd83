package capacity

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// DecodeSplitRequest decodes the JSON form of a [SplitRequest] and checks
// it. Unknown fields (capacity.input.unknown_field), values of the wrong
// type (capacity.input.bad_value) and invalid values (negative households,
// self-loops, duplicate or dangling IDs) are all reported together in an
// *InputError, each with its path; nothing is silently ignored.
//
// The JSON form is the struct's own: for example
//
//	{"units": [{"id": "b1", "households": 120, "compound": "c1"}],
//	 "edges": [{"a": "b1", "b": "b2", "weight": 3, "kind": "road"}],
//	 "anchor": "b1", "workers": 16, "parts": 2,
//	 "band": {"parts": [{"min": 2800, "max": 3000}, {"min": 1500, "max": 1700}]},
//	 "options": {"seed": [1, 2]}}
func DecodeSplitRequest(data []byte) (SplitRequest, error) {
	var r SplitRequest
	fs := decodeStrict(data, &r)
	if fs == nil {
		fs = append(fs, validateGraph("", r.Units, r.Edges)...)
		fs = append(fs, r.validateOptions()...)
		if r.Anchor != "" && !hasUnit(r.Units, r.Anchor) {
			fs = append(fs, Finding{Code: CodeAnchorMissing, Severity: Error, Path: "anchor",
				Message:   fmt.Sprintf("anchor unit %q is not among the units", r.Anchor),
				MessageZH: fmt.Sprintf("锚定单元 %q 不在单元列表中", r.Anchor)})
		}
	}
	if len(fs) > 0 {
		sortFindings(fs)
		return SplitRequest{}, &InputError{Findings: fs}
	}
	return r, nil
}

// DecodeDistrict decodes the JSON form of a [District] and checks it as
// [DecodeSplitRequest] does.
func DecodeDistrict(data []byte) (District, error) {
	var d District
	fs := decodeStrict(data, &d)
	if fs == nil {
		fs = d.Validate()
	}
	if len(fs) > 0 {
		sortFindings(fs)
		return District{}, &InputError{Findings: fs}
	}
	return d, nil
}

// DecodeCommunity decodes the JSON form of a [Community] and checks it as
// [DecodeSplitRequest] does.
func DecodeCommunity(data []byte) (Community, error) {
	var c Community
	fs := decodeStrict(data, &c)
	if fs == nil {
		fs = c.Validate("")
		if c.ID == "" {
			fs = append(fs, emptyID("id"))
		}
	}
	if len(fs) > 0 {
		sortFindings(fs)
		return Community{}, &InputError{Findings: fs}
	}
	return c, nil
}

// DecodePolicy decodes the JSON form of a [Policy] and checks it. Fields
// left out keep the zero value (the check is off), so start from a profile
// and marshal it to obtain a complete form.
func DecodePolicy(data []byte) (Policy, error) {
	var p Policy
	fs := decodeStrict(data, &p)
	if fs == nil {
		fs = p.Validate()
	}
	if len(fs) > 0 {
		sortFindings(fs)
		return Policy{}, &InputError{Findings: fs}
	}
	return p, nil
}

// decodeStrict unmarshals data into v and returns findings for malformed
// JSON, unknown fields and values of the wrong type, or nil.
func decodeStrict(data []byte, v any) []Finding {
	var raw any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return []Finding{badJSON("", err)}
	}
	if len(bytes.TrimSpace(data[dec.InputOffset():])) > 0 { // dec.More is false before a stray '}'
		return []Finding{badJSON("", errors.New("data after the top-level value"))}
	}
	var fs []Finding
	unknownFields(raw, reflect.TypeOf(v).Elem(), "", &fs)
	if err := json.Unmarshal(data, v); err != nil {
		var te *json.UnmarshalTypeError
		path := ""
		if errors.As(err, &te) {
			path = te.Field
		}
		fs = append(fs, badJSON(path, err))
	}
	return fs
}

func badJSON(path string, err error) Finding {
	return Finding{Code: CodeBadValue, Severity: Error, Path: path,
		Message:   "bad JSON value: " + err.Error(),
		MessageZH: "JSON 取值无效：" + err.Error()}
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// unknownFields walks a decoded JSON value alongside the Go type it is
// meant for and reports every object key that no field of the type takes
// (encoding/json would drop it silently).
func unknownFields(v any, t reflect.Type, path string, fs *[]Finding) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return // a type error, reported by json.Unmarshal
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			f, ok := fieldFor(t, k)
			if !ok {
				*fs = append(*fs, Finding{Code: CodeUnknownField, Severity: Error, Path: join(path, k),
					Message:   fmt.Sprintf("unknown field %q", k),
					MessageZH: fmt.Sprintf("未知字段 %q", k)})
				continue
			}
			unknownFields(obj[k], f.Type, join(path, k), fs)
		}
	case reflect.Slice, reflect.Array:
		arr, ok := v.([]any)
		if !ok {
			return
		}
		for i, e := range arr {
			unknownFields(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i), fs)
		}
	}
}

// fieldFor finds the field of struct type t that encoding/json fills from
// the key (exact name first, then case-insensitive, as encoding/json does).
func fieldFor(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold reflect.StructField
	found := false
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if name == key {
			return f, true
		}
		if !found && strings.EqualFold(name, key) {
			fold, found = f, true
		}
	}
	return fold, found
}
