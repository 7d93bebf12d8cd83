package deliberation

import "fmt"

// textEntry is one value of an enumerated type: its stable English code
// (used in JSON and in codes) and its Chinese label (for people).
type textEntry struct{ code, zh string }

func enumString(table []textEntry, v int, typ string) string {
	if v <= 0 || v >= len(table) {
		return fmt.Sprintf("%%!%s(%d)", typ, v)
	}
	return table[v].code
}

func enumLabel(table []textEntry, v int, typ string) string {
	if v <= 0 || v >= len(table) {
		return fmt.Sprintf("%%!%s(%d)", typ, v)
	}
	return table[v].zh
}

func enumMarshal(table []textEntry, v int, typ string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if v < 0 || v >= len(table) {
		return nil, fmt.Errorf("deliberation: invalid %s %d", typ, v)
	}
	return []byte(table[v].code), nil
}

func enumParse(table []textEntry, text, typ string) (int, error) {
	for i := 1; i < len(table); i++ {
		if table[i].code == text {
			return i, nil
		}
	}
	return 0, &UnknownTextError{Type: typ, Text: text}
}

// enumUnmarshal accepts "" for the zero value and otherwise the stable code.
func enumUnmarshal(table []textEntry, text []byte, typ string) (int, error) {
	if len(text) == 0 {
		return 0, nil
	}
	return enumParse(table, string(text), typ)
}

// UnknownTextError reports text that names no value of an enumerated type.
type UnknownTextError struct {
	Type string // the Go type name, such as "Stage"
	Text string // the text that was not recognised
}

func (e *UnknownTextError) Error() string {
	return fmt.Sprintf("deliberation: unknown %s %q", e.Type, e.Text)
}
