package pdftest_test

import (
	"bytes"
	"strings"
	"testing"

	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  yksi\n kaksi\t\tkolme \f", "yksi kaksi kolme"},
		{"ei muutosta", "ei muutosta"},
	} {
		if got := pdftest.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTextAndPages(t *testing.T) {
	d := &doc.Document{Title: "Koe", Sections: []doc.Section{
		{Number: "1", Title: "Ensimmäinen", Blocks: []doc.Block{doc.Paragraph{Text: "Ensimmäisen sivun teksti."}}},
		{Number: "2", Title: "Toinen", NewPage: true, Blocks: []doc.Block{doc.Paragraph{Text: "Toisen sivun teksti."}}},
	}}
	var buf bytes.Buffer
	if err := pdf.WritePDF(&buf, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	if got := pdftest.Pages(t, buf.Bytes()); got != 2 {
		t.Errorf("Pages = %d, want 2", got)
	}
	text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
	for _, want := range []string{"Koe", "1 Ensimmäinen", "Ensimmäisen sivun teksti.", "2 Toinen", "Toisen sivun teksti."} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q lacks %q", text, want)
		}
	}
}
