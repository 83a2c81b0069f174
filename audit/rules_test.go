package audit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A complete, current notice in Finnish: the base the cases below change.
const goodFI = `Tietosuojaseloste
Päivitetty 3.2.2025

1. Rekisterinpitäjä
Esimerkki Oy
Y-tunnus 2290011-4
Mäkikatu 1, 00100 Helsinki
Sähköposti: tietosuoja@esimerkki.fi

2. Käsittelyn tarkoitukset ja oikeusperusteet
- Tilausten toimittaminen ja laskutus: sopimus, art. 6(1)(b).
- Kirjanpito: lakisääteinen velvoite, art. 6(1)(c).
- Uutiskirje: suostumus, art. 6(1)(a).

3. Säilytysaika
Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.

4. Oikeutesi
Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen, oikeus tietojen poistamiseen, oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen ja oikeus vastustaa käsittelyä. Voit perua suostumuksesi milloin tahansa.
Voit tehdä valituksen Tietosuojavaltuutetun toimistolle.
`

// The same in Swedish and in English, in other words.
const goodSV = `Dataskyddsbeskrivning
Uppdaterad 1.9.2024

Personuppgiftsansvarig
Exempel Ab, FO-nummer 2290011-4
Strandvägen 2, 65100 Vasa
E-post: dataskydd@exempel.fi

Ändamål och rättslig grund
- Leverans av beställningar: avtal, artikel 6.1 b.
- Bokföring: rättslig förpliktelse, artikel 6.1 c.
- Nyhetsbrev: samtycke, artikel 6.1 a.

Lagringstid
Kunduppgifterna raderas två år efter att kundförhållandet upphört.

Dina rättigheter
Du har rätt till tillgång, rätt till rättelse, rätt till radering, rätt till begränsning av behandling, rätt till dataportabilitet och rätt att invända mot behandlingen. Du kan när som helst återkalla ditt samtycke.
Du har rätt att lämna klagomål till Dataombudsmannens byrå.
`

const goodEN = `Privacy notice
Last updated 1 September 2024

Controller
Example Ltd Oy, Business ID 2290011-4
Harbour Road 2, 20100 Turku
Email: privacy@example.fi

Purposes and legal bases
- Delivering orders: contract, article 6(1)(b).
- Bookkeeping: legal obligation, article 6(1)(c).
- Newsletter: consent, article 6(1)(a).

Retention
Customer data is deleted two years after the customer relationship ends.

Your rights
You have the right of access, the right to rectification, the right to erasure, the right to restriction of processing, the right to data portability and the right to object. You may withdraw your consent at any time.
You may lodge a complaint with the Office of the Data Protection Ombudsman.
`

// TestRules: each fault is found when present (want), in each language,
// and the rule stays quiet on the right wording (not).
func TestRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"good notice", goodFI, nil, Codes()},
		{"good notice sv", goodSV, nil, Codes()},
		{"good notice en", goodEN, nil, Codes()},
		{"old address", goodFI + "Tietosuojavaltuutettu, Ratapihantie 9, 00521 Helsinki.", []string{"outdated_authority_address"}, []string{"outdated_authority_fax"}},
		{"old address sv", goodFI + "Dataombudsmannens byrå, PB 800, 00521 Helsingfors.", []string{"outdated_authority_address"}, nil},
		{"a firm in Pasila", strings.Replace(goodFI, "Mäkikatu 1, 00100 Helsinki", "Ratapihantie 9, 00520 Helsinki", 1), nil, []string{"outdated_authority_address"}},
		{"old PO box", goodFI + "Tietosuojavaltuutetun toimisto, PL 315, 00181 Helsinki.", []string{"outdated_authority_address"}, nil},
		{"current PO box", goodFI + "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki.", nil, []string{"outdated_authority_address"}},
		{"processed outside", goodFI + "Tietoja voidaan tarvittaessa käsitellä myös EU:n ulkopuolella.", []string{"vague_transfer"}, nil},
		{"signed form", goodFI + "Pyyntö tehdään allekirjoitetulla lomakkeella.", []string{"signed_request_demand"}, nil},
		{"current address", goodFI + "Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki.", nil, []string{"outdated_authority_address"}},
		{"authority fax", goodFI + "Tietosuojavaltuutetun toimisto, puh. 029 566 6700, telefax 029 566 6735.", []string{"outdated_authority_fax"}, nil},
		{"own fax is fine", strings.Replace(goodFI, "Sähköposti:", "Faksi 09 123 4567\nSähköposti:", 1), nil, []string{"outdated_authority_fax"}},
		{"henkilötietolaki", goodFI + "Seloste perustuu henkilötietolakiin.", []string{"repealed_law"}, nil},
		{"personal data act", goodFI + "Under the Personal Data Act (523/1999).", []string{"repealed_law"}, nil},
		{"directive", goodFI + "Direktiivi 95/46/EY.", []string{"repealed_law"}, nil},
		{"old cookie law", goodFI + "Evästeistä säädetään sähköisen viestinnän tietosuojalaissa.", []string{"repealed_law"}, nil},
		{"current law", goodFI + "Tietosuojalaki (1050/2018).", nil, []string{"repealed_law"}},
		{"VRK", goodFI + "Osoitteet päivitetään VRK:n palvelusta.", []string{"outdated_agency"}, nil},
		{"DVV", goodFI + "Osoitteet päivitetään Digi- ja väestötietoviraston palvelusta.", nil, []string{"outdated_agency"}},
		{"Viestintävirasto", goodFI + "Lisätietoja Viestintävirastosta.", []string{"outdated_agency"}, nil},
		{"no complaint", strings.Replace(goodFI, "Voit tehdä valituksen Tietosuojavaltuutetun toimistolle.", "", 1), []string{"missing_complaint_right"}, nil},
		{"complaint sv", strings.Replace(goodFI, "Voit tehdä valituksen Tietosuojavaltuutetun toimistolle.", "Du kan vända dig till dataombudsmannen.", 1), nil, []string{"missing_complaint_right"}},
		{"basis by a law", "Käsittelyn peruste\nKäsittely perustuu kirjanpitolakiin.", nil, []string{"missing_legal_basis"}},
		{"complaint en", strings.Replace(goodFI, "Voit tehdä valituksen Tietosuojavaltuutetun toimistolle.", "You may lodge a complaint with the supervisory authority.", 1), nil, []string{"missing_complaint_right"}},
		{"consent for orders", strings.Replace(goodFI, "- Tilausten toimittaminen ja laskutus: sopimus, art. 6(1)(b).", "- Tilausten toimittaminen ja laskutus perustuu asiakkaan suostumukseen.", 1), []string{"consent_for_contract"}, nil},
		{"consent for orders en", "Purpose: order delivery and billing. The processing is based on your consent.", []string{"consent_for_contract"}, nil},
		{"no basis at all", "Rekisterin pitämisen peruste\nAsiakassuhde.", []string{"missing_legal_basis"}, []string{"missing_basis_per_purpose"}},
		{"one basis for many purposes", "Käsittelyn tarkoitus\nAsiakassuhteen hoito, markkinointi ja laskutus.\nKäsittely perustuu oikeutettuun etuun.", []string{"missing_basis_per_purpose"}, []string{"missing_legal_basis"}},
		{"no retention", strings.Replace(goodFI, "Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.", "", 1), []string{"missing_retention"}, nil},
		{"vague retention only", strings.Replace(goodFI, "Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.", "Tietoja säilytetään niin kauan kuin on tarpeen.", 1), []string{"missing_retention"}, nil},
		{"retention sv", "Lagringstid\nUppgifterna sparas i 6 år.", nil, []string{"missing_retention"}},
		{"rights missing", strings.Replace(goodFI, "oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen ja ", "", 1), []string{"missing_rights"}, nil},
		{"withdrawal missing", strings.Replace(goodFI, "Voit perua suostumuksesi milloin tahansa.", "", 1), []string{"missing_consent_withdrawal"}, nil},
		{"no identity", "Tietosuojaseloste\nKäsittelemme tietoja.", []string{"missing_controller_identity", "missing_contact"}, nil},
		{"identity without a heading", "Tietosuojaseloste\nPuu ja Pelti Oy, Y-tunnus 0812345-1, Sahatie 4, 15100 Lahti, puh. 040 111 2222\n", nil, []string{"missing_controller_identity", "missing_contact"}},
		{"wrong check digit", strings.Replace(goodFI, "2290011-4", "2290011-5", 1), []string{"invalid_business_id"}, []string{"missing_controller_identity"}},
		{"no date", strings.Replace(goodFI, "Päivitetty 3.2.2025", "", 1), []string{"missing_date"}, nil},
		{"dated 2016", strings.Replace(goodFI, "3.2.2025", "3.2.2016", 1), []string{"dated_before_gdpr"}, []string{"missing_date"}},
		{"dated in English", strings.Replace(goodFI, "Päivitetty 3.2.2025", "Last updated May 1, 2024", 1), nil, []string{"missing_date", "dated_before_gdpr"}},
		{"technically necessary", goodFI + "Tietoja siirretään EU:n ulkopuolelle vain, jos se on teknisesti tarpeen.", []string{"vague_transfer"}, nil},
		{"may be transferred en", goodFI + "Data may be transferred outside the EEA where necessary.", []string{"vague_transfer"}, nil},
		{"plain no transfer", goodFI + "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.", nil, []string{"vague_transfer", "transfer_contradiction"}},
		{"no transfer but Mailchimp", goodFI + "Tietoja ei siirretä EU:n ulkopuolelle. Uutiskirje lähetetään Mailchimpillä.", []string{"transfer_contradiction"}, nil},
		{"transfer without safeguard", goodFI + "Tietojen siirrot\nSähköpostipalvelu sijaitsee Yhdysvalloissa.", []string{"missing_transfer_safeguard"}, nil},
		{"transfer with safeguard", goodFI + "Tietojen siirrot\nSähköpostipalvelu sijaitsee Yhdysvalloissa. Siirto perustuu vakiosopimuslausekkeisiin.", nil, []string{"missing_transfer_safeguard"}},
		{"privacy shield", goodFI + "Siirto perustuu Privacy Shield -järjestelyyn.", []string{"privacy_shield"}, nil},
		{"once a year", goodFI + "Tarkastusoikeuden voi käyttää maksutta kerran vuodessa.", []string{"access_fee_or_limit"}, nil},
		{"fee sv", goodFI + "För registerutdrag tas en avgift ut.", []string{"access_fee_or_limit"}, nil},
		{"free of charge", goodFI + "Access to your data is free of charge.", nil, []string{"access_fee_or_limit"}},
		{"lawful fee", goodFI + "Ilmeisen perusteettomasta pyynnöstä voimme periä kohtuullisen maksun tietojen tarkastamisesta.", nil, []string{"access_fee_or_limit"}},
		{"no fee", goodFI + "Tietojen tarkastamisesta ei peritä maksua.", nil, []string{"access_fee_or_limit"}},
		{"signed letter as an option", goodFI + "Pyynnön voi tehdä sähköpostilla tai myös allekirjoitetulla kirjeellä.", nil, []string{"signed_request_demand"}},
		{"signed letter", goodFI + "Pyyntö tehdään omakätisesti allekirjoitetulla kirjeellä.", []string{"signed_request_demand"}, nil},
		{"signed request en", goodFI + "Send us a signed written request.", []string{"signed_request_demand"}, nil},
		{"filler", goodFI + "Tietoja käsitellään lain sallimissa rajoissa.", []string{"filler"}, nil},
		{"filler en", goodFI + "We process data as permitted by applicable law.", []string{"filler"}, nil},
		{"old title", "Rekisteriseloste\n" + goodFI, []string{"outdated_title"}, nil},
		{"henkilötunnus", goodFI + "Käsittelemme asiakkaan henkilötunnusta.", []string{"personal_identity_code"}, nil},
		{"no henkilötunnus", goodFI + "Emme käsittele henkilötunnusta.", nil, []string{"personal_identity_code"}},
		{"template gap", goodFI + "Rekisterinpitäjä: [yrityksen nimi]", []string{"template_placeholder"}, nil},
		{"template law", goodFI + "Käsittely perustuu lakiin (mikä).", []string{"template_placeholder"}, nil},
		{"template bases", "Käsittelyn oikeusperuste\n- suostumus\n- sopimus\n- laki\n- julkisen vallan käyttö\n- oikeutettu etu", []string{"template_bases"}, nil},
		{"unless", goodFI + "Emme siirrä tietoja EU:n ulkopuolelle, ellei se ole välttämätöntä.", []string{"vague_transfer"}, []string{"transfer_contradiction"}},
		{"no cookies but analytics", goodFI + "Sivustolla ei käytetä evästeitä. Kävijät lasketaan Google Analyticsilla.", []string{"cookie_contradiction"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Audit(c.text, "fi")
			got := map[string]Finding{}
			for _, f := range r.Findings {
				got[f.Code] = f
			}
			for _, code := range c.want {
				if _, ok := got[code]; !ok {
					t.Errorf("%s not found; findings: %v", code, findingCodes(r))
				}
			}
			for _, code := range c.not {
				if f, ok := got[code]; ok {
					t.Errorf("%s found wrongly: %q", code, f.Quote)
				}
			}
		})
	}
}

func findingCodes(r *Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Code)
	}
	return out
}

// TestQuotesAreInTheText: every quote is the text's own words (spaces
// normalised), so the window can find and mark it.
func TestQuotesAreInTheText(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	for _, path := range files {
		text, err := ExtractFile(path)
		if err != nil {
			t.Fatal(err)
		}
		flat := strings.Join(strings.Fields(text), " ")
		for _, f := range Audit(text, "fi").Findings {
			q := strings.Trim(f.Quote, "…")
			if !strings.Contains(flat, q) {
				t.Errorf("%s: %s quote %q is not in the text", filepath.Base(path), f.Code, f.Quote)
			}
			if i, j, ok := QuoteSpan(text, f); f.Quote != "" && (!ok || strings.Join(strings.Fields(text[i:j]), " ") != q) {
				t.Errorf("%s: %s: QuoteSpan gives %q for %q", filepath.Base(path), f.Code, text[i:j], q)
			}
			if (f.Quote == "") != (f.Offset < 0) {
				t.Errorf("%s: %s: quote %q with offset %d", filepath.Base(path), f.Code, f.Quote, f.Offset)
			}
		}
	}
}

// TestMessages: every code has a severity, an article and a message in
// each language, with the same number of %s in each, and is documented in
// docs/audit.md.
func TestMessages(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "audit.md"))
	if err != nil {
		t.Fatal(err)
	}
	for code, m := range messages {
		if m.severity != Block && m.severity != Advice || m.article == "" {
			t.Errorf("%s: severity %q, article %q", code, m.severity, m.article)
		}
		n := strings.Count(m.text.FI, "%s")
		for lang, s := range map[string]string{"fi": m.text.FI, "sv": m.text.SV, "en": m.text.EN} {
			if s == "" || strings.Count(s, "%s") != n {
				t.Errorf("%s: %s message %q", code, lang, s)
			}
		}
		if !strings.Contains(string(doc), "`"+code+"`") {
			t.Errorf("%s is not in docs/audit.md", code)
		}
	}
}

// TestLanguageOfMessages: the message follows the chosen language.
func TestLanguageOfMessages(t *testing.T) {
	text := "Tietosuojavaltuutettu, Ratapihantie 9."
	for lang, want := range map[string]string{"fi": "Lintulahdenkuja 4", "sv": "Fågelviksgränden 4", "en": "P.O. Box 800"} {
		r := Audit(text, lang)
		if len(r.Findings) == 0 || !strings.Contains(r.Findings[0].Message, want) {
			t.Errorf("%s: %+v", lang, r.Findings)
		}
	}
}

// TestRulesSwedishEnglish: the faults worded as Swedish and English notices
// word them, and the right wording that stays quiet.
func TestRulesSwedishEnglish(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"no cookies but analytics sv", goodSV + "Webbplatsen använder inga kakor. Vi följer besökarna med Google Analytics.", []string{"cookie_contradiction"}, nil},
		{"rights in verbs sv", strings.Replace(goodSV, "rätt till dataportabilitet", "rätt att få dina uppgifter överförda", 1), nil, []string{"missing_rights"}},
		{"consent for delivery sv", goodSV + "Kunduppgifterna behandlas med kundens samtycke så att vi kan leverera beställda varor och fakturera dem.", []string{"consent_for_contract"}, nil},
		{"consent to perform contract en", goodEN + "We process your data on the basis of your consent in order to perform the contract with you.", []string{"consent_for_contract"}, nil},
		{"consent, then customers who purchased en", goodEN + "Newsletters are sent with your consent to customers who have purchased from us.", nil, []string{"consent_for_contract"}},
		{"consent so that sv, newsletter", goodSV + "Nyhetsbrevet skickas med ditt samtycke så att du får veta om nyheter.", nil, []string{"consent_for_contract"}},
		{"consent for billing and marketing fi", goodEN + "Tietoja käytetään asiakassuhteen hoitoon, laskutukseen ja markkinointiin asiakkaan suostumuksen perusteella.", []string{"consent_for_contract"}, nil},
		{"consent for newsletter en", goodEN + "We send the newsletter on the basis of your consent, which you may withdraw.", nil, []string{"consent_for_contract"}},
		{"hand signature sv", goodSV + "Begäran ska skickas per post försedd med egenhändig underskrift.", []string{"signed_request_demand"}, nil},
		{"no complaint en", strings.Replace(goodEN, "You may lodge a complaint with the Office of the Data Protection Ombudsman.", "We handle customer complaints by e-mail.", 1), []string{"missing_complaint_right"}, nil},
		{"complaint en kept", goodEN, nil, []string{"missing_complaint_right"}},
		{"filler en as long as", goodEN + "We keep the data as long as the law allows.", []string{"filler"}, nil},
		{"filler sv så länge", goodSV + "Uppgifterna sparas så länge lagen tillåter.", []string{"filler"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]Finding{}
			for _, f := range Audit(c.text, "en").Findings {
				got[f.Code] = f
			}
			for _, code := range c.want {
				if _, ok := got[code]; !ok {
					t.Errorf("%s not found; findings: %v", code, got)
				}
			}
			for _, code := range c.not {
				if f, ok := got[code]; ok {
					t.Errorf("%s found wrongly: %q", code, f.Quote)
				}
			}
		})
	}
}
