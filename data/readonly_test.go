package data

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"
)

// dirState is every file name in dir with its bytes.
func dirState(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = b
	}
	return out
}

func names(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestOpenReadOnly: a database the user may not write (mode 0444 in a
// folder of mode 0555) is read without a byte written to it or its
// folder; an older schema is read through a private migrated copy; Open
// of it fails with a worded read-only error where the system enforces
// the modes (not for root), and OpenReading then reads it.
func TestOpenReadOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cd")
	os.Mkdir(dir, 0o700)
	path := filepath.Join(dir, "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, _ := st.CreateOrganisation(ctx, "Levyllä Oy")
	ref, err := st.AddRequest(ctx, org, Request{Received: recentDay(), Channel: "email",
		Requester: Requester{Name: "Lukija"}, Rights: []Right{RightAccess}})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, p := range []string{path + ".lock", path + ".writers.lock", path + ".restore.lock"} {
		os.Remove(p) // as on a medium written elsewhere
	}
	os.Chmod(path, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	before := dirState(t, dir)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ro.GetRequest(ctx, org, ref)
	if err != nil || e.Requester.Name != "Lukija" {
		t.Fatalf("read %+v: %v", e, err)
	}
	if _, err := ro.CreateOrganisation(ctx, "Ei saa"); err == nil {
		t.Error("a read-only store wrote")
	}
	out := filepath.Join(t.TempDir(), "kopio.db")
	if err := ro.BackupFile(out); err != nil {
		t.Errorf("backup of a read-only database: %v", err)
	}
	ro.Close()
	after := dirState(t, dir)
	if enforcedModes() { // root may write anywhere: SQLite then keeps its -shm
		if len(after) != len(before) {
			t.Errorf("files before %v, after %v", names(before), names(after))
		}
	}
	if !bytes.Equal(before["tsp.db"], after["tsp.db"]) {
		t.Error("the database file changed")
	}

	if enforcedModes() {
		_, err := Open(path)
		var de *DBError
		if !errors.As(err, &de) || de.Kind != KindReadOnly {
			t.Errorf("Open of a read-only file: %v", err)
		}
		st, err := OpenReading(path)
		if err != nil {
			t.Fatalf("OpenReading: %v", err)
		}
		st.Close()
	}
}

// TestOpenReadOnlyOlderSchema: an older database is read through a
// migrated private copy, and the file itself stays as it was.
func TestOpenReadOnlyOlderSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vanha.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, _ := st.CreateOrganisation(ctx, "Vanha Oy")
	st.Close()
	ms, _ := loadMigrations()
	oldFile := filepath.Join(t.TempDir(), "v1.db")
	v1, err := openAtVersion(oldFile, ms[:1])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v1.CreateOrganisation(ctx, "Vanha Oy"); err != nil {
		t.Fatal(err)
	}
	v1.Close()
	orig, _ := os.ReadFile(oldFile)
	ro, err := OpenReadOnly(oldFile)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.ListRequests(ctx, org, RequestFilter{Search: "x"}); err != nil {
		t.Errorf("search needs migration 2: %v", err)
	}
	_, err = ro.CreateOrganisation(ctx, "Katoava Oy")
	var de *DBError
	if !errors.As(err, &de) || de.Kind != KindReadOnly {
		t.Errorf("a write into the private copy: %v", err)
	}
	if err := ro.BackupFile(filepath.Join(t.TempDir(), "kopio.db")); err != nil {
		t.Errorf("backup through the private copy: %v", err)
	}
	ro.Close()
	if now, _ := os.ReadFile(oldFile); !bytes.Equal(now, orig) {
		t.Error("the old file was changed")
	}
}

// openAtVersion makes a store whose schema stops at the given migrations.
func openAtVersion(path string, ms []migration) (*Store, error) {
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path, "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_txlock=immediate"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.migrateWith(ms); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// TestPreMigrationCopyRedone: a copy left cut short by a killed start is
// not taken for the copy: the next start writes a whole one, and then
// migrates.
func TestPreMigrationCopyRedone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tsp.db")
	ms, _ := loadMigrations()
	v1, err := openAtVersion(path, ms[:1])
	if err != nil {
		t.Fatal(err)
	}
	v1.CreateOrganisation(ctx, "Ennen Päivitystä Oy")
	v1.Close()
	cut := PreMigrationPath(path, 2)
	if err := os.WriteFile(cut, []byte("SQLite format 3\x00 cut short"), 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := CheckBackup(cut); err != nil {
		t.Fatalf("the pre-migration copy was not redone: %v", err)
	}
	if got := orgNames(t, cut); len(got) != 1 {
		t.Errorf("the copy holds %v", got)
	}
}

// enforcedModes reports whether the system refuses this process writes to
// a file of mode 0444 in a folder of mode 0555: not for root, and not on
// Windows, where a folder has no such mode.
func enforcedModes() bool { return runtime.GOOS != "windows" && os.Geteuid() != 0 }
