package wizard

import (
	"errors"
	"strconv"
	"strings"

	"tietosuojapakki/data/valid"
)

// Validate checks one typed value of q and returns the message to show in
// lang, or "" when it is fine. Lists and records are judged by Check.
func Validate(q Question, value string, lang string) string {
	v := strings.TrimSpace(value)
	if v == "" {
		if q.Required {
			return message(valid.Required(v), lang)
		}
		return ""
	}
	if q.Kind == Number {
		if n, err := strconv.Atoi(v); err != nil || n < 0 {
			return notANumber.In(lang)
		}
	}
	if q.Validate == "" {
		return ""
	}
	check, ok := valid.ByName(q.Validate)
	if !ok {
		return "" // the catalogue tests make sure this does not happen
	}
	return message(check(v), lang)
}

var notANumber = T(
	"Kirjoita kokonaisluku numeroin, esimerkiksi 30.",
	"Skriv ett heltal med siffror, till exempel 30.",
	"Write a whole number in digits, for example 30.")

func message(err error, lang string) string {
	if err == nil {
		return ""
	}
	var ve *valid.Error
	if errors.As(err, &ve) {
		return ve.Message(lang)
	}
	return err.Error()
}
