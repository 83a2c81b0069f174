// Package valid checks single answers (Y-tunnus, e-mail, phone, dates, …)
// for the JSON import and the wizard, and explains a failure in Finnish,
// Swedish or English.
//
// Every validator returns nil for an empty value: whether a field must be
// filled is the completeness check's business (or Required's), not the
// format check's. White space around a value is ignored, so callers should
// store strings.TrimSpace of what the user typed.
package valid

import (
	"strconv"
	"strings"
)

// Error is a validation failure that can speak each UI language.
type Error struct {
	Code string   // stable, e.g. "business_id.check_digit"
	Args []string // values inserted into the message, if any
}

// Error returns the Finnish message, so that a plain err.Error() is still
// something a Finnish user can read.
func (e *Error) Error() string { return e.Message("fi") }

// Message returns the message in lang: "fi", "sv" or "en" (a region suffix
// such as "sv-FI" or "en_GB" is ignored); anything else gets Finnish.
func (e *Error) Message(lang string) string {
	texts, ok := messages[e.Code]
	if !ok {
		// A code without texts is a programming error; the code at least
		// tells a developer where to look.
		return e.Code
	}
	msg := texts[langIndex(lang)]
	for i, a := range e.Args {
		msg = strings.ReplaceAll(msg, placeholder(i), a)
	}
	return msg
}

// placeholder is how argument i is marked in a message text: {0}, {1}, …
func placeholder(i int) string {
	return "{" + strconv.Itoa(i) + "}"
}

// langIndex maps a language tag to its column in the messages table.
func langIndex(lang string) int {
	base := strings.ToLower(lang)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "sv":
		return langSV
	case "en":
		return langEN
	}
	return langFI
}

// fail builds the *Error every validator returns.
func fail(code string, args ...string) error {
	return &Error{Code: code, Args: args}
}
