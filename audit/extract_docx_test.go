package audit

import (
	"reflect"
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
