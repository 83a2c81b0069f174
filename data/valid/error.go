// Package valid checks single answers (Y-tunnus, e-mail, phone, dates, …)
// for the JSON import and the wizard, and explains a failure in Finnish,
// Swedish or English.
//
// Every validator returns nil for an empty value: whether a field must be
// filled is the completeness check's business (or Required's), not the
// format check's. Each validator judges a value after the text cleaning
// rule (package text: spaces around it, no-break ones too, and invisible
// format characters do not count) and accepts exactly what its normaliser
// (Normalise, NormalPhone, NormalDate, …) accepts; callers store the
// normaliser's result, the one stored form of the value.
package valid

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
	return messages.In(e.Code, lang, e.Args...)
}

// fail builds the *Error every validator returns.
func fail(code string, args ...string) error {
	return &Error{Code: code, Args: args}
}
