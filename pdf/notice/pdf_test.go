package notice

import (
	"bytes"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/pdftest"
)

// TestFlowerShopPDF draws the notice of a realistic web shop with an
// analytics tool, an ad pixel and a cookie table, and reads the PDF back:
// what is printed is what the answers support, in every language.
func TestFlowerShopPDF(t *testing.T) {
	a := load(t, "../../data/testdata/kukkakauppa-lumme.json")
	yes := true
	a.Registers[1].AutomatedDecisions = data.AutomatedDecisions{Profiling: &yes,
		ProfilingDescription: "Meta-pikseli muodostaa kävijöistä mainosyleisöjä, joille näytetään mainoksiamme."}
	a.Website.ConsentBanner = true
	a.Website.CookieTable = []data.Cookie{
		{Name: "_ga (Google Analytics)", Provider: "Google", Purpose: "Kävijämäärien seuranta", Lifetime: "2 vuotta", Consent: true},
		{Name: "Ostoskori", Provider: "Kukkakauppa Lumme", Purpose: "Ostoskorin sisältö", Lifetime: "Istunto"},
	}
	cases := []struct {
		lang          string
		must, mustNot []string
	}{
		{"fi", []string{"_ga (Google Analytics)", "Ei, välttämätön", "Profiloimme sinua", "Oikeutesi vastustaa käsittelyä", "Kävijäseurantaan käytämme: Google Analytics."},
			[]string{"Sivuillamme ei käytetä evästeitä", "emmekä profiloi", "evästeasetuksista", "on aina verkkosivuillamme"}},
		{"sv", []string{"_ga (Google Analytics)", "Nej, nödvändig", "Vi profilerar dig", "Din rätt att invända"},
			[]string{"inga kakor", "och vi profilerar dig inte"}},
		{"en", []string{"_ga (Google Analytics)", "No, strictly necessary", "We profile you", "Your right to object"},
			[]string{"does not use cookies", "we do not profile you"}},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			var buf bytes.Buffer
			if err := pdf.WritePDF(&buf, Compose(a, Options{Lang: tc.lang, Created: created}), pdf.Options{}); err != nil {
				t.Fatal(err)
			}
			text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
			for _, want := range tc.must {
				if !strings.Contains(text, pdftest.Normalize(want)) {
					t.Errorf("PDF lacks %q", want)
				}
			}
			for _, bad := range tc.mustNot {
				if strings.Contains(text, pdftest.Normalize(bad)) {
					t.Errorf("PDF says %q", bad)
				}
			}
		})
	}
}
