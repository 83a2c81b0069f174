package ui

import (
	"context"
	"go/build"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/jobs"
	"tietosuojapakki/wizard"
)

// oldNotice is a small old-style notice of a fictional barber's shop: the
// repealed law and the authority's old address among its faults.
const oldNotice = `Rekisteriseloste
Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste.

1. Rekisterinpitäjä
Parturi Saksinen Oy
Kauppakatu 5, 40100 Jyväskylä

2. Yhteyshenkilö
Sanna Saksinen, sanna@saksinen.example

3. Rekisterin nimi
Asiakasrekisteri

4. Henkilötietojen käsittelyn tarkoitus
Ajanvarausten hoitaminen ja asiakassuhteen ylläpito.

5. Valitusoikeus
Valvova viranomainen on Tietosuojavaltuutetun toimisto, Ratapihantie 9, 00521 Helsinki.
`

// shownTexts is every label's and rich text's text drawn inside o.
func shownTexts(o fyne.CanvasObject) string {
	var b strings.Builder
	walk(o, func(x fyne.CanvasObject) {
		switch x := x.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		case *widget.Card:
			b.WriteString(x.Title + "\n" + x.Subtitle + "\n")
		}
	})
	return b.String()
}

// multiLineEntry is the first multi-line entry inside o.
func multiLineEntry(o fyne.CanvasObject) *widget.Entry {
	var e *widget.Entry
	walk(o, func(x fyne.CanvasObject) {
		if x, ok := x.(*widget.Entry); ok && x.MultiLine && e == nil {
			e = x
		}
	})
	return e
}

// TestImportOldNotice: the user taps "Tuo vanha seloste…" beside the
// organisation switcher, pastes an old notice, checks it, creates the
// organisation, lands in the wizard at the first missing answer and sees
// the old notice's findings in the summary; once the new notice is issued
// the card is gone.
func TestImportOldNotice(t *testing.T) {
	sh, _ := newTestShell(t)
	first := sh.Org
	open := findButton(sh.orgBar.root, "Tuo vanha seloste…")
	if open == nil {
		t.Fatal("the organisation bar has no Tuo vanha seloste…")
	}
	test.Tap(open)
	dlg := sh.Win.Canvas().Overlays().Top()
	if dlg == nil {
		t.Fatal("no dialog opened")
	}
	paste := multiLineEntry(dlg)
	if paste == nil {
		t.Fatal("the dialog has no text box")
	}
	test.Type(paste, oldNotice)
	test.Tap(findButton(dlg, "Tarkista teksti"))
	create := findButton(dlg, "Luo organisaatio näistä tiedoista")
	if create == nil || create.Disabled() {
		t.Fatal("the check did not offer to create the organisation")
	}
	shown := shownTexts(dlg)
	for _, want := range []string{"repealed_law", "outdated_authority_address", "Ratapihantie 9", "Henkilötietolain"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog does not show %q:\n%s", want, shown)
		}
	}

	test.Tap(create)
	if sh.Win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog stayed open")
	}
	made := sh.Org
	if made == first {
		t.Fatal("the window did not switch to the new organisation")
	}
	a, err := sh.Store.Answers(context.Background(), sh.Org)
	if err != nil || a.Organisation.Name != "Parturi Saksinen Oy" {
		t.Fatalf("new organisation: %v %q", err, a.Organisation.Name)
	}
	if sh.Tabs.SelectedIndex() != screenWizard {
		t.Fatalf("screen %d open, want the wizard", sh.Tabs.SelectedIndex())
	}
	v := wizardOf(t, sh)
	var missing wizard.Finding
	for _, f := range wizard.Check(v.a) {
		if f.Severity == wizard.Missing && v.findPage(f) >= 0 {
			missing = f
			break
		}
	}
	if missing.QuestionID == "" || v.cur != v.findPage(missing) {
		t.Fatalf("on page %s, want the first missing answer %s", pageKey(v.pages[v.cur]), missing.QuestionID)
	}
	// Its field has the keyboard.
	var fld *field
	for _, x := range v.fields {
		if x.q.ID == missing.QuestionID {
			fld = x
		}
	}
	if fld == nil || fld.focus == nil || sh.Win.Canvas().Focused() != fld.focus {
		t.Errorf("the field of %s (%s) does not have the focus: %v", missing.QuestionID, missing.Path, sh.Win.Canvas().Focused())
	}

	v.goToKey("summary")
	shown = shownTexts(v.body.Content)
	for _, want := range []string{"Vanhan selosteen havainnot", "Ratapihantie 9", "repealed_law"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the summary does not show %q:\n%s", want, shown)
		}
	}
	// Another organisation has no such card.
	sh.SetOrg(first)
	wizardOf(t, sh).goToKey("summary")
	if strings.Contains(shownTexts(sh.wizard.body.Content), "Vanhan selosteen havainnot") {
		t.Error("the first organisation shows the old notice's findings")
	}

	// Deleted, its findings go with it: the next organisation made, which
	// gets the same id, has none.
	sh.SetOrg(made)
	deleteOrganisation(sh)
	createOrganisation(sh, "Uusi yritys")
	if sh.Org != made {
		t.Logf("the new organisation got id %d, not %d", sh.Org, made)
	}
	wizardOf(t, sh).goToKey("summary")
	if strings.Contains(shownTexts(sh.wizard.body.Content), "Vanhan selosteen havainnot") {
		t.Error("a new organisation shows a deleted one's findings")
	}
}

// TestIssuedNoticeClearsAuditCard: a complete organisation made from an
// old notice shows its findings until its notice is issued (jobs.Make),
// then the summary no longer does.
func TestIssuedNoticeClearsAuditCard(t *testing.T) {
	sh, _ := newTestShell(t)
	id := importExample(t, sh)
	_, rep, err := jobs.AuditText("liitetty teksti", []byte(oldNotice), "fi")
	if err != nil {
		t.Fatal(err)
	}
	// The example company's answers, imported as from its old notice.
	f, err := sh.Store.ExportFile(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	nid, err := jobs.ImportNotice(context.Background(), sh.Store, f, rep.Findings)
	if err != nil {
		t.Fatal(err)
	}
	sh.SetOrg(nid)
	summary := func() string {
		v := wizardOf(t, sh)
		v.reload()
		v.goToKey("summary")
		return shownTexts(v.body.Content)
	}
	if s := summary(); !strings.Contains(s, "Vanhan selosteen havainnot") || !strings.Contains(s, "Henkilötietolain") {
		t.Fatalf("the summary lacks the findings:\n%s", s)
	}
	if _, err := jobs.Make(context.Background(), sh.Store, nid, jobs.Request{Kind: jobs.Notice, Draft: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(summary(), "Vanhan selosteen havainnot") {
		t.Fatal("a draft cleared the findings")
	}
	if _, err := jobs.Make(context.Background(), sh.Store, nid, jobs.Request{Kind: jobs.Notice}); err != nil {
		t.Fatal(err)
	}
	if s := summary(); strings.Contains(s, "Vanhan selosteen havainnot") {
		t.Errorf("the card is still shown after the notice was issued:\n%s", s)
	}
}

// TestOrgBarFitsWithAudit: with Tuo vanha seloste… added, the organisation
// bar still fits the smallest window (1024 wide) in every language, with a
// long company name chosen.
func TestOrgBarFitsWithAudit(t *testing.T) {
	sh, _ := newTestShell(t)
	createOrganisation(sh, "Rakennus- ja Kiinteistöpalvelu Virtanen & Pojat Oy")
	for _, l := range []string{"fi", "sv", "en"} {
		sh.SetLanguage(l)
		if findButton(sh.orgBar.root, lang.L("org.audit")) == nil {
			t.Fatalf("%s: no audit button", l)
		}
		if w := sh.orgBar.root.MinSize().Width; w > minWindow.Width {
			t.Errorf("%s: the organisation bar needs %.0f, the window is %.0f", l, w, minWindow.Width)
		}
	}
}

// TestAuditThroughJobs: the window and the command line reach the audit
// through jobs only (main, ui -> jobs -> audit), so both run one job.
func TestAuditThroughJobs(t *testing.T) {
	for _, dir := range []string{".", ".."} {
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(pkg.Imports, "tietosuojapakki/audit") {
			t.Errorf("%s (%s) imports audit: go through jobs", dir, pkg.Name)
		}
		if !slices.Contains(pkg.Imports, "tietosuojapakki/jobs") {
			t.Errorf("%s (%s) does not use jobs", dir, pkg.Name)
		}
	}
}
