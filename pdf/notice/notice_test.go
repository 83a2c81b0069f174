package notice

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// langCase holds what a notice of the example company must say in one
// language beyond the facts the user entered.
type langCase struct {
	lang      string
	sections  []string // top-level section titles in order
	must      []string
	mustNot   []string
	header    string
	footer    string
	pageLabel string
	sign      []string // signature line labels
}

var langCases = []langCase{
	{
		lang: "fi",
		sections: []string{"Rekisterinpitäjä ja yhteystiedot", "Asiakasrekisteri", "Uutiskirjeen tilaajat",
			"Sinun oikeutesi", "Oikeus tehdä valitus valvontaviranomaiselle", "Evästeet ja verkkosivujen analytiikka",
			"Oikeuksia koskevien pyyntöjen kirjaaminen", "Selosteen muutokset", "Allekirjoitus"},
		must: []string{
			"EU:n yleinen tietosuoja-asetus (EU) 2016/679, 13 ja 14 artikla; tietosuojalaki (1050/2018)",
			"Laadittu: 1.3.2025", "Päivitetty: 23.11.2026", "Versio: 3",
			"Emme ole nimittäneet tietosuojavastaavaa",
			"Sopimus, 6 artiklan 1 kohdan b alakohta", "Lakisääteinen velvoite, 6 artiklan 1 kohdan c alakohta: Kirjanpitolaki (1336/1997)",
			"Oikeutettu etu, 6 artiklan 1 kohdan f alakohta", "Suostumus, 6 artiklan 1 kohdan a alakohta",
			"Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä",
			"Tiedot tarvitaan sopimuksen täyttämiseen.",
			"Yritys- ja yhteisötietojärjestelmä (YTJ) – julkinen lähde",
			"Muualta kuin sinulta itseltäsi saamamme tiedot kuuluvat edellä kohdassa 2.4 lueteltuihin tietoryhmiin.",
			"EU/ETA-alueella (Suomi)", "EU/ETA-alueen ulkopuolella (Yhdysvallat)",
			"Siirto perustuu Euroopan komission riittävyyspäätökseen EU:n ja Yhdysvaltojen tietosuojakehyksestä (Data Privacy Framework, 45 artikla).",
			"Vastaanottaja ilmoittaa olevansa sertifioitu kehykseen",
			"Emme tee sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla).",
			"Manuaalinen aineisto:",
			"15 artikla", "16 artikla", "17 artikla", "18 artikla", "20 artikla", "21 artikla", "7 artiklan 3 kohta",
			"osoitteeseen sanna.kivi@ajanvarauskivi.fi", "kuukauden kuluessa", "12 artiklan 3 kohta", "maksutonta", "henkilöllisyytesi",
			"Tietosuojavaltuutetun toimisto", "Lintulahdenkuja 4, 00530 Helsinki", "PL 800, 00531 Helsinki",
			"029 566 6700", "tietosuoja@om.fi", "tietosuoja.fi",
			"(sähköisen viestinnän palveluista annetun lain (917/2014) 205 §)", "evästeilmoituksella", "Matomo (oma palvelin)",
			"kirjaamme pyyntösi", "36 kuukautta", "lakisääteinen velvoitteemme (6 artiklan 1 kohdan c alakohta)", "oikeutettuun etuumme (6 artiklan 1 kohdan f alakohta)",
			"Seloste on laadittu 1.3.2025 ja päivitetty viimeksi 23.11.2026.", "Muutoshistoria", "5.1.2026",
		},
		// No copy of an adequacy decision; no category list that claims
		// every source supplies every category; no citations starting
		// with a capital mid-sentence.
		mustNot: []string{"Kopion suojatoimesta", "Suojatoimi:", "Julkisella lähteellä tarkoitetaan", "; Tietosuojalaki", "(Laki sähköisen",
			"ne kuuluvat näihin tietoryhmiin", "emmekä profiloi", "Profiloimme", "evästeasetuksista"},
		header: "Ajanvaraus Kivi Oy · Tietosuojaseloste", footer: "Versio 3 · päivitetty 23.11.2026", pageLabel: "Sivu %d / %d",
		sign: []string{"Paikka ja aika", "Allekirjoitus", "Nimenselvennys", "Asema"},
	},
	{
		lang: "sv",
		sections: []string{"Personuppgiftsansvarig och kontaktuppgifter", "Asiakasrekisteri", "Uutiskirjeen tilaajat",
			"Dina rättigheter", "Rätt att lämna klagomål till tillsynsmyndigheten", "Kakor och webbanalys",
			"Registrering av begäranden om rättigheter", "Ändringar i beskrivningen", "Underskrift"},
		must: []string{
			"EU:s allmänna dataskyddsförordning (EU) 2016/679, artiklarna 13 och 14", "dataskyddslagen (1050/2018)",
			"FO-nummer: 3312457-9", "Upprättad: 1.3.2025", "Uppdaterad: 23.11.2026",
			"Vi har inte utsett något dataskyddsombud",
			"Avtal, artikel 6.1 b", "Rättslig förpliktelse, artikel 6.1 c: Kirjanpitolaki (1336/1997)",
			"Berättigat intresse, artikel 6.1 f", "Samtycke, artikel 6.1 a",
			"Du kan invända mot behandling som grundar sig på berättigat intresse",
			"offentlig källa", "Inom EU/EES (Suomi)", "Utanför EU/EES (Yhdysvallat)",
			"Överföringen grundar sig på kommissionens beslut om adekvat skyddsnivå för ramverket för dataskydd mellan EU och USA",
			"Mottagaren uppger att den är certifierad enligt ramverket", "hör till de kategorier som anges i punkt 2.4 ovan",
			"Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling",
			"artikel 15", "artikel 16", "artikel 17", "artikel 18", "artikel 20", "artikel 21", "artikel 7.3",
			"till sanna.kivi@ajanvarauskivi.fi", "senast en månad efter att vi tog emot din begäran", "avgiftsfritt", "identitet",
			"Dataombudsmannens byrå", "Fågelviksgränden 4, 00530 Helsingfors", "PB 800, 00531 Helsingfors",
			"029 566 6700", "tietosuoja@om.fi",
			"lagen om tjänster inom elektronisk kommunikation (917/2014) 205 §", "Matomo (oma palvelin)",
			"registrerar vi din begäran", "36 månader", "Ändringshistorik", "5.1.2026",
			"på vilken rättslig grund", "meddelar vi dig om förlängningen och skälen till den", "Vi uppdaterar alltid beskrivningen",
			"eller anonymiserar dem så att du inte längre kan identifieras", "Med undantag för nödvändiga kakor sparar och läser vi kakor",
		},
		mustNot: []string{"profilerar", "6(1)", "12(3)", "7(3)", "En kopia av skyddsåtgärden", "Skyddsåtgärd:", "Med offentlig källa avses", "med vilken rättslig grund"},
		header:  "Ajanvaraus Kivi Oy · Dataskyddsbeskrivning", footer: "Version 3 · uppdaterad 23.11.2026", pageLabel: "Sida %d / %d",
		sign: []string{"Ort och datum", "Underskrift", "Namnförtydligande", "Befattning"},
	},
	{
		lang: "en",
		sections: []string{"Controller and contact details", "Asiakasrekisteri", "Uutiskirjeen tilaajat",
			"Your rights", "Right to lodge a complaint with the supervisory authority", "Cookies and web analytics",
			"Record of requests about your rights", "Changes to this notice", "Signature"},
		must: []string{
			"General Data Protection Regulation (EU) 2016/679, Articles 13 and 14", "Data Protection Act (1050/2018)",
			"Business ID: 3312457-9", "Drawn up: 1 March 2025", "Updated: 23 November 2026",
			"We have not appointed a data protection officer",
			"Contract, Article 6(1)(b)", "Legal obligation, Article 6(1)(c): Kirjanpitolaki (1336/1997)",
			"Legitimate interests, Article 6(1)(f)", "Consent, Article 6(1)(a)",
			"You may object to processing based on legitimate interests",
			"public source", "Within the EU/EEA (Suomi)", "Outside the EU/EEA (Yhdysvallat)",
			"The transfer is based on the European Commission's adequacy decision on the EU–US Data Privacy Framework (Article 45).",
			"The recipient states that it is certified under the framework", "belongs to the categories listed in section 2.4 above",
			"We make no decisions about you based solely on automated processing",
			"Article 15", "Article 16", "Article 17", "Article 18", "Article 20", "Article 21", "Article 7(3)",
			"to sanna.kivi@ajanvarauskivi.fi", "within one month", "free of charge", "identity",
			"Office of the Data Protection Ombudsman", "Lintulahdenkuja 4, 00530 Helsinki", "00531 Helsinki",
			"029 566 6700", "tietosuoja@om.fi",
			"Act on Electronic Communications Services (917/2014), section 205", "Matomo (oma palvelin)",
			"we record your request", "36 months", "Change history", "5 January 2026",
			"we delete the data or anonymise it so that you can no longer be identified",
		},
		mustNot: []string{"profile you", "You can get a copy of the safeguard", "Safeguard:", "A public source is", "make sure it can no longer identify you"},
		header:  "Ajanvaraus Kivi Oy · Privacy notice", footer: "Version 3 · updated 23 November 2026", pageLabel: "Page %d of %d",
		sign: []string{"Place and date", "Signature", "Name in print", "Position"},
	},
}

// TestExampleNotice checks that the example company's notice in each
// language carries every item of DESIGN.md and every fact entered, in the
// required order.
func TestExampleNotice(t *testing.T) {
	a := load(t, examplePath)
	for _, lc := range langCases {
		t.Run(lc.lang, func(t *testing.T) {
			d := Compose(a, issued(lc.lang))
			text := d.PlainText()
			for _, want := range append(enteredFacts(a, a.Registers), lc.must...) {
				if !strings.Contains(text, want) {
					t.Errorf("notice lacks %q", want)
				}
			}
			for _, want := range vocabLabels(lc.lang, a) {
				if !strings.Contains(text, want) {
					t.Errorf("notice lacks vocabulary text %q", want)
				}
			}
			for _, bad := range lc.mustNot {
				if strings.Contains(text, bad) {
					t.Errorf("notice contains %q", bad)
				}
			}
			var titles []string
			for i, s := range d.Sections {
				titles = append(titles, s.Title)
				if s.Number != sectionNo(i) {
					t.Errorf("section %q numbered %q, want %q", s.Title, s.Number, sectionNo(i))
				}
			}
			if strings.Join(titles, "|") != strings.Join(lc.sections, "|") {
				t.Errorf("sections\n got %q\nwant %q", titles, lc.sections)
			}
			if d.Lang != lc.lang || d.Title != Title(lc.lang) || d.Subtitle != "Ajanvaraus Kivi Oy" ||
				d.Header != lc.header || d.Footer != lc.footer || d.PageLabel != lc.pageLabel || d.Watermark != "" {
				t.Errorf("document fields: %+v", *d)
			}
			m := d.Meta
			if m.Title != d.Title || m.Author != "Ajanvaraus Kivi Oy" || m.Creator != "Tietosuojapakki" ||
				!strings.Contains(m.Subject, "Ajanvaraus Kivi Oy") || !strings.Contains(m.Keywords, "GDPR") {
				t.Errorf("meta: %+v", m)
			}
			checkSignature(t, d, lc.sign, "Sanna Kivi", "toimitusjohtaja")
		})
	}
}

// vocabLabels are the shared vocabulary texts the example's answers call
// for in lang: security measures with their explanations, the safeguards of
// art. 46 and 47 (an adequacy decision is told in a sentence of its own),
// rights.
func vocabLabels(lang string, a *data.Answers) []string {
	var out []string
	for _, r := range a.Registers {
		for _, code := range r.Security.Measures {
			m, _ := vocab.Find(vocab.SecurityMeasures, code)
			out = append(out, m.Label.In(lang)+": "+m.Help.In(lang))
		}
		for _, tr := range r.Transfers {
			if hasCopy(tr.Safeguard) {
				out = append(out, vocab.Label(vocab.Safeguards, tr.Safeguard, lang))
			}
		}
		if r.Requirement.Kind != "" {
			k, _ := vocab.Find(vocab.RequirementKinds, r.Requirement.Kind)
			out = append(out, k.Help.In(lang))
		}
	}
	for _, right := range data.Rights {
		out = append(out, vocab.Label(vocab.Rights, string(right), lang))
	}
	return out
}

func checkSignature(t *testing.T, d *doc.Document, labels []string, name, title string) {
	t.Helper()
	last := d.Sections[len(d.Sections)-1]
	if len(last.Blocks) != 1 {
		t.Fatalf("signature section has %d blocks", len(last.Blocks))
	}
	sig, ok := last.Blocks[0].(doc.Signature)
	if !ok || len(sig.Parties) != 1 {
		t.Fatalf("last block is %T, want one-party doc.Signature", last.Blocks[0])
	}
	p := sig.Parties[0]
	var got []string
	for _, l := range p.Lines {
		got = append(got, l.Label)
	}
	if strings.Join(got, "|") != strings.Join(labels, "|") {
		t.Errorf("signature lines %q, want %q", got, labels)
	}
	if p.Lines[2].Value != name || p.Lines[3].Value != title || p.Lines[0].Value != "" || p.Lines[1].Value != "" {
		t.Errorf("signature prefill: %+v", p.Lines)
	}
}

// TestPlacement checks that register facts sit under their own register.
func TestPlacement(t *testing.T) {
	a := load(t, examplePath)
	d := Compose(a, issued("fi"))
	cust, news := sectionText(d, "Asiakasrekisteri"), sectionText(d, "Uutiskirjeen tilaajat")
	for _, want := range []string{"yrityksen etu kertoa olemassa oleville asiakkaille", "Verohallinto", "Asiakasyritysten yhteyshenkilöt", "Kirjanpitolaki 2 luku 10 §"} {
		if !strings.Contains(cust, want) || strings.Contains(news, want) {
			t.Errorf("%q should be under Asiakasrekisteri only", want)
		}
	}
	for _, want := range []string{"Suostumus, 6 artiklan 1 kohdan a alakohta", "Kunnes suostumus peruutetaan", "Tietojen antaminen on vapaaehtoista."} {
		if !strings.Contains(news, want) || strings.Contains(cust, want) {
			t.Errorf("%q should be under Uutiskirjeen tilaajat only", want)
		}
	}
	if !strings.Contains(news, "katso kohta 4") {
		t.Errorf("consent purpose does not point to the rights section 4:\n%s", news)
	}
	if got := sectionText(d, "Sinun oikeutesi"); !strings.Contains(got, "Uutiskirjeen lähettäminen (Uutiskirjeen tilaajat)") {
		t.Errorf("withdrawal does not name the consent purpose:\n%s", got)
	}
}

// TestTwoRegistersForDifferentPeople reads a cleaning company's customers
// and freelancers: each group under its own heading, shared parts once.
func TestTwoRegistersForDifferentPeople(t *testing.T) {
	a := load(t, siivousPath)
	for _, lang := range []string{"fi", "sv", "en"} {
		d := Compose(a, Options{Lang: lang, Created: created})
		text := d.PlainText()
		for _, want := range enteredFacts(a, a.Registers) {
			if !strings.Contains(text, want) {
				t.Errorf("%s: lacks %q", lang, want)
			}
		}
		cust, free := sectionText(d, "Asiakkaat"), sectionText(d, "Alihankkijat (freelancerit)")
		if !strings.Contains(cust, "Kotitalousasiakkaat") || strings.Contains(cust, "Itsenäiset siivoojat") {
			t.Errorf("%s: customers section:\n%s", lang, cust)
		}
		if !strings.Contains(free, "Itsenäiset siivoojat") || strings.Contains(free, "Kotitalousasiakkaat") {
			t.Errorf("%s: freelancers section:\n%s", lang, free)
		}
		// The freelancers' scheduling app is in the UK: a transfer even
		// though it was entered only as a processor.
		uk := textsOf(lang).Adequacy(textsOf(lang).Article("45"))
		if !strings.Contains(free, "ShiftPlanner Ltd, Yhdistynyt kuningaskunta. "+uk) {
			t.Errorf("%s: derived transfer missing:\n%s", lang, free)
		}
		if strings.Contains(cust, "ShiftPlanner") || !strings.Contains(cust, textsOf(lang).NoTransfers) {
			t.Errorf("%s: customers should have no transfers:\n%s", lang, cust)
		}
		if !strings.Contains(free, "tietosuojalain (1050/2018) 29 §:n nojalla") && !strings.Contains(free, "29 § i dataskyddslagen (1050/2018)") &&
			!strings.Contains(free, "section 29 of the Data Protection Act (1050/2018)") {
			t.Errorf("%s: henkilötunnus ground missing", lang)
		}
		for _, once := range []string{textsOf(lang).Authority.Name, textsOf(lang).SecRights, textsOf(lang).SecRequestLog} {
			if n := strings.Count(text, once); n != 1 {
				t.Errorf("%s: %q appears %d times", lang, once, n)
			}
		}
		// No privacy contact e-mail: requests go to the company's address.
		if !strings.Contains(sectionText(d, textsOf(lang).SecRights), "info@siivousaalto.fi") {
			t.Errorf("%s: rights do not use the company e-mail", lang)
		}
		if !strings.Contains(text, textsOf(lang).RequestLogRetention(24)) {
			t.Errorf("%s: request log retention not 24 months", lang)
		}
		if sectionText(d, textsOf(lang).SecCookies) != "" {
			t.Errorf("%s: a company without a web site got a cookie section", lang)
		}
	}
}

func textsOf(lang string) *texts {
	t, _ := textsFor(lang)
	return t
}
