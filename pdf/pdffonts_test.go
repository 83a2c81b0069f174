package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

// baseFont finds the names of the fonts a PDF embeds.
var baseFont = regexp.MustCompile(`/BaseFont /([A-Za-z0-9+]+)`)

// fontDoc is a one-section document; with a note it draws italic text.
func fontDoc(blocks ...doc.Block) *doc.Document {
	return &doc.Document{Title: "Tietosuojaseloste", Lang: "fi", Sections: []doc.Section{
		{Number: "1", Title: "Rekisterinpitäjä", Blocks: blocks},
	}}
}

// TestFontsOnFirstUse: the italic font is embedded only in a document that
// draws italic text (a note), and the text of every style reads back.
func TestFontsOnFirstUse(t *testing.T) {
	para := doc.Paragraph{Text: "Käsittelemme asiakkaiden yhteystietoja."}
	note := doc.Note{Text: "Voit vastustaa suoramarkkinointia milloin tahansa."}
	tests := []struct {
		name       string
		d          *doc.Document
		wantItalic bool
		wantText   []string
	}{
		{"paragraph only", fontDoc(para), false, []string{"Rekisterinpitäjä", "yhteystietoja"}},
		{"with a note", fontDoc(para, note), true, []string{"yhteystietoja", "suoramarkkinointia"}},
		{"note first", fontDoc(note, para), true, []string{"suoramarkkinointia", "yhteystietoja"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WritePDF(&buf, tt.d, fixed); err != nil {
				t.Fatal(err)
			}
			fonts := map[string]bool{}
			for _, m := range baseFont.FindAllSubmatch(buf.Bytes(), -1) {
				fonts[string(m[1])] = true
			}
			if !fonts["utf8dejavu"] || !fonts["utf8dejavuB"] {
				t.Errorf("regular and bold must always be embedded; got %v", fonts)
			}
			if fonts["utf8dejavuI"] != tt.wantItalic {
				t.Errorf("italic embedded = %v, want %v", fonts["utf8dejavuI"], tt.wantItalic)
			}
			text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
			for _, w := range tt.wantText {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

// BenchmarkFontsOnFirstUse: a short document without italic text, the
// common case of the processor terms, the practices page and the reports;
// before fonts were registered on first use it paid for the italic font.
func BenchmarkFontsOnFirstUse(b *testing.B) {
	d := fontDoc(doc.Paragraph{Text: strings.Repeat("Käsittelemme vain tarpeellisia tietoja. ", 20)})
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WritePDF(&buf, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
}
