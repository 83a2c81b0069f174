package pdf

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/pdf/doc"
)

var sampleOut = flag.String("sample", "", "write the long sample PDF to this file")

var fixed = Options{CreatedAt: time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)}

// TestWriteSampleFile writes the sample for looking at (go test -run
// TestWriteSampleFile -sample /tmp/render-sample.pdf).
func TestWriteSampleFile(t *testing.T) {
	if *sampleOut == "" {
		t.Skip("no -sample file given")
	}
	for path, d := range map[string]*doc.Document{
		*sampleOut: longDoc(8),
		strings.TrimSuffix(*sampleOut, ".pdf") + "-odd.pdf": oddDoc(),
	} {
		var buf bytes.Buffer
		if err := WritePDF(&buf, d, fixed); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// oddDoc gathers hostile input for looking at: long words and URLs, emoji,
// right-to-left text, a long table and a note.
func oddDoc() *doc.Document {
	tbl := doc.Table{Header: []string{"Alikäsittelijä", "Palvelu", "Sijainti ja siirtoperuste"}, Widths: []float64{1, 1, 2}}
	for i := 0; i < 40; i++ {
		tbl.Rows = append(tbl.Rows, []string{"Palvelu " + strings.Repeat("x", i%5+1), "Tallennus 😀", "EU/ETA; https://esimerkki.fi/" + strings.Repeat("pitkä-polku/", i%4)})
	}
	return &doc.Document{
		Lang: "fi", Title: "Outoja syötteitä 😀", Header: "Ylätunniste " + strings.Repeat("pitkä ", 40),
		Footer: "Alatunniste", PageLabel: "Sivu %d / %d", Watermark: "UTKAST",
		Sections: []doc.Section{{Number: "1", Title: strings.Repeat("Hyvin pitkä otsikko ", 8), Blocks: []doc.Block{
			doc.Paragraph{Text: strings.Repeat("abcdefghij", 50)},
			doc.Paragraph{Text: "Osoite: https://esimerkki.fi/" + strings.Repeat("polku/", 30) + "?a=1"},
			doc.Paragraph{Text: "Hebreaa: שלום עולם. Arabiaa: مرحبا بالعالم. Kiinaa: 漢字. Emoji: 👍🏽 ❤️."},
			doc.Note{Text: strings.Repeat("Huomautus joka jatkuu. ", 20)},
			tbl,
		}}},
	}
}
