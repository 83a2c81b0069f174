//go:build !nogui

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/ui"
)

// holdWindow takes the database as an open window does: the lock and the
// store, with one answer written.
func holdWindow(t *testing.T, path string) (*data.Store, int64) {
	t.Helper()
	lock, err := data.AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lock.Release() })
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	id, err := st.FindOrganisation(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetAnswer(context.Background(), id, "organisation.city", "Ensimmäinen"); err != nil {
		t.Fatal(err)
	}
	return st, id
}

func TestSecondWindowRefused(t *testing.T) {
	path := backupDB(t)
	holdWindow(t, path)
	var shown []string
	showLocked = func(l string) { shown = append(shown, l) }
	t.Cleanup(func() { showLocked = ui.ShowLocked })
	t.Setenv("LANG", "fi_FI.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	before := dirFiles(t, filepath.Dir(path))

	code, _, stderr := bcli(t, "--db", path)
	if code != exitUser {
		t.Fatalf("exit %d", code)
	}
	if len(shown) != 1 || shown[0] != "fi" {
		t.Errorf("locked window shown %v", shown)
	}
	want := "Tietosuojapakki on jo auki toisessa ikkunassa tällä tietokannalla."
	if !strings.Contains(ui.LockedMessage("fi"), want) || !strings.Contains(stderr, want) {
		t.Errorf("message %q", stderr)
	}
	sameFiles(t, before, dirFiles(t, filepath.Dir(path)))

	// Restore would replace the file under the window: refused as well.
	backup := filepath.Join(t.TempDir(), "kopio.db")
	bcli(t, "backup", "--out", backup, "--db", path)
	before = dirFiles(t, filepath.Dir(path))
	if code, _, stderr := bcli(t, "restore", backup, "--db", path, "--lang", "fi"); code != exitUser || !strings.Contains(stderr, want) {
		t.Errorf("restore while the window is open: %d %s", code, stderr)
	}
	sameFiles(t, before, dirFiles(t, filepath.Dir(path)))
}

// The headless commands work beside an open window: SQLite's WAL and busy
// timeout let them in, and neither side loses the other's writes.
func TestCLIBesideWindow(t *testing.T) {
	ctx := context.Background()
	path := backupDB(t)
	st, id := holdWindow(t, path)
	if code, _, stderr := bcli(t, "import", "data/testdata/siivous-kirkas.json", "--db", path); code != 0 {
		t.Fatalf("import beside the window: %s", stderr)
	}
	if err := st.SetAnswer(ctx, id, "organisation.phone", "050 987 6543"); err != nil {
		t.Fatal(err)
	}
	if n := orgCount(t, path); n != 2 {
		t.Errorf("%d organisations", n)
	}
	st.Close()
	again, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	a, err := again.Answers(ctx, id)
	if err != nil || a.Organisation.City != "Ensimmäinen" || a.Organisation.Phone != "+358 50 987 6543" { // stored in its one form
		t.Errorf("the window's writes: %+v %v", a.Organisation, err)
	}
}

// startWindow runs the window's start-up steps at the given time and
// releases the lock afterwards, as the window's end would.
func startWindow(t *testing.T, path string, now time.Time) (int, bool, string) {
	t.Helper()
	clock = func() time.Time { return now }
	t.Cleanup(func() { clock = time.Now })
	var stderr bytes.Buffer
	e := &env{dbPath: path, lang: "fi"}
	code, stop := prepareWindow(e, &stderr)
	windowLock.Release()
	return code, stop, stderr.String()
}

func TestStartTakesDailyBackup(t *testing.T) {
	path := backupDB(t)
	day := time.Date(2026, 4, 1, 8, 0, 0, 0, time.Local)
	for i, tc := range []struct {
		at   time.Time
		want int
	}{
		{day, 1},
		{day.Add(6 * time.Hour), 1}, // the same day: no second copy
		{day.AddDate(0, 0, 1), 2},
	} {
		if _, stop, stderr := startWindow(t, path, tc.at); stop {
			t.Fatalf("start %d stopped: %s", i, stderr)
		}
		if have, _ := data.Backups(path); len(have) != tc.want {
			t.Errorf("start %d: %d backups, want %d", i, len(have), tc.want)
		}
	}
	fi, err := os.Stat(data.BackupDir(path))
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("backups folder %v %v", fi.Mode(), err)
	}
}

func TestStartSetsDamagedDatabaseAside(t *testing.T) {
	for _, withBackup := range []bool{true, false} {
		path := backupDB(t)
		if withBackup {
			startWindow(t, path, time.Date(2026, 4, 1, 8, 0, 0, 0, time.Local))
		}
		// Damage by hand: write over the middle of the file.
		f, _ := os.OpenFile(path, os.O_RDWR, 0)
		fi, _ := f.Stat()
		for off := int64(4096); off < fi.Size(); off += 4096 {
			f.WriteAt([]byte(strings.Repeat("rikki", 20)), off)
		}
		f.Close()
		damaged, _ := os.ReadFile(path)

		var notes []ui.DamageNote
		noteDamage = func(n ui.DamageNote) { notes = append(notes, n) }
		code, stop, stderr := startWindow(t, path, time.Date(2026, 4, 2, 9, 0, 0, 0, time.Local))
		noteDamage = ui.NoteDamage
		if stop || code != 0 {
			t.Fatalf("the window would not open: %s", stderr)
		}
		if len(notes) != 1 {
			t.Fatalf("notes %v", notes)
		}
		n := notes[0]
		if got, _ := os.ReadFile(n.SetAside); !bytes.Equal(got, damaged) || !strings.Contains(n.SetAside, ".damaged-20260402-090000") {
			t.Errorf("the damaged file was not set aside whole: %s", n.SetAside)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Error("the damaged file is still in place")
		}
		have, _ := data.Backups(path)
		switch {
		case withBackup && (len(have) != 1 || n.Backup != have[0].Path):
			t.Errorf("offered %q, backups %v", n.Backup, have)
		case !withBackup && n.Backup != "":
			t.Errorf("offered %q with no backups", n.Backup)
		}
		// The window then opens on a new, empty database.
		st, err := data.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if orgs, _ := st.Organisations(context.Background()); len(orgs) != 0 {
			t.Error("the new database is not empty")
		}
		st.Close()
	}
}

// BenchmarkPrepareWindow is what the start-up steps add before the window
// opens on the example database: the lock, the quick check and the look
// for today's backup (taken in the first round only).
func BenchmarkPrepareWindow(b *testing.B) {
	path := filepath.Join(b.TempDir(), "tsp.db")
	var out, errOut bytes.Buffer
	if run([]string{"import", backupExample, "--db", path}, strings.NewReader(""), &out, &errOut) != 0 {
		b.Fatal(errOut.String())
	}
	for b.Loop() {
		e := &env{dbPath: path, lang: "fi"}
		if _, stop := prepareWindow(e, &errOut); stop {
			b.Fatal(errOut.String())
		}
		windowLock.Release()
	}
}
