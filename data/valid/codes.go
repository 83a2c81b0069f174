package valid

// Error codes. They are stable: callers and stored reports may match on
// them, so rename none.
const (
	codeRequired = "required"

	codeInvisible      = "text.invisible"
	codeInvisibleStart = "text.invisible_start"

	codeBusinessIDFormat       = "business_id.format"
	codeBusinessIDSixDigits    = "business_id.six_digits"
	codeBusinessIDVAT          = "business_id.vat_number"
	codeBusinessIDCheckDigit   = "business_id.check_digit"
	codeBusinessIDNoCheckDigit = "business_id.no_check_digit"

	codeEmailSpace     = "email.space"
	codeEmailAtMissing = "email.at_missing"
	codeEmailAtMany    = "email.at_many"
	codeEmailLocal     = "email.local_part"
	codeEmailDomain    = "email.domain"

	codePostalCodeFormat = "postal_code.format"

	codePhoneChars       = "phone.chars"
	codePhonePrefix      = "phone.prefix"
	codePhoneCountryCode = "phone.country_code"
	codePhoneTrunkZero   = "phone.trunk_zero"
	codePhoneTooShort    = "phone.too_short"
	codePhoneTooLong     = "phone.too_long"

	codeURLSpace         = "url.space"
	codeURLSchemeMissing = "url.scheme_missing"
	codeURLScheme        = "url.scheme"
	codeURLHost          = "url.host"
	codeURLFormat        = "url.format"

	codeDateFormat      = "date.format"
	codeDateISOExpected = "date.iso_expected"
	codeDateInvalid     = "date.invalid"
	codeDateParseFormat = "date.parse_format"
	codeDateYearDigits  = "date.year_digits"
)
