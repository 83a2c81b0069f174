package ui

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data"
	"tietosuojapakki/wizard"
)

// TestWizardWalkNewCompany fills the whole wizard for a new company as a
// user would, page by page, and checks that the answers are complete and
// survive closing and reopening the database.
func TestWizardWalkNewCompany(t *testing.T) {
	a := test.NewTempApp(t)
	path := t.TempDir() + "/walk.db"
	sh := openShell(t, a, path)
	v := wizardOf(t, sh)

	onPage(t, v, "company")
	typeIn(t, v, "organisation.name", "Siivous Sointu Oy")
	typeIn(t, v, "organisation.business_id", "3312457-9")
	typeIn(t, v, "organisation.street", "Kauppakatu 3")
	typeIn(t, v, "organisation.postal_code", "40100")
	typeIn(t, v, "organisation.city", "Jyväskylä")
	typeIn(t, v, "organisation.email", "tietosuoja@sointu.fi")
	tick(t, v, "organisation.document_languages", "Suomi")
	test.Tap(v.next)

	onPage(t, v, "contact")
	typeIn(t, v, "organisation.privacy_contact.name", "Sointu Laine")
	typeIn(t, v, "organisation.privacy_contact.email", "sointu@sointu.fi")
	pick(t, v, "organisation.dpo", "Ei")
	typeIn(t, v, "request_log.retention_months", "24")
	test.Tap(v.next)

	onPage(t, v, "registers")
	v.regPick.SetSelected("Asiakasrekisteri")
	test.Tap(v.regAdd)
	onPage(t, v, "register.subjects@0")
	for pageKey(v.pages[v.cur]) != "processors" {
		if pageKey(v.pages[v.cur]) == "register.security@0" {
			tick(t, v, "registers.0.security.measures", "Käyttöoikeuksien hallinta")
		}
		test.Tap(v.next)
		if sh.Win.Canvas().Overlays().Top() != nil { // "add another register?"
			tapDialogButton(t, sh, "Jatka eteenpäin")
		}
	}

	test.Tap(fieldAt(t, v, "processors").add)
	typeIn(t, v, "processors.0.name", "Tilitoimisto Luku Oy")
	typeIn(t, v, "processors.0.service", "Kirjanpito ja palkanlaskenta")
	pick(t, v, "processors.0.location", "EU/ETA-alueella")
	pick(t, v, "processors.0.dpa_signed", "Kyllä")
	test.Tap(v.next)

	onPage(t, v, "website")
	if _, shown := v.fields["website.strictly_necessary_only"]; shown {
		t.Fatal("a cookie question is shown before cookies are said to be used")
	}
	pick(t, v, "website.cookies", "Kyllä")
	pick(t, v, "website.strictly_necessary_only", "Ei")
	pick(t, v, "website.consent_banner", "Kyllä")
	test.Tap(v.next)

	onPage(t, v, "processor_terms")
	test.Tap(v.next)
	onPage(t, v, "summary")

	want := v.a
	sh.Store.Close()
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, err := st.Answers(context.Background(), v.org)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range wizard.Check(got) {
		if f.Severity == wizard.Missing {
			t.Errorf("still missing: %s", wizard.FindingText(f, "fi"))
		}
	}
	wj, _ := json.Marshal(want)
	gj, _ := json.Marshal(got)
	if string(wj) != string(gj) {
		t.Errorf("stored answers differ from the wizard's:\nstored %s\nwizard %s", gj, wj)
	}
	checks := map[string]string{
		got.Organisation.Name:                "Siivous Sointu Oy",
		got.Organisation.BusinessID:          "3312457-9",
		got.Organisation.PrivacyContact.Name: "Sointu Laine",
		got.Registers[0].Name:                "Asiakasrekisteri",
		got.Processors[0].Name:               "Tilitoimisto Luku Oy",
	}
	for g, w := range checks {
		if g != w {
			t.Errorf("stored %q, want %q", g, w)
		}
	}
	if got.RequestLog.RetentionMonths != 24 || !got.Website.ConsentBanner || got.Organisation.DPO != nil {
		t.Errorf("stored retention %d, consent banner %v, dpo %v", got.RequestLog.RetentionMonths, got.Website.ConsentBanner, got.Organisation.DPO)
	}
}

// TestInvalidValueNotStored: a bad Y-tunnus gets a Finnish message beside
// the field, stays in the field, and the earlier valid answer stays stored.
func TestInvalidValueNotStored(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	typeIn(t, v, "organisation.business_id", "3312457-9")
	v.flush()
	f := fieldAt(t, v, "organisation.business_id")
	if f.msg.Text() != "" {
		t.Fatalf("valid id has message %q", f.msg.Text())
	}
	f.entry.SetText("3312457-8") // wrong check digit
	want := wizard.Validate(f.q, "3312457-8", "fi")
	if f.msg.Text() != "" {
		t.Fatalf("message %q shown while the user may still be typing", f.msg.Text())
	}
	clockOf(sh).Advance(hintDelay)
	if want == "" || f.msg.Text() != want {
		t.Fatalf("message %q, want the Finnish %q", f.msg.Text(), want)
	}
	if want == wizard.Validate(f.q, "3312457-8", "en") {
		t.Fatalf("the message is not in Finnish: %q", want)
	}
	v.flush()
	v.goTo(1)
	v.goTo(0) // the page is drawn again: the typed text must still be there
	if got := fieldAt(t, v, "organisation.business_id").entry.Text; got != "3312457-8" {
		t.Fatalf("field shows %q after re-render, want what was typed", got)
	}
	a, _ := sh.Store.Answers(context.Background(), sh.Org)
	if a.Organisation.BusinessID != "3312457-9" {
		t.Fatalf("stored %q, want the earlier valid 3312457-9", a.Organisation.BusinessID)
	}
}

// TestConditionShowsQuestion: choosing legitimate interest as the basis
// brings up the question about the interest at once.
func TestConditionShowsQuestion(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	v.goToKey("registers")
	v.regPick.SetSelected("Tyhjä rekisteri")
	test.Tap(v.regAdd)
	if !v.goToKey("register.purposes@0") {
		t.Fatal("no purposes page for the new register")
	}
	test.Tap(fieldAt(t, v, "registers.0.purposes").add)
	interest := "registers.0.purposes.0.legitimate_interest"
	cases := []struct {
		basis string
		shown bool
	}{
		{"Sopimus", false},
		{"Oikeutettu etu", true},
		{"Suostumus", false},
	}
	for _, c := range cases {
		pick(t, v, "registers.0.purposes.0.legal_basis", c.basis)
		if _, shown := v.fields[interest]; shown != c.shown {
			t.Errorf("basis %s: interest question shown %v, want %v", c.basis, shown, c.shown)
		}
	}
}

// TestRestartKeepsOrganisationAndPage: the second organisation and the
// page left open come back after a restart.
func TestRestartKeepsOrganisationAndPage(t *testing.T) {
	a := test.NewTempApp(t)
	path := t.TempDir() + "/restart.db"
	sh := openShell(t, a, path)
	first := sh.Org
	createOrganisation(sh, "Toinen Oy")
	if sh.Org == first {
		t.Fatal("the new organisation was not opened")
	}
	second := sh.Org
	v := wizardOf(t, sh)
	v.goToKey("website")
	sh.Store.Close()

	sh2 := openShell(t, a, path)
	if sh2.Org != second {
		t.Fatalf("opened organisation %d, want %d", sh2.Org, second)
	}
	onPage(t, wizardOf(t, sh2), "website")
}

// TestEnterOnLastFieldGoesNext: Enter in the last field of a page opens
// the next page (a filled-in page: an empty required field is pointed out
// first, TestRequiredEmptyIsPointedOut).
func TestEnterOnLastFieldGoesNext(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := wizardOf(t, sh)
	v.goTo(0)
	last := v.entries[len(v.entries)-1]
	last.OnSubmitted(last.Text)
	onPage(t, v, "contact")
}

// TestSummaryJumpsToQuestion: a finding's button opens its question's page.
func TestSummaryJumpsToQuestion(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	v.goToKey("summary")
	var target wizard.Finding
	for _, f := range wizard.Check(v.a) {
		if f.QuestionID == "contact.email" {
			target = f
		}
	}
	if target.QuestionID == "" {
		t.Fatal("an empty organisation should lack the contact e-mail")
	}
	b := findButton(v.body.Content, "Siirry")
	if b == nil {
		t.Fatal("the summary has no jump buttons")
	}
	v.jumpTo(target)
	onPage(t, v, "contact")
}

// TestRemoveProcessorDropsReferences: deleting a processor also removes it
// from the registers that chose it.
func TestRemoveProcessorDropsReferences(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := wizardOf(t, sh)
	before := len(v.a.Processors)
	id := v.a.Processors[0].ID
	v.removeRecord("processors", 0, "id")
	a, _ := sh.Store.Answers(context.Background(), sh.Org)
	if len(a.Processors) != before-1 {
		t.Fatalf("%d processors, want %d", len(a.Processors), before-1)
	}
	for _, r := range a.Registers {
		for _, p := range r.ProcessorIDs {
			if p == id {
				t.Fatalf("register %s still refers to %s", r.Name, id)
			}
		}
	}
}

// TestRequiredEmptyIsPointedOut: Next on a page with required questions
// left empty says so beside each and focuses the first; Next again goes
// on (the summary lists what is missing).
func TestRequiredEmptyIsPointedOut(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	typeIn(t, v, "organisation.name", "Sointu Oy")
	test.Tap(v.next)
	onPage(t, v, "company")
	if got := fieldAt(t, v, "organisation.document_languages").msg.Text(); !strings.Contains(got, "tarvitaan asiakirjoihin") {
		t.Fatalf("the empty document languages say %q", got)
	}
	if got := fieldAt(t, v, "organisation.name").msg.Text(); got != "" {
		t.Fatalf("the filled name says %q", got)
	}
	if sh.Win.Canvas().Focused() != fieldAt(t, v, "organisation.business_id").focus {
		t.Fatalf("focus on %T, want the first empty required field", sh.Win.Canvas().Focused())
	}
	test.Tap(v.next)
	onPage(t, v, "contact")
}
