package terms

import (
	"fmt"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// These tests pin the points of the legal review: each clause must say what
// art. 28(3) and Finnish contract law need, in every language.

// TestEndOfServiceChoice: art. 28(3)(g) lets the controller choose between
// deletion and return, so clause 6 offers the option the answer did not pick.
func TestEndOfServiceChoice(t *testing.T) {
	// Stems of "return" and "delete": both must be named.
	words := map[string][2]string{
		"fi": {"palaut", "poist"},
		"sv": {"återlämna", "radera"},
		"en": {"return", "delete"},
	}
	for _, end := range []string{data.EndDelete, data.EndReturn} {
		for _, lang := range langs {
			a := loadExample(t)
			a.ProcessorTerms.EndOfService = end
			a.ProcessorTerms.EndOfServiceDays = 30
			tx := textsFor(lang)
			c6 := sectionText(t, compose(a, lang), "6")
			what := lang + " " + end
			for _, w := range words[lang] {
				mustContain(t, c6, w, what+" option")
			}
			chosen, other := fmt.Sprintf(tx.EndDelete, fmt.Sprintf(tx.EndDays, daysWithin.N(30, lang))), tx.EndReturnChoice
			if end == data.EndReturn {
				chosen, other = fmt.Sprintf(tx.EndReturn, fmt.Sprintf(tx.EndDays, daysWithin.N(30, lang))), tx.EndDeleteChoice
			}
			mustContain(t, c6, chosen, what+" default")
			mustContain(t, c6, other, what+" other option")
			// The option comes before the deletion it precedes, or after the
			// return it narrows.
			if i, j := strings.Index(c6, other), strings.Index(c6, chosen); (end == data.EndDelete) != (i < j) {
				t.Errorf("%s: option and default in the wrong order:\n%s", what, c6)
			}
		}
	}
}

// TestReviewWording: the instruction, disclosure and liability sentences
// say what the review asked, and the old wording is gone.
func TestReviewWording(t *testing.T) {
	tests := []struct {
		lang, clause string
		want, gone   []string
	}{
		{"fi", "3", []string{"Emme noudata ohjetta ennen kuin olette muuttaneet sen tai osoittaneet, että se on lainmukainen.",
			"alikäsittelijöille, ellei EU:n tai jäsenvaltion laki meitä siihen velvoita (kohta 3.1).",
			"Ohjeenne ovat nämä ehdot, palvelusopimus ja palvelun toiminnoilla tekemänne valinnat."},
			[]string{"vahvistaneet", "Ohjeitanne"}},
		{"sv", "3", []string{"Vi följer inte instruktionen förrän ni har ändrat den eller visat att den är laglig.",
			"bilaga 4, om inte EU-rätten eller en medlemsstats lag kräver det av oss (punkt 3.1).",
			"Därefter gäller punkt 6."},
			[]string{"bekräftat", "låta bli", "gör vi enligt"}},
		{"en", "3", []string{"We do not follow the instruction until you have changed it or shown that it is lawful.",
			"Annex 4, unless EU or Member State law requires us to (clause 3.1)."},
			[]string{"confirmed", "hold off"}},
		{"fi", "7", []string{"rajoittuu seuraavaan: Palvelumaksut 12 kuukauden ajalta.",
			"Rajoitus ei koske vahinkoa, jonka olemme aiheuttaneet tahallisesti tai törkeällä huolimattomuudella."},
			[]string{"enintään:"}},
		{"sv", "7", []string{"begränsat till följande: Palvelumaksut 12 kuukauden ajalta.",
			"Begränsningen gäller inte skada som vi har orsakat uppsåtligen eller genom grov vårdslöshet."},
			[]string{"högst:"}},
		{"en", "7", []string{"limited as follows: Palvelumaksut 12 kuukauden ajalta.",
			"The limit does not apply to damage we have caused intentionally or through gross negligence."},
			[]string{"limited to:"}},
		{"fi", "5", []string{"mitä tapahtui eli loukkauksen luonteen", "arvioidun lukumäärän sekä henkilötietotietueiden ryhmät"}, nil},
		{"sv", "5", []string{"vilka personer och uppgifter incidenten gäller", "personuppgiftsposter"}, []string{"registerposter"}},
		{"fi", "4", []string{"valvontaviranomaisen ennakkokuuleminen"}, []string{"kuuleminen valvontaviranomaisen kanssa"}},
	}
	a := loadExample(t)
	for _, tc := range tests {
		text := sectionText(t, compose(a, tc.lang), tc.clause)
		for _, w := range tc.want {
			mustContain(t, text, w, tc.lang+" clause "+tc.clause)
		}
		for _, g := range tc.gone {
			if strings.Contains(text, g) {
				t.Errorf("%s clause %s: old wording %q still there", tc.lang, tc.clause, g)
			}
		}
	}
}

// TestLiabilityException: the exception for intent and gross negligence
// goes with a cap given in the terms; without one the cap is left to the
// service agreement and so is its exception.
func TestLiabilityException(t *testing.T) {
	for _, lang := range langs {
		tx := textsFor(lang)
		for _, cap := range []string{"Palvelumaksut 12 kuukauden ajalta", " ", ""} {
			a := loadExample(t)
			a.ProcessorTerms.LiabilityCap = cap
			c7 := sectionText(t, compose(a, lang), "7")
			if has := strings.Contains(c7, tx.LiabilityIntent); has != (strings.TrimSpace(cap) != "") {
				t.Errorf("%s cap %q: exception printed %v", lang, cap, has)
			}
			if strings.TrimSpace(cap) == "" {
				mustContain(t, c7, tx.LiabilityNoCap, lang+" no cap")
			}
		}
	}
}

// annex2Nature returns the body of the nature-and-purpose row of Annex 2,
// and whether the row is there.
func annex2Nature(d *doc.Document, tx *texts) (string, bool) {
	for _, s := range d.Sections {
		if !strings.HasSuffix(s.Title, tx.ProcessingTitle) {
			continue
		}
		for _, sub := range s.Subsections {
			if sub.Title == tx.NatureL {
				return (&doc.Document{Sections: []doc.Section{{Blocks: sub.Blocks}}}).PlainText(), true
			}
		}
	}
	return "", false
}

// TestNatureNeverCopiesSubjectMatter: art. 28(3) asks for the nature and
// purpose separately; when it is not given, a draft shows a placeholder and
// the final version leaves the row out, never repeating the subject-matter.
func TestNatureNeverCopiesSubjectMatter(t *testing.T) {
	const subject = "Asiakkaiden ajanvaraukset"
	tests := []struct {
		nature    string
		draft     bool
		wantRow   bool
		wantValue func(tx *texts) string
	}{
		{"", true, true, func(tx *texts) string { return tx.NotGivenDraft }},
		{"  ", true, true, func(tx *texts) string { return tx.NotGivenDraft }},
		{"", false, false, nil},
		{"Tallennus ja muistutusviestit", false, true, func(*texts) string { return "Tallennus ja muistutusviestit" }},
		{"Tallennus ja muistutusviestit", true, true, func(*texts) string { return "Tallennus ja muistutusviestit" }},
	}
	for _, tc := range tests {
		for _, lang := range langs {
			a := loadExample(t)
			a.ProcessorTerms.SubjectMatter = subject
			a.ProcessorTerms.NaturePurpose = tc.nature
			tx := textsFor(lang)
			d := Compose(a, Options{Lang: lang, Draft: tc.draft, Date: fixedDate})
			what := fmt.Sprintf("%s nature %q draft %v", lang, tc.nature, tc.draft)
			body, ok := annex2Nature(d, tx)
			if ok != tc.wantRow {
				t.Errorf("%s: row present %v", what, ok)
				continue
			}
			if strings.Contains(body, subject) {
				t.Errorf("%s: subject-matter copied as nature and purpose: %q", what, body)
			}
			if ok {
				mustContain(t, body, tc.wantValue(tx), what)
			}
			mustContain(t, sectionText(t, d, annexTitle(lang, 2)), subject, what+" subject-matter row")
		}
	}
}

// TestPracticesBreachDelay: the practices page promises notice without
// undue delay, with the hours as the outer limit (art. 33(2)).
func TestPracticesBreachDelay(t *testing.T) {
	want := map[string]string{
		"fi": "ilman aiheetonta viivytystä ja viimeistään 24 tunnin kuluessa",
		"sv": "utan onödigt dröjsmål och senast inom 24 timmar",
		"en": "without undue delay and at the latest within 24 hours",
	}
	for _, lang := range langs {
		a := loadExample(t)
		a.ProcessorTerms.BreachNoticeHours = 24
		mustContain(t, Practices(a, Options{Lang: lang, Date: fixedDate}).PlainText(), want[lang], lang)
	}
}
