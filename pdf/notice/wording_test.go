package notice

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestTransferGrounds checks what each transfer is said to rest on: an
// adequacy decision (art. 45, the DPF among them) has no copy to offer,
// the safeguards of art. 46 and 47 come with a copy on request, and for a
// derogation (art. 49) the reader may ask which applies.
func TestTransferGrounds(t *testing.T) {
	const where = "siirrot@example.fi"
	cases := []struct {
		lang, safeguard string
		draft           bool
		must, mustNot   []string
	}{
		{lang: "fi", safeguard: data.SafeguardAdequacy,
			must:    []string{"Siirto perustuu Euroopan komission päätökseen, jonka mukaan maan tietosuojan taso on riittävä (riittävyyspäätös, 45 artikla)."},
			mustNot: []string{"Kopion", where, "Suojatoimi"}},
		{lang: "fi", safeguard: data.SafeguardAdequacyDPF,
			must:    []string{"riittävyyspäätökseen EU:n ja Yhdysvaltojen tietosuojakehyksestä", "Vastaanottaja ilmoittaa olevansa sertifioitu kehykseen"},
			mustNot: []string{"Kopion", where, "Suojatoimi"}},
		{lang: "fi", safeguard: data.SafeguardSCC,
			must: []string{"Suojatoimi: EU:n komission vakiosopimuslausekkeet (46 artiklan 2 kohdan c alakohta).",
				"Kopion suojatoimesta saat pyytämällä osoitteesta " + where + "."},
			mustNot: []string{"riittävyyspäätö"}},
		{lang: "fi", safeguard: data.SafeguardBCR,
			must: []string{"(47 artikla).", "Kopion suojatoimesta saat pyytämällä osoitteesta " + where + "."}},
		{lang: "fi", safeguard: data.SafeguardDerogation,
			must:    []string{"poikkeukseen (49 artikla)", "Kerromme pyynnöstä, mitä poikkeusta siirtoon sovelletaan. Kysy osoitteesta " + where + "."},
			mustNot: []string{"Kopion"}},
		{lang: "fi", safeguard: "Hyväksytyt käytännesäännöt",
			must:    []string{"Suojatoimi: Hyväksytyt käytännesäännöt."},
			mustNot: []string{"Kopion", where}},
		{lang: "fi", safeguard: "", draft: true,
			must:    []string{"[puuttuu: siirron suojatoimi]"},
			mustNot: []string{"Kopion", where}},
		{lang: "fi", safeguard: "",
			must:    []string{"Kaukomaa Inc, Kaukomaa."},
			mustNot: []string{"Kopion", where, "[puuttuu"}},
		{lang: "sv", safeguard: data.SafeguardAdequacy,
			must:    []string{"Överföringen grundar sig på kommissionens beslut om att landet har en adekvat skyddsnivå (artikel 45)."},
			mustNot: []string{"kopia", where}},
		{lang: "sv", safeguard: data.SafeguardAdequacyDPF,
			must:    []string{"Mottagaren uppger att den är certifierad enligt ramverket"},
			mustNot: []string{"kopia", where}},
		{lang: "sv", safeguard: data.SafeguardSCC,
			must: []string{"(artikel 46.2 c)", "En kopia av skyddsåtgärden får du på begäran från " + where + "."}},
		{lang: "en", safeguard: data.SafeguardAdequacy,
			must:    []string{"adequacy decision, Article 45"},
			mustNot: []string{"copy", where}},
		{lang: "en", safeguard: data.SafeguardAdequacyDPF,
			must:    []string{"EU–US Data Privacy Framework (Article 45)", "The recipient states that it is certified under the framework"},
			mustNot: []string{"copy", where}},
		{lang: "en", safeguard: data.SafeguardSCC,
			must: []string{"(Article 46(2)(c))", "You can get a copy of the safeguard by asking at " + where + "."}},
		{lang: "en", safeguard: data.SafeguardDerogation,
			must:    []string{"(Article 49)", "On request we tell you which derogation applies. Ask us at " + where + "."},
			mustNot: []string{"copy"}},
	}
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.safeguard, func(t *testing.T) {
			a := load(t, examplePath)
			a.Registers = a.Registers[:1]
			a.Registers[0].ProcessorIDs = nil
			a.Registers[0].Transfers = []data.Transfer{{Recipient: "Kaukomaa Inc", Country: "Kaukomaa", Safeguard: tc.safeguard, CopyAvailableFrom: where}}
			d := Compose(a, Options{Lang: tc.lang, Draft: tc.draft, Created: created})
			text := sectionText(d, "Asiakasrekisteri")
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

// TestRightsWording checks the sentences the legal review asked for in
// every language: fees and refusal with the remedies (art. 12(4)–(5)),
// portability by automated means and direct transmission (art. 20), the
// places of complaint (art. 77(1)) and the basis of the request log.
func TestRightsWording(t *testing.T) {
	cases := []struct {
		lang string
		must []string
	}{
		{"fi", []string{
			"Jos pyyntö on ilmeisen perusteeton tai kohtuuton, esimerkiksi toistuva, voimme periä kohtuullisen maksun tai kieltäytyä toteuttamasta sitä.",
			"Jos emme toteuta pyyntöäsi, kerromme syyn sekä oikeutesi tehdä valitus tietosuojavaltuutetulle ja viedä asia tuomioistuimeen.",
			"perustuu suostumukseesi tai sopimukseen ja on automatisoitua",
			"Voit myös pyytää, että siirrämme tiedot suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista.",
			"jossa asut tai työskentelet tai jossa väitetty rikkominen tapahtui.",
			"Kirjauksen säilyttäminen vastaamisen jälkeen perustuu oikeutettuun etuumme (6 artiklan 1 kohdan f alakohta)",
		}},
		{"sv", []string{
			"uppenbart ogrundad eller orimlig", "kan vi ta ut en rimlig avgift eller vägra",
			"att du har rätt att lämna klagomål till dataombudsmannen och att föra talan i domstol.",
			"och sker automatiserat",
			"Du kan också begära att vi överför uppgifterna direkt till en annan personuppgiftsansvarig, om det är tekniskt möjligt.",
			"där du bor eller arbetar eller där den påstådda överträdelsen ägde rum.",
			"grundar sig på vårt berättigade intresse (artikel 6.1 f)",
		}},
		{"en", []string{
			"manifestly unfounded or excessive", "we may charge a reasonable fee or refuse to act on it",
			"you may lodge a complaint with the Data Protection Ombudsman and take the matter to court.",
			"is carried out by automated means",
			"You may also ask us to transmit it directly to another controller where that is technically feasible.",
			"where you live or work or where the alleged infringement took place.",
			"is based on our legitimate interests (Article 6(1)(f))",
		}},
	}
	bad := []string{"ja tapahtuu sähköisesti", "sker elektroniskt", "done electronically", "5(2)"}
	a := load(t, examplePath)
	for _, tc := range cases {
		text := Compose(a, Options{Lang: tc.lang, Created: created}).PlainText()
		for _, want := range tc.must {
			if !strings.Contains(text, want) {
				t.Errorf("%s: lacks %q", tc.lang, want)
			}
		}
		for _, b := range bad {
			if strings.Contains(text, b) {
				t.Errorf("%s: still says %q", tc.lang, b)
			}
		}
	}
}

// TestOtherSources checks the art. 14(1)(d) sentence: when some source is
// not the person, it refers to the data subsection of its own register by
// number instead of claiming that every source supplies every category.
func TestOtherSources(t *testing.T) {
	cases := []struct {
		name    string
		change  func(a *data.Answers)
		opt     Options
		section string // register heading
		want    string // the data subsection referred to; "" = no sentence
	}{
		{name: "first register", section: "Asiakasrekisteri", want: "2.4"},
		{name: "second register", section: "Uutiskirjeen tilaajat",
			change: func(a *data.Answers) {
				a.Registers[1].Sources = append(a.Registers[1].Sources, data.Source{Description: "Tapahtumien osallistujalistat"})
			},
			want: "3.4"},
		{name: "requirement unanswered: data moves up", section: "Asiakasrekisteri",
			change: func(a *data.Answers) { a.Registers[0].Requirement = data.Requirement{} },
			want:   "2.3"},
		{name: "only the person", section: "Uutiskirjeen tilaajat"},
		{name: "no categories", section: "Asiakasrekisteri",
			change: func(a *data.Answers) { a.Registers[0].DataCategories = nil }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := load(t, examplePath)
			if tc.change != nil {
				tc.change(a)
			}
			d := Compose(a, Options{Created: created})
			text := sectionText(d, tc.section)
			const sentence = "Muualta kuin sinulta itseltäsi saamamme tiedot kuuluvat edellä kohdassa "
			if tc.want == "" {
				if strings.Contains(text, sentence) {
					t.Errorf("has the other-source sentence:\n%s", text)
				}
				return
			}
			if !strings.Contains(text, sentence+tc.want+" lueteltuihin tietoryhmiin.") {
				t.Errorf("does not refer to %s:\n%s", tc.want, text)
			}
			if !strings.Contains(text, tc.want+" Käsiteltävät tiedot") {
				t.Errorf("%s is not the data subsection:\n%s", tc.want, text)
			}
			// The categories are listed once, under the data subsection.
			for _, dc := range categoryNames(a.Registers[0]) {
				if tc.section == "Asiakasrekisteri" && strings.Count(text, dc) != 1 {
					t.Errorf("category %q printed %d times", dc, strings.Count(text, dc))
				}
			}
		})
	}
}
