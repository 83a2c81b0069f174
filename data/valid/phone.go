package valid

import "strings"

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
// 09 1234 567) or internationally (+358 40 123 4567, +46 8 123 456 78).
// Spaces and hyphens may group the digits; "00" works as a "+".
func Phone(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	intl := strings.HasPrefix(s, "+")
	var b strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
		case r == '+' && i == 0:
		default:
			return fail(codePhoneChars)
		}
	}
	digits := b.String()
	if !intl && strings.HasPrefix(digits, "00") {
		intl, digits = true, digits[2:]
	}
	if intl {
		return internationalPhone(digits)
	}
	if !strings.HasPrefix(digits, "0") {
		return fail(codePhonePrefix)
	}
	return digitCount(len(digits)-1, finnishMinDigits, finnishMaxDigits)
}

// internationalPhone checks the digits after "+" or "00".
func internationalPhone(digits string) error {
	switch {
	case digits == "":
		return fail(codePhoneTooShort)
	case digits[0] == '0':
		return fail(codePhoneCountryCode)
	case strings.HasPrefix(digits, "358"):
		national := digits[3:]
		if strings.HasPrefix(national, "0") {
			return fail(codePhoneTrunkZero)
		}
		return digitCount(len(national), finnishMinDigits, finnishMaxDigits)
	}
	return digitCount(len(digits), intlMinDigits, intlMaxDigits)
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
