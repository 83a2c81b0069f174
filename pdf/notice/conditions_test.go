package notice

import (
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
)

// TestConditions checks the parts of the notice that depend on the
// answers: each case changes the example company and states what must and
// must not be printed (Finnish).
func TestConditions(t *testing.T) {
	cases := []struct {
		name    string
		change  func(a *data.Answers)
		opt     Options
		must    []string
		mustNot []string
	}{
		{
			name: "consent register included: withdrawal",
			opt:  Options{Registers: []int{1}},
			must: []string{"Suostumuksen peruuttaminen (7 artiklan 3 kohta)", "Suostumukseesi perustuu seuraava käsittely: Uutiskirjeen lähettäminen.", "20 artikla"},
		},
		{
			name:    "no consent basis: no withdrawal",
			opt:     Options{Registers: []int{0}},
			mustNot: []string{"Suostumuksen peruuttaminen", "7(3)", "Voit perua suostumuksesi"},
		},
		{
			name: "explicit consent for special data: withdrawal",
			change: func(a *data.Answers) {
				a.Registers[0].SpecialCategories = []data.SpecialCategory{{Category: "health", Condition: "a", Details: "Allergiat ajanvarauksen yhteydessä."}}
			},
			opt:  Options{Registers: []int{0}},
			must: []string{"Terveystiedot. Peruste: Nimenomainen suostumus (9 artiklan 2 kohdan a alakohta). Allergiat ajanvarauksen yhteydessä.", "Suostumuksen peruuttaminen", "Suostumukseesi perustuu seuraava käsittely: Terveystiedot."},
		},
		{
			name: "special category with employment condition",
			change: func(a *data.Answers) {
				a.Registers[0].SpecialCategories = []data.SpecialCategory{{Category: "trade_union", Condition: "b"}, {Category: ""}}
			},
			must:    []string{"erityisiä henkilötietoja (9 artikla)", "Ammattiliiton jäsenyys. Peruste: Työoikeuden ja sosiaaliturvan velvoitteet (9 artiklan 2 kohdan b alakohta)."},
			mustNot: []string{"Peruste: Nimenomainen suostumus"},
		},
		{
			name: "DPO appointed",
			change: func(a *data.Answers) {
				a.Organisation.DPO = &data.Contact{Name: "Olli Ombud", Email: "dpo@ajanvarauskivi.fi", Phone: "+358 44 111 2222"}
			},
			must:    []string{"1.2 Tietosuojavastaava", "Nimi: Olli Ombud", "Sähköposti: dpo@ajanvarauskivi.fi", "Puhelin: +358 44 111 2222"},
			mustNot: []string{"Emme ole nimittäneet tietosuojavastaavaa"},
		},
		{
			name: "legitimate interest: the interest and the objection",
			opt:  Options{Registers: []int{0}},
			must: []string{"Tarkoituksessa ”Asiakassuhteeseen liittyvä tiedottaminen ja tarjoukset” oikeutettu etumme on seuraava: yrityksen etu kertoa",
				"Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä henkilökohtaiseen tilanteeseesi liittyvällä perusteella (21 artikla).",
				"Ilmoita vastustuksesta osoitteeseen sanna.kivi@ajanvarauskivi.fi."},
		},
		{
			name:    "no legitimate interest: no interest paragraph",
			opt:     Options{Registers: []int{1}},
			mustNot: []string{"oikeutettu etumme on", "Voit vastustaa oikeutettuun etuun perustuvaa"},
		},
		{
			name: "only legal obligation: no portability",
			change: func(a *data.Answers) {
				a.Registers = a.Registers[:1]
				a.Registers[0].Purposes = []data.Purpose{{Description: "Kirjanpito", LegalBasis: data.BasisLegalObligation, Law: "Kirjanpitolaki (1336/1997)"}}
			},
			must:    []string{"15 artikla", "21 artikla"},
			mustNot: []string{"20 artikla", "7(3)"},
		},
		{
			name: "henkilötunnus with its ground",
			change: func(a *data.Answers) {
				a.Registers[0].PersonalIdentityCode = true
				a.Registers[0].PICGround = "Luottotietojen tarkistaminen ennen laskulla myyntiä"
			},
			must: []string{"Käsittelemme myös henkilötunnustasi tietosuojalain (1050/2018) 29 §:n nojalla. Peruste: Luottotietojen tarkistaminen ennen laskulla myyntiä."},
		},
		{
			name:    "no henkilötunnus",
			mustNot: []string{"henkilötunnus", "29 §"},
		},
		{
			name: "one register",
			opt:  Options{Registers: []int{1, 1, 7, -1}},
			must: []string{"Tietosuojaseloste – Uutiskirjeen tilaajat", "Rekisteri: Uutiskirjeen tilaajat", "2 Uutiskirjeen tilaajat", "3 Sinun oikeutesi", "katso kohta 3"},
			mustNot: []string{"Asiakasrekisteri", "Verohallinto", "Rekisterit:", "Tilitoimisto Luku Oy",
				"Voit vastustaa oikeutettuun etuun perustuvaa"},
		},
		{
			name: "all registers",
			must: []string{"Rekisterit: Asiakasrekisteri (kohta 2); Uutiskirjeen tilaajat (kohta 3)", "2 Asiakasrekisteri", "3 Uutiskirjeen tilaajat", "4 Sinun oikeutesi"},
		},
		{
			name: "no transfers",
			change: func(a *data.Answers) {
				a.Registers = a.Registers[:1]
				a.Registers[0].Transfers = nil
				a.Registers[0].ProcessorIDs = []string{"tilitoimisto", "unknown-id", ""}
				a.Processors = a.Processors[:1]
			},
			must:    []string{"Emme siirrä tietoja Euroopan unionin (EU) tai Euroopan talousalueen (ETA) ulkopuolelle."},
			mustNot: []string{"Yhdysvallat", "unknown-id", "Suojatoimi"},
		},
		{
			name: "automated decisions used",
			change: func(a *data.Answers) {
				a.Registers[0].AutomatedDecisions = data.AutomatedDecisions{Used: true,
					Logic: "Järjestelmä hylkää tilauksen, jos edellinen lasku on yli 60 päivää myöhässä.", Consequences: "Et voi tehdä uutta tilausta ennen kuin lasku on maksettu."}
			},
			must: []string{"Teemme sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla).",
				"Näin se toimii: Järjestelmä hylkää tilauksen", "Mitä se merkitsee sinulle: Et voi tehdä uutta tilausta", "ihminen käsittelee päätöksen uudelleen"},
		},
		{
			name: "profiling described where it exists",
			change: func(a *data.Answers) {
				a.Registers[1].AutomatedDecisions = data.AutomatedDecisions{Profiling: ptr(true),
					ProfilingDescription: "Ryhmittelemme tilaajat avausten perusteella ja lähetämme kullekin ryhmälle sitä kiinnostavia tarjouksia."}
			},
			opt: Options{Registers: []int{1}},
			must: []string{"Emme tee sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla).",
				"Profiloimme sinua eli arvioimme tietojesi perusteella sinua koskevia ominaisuuksia (4 artiklan 4 kohta): Ryhmittelemme tilaajat avausten perusteella ja lähetämme kullekin ryhmälle sitä kiinnostavia tarjouksia.",
				"Voit vastustaa profilointia (21 artikla)."},
			mustNot: []string{"emmekä profiloi", "tarjouksia..", "Teemme sinua koskevia päätöksiä"},
		},
		{
			name:    "profiling denied only when the user said no",
			change:  func(a *data.Answers) { a.Registers[1].AutomatedDecisions.Profiling = ptr(false) },
			opt:     Options{Registers: []int{1}},
			must:    []string{"Emme tee sinua koskevia päätöksiä pelkästään automaattisesti (22 artikla) emmekä profiloi sinua."},
			mustNot: []string{"Profiloimme"},
		},
		{
			name:    "profiling unanswered: neither stated nor denied",
			opt:     Options{Registers: []int{1}},
			mustNot: []string{"emmekä profiloi", "Profiloimme"},
		},
		{
			name: "no cookies answered, but a tool named: never 'no cookies'",
			change: func(a *data.Answers) {
				a.Website = data.Website{Cookies: ptr(false), AnalyticsTools: []string{"Google Analytics"}}
			},
			must:    []string{"Käytämme evästeitä. Välttämättömiä evästeitä lukuun ottamatta", "Kävijäseurantaan käytämme: Google Analytics."},
			mustNot: []string{"Sivuillamme ei käytetä evästeitä", "Käytämme vain välttämättömiä"},
		},
		{
			name: "only necessary cookies answered, but a pixel named: consent text",
			change: func(a *data.Answers) {
				a.Website = data.Website{Cookies: ptr(true), StrictlyNecessaryOnly: true, ConsentBanner: true, MarketingTools: []string{"Meta-pikseli"}}
			},
			must:    []string{"vain suostumuksellasi", "Markkinointiin käytämme: Meta-pikseli.", "poistamalla evästeet selaimesi asetuksista"},
			mustNot: []string{"Käytämme vain välttämättömiä evästeitä", "Niihin ei tarvita suostumustasi", "evästeasetuksista"},
		},
		{
			name:   "cookie settings link only when the user has one",
			change: func(a *data.Answers) { a.Website.SettingsLink = true },
			must:   []string{"Voit muuttaa valintaasi milloin tahansa sivujen evästeasetuksista."},
		},
		{
			name:    "cookies unanswered, no tools: nothing said",
			change:  func(a *data.Answers) { a.Website = data.Website{} },
			must:    []string{"Tämä kohta koskee verkkosivujamme"},
			mustNot: []string{"Sivuillamme ei käytetä evästeitä", "Käytämme evästeitä"},
		},
		{
			name:    "no cookies",
			change:  func(a *data.Answers) { a.Website = data.Website{Cookies: ptr(false)} },
			must:    []string{"Sivuillamme ei käytetä evästeitä."},
			mustNot: []string{"917/2014", "Matomo"},
		},
		{
			name:    "strictly necessary cookies only",
			change:  func(a *data.Answers) { a.Website = data.Website{Cookies: ptr(true), StrictlyNecessaryOnly: true} },
			must:    []string{"Käytämme vain välttämättömiä evästeitä", "Niihin ei tarvita suostumustasi (sähköisen viestinnän palveluista annetun lain (917/2014) 205 §).", "selaimesi asetuksista"},
			mustNot: []string{"evästeilmoituksella"},
		},
		{
			name: "marketing tools, no banner, draft",
			change: func(a *data.Answers) {
				a.Website = data.Website{Cookies: ptr(true), MarketingTools: []string{"Meta-pikseli", ""}}
			},
			opt:     Options{Draft: true},
			must:    []string{"Markkinointiin käytämme: Meta-pikseli.", "[puuttuu: evästesuostumuksen kysyminen (evästeilmoitus)]"},
			mustNot: []string{"Kävijäseurantaan"},
		},
		{
			name:   "request log retention chosen",
			change: func(a *data.Answers) { a.RequestLog.RetentionMonths = 60 },
			must:   []string{"Säilytämme kirjauksen 60 kuukautta pyynnön käsittelyn päättymisestä"},
		},
		{
			name:    "not issued yet: no version, no history",
			opt:     Options{Created: created},
			must:    []string{"Seloste on laadittu 1.3.2025.", "Laadittu: 1.3.2025", "Päivitetty: 1.3.2025"},
			mustNot: []string{"Versio:", "Muutoshistoria", "selosteen versio"},
		},
		{
			name: "shared security told once",
			change: func(a *data.Answers) {
				a.Registers[1].Security = a.Registers[0].Security
			},
			must:    []string{"4 Tietojen suojaaminen", "Kaikki tämän selosteen rekisterit suojataan samalla tavalla.", "5 Sinun oikeutesi", "katso kohta 5"},
			mustNot: []string{"2.10 Tietojen suojaaminen", "3.10 Tietojen suojaaminen"},
		},
		{
			name: "no privacy contact e-mail: the company's",
			change: func(a *data.Answers) {
				a.Organisation.PrivacyContact.Email = ""
			},
			must:    []string{"Lähetä pyyntö osoitteeseen tietosuoja@ajanvarauskivi.fi."},
			mustNot: []string{"sanna.kivi@"},
		},
		{
			name: "no e-mail at all: post, and no ask sentences",
			change: func(a *data.Answers) {
				a.Organisation.PrivacyContact.Email, a.Organisation.Email = "", ""
				for i := range a.Registers {
					for j := range a.Registers[i].Transfers {
						a.Registers[i].Transfers[j].CopyAvailableFrom = ""
					}
				}
			},
			must:    []string{"lähettämällä pyynnön kirjeenä osoitteeseen Ajanvaraus Kivi Oy, Hämeenkatu 14 B 22, 33100 Tampere."},
			mustNot: []string{"@ajanvarauskivi.fi", "Lähetä pyyntö osoitteeseen", "[puuttuu"},
		},
		{
			name: "empty list entries skipped",
			change: func(a *data.Answers) {
				r := &a.Registers[0]
				r.DataSubjects = append(r.DataSubjects, "", "  ")
				r.DataCategories = append(r.DataCategories, data.DataCategory{})
				r.Sources = append(r.Sources, data.Source{Public: true})
				r.Recipients = append(r.Recipients, data.Recipient{Reason: "ei nimeä"})
				r.Retention = append(r.Retention, data.RetentionRule{Period: "3 vuotta"})
				r.Purposes = append(r.Purposes, data.Purpose{LegalBasis: data.BasisConsent})
			},
			opt:     Options{Registers: []int{0}},
			mustNot: []string{"- \n", "-  \n", "ei nimeä", "3 vuotta", "Suostumus", "– julkinen lähde\n- "},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := load(t, examplePath)
			if tc.change != nil {
				tc.change(a)
			}
			opt := tc.opt
			if opt.Created.IsZero() {
				opt.Created, opt.Updated, opt.Version = created, updated, 3
			}
			text := Compose(a, opt).PlainText()
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

// TestPartialAnswers composes empty and half-filled answers in every
// language, issued and draft: no panic, placeholders only in drafts, and
// the fixed parts (rights, authority) always present.
func TestPartialAnswers(t *testing.T) {
	half := load(t, examplePath)
	half.Organisation = data.Organisation{Name: "Puolivalmis Oy"}
	half.Registers = append(half.Registers, data.Register{Purposes: []data.Purpose{{Description: "Jotain", LegalBasis: data.BasisLegitimateInterests}}},
		data.Register{Name: "Outo", Purposes: []data.Purpose{{Description: "X", LegalBasis: "unknown", Law: "ignored"}},
			SpecialCategories: []data.SpecialCategory{{Category: "health"}}, PersonalIdentityCode: true,
			Transfers: []data.Transfer{{Country: "Intia"}}, AutomatedDecisions: data.AutomatedDecisions{Used: true},
			Requirement: data.Requirement{Kind: data.RequirementStatutory}})
	answers := map[string]*data.Answers{"nil": nil, "empty": {}, "empty register": {Registers: []data.Register{{}}}, "half": half}
	for name, a := range answers {
		for _, lang := range []string{"fi", "sv", "en", ""} {
			for _, draft := range []bool{false, true} {
				d := Compose(a, Options{Lang: lang, Draft: draft, Registers: nil})
				text := d.PlainText()
				ph := textsOf(lang).Missing("")
				ph = ph[:strings.Index(ph, ":")]
				if has := strings.Contains(text, ph); has != draft {
					t.Errorf("%s/%s draft=%v: placeholder present=%v\n%s", name, lang, draft, has, text)
				}
				if (d.Watermark != "") != draft {
					t.Errorf("%s/%s draft=%v: watermark %q", name, lang, draft, d.Watermark)
				}
				for _, want := range []string{textsOf(lang).Authority.Visit, textsOf(lang).SecRights, textsOf(lang).Law} {
					if !strings.Contains(text, want) {
						t.Errorf("%s/%s draft=%v: lacks %q", name, lang, draft, want)
					}
				}
			}
		}
	}
}

// TestDraftPlaceholders checks that the gaps of a half-filled register are
// named in a draft.
func TestDraftPlaceholders(t *testing.T) {
	a := &data.Answers{Organisation: data.Organisation{Name: "Keskeneräinen Oy"},
		Registers: []data.Register{{Name: "Asiakkaat",
			Purposes:             []data.Purpose{{Description: "Kirjanpito", LegalBasis: data.BasisLegalObligation}, {Description: "Markkinointi", LegalBasis: data.BasisLegitimateInterests}},
			PersonalIdentityCode: true, Requirement: data.Requirement{Kind: data.RequirementContractual},
			AutomatedDecisions: data.AutomatedDecisions{Used: true}}}}
	text := Compose(a, Options{Draft: true}).PlainText()
	for _, want := range []string{"LUONNOS", "[puuttuu: Y-tunnus]", "[puuttuu: laki, johon velvoite perustuu]", "[puuttuu: oikeutettu etu]",
		"[puuttuu: henkilötunnuksen käsittelyn peruste]", "[puuttuu: mitä seuraa, jos tietoja ei anneta]",
		"[puuttuu: automaattisen päätöksenteon logiikka]", "[puuttuu: Rekisteröidyt]", "[puuttuu: Sähköposti]"} {
		if want == "LUONNOS" {
			if Compose(a, Options{Draft: true}).Watermark != want {
				t.Errorf("watermark is not %q", want)
			}
			continue
		}
		if !strings.Contains(text, want) {
			t.Errorf("draft lacks %q\n%s", want, text)
		}
	}
}

// TestDates checks the date forms and the defaults of Created and Updated.
func TestDates(t *testing.T) {
	a := load(t, examplePath)
	d := time.Date(2027, 2, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, want string }{{"fi", "5.2.2027"}, {"sv", "5.2.2027"}, {"en", "5 February 2027"}}
	for _, tc := range cases {
		doc := Compose(a, Options{Lang: tc.lang, Created: d})
		if !strings.HasSuffix(doc.Footer, tc.want) {
			t.Errorf("%s: footer %q, want the date %q (Updated defaults to Created)", tc.lang, doc.Footer, tc.want)
		}
	}
	today := textFI.Date(time.Now())
	if got := Compose(a, Options{}).PlainText(); !strings.Contains(got, "Laadittu: "+today) {
		t.Errorf("zero Created is not today (%s)", today)
	}
}

func ptr[T any](v T) *T { return &v }
