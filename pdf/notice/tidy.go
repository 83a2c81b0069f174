package notice

import (
	"strings"
	"unicode"

	"tietosuojapakki/pdf/doc"
)

// tidyDocument mends the seams between the product's sentences and the
// user's answers in every text of d: an answer that ends with a full stop
// inside a sentence that adds its own ("tilaukset.."), or a stop after a
// question or exclamation mark.
func tidyDocument(d *doc.Document) {
	d.Intro = tidyBlocks(d.Intro)
	for i := range d.Sections {
		tidySection(&d.Sections[i])
	}
}

func tidySection(s *doc.Section) {
	s.Blocks = tidyBlocks(s.Blocks)
	for i := range s.Subsections {
		tidySection(&s.Subsections[i])
	}
}

func tidyBlocks(bs []doc.Block) []doc.Block {
	for i, b := range bs {
		switch x := b.(type) {
		case doc.Paragraph:
			bs[i] = doc.Paragraph{Text: tidy(x.Text)}
		case doc.Note:
			bs[i] = doc.Note{Text: tidy(x.Text)}
		case doc.List:
			items := make([]string, len(x.Items))
			for j, it := range x.Items {
				items[j] = tidy(it)
			}
			bs[i] = doc.List{Items: items, Ordered: x.Ordered}
		}
	}
	return bs
}

// tidy collapses ".." (but not an ellipsis "...") and "?." "!." into one
// mark, and ". ." into ".".
func tidy(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] != '.' {
			out = append(out, rs[i])
			continue
		}
		run := 1
		for i+run < len(rs) && rs[i+run] == '.' {
			run++
		}
		switch {
		case run >= 3: // an ellipsis stays
			out = append(out, rs[i:i+run]...)
		case endsSentence(out):
			out = []rune(strings.TrimRight(string(out), " "))
		default:
			out = append(out, '.')
		}
		i += run - 1
	}
	return string(out)
}

// endsSentence: out ends with a mark that already closes the sentence,
// perhaps followed by spaces.
func endsSentence(out []rune) bool {
	t := strings.TrimRight(string(out), " ")
	return t != "" && strings.ContainsAny(t[len(t)-1:], ".?!") && !strings.HasSuffix(t, "...")
}

// inSentence prepares an answer that continues a sentence after a colon or
// a dash: the first letter goes to lower case ("– lakisääteiset
// ilmoitukset"), unless the first word looks like a name or an acronym
// (a capital or a digit inside it).
func inSentence(s string) string {
	s = strings.TrimSpace(s)
	first, _, _ := strings.Cut(s, " ")
	rs := []rune(first)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return s
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return s
		}
	}
	return string(unicode.ToLower(rs[0])) + string([]rune(s)[1:])
}
