package pdf_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/notice"
	"tietosuojapakki/pdf/pdftest"
	"tietosuojapakki/pdf/terms"
)

// words are the lower-case words of s (letters and digits) of four runes
// or more.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 4 {
			out[w] = true
		}
	}
	return out
}

// allStrings is every string value of v as JSON holds it.
func allStrings(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var tree any
	_ = json.Unmarshal(b, &tree)
	var sb strings.Builder
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case string:
			sb.WriteString(x + "\n")
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for k, e := range x {
				if k != "translations" {
					walk(e)
				}
			}
		}
	}
	walk(tree)
	return sb.String()
}

// foreignWords is the word list: the words of a's answers in its main
// language that none of its answers in lang uses (the organisation's name,
// e-mail and other identifiers are printed in every language, so their
// words are not on it).
func foreignWords(t *testing.T, a *data.Answers, lang string) []string {
	t.Helper()
	loc, missing := data.Localize(a, lang)
	if len(missing) > 0 {
		t.Fatalf("the test company lacks %d %s translations: %v", len(missing), lang, missing)
	}
	allowed := words(allStrings(t, loc))
	var main strings.Builder
	for _, f := range data.TextFields(a) {
		main.WriteString(f.Text + "\n")
	}
	var out []string
	for w := range words(main.String()) {
		if !allowed[w] {
			out = append(out, w)
		}
	}
	return out
}

type composeFunc func(*data.Answers, string) *doc.Document

var documents = map[string]composeFunc{
	"notice": func(a *data.Answers, lang string) *doc.Document {
		return notice.Compose(a, notice.Options{Lang: lang, Created: day, Updated: day})
	},
	"terms": func(a *data.Answers, lang string) *doc.Document {
		return terms.Compose(a, terms.Options{Lang: lang, Date: day})
	},
	"practices": func(a *data.Answers, lang string) *doc.Document {
		return terms.Practices(a, terms.Options{Lang: lang, Date: day})
	},
}

var day = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// pdfText is the document composed from a in lang, drawn and read back.
func pdfText(t *testing.T, a *data.Answers, lang string, compose composeFunc) string {
	t.Helper()
	loc, _ := data.Localize(a, lang)
	var b bytes.Buffer
	if err := pdf.WritePDF(&b, compose(loc, lang), pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	return strings.ToLower(pdftest.Normalize(pdftest.Text(t, b.Bytes())))
}

// TestDocumentsWhollyInTheirLanguage: the bilingual company's Swedish
// notice, terms and practices page hold no word of its Finnish answers,
// and a Swedish-first company's Finnish documents no word of its Swedish
// answers. The Finnish documents, drawn the same way, hold the words: the
// list would find a leak.
func TestDocumentsWhollyInTheirLanguage(t *testing.T) {
	f, ps := data.ParseFile(bytes.NewReader(datatest.Bilingual))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	fiFirst := &f.Answers
	svFirst := swedishFirst(t, fiFirst)
	for _, c := range []struct {
		name        string
		a           *data.Answers
		lang, other string
	}{
		{"finnish-first in Swedish", fiFirst, "sv", "fi"},
		{"swedish-first in Finnish", svFirst, "fi", "sv"},
	} {
		t.Run(c.name, func(t *testing.T) {
			list := foreignWords(t, c.a, c.lang)
			if len(list) < 60 {
				t.Fatalf("word list of %d words is too short to mean anything", len(list))
			}
			inOwn := map[string]bool{}
			for name, compose := range documents {
				text := " " + strings.Join(strings.FieldsFunc(pdfText(t, c.a, c.lang, compose), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
				for _, w := range list {
					if strings.Contains(text, " "+w+" ") {
						t.Errorf("%s in %s holds the %s answer word %q", name, c.lang, c.other, w)
					}
				}
				own := pdfText(t, c.a, c.other, compose)
				for _, w := range list {
					if strings.Contains(own, w) {
						inOwn[w] = true
					}
				}
			}
			if len(inOwn) < len(list)*3/4 {
				t.Errorf("only %d of %d words found in the %s documents: the list does not stand for the answers", len(inOwn), len(list), c.other)
			}
		})
	}
}

// swedishFirst is the company with its answers typed in Swedish and
// Finnish as the second language.
func swedishFirst(t *testing.T, a *data.Answers) *data.Answers {
	t.Helper()
	sv, m := data.Localize(a, "sv")
	if len(m) > 0 {
		t.Fatal(m)
	}
	sv.Organisation.DocumentLanguages = []string{"sv", "fi"}
	sv.Translations = map[string]map[string]string{"fi": {}}
	for k, v := range a.Translations["sv"] {
		sv.Translations["fi"][v] = k
	}
	return sv
}

// TestDraftMarksUntranslated: an answer without its Swedish text is
// printed in Finnish inside "[på finska: …]", and the HTML says lang="fi".
func TestDraftMarksUntranslated(t *testing.T) {
	f, ps := data.ParseFile(bytes.NewReader(datatest.Bilingual))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	delete(f.Translations["sv"], "Palvelumaksut 12 kuukauden ajalta")
	loc, missing := data.Localize(&f.Answers, "sv")
	if len(missing) != 1 {
		t.Fatalf("missing %v", missing)
	}
	d := terms.Compose(loc, terms.Options{Lang: "sv", Draft: true, Date: day})
	var b bytes.Buffer
	if err := pdf.WritePDF(&b, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	text := pdftest.Normalize(pdftest.Text(t, b.Bytes()))
	if !strings.Contains(text, "[på finska: Palvelumaksut 12 kuukauden ajalta]") {
		t.Errorf("the PDF does not mark the Finnish text: %s", text)
	}
	b.Reset()
	if err := pdf.WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	if !strings.Contains(html, `[på finska: <span lang="fi">Palvelumaksut 12 kuukauden ajalta</span>]`) {
		t.Errorf("the HTML does not mark the Finnish text with lang")
	}
	if strings.ContainsFunc(html, func(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }) {
		t.Error("a tag character is left in the HTML")
	}
}
