package ui

import (
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/assets"
	"tietosuojapakki/data"
)

// When the database cannot be opened the window must not vanish with one
// English line on stderr: ShowOpenProblem opens a small window instead
// that says in the user's language what is wrong and what to do.

// The kinds of problem with the database file.
const (
	problemNewer      = "newer"      // made by a newer version of the program
	problemUnreadable = "unreadable" // no permission to read it
	problemFolder     = "folder"     // the path is a folder
	problemReadOnly   = "readonly"   // its folder cannot be written to
	problemNotDB      = "notdb"      // not a SQLite database
	problemOther      = "other"
)

// openProblemKind finds out what is wrong with the database at path,
// which failed to open with err. It looks at the file itself (a folder,
// the schema version in the SQLite header, permissions), and at err where
// the file cannot tell (as root every permission check passes).
func openProblemKind(path string, err error) string {
	if st, e := os.Stat(path); e == nil && st.IsDir() {
		return problemFolder
	}
	if errors.Is(err, data.ErrNotSQLite) {
		return problemNotDB
	}
	if f, e := os.Open(path); e == nil {
		defer f.Close()
		if newerSchema(f) {
			return problemNewer
		}
	} else if errors.Is(e, fs.ErrPermission) {
		return problemUnreadable
	}
	if !dirWritable(filepath.Dir(path)) {
		return problemReadOnly
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	switch {
	case strings.Contains(msg, "newer version"):
		return problemNewer
	case errors.Is(err, fs.ErrPermission), strings.Contains(msg, "permission denied"):
		if _, e := os.Stat(path); e == nil {
			return problemUnreadable
		}
		return problemReadOnly
	case strings.Contains(msg, "read-only"), strings.Contains(msg, "readonly"):
		return problemReadOnly
	}
	return problemOther
}

// newerSchema reports whether the SQLite file r says it was written by a
// newer schema than this program knows: SQLite keeps PRAGMA user_version
// as a big-endian 32-bit number at byte 60 of the file header, and the
// store's migrations count it.
func newerSchema(r io.Reader) bool {
	head := make([]byte, 64)
	if _, err := io.ReadFull(r, head); err != nil || string(head[:16]) != "SQLite format 3\x00" {
		return false
	}
	return int(binary.BigEndian.Uint32(head[60:64])) > data.SchemaVersion()
}

// dirWritable reports whether a file can be made in dir.
func dirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".tietosuojapakki-probe-*")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return true
}

// OpenProblemMessage says in language l ("fi", "sv" or "en") what is wrong
// with the database at path that failed to open with err, and what to do.
func OpenProblemMessage(l, path string, err error) string {
	setLanguage(l)
	kind := openProblemKind(path, err)
	args := map[string]any{"Path": path, "Dir": filepath.Dir(path), "Err": ""}
	if err != nil {
		args["Err"] = err.Error()
	}
	return lang.L("open."+kind, args)
}

// ShowOpenProblem opens a small window that says why the database at path
// cannot be opened, and returns when the user closes it. The command line
// calls it instead of opening the main window.
func ShowOpenProblem(l, path string, err error) {
	a := app.NewWithID(AppID)
	openProblemWindow(a, l, path, err).ShowAndRun()
}

// openProblemWindow builds the window of ShowOpenProblem (tests call it
// with a test app).
func openProblemWindow(a fyne.App, l, path string, err error) fyne.Window {
	text := OpenProblemMessage(l, path, err)
	w := a.NewWindow(lang.L("open.title"))
	w.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	closeBtn := newButton(lang.L("common.close"), nil, w.Close)
	closeBtn.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(heading(lang.L("open.title")),
		container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 260))
	w.CenterOnScreen()
	w.Canvas().Focus(closeBtn)
	return w
}
