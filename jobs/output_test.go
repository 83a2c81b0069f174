package jobs

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// outputDB is a real database with its companions, a backup and an older
// copy of a database elsewhere, as a user's folder holds them.
func outputDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = testDir(t)
	db = filepath.Join(dir, "tsp.db")
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.BackupFile(filepath.Join(dir, "kopio.db")); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(data.BackupDir(db), 0o700)
	os.WriteFile(filepath.Join(data.BackupDir(db), "tsp-20260101-080000.db"), []byte("SQLite format 3\x00..."), 0o600)
	os.WriteFile(filepath.Join(data.BackupDir(db), "muistio.txt"), []byte("x"), 0o600)
	os.WriteFile(data.LockPath(db), nil, 0o600)
	os.WriteFile(filepath.Join(dir, "vanha.pdf"), []byte("old"), 0o600)
	os.Symlink(db, filepath.Join(dir, "linkki.pdf"))
	os.Link(db, filepath.Join(dir, "kova.pdf"))
	os.Mkdir(filepath.Join(dir, "kansio"), 0o700)
	os.Symlink(dir, filepath.Join(dir, "kansio", "sama"))
	return dir, db
}

// Every refused path is refused before a byte is written, with its reason
// in the user's language; the files stay as they were.
func TestCheckOutput(t *testing.T) {
	dir, db := outputDB(t)
	for _, c := range []struct {
		name, path, code string
	}{
		{"the database", db, "database"},
		{"the database by another way", filepath.Join(dir, "kansio", "..", "tsp.db"), "database"},
		{"its -wal", db + "-wal", "database"},
		{"its -shm", db + "-shm", "database"},
		{"its -journal", db + "-journal", "database"},
		{"its lock", data.LockPath(db), "database"},
		{"its writers lock", data.WritersLockPath(db), "database"},
		{"its restore lock", data.GateLockPath(db), "database"},
		{"a symbolic link to it", filepath.Join(dir, "linkki.pdf"), "database"},
		{"through a linked folder", filepath.Join(dir, "kansio", "sama", "tsp.db"), "database"},
		{"its -wal through a linked folder", filepath.Join(dir, "kansio", "sama", "tsp.db-wal"), "database"},
		{"backups through a linked folder", filepath.Join(dir, "kansio", "sama", "backups", "x.pdf"), "backup"},
		{"a hard link to it", filepath.Join(dir, "kova.pdf"), "database"},
		{"an automatic backup", filepath.Join(data.BackupDir(db), "tsp-20260101-080000.db"), "backup"},
		{"any file in backups", filepath.Join(data.BackupDir(db), "muistio.txt"), "backup"},
		{"a new file in backups", filepath.Join(data.BackupDir(db), "seloste.pdf"), "backup"},
		{"another database", filepath.Join(dir, "kopio.db"), "sqlite"},
		{"a folder", filepath.Join(dir, "kansio"), "folder"},
		{"a missing folder", filepath.Join(dir, "ei", "seloste.pdf"), "nofolder"},
		{"no name", "", "empty"},
		{"a new file", filepath.Join(dir, "seloste.pdf"), ""},
		{"an old file of another kind", filepath.Join(dir, "vanha.pdf"), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if (strings.Contains(c.name, "symbolic") || strings.Contains(c.name, "linked")) && !linked(dir) {
				// Windows makes symbolic links only for an administrator
				// or in developer mode.
				t.Skip("the system made no symbolic link")
			}
			checkOutputCase(t, c.path, db, c.code)
		})
	}
	if ents, _ := os.ReadDir(dir); len(ents) == 0 {
		t.Fatal("empty folder")
	} else {
		for _, e := range ents {
			if strings.HasPrefix(e.Name(), ".tietosuojapakki-out") {
				t.Errorf("leftover %s", e.Name())
			}
		}
	}
	// The database is still one.
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
}

// linked tells whether outputDB could make its symbolic links in dir.
func linked(dir string) bool {
	_, err1 := os.Readlink(filepath.Join(dir, "linkki.pdf"))
	_, err2 := os.Readlink(filepath.Join(dir, "kansio", "sama"))
	return err1 == nil && err2 == nil
}

// checkOutputCase writes to path: refused with code, or written when code
// is "".
func checkOutputCase(t *testing.T, path, db, code string) {
	before, _ := os.ReadFile(path)
	err := WriteBytes(path, db, []byte("PDF"))
	var oe *OutputError
	switch {
	case code == "" && err != nil:
		t.Fatalf("refused: %v", err)
	case code == "":
		if got, _ := os.ReadFile(path); string(got) != "PDF" {
			t.Errorf("wrote %q", got)
		}
		return
	case !errors.As(err, &oe) || oe.Code != code:
		t.Fatalf("error %v, want code %s", err, code)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
	if fi := ErrorText(err, "fi"); strings.Contains(fi, ".tietosuojapakki-out") || fi == err.Error() && code != "empty" {
		t.Errorf("message %q", fi)
	}
}

func TestWriteFilePrivateAndWhole(t *testing.T) {
	dir := testDir(t)
	path := filepath.Join(dir, "raportti.pdf")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := WriteBytes(path, "", []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	private := os.FileMode(0o600)
	if runtime.GOOS == "windows" {
		// No modes on Windows: the file has its folder's access rights
		// (see WriteFile), and is not made read-only.
		private = 0o666
	}
	if got, _ := os.ReadFile(path); string(got) != "new" || fi.Mode().Perm() != private {
		t.Errorf("%q %v", got, fi.Mode())
	}
	// A failing writer leaves the old file and no temporary file.
	if err := WriteFile(path, "", func(w io.Writer) error { w.Write([]byte("half")); return os.ErrInvalid }); err == nil {
		t.Error("no error")
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("the old file became %q", got)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files", len(ents))
	}
	// "-" is standard output where a stream is wanted.
	var out bytes.Buffer
	if err := WriteOutput(Stdout, "", &out, func(w io.Writer) error { _, err := io.WriteString(w, "virta"); return err }); err != nil || out.String() != "virta" {
		t.Errorf("%q %v", out.String(), err)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error("a file named - was written")
	}
}
