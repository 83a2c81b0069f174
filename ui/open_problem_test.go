package ui

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
)

// TestOpenProblemDialog: each way the database can fail to open gets a
// window that says in Finnish what is wrong and what to do, built from
// real files where the test can make them (as root, permissions cannot be
// taken away, so those two are told by the error Open returned).
func TestOpenProblemDialog(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "kansio")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "uudempi.db")
	st, err := data.Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	b, _ := os.ReadFile(newer)
	binary.BigEndian.PutUint32(b[60:64], uint32(data.SchemaVersion()+3))
	if err := os.WriteFile(newer, b, 0o600); err != nil {
		t.Fatal(err)
	}
	_, newerErr := data.Open(newer)
	notDB := filepath.Join(dir, "muistio.db")
	os.WriteFile(notDB, []byte("ostoslista: maitoa, leipää"), 0o600)
	_, notDBErr := data.Open(notDB)
	_, folderErr := data.Open(folder)
	locked := filepath.Join(dir, "luvaton.db")
	if st, err := data.Open(locked); err == nil {
		st.Close()
	}
	if os.Getuid() != 0 { // as root the mode does not stop reading
		os.Chmod(locked, 0)
	}

	cases := []struct {
		name, path string
		err        error
		kind, want string
	}{
		{"newer version", newer, newerErr, problemNewer, "uudemmalla versiolla"},
		{"a folder", folder, folderErr, problemFolder, "on kansio, ei tietokantatiedosto"},
		{"not a database", notDB, notDBErr, problemNotDB, "ei ole Tietosuojapakin tietokanta"},
		{"unreadable", locked, fmt.Errorf("cannot open the database %s: %w", locked, fs.ErrPermission), problemUnreadable, "ei voi lukea"},
		{"read-only folder", filepath.Join(dir, "ei-ole.db"), errors.New("cannot write the database x: permission denied"), problemReadOnly, "ei voi kirjoittaa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err == nil {
				t.Fatal("the database opened")
			}
			if got := openProblemKind(c.path, c.err); got != c.kind {
				t.Fatalf("kind %q, want %q (error %v)", got, c.kind, c.err)
			}
			w := openProblemWindow(test.NewTempApp(t), "fi", c.path, c.err)
			if !findTextContaining(w.Content(), c.want) {
				t.Fatalf("the window does not say %q", c.want)
			}
			if !findText(w.Content(), "Sulje") && findButton(w.Content(), "Sulje") == nil {
				t.Fatal("no Sulje button")
			}
		})
	}
	if got := OpenProblemMessage("sv", newer, newerErr); !strings.Contains(got, "nyare version") {
		t.Fatalf("in Swedish: %q", got)
	}
	setLanguage("fi")
}

// findTextContaining reports whether a label under o contains text.
func findTextContaining(o fyne.CanvasObject, text string) bool {
	found := false
	walkObjects(o, func(x fyne.CanvasObject) {
		if l, ok := x.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})
	return found
}

// walkObjects calls fn for o and everything drawn inside it.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkObjects(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkObjects(c, fn)
		}
	}
}
