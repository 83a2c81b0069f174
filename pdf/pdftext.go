package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// replacement is drawn where the font has no glyph for a character (emoji,
// CJK …), so that the reader sees that something was there.
const replacement = '□'

// cleanText makes s safe to draw with a font of the given coverage:
// characters above U+FFFF (which make gofpdf panic) and characters without a
// glyph become replacement, control and format characters go, tabs and odd
// spaces become plain spaces. Newlines are kept only when keepNewlines is
// set (paragraphs); elsewhere they become spaces.
func cleanText(s string, cov *coverage, keepNewlines bool) string {
	if isPlain(s, cov) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		cleanRune(&b, r, cov, keepNewlines)
	}
	return b.String()
}

// cleanRune writes the cleaned form of r to b (nothing for an invisible
// character); see cleanText.
func cleanRune(b *strings.Builder, r rune, cov *coverage, keepNewlines bool) {
	switch {
	case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
		if keepNewlines {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	case r == '\u00a0' || r == '\u202f':
		b.WriteRune('\u00a0') // keeps words together, drawn as a space
	case unicode.IsSpace(r):
		b.WriteByte(' ')
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || isModifier(r):
		// Invisible: controls, zero-width joiners, bidi marks, soft
		// hyphens, emoji variation selectors and skin tones.
	case r == utf8.RuneError || r > 0xFFFF || !cov.has(r):
		b.WriteRune(replacement)
	default:
		b.WriteRune(r)
	}
}

// isPlain reports whether s needs no cleaning: printable ASCII (and the
// common Finnish and Swedish letters) the font has. It keeps the common case
// free of allocation.
func isPlain(s string, cov *coverage) bool {
	for _, r := range s {
		if r < ' ' || r == 0x7f || r > 0x2FF || r == '\u00a0' || r == '\u00ad' || !cov.has(r) {
			return false
		}
	}
	return true
}

// isModifier reports emoji variation selectors and skin-tone modifiers, which
// only change the emoji before them (already replaced).
func isModifier(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF) ||
		(r >= 0x1F3FB && r <= 0x1F3FF)
}

// measurer gives the width of a string in the current font (gofpdf's
// GetStringWidth), so that wrapping can be tested without a PDF.
type measurer func(string) float64

// wrap breaks s into lines no wider than w. Lines break at spaces; a word
// wider than w (a long URL, a 500-character token) is broken inside, after
// a '/', '-', '.', '?', '&' or '=' when one is near the end of what fits.
// Newlines in s start new lines; blank lines are kept as "".
func wrap(s string, w float64, width measurer) []string {
	if s == "" {
		return nil
	}
	var lines []string
	space := width(" ")
	for _, para := range strings.Split(s, "\n") {
		var line strings.Builder
		lineW := 0.0
		empty := true
		flush := func() {
			lines = append(lines, line.String())
			line.Reset()
			lineW, empty = 0, true
		}
		for _, word := range strings.Split(para, " ") {
			if word == "" {
				continue
			}
			ww := width(word)
			if !empty && lineW+space+ww <= w {
				line.WriteByte(' ')
				line.WriteString(word)
				lineW += space + ww
				continue
			}
			if !empty {
				flush()
			}
			for ww > w {
				head, tail := breakWord(word, w, width)
				lines = append(lines, head)
				word = tail
				ww = width(word)
			}
			if word != "" {
				line.WriteString(word)
				lineW, empty = ww, false
			}
		}
		if !empty || len(lines) == 0 || para == "" {
			flush()
		}
	}
	return lines
}

// breakWord splits a word that is wider than w into a head that fits (at
// least one character, so that wrapping always progresses) and the rest.
func breakWord(word string, w float64, width measurer) (head, tail string) {
	fit, used := 0, 0.0
	for i, r := range word {
		rw := width(string(r))
		if fit > 0 && used+rw > w {
			break
		}
		used += rw
		fit = i + utf8.RuneLen(r)
	}
	// Prefer a natural break point in the last third of what fits.
	if cut := strings.LastIndexAny(word[:fit], "/-.?&=_"); cut >= 0 && cut+1 > fit*2/3 && cut+1 < fit {
		fit = cut + 1
	}
	return word[:fit], word[fit:]
}

// truncate shortens s with an ellipsis so that it fits in w (running
// headers and footers have one line).
func truncate(s string, w float64, width measurer) string {
	if width(s) <= w {
		return s
	}
	room := w - width("…")
	used := 0.0
	for i, r := range s {
		used += width(string(r))
		if used > room {
			return strings.TrimSpace(s[:i]) + "…"
		}
	}
	return s
}
