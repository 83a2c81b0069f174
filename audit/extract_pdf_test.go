package audit

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// onePagePDF makes a PDF of one A4 page whose content stream is content,
// with one simple font /F1 (WinAnsi) whose glyphs are all 500/1000 em
// wide and whose space is 250/1000: the widths a reader must use to tell
// a word gap from a kerning move.
func onePagePDF(content string) []byte { return pagesPDF(content) }

// pagesPDF makes a PDF of A4 pages, one for each content stream, with
// the font of onePagePDF.
func pagesPDF(contents ...string) []byte {
	widths := make([]string, 256-32)
	for i := range widths {
		widths[i] = "500"
	}
	widths[0] = "250"
	kids := make([]string, len(contents))
	for i := range contents {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(contents)),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [" +
			strings.Join(widths, " ") + "] >>",
	}
	for i, content := range contents {
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", utf8.RuneCountInString(content)+1, content))
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	latin1 := func(s string) string { // the WinAnsi bytes of s
		var l []byte
		for _, r := range s {
			l = append(l, byte(r))
		}
		return string(l)
	}
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, latin1(o))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

// lines draws each string as one line of 10-point text at x = 50, 12
// points apart, starting at y = 800 (a body column 300 points wide when
// the longest line is 60 glyphs).
func lines(ls ...string) string {
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf 12 TL 50 800 Td\n")
	for i, l := range ls {
		if i > 0 {
			b.WriteString("T*\n")
		}
		b.WriteString(l + "\n")
	}
	b.WriteString("ET")
	return b.String()
}

// TestExtractPDFWords: word gaps come from glyph widths, word spacing (Tw)
// and character spacing (Tc), not from every kerning move; a word that a
// line end hyphenated is whole again; a paragraph that a line wrapped is
// one line, as in the other formats.
func TestExtractPDFWords(t *testing.T) {
	cases := []struct {
		name, content, want string
	}{
		// Justified: Tw widens the two spaces by 3 points each, then the
		// line goes on with a Td from the line start to where "eella"
		// really starts: no gap inside "lomakkeella".
		{"word spacing of a justified line",
			"BT /F1 10 Tf 3 Tw 50 800 Td (Teen lomakk) Tj 55.5 0 Td (eella.) Tj ET",
			"Teen lomakkeella."},
		{"kerning inside a TJ array",
			"BT /F1 10 Tf 50 800 Td [(D) 40 (ata may be kept) -20 (.)] TJ ET",
			"Data may be kept."},
		{"a space drawn as a TJ move",
			"BT /F1 10 Tf 50 800 Td [(Data) -300 (may)] TJ ET",
			"Data may"},
		{"negative character spacing",
			"BT /F1 10 Tf -0.8 Tc 3 Tw 50 800 Td (We p) Tj 17.3 0 Td (rocess data.) Tj ET",
			"We process data."},
		{"a gap of a space between two shows",
			"BT /F1 10 Tf 50 800 Td (Tiedot) Tj 32.5 0 Td (saadaan.) Tj ET",
			"Tiedot saadaan."},
		{"hyphenated at a line end",
			lines("(Tallennamme nimet ja osoitteet sekä asiakkaiden pankkitilinu-) Tj",
				"(merot.) Tj"),
			"Tallennamme nimet ja osoitteet sekä asiakkaiden pankkitilinumerot."},
		{"a name of an agency hyphenated",
			lines("(Data is obtained from our customers and from the Register Cen-) Tj",
				"(tre of Population.) Tj"),
			"Data is obtained from our customers and from the Register Centre of Population."},
		{"a hyphen before a conjunction stays",
			lines("(Tallennamme asiakkaiden yhteystiedot, eli puhelinnumeron, etu-) Tj",
				"(ja sukunimen sekä osoitteen.) Tj"),
			"Tallennamme asiakkaiden yhteystiedot, eli puhelinnumeron, etu- ja sukunimen sekä osoitteen."},
		{"a compound with a capital after the hyphen stays",
			lines("(Toimimme koko maassa, mutta asiakkaamme ovat enimmäkseen Etelä-) Tj",
				"(Suomessa.) Tj"),
			"Toimimme koko maassa, mutta asiakkaamme ovat enimmäkseen Etelä-Suomessa."},
		{"a hyphenated form used elsewhere stays",
			lines("(Tietoja luovutetaan Kanta-palveluihin. Tietoja luovutetaan Kanta-) Tj",
				"(palveluihin vain potilaan luvalla.) Tj"),
			"Tietoja luovutetaan Kanta-palveluihin. Tietoja luovutetaan Kanta-palveluihin vain potilaan luvalla."},
		{"a sentence wrapped before a number is one line",
			lines("(Potilasasiakirjat säilytetään asetuksen mukaisesti vähintään) Tj",
				"(12 vuotta potilaan kuolemasta.) Tj"),
			"Potilasasiakirjat säilytetään asetuksen mukaisesti vähintään 12 vuotta potilaan kuolemasta."},
		{"short lines of an address stay apart",
			lines("(Rekisterinpitäjä) Tj", "(Saldo Ky) Tj", "(Kirkkokatu 31) Tj", "(90100 Oulu) Tj",
				"(Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.) Tj"),
			"Rekisterinpitäjä\nSaldo Ky\nKirkkokatu 31\n90100 Oulu\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot."},
		{"a new bullet is a new line",
			lines("(- Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot) Tj",
				"(- laskutustiedot) Tj"),
			"- Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot\n- laskutustiedot"},
		{"a line ending a sentence ends the line",
			lines("(Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.) Tj",
				"(Helsingissä 1.3.2024) Tj"),
			"Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.\nHelsingissä 1.3.2024"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.pdf", onePagePDF(c.content))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestExtractPDFGhostscript: notices printed to PDF by groff and
// Ghostscript (justified with word spacing, kerned, hyphenated by English
// patterns at odd places in Finnish words) read back as their source
// text, line for line: each heading, address line and paragraph one line,
// no space inside a word and no hyphen of the layout left (how they are
// made: testdata/extract/README.md).
func TestExtractPDFGhostscript(t *testing.T) {
	pdfs, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.gs.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("no PDFs in testdata/extract")
	}
	for _, p := range pdfs {
		t.Run(filepath.Base(p), func(t *testing.T) {
			got, err := ExtractFile(p)
			if err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(strings.TrimSuffix(p, ".gs.pdf") + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(tidy(string(src)), "\n")
			gotLines := strings.Split(got, "\n")
			for i := 0; i < max(len(want), len(gotLines)); i++ {
				w, g := "", ""
				if i < len(want) {
					w = want[i]
				}
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if w != g {
					t.Errorf("line %d:\ngot  %q\nwant %q", i+1, g, w)
				}
			}
		})
	}
}

// TestExtractPDFTransform: lines placed by the transformation matrix (cm
// inside q … Q, as reportlab's canvas.translate and the browsers' print
// to PDF write them) come out as the lines they are on the page, not as
// one line; a scaled CTM scales the word gaps with the glyphs; a control
// character that an unmapped glyph decodes to is left out.
func TestExtractPDFTransform(t *testing.T) {
	line := func(y int, s string) string {
		return fmt.Sprintf("q 1 0 0 1 50 %d cm BT 1 0 0 1 0 0 Tm /F1 10 Tf 12 TL (%s) Tj T* ET Q\n", y, s)
	}
	// A long line of body text sets the right margin: the short lines
	// above it end far from it, so they are no wrapped paragraph.
	const body = "Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot."
	cases := []struct {
		name, content, want string
	}{
		{"each line translated by cm",
			line(800, "Remonttipalvelu J. Laaksonen") + line(786, "Pajatie 12, 37600 Valkeakoski") +
				line(772, "Puh. 040 882 1934") + line(758, "Päivitetty 10.2.2024"),
			"Remonttipalvelu J. Laaksonen\nPajatie 12, 37600 Valkeakoski\nPuh. 040 882 1934\nPäivitetty 10.2.2024"},
		{"nested q and cm add up, Q restores",
			"q 1 0 0 1 50 700 cm q 1 0 0 1 0 100 cm BT /F1 10 Tf (Rekisterinpitäjä) Tj ET Q " +
				"BT /F1 10 Tf 0 86 Td (Saldo Ky) Tj ET Q BT /F1 10 Tf 50 772 Td (Kirkkokatu 31) Tj ET",
			"Rekisterinpitäjä\nSaldo Ky\nKirkkokatu 31"},
		{"a page flipped upside down by cm, as a browser prints",
			"q 1 0 0 -1 0 842 cm BT 1 0 0 -1 50 42 Tm /F1 10 Tf (Tietosuojaseloste) Tj ET " +
				"BT 1 0 0 -1 50 56 Tm /F1 10 Tf (Päivitetty 4.9.2025) Tj ET Q",
			"Tietosuojaseloste\nPäivitetty 4.9.2025"},
		{"a CTM scaled by two scales the word gap",
			"q 2 0 0 2 0 0 cm BT /F1 5 Tf 25 400 Td (Tiedot) Tj 16.25 0 Td (saadaan.) Tj ET Q",
			"Tiedot saadaan."},
		{"two cells of a row side by side on one baseline are a table's row",
			"q 1 0 0 1 56 500 cm q 1 0 0 1 6 0 cm BT /F1 9 Tf (Ajanvaraus) Tj ET Q q 1 0 0 1 166 0 cm BT /F1 9 Tf (Sopimus) Tj ET Q Q",
			"Ajanvaraus\tSopimus"},
		{"a control character of an unmapped glyph is dropped",
			line(800, "\x7fnimi ja yhteystiedot") + line(786, "\x7flaskutustiedot"),
			"nimi ja yhteystiedot\nlaskutustiedot"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.pdf", onePagePDF(c.content+"\n"+line(300, body)))
			if err != nil {
				t.Fatal(err)
			}
			if want := c.want + "\n" + body; got != want {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

// TestExtractPDFFurniture: running headers and footers (the same text at
// a page's top or bottom on three pages or more) and page numbers ("sivu
// 2", "s. 2 / 3", "1 (3)", "Sida 1 av 2", a lone "2") are no part of the
// notice's text, on any number of pages; a body line that merely starts
// with a number stays.
func TestExtractPDFFurniture(t *testing.T) {
	page := func(header, footer string, body ...string) string {
		var b strings.Builder
		if header != "" {
			fmt.Fprintf(&b, "BT /F1 8 Tf 50 810 Td (%s) Tj ET\n", header)
		}
		fmt.Fprintf(&b, "BT /F1 8 Tf 50 30 Td (%s) Tj ET\n", footer)
		b.WriteString("q 1 0 0 1 0 -100 cm " + lines(body...) + " Q")
		return b.String()
	}
	const long = "(Tallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.) Tj"
	cases := []struct {
		name  string
		pages []string
		want  string
	}{
		{"a two-page notice with the page in its footer line",
			[]string{
				page("", "Fysioterapia Liikkeellä Oy · Tietosuojaseloste · sivu 1", "(Päivitetty 4.9.2025) Tj", long),
				page("", "Fysioterapia Liikkeellä Oy · Tietosuojaseloste · sivu 2", "(7. Siirrot) Tj", long),
			},
			"Päivitetty 4.9.2025\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.\n\n" +
				"7. Siirrot\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot."},
		{"a header on three pages and page numbers of many styles",
			[]string{
				page("Kuljetusliike Routa Oy – Tietosuojaseloste", "s. 1 / 3", "(1. Rekisterinpitäjä) Tj", long),
				page("Kuljetusliike Routa Oy – Tietosuojaseloste", "2 (3)", "(2 vuotta säilytetään laskut.) Tj", long),
				page("Kuljetusliike Routa Oy – Tietosuojaseloste", "3", "(3. Oikeudet) Tj", long),
			},
			"1. Rekisterinpitäjä\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.\n\n" +
				"2 vuotta säilytetään laskut.\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot.\n\n" +
				"3. Oikeudet\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot."},
		{"one page with its number, in Swedish",
			[]string{page("", "Sida 1 av 1", "(Personuppgiftsansvarig) Tj", long)},
			"Personuppgiftsansvarig\nTallennamme asiakkaiden nimet ja osoitteet sekä puhelinnumerot."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.pdf", pagesPDF(c.pages...))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestExtractPDFTable: a table drawn cell by cell (reportlab: each cell's
// lines in its own q … cm … Q, so that the next cell starts back up at
// the row's top) or row by row comes out one line per row, its cells
// apart by tabs and a cell's wrapped lines joined, as the DOCX and HTML
// readers give a table; the heading and the list after it stay lines of
// their own, and a bullet drawn apart from its item is no cell.
func TestExtractPDFTable(t *testing.T) {
	cell := func(x, y int, ls ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "q 1 0 0 1 %d %d cm BT 1 0 0 1 0 0 Tm /F1 9 Tf 11 TL", x, y)
		for _, l := range ls {
			fmt.Fprintf(&b, " (%s) Tj T*", l)
		}
		b.WriteString(" ET Q\n")
		return b.String()
	}
	const after = "BT /F1 12 Tf 60 440 Td (4. Käsiteltävät henkilötiedot) Tj ET\n" +
		"BT /F1 10 Tf 60 420 Td (\x7f) Tj 20 0 Td (nimi ja yhteystiedot) Tj ET\n" +
		"BT /F1 10 Tf 60 406 Td (\x7f) Tj 20 0 Td (laskutustiedot) Tj ET\n"
	cases := []struct {
		name, content, want string
	}{
		{"cell by cell",
			"q 1 0 0 1 57 500 cm\n" +
				cell(6, 148, "Tarkoitus") + cell(166, 148, "Oikeusperuste") + cell(326, 148, "Säilytysaika") +
				cell(6, 133, "Potilaskertomuksen", "laatiminen") +
				cell(166, 133, "Lakisääteinen velvoite", `\(GDPR 6\(1\)\(c\); potilas-`, `laki 785/1992\)`) +
				cell(326, 133, "12 vuotta potilaan", "kuolemasta") +
				cell(6, 94, "Ajanvaraus ja laskutus") + cell(166, 94, "Sopimus (GDPR 6(1)(b))") +
				cell(326, 94, "6 vuotta tilikauden", "päättymisestä") +
				"Q\n" + after,
			"Tarkoitus\tOikeusperuste\tSäilytysaika\n" +
				"Potilaskertomuksen laatiminen\tLakisääteinen velvoite (GDPR 6(1)(c); potilaslaki 785/1992)\t12 vuotta potilaan kuolemasta\n" +
				"Ajanvaraus ja laskutus\tSopimus (GDPR 6(1)(b))\t6 vuotta tilikauden päättymisestä\n" +
				"4. Käsiteltävät henkilötiedot\nnimi ja yhteystiedot\nlaskutustiedot"},
		{"row by row with a wrapped cell",
			"BT /F1 9 Tf 11 TL 60 650 Td (Tarkoitus) Tj 160 0 Td (Oikeusperuste) Tj ET\n" +
				"BT /F1 9 Tf 11 TL 60 633 Td (Uutiskirje) Tj 160 0 Td (Suostumus; voit perua) Tj 0 -11 Td (sen milloin tahansa) Tj ET\n" +
				"BT /F1 9 Tf 11 TL 60 605 Td (Laskutus) Tj 160 0 Td (Sopimus) Tj ET\n" + after,
			"Tarkoitus\tOikeusperuste\nUutiskirje\tSuostumus; voit perua sen milloin tahansa\nLaskutus\tSopimus\n" +
				"4. Käsiteltävät henkilötiedot\nnimi ja yhteystiedot\nlaskutustiedot"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.pdf", onePagePDF(c.content))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// FuzzPDFContent runs the page reader over arbitrary content streams in
// a well-formed PDF: any mix of q, Q, cm, text operators and table-like
// layouts gives valid UTF-8 of bounded size, never a panic.
func FuzzPDFContent(f *testing.F) {
	f.Add("q 1 0 0 1 50 800 cm BT /F1 10 Tf (Rekisterinpitäjä) Tj T* ET Q Q Q")
	f.Add("BT /F1 9 Tf 11 TL 60 650 Td (a) Tj 160 0 Td (b) Tj 0 -11 Td (c) Tj ET")
	f.Add("q 0 0 0 0 0 0 cm BT 1 0 0 -1 0 0 Tm /F1 0 Tf (\x7fx) Tj [(y) -9000 (z)] TJ ET")
	f.Fuzz(func(t *testing.T, content string) {
		if !utf8.ValidString(content) || strings.Contains(content, "endstream") {
			return
		}
		s, err := Extract("x.pdf", onePagePDF(content))
		checkText(t, s, err)
	})
}
