package audit

import (
	"errors"
	"strings"
	"testing"
)

// TestExtractHTML: visible text only, table rows on one line with a tab
// between cells (paragraphs inside a cell stay in it), a heading right
// above its content (a blank line before, as a plain text has), and a page
// with <main> gives only what is inside it.
func TestExtractHTML(t *testing.T) {
	cases := []struct {
		name, html string
		want       string
	}{
		{"scripts, menus and rows", `<html><head><title>Seloste</title><style>p{}</style></head><body>
<nav><a href="/">Etusivu</a> <a href="/y">Yhteystiedot</a></nav>
<h1>Tietosuojaseloste</h1><script>var a = "Ratapihantie 9";</script>
<table><tr><td>Y-tunnus</td><td>0812345-1</td></tr></table><ul><li>nimi</li><li>osoite</li></ul></body></html>`,
			"Seloste\n\nTietosuojaseloste\n\nY-tunnus\t0812345-1\n\n- nimi\n\n- osoite"},
		{"paragraphs in cells", `<table><tr><td><p>Uutiskirje</p><p>kuukausittain</p></td><td><p>Suostumus</p></td></tr></table>`,
			"Uutiskirje kuukausittain\tSuostumus"},
		{"list in a cell", `<table><tr><td><ul><li>Tilausten käsittely</li><li>Laskutus</li></ul></td><td>Sopimus</td></tr></table>`,
			"Tilausten käsittely; Laskutus\tSopimus"},
		{"main only", `<body><header>Yhteystiedot: Kauppa Oy</header><main><h1>Tietosuojaseloste</h1><p>Teksti.</p></main><footer>Evästeasetukset</footer></body>`,
			"Tietosuojaseloste\nTeksti.\n\n" + footerMark + "\nEvästeasetukset"},
		{"heading right above its content", `<h2>Who we are</h2>
<p>Kahvila Oy</p><p>Torikatu 3</p><h3>Lists</h3><ul><li>a</li></ul>`,
			"Who we are\nKahvila Oy\n\nTorikatu 3\n\nLists\n- a"},
		{"Latin-1 page", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Rekisterinpit\xe4j\xe4</p></body></html>",
			"Rekisterinpitäjä"},
		{"Word page saved again as UTF-8, meta still windows-1252", `<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p class=MsoNormal>Eläinlääkäriasema Karvakorva Oy</p></body></html>`,
			"Eläinlääkäriasema Karvakorva Oy"},
		{"windows-1252 page with its curly quotes", "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body><p>\x93El\xe4inl\xe4\xe4k\xe4ri\x94</p></body></html>",
			"“Eläinlääkäri”"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.html", []byte(c.html))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestExtractKinds: the type comes from the content before the name, and
// files that are not notices are refused with the right error.
func TestExtractKinds(t *testing.T) {
	cases := []struct {
		name string
		b    string
		kind Kind
	}{
		{"a.pdf", "%PDF-1.4", KindPDF},
		{"a.txt", "%PDF-1.4", KindPDF},
		{"a.docx", "PK\x03\x04", KindDOCX},
		{"a.odt", "PK\x03\x04", KindODT},
		{"a", "<!DOCTYPE html><p>x", KindHTML},
		{"a.txt", "Rekisterinpitäjä", KindText},
		{"a.pdf", "not a pdf", ""},
		{"a.doc", "\xd0\xcf\x11\xe0", ""},
		{"a.bin", "\x00\x01", ""},
	}
	for _, c := range cases {
		if got := Detect(c.name, []byte(c.b)); got != c.kind {
			t.Errorf("Detect(%q, %q) = %q, want %q", c.name, c.b, got, c.kind)
		}
	}
	if _, err := Extract("a.doc", []byte("\xd0\xcf\x11\xe0")); err != ErrUnknownKind {
		t.Errorf("a .doc: %v", err)
	}
	if _, err := Extract("a.txt", []byte(" \n\t ")); err != ErrNoText {
		t.Errorf("blank text: %v", err)
	}
	if _, err := Extract("a.pdf", []byte("%PDF-1.4 broken")); err == nil || !strings.Contains(err.Error(), "pdf") {
		t.Errorf("a broken PDF: %v", err)
	}
	if got, _ := Extract("a.txt", []byte("Rekisterinpit\xe4j\xe4 \x96 Oy")); got != "Rekisterinpitäjä – Oy" {
		t.Errorf("Windows-1252 text read as %q", got)
	}
	// Notepad's "Unicode": UTF-16 little-endian with a byte order mark.
	le := []byte{0xff, 0xfe}
	for _, r := range "Yhteyshenkilö\r\nÅsa" {
		le = append(le, byte(r), byte(r>>8))
	}
	if got, err := Extract("a.txt", le); err != nil || got != "Yhteyshenkilö\nÅsa" {
		t.Errorf("UTF-16 text read as %q, %v", got, err)
	}
}

// TestExtractFileFolder: a folder given for a file is refused with a
// message in the user's language (jobs.ErrorText uses Text), not a Go
// error in English.
func TestExtractFileFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := ExtractFile(dir)
	var te interface{ Text(lang string) string }
	if !errors.As(err, &te) {
		t.Fatalf("a folder: %v (no text in the user's language)", err)
	}
	for lang, want := range map[string]string{"fi": "kansio", "sv": "mapp", "en": "folder"} {
		if got := te.Text(lang); !strings.Contains(got, want) || !strings.Contains(got, dir) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}

// TestExtractDOCXHeadings: a paragraph in a heading style stands after a
// blank line, right above its content, so that a heading the audit has
// no word for ends the section above it instead of being read, with its
// text, as that section's facts.
func TestExtractDOCXHeadings(t *testing.T) {
	paras := [][2]string{
		{"Heading1", "Ändamål"}, {"", "Nyhetsbrev"},
		{"Otsikko1", "Hur vi hanterar uppgifter på webbplatsen"}, {"", "Vi skickar uppgifter till ingen"},
		{"Rubrik1", "Lagringstid"}, {"", "Uppgifterna sparas i 2 år."},
	}
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<w:p>")
		if p[0] != "" {
			body.WriteString(`<w:pPr><w:pStyle w:val="` + p[0] + `"/></w:pPr>`)
		}
		body.WriteString("<w:r><w:t>" + xmlEscape(p[1]) + "</w:t></w:r></w:p>")
	}
	b, err := writeZip([][2]string{{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wordNS + `"><w:body>` + body.String() + `</w:body></w:document>`}})
	if err != nil {
		t.Fatal(err)
	}
	text, err := Extract("n.docx", b)
	if err != nil {
		t.Fatal(err)
	}
	want := "Ändamål\nNyhetsbrev\n\nHur vi hanterar uppgifter på webbplatsen\nVi skickar uppgifter till ingen\n\nLagringstid\nUppgifterna sparas i 2 år."
	if text != want {
		t.Errorf("got\n%q\nwant\n%q", text, want)
	}
	r := Answers(text).Registers[0]
	if len(r.Purposes) != 1 || r.Purposes[0].Description != "Nyhetsbrev" {
		t.Errorf("purposes %+v", r.Purposes)
	}
}
