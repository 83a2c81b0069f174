package pdf

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data/text"
)

// replacement is drawn where the font has no glyph for a character (emoji,
// CJK …), so that the reader sees that something was there.
const replacement = '□'

// cleanText makes s safe to draw with a font of the given coverage:
// characters above U+FFFF (which make gofpdf panic) and characters without a
// glyph become replacement, control and format characters go, tabs and odd
// spaces become plain spaces. Line breaks are those of the text cleaning
// rule (text.IsLineBreak, CR LF as one), the same the HTML writer uses;
// they are kept only when keepNewlines is set (paragraphs, table cells,
// fact values); elsewhere they become spaces.
func cleanText(s string, cov *coverage, keepNewlines bool) string {
	if isPlain(s, cov) {
		return s
	}
	newline := byte(' ')
	if keepNewlines {
		newline = '\n'
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if text.IsLineBreak(r) {
			if r == '\r' && i < len(s) && s[i] == '\n' {
				i++ // CR LF is one break
			}
			b.WriteByte(newline)
			continue
		}
		if r = drawable(r, cov); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// drawable is what is drawn for r (not a line break): r itself, a space,
// replacement, or -1 for nothing.
func drawable(r rune, cov *coverage) rune {
	switch {
	case r == '\u00a0' || r == '\u202f':
		return '\u00a0' // keeps words together, drawn as a space
	case unicode.IsSpace(r):
		return ' '
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || isModifier(r):
		// Invisible: controls, zero-width joiners, bidi marks, soft
		// hyphens, emoji variation selectors and skin tones.
		return -1
	case r == utf8.RuneError || r > 0xFFFF || !cov.has(r):
		return replacement
	}
	return r
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
// wider than w is broken at its last no-break space that fits (a paragraph
// pasted with no-break spaces only), else inside, after a '/', '-', '.',
// '?', '&', '=' or '_' when one is near the end of what fits (a long URL, a
// 500-character token). Newlines in s start new lines; blank lines are
// kept as "". The time is linear in the length of s: every character is
// measured a bounded number of times.
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
				head, tail, headW := breakWord(word, w, width)
				lines = append(lines, head)
				word = tail
				ww = max(ww-headW, 0)
				if ww <= w*1.5 {
					ww = width(word) // exact near the end; sums may drift
				}
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
// least one character, so that wrapping always progresses), the rest, and
// the width of the head (and of the no-break space dropped after it). It
// looks at no more of the word than fits on the line.
func breakWord(word string, w float64, width measurer) (head, tail string, headW float64) {
	fit, used := 0, 0.0
	nbsp, nbspW := -1, 0.0 // the last no-break space that fits, and the width up to its end
	for i, r := range word {
		rw := width(string(r))
		if fit > 0 && used+rw > w {
			break
		}
		if r == '\u00a0' && i > 0 {
			nbsp, nbspW = i, used+rw
		}
		used += rw
		fit = i + utf8.RuneLen(r)
	}
	if strings.HasPrefix(word[fit:], "\u00a0") {
		// The no-break space right after what fits: break there.
		return word[:fit], word[fit+len("\u00a0"):], used + width("\u00a0")
	}
	if nbsp > 0 {
		return word[:nbsp], word[nbsp+len("\u00a0"):], nbspW
	}
	// Prefer a natural break point in the last third of what fits.
	if cut := strings.LastIndexAny(word[:fit], "/-.?&=_"); cut >= 0 && cut+1 > fit*2/3 && cut+1 < fit {
		return word[:cut+1], word[cut+1:], width(word[:cut+1])
	}
	return word[:fit], word[fit:], used
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
