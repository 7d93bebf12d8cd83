package governance

import "fmt"

// enumText is one row of an enumeration's text table: the stable English
// code used in JSON and the Chinese label shown to people.
type enumText struct{ code, zh string }

// enumString returns tab[v].code, or "%!Type(v)" when v is not a value of
// the table (index 0 is the unset value and is never valid).
func enumString(tab []enumText, typ string, v uint8) string {
	if v == 0 || int(v) >= len(tab) {
		return fmt.Sprintf("%%!%s(%d)", typ, v)
	}
	return tab[v].code
}

// enumLabel returns tab[v].zh, or the String form when v is not valid.
func enumLabel(tab []enumText, typ string, v uint8) string {
	if v == 0 || int(v) >= len(tab) {
		return enumString(tab, typ, v)
	}
	return tab[v].zh
}

// enumMarshal implements MarshalText: the zero value encodes as "", an
// undefined value is an error.
func enumMarshal(tab []enumText, typ string, v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if int(v) >= len(tab) {
		return nil, fmt.Errorf("governance: invalid %s %d", typ, v)
	}
	return []byte(tab[v].code), nil
}

// enumParse returns the value whose code is text. The empty text is the
// zero value only when allowZero is set (UnmarshalText); Parse functions
// reject it.
func enumParse(tab []enumText, typ, text string, allowZero bool) (uint8, error) {
	if text == "" && allowZero {
		return 0, nil
	}
	for i := 1; i < len(tab); i++ {
		if tab[i].code == text {
			return uint8(i), nil
		}
	}
	return 0, &UnknownTextError{Type: typ, Text: text}
}
