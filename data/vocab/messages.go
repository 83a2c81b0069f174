package vocab

import (
	"strconv"
	"strings"
)

// The columns of a Messages table, and of every fi/sv/en choice.
const (
	FI = iota
	SV
	EN
)

// Column maps a language tag to its column: Swedish or English by their
// code (a region such as "sv-FI" or "en_GB" is ignored), Finnish for
// anything else, so a message is never missing.
func Column(lang string) int {
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "sv":
		return SV
	case "en":
		return EN
	}
	return FI
}

// Messages are texts per code in Finnish, Swedish and English. Every
// error type of the program (validation, import, request log, restore)
// keeps its texts in one, so the language is chosen in one place.
type Messages map[string][3]string

// In is the text of code in lang with {0}, {1}, … replaced by args; the
// code itself when it has no texts (a programming error, but one that still
// tells a developer where to look).
func (m Messages) In(code, lang string, args ...string) string {
	t, ok := m[code]
	if !ok {
		return code
	}
	return Fill(t[Column(lang)], args...)
}

// Fill replaces {0}, {1}, … in text by args.
func Fill(text string, args ...string) string {
	for i, a := range args {
		text = strings.ReplaceAll(text, Placeholder(i), a)
	}
	return text
}

// Placeholder is how argument i is marked in a text: {0}, {1}, …
func Placeholder(i int) string { return "{" + strconv.Itoa(i) + "}" }
