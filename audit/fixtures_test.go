package audit

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/jung-kurt/gofpdf/v2"
)

// update rewrites the generated fixtures and the golden files:
//
//	go test ./audit -run 'TestFixtures|TestGolden' -update
var update = flag.Bool("update", false, "rewrite the generated fixtures and golden files")

// generated are the corpus files made from the sources in testdata/src:
// office and PDF files are built here, so that the test inputs stay small,
// reproducible and written by us.
//
// One more PDF comes from another writer and is committed as it is:
// fi-kukkakauppa.gs.pdf, made once with groff and Ghostscript (Type 1
// fonts, kerning by Td moves, word spaces drawn with character spacing):
//
//	iconv -f utf-8 -t latin1 fi-kukkakauppa.txt > k.txt
//	(echo .ll 16c; echo .ad l; sed 's/^$/.sp/; /^[^.]/a .br' k.txt) > k.roff
//	groff -Tps -Klatin1 k.roff | ps2pdf - fi-kukkakauppa.gs.pdf
var generated = []struct {
	src, out string
	make     func(lines []string) ([]byte, error)
}{
	{"fi-rakennus.txt", "fi-rakennus.pdf", makePDFUnicode},
	{"en-webshop.txt", "en-webshop.pdf", makePDFCore},
	{"sv-bokforing.txt", "sv-bokforing.docx", makeDOCX},
	{"fi-rakennus.txt", "fi-rakennus.odt", makeODT},
	{"en-webshop.txt", "en-webshop.docx", makeDOCX},
	{"sv-bokforing.txt", "sv-bokforing.pdf", makePDFUnicode},
	{"fi-kukkakauppa.txt", "fi-kukkakauppa.docx", makeDOCX},
	// Notices in styles the first corpus lacked: tables of purposes and
	// retention (DOCX and ODT tables), a Finland-Swedish company, an IT
	// vendor's English policy.
	{"sv-snickeri.txt", "sv-snickeri.docx", makeDOCX},
	{"fi-tilitoimisto.txt", "fi-tilitoimisto.odt", makeODT},
	{"en-itvendor.txt", "en-itvendor.pdf", makePDFUnicode},
	{"en-appstudio.txt", "en-appstudio.docx", makeDOCX},
}

// source reads a generator's source: from testdata/src, or a text file of
// the corpus itself.
func source(name string) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join("testdata", "src", name))
	if os.IsNotExist(err) {
		return os.ReadFile(filepath.Join("testdata", "corpus", name))
	}
	return b, err
}

// TestFixtures checks that the committed generated fixtures are what the
// sources make today (or, with -update, rewrites them).
func TestFixtures(t *testing.T) {
	for _, g := range generated {
		src, err := source(g.src)
		if err != nil {
			t.Fatal(err)
		}
		b, err := g.make(strings.Split(strings.TrimRight(string(src), "\n"), "\n"))
		if err != nil {
			t.Fatalf("%s: %v", g.out, err)
		}
		path := filepath.Join("testdata", "corpus", g.out)
		if *update {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		// The text read back must be the source's, line for line; the
		// bytes may differ between library versions, the text may not.
		got, err := ExtractFile(path)
		if err != nil {
			t.Fatalf("%s: %v", g.out, err)
		}
		if want := tidy(string(src)); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%s: text read back differs from %s:\n%s", g.out, g.src, got)
		}
	}
}

// fixedDate keeps generated PDFs byte-for-byte reproducible.
var fixedDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// makePDFUnicode draws the lines with embedded DejaVu fonts, as the
// program's own documents are drawn (Identity-H with a ToUnicode map).
func makePDFUnicode(lines []string) ([]byte, error) {
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(fixedDate)
	p.SetCatalogSort(true)
	p.AddUTF8FontFromBytes("DejaVu", "", dejavusans.TTF)
	p.AddUTF8FontFromBytes("DejaVu", "B", dejavusansbold.TTF)
	return drawPDF(p, "DejaVu", lines, func(s string) string { return s })
}

// makePDFCore draws the lines with the core Helvetica font in
// Windows-1252, as many older office tools write PDFs.
func makePDFCore(lines []string) ([]byte, error) {
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(fixedDate)
	p.SetCatalogSort(true)
	return drawPDF(p, "Helvetica", lines, p.UnicodeTranslatorFromDescriptor(""))
}

func drawPDF(p *gofpdf.Fpdf, font string, lines []string, tr func(string) string) ([]byte, error) {
	p.SetCompression(true)
	p.AddPage()
	for i, l := range lines {
		style := ""
		if i == 0 || l != "" && len(l) < 50 && !strings.ContainsAny(l, ".,@:") {
			style = "B"
		}
		p.SetFont(font, style, 11)
		if l == "" {
			p.Ln(4)
			continue
		}
		p.MultiCell(0, 5.5, tr(l), "", "L", false)
	}
	var b bytes.Buffer
	err := p.Output(&b)
	return b.Bytes(), err
}

const wordNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// makeDOCX writes a minimal Word document: one paragraph a line, each
// line's words in two runs so that the reader must join runs. Lines with
// tabs are the rows of a table, one cell a tab-separated part.
func makeDOCX(lines []string) ([]byte, error) {
	var body strings.Builder
	inTable := false
	for _, l := range lines {
		if row := strings.Split(l, "\t"); len(row) > 1 {
			if !inTable {
				body.WriteString("<w:tbl>")
				inTable = true
			}
			body.WriteString("<w:tr>")
			for _, c := range row {
				body.WriteString(`<w:tc><w:p><w:r><w:t>` + xmlEscape(c) + `</w:t></w:r></w:p></w:tc>`)
			}
			body.WriteString("</w:tr>")
			continue
		}
		if inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		a, b := l, ""
		if i := strings.Index(l, " "); i > 0 {
			a, b = l[:i], l[i:]
		}
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(a) + `</w:t></w:r><w:r><w:t xml:space="preserve">` + xmlEscape(b) + `</w:t></w:r></w:p>`)
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="` + wordNS + `"><w:body>` + body.String() + `</w:body></w:document>`
	return writeZip([][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", doc},
	})
}

// makeODT writes a minimal OpenDocument text: headings and paragraphs,
// and a table of the lines with tabs.
func makeODT(lines []string) ([]byte, error) {
	var body strings.Builder
	inTable := false
	for _, l := range lines {
		if row := strings.Split(l, "\t"); len(row) > 1 {
			if !inTable {
				body.WriteString("<table:table>")
				inTable = true
			}
			body.WriteString("<table:table-row>")
			for _, c := range row {
				body.WriteString("<table:table-cell><text:p>" + xmlEscape(c) + "</text:p></table:table-cell>")
			}
			body.WriteString("</table:table-row>")
			continue
		}
		if inTable {
			body.WriteString("</table:table>")
			inTable = false
		}
		tag := "text:p"
		if l != "" && len(l) < 50 && !strings.ContainsAny(l, ".,@:") {
			tag = "text:h"
		}
		body.WriteString("<" + tag + ">" + strings.ReplaceAll(xmlEscape(l), "  ", ` <text:s/>`) + "</" + tag + ">")
	}
	if inTable {
		body.WriteString("</table:table>")
	}
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:text>` + body.String() + `</office:text></office:body></office:document-content>`
	return writeZip([][2]string{
		{"mimetype", "application/vnd.oasis.opendocument.text"},
		{"content.xml", content},
	})
}

func writeZip(files [][2]string) ([]byte, error) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, f := range files {
		method := zip.Deflate
		if f[0] == "mimetype" {
			method = zip.Store // ODF: stored first, so its type shows at a fixed place
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f[0], Method: method, Modified: fixedDate})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f[1])); err != nil {
			return nil, err
		}
	}
	err := zw.Close()
	return b.Bytes(), err
}

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
