package valid

import (
	"fmt"
	"testing"
)

func TestBusinessID(t *testing.T) {
	tests := []struct {
		in   string
		code string
		args []string
	}{
		{in: ""},
		{in: "   "},
		{in: "3312457-9"},
		{in: "2954018-2"},
		{in: "1234567-1"},
		{in: "1000002-0"}, // remainder 0 -> check digit 0
		{in: " 3312457-9 "},
		{in: "3312457-8", code: codeBusinessIDCheckDigit},
		{in: "3312457-0", code: codeBusinessIDCheckDigit},
		{in: "1000002-9", code: codeBusinessIDCheckDigit},
		// 1234568 has remainder 1: no check digit can make it valid.
		{in: "1234568-0", code: codeBusinessIDNoCheckDigit, args: []string{"1234568"}},
		{in: "1234568-1", code: codeBusinessIDNoCheckDigit, args: []string{"1234568"}},
		{in: "1234568-9", code: codeBusinessIDNoCheckDigit, args: []string{"1234568"}},
		{in: "100000-2"},   // six digits: 0100000-2
		{in: "FI33124579"}, // the VAT number: 3312457-9
		{in: "fi33124579"},
		{in: "FI33124578", code: codeBusinessIDCheckDigit},
		{in: "100000-3", code: codeBusinessIDCheckDigit},
		{in: "33124579", code: codeBusinessIDFormat},
		{in: "3312457 9", code: codeBusinessIDFormat},
		{in: "3312457–9"}, // en dash, read as a hyphen
		{in: "3312457 - 9"},
		{in: "3312457\u00a0-9"},
		{in: "\u200b3312457-9\ufeff"},
		{in: "3312457-", code: codeBusinessIDFormat},
		{in: "3312457-99", code: codeBusinessIDFormat},
		{in: "33124570-9", code: codeBusinessIDFormat},
		{in: "331245a-9", code: codeBusinessIDFormat},
		{in: "Y-tunnus", code: codeBusinessIDFormat},
	}
	for _, tc := range tests {
		e := wantCode(t, tc.in, BusinessID(tc.in), tc.code)
		if e != nil && fmt.Sprint(e.Args) != fmt.Sprint(tc.args) {
			t.Errorf("%q: args %q, want %q", tc.in, e.Args, tc.args)
		}
	}
}

// Every digit is tried on a remainder-1 prefix and on a valid one: exactly
// one digit fits the valid prefix, none fits the other.
func TestBusinessIDCheckDigitUnique(t *testing.T) {
	for _, prefix := range []string{"3312457", "1234568"} {
		valid := 0
		for c := '0'; c <= '9'; c++ {
			if BusinessID(prefix+"-"+string(c)) == nil {
				valid++
			}
		}
		want := 1
		if prefix == "1234568" {
			want = 0
		}
		if valid != want {
			t.Errorf("%s: %d valid check digits, want %d", prefix, valid, want)
		}
	}
}

// Forms with one meaning are stored as the Y-tunnus itself.
func TestNormalBusinessID(t *testing.T) {
	for in, want := range map[string]string{
		"100000-2": "0100000-2", "FI33124579": "3312457-9", "fi 3312 4579": "3312457-9",
		"3312457 - 9": "3312457-9", "3312457–9": "3312457-9", "\u00a03312457-9\u200b": "3312457-9",
	} {
		if got, err := NormalBusinessID(in); err != nil || got != want {
			t.Errorf("NormalBusinessID(%q) = %q, %v, want %q", in, got, err, want)
		}
	}
}

// weightedValid says whether 7 digits and check digit c satisfy
// sum(w*d) + c ≡ 0 (mod 11): the same rule as the spec's "11 - r", written
// another way so the test does not repeat the code under test.
func weightedValid(s string) bool {
	w := []int{7, 9, 10, 5, 8, 4, 2}
	sum := int(s[8] - '0')
	for i := range w {
		sum += w[i] * int(s[i]-'0')
	}
	return sum%11 == 0
}

func isBusinessIDShape(s string) bool {
	return len(s) == 9 && s[7] == '-' && allDigits(s[:7]) && allDigits(s[8:])
}

func FuzzBusinessID(f *testing.F) {
	for _, s := range []string{"", "3312457-9", "3312457-8", "1234568-1", "1000002-0",
		"100000-2", "FI33124579", "3312457–9", "０１２３４５６-７", " 2954018-2\n", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := BusinessID(s)
		checkErr(t, err)
		trimmed, _ := NormalBusinessID(s)
		if trimmed == "" {
			if err != nil {
				t.Fatalf("%q: empty value gave %v", s, err)
			}
			return
		}
		if !isBusinessIDShape(trimmed) {
			if err == nil {
				t.Fatalf("%q: accepted without the 1234567-1 shape", s)
			}
			return
		}
		if (err == nil) != weightedValid(trimmed) {
			t.Fatalf("%q: BusinessID says %v, weighted sum says valid=%v", s, err, weightedValid(trimmed))
		}
	})
}
