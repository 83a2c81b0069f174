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
	if !strings.ContainsRune(s, foreignOpen) && !strings.ContainsRune(s, foreignClose) {
		return []Span{{Text: s}}
	}
	var out []Span
	var cur Span
	var lang strings.Builder
	inTag := false
	flush := func() {
		if cur.Text != "" {
			out = append(out, cur)
		}
		cur = Span{}
	}
	for _, r := range s {
		switch {
		case r == foreignOpen:
			flush()
			inTag = true
			lang.Reset()
		case inTag && r > tagOffset+' ' && r < tagOffset+0x7F:
			lang.WriteRune(r - tagOffset)
		case r == foreignClose:
			flush()
			inTag = false
		case isTagRune(r):
			// a stray tag character: nothing to draw
		default:
			if inTag && cur.Text == "" {
				cur.Lang = lang.String()
			}
			cur.Text += string(r)
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
