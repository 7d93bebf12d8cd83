package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// decodeJSON decodes data, read from file, into v strictly: unknown fields,
// trailing data and type mismatches are errors that name the file, the JSON
// path of the field and the problem.
func decodeJSON(file string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return inputErr(file, "", "json.trailing", text{"unexpected data after the JSON value", "JSON 值之后还有多余内容"})
		}
		return nil
	}
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return inputErr(file, "", "json.empty", text{"the file is empty; want a JSON object", "文件为空，应为 JSON 对象"})
	case errors.Is(err, io.ErrUnexpectedEOF):
		return inputErr(file, "", "json.syntax", text{"the JSON ends too early", "JSON 不完整，提前结束"})
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset)
		return inputErr(file, pathAt(data, syn.Offset), "json.syntax",
			tr("line %d column %d: %s", "第 %d 行第 %d 列：JSON 语法错误（%s）", line, col, strings.TrimPrefix(syn.Error(), "json: ")))
	case errors.As(err, &typ):
		path := pathAt(data, typ.Offset)
		if path == "" {
			path = typ.Field
		}
		return inputErr(file, path, "json.type",
			tr("want %s, got JSON %s", "应为 %s，实际是 JSON %s", typeName(typ.Type), typ.Value))
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		name, _ = strconv.Unquote(name)
		return inputErr(file, keyPath(data, name), "json.unknown_field",
			tr("unknown field %q", "未知字段 %q", name))
	}
	// Errors from UnmarshalText and UnmarshalJSON methods: the library's
	// enums say what they accept.
	return inputErr(file, "", "json.value", tr("%s", "取值错误：%s", strings.TrimPrefix(msg, "json: ")))
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// typeName turns a Go type into words for people. The library's
// enumerations decode from strings.
func typeName(t reflect.Type) string {
	if t.Kind() != reflect.String && reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "a string"
	}
	return goTypeName(t.String())
}

// goTypeName turns the name of a Go type into words for people.
func goTypeName(t string) string {
	switch {
	case strings.HasPrefix(t, "[]"):
		return "an array"
	case strings.HasPrefix(t, "map["):
		return "an object"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "an integer"
	case strings.HasPrefix(t, "float"):
		return "a number"
	case t == "string":
		return "a string"
	case t == "bool":
		return "true or false"
	}
	return t
}

func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	return line, max(col, 1)
}

// pathAt returns the JSON path (e.g. bodies[2].members) of the value being
// read at byte offset off of data.
func pathAt(data []byte, off int64) string {
	var p string
	walkJSON(data, func(path string, at int64, isKey bool, key string) bool {
		if at > off {
			return false
		}
		p = path
		return true
	})
	return p
}

// keyPath returns the path of the first object member named key.
func keyPath(data []byte, key string) string {
	var p string
	walkJSON(data, func(path string, _ int64, isKey bool, k string) bool {
		if isKey && k == key {
			p = path
			return false
		}
		return true
	})
	return p
}

// walkJSON calls f for every value and object key of data in order with its
// path and the offset where it ends, until f returns false or the data ends
// or stops being JSON.
func walkJSON(data []byte, f func(path string, end int64, isKey bool, key string) bool) {
	type frame struct {
		array bool
		index int
		key   string
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, fr := range stack {
			if fr.array {
				fmt.Fprintf(&b, "[%d]", fr.index)
			} else if fr.key != "" {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(fr.key)
			}
		}
		return b.String()
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	expectKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		end := dec.InputOffset()
		switch tok := tok.(type) {
		case json.Delim:
			switch tok {
			case '{', '[':
				if !f(path(), end, false, "") {
					return
				}
				stack = append(stack, frame{array: tok == '['})
				expectKey = tok == '{'
				continue
			case '}', ']':
				if len(stack) == 0 {
					return
				}
				stack = stack[:len(stack)-1]
				expectKey = false
			}
		default:
			if expectKey && len(stack) > 0 {
				k, _ := tok.(string)
				stack[len(stack)-1].key = k
				if !f(path(), end, true, k) {
					return
				}
				expectKey = false
				continue
			}
			if !f(path(), end, false, "") {
				return
			}
		}
		// After a complete value: the next token in an object is a key; in an
		// array, the next element.
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				expectKey = true
			}
		}
	}
}
