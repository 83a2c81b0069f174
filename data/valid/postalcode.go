package valid

// PostalCode checks a Finnish postal code: exactly five digits, e.g. 33100.
func PostalCode(s string) error {
	_, err := NormalPostalCode(s)
	return err
}

func postalCode(s string) error {
	if s == "" {
		return nil
	}
	if len(s) != 5 || !allDigits(s) {
		return fail(codePostalCodeFormat)
	}
	return nil
}
