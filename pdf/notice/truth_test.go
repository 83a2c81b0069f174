package notice

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// TestTruthfulWording: each realistic change to the example company and
// what its notice must and must not then say, in the language given.
func TestTruthfulWording(t *testing.T) {
	cases := []struct {
		name    string
		lang    string
		change  func(a *data.Answers)
		section string
		must    []string
		mustNot []string
	}{
		{name: "DPF stated as the recipient's own claim", lang: "fi", section: "Uutiskirjeen tilaajat",
			must:    []string{"Vastaanottaja ilmoittaa olevansa sertifioitu kehykseen; sertifioinnin voi tarkistaa"},
			mustNot: []string{"on sertifioitunut"}},
		{name: "derogation with its point of art. 49(1)", lang: "fi", section: "Asiakasrekisteri",
			change: func(a *data.Answers) {
				a.Registers[0].Transfers = []data.Transfer{{Recipient: "Hotel Sakura KK", Country: "Japani", Safeguard: data.SafeguardDerogation, Derogation: "b"}}
			},
			must:    []string{"Siirto perustuu erityistilanteita koskevaan poikkeukseen: sopimuksen täyttäminen rekisteröidyn kanssa (49 artiklan 1 kohdan b alakohta)."},
			mustNot: []string{"Kerromme pyynnöstä, mitä poikkeusta"}},
		{name: "derogation point in English", lang: "en", section: "Asiakasrekisteri",
			change: func(a *data.Answers) {
				a.Registers[0].Transfers = []data.Transfer{{Recipient: "Hotel Sakura KK", Country: "Japan", Safeguard: data.SafeguardDerogation, Derogation: "a"}}
			},
			must: []string{"derogation for a specific situation: explicit consent after being informed of the risks (Article 49(1)(a))."}},
		{name: "joint controller with its arrangement", lang: "fi", section: "Asiakasrekisteri",
			change: func(a *data.Answers) {
				a.Registers[0].Recipients = []data.Recipient{{Name: "Meta Platforms Ireland Ltd", Reason: "Mainonta", Role: data.RoleJointController,
					Arrangement: "Vastaamme keräämisestä sivuillamme; Meta vastaa käsittelystä sen jälkeen.", Contact: "https://www.facebook.com/privacy/policy"}}
			},
			must:    []string{"Meta Platforms Ireland Ltd – mainonta (yhteisrekisterinpitäjä (26 artikla); järjestelyn pääkohdat: vastaamme keräämisestä sivuillamme; Meta vastaa käsittelystä sen jälkeen; https://www.facebook.com/privacy/policy)"},
			mustNot: []string{"jälkeen.;", "jälkeen..", "Meta Platforms Ireland Ltd | "}},
		{name: "independent controller with its contact", lang: "sv", section: "Asiakasrekisteri",
			change: func(a *data.Answers) {
				a.Registers[0].Recipients = []data.Recipient{{Name: "Stripe Payments Europe Ltd", Role: data.RoleController, Contact: "stripe.com/privacy"}}
			},
			must: []string{"Stripe Payments Europe Ltd (självständigt personuppgiftsansvarig, mer information: stripe.com/privacy)"}},
		{name: "categories per source, no blanket sentence", lang: "fi", section: "Asiakasrekisteri",
			change: func(a *data.Answers) {
				a.Registers[0].Sources[1].Categories = "Yrityksen nimi, Y-tunnus ja osoite."
			},
			must:    []string{"Yritys- ja yhteisötietojärjestelmä (YTJ): Yrityksen nimi, Y-tunnus ja osoite – julkinen lähde", "viimeistään kuukauden kuluessa", "(14 artiklan 3 kohta)"},
			mustNot: []string{"Muualta kuin sinulta itseltäsi saamamme tiedot kuuluvat", "osoite.", "Kustakin lähteestä"}},
		{name: "current version on the web site only when promised", lang: "fi", section: "Selosteen muutokset",
			must:    []string{"Voimassa olevan version saat meiltä pyytämällä."},
			mustNot: []string{"Voimassa oleva versio on aina verkkosivuillamme"}},
		{name: "current version on the web site, promised", lang: "en", section: "Changes to this notice",
			change: func(a *data.Answers) { a.Organisation.NoticeOnWebsite = true },
			must:   []string{"https://www.ajanvarauskivi.fi"}},
		{name: "children: the 13-year limit and how consent is handled", lang: "fi", section: "Uutiskirjeen tilaajat",
			change: func(a *data.Answers) {
				a.Registers[1].Children = true
				a.Registers[1].ChildConsent = "Tilauslomake kysyy syntymävuoden; alle 13-vuotiaan tilauksen vahvistaa huoltaja."
			},
			must: []string{"Alle 13-vuotiaan puolesta suostumuksen antaa huoltaja (tietosuojalaki 5 §). Tilauslomake kysyy syntymävuoden; alle 13-vuotiaan tilauksen vahvistaa huoltaja."}},
		{name: "no children: nothing said", lang: "fi", section: "Uutiskirjeen tilaajat",
			mustNot: []string{"5 §"}},
		{name: "a processor no register uses is not left out", lang: "fi", section: "Rekisterinpitäjä ja yhteystiedot",
			change: func(a *data.Answers) {
				a.Processors = append(a.Processors, data.Processor{ID: "siivous", Name: "Toimistosiivous Oy", Service: "Toimiston siivous", Location: data.LocationEU, Country: "Suomi"})
			},
			must: []string{"1.3 Muut palveluntarjoajat", "Toimistosiivous Oy | Toimiston siivous | EU/ETA-alueella (Suomi)"}},
		{name: "every processor used: no general list", lang: "fi", section: "Rekisterinpitäjä ja yhteystiedot",
			mustNot: []string{"Muut palveluntarjoajat"}},
		{name: "only the person: no art. 14(3) sentence", lang: "fi", section: "Uutiskirjeen tilaajat",
			mustNot: []string{"14 artiklan 3 kohta"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := load(t, examplePath)
			if tc.change != nil {
				tc.change(a)
			}
			text := sectionText(Compose(a, Options{Lang: tc.lang, Created: created}), tc.section)
			for _, want := range tc.must {
				if !strings.Contains(text, want) {
					t.Errorf("lacks %q", want)
				}
			}
			for _, bad := range tc.mustNot {
				if strings.Contains(text, bad) {
					t.Errorf("contains %q", bad)
				}
			}
			if t.Failed() {
				t.Log("\n" + text)
			}
		})
	}
}

// TestObjectionUpFront: where people may object, the right is in a
// highlighted note before the first section and points to the rights
// section by its number (art. 21(4)); elsewhere there is no such note.
func TestObjectionUpFront(t *testing.T) {
	cases := []struct {
		name   string
		change func(a *data.Answers)
		want   bool
	}{
		{"legitimate interest", nil, true},
		{"newsletter only (direct marketing)", func(a *data.Answers) { a.Registers = a.Registers[1:] }, true},
		{"only a legal obligation", func(a *data.Answers) {
			a.Registers = a.Registers[:1]
			a.Registers[0].Purposes = []data.Purpose{{Description: "Kirjanpito", LegalBasis: data.BasisLegalObligation}}
		}, false},
	}
	for _, tc := range cases {
		a := load(t, examplePath)
		if tc.change != nil {
			tc.change(a)
		}
		d := Compose(a, Options{Created: created})
		var note string
		for _, b := range d.Intro {
			if n, ok := b.(doc.Note); ok {
				note = n.Text
			}
		}
		if (note != "") != tc.want {
			t.Errorf("%s: note %q, want one: %v", tc.name, note, tc.want)
			continue
		}
		if !tc.want {
			continue
		}
		rights := ""
		for _, s := range d.Sections {
			if s.Title == textFI.SecRights {
				rights = s.Number
			}
		}
		for _, want := range []string{"Oikeutesi vastustaa käsittelyä (21 artikla).", "milloin tahansa ilman perusteluja", "sanna.kivi@ajanvarauskivi.fi", "Lisää kohdassa " + rights + "."} {
			if tc.name == "newsletter only (direct marketing)" && strings.Contains(note, "oikeutettuun etuumme") {
				t.Errorf("%s: the note names legitimate interests the notice does not rely on", tc.name)
			}
			if !strings.Contains(note, want) {
				t.Errorf("%s: note lacks %q: %s", tc.name, want, note)
			}
		}
	}
}
