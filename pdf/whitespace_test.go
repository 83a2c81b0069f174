package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

// whitespaceDoc holds text as it arrives from Word, Excel, PowerPoint and
// web pages, in every kind of block.
func whitespaceDoc() *doc.Document {
	nb := "\u00a0"
	allNB := strings.ReplaceAll("Paperiset asiakirjat säilytetään lukitussa kaapissa toimiston takahuoneessa ja avaimet ovat vain kahdella nimetyllä henkilöllä", " ", nb)
	return &doc.Document{
		Lang:  "fi",
		Title: "Välilyönnit\r\nja rivit",
		Sections: []doc.Section{{Number: "1", Title: "Säilytys\u2028ja suojaus", Blocks: []doc.Block{
			doc.Paragraph{Text: "Lukitussa kaapissa.\rAvain on johtajalla."},             // Excel for Mac
			doc.Paragraph{Text: "Rivi yksi.\vRivi kaksi.\fRivi kolme.\u0085Rivi neljä."}, // PowerPoint, FF, NEL
			doc.Paragraph{Text: "Kappale yksi.\u2029\u2029Kappale kaksi.\r\n\r\nKappale kolme."},
			doc.Paragraph{Text: "Sarake\tsarake, hinta 10" + nb + "000" + nb + "€."},
			doc.Paragraph{Text: allNB},
			doc.Facts{Rows: []doc.Fact{
				{Label: "Sähkö\u00adposti", Value: "tieto\u200bsuoja@yritys.fi"},
				{Label: "Osoite", Value: "Katu 1\rPL 5\v00100 Helsinki"},
			}},
			doc.Table{Header: []string{"Tieto", "Aika"}, Rows: [][]string{{"Laskut\r\nkuitit", "10\u2028vuotta"}}},
			doc.List{Items: []string{"Kohta\ryksi", "Kohta\u202ekaksi\u202c"}},
			doc.Note{Text: "Huom.\rTarkista."},
		}}},
	}
}

func TestWriteHTMLWhitespaceGolden(t *testing.T) {
	got := writeHTML(t, whitespaceDoc())
	path := filepath.Join("testdata", "whitespace.html.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("differs from %s; run go test -update and review the diff", path)
	}
}

// The HTML and the PDF break the same lines: no sentence glued to the next
// ("kaapissa.Avain"), no invisible character left in an address.
func TestWhitespaceSameInHTMLAndPDF(t *testing.T) {
	d := whitespaceDoc()
	html := writeHTML(t, d)
	for _, want := range []string{
		"<p>Lukitussa kaapissa.<br>Avain on johtajalla.</p>",
		"<p>Rivi yksi.<br>Rivi kaksi.<br>Rivi kolme.<br>Rivi neljä.</p>",
		"<p>Kappale yksi.</p>\n<p>Kappale kaksi.</p>\n<p>Kappale kolme.</p>",
		"Sarake sarake, hinta 10\u00a0000\u00a0€.",
		`<td><a href="mailto:tietosuoja@yritys.fi">tietosuoja@yritys.fi</a></td>`,
		"<td>Katu 1<br>PL 5<br>00100 Helsinki</td>",
		"<td>Laskut<br>kuitit</td><td>10<br>vuotta</td>",
		"<li>Kohta yksi</li>",
		"<li>Kohtakaksi</li>",
		"<h2>1 Säilytys ja suojaus</h2>",
		"<h1>Välilyönnit ja rivit</h1>",
		"Paperiset asiakirjat säilytetään lukitussa", // a long run breaks at its spaces
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"kaapissa.Avain", "\u200b", "\u00ad", "\u202e", "\r", "\v", "\f"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	text := pdftest.Normalize(pdftest.Text(t, render(t, d)))
	for _, want := range []string{"kaapissa.", "Avain on johtajalla.", "tietosuoja@yritys.fi", "Rivi kaksi.", "Kappale kaksi."} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	for _, bad := range []string{"kaapissa.Avain", "yksi.Rivi", "kolme.Rivi"} {
		if strings.Contains(text, bad) {
			t.Errorf("PDF contains %q", bad)
		}
	}
	// The paragraph of no-break spaces breaks between words, not inside.
	for _, w := range strings.Fields("Paperiset asiakirjat säilytetään lukitussa kaapissa toimiston takahuoneessa") {
		if !strings.Contains(text, w) {
			t.Errorf("PDF broke the word %q", w)
		}
	}
}
