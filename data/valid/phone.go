package valid

import (
	"strings"
	"unicode"

	"tietosuojapakki/data/text"
)

// Digit counts accepted in a phone number. Finnish numbers have 5–12 digits
// after the leading 0 (or after +358); other countries are held to the
// E.164 maximum of 15 digits including the country code, and a minimum that
// still lets short national numbers through.
const (
	finnishMinDigits = 5
	finnishMaxDigits = 12
	intlMinDigits    = 7
	intlMaxDigits    = 15
)

// Phone checks a phone number written the Finnish way (040 123 4567,
// (09) 4255 0692, 040/123 4567, 040-123-4567, 040.123.4567) or
// internationally (+358 40 123 4567, +358 (0)40 123 4567, 00358 40 …,
// +46 8 123 456 78). It accepts exactly what NormalPhone accepts.
func Phone(s string) error {
	_, err := NormalPhone(s)
	return err
}

// NormalPhone returns a phone number in its one stored form and nil, or s
// and the reason it is not a phone number. The stored form is international
// with spaces between groups: a Finnish number (national 040 123 4567 or
// +358 …) becomes "+358 40 123 4567" (country code, area code without the
// trunk zero, then the subscriber number in groups of three and four); a
// number of another country keeps the user's own grouping after "+" (the
// length of a foreign area code is not known here).
//
// Any Unicode space (no-break U+00A0, narrow U+202F, thin U+2009), hyphens
// and dashes, dots, slashes and brackets may separate the digits; "00"
// works as "+"; a trunk zero after +358, bracketed "(0)" or not, is
// dropped. Letters, a second "+", and invisible characters that are not
// spaces are refused; the message names an invisible character by its code.
func NormalPhone(s string) (string, error) {
	s = text.Identifier(s)
	if s == "" {
		return "", nil
	}
	groups, intl, err := phoneGroups(s)
	if err != nil {
		return s, err
	}
	digits := strings.Join(groups, "")
	if !intl && strings.HasPrefix(digits, "00") {
		intl = true
		digits = digits[2:]
		groups = trimDigits(groups, 2)
	}
	if !intl {
		if !strings.HasPrefix(digits, "0") {
			return s, fail(codePhonePrefix)
		}
		return finnishPhone(s, digits[1:])
	}
	switch {
	case digits == "":
		return s, fail(codePhoneTooShort)
	case digits[0] == '0':
		return s, fail(codePhoneCountryCode)
	case strings.HasPrefix(digits, "358"):
		national := strings.TrimPrefix(digits[3:], "0") // +358 (0)40: the trunk zero
		if strings.HasPrefix(national, "0") {
			return s, fail(codePhoneTrunkZero) // no area code starts with 0
		}
		return finnishPhone(s, national)
	}
	if err := digitCount(len(digits), intlMinDigits, intlMaxDigits); err != nil {
		return s, err
	}
	return "+" + strings.Join(groups, " "), nil
}

// phoneGroups splits a number into its digit groups. intl is set by a
// leading "+". In an international number a bracketed "(0)" is the trunk
// zero of the national form (+358 (0)40, +44 (0)20) and is left out.
func phoneGroups(s string) (groups []string, intl bool, err error) {
	intl = strings.HasPrefix(s, "+")
	if intl {
		s = strings.Replace(s, "(0)", " ", 1)
	}
	var cur strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			cur.WriteRune(r)
			continue
		case r == '+' && i == 0, isPhoneSeparator(r):
		case text.IsInvisible(r):
			return nil, intl, invisible(s, i, r)
		default:
			return nil, intl, fail(codePhoneChars)
		}
		if cur.Len() > 0 {
			groups = append(groups, cur.String())
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		groups = append(groups, cur.String())
	}
	return groups, intl, nil
}

// isPhoneSeparator reports the characters people put between digit groups.
func isPhoneSeparator(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

// trimDigits drops the first n digits from groups.
func trimDigits(groups []string, n int) []string {
	for len(groups) > 0 && n > 0 {
		if len(groups[0]) <= n {
			n -= len(groups[0])
			groups = groups[1:]
			continue
		}
		groups[0] = groups[0][n:]
		n = 0
	}
	return groups
}

// finnishPhone checks the national significant number of a Finnish
// number (the digits after 0 or +358) and formats it.
func finnishPhone(s, national string) (string, error) {
	if err := digitCount(len(national), finnishMinDigits, finnishMaxDigits); err != nil {
		return s, err
	}
	area := finnishAreaLen(national)
	if serviceNumber(national) {
		// Service and premium-rate numbers (0100, 0600, 0700 and
		// 0800) cannot be called from abroad: they keep their national
		// form, which is how the user and the caller both know them.
		return "0" + national[:area] + " " + groupSubscriber(national[area:]), nil
	}
	return "+358 " + national[:area] + " " + groupSubscriber(national[area:]), nil
}

// serviceNumber tells a Finnish service or premium-rate number (without
// its trunk 0): 100, 600, 700 or 800 and then the subscriber part.
func serviceNumber(national string) bool {
	for _, p := range []string{"100", "600", "700", "800"} {
		if strings.HasPrefix(national, p) {
			return true
		}
	}
	return false
}

// finnishAreaLen is the length of the area code (without the trunk 0) at
// the start of a Finnish national number: 9 Helsinki, 2 Turku, 3 Tampere,
// 5, 6 and 8 the other one-digit areas; 13–19 the two-digit areas; 40–46
// and 50 mobile; 10, 20, 29, 30, 60, 70–75 nationwide numbers; 800 and
// 100 service numbers. It only decides where the first space goes.
func finnishAreaLen(n string) int {
	switch {
	case strings.HasPrefix(n, "800"), strings.HasPrefix(n, "100"), strings.HasPrefix(n, "600"), strings.HasPrefix(n, "700"):
		return 3
	case n[0] == '4' || n[0] == '1' || n[0] == '7':
		return 2
	case strings.HasPrefix(n, "20"), strings.HasPrefix(n, "29"), strings.HasPrefix(n, "30"), strings.HasPrefix(n, "50"), strings.HasPrefix(n, "60"):
		return 2
	}
	return 1
}

// groupSubscriber writes a subscriber number the Finnish way: up to five
// digits as one group, 6 as 3+3, 7 as 3+4, 8 as 4+4, longer ones with
// groups of three in front.
func groupSubscriber(d string) string {
	var parts []string
	for len(d) > 8 {
		parts = append(parts, d[:3])
		d = d[3:]
	}
	switch len(d) {
	case 6:
		parts = append(parts, d[:3], d[3:])
	case 7:
		parts = append(parts, d[:3], d[3:])
	case 8:
		parts = append(parts, d[:4], d[4:])
	default:
		parts = append(parts, d)
	}
	return strings.Join(parts, " ")
}

func digitCount(n, lo, hi int) error {
	switch {
	case n < lo:
		return fail(codePhoneTooShort)
	case n > hi:
		return fail(codePhoneTooLong)
	}
	return nil
}
