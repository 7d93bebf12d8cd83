package main

import (
	"fmt"
	"strings"
)

// lang is the language of messages and table labels.
type lang int

const (
	langEN lang = 1 + iota
	langZH
)

func (l lang) String() string {
	if l == langZH {
		return "zh"
	}
	return "en"
}

// parseLang accepts "en" and "zh" (and their regional forms, e.g. zh_CN).
func parseLang(s string) (lang, error) {
	switch s := strings.ToLower(s); {
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return langEN, nil
	case s == "zh" || strings.HasPrefix(s, "zh_") || strings.HasPrefix(s, "zh-"):
		return langZH, nil
	}
	return 0, fmt.Errorf("unknown language %q (want en or zh)", s)
}

// envLang picks the language from the locale the way setlocale does: the
// first of LC_ALL, LC_MESSAGES and LANG that is set decides; zh* is Chinese,
// anything else English.
func envLang(getenv func(string) string) lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return langZH
			}
			return langEN
		}
	}
	return langEN
}

// text is a message in both languages.
type text struct{ en, zh string }

// in returns the message in l.
func (t text) in(l lang) string {
	if l == langZH && t.zh != "" {
		return t.zh
	}
	return t.en
}

// tr returns a bilingual message with the same arguments formatted into
// each language's pattern.
func tr(en, zh string, args ...any) text {
	return text{fmt.Sprintf(en, args...), fmt.Sprintf(zh, args...)}
}

// pick returns en or zh.
func (l lang) pick(en, zh string) string {
	if l == langZH {
		return zh
	}
	return en
}
