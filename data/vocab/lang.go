package vocab

import "strings"

// Lang is a language of the program, of its messages and of its documents:
// Finnish, Swedish or English. Its value is the ISO 639-1 code.
type Lang string

// The languages, Finnish first: it is the default everywhere.
const (
	Finnish Lang = "fi"
	Swedish Lang = "sv"
	English Lang = "en"
)

// Langs lists the languages in the order the program offers them.
var Langs = []Lang{Finnish, Swedish, English}

// ParseLang reads a language code as a user or a file gives it ("fi",
// "sv-FI", "en_GB", "EN"). ok is false for anything that is not one of the
// three languages, so that a mistyped --lang is refused, not guessed.
func ParseLang(s string) (l Lang, ok bool) {
	base := strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(base, "-_."); i >= 0 {
		base = base[:i]
	}
	switch Lang(base) {
	case Finnish, Swedish, English:
		return Lang(base), true
	}
	return Finnish, false
}

// LangOf is the language of a tag, Finnish for anything unknown (as
// Column): a message is never missing.
func LangOf(s string) Lang {
	l, _ := ParseLang(s)
	return l
}

// Column is the language's column in a Messages table.
func (l Lang) Column() int { return Column(string(l)) }

// Pick returns the text of the language among fi, sv and en.
func (l Lang) Pick(fi, sv, en string) string {
	return [3]string{fi, sv, en}[l.Column()]
}

// String is the language code.
func (l Lang) String() string { return string(l) }
