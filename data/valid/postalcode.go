package valid

import "strings"

// PostalCode checks a Finnish postal code: exactly five digits, e.g. 33100.
func PostalCode(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if len(s) != 5 || !allDigits(s) {
		return fail(codePostalCodeFormat)
	}
	return nil
}
