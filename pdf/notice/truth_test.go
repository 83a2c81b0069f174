package notice

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
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
			must:    []string{"Siirto perustuu erityistilanteita koskevaan poikkeukseen: sopimuksen täyttäminen rekisteröidyn kanssa (artikla 49(1)(b))."},
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
			must:    []string{"Meta Platforms Ireland Ltd – Mainonta (yhteisrekisterinpitäjä (artikla 26); järjestelyn pääkohdat: Vastaamme keräämisestä sivuillamme; Meta vastaa käsittelystä sen jälkeen; https://www.facebook.com/privacy/policy)"},
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
			must:    []string{"Yritys- ja yhteisötietojärjestelmä (YTJ): Yrityksen nimi, Y-tunnus ja osoite – julkinen lähde", "viimeistään kuukauden kuluessa", "(artikla 14(3))"},
			mustNot: []string{"Muualta kuin sinulta itseltäsi saamamme tiedot kuuluvat", "osoite.", "Kustakin lähteestä"}},
		{name: "current version on the web site only when promised", lang: "fi", section: "Selosteen muutokset",
			must:    []string{"Voimassa olevan version saat meiltä pyytämällä."},
			mustNot: []string{"Voimassa oleva versio on aina verkkosivuillamme"}},
		{name: "current version on the web site, promised", lang: "en", section: "Changes to this notice",
			change: func(a *data.Answers) { a.Organisation.NoticeOnWebsite = true },
			must:   []string{"https://www.ajanvarauskivi.fi"}},
		{name: "only the person: no art. 14(3) sentence", lang: "fi", section: "Uutiskirjeen tilaajat",
			mustNot: []string{"artikla 14(3)"}},
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
