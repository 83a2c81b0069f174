package ui

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/pdftest"
)

// TestBreachAwareTyped: awkward typed times are refused beside the
// awareness field with the store's words; nothing typed is lost.
func TestBreachAwareTyped(t *testing.T) {
	now := helsinki(2026, 11, 1, 12, 0)
	_, v := breachShell(t, &now)
	tests := []struct{ typed, want string }{
		{"28.3.2026 25:00", "ei tunnistettu"},
		{"29.3.2026 03:30", "kelloja siirrettiin silloin tunnilla eteenpäin"},
		{"25.10.2026 03:30", "esiintyy kahdesti"},
		{"2.11.2026 09:00", "tulevaisuudessa"},
	}
	test.Tap(findButton(v.screen.content, "Uusi tietoturvaloukkaus…"))
	f := v.form
	test.Type(f.entries["description"], "Tunnukset vuotivat.")
	for _, tc := range tests {
		retype(f.entries["aware"], tc.typed)
		breachSave(t, v)
		if got := fieldError(v, "aware"); !strings.Contains(got, tc.want) {
			t.Errorf("%s: beside the field %q, want %q", tc.typed, got, tc.want)
		}
		if f.entries["description"].Text != "Tunnukset vuotivat." {
			t.Fatal("the description was lost")
		}
	}
	retype(f.entries["aware"], "25.10.2026 03:30+02:00")
	breachSave(t, v)
	if len(v.rows) != 1 || !v.rows[0].Due().Equal(time.Date(2026, 10, 28, 1, 30, 0, 0, time.UTC)) {
		t.Fatalf("rows %+v", v.rows)
	}
	if cells := breachCells(&v.rows[0], now, "fi"); cells[2] != "28.10.2026 03.30" {
		t.Fatalf("due shown %q", cells[2])
	}
	// Opened again, the repeated hour keeps its offset and saves unchanged.
	v.openEdit(&v.rows[0])
	if got := v.form.entries["aware"].Text; got != "25.10.2026 03:30+02:00" {
		t.Fatalf("the edit form offers %q", got)
	}
	breachSave(t, v)
	if got := fieldError(v, "aware"); got != "" {
		t.Fatalf("the offered time is refused: %q", got)
	}
}

// TestBreachSubjects: telling the data subjects needs how; not telling
// them needs the ground of art. 34(3); both land in the history.
func TestBreachSubjects(t *testing.T) {
	now := helsinki(2026, 3, 29, 12, 0)
	sh, v := breachShell(t, &now)
	addTypedBreach(t, v, "28.3.2026 20:00")
	ref := v.selected
	test.Tap(findButton(v.detail.content, "Kerrottu rekisteröidyille…"))
	breachSave(t, v)
	if got := fieldError(v, "subjects_how"); got != "Kerro, miten rekisteröidyille kerrottiin." {
		t.Fatalf("told without how: %q", got)
	}
	test.Type(v.form.entries["subjects_how"], "Sähköposti kaikille 120 asiakkaalle.")
	breachSave(t, v)
	test.Tap(findButton(v.detail.content, "Rekisterinpitäjälle kerrottu…"))
	retype(v.form.entries["controller_told"], "28.3.2026 19:00")
	breachSave(t, v)
	if got := fieldError(v, "controller_told"); !strings.Contains(got, "ennen kuin loukkaus havaittiin") {
		t.Fatalf("controller told before awareness: %q", got)
	}
	retype(v.form.entries["controller_told"], "28.3.2026 21:15")
	breachSave(t, v)
	b, err := sh.Store.Breach(context.Background(), sh.Org, ref)
	if err != nil || b.SubjectsHow == "" || !b.ControllerToldAt.Equal(helsinki(2026, 3, 28, 21, 15)) {
		t.Fatalf("stored %+v, %v", b, err)
	}
	for _, text := range []string{"Rekisteröidyille kerrottu: 29.3.2026 12.00 Sähköposti kaikille 120 asiakkaalle.", "Rekisterinpitäjälle kerrottu: 28.3.2026 21.15"} {
		if !findTextContaining(v.detail.content, text) {
			t.Errorf("the history lacks %q", text)
		}
	}
}

// Tietoturvaloukkaukset → PDF-raportti → Tallenna writes the report of
// the period through the save dialog, as the user does it.
func TestBreachReportSaves(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	now := helsinki(2026, 3, 29, 12, 0)
	sh, v := breachShell(t, &now)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	addTypedBreach(t, v, "28.3.2026 20:00")
	if _, err := sh.Store.AddBreach(context.Background(), sh.Org, data.Breach{AwareAt: helsinki(2025, 12, 31, 23, 59), Description: "Edellisen vuoden loukkaus."}); err != nil {
		t.Fatal(err)
	}
	test.Tap(findButton(v.screen.content, "PDF-raportti"))
	f := v.form
	retype(f.entries["from"], "1.1.2026")
	retype(f.entries["to"], "31.12.2026")
	test.Tap(f.save)
	save := topButton(t, sh, lang.L("Save"))
	name := topEntry(t, sh)
	if !strings.HasPrefix(name.Text, "tietoturvaloukkaukset-2026-01-01-2026-12-31") {
		t.Errorf("suggested name %q", name.Text)
	}
	name.SetText("loukkaukset.pdf")
	test.Tap(save)
	raw := waitFile(t, filepath.Join(home, "loukkaukset.pdf"))
	text := pdftest.Normalize(pdftest.Text(t, raw))
	for _, want := range []string{"Tietoturvaloukkausloki", "Ajanvaraus Kivi Oy", "2026-B01", "31.3.2026 21.00"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(text, "2025-B01") {
		t.Error("the report has a breach from outside the period")
	}
}

// TestBreachEditFacts: the facts recorded in haste are completed later
// in the same form, and the change is in the history.
func TestBreachEditFacts(t *testing.T) {
	now := helsinki(2026, 3, 29, 12, 0)
	sh, v := breachShell(t, &now)
	addTypedBreach(t, v, "28.3.2026 20:00")
	ref := v.selected
	test.Tap(findButton(v.detail.content, "Täydennä tai korjaa…"))
	f := v.form
	if got := f.entries["aware"].Text; got != "28.3.2026 20:00" {
		t.Fatalf("the form offers awareness %q", got)
	}
	if got := f.entries["subjects_approx"].Text; got != "120" {
		t.Fatalf("the form offers %q people", got)
	}
	test.Type(f.entries["measures"], "Vastaanottajaa pyydettiin poistamaan viesti.")
	breachSave(t, v)
	b, err := sh.Store.Breach(context.Background(), sh.Org, ref)
	if err != nil || b.Measures != "Vastaanottajaa pyydettiin poistamaan viesti." || b.SubjectsApprox != 120 {
		t.Fatalf("stored %+v, %v", b, err)
	}
	if !findTextContaining(v.detail.content, "Muutettu – Toimenpiteet: Vastaanottajaa pyydettiin") {
		t.Error("the history does not show the change")
	}
}

// TestBreachTranslations: in each language every text of the screen, the
// pane of a breach with every fact and event, the notice and the dialogs
// is translated (a missing key shows as the key itself).
func TestBreachTranslations(t *testing.T) {
	now := helsinki(2026, 4, 2, 12, 0)
	sh, _ := breachShell(t, &now)
	ctx, st, org := context.Background(), sh.Store, sh.Org
	ref, err := st.AddBreach(ctx, org, data.Breach{AwareAt: helsinki(2026, 3, 28, 20, 0), OccurredAt: helsinki(2026, 3, 28, 9, 0),
		Description: "d", DataSubjects: "s", SubjectsApprox: 3, RecordsApprox: 4, Consequences: "c", Measures: "m"})
	if err != nil {
		t.Fatal(err)
	}
	steps := []error{
		st.EditBreachFacts(ctx, org, ref, data.Breach{AwareAt: helsinki(2026, 3, 28, 20, 0), Description: "d2"}),
		st.AssessBreach(ctx, org, ref, data.RiskHigh, "r"),
		st.NotifyBreach(ctx, org, ref, helsinki(2026, 4, 1, 9, 0), "1/2026", "late"),
		st.InformSubjects(ctx, org, ref, helsinki(2026, 4, 1, 10, 0), "mail"),
		st.ControllerTold(ctx, org, ref, helsinki(2026, 3, 28, 21, 0)),
		st.AddBreachNote(ctx, org, ref, "n"),
		st.CloseBreach(ctx, org, ref),
	}
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if _, err := st.AddBreach(ctx, org, data.Breach{AwareAt: helsinki(2026, 4, 1, 8, 0), Description: "open"}); err != nil {
		t.Fatal(err)
	}
	if err := st.DoNotInformSubjects(ctx, org, "2026-B02", "encrypted"); err != nil {
		t.Fatal(err)
	}
	breachKeysInEveryLanguage(t)
	for _, lg := range []string{"sv", "en", "fi"} {
		sh.SetLanguage(lg)
		sh.showScreen(screenBreaches)
		v := breachesOf(sh)
		if title := sh.Tabs.Items[screenBreaches].Text; title != map[string]string{"fi": "Tietoturvaloukkaukset", "sv": "Personuppgiftsincidenter", "en": "Data breaches"}[lg] {
			t.Errorf("%s: the tab reads %q", lg, title)
		}
		v.selectRef(ref)
		untranslated(t, lg+" closed breach", sh.Win.Content())
		v.selectRef("2026-B02")
		untranslated(t, lg+" open breach", sh.Win.Content())
		for _, open := range []func(){v.openAdd, v.openReport, func() { v.openAssess(v.detail.current) }, func() { v.openNotify(v.detail.current) },
			func() { v.openInform(v.detail.current) }, func() { v.openNotInform(v.detail.current) }, func() { v.openController(v.detail.current) },
			func() { v.openNote(v.detail.current) }} {
			open()
			untranslated(t, lg+" dialog", sh.Win.Canvas().Overlays().Top())
			v.form.d.Hide()
		}
		sh.breachNoticeSeen = 0
		untranslated(t, lg+" notice", newBreachNotice(sh))
	}
}

// breachKeysInEveryLanguage: Fyne shows the text of a language set
// earlier for a key missing in the current one, so the screen's keys are
// also compared file by file.
func breachKeysInEveryLanguage(t *testing.T) {
	t.Helper()
	keys := map[string]map[string]bool{}
	for _, lg := range []string{"fi", "sv", "en"} {
		raw, err := languageMessages(lg)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage // some values are plural forms
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		keys[lg] = map[string]bool{}
		for k := range m {
			if strings.HasPrefix(k, "breaches.") || k == "nav.breaches" {
				keys[lg][k] = true
			}
		}
	}
	for k := range keys["fi"] {
		if !keys["sv"][k] || !keys["en"][k] {
			t.Errorf("key %s is not in every language", k)
		}
	}
	if len(keys["sv"]) != len(keys["fi"]) || len(keys["en"]) != len(keys["fi"]) {
		t.Errorf("breach keys: fi %d, sv %d, en %d", len(keys["fi"]), len(keys["sv"]), len(keys["en"]))
	}
}

// untranslated fails for every text under o that is a translation key.
func untranslated(t *testing.T, where string, o fyne.CanvasObject) {
	t.Helper()
	walkObjects(o, func(x fyne.CanvasObject) {
		text := ""
		switch w := x.(type) {
		case *widget.Label:
			text = w.Text
		case *widget.Button:
			text = w.Text
		}
		if strings.Contains(text, "breaches.") || strings.Contains(text, "nav.") {
			t.Errorf("%s: untranslated %q", where, text)
		}
	})
}
