package audit

import (
	"reflect"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestAnswersOrganisation: the controller's facts are read where the text
// states them, and nothing else is taken for them.
func TestAnswersOrganisation(t *testing.T) {
	cases := []struct {
		name string
		text string
		want data.Organisation
	}{
		{"label lines", "Rekisterinpitäjä\nNimi: Puu ja Pelti Oy\nY-tunnus: 0812345-1\nOsoite: Sahatie 4 B, 15100 Lahti\nPuh. 040 111 2222\nwww.puujapelti.fi",
			data.Organisation{Name: "Puu ja Pelti Oy", BusinessID: "0812345-1", Street: "Sahatie 4 B", PostalCode: "15100", City: "Lahti", Phone: "040 111 2222", Website: "https://www.puujapelti.fi"}},
		{"one line", "Rekisterinpitäjä: Puu ja Pelti Oy, Sahatie 4 B, 15100 Lahti",
			data.Organisation{Name: "Puu ja Pelti Oy", Street: "Sahatie 4 B", PostalCode: "15100", City: "Lahti"}},
		{"six-digit Y-tunnus", "Registeransvarig\nFöretag Ab\nFO-nummer 812345-1", data.Organisation{Name: "Företag Ab", BusinessID: "0812345-1"}},
		{"wrong check digit is not taken", "Controller\nAcme Oy\nBusiness ID 0812345-2", data.Organisation{Name: "Acme Oy"}},
		{"a processor's Y-tunnus is not the controller's",
			"Rekisterinpitäjä\nAcme Oy\n\nKäsittelijät\nTilitoimisto X Oy, Y-tunnus 0812345-1\nPalvelin Y Oy, Y-tunnus 2290011-4",
			data.Organisation{Name: "Acme Oy"}},
		{"a processor's valid Y-tunnus is not the controller's wrong one",
			"Rekisterinpitäjä\nAcme Oy\nY-tunnus 3303114-2\n\nKäsittelijät\nTilitoimisto X Oy, Y-tunnus 0812345-1",
			data.Organisation{Name: "Acme Oy"}},
		{"the same Y-tunnus at the top and the foot",
			"Tietosuojaseloste\nAcme Oy, Y-tunnus 0812345-1\n\nRekisterinpitäjä\nAcme Oy\n\nAcme Oy | Y-tunnus 0812345-1",
			data.Organisation{Name: "Acme Oy", BusinessID: "0812345-1"}},
		{"a processor's only Y-tunnus is not the controller's",
			"Rekisterinpitäjä\nAcme Oy\n\nKäsittelijät\nTilitoimisto X Oy, Y-tunnus 0812345-1",
			data.Organisation{Name: "Acme Oy"}},
		{"the authority's address is not the controller's",
			"Rekisterinpitäjä\nAcme Oy\nTietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki, tietosuoja@om.fi",
			data.Organisation{Name: "Acme Oy"}},
		{"a sentence is not a name", "Rekisterinpitäjä\nRekisterinpitäjänä toimii yrityksemme, joka vastaa tiedoista.", data.Organisation{}},
		{"fax is not the phone", "Rekisterinpitäjä\nAcme Oy\nFaksi: 09 765 4321", data.Organisation{Name: "Acme Oy"}},
		{"contact with a title", "Rekisterinpitäjä\nAcme Oy\n\nYhteyshenkilö\nToimitusjohtaja Matti Virtanen, matti@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Matti Virtanen", Title: "Toimitusjohtaja", Email: "matti@acme.fi"}}},
		{"contact after a topic label", "Controller\nAcme Oy\n\nContact person\nData protection: Mikko Virtanen, CTO, mikko@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Mikko Virtanen", Title: "CTO", Email: "mikko@acme.fi"}}},
		{"address over lines, phone in brackets", "1. Rekisterinpitäjä\nKattoremontti Laine Oy\nTeollisuuskatu 7 B\n00510 Helsinki\nPuh. (09) 4255 0692",
			data.Organisation{Name: "Kattoremontti Laine Oy", Street: "Teollisuuskatu 7 B", PostalCode: "00510", City: "Helsinki", Phone: "(09) 4255 0692"}},
		{"label line before the address", "Personuppgiftsansvarig\nSnickeri Holmström Ab\nPostadress:\nStrandvägen 12\n68600 Jakobstad\nTfn 06-723 1140",
			data.Organisation{Name: "Snickeri Holmström Ab", Street: "Strandvägen 12", PostalCode: "68600", City: "Jakobstad", Phone: "06-723 1140"}},
		{"a department is no contact person", "Rekisterinpitäjä\nAcme Oy\n\nYhteyshenkilö\nAsiakaspalvelu Tampere\nasiakaspalvelu@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Email: "asiakaspalvelu@acme.fi"}}},
		{"an office is no contact person en", "Controller\nAcme Oy\n\nContact person\nCustomer Service Team\nhelp@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Email: "help@acme.fi"}}},
		{"a sentence naming the company", "Rekisterinpitäjä\nTämän rekisterin pitäjä on Kukka Oy\nKatu 1, 00100 Helsinki",
			data.Organisation{Name: "Kukka Oy", Street: "Katu 1", PostalCode: "00100", City: "Helsinki"}},
		{"a sentence naming the company sv", "Personuppgiftsansvarig\nPersonuppgiftsansvarig är Blomman Ab",
			data.Organisation{Name: "Blomman Ab"}},
		{"a sentence naming the company en", "Controller\nThe controller is Flower Oy",
			data.Organisation{Name: "Flower Oy"}},
		{"contact with a manager's title", "Controller\nAcme Oy\n\nContact person\nSales Manager Jussi Korhonen\njussi@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Jussi Korhonen", Title: "Sales Manager", Email: "jussi@acme.fi"}}},
		{"a bad e-mail is not taken", "Controller\nAcme Oy\nEmail: info(at)acme.fi", data.Organisation{Name: "Acme Oy"}},
		// A title is never part of the name: a club's secretary, a
		// therapist, any "…päällikkö", an accountant's "KLT".
		{"secretary's title", "Rekisterinpitäjä\nLentopallo ry\n\nYhteyshenkilö\nSihteeri Onni Laine\nonni@lentopallo.fi",
			data.Organisation{Name: "Lentopallo ry", PrivacyContact: data.Contact{Name: "Onni Laine", Title: "Sihteeri", Email: "onni@lentopallo.fi"}}},
		{"therapist's title sv", "Personuppgiftsansvarig\nMassage Lugn Ab\n\nKontaktperson\nMassageterapeut Eva Berg, eva@lugn.fi",
			data.Organisation{Name: "Massage Lugn Ab", PrivacyContact: data.Contact{Name: "Eva Berg", Title: "Massageterapeut", Email: "eva@lugn.fi"}}},
		{"a manager's compound title", "Rekisterinpitäjä\nAcme Oy\n\nYhteyshenkilö\nTietoturvapäällikkö Ville Aho, ville@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Ville Aho", Title: "Tietoturvapäällikkö", Email: "ville@acme.fi"}}},
		{"an accountant's degree", "Rekisterinpitäjä\nAcme Ky\n\nYhteyshenkilö\nKLT Sanna Aho, sanna@acme.fi",
			data.Organisation{Name: "Acme Ky", PrivacyContact: data.Contact{Name: "Sanna Aho", Title: "KLT", Email: "sanna@acme.fi"}}},
		{"a studio manager en", "Controller\nAcme Oy\n\nContact person\nStudio manager Aino Aho, aino@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Aino Aho", Title: "Studio manager", Email: "aino@acme.fi"}}},
		{"a street number range with an en dash", "Rekisterinpitäjä\nAcme Oy\nTekniikankatu 6–8\n33720 Tampere",
			data.Organisation{Name: "Acme Oy", Street: "Tekniikankatu 6–8", PostalCode: "33720", City: "Tampere"}},
		{"a contact label alone", "Privacy notice\nWe send a newsletter.\nContact: info@kahvila.example",
			data.Organisation{PrivacyContact: data.Contact{Email: "info@kahvila.example"}}},
		{"a phone number alone on a line", "Controller\nAcme Oy\nhello@acme.example\n+358 45 111 2222",
			data.Organisation{Name: "Acme Oy", Email: "hello@acme.example", Phone: "+358 45 111 2222"}},
		{"a business ID alone is no phone", "Rekisterinpitäjä\nAcme Oy\n0812345-1\n040 123 4567",
			data.Organisation{Name: "Acme Oy", Phone: "040 123 4567"}},
		{"a hyphenated first name", "Rekisterinpitäjä\nAcme Oy\n\nYhteyshenkilö\nAnna-Liisa Aho, toimitusjohtaja\nanna-liisa@acme.fi",
			data.Organisation{Name: "Acme Oy", PrivacyContact: data.Contact{Name: "Anna-Liisa Aho", Title: "toimitusjohtaja", Email: "anna-liisa@acme.fi"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Answers(c.text).Organisation
			got.DocumentLanguages = nil
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// TestAnswersRegister: lists, bases, negations and transfers.
func TestAnswersRegister(t *testing.T) {
	text := `Asiakasrekisterin tietosuojaseloste

Käsittelyn tarkoitukset
- Tilausten toimittaminen, peruste sopimus (6(1)(b))
- Markkinointi

Käsiteltävät tiedot
nimi, osoite ja puhelinnumero

Tietolähteet
Tiedot saadaan asiakkaalta ja julkisesta kaupparekisteristä.

Tietojen luovutukset
Tietoja ei luovuteta ulkopuolisille.

Tietojen siirrot EU:n ulkopuolelle
Mailchimp, Yhdysvallat. Siirto perustuu EU:n ja Yhdysvaltojen tietosuojakehykseen.
`
	f := Answers(text)
	f.Organisation.Name = "Nimi Oy" // the store needs one; the import gives a stand-in
	if err := data.CheckFile(f); len(err) > 0 {
		t.Fatalf("not an importable file: %v", err)
	}
	if len(f.Registers) != 1 {
		t.Fatalf("%d registers", len(f.Registers))
	}
	r := f.Registers[0]
	if r.Name != "Asiakasrekisteri" {
		t.Errorf("name %q", r.Name)
	}
	wantP := []data.Purpose{{Description: "Tilausten toimittaminen, peruste sopimus (6(1)(b))", LegalBasis: data.BasisContract}, {Description: "Markkinointi"}}
	if !reflect.DeepEqual(r.Purposes, wantP) {
		t.Errorf("purposes %+v", r.Purposes)
	}
	if !reflect.DeepEqual(r.DataCategories, []data.DataCategory{{Name: "nimi"}, {Name: "osoite"}, {Name: "puhelinnumero"}}) {
		t.Errorf("data %+v", r.DataCategories)
	}
	if len(r.Sources) != 1 || !r.Sources[0].Public {
		t.Errorf("sources %+v", r.Sources)
	}
	if len(r.Recipients) != 0 {
		t.Errorf("a denial read as recipients: %+v", r.Recipients)
	}
	if !reflect.DeepEqual(r.Transfers, []data.Transfer{{Recipient: "Mailchimp", Country: "Yhdysvallat", Safeguard: data.SafeguardAdequacyDPF}}) {
		t.Errorf("transfers %+v", r.Transfers)
	}
	if len(r.Retention) != 0 {
		t.Errorf("retention invented: %+v", r.Retention)
	}
}

// TestAnswersWebsite: tools are listed when used, not when denied.
func TestAnswersWebsite(t *testing.T) {
	w := Answers("Käytämme evästeitä. Kävijät lasketaan Matomolla. Emme käytä Google Analyticsia emmekä Facebook-pikseliä.").Website
	if w.Cookies == nil || !*w.Cookies || len(w.AnalyticsTools) != 1 || w.AnalyticsTools[0] != "Matomo" || len(w.MarketingTools) != 0 {
		t.Errorf("website read as %+v", w)
	}
	for _, denial := range []string{"Sivustolla ei käytetä evästeitä.", "Webbplatsen använder inga kakor.", "The site uses no cookies."} {
		if w := Answers(denial).Website; w.Cookies != nil {
			t.Errorf("a denial read as cookies used: %q", denial)
		}
	}
}

// TestAnswersBilingual: a notice in Finnish with its Swedish translation
// describes one register, not two.
func TestAnswersBilingual(t *testing.T) {
	text := `Asiakasrekisterin tietosuojaseloste

Rekisterin nimi
Asiakasrekisteri

Käsiteltävät tiedot
- nimi ja osoite
- puhelinnumero ja sähköpostiosoite
- tiedot tilauksista ja laskuista, jotka on tehty verkkokaupassa tai myymälässä

Tietojen säilytysaika
Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä, ja ne säilytetään siihen asti.

Registrets namn
Kundregister

Uppgifter som behandlas
- namn och adress
- telefonnummer och e-postadress
`
	f := Answers(text)
	if len(f.Registers) != 1 || f.Registers[0].Name != "Asiakasrekisteri" {
		t.Fatalf("registers %+v", f.Registers)
	}
}

// TestAnswersEmpty: a text with no facts gives an empty, importable file.
func TestAnswersEmpty(t *testing.T) {
	f := Answers("Hyvä asiakas, kiitos tilauksestasi.")
	if len(f.Registers) != 0 || f.Organisation.Name != "" || f.Organisation.Email != "" {
		t.Errorf("facts invented: %+v", f)
	}
	if f.Format != data.FileFormat || f.Version != data.FileVersion {
		t.Errorf("format %q %d", f.Format, f.Version)
	}
}

// TestDashBasis: a purpose item that names its basis after a dash, alone
// but for a note in brackets, gets that basis; two bases give none.
func TestDashBasis(t *testing.T) {
	// The basis read, the purpose keeps its own words ("kukkien
	// toimitus"): the notice writes the basis apart.
	cases := []struct {
		item, desc string
		want       data.LegalBasis
	}{
		{"kukkien toimitus – sopimus", "kukkien toimitus", data.BasisContract},
		{"kirjanpito – lakisääteinen velvoite (kirjanpitolaki)", "kirjanpito", data.BasisLegalObligation},
		{"Asiakastuki – oikeutettu etu (yhteydenpito asiakasyrityksen yhteyshenkilöön sopimuksen hoitamiseksi)", "Asiakastuki", data.BasisLegitimateInterests},
		{"Accounting – legal obligation (Accounting Act 1336/1997)", "Accounting", data.BasisLegalObligation},
		{"Bokföring - rättslig förpliktelse", "Bokföring", data.BasisLegalObligation},
		{"työsuhteen hoitaminen – sopimus ja lakisääteinen velvoite", "työsuhteen hoitaminen – sopimus ja lakisääteinen velvoite", ""},
		{"asiakasrekisterin ylläpito – asiakassuhde", "asiakasrekisterin ylläpito – asiakassuhde", ""},
		{"Ajanvaraus – peruste: sopimus (art. 6(1)(b))", "Ajanvaraus", data.BasisContract},
		{"Fakturering – rättslig grund: avtal", "Fakturering", data.BasisContract},
		// More than the basis after it: the item stays whole.
		{"Uutiskirje – peruste: suostumus, jonka voi perua milloin tahansa", "Uutiskirje – peruste: suostumus, jonka voi perua milloin tahansa", data.BasisConsent},
	}
	for _, c := range cases {
		text := "Tietosuojaseloste\n\nKäsittelyn tarkoitus\n- " + c.item + "\n- uutiskirje\n"
		ps := Answers(text).Registers[0].Purposes
		if len(ps) == 0 || ps[0].Description != c.desc || ps[0].LegalBasis != c.want {
			t.Errorf("%q: %+v, want %q with basis %q", c.item, ps, c.desc, c.want)
		}
	}
}

// TestRegisterNameHeadings: a register's name standing alone on a line
// above its sections (as a DOCX heading reads) names that register.
func TestRegisterNameHeadings(t *testing.T) {
	text := "Tietosuojaseloste\n\nRekisterinpitäjä\nPuuseppä Lastu Oy\n\nJäsenrekisteri\n\nKäsittelyn tarkoitus\n- jäsenmaksut – peruste: sopimus\n\n" +
		"Säilytysaika\nTiedot säilytetään kaksi vuotta.\n\nTyönhakijarekisteri\n\nKäsittelyn tarkoitus\n- rekrytointi – peruste: sopimus\n\nSäilytysaika\nHakemukset poistetaan vuoden kuluttua.\n"
	rs := Answers(text).Registers
	var names []string
	for _, r := range rs {
		names = append(names, r.Name)
	}
	if !reflect.DeepEqual(names, []string{"Jäsenrekisteri", "Työnhakijarekisteri"}) {
		t.Errorf("register names %q", names)
	}
	for _, r := range rs {
		for _, x := range r.Retention {
			if strings.Contains(x.Period+x.Data, "rekisteri") {
				t.Errorf("a register's name read as retention: %+v", x)
			}
		}
	}
}

// TestTitleRegisterName: the register a notice's title names is the
// register's name, also when the title names it in more than one word.
func TestTitleRegisterName(t *testing.T) {
	cases := []struct{ title, want string }{
		{"Asiakasrekisterin tietosuojaseloste", "Asiakasrekisteri"},
		{"Tietosuojaseloste – verkkokaupan asiakasrekisteri", "Verkkokaupan asiakasrekisteri"},
		{"Tietosuojaseloste – jäsenrekisteri", "Jäsenrekisteri"},
		{"Tietosuojaseloste – päivitetty 1.2.2024", ""},
	}
	for _, c := range cases {
		rs := Answers(c.title + "\n\nKäsittelyn tarkoitus\n- tilausten toimitus – sopimus\n").Registers
		if len(rs) != 1 || rs[0].Name != c.want {
			t.Errorf("%q: %+v, want %q", c.title, rs, c.want)
		}
	}
}

// TestConsentToCookies: a notice that sets cookies only with consent asks
// for it (the consent banner the wizard asks about); a mere mention of
// cookies or of consent to something else does not say so.
func TestConsentToCookies(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Analytiikkaevästeet asetetaan vain suostumuksellasi.", true},
		{"Webbplatsen använder analyskakor endast med ditt samtycke.", true},
		{"We set analytics cookies only with your consent.", true},
		{"Käytämme evästeitä. Uutiskirje lähetetään suostumuksellasi.", false},
		{"Sivustolla käytetään evästeitä.", false},
	}
	for _, c := range cases {
		if got := Answers(c.text).Website.ConsentBanner; got != c.want {
			t.Errorf("%q: consent banner %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTransferReferredBack: a sentence that goes on about the transfer
// just named ("The transfer is based on …") is that transfer, not one
// more with no recipient.
func TestTransferReferredBack(t *testing.T) {
	cases := []struct{ text, recipient string }{
		{"Transfers outside the EU/EEA\nMailchimp processes data in the United States. The transfer is based on the EU-U.S. Data Privacy Framework.\n", "Mailchimp"},
		{"Tietojen siirrot EU:n ulkopuolelle\nMailchimp käsittelee tietoja Yhdysvalloissa. Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.\n", "Mailchimp"},
	}
	for _, c := range cases {
		rs := Answers("Privacy notice\n\n" + c.text).Registers
		if len(rs) != 1 || len(rs[0].Transfers) != 1 || rs[0].Transfers[0].Recipient != c.recipient || rs[0].Transfers[0].Safeguard != data.SafeguardAdequacyDPF {
			t.Errorf("%q: %+v", c.text, rs)
		}
	}
}

// TestStrictlyNecessaryOnly: "only strictly necessary cookies" is read;
// necessary cookies beside others are not only necessary ones.
func TestStrictlyNecessaryOnly(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Our web site uses only strictly necessary cookies.", true},
		{"Sivustolla käytetään vain välttämättömiä evästeitä.", true},
		{"Webbplatsen använder endast nödvändiga kakor.", true},
		{"Verkkokauppa käyttää välttämättömiä evästeitä sekä Google Analytics -evästeitä.", false},
		{"Käytämme vain välttämättömiä evästeitä. Kävijät lasketaan Google Analyticsilla.", false},
	}
	for _, c := range cases {
		if got := Answers(c.text).Website.StrictlyNecessaryOnly; got != c.want {
			t.Errorf("%q: strictly necessary only %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDashBasisNotes: the note in brackets after a basis named after a
// dash is the legitimate interest, or the act of a legal obligation.
func TestDashBasisNotes(t *testing.T) {
	cases := []struct {
		item string
		want data.Purpose
	}{
		{"B2B-markkinointi – oikeutettu etu (yhteydenpito asiakkaisiin)",
			data.Purpose{Description: "B2B-markkinointi", LegalBasis: data.BasisLegitimateInterests, LegitimateInterest: "yhteydenpito asiakkaisiin"}},
		{"Laskutus – lakisääteinen velvoite (kirjanpitolaki 1336/1997)",
			data.Purpose{Description: "Laskutus", LegalBasis: data.BasisLegalObligation, Law: "kirjanpitolaki 1336/1997"}},
	}
	for _, c := range cases {
		ps := Answers("Tietosuojaseloste\n\nKäsittelyn tarkoitus\n- " + c.item + "\n").Registers[0].Purposes
		if len(ps) != 1 || ps[0] != c.want {
			t.Errorf("%q: %+v, want %+v", c.item, ps, c.want)
		}
	}
}

// TestTransferToProcessor: a transfer sentence that names a processor of
// the notice, in any case form ("Microsoftin tukitoiminnoissa"), has it
// as its recipient.
func TestTransferToProcessor(t *testing.T) {
	text := "Tietosuojaseloste\n\nHenkilötietojen käsittelijät\n- Pilvitalo Ireland Ltd (sähköposti)\n\n" +
		"Tietojen siirrot EU:n ulkopuolelle\nPilvitalon tukitoiminnoissa tietoja voidaan käsitellä Yhdysvalloissa; siirto perustuu vakiosopimuslausekkeisiin.\n"
	rs := Answers(text).Registers
	if len(rs) != 1 || len(rs[0].Transfers) != 1 || rs[0].Transfers[0].Recipient != "Pilvitalo" {
		t.Errorf("transfers %+v", rs)
	}
}
