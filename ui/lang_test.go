package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFyneWidgetsSpeakTheChosenLanguage opens Fyne's own dialogs and its
// calendar in the test driver and reads their texts, under system locales
// that are not the chosen language: the choice in Asetukset decides, not
// the environment (which Fyne reads on Linux only).
func TestFyneWidgetsSpeakTheChosenLanguage(t *testing.T) {
	systems := []struct {
		name string
		env  map[string]string
	}{
		{"german system", map[string]string{"LANGUAGE": "", "LC_ALL": "de_DE.UTF-8"}},
		{"english system", map[string]string{"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"}},
		{"C locale", map[string]string{"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"}},
		{"swedish system", map[string]string{"LANGUAGE": "sv_FI:sv", "LC_ALL": "", "LANG": "sv_FI.UTF-8"}},
	}
	languages := []struct {
		code                  string
		yes, no, save, cancel string
		title, monday, nav    string
	}{
		{"fi", "Kyllä", "Ei", "Tallenna", "Peruuta", "Tallenna tiedosto", "MA", "Ohjattu täyttö"},
		{"sv", "Ja", "Nej", "Spara", "Avbryt", "Spara fil", "MÅ", "Guidad ifyllning"},
		{"en", "Yes", "No", "Save", "Cancel", "Save File", "MON", "Guided set-up"},
	}
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(900, 700))
	for _, sys := range systems {
		for k, v := range sys.env {
			t.Setenv(k, v)
		}
		for _, l := range languages {
			t.Run(sys.name+"/"+l.code, func(t *testing.T) {
				setLanguage(l.code)
				if got := lang.L("nav.wizard"); got != l.nav {
					t.Errorf("our text: %q, want %q", got, l.nav)
				}
				w.SetContent(widget.NewLabel(""))
				dialog.NewConfirm("?", "?", nil, w).Show()
				top := w.Canvas().Overlays().Top()
				if findButton(top, l.yes) == nil || findButton(top, l.no) == nil {
					t.Errorf("the confirm dialog has no %q and %q buttons", l.yes, l.no)
				}
				w.Canvas().Overlays().Remove(top)

				dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, w).Show()
				top = w.Canvas().Overlays().Top()
				if findButton(top, l.save) == nil || findButton(top, l.cancel) == nil {
					t.Errorf("the file dialog has no %q and %q buttons", l.save, l.cancel)
				}
				if !findText(top, l.title) {
					t.Errorf("the file dialog is not titled %q", l.title)
				}
				w.Canvas().Overlays().Remove(top)

				w.SetContent(widget.NewCalendar(time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), nil))
				if !findText(w.Content(), l.monday) {
					t.Errorf("the calendar has no %q column", l.monday)
				}
			})
		}
	}
	setLanguage("fi")
}

// TestCalendarInWindowLanguage: the calendar of a date field names the
// month and the weekdays in the window's language, Monday first, and the
// tapped day fills the field.
func TestCalendarInWindowLanguage(t *testing.T) {
	sh, v := reqShell(t)
	for _, c := range []struct{ lang, month, monday string }{{"fi", "marraskuu 2026", "MA"}, {"sv", "november 2026", "MÅ"}} {
		setLanguage(c.lang)
		test.Tap(v.addButton)
		f := v.form
		test.Tap(f.received.ActionItem.(fyne.Tappable))
		top := sh.Win.Canvas().Overlays().Top()
		if top == nil || !findText(top, c.month) || !findText(top, c.monday) {
			t.Fatalf("%s: the calendar does not show %q and %q", c.lang, c.month, c.monday)
		}
		test.Tap(findButton(top, "14"))
		if f.received.Text != "14.11.2026" {
			t.Fatalf("%s: the field has %q after tapping the 14th", c.lang, f.received.Text)
		}
		test.Tap(f.cancel)
	}
	setLanguage("fi")
}
