package terms

import (
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestPromisesOnlyWhenMade: each promise is printed only when the user
// made it in the wizard, and a missing nature and purpose of the
// processing is never referred to (art. 28(3)).
func TestPromisesOnlyWhenMade(t *testing.T) {
	cases := []struct {
		name     string
		change   func(pt *data.ProcessorTerms)
		practice bool // look in the practices page
		sentence func(tx *texts) string
	}{
		{"deletion confirmed in writing", func(pt *data.ProcessorTerms) { pt.DeletionConfirmation = true }, false,
			func(tx *texts) string { return tx.EndConfirm }},
		{"termination on an objected sub-processor", func(pt *data.ProcessorTerms) { pt.TerminationRight = true }, false,
			func(tx *texts) string { return tx.SubTerminate }},
		{"termination on a breach", func(pt *data.ProcessorTerms) { pt.TerminationRight = true }, false,
			func(tx *texts) string { return tx.NonComplianceTerminate }},
		{"we do not sell the data", func(pt *data.ProcessorTerms) { pt.NoSale = true }, true,
			func(tx *texts) string { return tx.PNoSale }},
		{"extra safeguards for special categories", func(pt *data.ProcessorTerms) {
			pt.SpecialCategoriesPossible = true
			pt.SpecialSafeguards = "Allergiatiedot näkyvät vain hoitajille, ja niiden katselu kirjataan lokiin."
		}, false, func(tx *texts) string { return strings.ReplaceAll(tx.SpecialSafeguards, "%s", "") }},
		{"the terms meet art. 28", func(pt *data.ProcessorTerms) {}, false,
			func(tx *texts) string { return tx.ScopeArt28 }},
		{"Annex 2 states the purpose", func(pt *data.ProcessorTerms) {}, false,
			func(tx *texts) string { return tx.Purpose }},
	}
	for _, tc := range cases {
		for _, lang := range []string{"fi", "sv", "en"} {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				tx := textsFor(lang)
				want := strings.TrimSpace(strings.SplitN(tc.sentence(tx), ":", 2)[0])
				compose := func(a *data.Answers) string {
					if tc.practice {
						return Practices(a, Options{Lang: lang}).PlainText()
					}
					return Compose(a, Options{Lang: lang}).PlainText()
				}
				a := loadExample(t)
				a.ProcessorTerms.NaturePurpose = ""
				if strings.Contains(compose(a), want) {
					t.Fatalf("printed before the user made it: %q", want)
				}
				tc.change(&a.ProcessorTerms)
				if tc.name == "the terms meet art. 28" || tc.name == "Annex 2 states the purpose" {
					a.ProcessorTerms.NaturePurpose = "Ajanvarausten tallennus ja muistutusviestit"
				}
				if !strings.Contains(compose(a), want) {
					t.Errorf("not printed once made: %q", want)
				}
			})
		}
	}
}

// TestNoNatureNoCrossReference: without the nature and purpose the
// description clause does not send the reader to a purpose in Annex 2.
func TestNoNatureNoCrossReference(t *testing.T) {
	a := loadExample(t)
	a.ProcessorTerms.NaturePurpose = ""
	d := Compose(a, Options{Lang: "fi"})
	text := d.PlainText()
	for _, bad := range []string{"mihin tarkoitukseen", "liitteessä 2 kuvattuun tarkoitukseen", "täyttävät tietosuoja-asetuksen"} {
		if strings.Contains(text, bad) {
			t.Errorf("terms without nature and purpose say %q", bad)
		}
	}
	if !strings.Contains(text, textFI.DescriptionNoPurpose) || !strings.Contains(text, textFI.PurposePlain) {
		t.Error("the plain description and purpose are missing")
	}
	if !strings.Contains(text, "Rekisterinpitäjänä te vastaatte siitä, että käsittelylle on lainmukainen peruste") {
		t.Error("the controller's obligations (art. 28(3)) are not told")
	}
}

// TestSameContactOnce: an address that is both the company's and the
// support's is one row on the practices page, naming both.
func TestSameContactOnce(t *testing.T) {
	a := loadExample(t)
	a.ProcessorTerms.SupportEmail = a.Organisation.Email
	text := Practices(a, Options{Lang: "fi"}).PlainText()
	if n := strings.Count(text, a.Organisation.Email); n != 2 { // once under "who", once under contacts
		t.Errorf("the address is printed %d times:\n%s", n, text)
	}
	if !strings.Contains(text, "Sähköposti / Tuki, sähköposti: "+a.Organisation.Email) {
		t.Errorf("no merged row:\n%s", text)
	}
}
