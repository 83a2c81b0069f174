package valid

import (
	"strings"
	"testing"
)

func TestPhone(t *testing.T) {
	tests := []struct{ in, want, code string }{
		{"", "", ""},
		{"+358 40 123 4567", "+358 40 123 4567", ""},
		{"040 123 4567", "+358 40 123 4567", ""},
		{"09 1234 567", "+358 9 123 4567", ""},
		{"040-123-4567", "+358 40 123 4567", ""},
		{"0401234567", "+358 40 123 4567", ""},
		{"+358 9 1234 567", "+358 9 123 4567", ""},
		{"+358401234567", "+358 40 123 4567", ""},
		{"00358 40 123 4567", "+358 40 123 4567", ""},
		{"0800 12345", "0800 12345", ""},                     // a service number: not callable from abroad, kept national
		{"0600 12345", "0600 12345", ""},                     //
		{"+358 800 12345", "0800 12345", ""},                 //
		{"012345", "+358 12 345", ""},                        // 5 digits after the 0: shortest accepted
		{"0123456789012", "+358 12 345 678 9012", ""},        // 12 digits after the 0: longest accepted
		{"+46 8 123 456 78", "+46 8 123 456 78", ""},         // foreign: the user's grouping
		{"+1 212 555 0100", "+1 212 555 0100", ""},           //
		{"+12 3456 7890 1234 5", "+12 3456 7890 1234 5", ""}, // 15 digits: the E.164 maximum
		{" 029 566 6700 ", "+358 29 566 6700", ""},           //
		{"(09) 4255 0692", "+358 9 4255 0692", ""},           // a vendor's own support number
		{"(09) 1234 567", "+358 9 123 4567", ""},             //
		{"+358 (0)40 123 4567", "+358 40 123 4567", ""},      // bracketed trunk zero
		{"+358 (0) 40 123 4567", "+358 40 123 4567", ""},     //
		{"+358 040 123 4567", "+358 40 123 4567", ""},        // trunk zero after +358: one meaning
		{"+44 (0)20 7946 0000", "+44 20 7946 0000", ""},      //
		{"040/123 4567", "+358 40 123 4567", ""},             //
		{"040.123.4567", "+358 40 123 4567", ""},             //
		{"040–123 4567", "+358 40 123 4567", ""},             // en dash from Word
		{"040\u00a0123\u00a04567", "+358 40 123 4567", ""},   // no-break spaces
		{"040\u202f123\u202f4567", "+358 40 123 4567", ""},   // narrow no-break spaces
		{"040\u2009123\u20094567", "+358 40 123 4567", ""},   // thin spaces
		{"\u00a0040 123 4567\u00a0", "+358 40 123 4567", ""}, // pasted with no-break spaces around
		{"040\u200b123 4567", "+358 40 123 4567", ""},        // zero-width space: removed by the cleaning rule
		{"\ufeff+358 50 987 6543", "+358 50 987 6543", ""},   // BOM
		{"+358 6 123 4567", "+358 6 123 4567", ""},           //
		{"044 987 6543", "+358 44 987 6543", ""},             //
		{"0201234567", "+358 20 123 4567", ""},               //
		{"017 123 4567", "+358 17 123 4567", ""},             //
		{"0046 8 123 456 78", "+46 8 123 456 78", ""},        //
		{"+1 (212) 555-0100", "+1 212 555 0100", ""},         //
		{"040\u3164123 4567", "", codeInvisible},             // Hangul filler: shows as a space, is a letter
		{"040 123 4567 (työ)", "", codePhoneChars},           //
		{"040+1234567", "", codePhoneChars},                  //
		{"040 123 4567 tai 050 1", "", codePhoneChars},       //
		{"40 123 4567", "", codePhonePrefix},                 //
		{"358 40 123 4567", "", codePhonePrefix},             //
		{"- -", "", codePhonePrefix},                         //
		{"+0 40 123 4567", "", codePhoneCountryCode},
		{"+3580000000", "", codePhoneTrunkZero},
		{"+358 00 123 4567", "", codePhoneTrunkZero},        //
		{"01234", "", codePhoneTooShort},                    //
		{"040 1", "", codePhoneTooShort},                    //
		{"+358 40 12", "", codePhoneTooShort},               //
		{"+", "", codePhoneTooShort},                        //
		{"+1 23", "", codePhoneTooShort},                    //
		{"01234567890123", "", codePhoneTooLong},            //
		{"040 123 4567 040 765 4321", "", codePhoneTooLong}, //
		{"+358 40 123 4567 8901", "", codePhoneTooLong},     //
		{"+12 3456 7890 1234 56", "", codePhoneTooLong},     //
	}
	for _, tc := range tests {
		wantCode(t, tc.in, Phone(tc.in), tc.code)
		got, err := NormalPhone(tc.in)
		if err == nil && got != tc.want {
			t.Errorf("NormalPhone(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if err == nil {
			if again, _ := NormalPhone(got); again != got {
				t.Errorf("NormalPhone(%q) = %q, not stable", got, again)
			}
		}
	}
}

func TestPhoneInvisibleMessage(t *testing.T) {
	e := wantCode(t, "040\u3164123", Phone("040\u3164123"), codeInvisible)
	if e == nil {
		return
	}
	for _, lang := range []string{"fi", "sv", "en"} {
		if msg := e.Message(lang); !strings.Contains(msg, "U+3164") || !strings.Contains(msg, "040") {
			t.Errorf("%s: %q does not name the character and its place", lang, msg)
		}
	}
}

func FuzzPhone(f *testing.F) {
	for _, s := range []string{"", "+358 40 123 4567", "040 123 4567", "09 1234 567", "+358 040 123 4567",
		"+", "00", "+0", "(09) 123", "+46 8 123 456 78", "040-", "٠٤٠ ١٢٣ ٤٥٦٧", "+358 (0)40 1234567", "040\u00a0123"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := NormalPhone(s)
		checkErr(t, err)
		if (err == nil) != (Phone(s) == nil) {
			t.Fatalf("%q: Phone and NormalPhone disagree", s)
		}
		if err != nil || out == "" {
			return
		}
		// The stored form is "+", digits and single spaces, and stable.
		if !strings.HasPrefix(out, "+") || strings.Trim(out[1:], "0123456789 ") != "" || strings.Contains(out, "  ") {
			t.Fatalf("%q stored as %q", s, out)
		}
		if again, err := NormalPhone(out); err != nil || again != out {
			t.Fatalf("%q -> %q -> %q, %v", s, out, again, err)
		}
		n := len(strings.ReplaceAll(out[1:], " ", ""))
		if n < 6 || n > intlMaxDigits {
			t.Fatalf("%q accepted with %d digits", s, n)
		}
	})
}
