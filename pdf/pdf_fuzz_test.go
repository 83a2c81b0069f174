package pdf

import (
	"bytes"
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
)

// FuzzWritePDF puts arbitrary text into every place a composer can put text;
// WritePDF must neither panic nor fail, and must write a PDF.
func FuzzWritePDF(f *testing.F) {
	for _, seed := range []string{
		"",
		"Tietosuojaseloste",
		"😀👍🏽❤️ emoji",
		"\x00\x01\x1b[31m\x7f control",
		"\xff\xfe invalid",
		strings.Repeat("x", 600),
		"שלום عالم mixed",
		"漢字 かな",
		"(unbalanced \\ paren",
		"{nb} %d %s",
		"\n\n\n",
		"kaapissa.\rAvain\vB\fC\u0085D\u2028E\u2029F\r\n",
		strings.Repeat("sana\u00a0", 200),
		"tieto\u200bsuoja@yritys.fi\u00ad",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{
			Lang: s, Title: s, Subtitle: s, Header: s, Footer: s, PageLabel: s, Watermark: s,
			Meta:  doc.Meta{Title: s, Author: s, Subject: s, Keywords: s, Creator: s},
			Intro: []doc.Block{doc.Paragraph{Text: s}},
			Sections: []doc.Section{{Number: s, Title: s, Blocks: []doc.Block{
				doc.Paragraph{Text: s},
				doc.List{Items: []string{s, s}},
				doc.Facts{Rows: []doc.Fact{{Label: s, Value: s}}},
				doc.Table{Header: []string{s, s}, Rows: [][]string{{s, s}, {s}}},
				doc.Note{Text: s},
				doc.Signature{Parties: []doc.Party{{Heading: s, Lines: []doc.SignLine{{Label: s, Value: s}}}}},
			}, Subsections: []doc.Section{{Number: s, Title: s}}}},
		}
		var buf bytes.Buffer
		if err := WritePDF(&buf, d, fixed); err != nil {
			t.Fatalf("WritePDF: %v", err)
		}
		if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
			t.Fatal("output does not start with %PDF")
		}
		var html bytes.Buffer
		if err := WriteHTML(&html, d); err != nil {
			t.Fatalf("WriteHTML: %v", err)
		}
	})
}
