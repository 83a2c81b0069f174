package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/breachreport"
)

// breachShell opens the window on the example company with the store's
// clock at *now, on the Tietoturvaloukkaukset screen.
func breachShell(t *testing.T, now *time.Time) (*Shell, *breachesView) {
	t.Helper()
	sh := reqWindow(t)
	sh.Store.SetClock(func() time.Time { return *now })
	sh.showScreen(screenBreaches)
	v := breachesOf(sh)
	if v == nil {
		t.Fatal("the breach screen is not built")
	}
	return sh, v
}

// helsinki is a wall time in Finland.
func helsinki(y int, m time.Month, d, h, mi int) time.Time {
	return time.Date(y, m, d, h, mi, 0, 0, data.Helsinki)
}

// retype clears an entry and types s into it as the user does.
func retype(e *widget.Entry, s string) {
	e.SetText("")
	test.Type(e, s)
}

// breachSave taps the open dialog's save button.
func breachSave(t *testing.T, v *breachesView) {
	t.Helper()
	if v.form == nil || v.form.save == nil {
		t.Fatal("no breach dialog open")
	}
	test.Tap(v.form.save)
}

// fieldError is the message shown beside field in the open dialog.
func fieldError(v *breachesView, field string) string {
	l := v.form.errs[field]
	if l == nil || !l.Visible() {
		return ""
	}
	return l.Text
}

// addTypedBreach adds a breach through the first-aid dialog.
func addTypedBreach(t *testing.T, v *breachesView, aware string) {
	t.Helper()
	test.Tap(findButton(v.screen.content, "Uusi tietoturvaloukkaus…"))
	f := v.form
	retype(f.entries["aware"], aware)
	breachSave(t, v)
	if got := fieldError(v, "description"); got != "Kerro lyhyesti, mitä tapahtui." {
		t.Fatalf("saved without a description; beside the field: %q", got)
	}
	test.Type(f.entries["description"], "Asiakasrekisterin tiedosto lähti sähköpostilla väärälle vastaanottajalle.")
	test.Type(f.entries["subjects"], "asiakkaat: nimet ja puhelinnumerot")
	test.Type(f.entries["subjects_approx"], "12O")
	breachSave(t, v)
	if got := fieldError(v, "subjects_approx"); !strings.Contains(got, "numeroina") {
		t.Fatalf("a number with a letter O was not refused beside its field: %q", got)
	}
	retype(f.entries["subjects_approx"], "120")
	breachSave(t, v)
	if reqDialogOpen(v.sh) {
		t.Fatalf("the dialog stays open: %q", f.general.Text)
	}
}

// TestBreachAddAndCountdown: a breach typed in at 28.3.2026 20:00 (winter
// time) is due 31.3.2026 21.00 (summer time, 72 real hours later); the
// countdown follows the clock each minute and turns into "ylitetty".
func TestBreachAddAndCountdown(t *testing.T) {
	now := helsinki(2026, 3, 29, 12, 0)
	sh, v := breachShell(t, &now)
	addTypedBreach(t, v, "28.3.2026 20:00")
	checkFirstBreach(t, v, now)

	tests := []struct {
		advance time.Duration
		left    string
		imp     widget.Importance
	}{
		{14*time.Hour + 48*time.Minute, "42 h 12 min jäljellä", widget.MediumImportance},
		{42*time.Hour + 11*time.Minute, "1 min jäljellä", widget.WarningImportance},
		{5*time.Hour + time.Minute, "ylitetty 5 h", widget.DangerImportance},
	}
	for _, tc := range tests {
		now = now.Add(tc.advance)
		clockOf(sh).Advance(time.Minute) // the minute's redraw
		if !findText(v.list, tc.left) || !findText(v.detail.content, tc.left) {
			t.Errorf("at %s the window does not show %q", now, tc.left)
		}
		if got := breachImportance(&v.rows[0], now); got != tc.imp {
			t.Errorf("at %s coloured %v, want %v", now, got, tc.imp)
		}
	}
}

// checkFirstBreach checks the list and the pane after the first breach
// was typed in at 28.3.2026 20:00, at now (29.3.2026 12:00).
func checkFirstBreach(t *testing.T, v *breachesView, now time.Time) {
	t.Helper()
	if len(v.rows) != 1 || v.rows[0].Ref != "2026-B01" || v.selected != "2026-B01" {
		t.Fatalf("rows %+v, selected %q", v.rows, v.selected)
	}
	b := v.rows[0]
	if b.SubjectsApprox != 120 || !b.AwareAt.Equal(helsinki(2026, 3, 28, 20, 0)) {
		t.Fatalf("stored %+v", b)
	}
	cells := breachCells(&b, now, "fi")
	if cells[1] != "28.3.2026 20.00" || cells[2] != "31.3.2026 21.00" || cells[3] != "57 h jäljellä" {
		t.Fatalf("row %q", cells)
	}
	if !findText(v.detail.content, "31.3.2026 21.00 (+03:00)") || !findText(v.detail.content, "57 h jäljellä") {
		t.Fatal("the detail pane does not show the due time and the time left")
	}
	if !findText(v.list, "31.3.2026 21.00") {
		t.Fatal("the list does not show the due time")
	}
}

// TestBreachAssessNotifyClose: an assessment without reasons is refused
// beside the reasons; closing is refused while a risk is not notified;
// a notification past the 72 hours asks for the reasons of the delay.
func TestBreachAssessNotifyClose(t *testing.T) {
	now := helsinki(2026, 3, 28, 21, 0)
	sh, v := breachShell(t, &now)
	addTypedBreach(t, v, "28.3.2026 20:00")
	ref := v.selected

	test.Tap(findButton(v.detail.content, "Arvioi riski…"))
	v.form.risk.SetSelected(breachreport.RiskLabel(data.RiskSome, "fi"))
	breachSave(t, v)
	if got := fieldError(v, "risk_reasons"); !strings.HasPrefix(got, "Kirjaa arvion perustelut") {
		t.Fatalf("assessment without reasons: beside the field %q", got)
	}
	test.Type(v.form.entries["risk_reasons"], "Puhelinnumeroita voidaan käyttää huijauksiin.")
	breachSave(t, v)
	if reqDialogOpen(sh) {
		t.Fatal("the assessment was not saved")
	}

	test.Tap(findButton(v.detail.content, "Sulje"))
	test.Tap(findButton(sh.Win.Canvas().Overlays().Top(), "Kyllä"))
	if !v.detail.hint.Visible() || !strings.Contains(v.detail.hint.Text, "ilmoita siitä tietosuojavaltuutetun toimistolle") {
		t.Fatalf("closing an unnotified risk: %q", v.detail.hint.Text)
	}
	if b, _ := sh.Store.Breach(context.Background(), sh.Org, ref); !b.ClosedAt.IsZero() {
		t.Fatal("closed although not notified")
	}

	now = helsinki(2026, 4, 1, 9, 30) // past 31.3.2026 21.00
	clockOf(sh).Advance(time.Minute)
	test.Tap(findButton(v.detail.content, "Ilmoitettu valvojalle…"))
	if got := v.form.entries["notified"].Text; got != "1.4.2026 09:30" {
		t.Fatalf("notification time offered %q", got)
	}
	test.Type(v.form.entries["case"], "TSV/123/2026")
	breachSave(t, v)
	if got := fieldError(v, "delay_reasons"); !strings.Contains(got, "yli 72 tuntia") {
		t.Fatalf("a late notification without reasons: beside the field %q", got)
	}
	test.Type(v.form.entries["delay_reasons"], "Loukkaus selvisi vasta pääsiäisen jälkeen.")
	breachSave(t, v)
	b, err := sh.Store.Breach(context.Background(), sh.Org, ref)
	if err != nil || b.AuthorityCase != "TSV/123/2026" || b.DelayReasons == "" || b.State(now) != data.BreachNotified {
		t.Fatalf("after notifying: %+v, %v", b, err)
	}
	test.Tap(findButton(v.detail.content, "Sulje"))
	test.Tap(findButton(sh.Win.Canvas().Overlays().Top(), "Kyllä"))
	b, _ = sh.Store.Breach(context.Background(), sh.Org, ref)
	if b.ClosedAt.IsZero() || v.detail.hint.Visible() {
		t.Fatalf("not closed after notifying: %q", v.detail.hint.Text)
	}
	if !findText(v.detail.content, "Suljettu") {
		t.Fatal("the history does not show the closing")
	}
}

// TestBreachNoticeAtStart: a window opened while a breach's 72 hours run
// says so above every screen; "Näytä" opens the breach log.
func TestBreachNoticeAtStart(t *testing.T) {
	now := helsinki(2026, 3, 29, 12, 0)
	first := reqWindow(t)
	st := first.Store
	st.SetClock(func() time.Time { return now })
	org := reqCurrentOrg(first)
	if _, err := st.AddBreach(context.Background(), org, data.Breach{AwareAt: helsinki(2026, 3, 28, 20, 0), Description: "Kannettava varastettiin."}); err != nil {
		t.Fatal(err)
	}
	sh := newShell(first.App, st, &manualClock{})
	sh.Win.Resize(fyne.NewSize(1200, 680))
	content := sh.Win.Content()
	if !findText(content, "Tietoturvaloukkaus odottaa ilmoitusta (72 tuntia havaitsemisesta):\n2026-B01 – 72 tuntia päättyy 31.3.2026 21.00 (+03:00) – 57 h jäljellä") {
		t.Fatal("the window does not tell of the open breach at start")
	}
	now = now.Add(time.Hour + 30*time.Minute)
	clockOf(sh).Advance(time.Minute)
	if !findTextContaining(content, "2026-B01 – 72 tuntia päättyy 31.3.2026 21.00 (+03:00) – 55 h 30 min jäljellä") {
		t.Fatal("the notice's countdown stands still")
	}
	buttons := findButtons(content, "Näytä")
	if len(buttons) == 0 {
		t.Fatal("no Näytä in the notice")
	}
	test.Tap(buttons[len(buttons)-1]) // the breach notice is below the request log's
	if sh.Tabs.SelectedIndex() != screenBreaches || breachesOf(sh) == nil {
		t.Fatalf("Näytä opened tab %d", sh.Tabs.SelectedIndex())
	}
	sh.SetLanguage("fi")
	if n := findBreachNotice(sh); n == nil || n.Visible() {
		t.Fatal("the notice came back after it was followed")
	}

	// Recording the notification in the log takes the notice away at once.
	sh.breachNoticeSeen = 0
	sh.SetLanguage("fi")
	if n := findBreachNotice(sh); n == nil || !n.Visible() {
		t.Fatal("the notice is not shown again")
	}
	v := breachesOf(sh)
	v.selectRef("2026-B01")
	if err := v.done("2026-B01", st.NotifyBreach(context.Background(), org, "2026-B01", now, "", "")); err != nil {
		t.Fatal(err)
	}
	if findBreachNotice(sh).Visible() {
		t.Fatal("the notice stays after the breach was notified")
	}
}

// findButtons finds every button with text under o, in order.
func findButtons(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	switch x := o.(type) {
	case *widget.Button:
		if x.Text == text {
			out = append(out, x)
		}
		return out
	case *button:
		if x.Text == text {
			out = append(out, &x.Button)
		}
		return out
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, findButtons(c, text)...)
		}
		return out
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			out = append(out, findButtons(c, text)...)
		}
	}
	return out
}
