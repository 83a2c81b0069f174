package valid

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data/text"
)

// normalisers map the names of byName to the functions that give a value's
// stored form. A name without one (required) stores the value as cleaned.
var normalisers = map[string]func(string) (string, error){
	"business_id": NormalBusinessID,
	"email":       NormalEmail,
	"postal_code": NormalPostalCode,
	"phone":       NormalPhone,
	"url":         NormalURL,
	"date":        NormalDate,
}

// Normalise returns the stored form of s for the validator called name
// (see ByName) and nil, or s cleaned by the text rule and the validator's
// error. Every validator accepts exactly what its normaliser accepts, so
// the window, the import and the store agree.
func Normalise(name, s string) (string, error) {
	n, ok := normalisers[name]
	if !ok {
		s = text.Identifier(s)
		if check, ok := byName[name]; ok {
			return s, check(s)
		}
		return s, nil
	}
	return n(s)
}

// invisible is the error for an invisible character r at byte i of s: it
// names the character by its code and the text before it, since the user
// cannot see it ("U+00A0 after nimi").
func invisible(s string, i int, r rune) error {
	code := fmt.Sprintf("U+%04X", r)
	before := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	if before == "" {
		return fail(codeInvisibleStart, code)
	}
	// The last word or so before it is enough to find the place.
	if n := utf8.RuneCountInString(before); n > 12 {
		rs := []rune(before)
		before = "…" + string(rs[n-12:])
	}
	return fail(codeInvisible, code, before)
}

// firstInvisible finds the first invisible character in s (see
// text.IsInvisible), or returns nil.
func firstInvisible(s string) error {
	for i, r := range s {
		if text.IsInvisible(r) {
			return invisible(s, i, r)
		}
	}
	return nil
}

// NormalEmail returns an e-mail address cleaned by the text rule (format
// characters such as a zero-width space copied from a web page removed,
// spaces around it trimmed) and nil, or the reason it is not an address.
func NormalEmail(s string) (string, error) {
	s = text.Identifier(s)
	if err := email(s); err != nil {
		return s, err
	}
	return s, nil
}

// NormalURL returns a web address with "https://" added when the user
// wrote only the host (www.yritys.fi, yritys.fi/tietosuoja) and nil, or
// the reason it is not a web address.
func NormalURL(s string) (string, error) {
	s = text.Identifier(s)
	if s == "" {
		return "", nil
	}
	if !strings.Contains(s, "://") && !strings.Contains(s, ":") && webURL("https://"+s) == nil {
		return "https://" + s, nil
	}
	return s, webURL(s)
}

// NormalDate returns a date in ISO form (2022-03-01) and nil for a date
// written 1.3.2022, 01.03.2022, 1. 3. 2022. or 2022-3-1 (see ParseDate),
// or the reason it is not a date. A two-digit year (1.3.22) is refused:
// its century is a guess.
func NormalDate(s string) (string, error) {
	s = text.Identifier(s)
	if s == "" {
		return "", nil
	}
	if err := firstInvisibleNotSpace(s); err != nil {
		return s, err
	}
	t, err := ParseDate(s)
	if err != nil {
		return s, err
	}
	return t.Format(isoLayout), nil
}

// firstInvisibleNotSpace is firstInvisible for text in which a no-break
// or thin space may stand for a plain one.
func firstInvisibleNotSpace(s string) error {
	for i, r := range s {
		if text.IsInvisible(r) && !unicode.IsSpace(r) {
			return invisible(s, i, r)
		}
	}
	return nil
}

// NormalBusinessID returns a Y-tunnus in its one form, 1234567-1, and nil,
// or the reason it is not a Y-tunnus. Forms with one meaning are turned
// into it: spaces inside (1234567 - 1) are removed, a dash (–) is read as
// a hyphen, the VAT number FI12345671 pasted from an invoice is the
// Y-tunnus 1234567-1, and an older ID written with six digits (100000-2)
// gets its leading zero (0100000-2). The check digit must then be right.
func NormalBusinessID(s string) (string, error) {
	s = compact(text.Identifier(s))
	switch {
	case len(s) == 10 && strings.EqualFold(s[:2], "FI") && allDigits(s[2:]):
		s = s[2:9] + "-" + s[9:]
	case len(s) == 8 && s[6] == '-' && allDigits(s[:6]) && allDigits(s[7:]):
		s = "0" + s
	}
	return s, businessID(s)
}

// NormalPostalCode returns a postal code with inner spaces removed
// (00 100) and the country prefix of international mail (FI-00100)
// dropped, and nil, or the reason it is not a postal code.
func NormalPostalCode(s string) (string, error) {
	s = compact(text.Identifier(s))
	if len(s) == 8 && strings.EqualFold(s[:3], "FI-") {
		s = s[3:]
	}
	return s, postalCode(s)
}

// compact removes every Unicode space and reads dashes as hyphens.
func compact(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.Is(unicode.Zs, r):
			return -1
		case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
			return '-'
		}
		return r
	}, s)
}
