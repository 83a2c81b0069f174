package text

import (
	"strings"
	"testing"
	"unicode"
)

func TestForTerminal(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Pekka Ölander", "Pekka Ölander"},
		{"clear screen", "Pekka\x1b[2J\x1b[H Ölander", "Pekka Ölander"},
		{"colour", "\x1b[31;1mPekka\x1b[0m", "Pekka"},
		{"window title (OSC, BEL)", "\x1b]0;pwned\x07Pekka", "Pekka"},
		{"hyperlink (OSC, ST)", "\x1b]8;;https://x.fi\x1b\\Pekka\x1b]8;;\x1b\\", "Pekka"},
		{"DCS string", "\x1bPq#0;2;0;0;0\x1b\\Pekka", "Pekka"},
		{"two-character escape", "\x1bcPekka\x1b(B", "Pekka"},
		{"8-bit CSI", "\u009b2JPekka", "Pekka"},
		{"8-bit OSC", "\u009d0;x\u009cPekka", "Pekka"},
		{"unterminated CSI at end", "Pekka\x1b[", "Pekka"},
		{"lone ESC at end", "Pekka\x1b", "Pekka"},
		{"carriage return rewrites the line", "Pekka\rHacked", "Pekka Hacked"},
		{"newline and tab", "Pekka\nÖlander\tx", "Pekka Ölander x"},
		{"backspace and bell", "Pek\bka\a", "Pekka"},
		{"bidi override", "abc\u202edcba", "abcdcba"},
		{"invalid UTF-8", "P\xe4", "P\ufffd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ForTerminal(tc.in); got != tc.want {
				t.Errorf("ForTerminal(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzForTerminal(f *testing.F) {
	for _, s := range []string{"\x1b[2J", "\x1b]0;x\x07", "\u009b1m", "a\rb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := ForTerminal(s)
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("ForTerminal(%q) = %q keeps U+%04X", s, out, r)
			}
		}
		if strings.ContainsRune(out, 0x1b) {
			t.Fatalf("ESC left in %q", out)
		}
	})
}
