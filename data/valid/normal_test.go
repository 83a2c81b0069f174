package valid

import (
	"fmt"
	"testing"
)

// TestNormalise: each value is what a user types or pastes; want is what
// is stored, or the code of the refusal with its arguments.
func TestNormalise(t *testing.T) {
	tests := []struct {
		name, in, want, code string
		args                 []string
	}{
		{name: "email", in: "tietosuoja\u200b@yritys.fi", want: "tietosuoja@yritys.fi"},
		{name: "email", in: "\u00a0nimi@yritys.fi\u00a0", want: "nimi@yritys.fi"},
		{name: "email", in: "\u2066nimi@yritys.fi\u2069", want: "nimi@yritys.fi"},
		{name: "email", in: "nimi\u00a0@yritys.fi", code: codeInvisible, args: []string{"U+00A0", "nimi"}},
		{name: "email", in: "nimi@yritys\u2009.fi", code: codeInvisible, args: []string{"U+2009", "nimi@yritys"}},
		{name: "email", in: "nimi @yritys.fi", code: codeEmailSpace},
		{name: "url", in: "www.example.fi", want: "https://www.example.fi"},
		{name: "url", in: " www.example.fi\u00a0", want: "https://www.example.fi"},
		{name: "url", in: "example.fi/tietosuoja", want: "https://example.fi/tietosuoja"},
		{name: "url", in: "https://www.example.fi", want: "https://www.example.fi"},
		{name: "url", in: "http://example.fi", want: "http://example.fi"},
		{name: "url", in: "www.exa\u200bmple.fi", want: "https://www.example.fi"},
		{name: "url", in: "mailto:info@example.fi", code: codeURLScheme},
		{name: "date", in: "1.3.2022", want: "2022-03-01"},
		{name: "date", in: "01.03.2022", want: "2022-03-01"},
		{name: "date", in: "1. 3. 2022.", want: "2022-03-01"},
		{name: "date", in: "1.\u00a03.\u00a02022", want: "2022-03-01"},
		{name: "date", in: "2022-03-01", want: "2022-03-01"},
		{name: "date", in: "2022-3-1", want: "2022-03-01"},
		{name: "date", in: "\u00a02022-03-01\u200b", want: "2022-03-01"},
		{name: "date", in: "1.3.22", code: codeDateYearDigits},
		{name: "date", in: "30.2.2022", code: codeDateInvalid, args: []string{"30.2.2022"}},
		{name: "date", in: "1.3\u3164.2022", code: codeInvisible, args: []string{"U+3164", "1.3"}},
		{name: "business_id", in: "1234567 - 1", want: "1234567-1"},
		{name: "business_id", in: "1234567–1", want: "1234567-1"},
		{name: "business_id", in: "\u00a01234567-1\u00a0", want: "1234567-1"},
		{name: "postal_code", in: "00 100", want: "00100"},
		{name: "phone", in: "(09) 4255 0692", want: "+358 9 4255 0692"},
		{name: "phone", in: "+358 (0)40 123 4567", want: "+358 40 123 4567"},
		{name: "phone", in: "040/123 4567", want: "+358 40 123 4567"},
		{name: "required", in: " Kivi\u200b Oy ", want: "Kivi Oy"},
		{name: "required", in: "\u00a0", code: codeRequired},
	}
	for _, tc := range tests {
		t.Run(tc.name+" "+tc.in, func(t *testing.T) {
			got, err := Normalise(tc.name, tc.in)
			e := wantCode(t, tc.in, err, tc.code)
			if e != nil && fmt.Sprint(e.Args) != fmt.Sprint(tc.args) {
				t.Errorf("args %q, want %q", e.Args, tc.args)
			}
			if tc.code == "" && got != tc.want {
				t.Errorf("Normalise(%s, %q) = %q, want %q", tc.name, tc.in, got, tc.want)
			}
			check, _ := ByName(tc.name)
			if (check(tc.in) == nil) != (err == nil) {
				t.Errorf("the validator and the normaliser disagree on %q", tc.in)
			}
			if err == nil {
				if again, err := Normalise(tc.name, got); err != nil || again != got {
					t.Errorf("stored %q normalises again to %q, %v", got, again, err)
				}
			}
		})
	}
}

func TestNormaliseCoversByName(t *testing.T) {
	for name := range byName {
		if _, err := Normalise(name, ""); err != nil && name != "required" {
			t.Errorf("%s: empty value refused: %v", name, err)
		}
	}
	for name := range normalisers {
		if _, ok := byName[name]; !ok {
			t.Errorf("normaliser %q has no validator", name)
		}
	}
}

func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"", "1.3.2022", "www.example.fi", "nimi\u00a0@yritys.fi", "(09) 4255 0692",
		"1234567 - 1", "00 100", "\u200b", "2022-3-1", "+358 (0)40 123 4567"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name := range byName {
			out, err := Normalise(name, s)
			checkErr(t, err)
			check, _ := ByName(name)
			if (check(s) == nil) != (err == nil) {
				t.Fatalf("%s(%q): the validator and the normaliser disagree", name, s)
			}
			if err != nil {
				continue
			}
			// The stored form passes and is stored as it is.
			again, err := Normalise(name, out)
			if err != nil || again != out {
				t.Fatalf("%s(%q) = %q, then %q, %v", name, s, out, again, err)
			}
		}
	})
}
