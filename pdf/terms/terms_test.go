package terms

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// art28 lists, per language, phrases that only the clause for each item of
// art. 28(3) contains, and the clause they must be found in.
var art28 = map[string][]struct{ item, clause, phrase string }{
	"fi": {
		{"a", "3", "dokumentoitujen ohjeidenne"},
		{"a transfers", "3", "EU/ETA-alueen ulkopuolelle vain ohjeidenne mukaan"},
		{"a infringes", "3", "tietosuojalain vastainen"},
		{"b", "3", "sitoutunut salassapitoon"},
		{"c", "3", "32 artiklan mukaisilla teknisillä ja organisatorisilla"},
		{"d", "3", "samat tietosuojavelvollisuudet"},
		{"e", "4", "välitämme pyynnön teille"},
		{"f", "4", "vaikutustenarviointi"},
		{"f", "4", "ennakkokuuleminen"},
		{"g", "6", "poistamme kaikki"},
		{"h", "3", "Sallimme auditoinnit"},
	},
	"sv": {
		{"a", "3", "dokumenterade instruktioner"},
		{"a transfers", "3", "utanför EU/EES endast enligt era instruktioner"},
		{"a infringes", "3", "strider mot dataskyddsförordningen"},
		{"b", "3", "förbundit sig till sekretess"},
		{"c", "3", "organisatoriska åtgärder enligt artikel 32"},
		{"d", "3", "samma dataskyddsskyldigheter"},
		{"e", "4", "vidarebefordrar vi begäran"},
		{"f", "4", "konsekvensbedömning"},
		{"f", "4", "förhandssamråd"},
		{"g", "6", "raderar vi alla"},
		{"h", "3", "möjliggör och bidrar till granskningar"},
	},
	"en": {
		{"a", "3", "documented instructions"},
		{"a transfers", "3", "outside the EU/EEA only on your instructions"},
		{"a infringes", "3", "infringes the GDPR"},
		{"b", "3", "committed to confidentiality"},
		{"c", "3", "organisational measures under Article 32"},
		{"d", "3", "same data protection obligations"},
		{"e", "4", "forward the request to you"},
		{"f", "4", "impact assessment"},
		{"f", "4", "prior consultation"},
		{"g", "6", "we delete all personal data"},
		{"h", "3", "allow and contribute to audits"},
	},
}

func TestArticle28Items(t *testing.T) {
	a := loadExample(t)
	for _, lang := range langs {
		d := compose(a, lang)
		for _, c := range art28[lang] {
			mustContain(t, sectionText(t, d, c.clause), c.phrase, lang+" 28(3)("+c.item+") in clause "+c.clause)
		}
	}
}

// TestFactsEntered checks that every answer the user gave shows up, in the
// clause or annex where a reader looks for it.
func TestFactsEntered(t *testing.T) {
	for _, path := range examples {
		a := load(t, path)
		pt := a.ProcessorTerms
		for _, lang := range langs {
			d := compose(a, lang)
			text := d.PlainText()
			what := path + " " + lang
			for _, s := range []string{pt.ServiceName, trimStop(pt.CustomersAre), pt.SubjectMatter,
				trimStop(pt.Duration), pt.SupportEmail, pt.SupportPhone, trimStop(pt.LiabilityCap),
				pt.GoverningLaw, pt.Court, a.Organisation.BusinessID, a.Organisation.Name} {
				mustContain(t, text, s, what)
			}
			annex2 := sectionText(t, d, annexTitle(lang, 2))
			for _, s := range append(clean(pt.DataSubjects), clean(pt.DataCategories)...) {
				mustContain(t, annex2, "- "+s, what+" annex 2")
			}
			mustContain(t, annexTable(t, d, 3).Header[0], textsFor(lang).MeasureCol, what)
			annex3 := sectionText(t, d, annexTitle(lang, 3))
			for _, code := range pt.SecurityMeasures {
				mustContain(t, annex3, vocab.Label(vocab.SecurityMeasures, code, lang), what+" annex 3")
			}
			subs := annexTable(t, d, 4)
			if len(subs.Header) != 4 || len(subs.Rows) != len(pt.SubProcessors) {
				t.Fatalf("%s: annex 4 table %v", what, subs)
			}
			for i, s := range pt.SubProcessors {
				row := subs.Rows[i]
				if row[0] != s.Name || row[1] != s.Service || row[2] != s.Location {
					t.Errorf("%s: annex 4 row %v for %+v", what, row, s)
				}
			}
			mustContain(t, sectionText(t, d, "5"), strconv.Itoa(pt.BreachNoticeHours), what+" breach hours")
			mustContain(t, sectionText(t, d, "6"), strconv.Itoa(pt.EndOfServiceDays), what+" end of service days")
			clause3 := sectionText(t, d, "3")
			for _, n := range []int{pt.AuditNoticeDays, pt.SubProcessorNoticeDays} {
				mustContain(t, clause3, " "+strconv.Itoa(n)+" ", what+" notice days")
			}
			if strings.Contains(text, "%!") {
				t.Errorf("%s: format error in text", what)
			}
		}
	}
}

func TestStructure(t *testing.T) {
	a := loadExample(t)
	tests := []struct {
		lang, date, watermark, page string
	}{
		{"fi", "23.11.2026", "LUONNOS", "Sivu %d / %d"},
		{"sv", "23.11.2026", "UTKAST", "Sida %d / %d"},
		{"en", "23 November 2026", "DRAFT", "Page %d of %d"},
	}
	for _, tc := range tests {
		d := Compose(a, Options{Lang: tc.lang, Draft: true, Date: fixedDate})
		if d.Lang != tc.lang || d.Title != Title(tc.lang) || d.Watermark != tc.watermark || d.PageLabel != tc.page {
			t.Errorf("%s: frame %q %q %q %q", tc.lang, d.Lang, d.Title, d.Watermark, d.PageLabel)
		}
		if !strings.Contains(d.Footer, tc.date) || !strings.Contains(d.PlainText(), tc.date) {
			t.Errorf("%s: version date %q missing (footer %q)", tc.lang, tc.date, d.Footer)
		}
		if d.Header != a.Organisation.Name+" · "+Title(tc.lang) {
			t.Errorf("%s: header %q", tc.lang, d.Header)
		}
		if !strings.Contains(d.Subtitle, a.ProcessorTerms.ServiceName) || !strings.Contains(d.Subtitle, a.Organisation.Name) {
			t.Errorf("%s: subtitle %q", tc.lang, d.Subtitle)
		}
		m := d.Meta
		if m.Author != a.Organisation.Name || m.Creator != "Tietosuojapakki" || m.Subject == "" || m.Keywords == "" || !strings.Contains(m.Title, Title(tc.lang)) {
			t.Errorf("%s: meta %+v", tc.lang, m)
		}
		// Clauses 1–8 numbered in order, then acceptance, then 4 annexes on new pages.
		if len(d.Sections) != 13 {
			t.Fatalf("%s: %d sections", tc.lang, len(d.Sections))
		}
		for i := 0; i < 8; i++ {
			if s := d.Sections[i]; s.Number != strconv.Itoa(i+1) || s.NewPage {
				t.Errorf("%s: section %d numbered %q", tc.lang, i, s.Number)
			}
		}
		for i, s := range d.Sections[9:] {
			if !s.NewPage || !strings.HasPrefix(s.Title, annexTitle(tc.lang, i+1)) {
				t.Errorf("%s: annex %d: %q new page %v", tc.lang, i+1, s.Title, s.NewPage)
			}
		}
		for i, s := range d.Sections[2].Subsections {
			if s.Number != "3."+strconv.Itoa(i+1) {
				t.Errorf("%s: sub-clause %q", tc.lang, s.Number)
			}
		}
		if d.Sections[2].Subsections[5].Title != textsFor(tc.lang).SpecialTitle ||
			d.Sections[2].Subsections[7].Title != textsFor(tc.lang).SubTitle {
			t.Errorf("%s: sub-clauses 3.6 and 3.8 moved; texts refer to them by number", tc.lang)
		}
	}
	if d := compose(a, "fi"); d.Watermark != "" {
		t.Errorf("final version has watermark %q", d.Watermark)
	}
}

// variant changes one answer of the example company.
type variant struct {
	name   string
	change func(*data.ProcessorTerms)
	check  func(t *testing.T, d *doc.Document, tx *texts)
}

var variants = []variant{
	{"signature", func(pt *data.ProcessorTerms) { pt.Acceptance = data.AcceptanceSignature },
		func(t *testing.T, d *doc.Document, tx *texts) {
			if !hasSignature(d) || !d.Sections[8].NewPage {
				t.Error("no signature block on a page of its own")
			}
			text := d.PlainText()
			mustContain(t, text, tx.NameLabel+" Sanna Kivi", "prefilled name")
			mustContain(t, text, tx.SignCustomer, "customer signs")
			mustContain(t, text, fmt.Sprintf(tx.SignIntro, formatDate(fixedDate, d.Lang)), "what is signed")
			if strings.Contains(text, tx.Electronic[:20]) {
				t.Error("electronic acceptance paragraph in a signed document")
			}
		}},
	{"electronic", func(pt *data.ProcessorTerms) { pt.Acceptance = data.AcceptanceElectronic },
		func(t *testing.T, d *doc.Document, tx *texts) {
			if hasSignature(d) {
				t.Error("electronic acceptance has a signature block")
			}
			text := d.PlainText()
			mustContain(t, text, tx.Electronic[:20], "acceptance paragraph")
			mustContain(t, sectionText(t, d, tx.AcceptTitle), formatDate(fixedDate, d.Lang), "version date in acceptance")
			mustContain(t, text, tx.CustomerAsAgreed, "customer as named")
		}},
	{"specific authorisation", func(pt *data.ProcessorTerms) {
		pt.SubProcessorAuthorisation = data.AuthorisationSpecific
		pt.SubProcessorNoticeDays = 45
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			c3 := sectionText(t, d, "3")
			mustContain(t, c3, tx.SubSpecific, "specific wording")
			if strings.Contains(c3, "45") {
				t.Error("notice days printed with specific authorisation")
			}
			if strings.Contains(c3, tx.SubObject) {
				t.Error("right to object to changes printed with specific authorisation")
			}
		}},
	{"general authorisation", func(pt *data.ProcessorTerms) {
		pt.SubProcessorAuthorisation = data.AuthorisationGeneral
		pt.SubProcessorNoticeDays = 45
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			c3 := sectionText(t, d, "3")
			mustContain(t, c3, tx.SubObject, "right to object")
			lang := "fi"
			for _, l := range []string{"sv", "en"} {
				if textsFor(l) == tx {
					lang = l
				}
			}
			mustContain(t, c3, fmt.Sprintf(tx.NoticeDays, daysAhead.N(45, lang)), "notice period")
		}},
	{"third country", func(pt *data.ProcessorTerms) {
		pt.DataLocation = data.LocationThirdCountry
		pt.DataCountry = "Kanada"
		pt.DataSafeguard = data.SafeguardAdequacy
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			for _, where := range []string{"3", annexTitle(d.Lang, 2)} {
				s := sectionText(t, d, where)
				mustContain(t, s, "Kanada", "country in "+where)
				mustContain(t, s, vocab.Label(vocab.Safeguards, "adequacy", d.Lang), "safeguard in "+where)
				if strings.Contains(s, vocab.Label(vocab.Locations, "eu", d.Lang)) {
					t.Errorf("%s says the data stays in the EU", where)
				}
			}
		}},
	{"return", func(pt *data.ProcessorTerms) { pt.EndOfService = data.EndReturn },
		func(t *testing.T, d *doc.Document, tx *texts) {
			mustContain(t, sectionText(t, d, "6"), tx.EndReturn[:30], "return wording")
		}},
	{"delete", func(pt *data.ProcessorTerms) { pt.EndOfService = data.EndDelete },
		func(t *testing.T, d *doc.Document, tx *texts) {
			c6 := sectionText(t, d, "6")
			mustContain(t, c6, tx.EndDelete[:30], "delete wording")
			if strings.Contains(c6, tx.EndReturn[:30]) {
				t.Error("return wording when deleting")
			}
		}},
	{"special categories", func(pt *data.ProcessorTerms) {
		pt.SpecialCategoriesPossible = true
		pt.SpecialCategoriesDetails = "Asiakkaan kirjaamat allergiat"
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			c3 := sectionText(t, d, "3")
			// No safeguards were described: none are promised, and
			// Annex 2 does not refer to clause 3.6 for them.
			if strings.Contains(c3, strings.TrimSuffix(tx.SpecialSafeguards, "%s.")) {
				t.Error("extra safeguards promised that the user never described")
			}
			mustContain(t, c3, "Asiakkaan kirjaamat allergiat", "details")
			mustContain(t, sectionText(t, d, annexTitle(d.Lang, 2)), tx.SpecialYesShort, "annex 2")
			if strings.Contains(sectionText(t, d, annexTitle(d.Lang, 2)), tx.SpecialSafeguardsRef) {
				t.Error("annex 2 refers to safeguards that are not there")
			}
			if strings.Contains(c3, tx.SpecialNo) {
				t.Error("says the service is not meant for special categories")
			}
		}},
	{"no special categories", func(pt *data.ProcessorTerms) { pt.SpecialCategoriesPossible = false },
		func(t *testing.T, d *doc.Document, tx *texts) {
			mustContain(t, sectionText(t, d, "3"), tx.SpecialNo, "not meant for special categories")
			mustContain(t, sectionText(t, d, annexTitle(d.Lang, 2)), tx.SpecialNoShort, "annex 2")
		}},
	{"sub-processor outside EEA", func(pt *data.ProcessorTerms) {
		pt.SubProcessors = append(pt.SubProcessors, data.SubProcessor{Name: "CloudMail Inc.", Service: "E-mail", Location: "USA", OutsideEEA: true, Safeguard: data.SafeguardSCC})
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			tb := annexTable(t, d, 4)
			last := tb.Rows[len(tb.Rows)-1]
			if want := vocab.Label(vocab.Safeguards, "scc", d.Lang); last[3] != want {
				t.Errorf("safeguard column %q, want %q", last[3], want)
			}
			if tb.Rows[0][3] != tx.EEA {
				t.Errorf("EU sub-processor safeguard column %q", tb.Rows[0][3])
			}
			mustContain(t, sectionText(t, d, "3"), tx.SubOutside, "pointer to annex 4")
		}},
	{"no sub-processors", func(pt *data.ProcessorTerms) { pt.SubProcessors = nil },
		func(t *testing.T, d *doc.Document, tx *texts) {
			mustContain(t, sectionText(t, d, annexTitle(d.Lang, 4)), tx.SubsNone, "annex 4")
		}},
	{"no numbers", func(pt *data.ProcessorTerms) {
		pt.BreachNoticeHours, pt.EndOfServiceDays, pt.AuditNoticeDays, pt.SubProcessorNoticeDays = 0, 0, 0, 0
	},
		func(t *testing.T, d *doc.Document, tx *texts) {
			mustContain(t, sectionText(t, d, "5"), tx.BreachNoHours, "breach without hours")
			mustContain(t, sectionText(t, d, "6"), tx.EndReasonable, "end without days")
			c3 := sectionText(t, d, "3")
			mustContain(t, c3, tx.AuditReasonable, "audit without days")
			mustContain(t, c3, tx.NoticeReasonable, "notice without days")
			if strings.Contains(d.PlainText(), " 0 ") {
				t.Error("a zero period printed")
			}
		}},
}

func TestVariants(t *testing.T) {
	for _, v := range variants {
		for _, lang := range langs {
			t.Run(v.name+"/"+lang, func(t *testing.T) {
				a := loadExample(t)
				v.change(&a.ProcessorTerms)
				v.check(t, compose(a, lang), textsFor(lang))
			})
		}
	}
}

// TestPartialAnswers composes from empty and half-filled answers: nothing
// panics, no empty bullet or value is printed, no format verb leaks out.
func TestPartialAnswers(t *testing.T) {
	half := &data.Answers{ProcessorTerms: data.ProcessorTerms{
		ServiceName:      "X",
		DataSubjects:     []string{"", " "},
		DataCategories:   []string{"Nimi", ""},
		SubProcessors:    []data.SubProcessor{{}, {Name: "Y", OutsideEEA: true}},
		SecurityMeasures: []string{"", "unknown_code"},
		DataLocation:     data.LocationThirdCountry,
	}}
	for _, a := range []*data.Answers{nil, {}, half} {
		for _, lang := range append(langs, "") {
			for _, d := range []*doc.Document{compose(a, lang), Practices(a, Options{Lang: lang})} {
				text := d.PlainText()
				if strings.Contains(text, "%!") {
					t.Errorf("%q: format error", lang)
				}
				for _, line := range strings.Split(text, "\n") {
					if line == "- " || strings.HasSuffix(line, ": ") {
						t.Errorf("%q: empty item %q", lang, line)
					}
				}
			}
		}
	}
	d := compose(half, "fi")
	if tb := annexTable(t, d, 4); len(tb.Rows) != 1 || tb.Rows[0][3] != "–" {
		t.Errorf("nameless sub-processor kept or missing safeguard hidden: %v", tb.Rows)
	}
	if strings.Contains(sectionText(t, d, annexTitle("fi", 2)), "- \n") {
		t.Error("blank data subject printed")
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"fi", "5.3.2026"}, {"sv", "5.3.2026"}, {"en", "5 March 2026"},
	}
	for _, tc := range tests {
		d := Compose(&data.Answers{}, Options{Lang: tc.lang, Date: fixedDate.AddDate(0, -8, -18)})
		if !strings.Contains(d.Footer, tc.want) {
			t.Errorf("%s: footer %q, want date %q", tc.lang, d.Footer, tc.want)
		}
	}
	if d := Compose(&data.Answers{}, Options{}); d.Footer == "" || strings.Contains(d.Footer, "1.1.1") {
		t.Errorf("zero date not replaced by today: %q", d.Footer)
	}
}
