package valid

import (
	"errors"
	"testing"
)

func TestByName(t *testing.T) {
	// One input per validator that only that validator rejects with this
	// code, so a name wired to the wrong function is caught.
	tests := []struct{ name, bad, code string }{
		{"business_id", "3312457-8", codeBusinessIDCheckDigit},
		{"email", "nimi.yritys.fi", codeEmailAtMissing},
		{"postal_code", "3310", codePostalCodeFormat},
		{"phone", "+0 40 123 4567", codePhoneCountryCode},
		{"url", "ftp://example.fi", codeURLScheme},
		{"date", "2026-02-30", codeDateInvalid},
		{"required", " ", codeRequired},
	}
	for _, tc := range tests {
		v, ok := ByName(tc.name)
		if !ok || v == nil {
			t.Fatalf("ByName(%q) not found", tc.name)
		}
		var e *Error
		if err := v(tc.bad); !errors.As(err, &e) || e.Code != tc.code {
			t.Errorf("ByName(%q)(%q) = %v, want %s", tc.name, tc.bad, err, tc.code)
		}
	}
	if len(tests) != len(byName) {
		t.Errorf("table covers %d validators, ByName knows %d", len(tests), len(byName))
	}
	for _, name := range []string{"", "Email", "postcode", "y-tunnus"} {
		if _, ok := ByName(name); ok {
			t.Errorf("ByName(%q) found a validator", name)
		}
	}
}
