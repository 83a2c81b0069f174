package audit

import (
	"strings"
	"testing"
)

// replaced is s with old replaced by new; it panics when old is not in s,
// so that a changed base text cannot make a case pass unseen.
func replaced(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("not in the base text: " + old)
	}
	return strings.Replace(s, old, new, 1)
}

const (
	rightsFI = "Sinulla on oikeus saada pääsy tietoihisi, oikeus tietojen oikaisemiseen, oikeus tietojen poistamiseen, oikeus käsittelyn rajoittamiseen, oikeus siirtää tiedot järjestelmästä toiseen ja oikeus vastustaa käsittelyä."
	rightsSV = "Du har rätt till tillgång, rätt till rättelse, rätt till radering, rätt till begränsning av behandling, rätt till dataportabilitet och rätt att invända mot behandlingen."
	rightsEN = "You have the right of access, the right to rectification, the right to erasure, the right to restriction of processing, the right to data portability and the right to object."
)

// TestRightsWordedFreely: portability and access worded with words between
// the verb and the data, or with other verbs, still name the right
// (probe2 04, 06, 08, 18).
func TestRightsWordedFreely(t *testing.T) {
	no := []string{"missing_rights"}
	runRuleCases(t, []ruleCase{
		{"portability, words between fi", replaced(goodFI, rightsFI, "Sinulla on oikeus saada pääsy tietoihisi, oikaista ne, pyytää niiden poistamista, rajoittaa ja vastustaa käsittelyä sekä siirtää antamasi tiedot toiselle palveluntarjoajalle."), nil, no},
		{"portability, itse antamasi fi", replaced(goodFI, rightsFI, "Sinulla on oikeus saada pääsy tietoihisi, oikaista ne, pyytää poistamista, rajoittaa ja vastustaa käsittelyä sekä siirtää itse antamasi tiedot järjestelmästä toiseen."), nil, no},
		{"access, päästä tietoihisi fi", replaced(goodFI, rightsFI, "Sinulla on oikeus päästä tietoihisi, oikaista ne, pyytää poistamista, rajoittaa ja vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen."), nil, no},
		{"access, päästä tarkastamaan fi", replaced(goodFI, rightsFI, "Sinulla on oikeus päästä tarkastamaan tietosi, oikaista ne, pyytää poistamista, rajoittaa ja vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen."), nil, no},
		{"portability, words between sv", replaced(goodSV, rightsSV, "Du har rätt till tillgång, rättelse, radering och begränsning av behandling, rätt att invända mot behandlingen och rätt att flytta de uppgifter du själv lämnat till en annan tjänsteleverantör."), nil, no},
		{"access, ta del av sv", replaced(goodSV, rightsSV, "Du har rätt att ta del av de uppgifter vi har om dig, rätt till rättelse, radering och begränsning av behandling, rätt till dataportabilitet och rätt att invända mot behandlingen."), nil, no},
		{"portability, words between en", replaced(goodEN, rightsEN, "You have the right of access, rectification, erasure and restriction of processing, the right to object, and the right to move the data you gave us to another provider."), nil, no},
		{"access, see what data en", replaced(goodEN, rightsEN, "You have the right to see what data we hold about you, the right to rectification, erasure and restriction of processing, the right to data portability and the right to object."), nil, no},
		{"portability still missing fi", replaced(goodFI, rightsFI, "Sinulla on oikeus saada pääsy tietoihisi, oikaista ne, pyytää poistamista, rajoittaa ja vastustaa käsittelyä. Voimme siirtää tietosi EU:n ulkopuolelle."), no, nil},
	})
}

// TestHistoricalMention: a sentence that says the old law or the old
// register description is former or replaced does not cite it as in
// force (probe2 24).
func TestHistoricalMention(t *testing.T) {
	no := []string{"repealed_law", "outdated_title"}
	runRuleCases(t, []ruleCase{
		{"replaces fi", replaced(goodFI, "Päivitetty 3.2.2025\n", "Päivitetty 3.2.2025. Tämä seloste korvaa aiemman henkilötietolain mukaisen rekisteriselosteen.\n"), nil, no},
		{"repealed fi", goodFI + "Henkilötietolaki (523/1999) on kumottu, ja tämä seloste noudattaa tietosuoja-asetusta.\n", nil, no},
		{"replaces sv", goodSV + "Denna beskrivning ersätter den tidigare registerbeskrivningen enligt den upphävda personuppgiftslagen.\n", nil, no},
		{"replaces en", goodEN + "This notice replaces the register description under the former Personal Data Act.\n", nil, no},
		{"cited as in force fi", goodFI + "Seloste on laadittu henkilötietolain (523/1999) 10 §:n mukaisesti.\n", []string{"repealed_law"}, nil},
		{"cited as in force en", goodEN + "Register description under the Personal Data Act (523/1999).\n", []string{"repealed_law", "outdated_title"}, nil},
	})
}

// TestOwnAddressInPasila: a company's own address on Ratapihantie is its
// own, not the authority's old one (probe2 24); the authority's old
// address is no address of the controller.
func TestOwnAddressInPasila(t *testing.T) {
	no := []string{"missing_controller_identity", "outdated_authority_address"}
	runRuleCases(t, []ruleCase{
		{"Ratapihantie 11 fi", replaced(goodFI, "Mäkikatu 1, 00100 Helsinki", "Ratapihantie 11, 00520 Helsinki"), nil, no},
		{"Bangårdsvägen 11 sv", replaced(goodSV, "Strandvägen 2, 65100 Vasa", "Bangårdsvägen 11, 00520 Helsingfors"), nil, no},
		{"Ratapihantie 11 en", replaced(goodEN, "Harbour Road 2, 20100 Turku", "Ratapihantie 11, 00520 Helsinki, Finland"), nil, no},
		{"only the authority's old address fi", replaced(goodFI, "Mäkikatu 1, 00100 Helsinki\n", "") + "Tietosuojavaltuutetun toimisto\nRatapihantie 9, 00520 Helsinki\n", []string{"missing_controller_identity", "outdated_authority_address"}, nil},
	})
}

// TestBasisTable: a table with a basis column gives a basis per row; its
// header row is never the quote of a missing basis (probe2 10).
func TestBasisTable(t *testing.T) {
	no := []string{"missing_legal_basis", "missing_basis_per_purpose", "consent_for_contract"}
	runRuleCases(t, []ruleCase{
		{"table fi", withPurposes("Rekisteri\tTarkoitus\tOikeusperuste\nJäsenrekisteri\tJäsensopimuksen hallinta ja laskutus\tSopimus\nKulunvalvonta\tKulkutunnisteiden hallinta\tOikeutettu etu: tilojen turvallisuus\nMarkkinointirekisteri\tTarjoukset sähköpostilla\tSuostumus\n"), nil, no},
		{"table sv", replaced(goodSV, "- Leverans av beställningar: avtal, artikel 6.1 b.\n- Bokföring: rättslig förpliktelse, artikel 6.1 c.\n- Nyhetsbrev: samtycke, artikel 6.1 a.\n", "Register\tÄndamål\tRättslig grund\nKundregister\tBokning av tider\tAvtal\nBokföring\tFakturor\tRättslig förpliktelse\n"), nil, no},
		{"table en", replaced(goodEN, "- Delivering orders: contract, article 6(1)(b).\n- Bookkeeping: legal obligation, article 6(1)(c).\n- Newsletter: consent, article 6(1)(a).\n", "Register\tPurpose\tLegal basis\nMembers\tMembership and billing\tContract\nMarketing\tOffers by e-mail\tConsent\n"), nil, no},
		{"explicit consent, a booking in the period fi", withPurposes("Käyttötarkoitus\tOikeusperuste\tSäilytysaika\nPöytävaraukset\tSopimus\t3 kuukautta\nAllergioiden huomioiminen\tNimenomainen suostumus (GDPR 9(2)(a))\tPoistetaan varauspäivän jälkeen\n"), nil, no},
		{"consent for bookings in a row fi", withPurposes("Käyttötarkoitus\tOikeusperuste\nAjanvaraus\tSuostumus\nKirjanpito\tLakisääteinen velvoite\n"), []string{"consent_for_contract"}, nil},
		{"consent for bookings in a row en", replaced(goodEN, "- Delivering orders: contract, article 6(1)(b).\n", "Purpose\tLegal basis\nBookings\tConsent\n"), []string{"consent_for_contract"}, nil},
		{"bases in the heading fi", "Tietosuojaseloste\n\nKäsittelyn tarkoitus ja peruste (sopimus, GDPR 6(1)(b))\nAsiakkuuden hoito.\n", nil, []string{"missing_legal_basis"}},
		{"no basis in the cells fi", withPurposes("Rekisteri\tTarkoitus\tOikeusperuste\nAsiakasrekisteri\tAsiakkuuden hoito\tAsiakassuhde\n"), []string{"missing_legal_basis"}, nil},
	})
	r := Audit(withPurposes("Rekisteri\tTarkoitus\tOikeusperuste\nAsiakasrekisteri\tAsiakkuuden hoito\tAsiakassuhde\n"), "fi")
	if q, _ := quoteOf(r, "missing_legal_basis"); strings.Contains(q, "Oikeusperuste") {
		t.Errorf("the header row is quoted: %q", q)
	}
}

// TestConsentForContractInContext: consent named in a sentence of its own
// after the contract's purposes (in the same paragraph or in the list
// just before it) is consent for a contract (probe2 05, 07, 13, 26).
func TestConsentForContractInContext(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"toimeksiannot fi", "Käsittelyn tarkoitus\nHenkilötietoja käsitellään välitystoimeksiantojen hoitamiseen ja markkinointiin. Käsittelyn perusteena on asiakkaan suostumus.\n", []string{"consent_for_contract"}, nil},
		{"perustuvat fi", "Käyttötarkoitus ja peruste\nKuvaustilausten toimittaminen ja laskutus perustuvat asiakkaan suostumukseen.\n", []string{"consent_for_contract"}, []string{"missing_legal_basis"}},
		{"list before fi", "Mihin tietoja käytetään\n· Ajanvaraus ja käynnit\n\n· Laskutus ja perintä\n\n· Muistutukset\n\nKäsittely perustuu asiakkaan suostumukseen.\n", []string{"consent_for_contract", "missing_basis_per_purpose"}, nil},
		{"list before sv", "Varför vi behandlar uppgifter\n- Bokning av tider\n- Fakturering\nBehandlingen grundar sig på kundens samtycke.\n", []string{"consent_for_contract", "missing_basis_per_purpose"}, nil},
		{"paragraph before en", "How we use your information\nWe use your order details to fulfil orders, arrange shipping and send invoices. We process your personal information with your consent.\n", []string{"consent_for_contract", "missing_basis_per_purpose"}, nil},
		{"newsletter list fi", "Mihin tietoja käytetään\n- Uutiskirje\n- Tarjoukset\nKäsittely perustuu suostumukseen, jonka voit perua.\n", nil, []string{"consent_for_contract"}},
		{"contract named before en", "Purposes\n- Orders – contract\n- Newsletter\nThe newsletter is sent with your consent, which you may withdraw.\n", nil, []string{"consent_for_contract"}},
	})
}

// TestVagueTransferToACountry: a conditional transfer to a named country
// is vague, and without a safeguard (probe2 05).
func TestVagueTransferToACountry(t *testing.T) {
	both := []string{"vague_transfer", "missing_transfer_safeguard"}
	runRuleCases(t, []ruleCase{
		{"saatetaan siirtää fi", goodFI + "Tietojen luovutus\nKäytämme analytiikkapalvelua, jonka kautta tietoja saatetaan siirtää tarvittaessa Yhdysvaltoihin.\n", both, nil},
		{"vid behov sv", goodSV + "Mottagare\nUppgifter kan vid behov överföras till USA.\n", both, nil},
		{"where necessary en", goodEN + "Recipients\nData may be transferred to the United States where necessary.\n", both, nil},
		{"with a safeguard fi", goodFI + "Tietojen luovutus\nTietoja saatetaan siirtää Yhdysvaltoihin; siirto perustuu vakiosopimuslausekkeisiin.\n", []string{"vague_transfer"}, []string{"missing_transfer_safeguard"}},
	})
}

// TestAccessLimitWording: a limit of once a year is found whatever verb
// names access (probe2 22).
func TestAccessLimitWording(t *testing.T) {
	want := []string{"access_fee_or_limit"}
	runRuleCases(t, []ruleCase{
		{"his or her data en", goodEN + "The data subject has the right to check his or her data once a year free of charge.\n", want, nil},
		{"tarkistaa fi", goodFI + "Rekisteröity saa tarkistaa omat tietonsa kerran vuodessa.\n", want, nil},
		{"sina uppgifter sv", goodSV + "Den registrerade har rätt att se sina uppgifter en gång per år.\n", want, nil},
		{"rights heading en", replaced(goodEN, "Your rights\n", "Right of access\nYou may ask once a year, free of charge.\nYour rights\n"), want, nil},
	})
}

// TestRetentionUntilAsked: keeping data until the person asks for its
// deletion gives no retention period (probe2 13); keeping it until
// consent is withdrawn does.
func TestRetentionUntilAsked(t *testing.T) {
	keep := "Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä."
	keepSV := "Kunduppgifterna raderas två år efter att kundförhållandet upphört."
	keepEN := "Customer data is deleted two years after the customer relationship ends."
	runRuleCases(t, []ruleCase{
		{"unless and until en", replaced(goodEN, keepEN, "We keep your order information for our records unless and until you ask us to delete it."), []string{"missing_retention"}, nil},
		{"kunnes pyydät fi", replaced(goodFI, keep, "Säilytämme tiedot, kunnes pyydät niiden poistamista."), []string{"missing_retention"}, nil},
		{"tills du ber sv", replaced(goodSV, keepSV, "Vi sparar uppgifterna tills du ber oss radera dem."), []string{"missing_retention"}, nil},
		{"until consent withdrawn fi", replaced(goodFI, keep, "Uutiskirjeen tilaajan tiedot säilytetään, kunnes tilaaja peruu tilauksen."), nil, []string{"missing_retention"}},
	})
}

// TestProcessorsBusinessID: a Y-tunnus given only for a processor is not
// the controller's (probe2 16).
func TestProcessorsBusinessID(t *testing.T) {
	want := []string{"missing_controller_identity"}
	runRuleCases(t, []ruleCase{
		{"processor's fi", replaced(goodFI, "Y-tunnus 2290011-4\n", "") + "Henkilötietojen käsittelijät\nTilitoimisto Laskupiste Oy (Y-tunnus 2876540-0) hoitaa kirjanpidon lukuumme.\n", want, nil},
		{"processor's sv", replaced(goodSV, ", FO-nummer 2290011-4", "") + "Personuppgiftsbiträden\nBokföringsbyrå Siffra Ab (FO-nummer 2876540-0) sköter bokföringen.\n", want, nil},
		{"processor's en", replaced(goodEN, ", Business ID 2290011-4", "") + "Processors\nLedger Oy (Business ID 2876540-0) keeps our books.\n", want, nil},
		{"no address fi", replaced(goodFI, "Mäkikatu 1, 00100 Helsinki\n", ""), want, nil},
		{"own and processor's fi", goodFI + "Henkilötietojen käsittelijät\nTilitoimisto Laskupiste Oy (Y-tunnus 2876540-0) hoitaa kirjanpidon lukuumme.\n", nil, want},
	})
	r := Audit(replaced(goodFI, "Y-tunnus 2290011-4\n", "")+"Henkilötietojen käsittelijät\nTilitoimisto Laskupiste Oy (Y-tunnus 2876540-0) hoitaa kirjanpidon.\n", "fi")
	for _, f := range r.Findings {
		if f.Code == "missing_controller_identity" && !strings.Contains(f.Message, "Y-tunnus") {
			t.Errorf("message does not name the Y-tunnus: %s", f.Message)
		}
	}
}

// TestMonthYearDate: "Laadittu 11/2019" and "päivitetty 09/2024" date the
// notice by month (probe2 26).
func TestMonthYearDate(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"laadittu fi", replaced(goodFI, "Päivitetty 3.2.2025", "Laadittu 11/2019"), nil, []string{"missing_date", "dated_before_gdpr"}},
		{"päivitetty fi", replaced(goodFI, "Päivitetty 3.2.2025", "Seloste päivitetty 09/2024"), nil, []string{"missing_date"}},
		{"before the GDPR fi", replaced(goodFI, "Päivitetty 3.2.2025", "Laadittu 11/2017"), []string{"dated_before_gdpr"}, []string{"missing_date"}},
		{"uppdaterad sv", replaced(goodSV, "Uppdaterad 1.9.2024", "Uppdaterad 09/2024"), nil, []string{"missing_date"}},
		{"month name en", replaced(goodEN, "Last updated 1 September 2024", "Last updated November 2024"), nil, []string{"missing_date"}},
		{"a number is no date fi", replaced(goodFI, "Päivitetty 3.2.2025", "Versio 3/4"), []string{"missing_date"}, nil},
	})
}

// TestVagueTransferSwedish: "som regel" and "kan ske" make a transfer
// statement conditional; in a section on transfers the sentence need not
// name the EU again (probe2 12).
func TestVagueTransferSwedish(t *testing.T) {
	want := []string{"vague_transfer"}
	runRuleCases(t, []ruleCase{
		{"som regel sv", goodSV + "Överföringar\nUppgifterna behandlas som regel inom EU.\n", want, nil},
		{"kan ske sv", goodSV + "Överföringar\nÖverföring kan ske i enlighet med tillämplig lagstiftning.\n", want, nil},
		{"may take place en", goodEN + "Transfers\nTransfers may take place where our providers need them.\n", want, nil},
		{"plain no sv", goodSV + "Överföringar\nUppgifterna överförs inte utanför EU/EES.\n", nil, want},
	})
}
