package data

import "strings"

// A foreign passage is text inside a document that is not in the
// document's language (an answer still untranslated). It is marked with
// Unicode tag characters: U+E0001 LANGUAGE TAG, the language code in tag
// letters, the text, U+E007F CANCEL TAG. They are invisible format
// characters (category Cf) that the PDF renderer drops; the HTML renderer
// turns them into <span lang="…">, so that screen readers switch voice.
const (
	foreignOpen  = '\U000E0001'
	foreignClose = '\U000E007F'
	tagOffset    = 0xE0000
)

// Foreign marks text as written in lang ("fi", "sv", "en").
func Foreign(lang, text string) string {
	var b strings.Builder
	b.WriteRune(foreignOpen)
	for _, r := range lang {
		b.WriteRune(tagOffset + r)
	}
	b.WriteString(StripForeign(text))
	b.WriteRune(foreignClose)
	return b.String()
}

// Span is a run of text in one language; Lang is "" for the document's
// own language.
type Span struct {
	Lang string
	Text string
}

// SplitForeign cuts s into the document's own text and its foreign
// passages, in order. A tag character outside a well-formed mark is dropped.
func SplitForeign(s string) []Span {
	if !strings.ContainsFunc(s, isTagRune) {
		return []Span{{Text: s}}
	}
	var out []Span
	var text strings.Builder
	lang, inMark := "", false
	flush := func() {
		if text.Len() > 0 {
			out = append(out, Span{Lang: lang, Text: text.String()})
			text.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == foreignOpen:
			flush()
			lang, inMark = "", true
		case inMark && text.Len() == 0 && r > tagOffset+' ' && r < foreignClose:
			lang += string(r - tagOffset)
		case r == foreignClose:
			flush()
			lang, inMark = "", false
		case isTagRune(r):
			// a stray tag character: nothing to draw
		default:
			text.WriteRune(r)
		}
	}
	flush()
	return out
}

func isTagRune(r rune) bool { return r >= tagOffset && r <= foreignClose }

// StripForeign removes the marks (not the text) of foreign passages.
func StripForeign(s string) string {
	if !strings.ContainsFunc(s, isTagRune) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isTagRune(r) {
			return -1
		}
		return r
	}, s)
}
