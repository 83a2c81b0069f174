package audit

import (
	"reflect"
	"strings"
	"testing"
)

// docxOf makes a Word document of the raw body XML.
func docxOf(t *testing.T, body string) []byte {
	t.Helper()
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="` + wordNS + `"><w:body>` + body + `</w:body></w:document>`
	b, err := writeZip([][2]string{{"word/document.xml", doc}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wp is a paragraph of one run; a list item when list is true.
func wp(s string, list bool) string {
	ppr := ""
	if list {
		ppr = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + xmlEscape(s) + `</w:t></w:r></w:p>`
}

// TestExtractDOCXParagraphs: each paragraph and list item of a Word
// document is an entry of its own, whether it starts with a capital or
// not; a line break inside a paragraph is no new entry.
func TestExtractDOCXParagraphs(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"list items in small letters",
			wp("Käsittelyn tarkoitus", false) + wp("tilausten toimittaminen", true) + wp("laskutus", true) + wp("asiakaspalvelu", true),
			[]string{"tilausten toimittaminen", "laskutus", "asiakaspalvelu"}},
		{"list items with capitals",
			wp("Käsittelyn tarkoitus", false) + wp("Tilausten toimittaminen", true) + wp("Laskutus", true),
			[]string{"Tilausten toimittaminen", "Laskutus"}},
		{"paragraphs in small letters",
			wp("Käsittelyn tarkoitus", false) + wp("tilausten toimittaminen", false) + wp("laskutus", false),
			[]string{"tilausten toimittaminen", "laskutus"}},
		{"a line break inside a paragraph",
			wp("Käsittelyn tarkoitus", false) + `<w:p><w:r><w:t>Käsittelemme tietoja tilausten</w:t><w:br/><w:t>toimittamiseksi.</w:t></w:r></w:p>`,
			[]string{"Käsittelemme tietoja tilausten toimittamiseksi."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, err := Extract("x.docx", docxOf(t, c.body))
			if err != nil {
				t.Fatal(err)
			}
			if got := items(newDoc(text).section(topicPurpose)); !reflect.DeepEqual(got, c.want) {
				t.Errorf("text %q\ngives %q\nwant %q", text, got, c.want)
			}
		})
	}
}

// TestExtractODTList: the items of an OpenDocument list are entries of
// their own, in small letters too.
func TestExtractODTList(t *testing.T) {
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>` +
		`<text:h>Käsittelyn tarkoitus</text:h><text:list><text:list-item><text:p>tilausten toimittaminen</text:p></text:list-item>` +
		`<text:list-item><text:p>laskutus</text:p></text:list-item></text:list><text:p>asiakaspalvelu</text:p></office:text></office:body></office:document-content>`
	b, err := writeZip([][2]string{{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}})
	if err != nil {
		t.Fatal(err)
	}
	text, err := Extract("x.odt", b)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"tilausten toimittaminen", "laskutus", "asiakaspalvelu"}
	if got := items(newDoc(text).section(topicPurpose)); !reflect.DeepEqual(got, want) {
		t.Errorf("text %q\ngives %q\nwant %q", text, got, want)
	}
}

// TestExtractDOCXRuns: the special characters of Word's runs read as the
// text they print: a non-breaking hyphen (w:noBreakHyphen, or U+2011) is
// a hyphen, so a Y-tunnus written with one is whole; a soft hyphen
// (w:softHyphen, or U+00AD) prints nothing; w:tab is a tab, w:br and w:cr
// end a line; a symbol (w:sym) is a bullet when it is Symbol's bullet and
// a space otherwise (Wingdings' telephone before a number); deleted and
// moved-away text of tracked changes and the fallback copy of a text box
// are not read.
func TestExtractDOCXRuns(t *testing.T) {
	r := func(s string) string { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
	p := func(runs ...string) string { return `<w:p>` + strings.Join(runs, "") + `</w:p>` }
	cases := []struct {
		name, body, want string
	}{
		{"a Y-tunnus with a non-breaking hyphen",
			p(r("Y-tunnus 2598034"), `<w:r><w:noBreakHyphen/></w:r>`, r("0")),
			"Y-tunnus 2598034-0"},
		{"a non-breaking hyphen character",
			p(r("Y-tunnus 2598034\u20110")),
			"Y-tunnus 2598034-0"},
		{"soft hyphens as element and character",
			p(r("Lintulahden"), `<w:r><w:softHyphen/></w:r>`, r("kuja 4, toimis\u00adtoon")),
			"Lintulahdenkuja 4, toimistoon"},
		{"tab, line break and carriage return",
			p(r("Puh."), `<w:r><w:tab/></w:r>`, r("03 356 1200"), `<w:r><w:br/></w:r>`, r("toimisto@numerola.fi"), `<w:r><w:cr/></w:r>`, r("Tampere")),
			"Puh.\t03 356 1200\ntoimisto@numerola.fi\nTampere"},
		{"symbols",
			p(`<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>`, r(" laskutus")) +
				p(r("Puh."), `<w:r><w:sym w:font="Wingdings" w:char="F028"/></w:r>`, r("03 356 1200")),
			"• laskutus\n\nPuh. 03 356 1200"},
		{"tracked changes",
			p(r("Kirjanpitoaineisto säilytetään "), `<w:del w:id="1"><w:r><w:delText>5</w:delText></w:r></w:del>`,
				`<w:ins w:id="2"><w:r><w:t>10</w:t></w:r></w:ins>`, `<w:moveFrom w:id="3">`+r("kuusi ")+`</w:moveFrom>`, r(" vuotta.")),
			"Kirjanpitoaineisto säilytetään 10 vuotta."},
		{"a text box read once",
			p(r("Rekisterinpitäjä"), `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">`+
				`<mc:Choice Requires="wps"><w:drawing><w:txbxContent>`+p(r("Saldo Ky"))+`</w:txbxContent></w:drawing></mc:Choice>`+
				`<mc:Fallback><w:pict><w:txbxContent>`+p(r("Saldo Ky"))+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`),
			"Rekisterinpitäjä\n\nSaldo Ky"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Extract("x.docx", docxOf(t, c.body))
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestExtractODTTrackedChanges: the text that a tracked change deleted
// from an OpenDocument file (kept in text:tracked-changes) is not read;
// a soft hyphen prints nothing.
func TestExtractODTTrackedChanges(t *testing.T) {
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>` +
		`<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>5</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
		"<text:p>Kirjanpitoaineisto säilytetään <text:change text:change-id=\"c1\"/>10 vuotta tilikauden päättymi\u00adsestä.</text:p></office:text></office:body></office:document-content>"
	b, err := writeZip([][2]string{{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Extract("x.odt", b)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kirjanpitoaineisto säilytetään 10 vuotta tilikauden päättymisestä."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
