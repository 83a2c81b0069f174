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

// Count is a counted noun in Finnish, Swedish and English, each as
// {one, many}: Count{{"virhe", "virhettä"}, {"fel", "fel"}, {"error",
// "errors"}}. Finnish puts the noun after any number but one in the
// partitive singular (2 virhettä, 0 virhettä, 21 virhettä); Swedish and
// English use the plural for every number but one (0 errors, 1,5 is not a
// count). Every count message of the program goes through Count.N, so that
// none says "1 virhettä" or "1 errors".
type Count [3][2]string

// N is n and the form of the noun for n in lang: "1 virhe", "2 virhettä".
func (c Count) N(n int, lang string) string {
	return strconv.Itoa(n) + " " + c.Form(n, lang)
}

// Form is the noun alone in the form n needs in lang.
func (c Count) Form(n int, lang string) string {
	forms := c[Column(lang)]
	if n == 1 || n == -1 {
		return forms[0]
	}
	return forms[1]
}
