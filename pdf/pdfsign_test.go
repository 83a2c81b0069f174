package pdf

import (
	"math"
	"testing"

	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

// TestSignatureColumnsLevel: when one party's heading wraps, the lines of
// every party in the row still stand level.
func TestSignatureColumnsLevel(t *testing.T) {
	d := &doc.Document{Sections: []doc.Section{{Number: "1", Title: "Allekirjoitukset", Blocks: []doc.Block{
		doc.Signature{Parties: []doc.Party{
			{Heading: "Käsittelijä: Ajanvaraus ja Siivouspalvelu Kivi ja Kumppanit Oy", Lines: []doc.SignLine{{Label: "Paikka"}, {Label: "Allekirjoitus"}}},
			{Heading: "Asiakas", Lines: []doc.SignLine{{Label: "Paikka"}, {Label: "Allekirjoitus"}}},
		}},
	}}}}
	ys := map[string][]float64{}
	for _, w := range pdftest.Words(t, render(t, d)) {
		if w.Text == "Allekirjoitus" || w.Text == "Paikka" {
			ys[w.Text] = append(ys[w.Text], w.Y)
		}
	}
	for label, y := range ys {
		if len(y) != 2 || math.Abs(y[0]-y[1]) > 0.5 {
			t.Errorf("%s: not level in both columns: %v", label, y)
		}
	}
	if len(ys) != 2 {
		t.Errorf("labels found: %v", ys)
	}
}
