package wizard

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

func TestFindOutdated(t *testing.T) {
	cases := []struct {
		text  string
		codes []string
	}{
		{"Henkilötietolaki (523/1999) 10 §", []string{"personal_data_act"}},
		{"henkilötietolain mukaan", []string{"personal_data_act"}},
		{"HENKILÖTIETOLAKI", []string{"personal_data_act"}},
		{"laki 523 / 1999", []string{"personal_data_act"}},
		{"personuppgiftslagen (523/1999)", []string{"personal_data_act"}},
		{"under the Personal  Data Act", []string{"personal_data_act"}},
		{"Väestörekisterikeskuksen väestötietojärjestelmä", []string{"vrk"}},
		{"Befolkningsregistercentralen", []string{"vrk"}},
		{"Population Register Centre", []string{"vrk"}},
		{"osoitteet päivitetään VRK:sta", []string{"vrk"}},
		{"Tietosuojavaltuutetun toimisto, Ratapihantie  9, 00520 Helsinki", []string{"old_address"}},
		{"PL 800, 00521   Helsinki", []string{"old_address"}},
		{"Bangårdsvägen 9, 00520 Helsingfors", []string{"old_address"}},
		{"Albertinkatu 25 A, PL 315, 00181 Helsinki", []string{"old_address"}},
		{"henkilörekisterilain (471/1987) mukaan", []string{"personal_data_act"}},
		{"faksi 029 56 66735", []string{"old_fax"}},
		{"fax +358 29 566 6735", []string{"old_fax"}},
		{"Faksi: 010 36 66735", []string{"old_fax"}},
		{"Faksi 029-566-6735 ja Väestörekisterikeskus", []string{"old_fax", "vrk"}},
		// Current references and look-alikes are not outdated.
		{"Tietosuojalaki (1050/2018) 29 §", nil},
		{"Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki", nil},
		{"vaihde 029 566 6700", nil},
		{"Yritys Oy, PL 315, 33101 Tampere", nil},
		{"PL 315, 00181 Helsinki", []string{"old_address"}},
		{"päivystys 24 h/vrk", nil},
		{"Digi- ja väestötietovirasto (DVV)", nil},
	}
	for _, tc := range cases {
		got := FindOutdated(tc.text)
		var codes []string
		for _, o := range got {
			codes = append(codes, o.Code)
			if o.Quote == "" || !strings.Contains(strings.ToLower(tc.text), strings.ToLower(strings.Fields(o.Quote)[0])) {
				t.Errorf("%q: quote %q is not from the text", tc.text, o.Quote)
			}
			if o.Current.FI == "" || o.Current.SV == "" || o.Current.EN == "" {
				t.Errorf("%q: current wording missing a language: %+v", tc.text, o.Current)
			}
		}
		if strings.Join(codes, ",") != strings.Join(tc.codes, ",") {
			t.Errorf("FindOutdated(%q) = %v, want %v", tc.text, codes, tc.codes)
		}
	}
}

// TestOutdatedInAnswersBlock: an old notice's wording pasted into any
// free-text answer blocks, names the question and gives the current name.
func TestOutdatedInAnswersBlock(t *testing.T) {
	cases := []struct {
		name, path, qid, current string
		mutate                   func(a *data.Answers)
	}{
		{"law of a purpose", "registers.0.purposes.1.law", "purpose.law", "tietosuojalaki (1050/2018)",
			func(a *data.Answers) { a.Registers[0].Purposes[1].Law = "Henkilötietolaki (523/1999)" }},
		{"public source", "registers.0.sources.1.description", "source.description", "Digi- ja väestötietovirasto",
			func(a *data.Answers) { a.Registers[0].Sources[1].Description = "Väestörekisterikeskus" }},
		{"retention basis", "registers.0.retention.1.basis", "retention.basis", "Lintulahdenkuja 4",
			func(a *data.Answers) {
				a.Registers[0].Retention[1].Basis = "Kysy tietosuojavaltuutetulta, Ratapihantie 9"
			}},
		{"data subjects list item", "registers.1.data_subjects.0", "reg.data_subjects", "tietosuojalaki",
			func(a *data.Answers) { a.Registers[1].DataSubjects[0] = "Henkilötietolain mukaiset tilaajat" }},
		{"terms free text", "processor_terms.security_other", "pt.security_other", "ei ole enää faksia",
			func(a *data.Answers) { a.ProcessorTerms.SecurityOther = "Ilmoitukset myös faksilla 029 566 6735" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := example(t)
			tc.mutate(a)
			var hit *Finding
			fs := ForLanguage(Check(a), "fi") // not the missing translations of the text
			for i, f := range fs {
				if f.Path == tc.path && f.Article == "12(1)" {
					hit = &fs[i]
				}
			}
			if hit == nil {
				t.Fatalf("no finding at %s", tc.path)
			}
			if hit.Severity != Missing || !Blocking(fs) {
				t.Error("an outdated reference does not block")
			}
			if hit.QuestionID != tc.qid {
				t.Errorf("question %q, want %q", hit.QuestionID, tc.qid)
			}
			if !strings.Contains(hit.Message.FI, tc.current) {
				t.Errorf("message %q does not give %q", hit.Message.FI, tc.current)
			}
		})
	}
}
