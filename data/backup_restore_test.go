package data

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// orgNames lists the organisations of the database at path.
func orgNames(t *testing.T, path string) []string {
	t.Helper()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	orgs, err := st.Organisations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, o := range orgs {
		names = append(names, o.Name)
	}
	sort.Strings(names)
	return names
}

// snapshot is every file of a folder tree with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			out[p] = string(b)
		}
		return nil
	})
	return out
}

func TestRestore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	importTemp(t, st, "answers-example.json")
	backup := filepath.Join(t.TempDir(), "kopio.db")
	if err := st.BackupFile(backup); err != nil {
		t.Fatal(err)
	}
	later, _ := st.CreateOrganisation(ctx, "Myöhemmin lisätty Oy")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	backupBytes, _ := os.ReadFile(backup)

	kept, err := Restore(path, backup, time.Date(2026, 2, 3, 10, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if got := orgNames(t, path); len(got) != 1 || got[0] != "Ajanvaraus Kivi Oy" {
		t.Errorf("after restore: %v", got)
	}
	if want := filepath.Join(BackupDir(path), "tsp-20260203-100000-before-restore.db"); kept != want {
		t.Errorf("kept as %s, want %s", kept, want)
	}
	if got := orgNames(t, kept); len(got) != 2 {
		t.Errorf("the kept copy has %v", got)
	}
	_ = later
	if b, _ := os.ReadFile(backup); string(b) != string(backupBytes) {
		t.Error("restore changed the backup it read")
	}
	for _, p := range []string{path, kept} {
		if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v", p, fi.Mode())
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 4 { // tsp.db, its writers and gate locks, backups/
		t.Errorf("left in the folder: %v", entries)
	}
	// The kept copy is listed, and no automatic backup is pruned for it.
	have, _ := Backups(path)
	if len(have) != 1 || have[0].Kind != BackupBeforeRestore {
		t.Errorf("backups %v", have)
	}
}

func TestRestoreRefused(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "muu.db")
	db, _ := sql.Open("sqlite", foreign)
	db.Exec("CREATE TABLE asiakkaat(nimi TEXT)")
	db.Close()

	newer := filepath.Join(dir, "uudempi.db")
	{
		st, err := Open(newer)
		if err != nil {
			t.Fatal(err)
		}
		importTemp(t, st, "answers-example.json")
		st.DB().Exec("PRAGMA user_version = 999")
		st.Close()
	}
	damaged := filepath.Join(dir, "rikki.db")
	{
		st, _ := Open(damaged)
		importTemp(t, st, "answers-example.json")
		st.Close()
		page, size := rootPage(t, damaged, "organisations")
		writeAt(t, damaged, (page-1)*size+8, []byte("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
	}
	text := filepath.Join(dir, "vastaukset.json")
	os.WriteFile(text, []byte(`{"format":"tietosuojapakki"}`), 0o600)

	tests := []struct {
		name, src, code string
	}{
		{"not a database", text, RefuseNotSQLite},
		{"another program's database", foreign, RefuseForeign},
		{"from a newer version", newer, RefuseNewer},
		{"damaged", damaged, RefuseDamaged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := makeDatabase(t)
			before := snapshot(t, filepath.Dir(path))
			_, err := Restore(path, tc.src, time.Now())
			var re *RefusedError
			if !errors.As(err, &re) || re.Code != tc.code {
				t.Fatalf("got %v, want refusal %s", err, tc.code)
			}
			for _, l := range []string{"fi", "sv", "en"} {
				if re.Message(l) == "" {
					t.Errorf("no %s message", l)
				}
			}
			after := snapshot(t, filepath.Dir(path))
			if len(after) != len(before) {
				t.Errorf("files before %d, after %d", len(before), len(after))
			}
			for p, b := range before {
				if after[p] != b {
					t.Errorf("%s changed", p)
				}
			}
		})
	}
}

func TestRestoreMissingSource(t *testing.T) {
	path := makeDatabase(t)
	before := snapshot(t, filepath.Dir(path))
	if _, err := Restore(path, filepath.Join(t.TempDir(), "ei-ole.db"), time.Now()); err == nil {
		t.Fatal("restored a file that does not exist")
	}
	if after := snapshot(t, filepath.Dir(path)); len(after) != len(before) {
		t.Error("files changed")
	}
}

// A database left by a crash has its last writes only in the -wal. A
// restore over it keeps those writes in the kept copy and leaves no -wal
// that could be replayed into the restored file.
func TestRestoreOverCrashedDatabase(t *testing.T) {
	ctx := context.Background()
	good := makeDatabase(t)

	live := filepath.Join(t.TempDir(), "live.db")
	st, err := Open(live)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	importTemp(t, st, "answers-example.json")
	st.CreateOrganisation(ctx, "Vain lokissa Oy")
	// Copy the file pair as a crash would leave it (the store is open).
	crashed := filepath.Join(t.TempDir(), "tsp.db")
	for _, s := range []string{"", "-wal"} {
		b, err := os.ReadFile(live + s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(crashed+s, b, 0o600)
	}

	kept, err := Restore(crashed, good, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if got := orgNames(t, kept); len(got) != 2 || got[1] != "Vain lokissa Oy" {
		t.Errorf("kept copy lost the journal's write: %v", got)
	}
	if got := orgNames(t, crashed); len(got) != 3 {
		t.Errorf("restored database has %v", got)
	}
	if err := Check(crashed); err != nil {
		t.Error(err)
	}
}

func TestRestoreOverDamagedDatabase(t *testing.T) {
	good := makeDatabase(t)
	path := makeDatabase(t)
	writeAt(t, path, 0, []byte("rikki"))
	damaged, _ := os.ReadFile(path)
	kept, err := Restore(path, good, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(kept); string(b) != string(damaged) {
		t.Errorf("the damaged file was not set aside whole: %s", kept)
	}
	if len(orgNames(t, path)) != 3 {
		t.Error("restore did not take")
	}
}

func TestNewestGoodBackup(t *testing.T) {
	st := openTemp(t)
	if b, err := NewestGoodBackup(st.Path()); b != nil || err != nil {
		t.Fatalf("no backups yet: %v %v", b, err)
	}
	importTemp(t, st, "answers-example.json")
	day := time.Date(2026, 5, 1, 8, 0, 0, 0, time.Local)
	older, _ := st.AutoBackup(day)
	newer, _ := st.AutoBackup(day.AddDate(0, 0, 1))
	writeAt(t, newer, 0, []byte("rikki"))
	b, err := NewestGoodBackup(st.Path())
	if err != nil || b == nil || b.Path != older {
		t.Fatalf("got %v %v, want %s", b, err, older)
	}
}

// A database with nothing typed in it (a new one after a damaged one was
// set aside) is replaced without a copy that would only be noise.
func TestRestoreOverEmptyDatabase(t *testing.T) {
	good := makeDatabase(t)
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.CreateOrganisation(context.Background(), "")
	st.Close()
	kept, err := Restore(path, good, time.Now())
	if err != nil || kept != "" {
		t.Fatalf("kept %q %v", kept, err)
	}
	if len(orgNames(t, path)) != 3 {
		t.Error("restore did not take")
	}
}

// A source with unfinished changes in its -wal is refused, not restored
// without them.
func TestRestoreRefusesLiveCopy(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "live.db")
	st, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	st.CreateOrganisation(context.Background(), "Auki Oy") // stays in the -wal while open
	if fi, err := os.Stat(src + "-wal"); err != nil || fi.Size() == 0 {
		t.Skip("no -wal to test with")
	}
	target := filepath.Join(dir, "target.db")
	_, err = Restore(target, src, time.Now())
	var re *RefusedError
	if !errors.As(err, &re) || re.Code != RefuseInUse || re.Message("fi") == "" {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(target); err == nil {
		t.Fatal("restored anyway")
	}
}

// A path with characters that mean something in a URI opens the file of
// that very name, with mode 0600.
func TestOddPathOpensThatFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a#1.db", "b%41.db", "c?x.db"} {
		path := filepath.Join(dir, name)
		st, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		st.CreateOrganisation(context.Background(), "Oy")
		st.Close()
		fi, err := os.Stat(path)
		if err != nil || fi.Size() == 0 || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v size %d mode %v", name, err, fi.Size(), fi.Mode())
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() == "a" || e.Name() == "bA.db" || e.Name() == "c" {
			t.Errorf("stray file %s", e.Name())
		}
	}
}

// TestRestoreThroughLink: a restore through a symbolic link replaces the
// real database, keeps the link a link, and puts the kept copy in the
// real file's backups folder.
func TestRestoreThroughLink(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	real := filepath.Join(dir, "data", "tsp.db")
	os.Mkdir(filepath.Dir(real), 0o700)
	link := filepath.Join(dir, "linkki.db")
	if !isSymlink(t, real, link) {
		t.Skip("no symbolic links here")
	}
	st, err := Open(link)
	if err != nil {
		t.Fatal(err)
	}
	st.CreateOrganisation(ctx, "Vanha Oy")
	src := filepath.Join(t.TempDir(), "kopio.db")
	if err := st.BackupFile(src); err != nil {
		t.Fatal(err)
	}
	st.CreateOrganisation(ctx, "Uusi Oy")
	st.Close()
	kept, err := Restore(link, src, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the restore replaced the link")
	}
	if got := orgNames(t, real); len(got) != 1 {
		t.Errorf("the real file has %v after the restore", got)
	}
	if filepath.Dir(kept) != filepath.Join(filepath.Dir(real), "backups") {
		t.Errorf("kept in %s", kept)
	}
}
