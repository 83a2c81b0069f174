package pdf

import (
	"strings"

	"tietosuojapakki/data"
)

// foreignSpans turns the foreign passages of the written page (answers
// still in another language, see data.Foreign) into <span lang="…">, so
// that a screen reader reads "[på finska: Asiakkaat]" with a Finnish voice
// for the Finnish words. The text was escaped by the template already; the
// marks are invisible characters that escaping leaves alone.
func foreignSpans(page string) string {
	spans := data.SplitForeign(page)
	if len(spans) == 1 && spans[0].Lang == "" {
		return spans[0].Text
	}
	var b strings.Builder
	b.Grow(len(page) + 32*len(spans))
	for _, s := range spans {
		if s.Lang == "" || !validLang(s.Lang) {
			b.WriteString(s.Text)
			continue
		}
		b.WriteString(`<span lang="` + s.Lang + `">`)
		b.WriteString(s.Text)
		b.WriteString(`</span>`)
	}
	return b.String()
}

// plainText is htmlText for places that cannot hold markup (the page title,
// meta attributes): the marks of foreign passages go, their text stays.
func plainText(s string) string {
	return htmlText(data.StripForeign(s))
}
