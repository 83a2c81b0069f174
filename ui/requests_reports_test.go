package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/pdf/pdftest"
)

// Pyyntöloki → PDF-raportti → Tallenna opens the save dialog, and saving
// there writes the report, as the user does it.
func TestRequestReportSaves(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, v := reqShell(t)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	v.openReport()
	f := v.action
	f.date.SetText("1.1.2026")
	f.text.SetText("31.12.2026")
	test.Tap(f.save)
	save := topButton(t, sh, lang.L("Save"))
	name := topEntry(t, sh)
	test.Type(name, "") // the suggested name stays
	if !strings.HasPrefix(name.Text, "pyyntoloki-2026-01-01-2026-12-31") {
		t.Errorf("suggested name %q", name.Text)
	}
	name.SetText("raportti.pdf")
	test.Tap(save)
	clockOf(sh).Advance(0) // the job runs off the UI goroutine
	path := filepath.Join(home, "raportti.pdf")
	raw := waitFile(t, path)
	text := pdftest.Normalize(pdftest.Text(t, raw))
	if !strings.Contains(text, "Pyyntöloki") || !strings.Contains(text, "Ajanvaraus Kivi Oy") {
		t.Errorf("the report reads %q", text)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
}

// The window's save dialogs never open the database for writing: the
// check comes before Fyne's dialog would empty the file.
func TestSaveDialogRefusesTheDatabase(t *testing.T) {
	sh, v := reqShell(t)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	db := sh.Store.Path()
	before, _ := os.ReadFile(db)
	if len(before) == 0 {
		t.Fatal("empty database")
	}
	t.Setenv("HOME", filepath.Dir(db)) // the dialog opens in the database's folder
	v.saveCSV()
	saveInto(t, sh, db)
	// Fyne asks before replacing a file; the answer is yes.
	if yes := findButton(sh.Win.Canvas().Overlays().Top(), lang.L("Yes")); yes != nil {
		test.Tap(yes)
	}
	clockOf(sh).Advance(0) // the export runs off the UI goroutine
	if after, _ := os.ReadFile(db); len(after) < len(before)/2 {
		t.Fatalf("the database was emptied: %d bytes", len(after))
	}
	if !strings.Contains(overlayText(sh), "ohjelman oma tietokanta") {
		t.Errorf("no plain message: %q", overlayText(sh))
	}
}

// saveInto types path's name into the open save dialog (open in path's
// folder) and saves.
func saveInto(t *testing.T, sh *Shell, path string) {
	t.Helper()
	save := topButton(t, sh, lang.L("Save"))
	topEntry(t, sh).SetText(filepath.Base(path))
	test.Tap(save)
}

func topButton(t *testing.T, sh *Shell, text string) *widget.Button {
	t.Helper()
	top := sh.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	return b
}

// topEntry is the file name field of the open file dialog.
func topEntry(t *testing.T, sh *Shell) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	walk(sh.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if e, ok := o.(*widget.Entry); ok && found == nil {
			found = e
		}
	})
	if found == nil {
		t.Fatal("the dialog has no entry")
	}
	return found
}

// overlayText is every label's text in the dialogs on screen.
func overlayText(sh *Shell) string {
	var b strings.Builder
	for _, o := range sh.Win.Canvas().Overlays().List() {
		walk(o, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				b.WriteString(l.Text + "\n")
			}
		})
	}
	return b.String()
}

// walk visits o and everything drawn inside it.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

// waitFile waits for a file written in the background.
func waitFile(t *testing.T, path string) []byte {
	t.Helper()
	for i := 0; i < 200; i++ {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("%s was not written", path)
	return nil
}
