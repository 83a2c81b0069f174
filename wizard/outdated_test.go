package wizard

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

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
