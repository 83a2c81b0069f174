package data

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestLock runs on every system (flock on Unix, LockFileEx on Windows):
// the window lock refuses a second holder, also through a symbolic link
// or a hard link to the same file, and is free again once released.
func TestLock(t *testing.T) {
	dir := lockTestDir(t)
	db := filepath.Join(dir, "tsp.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	first, err := AcquireLock(db)
	if err != nil {
		t.Fatal(err)
	}
	// The locks belong to the open file, so a second open in this same
	// process is refused as another process would be.
	names := map[string]string{"same name": db}
	if isSymlink(t, db, filepath.Join(dir, "linkki.db")) {
		names["symbolic link"] = filepath.Join(dir, "linkki.db")
	}
	if !identityLocks {
		t.Log("no identity lock on this system: hard links not tried")
	} else if err := os.Link(db, filepath.Join(dir, "kova.db")); err == nil {
		names["hard link"] = filepath.Join(dir, "kova.db")
	} else {
		t.Logf("no hard link: %v", err)
	}
	for what, name := range names {
		if l, err := AcquireLock(name); !errors.Is(err, ErrLocked) {
			l.Release()
			t.Errorf("%s: second lock: %v", what, err)
		}
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := AcquireLock(db)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again.Release()
	if err := again.Release(); err != nil {
		t.Error("a second Release failed")
	}
}

// TestWritersLock: open stores share the writers lock; a restore's
// exclusive hold waits for them and makes Open wait in turn.
func TestWritersLock(t *testing.T) {
	defer func(d time.Duration) { lockWait = d }(lockWait)
	lockWait = 300 * time.Millisecond
	path := filepath.Join(lockTestDir(t), "tsp.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(path) // a second store: shared
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lockWriters(path, true); !errors.Is(err, ErrRestoring) {
		t.Fatalf("exclusive while stores are open: %v", err)
	}
	a.Close()
	b.Close()
	ex, err := lockWriters(path, true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	var de *DBError
	if !errors.As(err, &de) || de.Kind != KindBusy {
		t.Fatalf("open during a restore: %v", err)
	}
	ex.Release()
	c, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
}

// TestLockAcrossProcesses runs on every system: a second process (as a
// second window is) cannot take the window lock while the first holds it,
// also when it names the database in another case, which is the same
// file on Windows; once the first lets go, it can.
func TestLockAcrossProcesses(t *testing.T) {
	dir := lockTestDir(t, "Mäkinen", "OneDrive - Yritys Oy")
	db := filepath.Join(dir, "Tsp.db")
	if err := os.WriteFile(db, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	other := db
	if runtime.GOOS == "windows" {
		other = strings.ToUpper(db)
	}
	first, err := AcquireLock(db)
	if err != nil {
		t.Fatal(err)
	}
	if got := startChild(t, "lock", other, 0).wait(t); len(got) != 1 || got[0] != "error locked" {
		t.Errorf("a second process while the first holds the lock: %v, want [error locked]", got)
	}
	first.Release()
	if got := startChild(t, "lock", other, 0).wait(t); len(got) != 1 || got[0] != "done lock" {
		t.Errorf("a second process after the first let go: %v, want [done lock]", got)
	}
}

// childLock is the child of TestLockAcrossProcesses: it tries the window
// lock of the database at path once and reports what it got.
func childLock(path string, report func(string, ...any)) {
	l, err := AcquireLock(path)
	switch {
	case errors.Is(err, ErrLocked):
		report("error locked")
	case err != nil:
		report("error %v", err)
	default:
		l.Release()
		report("done lock")
	}
}

// TestRealPath: links are resolved, also to a file not made yet.
func TestRealPath(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	real := filepath.Join(dir, "oikea.db")
	link := filepath.Join(dir, "linkki.db")
	if !isSymlink(t, real, link) {
		t.Skip("no symbolic links here")
	}
	for _, p := range []string{real, link} {
		if got, err := RealPath(p); err != nil || got != real {
			t.Errorf("RealPath(%s) = %s, %v", p, got, err)
		}
	}
	st, err := Open(link) // creates the real file through the link
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.Path() != real {
		t.Errorf("store path %s", st.Path())
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
	if BackupDir(link) != filepath.Join(dir, "backups") {
		t.Errorf("backups beside the link: %s", BackupDir(link))
	}
}

// TestNoDescriptorOfAnOpenDatabase: a database a store of this process
// has open is known as open (so IsSQLiteFile, checkHeader and a second
// Open answer without opening a descriptor of it, see openfiles.go),
// through a link too, and forgotten once every store of it is closed.
func TestNoDescriptorOfAnOpenDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !openHere(path) || !IsSQLiteFile(path) {
		t.Fatal("the open database is not known as open")
	}
	if link := filepath.Join(filepath.Dir(path), "kova.db"); os.Link(path, link) == nil && !openHere(link) {
		t.Error("a hard link of the open database is not known as open")
	}
	again, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	if !openHere(path) {
		t.Error("closing the second store forgot the first")
	}
	st.Close()
	if openHere(path) {
		t.Error("still open after both closed")
	}
}

// isSymlink makes link point to target and reports whether the system
// made a symbolic link of it (Windows needs a privilege for them, and Wine
// makes a plain file).
func isSymlink(t *testing.T, target, link string) bool {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Logf("no symbolic link: %v", err)
		return false
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Log("the system made no symbolic link")
		os.Remove(link)
		return false
	}
	return true
}
