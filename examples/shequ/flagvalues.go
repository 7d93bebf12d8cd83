package main

import (
	"encoding"
	"strings"
)

// textValue is a flag.Value over any type with UnmarshalText, such as the
// library's enumerations: the flag accepts exactly what the JSON does.
type textValue struct {
	v encoding.TextUnmarshaler
	s string
}

func (t *textValue) String() string { return t.s }

func (t *textValue) Set(s string) error {
	if err := t.v.UnmarshalText([]byte(s)); err != nil {
		return err
	}
	t.s = s
	return nil
}

// listValue is a comma-separated list flag; repeating the flag appends.
type listValue struct{ list *[]string }

func (l listValue) String() string {
	if l.list == nil {
		return ""
	}
	return strings.Join(*l.list, ",")
}

func (l listValue) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l.list = append(*l.list, p)
		}
	}
	return nil
}
