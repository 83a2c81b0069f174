package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Asiakasrekisteri", "Asiakasrekisteri"},
		{"surrounding spaces", "  Kivi Oy \t", "Kivi Oy"},
		{"surrounding no-break spaces", "\u00a0Kivi Oy\u202f\u00a0", "Kivi Oy"},
		{"inner no-break space kept", "10\u00a0000 €", "10\u00a0000 €"},
		{"CRLF", "kaapissa.\r\nAvain", "kaapissa.\nAvain"},
		{"bare CR (Excel for Mac)", "kaapissa.\rAvain", "kaapissa.\nAvain"},
		{"CR CR LF", "a\r\r\nb", "a\n\nb"},
		{"vertical tab (PowerPoint)", "kaapissa.\vAvain", "kaapissa.\nAvain"},
		{"form feed", "kaapissa.\fAvain", "kaapissa.\nAvain"},
		{"NEL", "kaapissa.\u0085Avain", "kaapissa.\nAvain"},
		{"line separator", "kaapissa.\u2028Avain", "kaapissa.\nAvain"},
		{"paragraph separator", "kaapissa.\u2029Avain", "kaapissa.\nAvain"},
		{"tab between cells", "Nimi\tOsoite", "Nimi Osoite"},
		{"other C0 controls", "a\x00b\x07c\x1bd", "abcd"},
		{"C1 control", "a\u0080b\u009bc", "abc"},
		{"DEL", "a\x7fb", "ab"},
		{"zero-width space", "tieto\u200bsuoja", "tietosuoja"},
		{"joiners", "a\u200cb\u200dc\u2060d", "abcd"},
		{"BOM inside", "\ufeffKivi", "Kivi"},
		{"bidi controls", "abc\u202edef\u202c\u200e\u200f\u2066x\u2069", "abcdefx"},
		{"soft hyphen", "tieto\u00adsuoja", "tietosuoja"},
		{"noncharacters", "a\ufdd0b\uffffc\U0001fffe", "abc"},
		{"invalid UTF-8 dropped, not U+FFFD", "P\xe4iv\xe4", "Piv"},
		{"NFC", "Pa\u0308iva\u0308 A\u030a", "Päivä Å"},
		{"NFC after a removed joiner", "a\u200b\u0308", "ä"},
		{"emoji kept", "Kiitos 👍", "Kiitos 👍"},
		{"only spaces", " \u00a0\u2003 ", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Clean(tc.in); got != tc.want {
				t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestIdentifier(t *testing.T) {
	tests := []struct{ in, want string }{
		{"tietosuoja\u200b@yritys.fi", "tietosuoja@yritys.fi"},
		{"\ufeff040 123 4567\u00a0", "040 123 4567"},
		{"040\r\n123", "040 123"},
		{"\u202a1234567-1\u202c", "1234567-1"},
		{"www.yritys.fi\u2060", "www.yritys.fi"},
	}
	for _, tc := range tests {
		if got := Identifier(tc.in); got != tc.want {
			t.Errorf("Identifier(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTooLong(t *testing.T) {
	if TooLong(strings.Repeat("ä", MaxRunes)) {
		t.Error("MaxRunes characters are allowed")
	}
	if !TooLong(strings.Repeat("a", MaxRunes+1)) {
		t.Error("MaxRunes+1 characters are too long")
	}
}

func TestIsInvisible(t *testing.T) {
	for _, r := range []rune{'\u00a0', '\u202f', '\u2009', '\u200b', '\ufeff', '\u3164', '\t'} {
		if !IsInvisible(r) {
			t.Errorf("U+%04X is invisible", r)
		}
	}
	for _, r := range []rune{' ', 'a', '0', '-', 'ä'} {
		if IsInvisible(r) {
			t.Errorf("%q is visible", r)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"kaapissa.\rAvain", "a\u200b\u0308", "\ufeff\u00a0x\u2029", "P\xe4iv\xe4", "\x1b[2J"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if Clean(c) != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, c, Clean(c))
		}
		if !utf8.ValidString(c) || !norm.NFC.IsNormalString(c) {
			t.Fatalf("Clean(%q) = %q: not valid NFC", s, c)
		}
		if strings.ContainsRune(c, utf8.RuneError) && !strings.ContainsRune(s, utf8.RuneError) {
			t.Fatalf("Clean(%q) = %q made up U+FFFD", s, c)
		}
		for _, r := range c {
			if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("Clean(%q) = %q keeps U+%04X", s, c, r)
			}
		}
		if id := Identifier(s); strings.ContainsRune(id, '\n') {
			t.Fatalf("Identifier(%q) = %q has a line break", s, id)
		}
	})
}
