package ui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
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
	for name, shown := range map[string]bool{"kivi.json": true, "KIVI.JSON": true, "kivi": true, "muistio.txt": true, "kuva.png": false} {
		if got := importFilter.Matches(storage.NewFileURI(filepath.Join(home, name))); got != shown {
			t.Errorf("import dialog shows %s: %v", name, got)
		}
	}
}
