package audit

import (
	"reflect"
	"strings"
	"testing"
)

// TestSentences: a paragraph splits at a full stop, question or
// exclamation mark followed by a capital, but not at the dots of an
// abbreviation or an initial.
func TestSentences(t *testing.T) {
	cases := []struct {
		name, p string
		want    []string
	}{
		{"two sentences", "Tiedot saadaan asiakkaalta. Tietoja ei luovuteta.",
			[]string{"Tiedot saadaan asiakkaalta.", "Tietoja ei luovuteta."}},
		{"question and exclamation", "Mitä tietoja? Kaikki! Ei muuta.",
			[]string{"Mitä tietoja?", "Kaikki!", "Ei muuta."}},
		{"EU-U.S.", "Mailchimp processes data in the United States. The transfer rests on the EU-U.S. Data Privacy Framework.",
			[]string{"Mailchimp processes data in the United States.", "The transfer rests on the EU-U.S. Data Privacy Framework."}},
		{"U.S.", "The data goes to the U.S. Department of Nothing. Then it stops.",
			[]string{"The data goes to the U.S. Department of Nothing.", "Then it stops."}},
		{"e.g. and i.e.", "We use tools, e.g. Google Analytics, i.e. Google Ireland.",
			[]string{"We use tools, e.g. Google Analytics, i.e. Google Ireland."}},
		{"esim. ns. mm.", "Käytämme esim. Google Analyticsia ja ns. Privacy Shield -järjestelyä sekä mm. Mailchimpiä.",
			[]string{"Käytämme esim. Google Analyticsia ja ns. Privacy Shield -järjestelyä sekä mm. Mailchimpiä."}},
		{"capitalised abbreviation at a sentence start", "Esim. Google Analytics asettaa evästeitä. Ks. Evästeet.",
			[]string{"Esim. Google Analytics asettaa evästeitä.", "Ks. Evästeet."}},
		{"t.ex. bl.a. dvs.", "Vi använder t.ex. Google Analytics och bl.a. Mailchimp, dvs. Tjänster i USA.",
			[]string{"Vi använder t.ex. Google Analytics och bl.a. Mailchimp, dvs. Tjänster i USA."}},
		{"an initial", "Yhteyshenkilö on Maija A. Virtanen. Hän vastaa pyyntöihin.",
			[]string{"Yhteyshenkilö on Maija A. Virtanen.", "Hän vastaa pyyntöihin."}},
		{"in brackets", "Käytämme palveluita (esim. Google Analytics). Muuta ei ole.",
			[]string{"Käytämme palveluita (esim. Google Analytics).", "Muuta ei ole."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sentences(c.p); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestSentenceAt: a finding's quote is the whole sentence around the
// match, also when an abbreviation stands before or after it.
func TestSentenceAt(t *testing.T) {
	text := "Otsikko\nTietoja siirretään mm. Yhdysvaltoihin, esim. Mailchimpille. Siirto perustuu EU-U.S. Data Privacy Frameworkiin. Muuta ei ole."
	for _, c := range []struct{ match, want string }{
		{"Mailchimpille", "Tietoja siirretään mm. Yhdysvaltoihin, esim. Mailchimpille."},
		{"Privacy", "Siirto perustuu EU-U.S. Data Privacy Frameworkiin."},
		{"Muuta", "Muuta ei ole."},
	} {
		i := strings.Index(text, c.match)
		if got := sentenceAt(text, i, i+len(c.match)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.match, got, c.want)
		}
	}
}
