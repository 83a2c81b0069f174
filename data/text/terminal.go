package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ForTerminal makes user text (a requester's name, an outcome) safe to print
// on one line of a terminal: escape sequences (CSI "ESC [ … final", OSC
// "ESC ] … BEL or ESC \", DCS/SOS/PM/APC strings, the 8-bit C1 forms, and
// two-character ESC sequences) are removed whole, line breaks and tabs
// become spaces, every other control and format character (bidi overrides
// that reorder what follows, zero-width characters) is removed, and invalid
// UTF-8 becomes U+FFFD so that a terminal cannot read it as the start of a
// sequence. Without this a name in the request log could clear the screen,
// retitle the window or rewrite earlier lines.
func ForTerminal(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError)
			i += max(n, 1)
			continue
		case r == 0x1b: // ESC
			i = skipEscape(s, i+n)
			continue
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+n)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // C1 DCS, SOS, OSC, PM, APC
			i = skipString(s, i+n)
			continue
		case IsLineBreak(r) || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		default:
			b.WriteRune(r)
		}
		i += n
	}
	return b.String()
}

// skipEscape returns the index after the escape sequence whose ESC ended
// just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// ESC, then intermediate bytes 0x20–0x2F, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) {
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return i
}

// skipCSI skips the parameter and intermediate bytes of a control sequence
// and its final byte (0x40–0x7E). A byte outside these ranges ends the
// sequence without being eaten.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips an OSC, DCS, SOS, PM or APC string up to its terminator
// (BEL, ESC \ or the C1 ST), which it eats too; an unterminated string runs
// to the end of s.
func skipString(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x07 || r == 0x9c:
			return i + n
		case r == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		}
		i += n
	}
	return i
}
