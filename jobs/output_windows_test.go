//go:build windows

package jobs

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"

	"tietosuojapakki/data"
)

// windowsDir is a fresh folder for a test, removed afterwards as far as
// the system lets it. Not t.TempDir: its clean-up fails under Wine 8
// (os.RemoveAll uses a call Wine lacks), and these tests run there in CI
// (scripts/wine-smoke.sh).
func windowsDir(t *testing.T, names ...string) string {
	t.Helper()
	root, err := os.MkdirTemp("", "tsp-win-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	dir := filepath.Join(append([]string{root}, names...)...)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A document the user still has open in a PDF viewer: Windows refuses to
// replace it. The user is told so in plain words, in the window and on
// the command line alike (ErrorText), the old file stays as it was and no
// temporary file is left; once the viewer lets go, the same write works.
// A read-only file is refused the same way.
func TestWriteFileOverAFileOpenElsewhere(t *testing.T) {
	dir := windowsDir(t, "Mäkinen", "OneDrive - Yritys Oy", "Tiedostot")
	path := filepath.Join(dir, "Tietosuojaseloste ä.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// As a PDF viewer opens it: reading, sharing only reading.
	p, _ := windows.UTF16PtrFromString(path)
	h, err := windows.CreateFile(p, windows.GENERIC_READ, windows.FILE_SHARE_READ, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	err = WriteBytes(path, "", []byte("new"))
	windows.CloseHandle(h)
	var oe *OutputError
	if !errors.As(err, &oe) || oe.Code != "open" {
		t.Fatalf("over an open file: %v, want code open", err)
	}
	for lang, want := range map[string]string{"fi": "auki toisessa ohjelmassa", "sv": "öppen i ett annat program", "en": "open in another program"} {
		if msg := ErrorText(err, lang); !strings.Contains(msg, want) || !strings.Contains(msg, path) {
			t.Errorf("%s: %q", lang, msg)
		}
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the open file became %q", got)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files left in the folder, want 1", len(ents))
	}
	if err := WriteBytes(path, "", []byte("new")); err != nil {
		t.Fatalf("after the viewer closed it: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("the file is %q", got)
	}

	// A read-only file: Windows refuses to replace it (ERROR_ACCESS_DENIED,
	// the same message); Wine 8 replaces it. Either way no raw error.
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o600)
	if err := WriteBytes(path, "", []byte("newer")); err != nil && (!errors.As(err, &oe) || oe.Code != "open") {
		t.Errorf("over a read-only file: %v, want code open", err)
	}
	// The same refusal met elsewhere (a backup written over an open file)
	// is worded too.
	le := &os.LinkError{Op: "rename", Old: path + ".tmp", New: path, Err: windows.ERROR_SHARING_VIOLATION}
	if msg := ErrorText(le, "fi"); !strings.Contains(msg, "auki toisessa ohjelmassa") || !strings.Contains(msg, path) {
		t.Errorf("a refused rename: %q", msg)
	}
}

// The database is refused as an output under every name Windows gives
// it: another case, forward slashes, the \\?\ prefix, its 8.3 short name,
// and companions that do not exist yet, in a user folder with spaces and
// ä in it as OneDrive makes them.
func TestCheckOutputWindowsNames(t *testing.T) {
	dir := windowsDir(t, "Mäkinen", "OneDrive - Yritys Oy", "Tiedostot")
	db := filepath.Join(dir, "Tsp.db")
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := os.MkdirAll(data.BackupDir(db), 0o700); err != nil {
		t.Fatal(err)
	}
	// "db" marks the names of the database file itself.
	cases := []struct{ name, path, code string }{
		{"as given", db, "db"},
		{"upper case", strings.ToUpper(db), "db"},
		{"lower case", strings.ToLower(db), "db"},
		{"forward slashes", filepath.ToSlash(db), "db"},
		{`\\?\ prefix`, `\\?\` + db, "db"},
		{"its -journal, another case", strings.ToUpper(db) + "-JOURNAL", "database"},
		{"its window lock, another case", strings.ToLower(data.LockPath(db)), "database"},
		{"a new file in backups, another case", filepath.Join(strings.ToUpper(data.BackupDir(db)), "x.pdf"), "backup"},
		{"a new document beside it", filepath.Join(dir, "Tietosuojaseloste ä.pdf"), ""},
		{"a new document, forward slashes", filepath.ToSlash(filepath.Join(dir, "seloste.pdf")), ""},
	}
	if short := shortName(t, db); short != db {
		cases = append(cases, struct{ name, path, code string }{"8.3 short name", short, "db"})
	} else {
		t.Log("no 8.3 short names on this volume")
	}
	for _, c := range cases {
		isDB := c.code == "db"
		if isDB {
			c.code = "database"
		}
		err := CheckOutput(c.path, db)
		var oe *OutputError
		switch {
		case c.code == "" && err != nil:
			t.Errorf("%s (%s): %v", c.name, c.path, err)
		case c.code != "" && (!errors.As(err, &oe) || oe.Code != c.code):
			t.Errorf("%s (%s): %v, want code %s", c.name, c.path, err, c.code)
		}
		// The database given by another of its names guards it as well.
		if isDB {
			if err := CheckOutput(db, c.path); !errors.As(err, &oe) || oe.Code != "database" {
				t.Errorf("database named %s (%s): %v", c.name, c.path, err)
			}
		}
	}
	// Writing where it is allowed works there.
	out := filepath.Join(dir, "Tietosuojaseloste ä.pdf")
	if err := WriteBytes(out, db, []byte("%PDF")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); string(got) != "%PDF" {
		t.Errorf("%q", got)
	}
}

// testDir is the folder of a test that runs on every system.
func testDir(t *testing.T) string { return windowsDir(t) }

// shortName is the 8.3 name of an existing path, or path itself.
func shortName(t *testing.T, path string) string {
	p, _ := windows.UTF16PtrFromString(path)
	buf := make([]uint16, windows.MAX_LONG_PATH)
	n, err := windows.GetShortPathName(p, &buf[0], uint32(len(buf)))
	if err != nil || n == 0 || int(n) > len(buf) {
		return path
	}
	return windows.UTF16ToString(buf[:n])
}
