package valid

// byName maps the names used in the question catalogue and the import to
// the validators.
var byName = map[string]func(string) error{
	"business_id": BusinessID,
	"email":       Email,
	"postal_code": PostalCode,
	"phone":       Phone,
	"url":         URL,
	"date":        Date,
	"required":    Required,
}

// ByName returns the validator called name ("business_id", "email",
// "postal_code", "phone", "url", "date", "required"), or false when there
// is none, so a catalogue with a misspelt name can be caught by a test.
func ByName(name string) (func(string) error, bool) {
	v, ok := byName[name]
	return v, ok
}
