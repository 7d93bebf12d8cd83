package volunteer

import "fmt"

// enumText is the shared text table behind the package's enums: a stable
// English identifier and a Chinese label for each value from 1 up. It is an
// immutable table; no enum value is ever mutable state.
type enumText struct {
	kind   string
	names  []string // index 0 unused
	labels []string // index 0 unused
}

func (t enumText) valid(v int) bool { return v >= 1 && v < len(t.names) }

func (t enumText) name(v int) string {
	if !t.valid(v) {
		return fmt.Sprintf("%%!%s(%d)", t.kind, v)
	}
	return t.names[v]
}

func (t enumText) label(v int) string {
	if !t.valid(v) {
		return fmt.Sprintf("%%!%s(%d)", t.kind, v)
	}
	return t.labels[v]
}

func (t enumText) marshal(v int) ([]byte, error) {
	if !t.valid(v) {
		return nil, fmt.Errorf("volunteer: invalid %s %d", t.kind, v)
	}
	return []byte(t.names[v]), nil
}

func (t enumText) parse(s string) (int, error) {
	for i := 1; i < len(t.names); i++ {
		if t.names[i] == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("volunteer: unknown %s %q", t.kind, s)
}
