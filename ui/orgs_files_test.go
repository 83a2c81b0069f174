package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// An export saved under a bare name gets .json, and the import dialog
// shows it (and files with no extension at all).
func TestExportAddsJSON(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, _ := newTestShell(t)
	importExample(t, sh)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	askExport(sh)
	topEntry(t, sh).SetText("kivi")
	test.Tap(topButton(t, sh, lang.L("Save")))
	path := filepath.Join(home, "kivi.json")
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("%v %v", fi, err)
	}
	if _, err := os.Stat(filepath.Join(home, "kivi")); err == nil {
		t.Error("the dialog left an empty file under the bare name")
	}
	// The import dialog shows every file.
	os.WriteFile(filepath.Join(home, "vastaukset"), []byte("{}"), 0o600)
	askImport(sh)
	shown := false
	for i := 0; i < 80 && !shown; i++ { // the dialog lists the folder in the background
		time.Sleep(25 * time.Millisecond)
		shown = overlayShows(sh, "vastaukset") && overlayShows(sh, "kivi") // the name, then its extension
	}
	if !shown {
		t.Error("the import dialog hides files")
	}
}

// overlayShows tells whether a text is shown in the open dialogs.
func overlayShows(sh *Shell, text string) bool {
	found := false
	for _, o := range sh.Win.Canvas().Overlays().List() {
		walk(o, func(o fyne.CanvasObject) {
			switch x := o.(type) {
			case *widget.Label:
				found = found || x.Text == text
			case *canvas.Text:
				found = found || x.Text == text
			}
		})
	}
	return found
}
