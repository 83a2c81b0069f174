package ui

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/wizard"
)

// importAnswers adds a to the shell's store as a new organisation and
// opens it.
func importAnswers(t *testing.T, sh *Shell, a data.Answers) int64 {
	t.Helper()
	b, err := json.Marshal(data.File{Format: data.FileFormat, Version: data.FileVersion, Answers: a})
	if err != nil {
		t.Fatal(err)
	}
	id, err := importFrom(sh, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestWizardAddsSwedishToFinishedCompany: a company finished in Finnish
// only picks Swedish as a second document language; the check then lists
// every answer that needs Swedish, each field shows its Swedish entry
// marked as a translation, and once the user has typed them all on the
// wizard's pages nothing is missing, in the store too.
func TestWizardAddsSwedishToFinishedCompany(t *testing.T) {
	app := test.NewTempApp(t)
	sh := openShell(t, app, t.TempDir()+"/tr.db")
	f, ps := data.ParseFile(bytes.NewReader(datatest.Example))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	swedish := f.Translations["sv"] // what the user will type
	f.Translations = nil
	f.Organisation.DocumentLanguages = []string{"fi"}
	id := importAnswers(t, sh, f.Answers)
	v := wizardOf(t, sh)
	v.goTo(0)
	onPage(t, v, "company")
	if len(translationEntries[v]) != 0 {
		t.Fatal("translation entries for a one-language company")
	}

	tick(t, v, "organisation.document_languages", "Ruotsi")
	if got := v.a.Organisation.DocumentLanguages; !slices.Equal(got, []string{"fi", "sv"}) {
		t.Fatalf("document languages %v", got)
	}
	need := data.Untranslated(v.a, "sv")
	var findings int
	for _, fd := range wizard.Check(v.a) {
		if fd.Lang == "sv" {
			findings++
		}
	}
	if len(need) < 40 || findings != len(need) {
		t.Fatalf("%d answers need Swedish, the check lists %d", len(need), findings)
	}

	typed := 0
	for i := range v.pages {
		delete(translationEntries, v)
		v.goTo(i)
		for key, te := range translationEntries[v] {
			if !strings.HasSuffix(key, "|sv") || te.entry.Text != "" {
				continue
			}
			sv, ok := swedish[te.main]
			if !ok {
				t.Fatalf("page %s asks Swedish for %q, which needs none", pageKey(v.pages[i]), te.main)
			}
			test.Type(te.entry, sv)
			typed++
		}
	}
	v.flush()
	if typed == 0 || typed > len(need) {
		t.Errorf("typed %d translations for %d answers", typed, len(need))
	}
	a, err := sh.Store.Answers(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if m := data.Untranslated(a, "sv"); len(m) > 0 {
		t.Errorf("still without Swedish after the walk: %v", m)
	}
	if a.Translations["sv"]["Asiakasrekisteri"] != "Kundregister" {
		t.Errorf("stored %q", a.Translations["sv"]["Asiakasrekisteri"])
	}
	if wizard.Blocking(wizard.ForLanguage(wizard.Check(a), "sv")) {
		t.Error("the Swedish documents are still blocked")
	}
}

// TestWizardTranslationFollowsMainText: editing the main text makes its
// translation missing again, with the earlier one as a hint; the
// document languages keep the order they were chosen in.
func TestWizardTranslationFollowsMainText(t *testing.T) {
	app := test.NewTempApp(t)
	sh := openShell(t, app, t.TempDir()+"/tr.db")
	f, ps := data.ParseFile(bytes.NewReader(datatest.Bilingual))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	f.Organisation.DocumentLanguages = []string{"sv"}
	f.Translations = nil
	importAnswers(t, sh, f.Answers)
	v := wizardOf(t, sh)
	v.goTo(0)
	tick(t, v, "organisation.document_languages", "Suomi")
	if got := v.a.Organisation.DocumentLanguages; !slices.Equal(got, []string{"sv", "fi"}) {
		t.Fatalf("document languages %v: Swedish must stay the main language", got)
	}
	// The contact person's title, typed in "Finnish" above but now the
	// main (Swedish) text: its Finnish entry is on the contact page.
	for i, p := range v.pages {
		if pageKey(p) == "contact" {
			v.goTo(i)
		}
	}
	te, ok := translationEntries[v]["organisation.privacy_contact.title|fi"]
	if !ok {
		t.Fatal("no Finnish entry under the title")
	}
	test.Type(te.entry, "toimitusjohtaja")
	clockOf(sh).Settle()
	main := fieldAt(t, v, "organisation.privacy_contact.title")
	main.entry.SetText("vd")
	clockOf(sh).Settle()
	te = translationEntries[v]["organisation.privacy_contact.title|fi"]
	if te.main != "vd" || te.entry.Text != "" || !strings.Contains(te.entry.PlaceHolder, "toimitusjohtaja") {
		t.Errorf("after editing the main text: main %q, entry %q, hint %q", te.main, te.entry.Text, te.entry.PlaceHolder)
	}
	if m := data.Untranslated(v.a, "fi"); !slices.ContainsFunc(m, func(x data.Missing) bool { return x.Path == "organisation.privacy_contact.title" }) {
		t.Error("the edited title is not missing its Finnish text")
	}
}

// TestWizardReadyAnswerTranslated: a ready answer picked from a question's
// suggestions gets its other languages from the catalogue; a court picked
// from the list is translated by the program.
func TestWizardReadyAnswerTranslated(t *testing.T) {
	app := test.NewTempApp(t)
	sh := openShell(t, app, t.TempDir()+"/tr.db")
	f, ps := data.ParseFile(bytes.NewReader(datatest.Example))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	f.Translations = nil
	f.Organisation.DocumentLanguages = []string{"fi", "en"}
	f.ProcessorTerms.LiabilityCap = "Sama kuin palvelusopimuksessa"
	f.ProcessorTerms.Court = "Helsingin käräjäoikeus"
	id := importAnswers(t, sh, f.Answers)
	v := wizardOf(t, sh)
	for i, p := range v.pages {
		if pageKey(p) == "processor_terms" {
			v.goTo(i)
		}
	}
	te, ok := translationEntries[v]["processor_terms.liability_cap|en"]
	if !ok || te.entry.Text != "As in the service contract" {
		t.Fatalf("liability cap in English: %q (shown %v)", te.entry.Text, ok)
	}
	if _, ok := translationEntries[v]["processor_terms.court|en"]; ok {
		t.Error("a court from the list asks for a translation")
	}
	a, err := sh.Store.Answers(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := data.Localize(a, "en")
	if loc.ProcessorTerms.LiabilityCap != "As in the service contract" || loc.ProcessorTerms.Court != "Helsinki District Court" {
		t.Errorf("English terms: cap %q, court %q", loc.ProcessorTerms.LiabilityCap, loc.ProcessorTerms.Court)
	}
}
