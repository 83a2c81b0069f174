package audit

import (
	"strings"
	"testing"

	"tietosuojapakki/data/vocab"
)

// ruleCase is a short text, the codes it must give and those it must not;
// lang is the language of the messages (Finnish when empty).
type ruleCase struct {
	name string
	text string
	want []string
	not  []string
}

// quoteOf returns the quote of the finding code in r, and whether it is
// there.
func quoteOf(r *Report, code string) (string, bool) {
	for _, f := range r.Findings {
		if f.Code == code {
			return f.Quote, true
		}
	}
	return "", false
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
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
					t.Errorf("%s found wrongly: %q %s", code, f.Quote, f.Message)
				}
			}
		})
	}
}

// withPurposes is goodFI with its purposes section replaced by items.
func withPurposes(items string) string {
	old := "- Tilausten toimittaminen ja laskutus: sopimus, art. 6(1)(b).\n- Kirjanpito: lakisääteinen velvoite, art. 6(1)(c).\n- Uutiskirje: suostumus, art. 6(1)(a).\n"
	if !strings.Contains(goodFI, old) {
		panic("goodFI changed")
	}
	return strings.Replace(goodFI, old, items, 1)
}

// TestBasisNamedAfterADash: a purpose item that names its basis after a
// dash, a colon or in parentheses names a basis per purpose.
func TestBasisNamedAfterADash(t *testing.T) {
	basisCodes := []string{"missing_legal_basis", "missing_basis_per_purpose", "consent_for_contract"}
	runRuleCases(t, []ruleCase{
		{"dash fi", withPurposes("- Asiakassuhteen hoito – sopimus\n- Kirjanpito – lakisääteinen velvoite (kirjanpitolaki)\n- Yhteydenpito yritysasiakkaisiin – oikeutettu etu (B2B-myynti)\n"), nil, basisCodes},
		{"label, dash fi", "Tarkoitus ja oikeusperuste:\n- kukkien toimitus – sopimus\n- kirjanpito – lakisääteinen velvoite (kirjanpitolaki)\n", nil, basisCodes},
		{"interest in parentheses fi", withPurposes("- Tukipalvelu – oikeutettu etu (yhteyshenkilön tietojen käsittely sopimuksen hoitamiseksi)\n- Laskutus – lakisääteinen velvoite (kirjanpitolaki 1336/1997)\n"), nil, basisCodes},
		{"parentheses fi", withPurposes("- Laskutus (lakisääteinen velvoite)\n- Ajanvaraus (sopimus)\n"), nil, basisCodes},
		{"dash sv", "Ändamål\n- Tidsbokning – avtal\n- Bokföring – rättslig förpliktelse\n", nil, basisCodes},
		{"dash en", "Purposes\n- Class bookings – contract\n- Bookkeeping – legal obligation (Accounting Act)\n", nil, basisCodes},
		{"still one basis for three purposes", "Käsittelyn tarkoitus\n- Asiakassuhteen hoito\n- Laskutus\n- Markkinointi\nKäsittely perustuu oikeutettuun etuun.\n", []string{"missing_basis_per_purpose"}, []string{"missing_legal_basis"}},
		{"a purpose on contracts names no basis", "Käsittelyn tarkoitus: sopimusten hallinta ja laskutus.\n", []string{"missing_legal_basis"}, nil},
		{"basis label after the dash", withPurposes("- Urakkasopimusten valmistelu – peruste: sopimus\n- Laskutus – peruste: lakisääteinen velvoite (kirjanpitolaki)\n"), nil, basisCodes},
		{"a contract named inside a purpose is no basis", "Käsittelyn tarkoitus\n- Sopimuksen valmistelu\n- Laskutus\n- Markkinointi\nKäsittely perustuu oikeutettuun etuun.\n", []string{"missing_basis_per_purpose"}, nil},
		{"cookie consent is not the basis of the purposes", "Käsittelyn tarkoitus\nAsiakassuhteen hoito, markkinointi ja laskutus.\nKäsittely perustuu oikeutettuun etuun.\nAnalytiikkaevästeet asetetaan vain suostumuksellasi.\n", []string{"missing_basis_per_purpose"}, []string{"missing_consent_withdrawal"}},
		{"consent after a list of contract purposes", "4. Henkilötietojen käsittelyn tarkoitus Asiakassuhteen hoitaminen, huoltomuistutukset ja laskutus. Tietoja käsitellään asiakkaan suostumuksella.\n", []string{"consent_for_contract", "missing_basis_per_purpose"}, nil},
		{"a safeguard is no basis", "Siirrot\nSiirto perustuu EU:n ja Yhdysvaltojen tietosuojakehykseen.\n", []string{"missing_legal_basis"}, nil},
		{"newsletter consent after orders", goodFI + "Tilaukset toimitetaan Postin kautta. Uutiskirje lähetetään suostumuksellasi.\n", nil, []string{"consent_for_contract"}},
	})
}

// TestConsentWithdrawal: withdrawal must be told where a purpose rests
// on consent; consent to cookies or to getting data from a source is
// not such a purpose (docs/audit.md).
func TestConsentWithdrawal(t *testing.T) {
	noConsent := strings.Replace(withPurposes("- Tilausten toimittaminen: sopimus.\n- Kirjanpito: lakisääteinen velvoite.\n"), "Voit perua suostumuksesi milloin tahansa.", "", 1)
	runRuleCases(t, []ruleCase{
		{"newsletter consent, no withdrawal", strings.Replace(goodFI, "Voit perua suostumuksesi milloin tahansa.", "", 1), []string{"missing_consent_withdrawal"}, nil},
		{"consent basis in prose", noConsent + "Uutiskirjeen lähettäminen perustuu suostumukseesi.\n", []string{"missing_consent_withdrawal"}, nil},
		{"cookie consent only", noConsent + "Evästeet\nAnalytiikkaevästeet asetetaan vain suostumuksellasi.\n", []string{"cookie_consent_withdrawal"}, []string{"missing_consent_withdrawal"}},
		{"cookie consent with settings", noConsent + "Evästeet\nAnalytiikkaevästeet asetetaan vain suostumuksellasi. Voit muuttaa valintaasi sivun alareunan Evästeasetukset-linkistä.\n", nil, []string{"missing_consent_withdrawal", "cookie_consent_withdrawal"}},
		{"cookie consent en", strings.Replace(goodEN, "You may withdraw your consent at any time.", "", 1) + "Analytics cookies are set only with your consent.\n", []string{"missing_consent_withdrawal"}, nil},
		{"source with consent", noConsent + "Tietolähteet\nTiedot saadaan potilaalta ja potilaan suostumuksella muilta hoitoyksiköiltä.\n", nil, []string{"missing_consent_withdrawal"}},
	})
}

// withRights is goodFI with its sentence on rights replaced.
func withRights(s string) string {
	old := "Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen, oikeus tietojen poistamiseen, oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen ja oikeus vastustaa käsittelyä."
	if !strings.Contains(goodFI, old) {
		panic("goodFI changed")
	}
	return strings.Replace(goodFI, old, s, 1)
}

// TestRightsInOtherWords: each right counts however it is worded; a
// transfer abroad is not the right to data portability.
func TestRightsInOtherWords(t *testing.T) {
	ok := []ruleCase{
		{"fi verbs", withRights("Sinulla on oikeus tarkastaa tietosi, oikaista ne, pyytää niiden poistamista, rajoittaa käsittelyä, siirtää tiedot toiselle rekisterinpitäjälle ja vastustaa käsittelyä."), nil, []string{"missing_rights"}},
		{"fi nouns", withRights("Oikeutesi: oikeus saada pääsy tietoihin, oikaisu, poisto, käsittelyn rajoittaminen, siirto ja vastustaminen."), nil, []string{"missing_rights"}},
		{"fi other words", withRights("Voit saada tietää, mitä tietoja sinusta on, korjauttaa virheet, pyytää tietojen hävittämistä, pyytää käsittelyn rajoittamista, pyytää tietojesi siirtoa toiselle rekisterinpitäjälle ja vastustaa tietojesi käsittelyä."), nil, []string{"missing_rights"}},
		{"fi wrapped by a PDF", withRights("Rekisteröidyllä on oikeus tarkastaa tietonsa, vaatia oikaisemista tai poistamista, rajoittaa käsittelyä, si-\nirtää tiedot järjestelmästä toiseen sekä vastustaa käsittelyä."), nil, []string{"missing_rights"}},
		{"fi not applicable", withRights("Potilaalla on oikeus tarkastaa tietonsa, vaatia virheellisen tiedon korjaamista ja käsittelyn rajoittamista sekä vastustaa käsittelyä. Oikeutta tietojen poistamiseen ja siirtämiseen ei ole, koska käsittely perustuu lakiin."), nil, []string{"missing_rights"}},
		{"sv", withRights("Du har rätt att få tillgång till dina uppgifter, få dem rättade, få dem raderade, begränsa behandlingen, få dina uppgifter överförda till en annan personuppgiftsansvarig och invända mot behandlingen."), nil, []string{"missing_rights"}},
		{"sv other words", withRights("Du kan begära registerutdrag, korrigering av felaktiga uppgifter, att uppgifterna tas bort, begränsning av behandlingen och flytt av dina uppgifter. Du kan också motsätta dig behandlingen."), nil, []string{"missing_rights"}},
		{"en", withRights("You can ask for a copy of your data, have it corrected, have it deleted, limit how it is used, have your data transferred to another controller and object to the processing."), nil, []string{"missing_rights"}},
		{"en other words", withRights("You have the right to see your data, to fix mistakes in it, to ask us to remove it, to restrict its processing, to have your data moved to another service and to object."), nil, []string{"missing_rights"}},
	}
	runRuleCases(t, ok)

	missing := func(lang string, codes ...string) string {
		var out []string
		for _, c := range codes {
			out = append(out, strings.ToLower(vocab.Label(vocab.Rights, c, lang)))
		}
		return strings.Join(out, ", ")
	}
	for _, c := range []struct{ name, text, miss string }{
		{"transfer abroad is no portability", withRights("Rekisteröidyn oikeudet: oikeus tarkastaa ja oikaista tietonsa, vaatia niiden poistamista, rajoittaa käsittelyä ja vastustaa sitä. Tietoja voidaan siirtää EU:n ulkopuolelle."), missing("fi", "portability")},
		{"a copy of the clauses is no access", withRights("Voit saada kopion vakiosopimuslausekkeista. Sinulla on oikeus oikaista tietosi, pyytää niiden poistamista, rajoittaa käsittelyä, siirtää tiedot toiselle rekisterinpitäjälle ja vastustaa käsittelyä."), missing("fi", "access")},
		{"moving house is no portability", withRights("Du har rätt till tillgång, rättelse, radering, begränsning och att invända mot behandlingen. Du kan meddela oss om du flyttar."), missing("fi", "portability")},
		{"no objection", withRights("Sinulla on oikeus tarkastaa tietosi, oikaista ne, pyytää niiden poistamista, rajoittaa käsittelyä ja siirtää tiedot toiselle rekisterinpitäjälle."), missing("fi", "objection")},
		{"only access and rectification", withRights("Asiakkaalla on oikeus tarkastaa tietonsa ja vaatia virheellisen tiedon korjaamista."), missing("fi", "erasure", "restriction", "portability", "objection")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, f := range Audit(c.text, "fi").Findings {
				if f.Code == "missing_rights" {
					if !strings.Contains(f.Message, ": "+c.miss+".") {
						t.Errorf("message %q does not name exactly %q", f.Message, c.miss)
					}
					return
				}
			}
			t.Errorf("no missing_rights; want %s", c.miss)
		})
	}
}

// TestOutdatedAgencyInflected: an old agency is found in any case form,
// in the three languages, and today's agencies and look-alike words are
// left alone.
func TestOutdatedAgencyInflected(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"Osoitteet tarkistetaan Väestörekisterikeskuksen rekisteristä.",
		"Osoitetiedot saadaan Väestörekisterikeskukselta.",
		"Tiedot ovat Väestörekisterikeskuksessa.",
		"Ilmoitamme muutokset väestörekisterikeskukselle.",
		"Tiedot päivitetään väestörekisterikeskukseen.",
		"Tiedot saadaan VRK:lta.",
		"Ajoneuvotiedot saadaan Trafista.",
		"Ajoneuvotiedot ovat Trafin rekisterissä.",
		"Ilmoitus tehdään Trafiin.",
		"Tiedot haetaan Trafi:n palvelusta.",
		"Ohjeet ovat Viestintäviraston sivuilla.",
		"Viestintävirasto valvoo evästeitä.",
		"Ilmoitus tehdään Liikenteen turvallisuusvirastolle.",
		"Muutokset tehdään maistraatissa.",
		"Tiedot saadaan maistraateista.",
		"Tiedot saadaan Trafiltakin.",
		"Adresserna hämtas från Befolkningsregistercentralens register.",
		"Uppgifterna fås från Trafiksäkerhetsverket.",
		"Addresses are updated from the Population Register Centre's system.",
		"Addresses are updated from the Population Register Cen- tre.",
	} {
		cases = append(cases, ruleCase{s, goodFI + s, []string{"outdated_agency"}, nil})
	}
	for _, s := range []string{
		"Osoitteet päivitetään Digi- ja väestötietovirastosta (DVV).",
		"Ajoneuvotiedot saadaan Traficomista.",
		"Vi informerar om trafiken och trafikljusen.",
		"Asiakaspalvelu 24 h/vrk.",
		"Palvelemme kauppakeskuksessa.",
	} {
		cases = append(cases, ruleCase{s, goodFI + s, nil, []string{"outdated_agency"}})
	}
	runRuleCases(t, cases)
}

// TestAuthorityOldForms: the authority's old addresses and fax in the
// forms notices wrote them.
func TestAuthorityOldForms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Albertinkatu", goodFI + "Tietosuojavaltuutetun toimisto, Albertinkatu 25 A, Helsinki.", []string{"outdated_authority_address"}, nil},
		{"inflected street", goodFI + "Tietosuojavaltuutetun toimisto sijaitsee Ratapihantiellä 9.", []string{"outdated_authority_address"}, nil},
		{"Bangårdsvägen", goodFI + "Dataombudsmannens byrå, Bangårdsvägen 9.", []string{"outdated_authority_address"}, nil},
		{"old PO box", goodFI + "Tietosuojavaltuutetulle, PL 315, 00181 Helsinki.", []string{"outdated_authority_address"}, nil},
		{"the old fax number alone", goodFI + "Telekopio: 029 566 6735.", []string{"outdated_authority_fax"}, nil},
		{"a firm on Albertinkatu", strings.Replace(goodFI, "Mäkikatu 1, 00100 Helsinki", "Albertinkatu 25, 00180 Helsinki", 1), nil, []string{"outdated_authority_address"}},
	})
}

// TestFillerLawPhrases: "within the limits of the law" in its variants is
// filler; "under the law" is filler only where nothing concrete is said.
func TestFillerLawPhrases(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"edellyttämissä", goodFI + "Tietoja voidaan luovuttaa viranomaisille lain edellyttämissä rajoissa.", []string{"filler"}, nil},
		{"edellyttämissä ja sallimissa", goodFI + "Tietoja luovutetaan lain edellyttämissä ja sallimissa rajoissa.", []string{"filler"}, nil},
		{"lainsäädännön sallimissa", goodFI + "Tietoja käsitellään lainsäädännön sallimissa rajoissa.", []string{"filler"}, nil},
		{"soveltuvan lainsäädännön, bare", goodFI + "Tietoja säilytetään soveltuvan lainsäädännön mukaisesti.", []string{"filler"}, nil},
		{"soveltuvan lainsäädännön, concrete", goodFI + "Tositteet säilytetään soveltuvan lainsäädännön mukaisesti kuusi vuotta.", nil, []string{"filler"}},
		{"inom lagens gränser", goodFI + "Uppgifter lämnas ut inom lagens gränser.", []string{"filler"}, nil},
		{"i enlighet med tillämplig lagstiftning", goodFI + "Uppgifterna behandlas i enlighet med tillämplig lagstiftning.", []string{"filler"}, nil},
		{"to the extent permitted", goodFI + "We share data with authorities to the extent permitted by law.", []string{"filler"}, nil},
		{"applicable law, concrete", goodFI + "Invoices are kept for six years in accordance with applicable law.", nil, []string{"filler"}},
		{"a named law is concrete", goodFI + "Tositteet säilytetään kirjanpitolain mukaisesti.", nil, []string{"filler"}},
	})
}

// TestArticleInLanguage: the law a finding rests on is named in the
// language of the report.
func TestArticleInLanguage(t *testing.T) {
	text := "Seloste\nKäsittelemme henkilötunnusta. Seloste perustuu henkilötietolakiin. Siirto perustuu Privacy Shieldiin. Sivustolla ei käytetä evästeitä. Kävijät lasketaan Google Analyticsilla."
	want := map[string]map[string]string{
		"fi": {"personal_identity_code": "Tietosuojalaki (1050/2018) 29 §", "repealed_law": "GDPR (EU) 2016/679; Tietosuojalaki (1050/2018)", "missing_rights": "GDPR 13(2)(b), 15–18, 20, 21", "privacy_shield": "GDPR 45; EU-tuomioistuin C-362/14 ja C-311/18", "cookie_contradiction": "Laki sähköisen viestinnän palveluista (917/2014) 205 §; GDPR 13(1)(e)"},
		"sv": {"personal_identity_code": "Dataskyddslagen (1050/2018) 29 §", "repealed_law": "GDPR (EU) 2016/679; Dataskyddslagen (1050/2018)", "missing_rights": "GDPR artiklarna 13.2 b, 15–18, 20 och 21", "privacy_shield": "GDPR artikel 45; EU-domstolen C-362/14 och C-311/18", "cookie_contradiction": "Lagen om tjänster inom elektronisk kommunikation (917/2014) 205 §; GDPR artikel 13.1 e"},
		"en": {"personal_identity_code": "Data Protection Act (1050/2018), section 29", "repealed_law": "GDPR (EU) 2016/679; Data Protection Act (1050/2018)", "missing_rights": "GDPR Articles 13(2)(b), 15–18, 20 and 21", "privacy_shield": "GDPR Article 45; CJEU C-362/14 and C-311/18", "cookie_contradiction": "Act on Electronic Communications Services (917/2014), section 205; GDPR Article 13(1)(e)"},
	}
	for lang, arts := range want {
		got := map[string]string{}
		for _, f := range Audit(text, lang).Findings {
			got[f.Code] = f.Article
		}
		for code, a := range arts {
			if got[code] != a {
				t.Errorf("%s %s: article %q, want %q", lang, code, got[code], a)
			}
		}
	}
	// No Finnish law name is left in a Swedish or English report.
	for _, lang := range []string{"sv", "en"} {
		for _, code := range Codes() {
			if a := citeIn(messages[code].article, lang); strings.Contains(a, "laki") || strings.Contains(a, "Laki") || strings.Contains(a, "tuomioistuin") {
				t.Errorf("%s %s: %q", lang, code, a)
			}
		}
	}
}

// TestCookiesWithConsent: a notice that sets analytics cookies only with
// consent gives no finding of cookies without consent.
func TestCookiesWithConsent(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"analytics with consent fi", goodFI + "Evästeet\nKäytämme Matomo-analytiikkaa. Analytiikkaevästeet asetetaan vain suostumuksellasi; voit muuttaa valintaa Evästeasetukset-linkistä.\n", nil, []string{"cookie_contradiction", "cookies_without_consent", "missing_consent_withdrawal"}},
		{"analytics with consent en", goodEN + "Cookies\nWe use Google Analytics. Analytics cookies are set only with your consent.\n", nil, []string{"cookie_contradiction", "cookies_without_consent"}},
		{"no cookies without consent fi", goodFI + "Käytämme Google Analyticsia. Emme aseta analytiikkaevästeitä ilman suostumustasi.", nil, []string{"cookie_contradiction"}},
		{"no cookies without consent sv", goodSV + "Vi använder Google Analytics. Vi använder inte analyskakor utan ditt samtycke.", nil, []string{"cookie_contradiction"}},
		{"no cookies without consent en", goodEN + "We use Google Analytics. We do not set analytics cookies without your consent.", nil, []string{"cookie_contradiction"}},
		{"no cookies but analytics", goodFI + "Sivustolla ei käytetä evästeitä. Kävijät lasketaan Google Analyticsilla.", []string{"cookie_contradiction"}, nil},
	})
}

// TestWebAgencyBusinessID: the Y-tunnus of the web agency on a credit
// line is not the controller's.
func TestWebAgencyBusinessID(t *testing.T) {
	noID := strings.Replace(goodFI, "Y-tunnus 2290011-4\n", "", 1)
	runRuleCases(t, []ruleCase{
		{"credit line", noID + "Kotisivut toteutti Mainostoimisto Pikseli Oy, Y-tunnus 2901234-7, www.pikseli.fi\n", []string{"missing_controller_identity"}, nil},
		{"credit line en", noID + "Website by Pixel Studio Oy, Business ID 2901234-7\n", []string{"missing_controller_identity"}, nil},
		{"own ID in the footer", noID + "© 2024 Esimerkki Oy · Y-tunnus 2290011-4\n", nil, []string{"missing_controller_identity"}},
	})
}

// TestLegalBasisQuote: missing_legal_basis quotes a sentence that speaks
// of a basis, not the safeguard of a transfer.
func TestLegalBasisQuote(t *testing.T) {
	r := Audit("Siirrot\nSiirto perustuu EU:n ja Yhdysvaltojen tietosuojakehykseen.\n", "fi")
	if q, ok := quoteOf(r, "missing_legal_basis"); !ok || q != "" {
		t.Errorf("missing_legal_basis %v, quote %q", ok, q)
	}
}

// TestSafeguardAfterTheSameCountry: the safeguard may follow a sentence
// that names the same country again; another country ends the search.
func TestSafeguardAfterTheSameCountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"same country", goodEN + "Transfers outside the EU/EEA\nMailchimp processes data in the United States. The transfer to the USA is covered. It rests on standard contractual clauses.\n", nil, []string{"missing_transfer_safeguard"}},
		{"other country", goodEN + "Transfers outside the EU/EEA\nMailchimp processes data in the United States. Backups are kept in India. The backups rest on standard contractual clauses.\n", []string{"missing_transfer_safeguard"}, nil},
	})
}

// TestRepealedLawInflected: the repealed acts in their case forms.
func TestRepealedLawInflected(t *testing.T) {
	var cases []ruleCase
	for _, s := range []string{
		"Seloste on laadittu henkilötietolaissa säädetyllä tavalla.",
		"Henkilötietolailla on säädetty rekisteriselosteesta.",
		"Rekisteri perustettiin henkilörekisterilain (471/1987) aikana.",
	} {
		cases = append(cases, ruleCase{s, goodFI + s, []string{"repealed_law"}, nil})
	}
	runRuleCases(t, cases)
}
