package valid

import (
	"strings"
	"testing"
)

func TestPhone(t *testing.T) {
	tests := []struct{ in, code string }{
		{"", ""},
		{"+358 40 123 4567", ""},
		{"040 123 4567", ""},
		{"09 1234 567", ""},
		{"040-123-4567", ""},
		{"0401234567", ""},
		{"+358 9 1234 567", ""},
		{"+358401234567", ""},
		{"00358 40 123 4567", ""},
		{"0800 12345", ""},
		{"012345", ""},        // 5 digits after the 0: shortest accepted
		{"0123456789012", ""}, // 12 digits after the 0: longest accepted
		{"+46 8 123 456 78", ""},
		{"+1 212 555 0100", ""},
		{"+12 3456 7890 1234 5", ""}, // 15 digits: the E.164 maximum
		{" 029 566 6700 ", ""},
		{"(09) 1234 567", codePhoneChars},
		{"040 123 4567 (työ)", codePhoneChars},
		{"040+1234567", codePhoneChars},
		{"040.123.4567", codePhoneChars},
		{"40 123 4567", codePhonePrefix},
		{"358 40 123 4567", codePhonePrefix},
		{"- -", codePhonePrefix},
		{"+0 40 123 4567", codePhoneCountryCode},
		{"+358 040 123 4567", codePhoneTrunkZero},
		{"+358 (0)40 123 4567", codePhoneChars},
		{"01234", codePhoneTooShort},
		{"040 1", codePhoneTooShort},
		{"+358 40 12", codePhoneTooShort},
		{"+", codePhoneTooShort},
		{"+1 23", codePhoneTooShort},
		{"01234567890123", codePhoneTooLong},
		{"040 123 4567 040 765 4321", codePhoneTooLong},
		{"+358 40 123 4567 8901", codePhoneTooLong},
		{"+12 3456 7890 1234 56", codePhoneTooLong},
	}
	for _, tc := range tests {
		wantCode(t, tc.in, Phone(tc.in), tc.code)
	}
}

func FuzzPhone(f *testing.F) {
	for _, s := range []string{"", "+358 40 123 4567", "040 123 4567", "09 1234 567", "+358 040 123 4567",
		"+", "00", "+0", "(09) 123", "+46 8 123 456 78", "040-", "٠٤٠ ١٢٣ ٤٥٦٧"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := Phone(s)
		checkErr(t, err)
		if err != nil {
			return
		}
		trimmed := strings.TrimSpace(s)
		if trimmed == "" {
			return
		}
		if strings.Trim(strings.TrimPrefix(trimmed, "+"), "0123456789 -") != "" {
			t.Fatalf("%q accepted with other characters", s)
		}
		n := len(strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, trimmed))
		if n < 6 || n > intlMaxDigits+2 { // +2: an international "00"
			t.Fatalf("%q accepted with %d digits", s, n)
		}
	})
}
