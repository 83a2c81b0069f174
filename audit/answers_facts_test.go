package audit

import (
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestNoFalseFacts: sentences found next to a section's facts in real
// notices are not taken for those facts (each case is a kind a newcomer's
// probe found: rights under the retention heading, a data line among the
// purposes, a list of registers as the company's name, a sub-heading as
// a register's name).
func TestNoFalseFacts(t *testing.T) {
	cases := []struct {
		name string
		text string
		bad  []string // no extracted fact may contain these
		want []string // facts that must be read
	}{
		{"rights paragraph after retention",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy, Uunikatu 2, 40100 Jyväskylä\n\nSäilytysaika\nTilaustiedot säilytetään kolme vuotta tilauksen jälkeen.\n" +
				"Oikeutesi: Sinulla on oikeus saada pääsy tietoihisi, oikaista ne, poistaa ne, rajoittaa niiden käsittelyä ja vastustaa käsittelyä sekä siirtää ne toiseen järjestelmään; pyydä tätä meiltä.\n" +
				"Pyynnön voi lähettää sähköpostitse.\nSinulla on oikeus tehdä valitus tietosuojavaltuutetulle.",
			[]string{"Oikeutesi", "Pyynnön voi", "valitus"}, []string{"Tilaustiedot säilytetään kolme vuotta tilauksen jälkeen."}},
		{"data line among purposes sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nBageri Råg Ab, Ugnsgatan 2, 65100 Vasa\n\nÄndamål\n- Hantering av beställningar, avtal\nUppgifter: namn, adress och telefonnummer\n",
			[]string{"Uppgifter:"}, []string{"Hantering av beställningar, avtal"}},
		{"data line among purposes en",
			"Privacy notice\n\nController\nRye Bakery Oy, Oven Street 2, 65100 Vaasa\n\nPurposes\n- Handling orders, contract\nData: name, address and phone number\n",
			[]string{"Data:"}, []string{"Handling orders, contract"}},
		{"list of registers is no company name",
			"Privacy notice\n\n1 Controller\nRegisters Order register (section 2); Newsletter subscribers (section\n3)\nController Rye Bakery Oy\nBusiness ID 2290011-4\n",
			[]string{"Registers"}, []string{"Rye Bakery Oy"}},
		{"sub-heading is no register name",
			"Dataskyddsbeskrivning\n\n1 Personuppgiftsansvarig\nBageri Råg Ab\n\n2 Beställningsregister\n2.1 Ändamål och rättslig grund\nLeverans av beställningar, avtal\n2.3 Måste du lämna uppgifterna\nUtan adress och telefonnummer kan vi inte leverera det som du har beställt av oss.\n2.4 Hur länge uppgifterna sparas\n2 år från den sista beställningen\n" +
				"3 Nyhetsbrevet\n3.1 Ändamål och rättslig grund\nNyhetsbrev, samtycke\n3.3 Måste du lämna uppgifterna\nNej, det är frivilligt och du kan när som helst avsluta prenumerationen.\n3.4 Hur länge uppgifterna sparas\nTills samtycket återkallas och inte längre än så\n",
			[]string{"Måste du"}, []string{"Beställningsregister", "Nyhetsbrevet"}},
		{"lead-in sentence is no heading",
			"Dataskyddsbeskrivning\n\n1 Personuppgiftsansvarig\nBageri Råg Ab\n\n2 Beställningsregister\n2.1 Uppgifter som behandlas\n• Namn och adress\n2.2 Hur uppgifterna skyddas\nUppgifter som behandlas elektroniskt skyddar vi så här:\n• Behörighetsstyrning: var och en ser bara det som behövs i arbetet.\n",
			[]string{"Behörighetsstyrning", "Hur uppgifterna"}, []string{"Namn och adress"}},
		{"data processed heading en",
			"Privacy policy\n\n1. Controller\nRye Bakery Oy\n\n4. Data processed\n- name, title and employer\n- support tickets\n\n5. Data sources\nThe customer.\n",
			[]string{"Data processed"}, []string{"name, title and employer", "support tickets"}},
		{"data table fi",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsiteltävät tiedot\nTietoryhmä\tEsimerkki\tPakollinen\nYhteystiedot\tnimi, puhelinnumero\tkyllä\nTilaukset\ttilatut tuotteet\tkyllä\n",
			[]string{"Tietoryhmä", "kyllä", "Yhteystiedot nimi"}, []string{"Yhteystiedot", "Tilaukset"}},
		{"unnumbered other headings end the retention section en",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nRetention\nOrders are kept for 2 years.\n\nAutomated decision-making\nWe do not use automated decision-making or profiling.\n\nChanges to this notice\nWe may update this notice.\n",
			[]string{"Automated", "automated", "update this notice"}, []string{"Orders are kept for 2 years."}},
		{"unnumbered other headings end the retention section fi",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nSäilytysaika\nTilaukset säilytetään 2 vuotta.\n\nAutomaattinen päätöksenteko ja profilointi\nEmme tee automaattisia päätöksiä.\n\nMuutokset tähän selosteeseen\nVoimme päivittää selostetta.\n",
			[]string{"Automaattinen", "Emme tee", "Voimme päivittää"}, []string{"Tilaukset säilytetään 2 vuotta."}},
		{"unnumbered other headings end the recipients section sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nBageri Råg Ab\n\nMottagare\n- Posti Ab\n\nSociala medier\nVi finns på Facebook och Instagram\n",
			[]string{"Sociala", "Facebook"}, []string{"Posti Ab"}},
		{"categories of personal data en",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nCategories of personal data\n- name\n- email address\n",
			nil, []string{"name", "email address"}},
		{"kategorier av personuppgifter sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nBageri Råg Ab\n\nKategorier av personuppgifter\n- namn\n- e-postadress\n",
			nil, []string{"namn", "e-postadress"}},
		{"more heading forms end the purposes fi",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelyn tarkoitus\n- Asiakassuhteen hoito (sopimus)\n\nTietojen säilytys\nTietoja säilytetään 2 vuotta.\n\nTietojen luovutus ja siirto\nTietoja ei luovuteta.\n",
			[]string{"Tietojen säilytys", "Tietojen luovutus", "Tietoja ei"}, []string{"Asiakassuhteen hoito (sopimus)", "Tietoja säilytetään 2 vuotta."}},
		{"more heading forms end the purposes en",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nPurposes\n- Orders (contract)\n\nData storage\nOrders are kept for 2 years.\n\nSharing of data\nWe share data with Posti Oy.\n",
			[]string{"Data storage", "Sharing of data"}, []string{"Orders (contract)", "Orders are kept for 2 years."}},
		{"unknown headings of a plain text sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nAb Fiskehamnen Oy\n\nÄndamålet med behandlingen\nKundregistret används för att hantera beställningar.\n\nUppgifter som registreras\nNamn, adress, e-post\n\nMottagare av uppgifter\nPosti Ab\n\nLagring\nUppgifterna sparas i två år.\n\nHantering av cookies på webbplatsen\nVi använder kakor.\n",
			[]string{"Uppgifter som registreras", "Lagring", "Hantering", "Vi använder"}, []string{"Namn", "Posti Ab", "Uppgifterna sparas i två år."}},
		{"unknown heading of a plain text fi",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelyn tarkoitus\nTilausten toimittaminen\n\nAsiakastietojen käsittely verkkosivuilla\nSivuilla käytetään evästeitä.\n",
			[]string{"Asiakastietojen käsittely", "Sivuilla"}, []string{"Tilausten toimittaminen"}},
		{"question headings of a web page en",
			"Who we are\nWe are Cafe Kuppi Oy, Torikatu 3, 80100 Joensuu.\n\nHow long we retain your data\nComments are kept for one year.\n\nWhat rights you have over your data\nYou can ask us to erase your data.\n\nWhere we send your data\nComments may be checked by a spam service.\n",
			[]string{"What rights", "You can", "Where we send", "spam"}, []string{"Comments are kept for one year."}},
		{"a web agency's Y-tunnus on the credit line is not the controller's",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKampaamo Kiehkura, Torikatu 5, 80100 Joensuu, kiehkura@example.fi\n\nKäsittelyn tarkoitus\n- ajanvaraus – peruste: sopimus\n\n" +
				"Rekisteröidyn oikeudet\nVoit pyytää pääsyä tietoihisi.\n\nEtusivu | Palvelut | Yhteystiedot\nSivuston teki Verkkopaja Oy, Y-tunnus 2345671-3, www.verkkopaja.example\n",
			[]string{"2345671-3"}, []string{"Torikatu 5"}},
		{"a basis heading's sentence is no purpose",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKuoro Laulu ry, Kirkkotie 1, 40100 Jyväskylä\n\nRekisterin pitämisen peruste\nYhdistyslain mukainen jäsenyys ja kuoron ja laulajan välinen jäsensuhde.\n\n" +
				"Henkilötietojen käsittelyn tarkoitus\nJäsenrekisteriä käytetään jäsenmaksujen laskutukseen ja harjoituksista tiedottamiseen.\n",
			[]string{"Yhdistyslain"}, []string{"Jäsenrekisteriä käytetään jäsenmaksujen laskutukseen ja harjoituksista tiedottamiseen."}},
		{"a sentence on the basis of special data is no purpose",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nFysio Liike Oy, Kirkkotie 1, 40100 Jyväskylä\n\nKäsittelyn tarkoitus\nPotilastietoja käsitellään hoidon toteuttamiseksi.\nTerveystietojen käsittely perustuu tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohtaan.\n",
			[]string{"Terveystietojen"}, []string{"Potilastietoja käsitellään hoidon toteuttamiseksi."}},
		{"a sentence that only names the basis is no purpose",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nPyöräpaja Oy, Kirkkotie 1, 40100 Jyväskylä\n\nKäsittelyn tarkoitus\nHuoltojen ajanvaraus ja huoltomuistutukset. Tietoja käsitellään asiakkaan suostumuksella.\n",
			[]string{"suostumuksella"}, []string{"Huoltojen ajanvaraus ja huoltomuistutukset."}},
		{"how to withdraw consent is no purpose",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLankapuoti Oy, Kirkkotie 1, 40100 Jyväskylä\n\nKäsittelyn tarkoitus ja oikeusperuste\nTietoja käsitellään suostumuksella näihin tarkoituksiin:\n- tilausten toimitus\n- uutiskirje\n\nSuostumuksen voi perua milloin tahansa kertomalla siitä meille.\n",
			[]string{"perua"}, []string{"tilausten toimitus", "uutiskirje"}},
		{"a label of the source ends the purposes",
			"Tietosuojaseloste\n\nRekisterinpitäjä: Kukkapuoti Oy, Kirkkotie 1, 40100 Jyväskylä\n\nTarkoitus ja oikeusperuste:\n- kukkien toimitus – sopimus\n\nTietolähde: asiakas.\n",
			[]string{"Tietolähde"}, []string{"kukkien toimitus"}},
		{"a table's header row read back from a PDF is no period",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nTilipalvelu Summa Ky, Kirkkotie 1, 40100 Jyväskylä\n\nSäilytysaika\nAineisto Säilytysaika\nTositteet 6 vuotta\nPalkkakirjanpito 10 vuotta\n",
			[]string{"Aineisto"}, []string{"Tositteet", "6 vuotta"}},
		{"a processor's service before a colon is not its name",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nMassage Lugn Ab, Strandvägen 1, 65100 Vasa\n\nPersonuppgiftsbiträden\nKassasystem: Kassa (Kassatuote Oy). Bokning: Boka (Boka Ab).\n",
			[]string{"Kassa (Kassatuote", "Boka (Boka"}, []string{"Kassatuote Oy", "Boka Ab", "Kassasystem"}},
		{"a sentence naming a processor is not its name",
			"Privacy notice\n\nController\nPilates Kevyt Oy, Kirkkotie 1, 40100 Jyväskylä\n\nProcessors\nPayments are handled by Maksu B.V. (the Netherlands). Reminders are sent with Postia (Postia Group LLC, USA).\n",
			[]string{"are handled", "are sent"}, []string{"Maksu B.V.", "Postia Group LLC"}},
		{"a list's 'ja' inside a compound or after a genitive does not split it",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nTilipalvelu Summa Ky, Kirkkotie 1, 40100 Jyväskylä\n\nRekisterin tietosisältö\nRekisteriin tallennetaan asiakkaiden ja heidän lastensa nimet, osoitteet sekä loma- ja sairauspoissaolot.\n",
			[]string{"loma-\n", "\nasiakkaiden\n"}, []string{"asiakkaiden ja heidän lastensa nimet", "osoitteet", "loma- ja sairauspoissaolot"}},
		{"a list of data ending with a full stop is a list",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nRakennus Oy, Kirkkotie 1, 40100 Jyväskylä\n\nRekisterin tietosisältö\nNimi, osoite, puhelinnumero, sähköposti, työmaan osoite ja kiinteistötunnus.\nRekisteriin ei tallenneta arkaluonteisia tietoja, kuten terveystietoja.\n",
			[]string{"arkaluonteisia", "terveystietoja"}, []string{"Nimi", "työmaan osoite", "kiinteistötunnus"}},
		{"a table under 'Tietojen käsittelijät ja luovutukset'",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLankakauppa Oy, Kirkkotie 1, 40100 Jyväskylä\n\nTietojen käsittelijät ja luovutukset\nKumppani | Tehtävä\nMaksu Oyj | maksunvälitys\nKuljetus Oy | pakettien kuljetus\n\nSäilytysaika\nTiedot säilytetään kaksi vuotta.\n",
			[]string{"Kumppani", "Tehtävä"}, []string{"Maksu Oyj", "Kuljetus Oy"}},
		{"disclosures to others only with consent are no recipient",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nHammashoito Oy, Kirkkotie 1, 40100 Jyväskylä\n\nTietojen luovutukset\nTietoja luovutetaan Kelalle korvausten hakemiseksi.\nMuille tietoja luovutetaan vain potilaan kirjallisella suostumuksella.\n",
			[]string{"Muille"}, []string{"Tietoja luovutetaan Kelalle korvausten hakemiseksi."}},
		{"the company a recipients sentence names",
			"Tietosuojaseloste\n\nRekisterinpitäjä: Kukkapuoti Oy, Kirkkotie 1, 40100 Jyväskylä\n\nVastaanottajat: kuljetusliike Savon Kuljetus Oy toimittaa kukat vastaanottajalle.\n",
			[]string{"toimittaa"}, []string{"Savon Kuljetus Oy"}},
		{"a 'Tiedot:' label line lists the data",
			"Tietosuojaseloste\n\nRekisterinpitäjä: Kukkapuoti Oy, Kirkkotie 1, 40100 Jyväskylä\n\nTiedot: tilaajan nimi, puhelin ja sähköposti; korttiteksti.\n\nSäilytys: tilaustiedot säilytetään kaksi vuotta.\n",
			[]string{"Tiedot:"}, []string{"tilaajan nimi", "puhelin", "sähköposti", "korttiteksti"}},
		{"law citation is the basis, not a period",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nRetention\nReceipts 6 years from the end of the financial year\nAccounting Act, chapter 2, section 10\nWhen the retention period ends, we delete the data.\n",
			[]string{"When the retention"}, []string{"Receipts", "6 years from the end of the financial year", "Accounting Act, chapter 2, section 10"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			facts := factsOf(Answers(c.text).Answers)
			all := "\n" + strings.Join(facts, "\n") + "\n"
			for _, b := range c.bad {
				if strings.Contains(all, b) {
					t.Errorf("%q read as a fact:\n%s", b, all)
				}
			}
			for _, w := range c.want {
				found := false
				for _, f := range facts {
					found = found || f == w
				}
				if !found {
					t.Errorf("%q not read:\n%s", w, all)
				}
			}
		})
	}
}

// TestVagueRetentionNotCookies: a sentence on storing cookies is no
// retention statement.
func TestVagueRetentionNotCookies(t *testing.T) {
	text := goodEN + "Apart from strictly necessary cookies, we store cookies on your device only with your consent.\n"
	for _, f := range Audit(text, "en").Findings {
		if strings.Contains(f.Quote, "cookie") {
			t.Errorf("%s quotes a cookie sentence: %q", f.Code, f.Quote)
		}
	}
}

// factsOf lists the texts the answers took from a notice.
func factsOf(a data.Answers) []string {
	o := a.Organisation
	// A six-digit Y-tunnus gets its leading zero: the rest is the text's.
	out := []string{o.Name, strings.TrimPrefix(o.BusinessID, "0"), o.Street, o.City, o.PrivacyContact.Name, o.PrivacyContact.Title}
	for _, p := range a.Processors {
		out = append(out, p.Name, p.Service)
	}
	for _, r := range a.Registers {
		out = append(out, r.Name)
		out = append(out, r.DataSubjects...)
		for _, p := range r.Purposes {
			out = append(out, p.Description, p.Law)
		}
		for _, c := range r.DataCategories {
			out = append(out, c.Name)
		}
		for _, s := range r.Sources {
			out = append(out, s.Description)
		}
		for _, x := range r.Recipients {
			out = append(out, x.Name)
		}
		for _, x := range r.Retention {
			out = append(out, x.Data, x.Period, x.Basis)
		}
	}
	return out
}

// TestNoFalseFactsFields: each field holds only what the text states for
// it (kinds a second probe found: a table's header row as the company's
// name, row labels as purposes or categories, names cut at "&" or at a
// bracket, a sentence naming no one as a recipient, a title glued to a
// name, a template's gap copied as an answer).
func TestNoFalseFactsFields(t *testing.T) {
	org, contact, purposes, categories, recipients := orgNameOf, contactOf, purposesOf, categoriesOf, recipientsOf
	cases := []struct {
		name  string
		text  string
		field func(data.Answers) []string
		bad   []string // no value of the field may be one of these or contain "(" without ")"
		want  []string // values the field must hold
	}{
		{"a table's header row is no company name",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nTieto\tRekisterinpitäjän tiedot\nNimi\tLeipomo Ruis Oy\nY-tunnus\t2290011-4\n",
			org, []string{"Tieto Rekisterinpitäjän tiedot"}, []string{"Leipomo Ruis Oy"}},
		{"a table of groups of people: its first column is no category",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsiteltävät henkilötiedot\nRyhmä\tTiedot\nAsiakas\tNimi, puhelinnumero\nNoutaja\tNimi ja osoite\n",
			categories, []string{"Ryhmä", "Asiakas", "Noutaja"}, []string{"Nimi", "puhelinnumero", "osoite"}},
		{"a sub-heading and a table's row labels are no purposes",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelyn tarkoitus\nTietoja käsitellään tilausten toimittamiseen.\n\nRekisterin tiedot\n\nTietoryhmä\tEsimerkkejä\n\nPerustiedot\tnimi, osoite\n\nTilaustiedot\ttilatut tuotteet\n",
			purposes, []string{"Rekisterin tiedot", "Perustiedot", "Tilaustiedot", "Perustiedot – nimi, osoite"}, []string{"Tietoja käsitellään tilausten toimittamiseen."}},
		{"a name with '&' is whole",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nTietojen luovutus\nTilitoimisto Summa & Saldo Oy käsittelee laskutustiedot lukuumme.\n",
			recipients, []string{"Saldo Oy"}, []string{"Tilitoimisto Summa & Saldo Oy"}},
		{"a company working on our behalf is a processor",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nTietojen luovutus\nTilitoimisto Summa & Saldo Oy käsittelee laskutustiedot lukuumme.\n- Arvio Oy, henkilöarviointien käsittelijä\n- Palkka Oyj, palkanlaskenta\n",
			func(a data.Answers) []string {
				var out []string
				for _, p := range a.Processors {
					out = append(out, p.Name, p.Service)
				}
				for _, r := range a.Registers {
					for _, x := range r.Recipients {
						out = append(out, x.Name, x.Reason)
					}
				}
				return out
			}, []string{"henkilöarviointien", "Palkka Oyj, palkanlaskenta"}, []string{"Tilitoimisto Summa & Saldo Oy", "Arvio Oy", "henkilöarviointien käsittelijä", "Palkka Oyj", "palkanlaskenta"}},
		{"processors with notes in brackets, in one line",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelijät\nVaraamo Oy (ajanvaraus), Tilitoimisto Kehä Oy (kirjanpito)\n",
			recipients, nil, []string{"Varaamo Oy", "ajanvaraus", "Tilitoimisto Kehä Oy", "kirjanpito"}},
		{"a product with its company in brackets",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nProcessors\n- Kassa (Kassatuote Oy), invoicing – processor\n- Lingo (Lingo a.s., Czech Republic), translation memory\n",
			recipients, nil, []string{"Kassatuote Oy", "Lingo a.s."}},
		{"a processor's role outside the bracket",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelijät\n- Laskutin Oy, henkilötietojen käsittelijä (laskutusohjelma)\n",
			recipients, []string{"henkilötietojen käsittelijä (laskutusohjelma)"}, []string{"Laskutin Oy", "laskutusohjelma"}},
		{"a sentence naming no recipient is none",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nTietojen luovutukset\nTietoja luovutetaan Kelalle. Muutoin tietoja luovutetaan vain lain sallimissa rajoissa.\n",
			recipients, []string{"Muutoin tietoja luovutetaan vain lain sallimissa rajoissa."}, []string{"Tietoja luovutetaan Kelalle."}},
		{"a title before the contact person's name fi",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nYhteyshenkilö\nKirjanpitäjä Liisa Ruis, liisa@ruis.example\n",
			contact, []string{"Kirjanpitäjä Liisa Ruis"}, []string{"Liisa Ruis", "Kirjanpitäjä"}},
		{"a title before the contact person's name fi 2",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nAsunto Oy Ruis\n\nYhteyshenkilö\nIsännöitsijä Pekka Ruis, puh. 050 123 4567\n",
			contact, []string{"Isännöitsijä Pekka Ruis"}, []string{"Pekka Ruis", "Isännöitsijä"}},
		{"a title before the contact person's name sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nBageri Råg Ab\n\nKontaktperson\nVeterinär Anna Råg, tfn 050 123 4567\n",
			contact, []string{"Veterinär Anna Råg"}, []string{"Anna Råg", "Veterinär"}},
		{"a first name ending like a title is a name",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nYhteyshenkilö\nMaija Ruis, puh. 050 123 4567\n",
			contact, nil, []string{"Maija Ruis"}},
		{"a list's commas inside brackets do not split it",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsiteltävät tiedot\nNimi, osoite, kohteen tiedot (pinta-ala, lemmikit, toiveet).\n",
			categories, []string{"lemmikit"}, []string{"Nimi", "osoite", "kohteen tiedot (pinta-ala, lemmikit, toiveet)"}},
		{"a purposes table's row is no retention statement",
			"Privacy notice\n\nController\nRye Bakery Oy\n\nPurposes and legal bases\nPurpose\tLegal basis\tRetention\nHandling orders\tContract (GDPR Art. 6(1)(b))\tOrders are deleted 12 months after delivery\n",
			retentionOf, []string{"Handling orders Contract (GDPR Art. 6(1)(b)) Orders are deleted 12 months after delivery"}, nil},
		{"the paragraph after a basis label's value is no purpose (a PDF without blank lines)",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n3. Asiakasrekisteri\nKäsittelyn tarkoitus: tilausten toimittaminen.\nOikeusperuste: sopimus (GDPR 6 artiklan 1 kohdan b alakohta) sekä lakisääteinen\nvelvoite, kun kyse on kirjanpidosta.\nTietoja säilytetään kolme vuotta.\n" +
				"Kohta 1.1: Asiakkaan nimi tallennetaan järjestelmään, jotta tilaus voidaan toimittaa. Tietoja\nkäsittelevät vain ne työntekijät, joiden tehtävät sitä edellyttävät.\n",
			purposes, []string{"Kohta 1.1: Asiakkaan nimi tallennetaan järjestelmään, jotta tilaus voidaan toimittaa.", "Tietoja käsittelevät vain ne työntekijät, joiden tehtävät sitä edellyttävät.",
				"sopimus (GDPR 6 artiklan 1 kohdan b alakohta) sekä lakisääteinen velvoite, kun kyse on kirjanpidosta."}, []string{"tilausten toimittaminen."}},
		{"a company's own address in Pasila is its own",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKonsultit Ruis Oy\nRatapihantie 11, 00520 Helsinki\n\nValitusoikeus\nVoit valittaa tietosuojavaltuutetulle.\n",
			addressOf, nil, []string{"Ratapihantie 11", "00520", "Helsinki"}},
		{"the authority's old address is no company's",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKonsultit Ruis Oy\nPuh. 050 123 4567\nTietosuojavaltuutetun toimisto, Ratapihantie 9, 00520 Helsinki\n",
			addressOf, []string{"Ratapihantie 9", "00520", "Helsinki"}, nil},
		{"a name read in the wrong encoding is left out",
			"Tietosuojaseloste\n\nElÃ¤inlÃ¤Ã¤kÃ¤ri Karva Oy\nY-tunnus 2412359-0\nRautatienkatu 17, 13100 Hämeenlinna\n\nYhteyshenkilö\nRiikka Pelkonen\n",
			org, []string{"ElÃ¤inlÃ¤Ã¤kÃ¤ri Karva Oy"}, nil},
		{"a value with a control character is left out",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsiteltävät tiedot\n- nimi\n- \x7fhenkilötunnus\n",
			categories, []string{"\x7fhenkilötunnus"}, []string{"nimi"}},
		{"another company's phone in the controller's section is not the controller's",
			"Rekisteriseloste\n\n1. Rekisterinpitäjä\nAsunto Oy Koivu\nY-tunnus 2088416-5\nKoivutie 2, 04400 Järvenpää\nRekisteriä ylläpitää isännöitsijä: Isännöinti Kivi Oy, Y-tunnus 3307612-4, Kivikatu 11, 04400 Järvenpää, puh. 09 271 5500, info@kivi.example.\n",
			func(a data.Answers) []string {
				o := a.Organisation
				return []string{o.Street, o.Phone, o.Email, o.BusinessID}
			}, []string{"09 271 5500", "info@kivi.example", "3307612-4", "Kivikatu 11"}, []string{"Koivutie 2", "2088416-5"}},
		{"a sentence on the basis after the purposes is no purpose",
			"Rekisteriseloste\n\n1. Rekisterinpitäjä\nAutokoulu Oy\n\n4. Henkilötietojen käsittelyn tarkoitus\nRekisteriä käytetään opetuksen järjestämiseen. Tietoja käsitellään oppilaan antaman suostumuksen perusteella.\n",
			purposes, []string{"Tietoja käsitellään oppilaan antaman suostumuksen perusteella."}, []string{"Rekisteriä käytetään opetuksen järjestämiseen."}},
		{"a heading on advertising ends the recipients",
			"Privacy Policy\n\nWho we are\nVilla Lanka Oy\n\nSharing your personal information\nWe share your information with Shopify to power our online store.\n\nBehavioural advertising\nWe use Meta Pixel for targeted advertising.\n",
			recipients, []string{"Behavioural advertising", "We use Meta Pixel for targeted advertising."}, []string{"We share your information with Shopify to power our online store."}},
		{"'we process … with your consent' states a basis, no purpose",
			"Privacy Policy\n\nWho we are\nVilla Lanka Oy\n\nHow we use your personal information\nWe use your data to fulfil orders. We process your personal information with your consent.\n",
			purposes, []string{"We process your personal information with your consent."}, []string{"We use your data to fulfil orders."}},
		{"a heading's number glued to a web address by a PDF is not the address's",
			"Tietosuojaseloste\n\n1. Rekisterinpitäjä\nFysio Oy\nwww.fysio.example.fi2. Yhteyshenkilö\n",
			func(a data.Answers) []string { return []string{a.Organisation.Website} },
			[]string{"https://www.fysio.example.fi2"}, []string{"https://www.fysio.example.fi"}},
		{"no data protection officer",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKonsultit Oy\n\nTietosuojavastaava\nEmme ole nimittäneet tietosuojavastaavaa.\n",
			func(a data.Answers) []string {
				if a.Organisation.DPO != nil {
					return []string{"DPO " + a.Organisation.DPO.Name}
				}
				return nil
			}, []string{"DPO ", "DPO Emme"}, nil},
		{"a template's gap is no purpose",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsittelyn tarkoitus\n- tilausten toimitus\n- [yrityksen nimi]:n markkinointiviestintä\n- XXX\n",
			purposes, []string{"[yrityksen nimi]:n markkinointiviestintä", "XXX"}, []string{"tilausten toimitus"}},
		{"a template's gap is no category",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nLeipomo Ruis Oy\n\nKäsiteltävät tiedot\nNimi, puhelinnumero, erityistarpeet (mikä).\n",
			categories, []string{"erityistarpeet (mikä)"}, []string{"Nimi", "puhelinnumero"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.field(Answers(c.text).Answers)
			for _, v := range got {
				for _, b := range c.bad {
					if v == b {
						t.Errorf("%q read: %q", b, got)
					}
				}
				if strings.Count(v, "(") != strings.Count(v, ")") {
					t.Errorf("unbalanced brackets in %q", v)
				}
			}
			for _, w := range c.want {
				found := false
				for _, v := range got {
					found = found || v == w
				}
				if !found {
					t.Errorf("%q not read: %q", w, got)
				}
			}
		})
	}
}

func orgNameOf(a data.Answers) []string { return []string{a.Organisation.Name} }

func contactOf(a data.Answers) []string {
	return []string{a.Organisation.PrivacyContact.Name, a.Organisation.PrivacyContact.Title}
}

func purposesOf(a data.Answers) []string {
	var out []string
	for _, r := range a.Registers {
		for _, p := range r.Purposes {
			out = append(out, p.Description)
		}
	}
	return out
}

func categoriesOf(a data.Answers) []string {
	var out []string
	for _, r := range a.Registers {
		for _, c := range r.DataCategories {
			out = append(out, c.Name)
		}
	}
	return out
}

// recipientsOf lists the recipients' names and the processors' names and
// services.
func recipientsOf(a data.Answers) []string {
	var out []string
	for _, r := range a.Registers {
		for _, x := range r.Recipients {
			out = append(out, x.Name)
		}
	}
	for _, p := range a.Processors {
		out = append(out, p.Name, p.Service)
	}
	return out
}

// retentionOf lists the data and periods of the retention rules.
func retentionOf(a data.Answers) []string {
	var out []string
	for _, r := range a.Registers {
		for _, x := range r.Retention {
			out = append(out, x.Data, x.Period)
		}
	}
	return out
}

// addressOf lists the organisation's street, postal code and city.
func addressOf(a data.Answers) []string {
	o := a.Organisation
	return []string{o.Street, o.PostalCode, o.City}
}

// TestMissedFacts: facts the second probe's notices state that were not
// read (each text of our own wording, in the shape of a probe notice).
func TestMissedFacts(t *testing.T) {
	cases := []struct {
		name, text string
		field      func(data.Answers) []string
		want       []string
	}{
		{"labelled contact person",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nYritys\tLeipomo Ruis Oy\n\nTietosuoja-asioiden yhteyshenkilö\nNimi: Liisa Ruis\n\nTehtävä: HR-asiantuntija\n\nSähköposti: tietosuoja@ruis.example\n",
			contactOf, []string{"Liisa Ruis", "HR-asiantuntija"}},
		{"phone under a customer service label",
			"Tietosuojaseloste\n\n1. Rekisterinpitäjä\nLeipomo Ruis Oy (Y-tunnus 2290011-4)\n\nKatu 4, 60100 Seinäjoki\n\nAsiakaspalvelu: 020 741 5500 (ma–pe 8–16)\n",
			phoneOf, []string{"020 741 5500"}},
		{"phone under a Telephone label",
			"Privacy Notice\n\n1. Controller\nCompany\tRye Bakery Oy\nTelephone\t+358 16 342 9900\n",
			phoneOf, []string{"+358 16 342 9900"}},
		{"a shop run by a company",
			"Privacy Policy\n\nWho we are\nWool Shop is run by Villa Lanka Oy, Business ID 2201746-0, Tehtaankatu 3, 28100 Pori, Finland.\n",
			orgNameOf, []string{"Villa Lanka Oy"}},
		{"a title with an adjective before the name",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nHammas Oy\n\nYhteyshenkilö\nVastaava hammaslääkäri Kaija Holm, kaija@hammas.example\n",
			contactOf, []string{"Kaija Holm", "Vastaava hammaslääkäri"}},
		{"a letterhead without a controller heading",
			"Tietosuojaseloste\n\nSiivous Kirkas Tmi\nY-tunnus: 3051276-0\nOjakatu 3, 33100 Tampere\nPuhelin 050 441 2087\nSähköposti: kirkas@example.com\n\nYhteyshenkilö: Sari Mäki\n\nKäsittelyn tarkoitus\nSiivous.\n",
			func(a data.Answers) []string {
				o := a.Organisation
				return []string{o.Name, o.Street, o.PostalCode, o.City, o.Phone, o.Email}
			}, []string{"Siivous Kirkas Tmi", "Ojakatu 3", "33100", "Tampere", "050 441 2087", "kirkas@example.com"}},
		{"a title in the genitive before the name",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nPäiväkoti Oy\n\nYhteyshenkilö\nPäiväkodin johtaja Hanna Lehto, puh. 044 552 1171\n",
			contactOf, []string{"Hanna Lehto", "Päiväkodin johtaja"}},
		{"a title and a degree before the name, apart by a comma",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKoti Oy\n\nYhteyshenkilö\nToimitusjohtaja, LKV Petri Salo\npetri@koti.example, 0400 512 330\n",
			contactOf, []string{"Petri Salo"}},
		{"a recipient with its reason",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nSali Oy\n\nLuovutukset\n- Laskutus ja perintä: Perintä Oy\n- Ajovarma Ab (ajokokeet).\n- Sähköpostit: Postimies\n",
			func(a data.Answers) []string {
				var out []string
				for _, r := range a.Registers {
					for _, x := range r.Recipients {
						out = append(out, x.Name, x.Reason)
					}
				}
				return out
			}, []string{"Perintä Oy", "Laskutus ja perintä", "Ajovarma Ab", "ajokokeet", "Postimies", "Sähköpostit"}},
		{"a legitimate interest with its interest after a colon",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nSali Oy\n\nKäsittelyn tarkoitus\nAsiakaskortti (värit) – oikeutettu etu: palvelun laadun varmistaminen.\n\nRekisterit ja käyttötarkoitukset\nRekisteri\tTarkoitus\tOikeusperuste\nKulkurekisteri\tKulkutunnisteet\tOikeutettu etu: tilojen turvallisuus\n",
			func(a data.Answers) []string {
				var out []string
				for _, r := range a.Registers {
					for _, p := range r.Purposes {
						out = append(out, p.Description, string(p.LegalBasis), p.LegitimateInterest)
					}
				}
				return out
			}, []string{"Asiakaskortti (värit)", "palvelun laadun varmistaminen", "Kulkutunnisteet", "tilojen turvallisuus", "legitimate_interests"}},
		{"a title after the name and a comma",
			"Rekisteriseloste\n\n1. Rekisterinpitäjä\nAutokoulu Oy\n\n2. Rekisteriasioista vastaava henkilö\nMarja-Leena Kettu, koulutuspäällikkö\npuh. 040 718 2294\n",
			contactOf, []string{"Marja-Leena Kettu", "koulutuspäällikkö"}},
		{"data stored of a person, listed after a colon",
			"Rekisteriseloste\n\n1. Rekisterinpitäjä\nAutokoulu Oy\n\n5. Rekisterin tietosisältö\nOppilaasta tallennetaan seuraavat tiedot: nimi, henkilötunnus, osoite, teoriakokeen tulos.\n",
			categoriesOf, []string{"nimi", "henkilötunnus", "osoite", "teoriakokeen tulos"}},
		{"a web shop's question-like headings en",
			"Privacy Policy\n\nWho we are\nWool Shop is run by Villa Lanka Oy, Business ID 2201746-0.\n\nHow we use your personal information\nWe use the Order Information to fulfil orders and send invoices. We process your personal information with your consent.\n\nSharing your personal information\nWe share your information with Shopify to power our online store.\n\nBehavioural advertising\nWe use Meta Pixel.\n",
			purposesOf, []string{"We use the Order Information to fulfil orders and send invoices."}},
		{"the data protection officer named",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nKonsultit Oy\n\nTietosuojavastaava\nLakimies Heikki Toivo, dpo@konsultit.example\n\nYhteyshenkilö\nAsiakkuuspäällikkö Minna Saari, 050 488 2716, minna@konsultit.example\n",
			func(a data.Answers) []string {
				out := contactOf(a)
				out = append(out, a.Organisation.PrivacyContact.Phone)
				if d := a.Organisation.DPO; d != nil {
					out = append(out, d.Name, d.Title, d.Email)
				}
				return out
			}, []string{"Heikki Toivo", "Lakimies", "dpo@konsultit.example", "Minna Saari", "050 488 2716"}},
		{"the data protection officer after a label sv",
			"Dataskyddsbeskrivning\n\nPersonuppgiftsansvarig\nTrafikskola Ab\n\nDataskyddsombud\nDataskyddsombud: Peter Nyman\n",
			func(a data.Answers) []string {
				if d := a.Organisation.DPO; d != nil {
					return []string{d.Name}
				}
				return nil
			}, []string{"Peter Nyman"}},
		{"the processors a recipients sentence marks as such",
			"Tietosuojaseloste\n\nRekisterinpitäjä\nPuoti Oy\n\nVastaanottajat\nPosti Oy ja Matkahuolto (toimitukset), Paytrail Oyj (maksut), kaupan palvelin: Zoner Oy (käsittelijä).\n\nLuovutukset\nVerohallinto (ilmoitukset); Procountor (Accountor Finago Oy), kirjanpito-ohjelma, käsittelijä.\n",
			func(a data.Answers) []string {
				var out []string
				for _, p := range a.Processors {
					out = append(out, "processor "+p.Name)
				}
				for _, r := range a.Registers {
					for _, x := range r.Recipients {
						out = append(out, "recipient "+x.Name)
					}
				}
				return out
			}, []string{"recipient Posti Oy", "recipient Paytrail Oyj", "processor Zoner Oy", "processor Accountor Finago Oy"}},
		{"'Rekisteriasioista vastaa:' labels the contact person",
			"Kuvaamo – tietosuojaseloste\n\nRekisterinpitäjä: Kuvaamo Hetki Ky\nPuhelin: 045 113 7789\n\nRekisteriasioista vastaa: Anu Heikki\n\nMitä tietoja keräämme\n- nimi\n",
			contactOf, []string{"Anu Heikki"}},
		{"a bare 'Personal data' heading over the data",
			"Privacy Notice\n\n1. Controller\nRye Oy\n\n4. Personal data\n- Contact details: name, company, e-mail address\n\n- Order details: language pair, price\n\n5. Sources\nThe client.\n",
			categoriesOf, []string{"Contact details: name, company, e-mail address", "Order details: language pair, price"}},
		{"a table of registers with purpose and basis columns",
			"Tietosuojaseloste\n\n1. Rekisterinpitäjä\nSali Oy\n\n3. Rekisterit ja käyttötarkoitukset\nRekisteri\tTarkoitus\tOikeusperuste\nJäsenrekisteri\tJäsensopimuksen hallinta ja laskutus\tSopimus\nMarkkinointirekisteri\tTarjoukset sähköpostilla\tSuostumus\n",
			purposesOf, []string{"Jäsensopimuksen hallinta ja laskutus", "Tarjoukset sähköpostilla"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := c.field(Answers(c.text).Answers)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not read: %q", w, got)
				}
			}
		})
	}
}

func phoneOf(a data.Answers) []string { return []string{a.Organisation.Phone} }
