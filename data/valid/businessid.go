package valid

// businessIDWeights multiply the seven digits of a Y-tunnus, left to right.
var businessIDWeights = [7]int{7, 9, 10, 5, 8, 4, 2}

// BusinessID checks a Finnish Y-tunnus: seven digits, a hyphen and a check
// digit, e.g. 3312457-9 (NormalBusinessID says which other forms it takes). The check digit is 11 - (weighted sum mod 11), or 0
// when the remainder is 0; a remainder of 1 is never issued, so such digits
// cannot form a Business ID at all.
func BusinessID(s string) error {
	_, err := NormalBusinessID(s)
	return err
}

// businessID checks a cleaned, compacted Y-tunnus.
func businessID(s string) error {
	if s == "" {
		return nil
	}
	if len(s) != 9 || s[7] != '-' || !allDigits(s[:7]) || !allDigits(s[8:]) {
		return fail(codeBusinessIDFormat)
	}
	want, ok := businessIDCheckDigit(s[:7])
	if !ok {
		return fail(codeBusinessIDNoCheckDigit, s[:7])
	}
	if s[8] != want {
		return fail(codeBusinessIDCheckDigit)
	}
	return nil
}

// businessIDCheckDigit returns the check digit for the seven digits of a
// Y-tunnus, or false when the digits are not seven ASCII digits or when no
// check digit exists for them (remainder 1).
func businessIDCheckDigit(digits string) (byte, bool) {
	if len(digits) != 7 || !allDigits(digits) {
		return 0, false
	}
	sum := 0
	for i, w := range businessIDWeights {
		sum += int(digits[i]-'0') * w
	}
	switch r := sum % 11; r {
	case 0:
		return '0', true
	case 1:
		return 0, false
	default:
		return byte('0' + 11 - r), true
	}
}

// allDigits reports whether s is non-empty and only ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
