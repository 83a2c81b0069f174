package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode"

	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

func render(t testing.TB, d *doc.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePDF(&buf, d, fixed); err != nil {
		t.Fatalf("WritePDF: %v", err)
	}
	return buf.Bytes()
}

// phrases lists every text of d that a reader must find in the PDF.
func phrases(d *doc.Document) []string {
	out := []string{d.Title, d.Subtitle}
	blocks := func(bs []doc.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case doc.Paragraph:
				out = append(out, b.Text)
			case doc.Note:
				out = append(out, b.Text)
			case doc.List:
				out = append(out, b.Items...)
			case doc.Facts:
				for _, f := range b.Rows {
					out = append(out, f.Label, f.Value)
				}
			case doc.Table:
				out = append(out, b.Header...)
				for _, r := range b.Rows {
					out = append(out, r...)
				}
			case doc.Signature:
				for _, p := range b.Parties {
					out = append(out, p.Heading)
					for _, l := range p.Lines {
						out = append(out, l.Label, l.Value)
					}
				}
			}
		}
	}
	var sections func([]doc.Section)
	sections = func(ss []doc.Section) {
		for _, s := range ss {
			out = append(out, s.Number+" "+s.Title)
			blocks(s.Blocks)
			sections(s.Subsections)
		}
	}
	blocks(d.Intro)
	sections(d.Sections)
	return out
}

func TestWritePDFReadsBack(t *testing.T) {
	long := longDoc(8)
	for _, tc := range []struct {
		name      string
		d         *doc.Document
		minPages  int
		watermark bool
	}{
		{"sample", sampleDoc(), 2, false},
		{"long draft", long, 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pdf := render(t, tc.d)
			text := pdftest.Normalize(pdftest.Text(t, pdf))
			for _, p := range phrases(tc.d) {
				if p = pdftest.Normalize(p); p != "" && !strings.Contains(text, p) {
					t.Errorf("text lacks %q", p)
				}
			}
			n := pdftest.Pages(t, pdf)
			if n < tc.minPages {
				t.Fatalf("pages = %d, want at least %d", n, tc.minPages)
			}
			for k := 1; k <= n; k++ {
				if label := fmt.Sprintf("Sivu %d / %d", k, n); !strings.Contains(text, label) {
					t.Errorf("page label %q missing", label)
				}
			}
			if got := strings.Count(text, tc.d.Footer); got != n {
				t.Errorf("footer printed %d times, want %d (every page)", got, n)
			}
			if got := strings.Count(text, tc.d.Header); got != n-1 {
				t.Errorf("header printed %d times, want %d (every page after the first)", got, n-1)
			}
			if got := strings.Count(text, "LUONNOS") >= n; got != tc.watermark {
				t.Errorf("watermark on every page = %v, want %v", got, tc.watermark)
			}
			if !tc.watermark && strings.Contains(text, "LUONNOS") {
				t.Error("watermark printed although none was set")
			}
		})
	}
}

func TestWritePDFDeterministic(t *testing.T) {
	a, b := render(t, longDoc(8)), render(t, longDoc(8))
	if !bytes.Equal(a, b) {
		t.Fatal("two renders with the same CreatedAt differ")
	}
}

func TestWritePDFMetadata(t *testing.T) {
	d := sampleDoc()
	pdf := render(t, d)
	info := pdftest.Info(t, pdf)
	for key, want := range map[string]string{
		"Title":     d.Meta.Title,
		"Author":    d.Meta.Author,
		"Subject":   d.Meta.Subject,
		"Keywords":  d.Meta.Keywords,
		"Creator":   d.Meta.Creator,
		"Page size": "595.28 x 841.89 pts (A4)",
	} {
		if info[key] != want {
			t.Errorf("pdfinfo %s = %q, want %q", key, info[key], want)
		}
	}
	if !strings.Contains(info["CreationDate"], "2026") {
		t.Errorf("CreationDate = %q, want the fixed 2026 date", info["CreationDate"])
	}
	if !bytes.Contains(pdf, []byte("/Lang (fi)")) {
		t.Error("catalog has no /Lang (fi)")
	}
	// One bookmark per section and subsection.
	headings := 0
	var count func([]doc.Section)
	count = func(ss []doc.Section) {
		for _, s := range ss {
			headings++
			count(s.Subsections)
		}
	}
	count(d.Sections)
	if got := bytes.Count(pdf, []byte("/Dest [")); got != headings {
		t.Errorf("%d bookmarks, want %d", got, headings)
	}

	d.Meta.Title = ""
	if got := pdftest.Info(t, render(t, d))["Title"]; got != d.Title {
		t.Errorf("Title without Meta.Title = %q, want the document title %q", got, d.Title)
	}
}

// pageTexts splits pdftotext output at its form feeds into pages.
func pageTexts(t *testing.T, pdf []byte) []string {
	t.Helper()
	return strings.Split(pdftest.Text(t, pdf), "\f")
}

// pageOf returns the index of the first page containing s, or -1.
func pageOf(pages []string, s string) int {
	for i, p := range pages {
		if strings.Contains(pdftest.Normalize(p), s) {
			return i
		}
	}
	return -1
}

// filler is n short lines, so tests can push content towards a page end.
func filler(n int) doc.Paragraph {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("Täyterivi %d.", i+1)
	}
	return doc.Paragraph{Text: strings.Join(lines, "\n")}
}

// TestHeadingKeptWithText pushes a heading through every position near the
// page end: it must always share its page with the start of its text.
func TestHeadingKeptWithText(t *testing.T) {
	for n := 38; n <= 50; n++ {
		d := &doc.Document{Sections: []doc.Section{
			{Number: "1", Title: "Alku", Blocks: []doc.Block{filler(n)}},
			{Number: "2", Title: "Seuraava otsikko", Subsections: []doc.Section{
				{Number: "2.1", Title: "Alaotsikko", Blocks: []doc.Block{
					doc.Paragraph{Text: "Ensimmäinen kappale alkaa tästä. " + strings.Repeat("Lisää tekstiä. ", 30)},
				}},
			}},
		}}
		pages := pageTexts(t, render(t, d))
		h, h2, p := pageOf(pages, "2 Seuraava otsikko"), pageOf(pages, "2.1 Alaotsikko"), pageOf(pages, "Ensimmäinen kappale")
		if h < 0 || h != h2 || h != p {
			t.Errorf("filler %d: heading on page %d, subheading on %d, text on %d", n, h, h2, p)
		}
	}
}

func TestTableHeaderRepeats(t *testing.T) {
	tbl := doc.Table{Header: []string{"Sarake A", "Sarake B"}}
	for i := 0; i < 120; i++ {
		tbl.Rows = append(tbl.Rows, []string{fmt.Sprintf("rivi-%d", i), "arvo"})
	}
	d := &doc.Document{Sections: []doc.Section{{Number: "1", Title: "Taulukko", Blocks: []doc.Block{tbl}}}}
	pages := pageTexts(t, render(t, d))
	used := 0
	for i, p := range pages {
		if !strings.Contains(p, "rivi-") {
			continue
		}
		used++
		if !strings.Contains(p, "Sarake A") {
			t.Errorf("page %d has rows but no header", i+1)
		}
	}
	if used < 2 {
		t.Fatalf("table on %d pages, want it to continue over at least 2", used)
	}
}

func TestSignatureOnOnePage(t *testing.T) {
	sig := doc.Signature{Parties: []doc.Party{
		{Heading: "Ostaja", Lines: []doc.SignLine{{Label: "Paikka ja aika A"}, {Label: "Allekirjoitus A"}, {Label: "Nimenselvennys A"}}},
		{Heading: "Myyjä", Lines: []doc.SignLine{{Label: "Paikka ja aika B"}, {Label: "Allekirjoitus B"}, {Label: "Nimenselvennys B", Value: "Matti Myyjä"}}},
	}}
	for n := 30; n <= 48; n += 3 {
		d := &doc.Document{Sections: []doc.Section{
			{Number: "1", Title: "Sopimus", Blocks: []doc.Block{filler(n), sig}},
		}}
		pages := pageTexts(t, render(t, d))
		first := pageOf(pages, "Ostaja")
		for _, s := range []string{"Paikka ja aika A", "Nimenselvennys A", "Myyjä", "Matti Myyjä", "Nimenselvennys B"} {
			if got := pageOf(pages, s); got != first {
				t.Errorf("filler %d: %q on page %d, heading on %d", n, s, got, first)
			}
		}
	}
}

func TestSectionNewPage(t *testing.T) {
	d := &doc.Document{Title: "Ehdot", Sections: []doc.Section{
		{Number: "1", Title: "Ehdot", Blocks: []doc.Block{doc.Paragraph{Text: "Lyhyt."}}},
		{Number: "Liite 1", Title: "Alikäsittelijät", NewPage: true, Blocks: []doc.Block{doc.Paragraph{Text: "Lista."}}},
	}}
	pages := pageTexts(t, render(t, d))
	if got := pageOf(pages, "Liite 1 Alikäsittelijät"); got != 1 {
		t.Errorf("annex on page %d, want 2", got+1)
	}
	if got := pageOf(pages, "Lyhyt."); got != 0 {
		t.Errorf("first section on page %d, want 1", got+1)
	}
}

// squeeze removes all whitespace (and the bidi marks pdftotext puts around
// right-to-left text), to find text that wrapping broke apart.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}

func TestWritePDFBadInput(t *testing.T) {
	longWord := strings.Repeat("abcdefghij", 50)
	url := "https://esimerkki.fi/" + strings.Repeat("polku/", 40) + "loppu?a=1&b=2"
	huge := strings.Repeat("Tämä on pitkä kappale ilman loppua. ", 280) // 10,080 characters
	for _, tc := range []struct {
		name string
		text string
		want []string // must read back (whitespace removed)
		deny []string // must not read back
	}{
		{"emoji", "Hei 😀 maailma 👍🏽 ❤️ loppu", []string{"Hei", "maailma", "□", "loppu"}, nil},
		{"control characters", "Rivi\x00yksi\x07\x1b kaksi\tkolme\r\nneljä", []string{"Riviyksi", "kaksi", "kolme", "neljä"}, []string{"\x00", "\x07", "\x1b"}},
		{"invalid UTF-8", "alku \xff\xfe loppu", []string{"alku", "□", "loppu"}, nil},
		{"CJK without glyphs", "Nimi: 漢字", []string{"Nimi:", "□□"}, []string{"漢"}},
		{"500-character word", longWord, []string{longWord}, nil},
		{"long URL", url, []string{url}, nil},
		{"Hebrew", "Nimi: שלום עולם (2026)", []string{"Nimi:", "שלום עולם", "2026"}, nil},
		{"Arabic", "مرحبا بالعالم", []string{"مرحبا بالعالم"}, nil},
		{"10,000 characters", huge, []string{huge}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc.Document{
				Title: tc.text, Header: tc.text, Footer: tc.text, Watermark: "LUONNOS " + tc.text,
				PageLabel: "Sivu %d / %d", Meta: doc.Meta{Title: tc.text, Author: tc.text},
				Sections: []doc.Section{{Number: "1", Title: tc.text, Blocks: []doc.Block{
					doc.Paragraph{Text: tc.text},
				}}},
			}
			pdf := render(t, d)
			// The 10,000 characters flow over more than one page.
			if n, want := pdftest.Pages(t, pdf), 1+len(tc.text)/5000; n < want {
				t.Fatalf("%d pages, want at least %d", n, want)
			}
			text := squeeze(pdftest.Text(t, pdf))
			for _, w := range tc.want {
				if !strings.Contains(text, squeeze(w)) {
					t.Errorf("text lacks %.60q", w)
				}
			}
			for _, w := range tc.deny {
				if strings.Contains(text, w) {
					t.Errorf("text contains %q", w)
				}
			}
		})
	}
}

// Wide tables, odd widths, ragged rows and empty blocks must not fail.
func TestWritePDFOddBlocks(t *testing.T) {
	wide := doc.Table{Header: make([]string, 40)}
	for i := range wide.Header {
		wide.Header[i] = fmt.Sprintf("sarake%d", i)
	}
	wide.Rows = [][]string{{"yksi"}, make([]string, 45)}
	d := &doc.Document{Sections: []doc.Section{{Title: "Ilman numeroa", Blocks: []doc.Block{
		wide,
		doc.Table{Widths: []float64{-1, 0}, Rows: [][]string{{"a", "b"}}},
		doc.Table{},
		doc.Facts{},
		doc.List{},
		doc.Signature{},
		doc.Note{Text: strings.Repeat("Pitkä huomautus. ", 900)},
		doc.Facts{Rows: []doc.Fact{{Label: "Arvo", Value: strings.Repeat("hyvin pitkä arvo ", 800)}}},
		doc.Signature{Parties: []doc.Party{{Heading: "A"}, {Heading: "B"}, {Heading: "C"}, {Heading: "D"}, {Heading: "E"}}},
	}}}}
	pdf := render(t, d)
	text := squeeze(pdftest.Text(t, pdf))
	for _, s := range []string{"Ilmannumeroa", "yksi", "Pitkähuomautus", "hyvinpitkäarvo"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if got := render(t, &doc.Document{}); pdftest.Pages(t, got) != 1 {
		t.Error("empty document is not one page")
	}
}
