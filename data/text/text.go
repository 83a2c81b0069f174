// Package text is the one cleaning rule for text a user types, pastes or
// imports (Word, web pages, Excel, PowerPoint on Windows and Mac), applied
// when an answer is saved, and the one rule for printing user text on a
// terminal.
//
// The rule for a free-text answer (Clean):
//   - every line break form (CR LF, a bare CR, VT, FF, NEL, U+2028 LINE
//     SEPARATOR, U+2029 PARAGRAPH SEPARATOR) becomes "\n", so that the PDF
//     and the HTML see the same lines;
//   - a tab becomes a space (cells pasted from Excel are separated by tabs:
//     removing them would glue the words);
//   - every other C0 and C1 control character is removed;
//   - format characters (Unicode category Cf: zero-width space, joiners,
//     soft hyphen, BOM, bidi controls, tags) are removed. They are removed
//     rather than refused because the user cannot see them in the field and
//     so could not find what to delete; none of them carries meaning in a
//     Finnish, Swedish or English document;
//   - noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) and invalid UTF-8
//     are removed;
//   - the result is in Unicode NFC, so that "ä" typed and "a"+"◌̈" pasted
//     are the same text;
//   - spaces around the text (U+00A0 and the other Unicode spaces too) are
//     trimmed.
//
// Identifier applies the same rule to a one-line identifier (e-mail, phone,
// Y-tunnus, web address, date) and also turns line breaks into spaces.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxRunes is the longest free-text answer that is stored: 100,000
// characters, some fifty pages. A privacy notice's longest paragraph is a
// few thousand characters; anything longer is a paste gone wrong, and it
// would make a PDF of thousands of pages.
const MaxRunes = 100_000

// TooLong reports whether s is longer than MaxRunes characters.
func TooLong(s string) bool {
	return len(s) > MaxRunes && utf8.RuneCountInString(s) > MaxRunes
}

// Clean applies the cleaning rule for a free-text answer (see the package
// documentation). It is idempotent: Clean(Clean(s)) == Clean(s).
func Clean(s string) string {
	if isClean(s) {
		return strings.TrimFunc(s, unicode.IsSpace)
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			i += max(n, 1) // invalid UTF-8: dropped, never turned into U+FFFD
			continue
		}
		i += n
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case IsLineBreak(r):
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), isNonCharacter(r):
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimFunc(norm.NFC.String(b.String()), unicode.IsSpace)
}

// Identifier applies Clean and then turns the line breaks left inside
// into spaces: an identifier is one line.
func Identifier(s string) string {
	s = Clean(s)
	if strings.IndexByte(s, '\n') < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// IsLineBreak reports whether r ends a line in some program's text: LF, CR,
// VT, FF, NEL, U+2028 and U+2029.
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// isClean reports whether s needs no change but trimming: printable ASCII,
// newlines and Latin-1 letters, already NFC. It keeps the common case free
// of allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return isCleanUnicode(s)
		}
		if c < ' ' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return true
}

func isCleanUnicode(s string) bool {
	if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
		return false
	}
	for _, r := range s {
		if r == '\n' {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || isNonCharacter(r) || IsLineBreak(r) {
			return false
		}
	}
	return true
}

// isNonCharacter reports the 66 Unicode noncharacters.
func isNonCharacter(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// IsInvisible reports whether r shows as nothing or as a plain space while
// being something else: a space other than U+0020, a format character, a
// control, or a filler (U+115F, U+1160, U+3164, U+FFA0, U+2800). Messages
// name such a character by its code, since the user cannot see it.
func IsInvisible(r rune) bool {
	switch r {
	case ' ':
		return false
	case '\u115f', '\u1160', '\u3164', '\uffa0', '\u2800':
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}
