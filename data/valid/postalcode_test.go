package valid

import (
	"strings"
	"testing"
)

func TestPostalCode(t *testing.T) {
	tests := []struct{ in, code string }{
		{"", ""},
		{"33100", ""},
		{"00100", ""},
		{" 99999 ", ""},
		{"3310", codePostalCodeFormat},
		{"331000", codePostalCodeFormat},
		{"33 100", ""},
		{"\u00a033100\u200b", ""},
		{"FI-33100", ""},
		{"FI-3310", codePostalCodeFormat},
		{"SE-33100", codePostalCodeFormat},
		{"3310O", codePostalCodeFormat},
		{"３３１００", codePostalCodeFormat}, // full-width digits
		{"Tampere", codePostalCodeFormat},
	}
	for _, tc := range tests {
		wantCode(t, tc.in, PostalCode(tc.in), tc.code)
	}
}

func FuzzPostalCode(f *testing.F) {
	for _, s := range []string{"", "33100", "3310", "331000", "FI-33100", "３３１００", " 00100 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := PostalCode(s)
		checkErr(t, err)
		trimmed, _ := NormalPostalCode(s)
		want := trimmed == "" || (len(trimmed) == 5 && strings.Trim(trimmed, "0123456789") == "")
		if (err == nil) != want {
			t.Fatalf("%q: got %v, want valid=%v", s, err, want)
		}
	})
}
