package wizard

import (
	"errors"
	"strconv"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/text"
	"tietosuojapakki/data/valid"
)

// Validate checks one typed value of q and returns the message to show in
// lang, or "" when it is fine. It takes what the store takes: a value is
// judged after the text cleaning rule (so a pasted zero-width space or
// no-break spaces around it do not count), a date may be written 1.3.2022
// or 2022-03-01, a phone number (09) 4255 0692, a web address without
// https://; numbers must be within data.NumberBounds. Lists and records are
// judged by Check.
func Validate(q Question, value string, lang string) string {
	v := text.Clean(value)
	if v == "" {
		if q.Required {
			return message(valid.Required(v), lang)
		}
		return ""
	}
	if text.TooLong(v) {
		return tooLong.In(lang)
	}
	if q.Kind == Number {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return notANumber.In(lang)
		}
		return message(data.CheckNumber(q.Path, n), lang)
	}
	name := checkName(q)
	if name == "" {
		return ""
	}
	if _, ok := valid.ByName(name); !ok {
		return "" // the catalogue tests make sure this does not happen
	}
	_, err := valid.Normalise(name, value)
	return message(err, lang)
}

// checkName is the format check of q: its Validate, or "date" for a date
// question that names none.
func checkName(q Question) string {
	if q.Validate == "" && q.Kind == Date {
		return "date"
	}
	return q.Validate
}

// Normalise returns the form in which a typed value of q is stored: the
// text cleaning rule applied, and for a question with a format check its
// one stored form (+358 40 123 4567, 2022-03-01, https://www.yritys.fi).
// A value that Validate refuses comes back cleaned but otherwise as typed.
// The store applies the same rule when it writes, so calling this before
// Put only makes the window show at once what will be saved.
func Normalise(q Question, value string) string {
	if q.Kind != ShortText && q.Kind != LongText && q.Kind != Date {
		return strings.TrimSpace(value)
	}
	if name := checkName(q); name != "" {
		s, _ := valid.Normalise(name, value)
		return s
	}
	return text.Clean(value)
}

var notANumber = T(
	"Kirjoita kokonaisluku numeroin, esimerkiksi 30.",
	"Skriv ett heltal med siffror, till exempel 30.",
	"Write a whole number in digits, for example 30.")

var tooLong = T(
	"Teksti on liian pitkä: enintään 100 000 merkkiä. Lyhennä sitä tai jaa se useaan kohtaan.",
	"Texten är för lång: högst 100 000 tecken. Korta den eller dela upp den på flera fält.",
	"The text is too long: at most 100,000 characters. Shorten it or split it over several fields.")

// message is err in lang: a *valid.Error or a *data.Issue speaks each
// language; another error gives its own text.
func message(err error, lang string) string {
	if err == nil {
		return ""
	}
	var ve *valid.Error
	if errors.As(err, &ve) {
		return ve.Message(lang)
	}
	var is *data.Issue
	if errors.As(err, &is) {
		return is.Message(lang)
	}
	return err.Error()
}
