package jobs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
)

func TestStartAndRestore(t *testing.T) {
	st, id, _ := setup(t)
	path := st.Path()
	copyPath := filepath.Join(t.TempDir(), "kopio.db")
	if err := st.BackupFile(copyPath); err != nil {
		t.Fatal(err)
	}
	st.SetAnswer(context.Background(), id, "organisation.city", "Myöhempi")
	st.Close()

	now := time.Date(2026, 4, 1, 8, 0, 0, 0, time.Local)
	s, err := Start(path, now)
	if err != nil || s.Damage != nil || s.BackupErr != nil {
		t.Fatalf("%+v %v", s, err)
	}
	if have, _ := data.Backups(path); len(have) != 1 {
		t.Errorf("%d automatic backups", len(have))
	}
	// A second window, and a restore from outside, meet the lock.
	if _, err := Start(path, now); !errors.Is(err, data.ErrLocked) {
		t.Errorf("second start: %v", err)
	}
	if _, _, err := RestoreLocked(path, copyPath, now); !errors.Is(err, data.ErrLocked) {
		t.Errorf("restore under a window: %v", err)
	}
	// The window restores under its own lock.
	if _, err := Restore(path, copyPath, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	s.Lock.Release()
	// A file that is not a database is refused before anything changes.
	bad := filepath.Join(t.TempDir(), "kuva.png")
	os.WriteFile(bad, []byte("\x89PNG not a database"), 0o600)
	if _, _, err := RestoreLocked(path, bad, now); !strings.Contains(ErrorText(err, "fi"), "Tietokantaa ei muutettu") {
		t.Errorf("a picture restored: %v", err)
	}
	_, kept, err := RestoreLocked(path, copyPath, now.Add(2*time.Minute))
	if err != nil || kept == "" {
		t.Fatalf("restore: %q %v", kept, err)
	}
}

// A damaged database is set aside and the newest good backup offered.
func TestStartSetsDamageAside(t *testing.T) {
	st, _, _ := setup(t)
	path := st.Path()
	st.Close()
	now := time.Date(2026, 4, 1, 8, 0, 0, 0, time.Local)
	s, err := Start(path, now)
	if err != nil {
		t.Fatal(err)
	}
	s.Lock.Release()
	f, _ := os.OpenFile(path, os.O_RDWR, 0)
	fi, _ := f.Stat()
	for off := int64(4096); off < fi.Size(); off += 4096 {
		f.WriteAt([]byte(strings.Repeat("rikki", 20)), off)
	}
	f.Close()
	s, err = Start(path, now.AddDate(0, 0, 1))
	if err != nil || s.Damage == nil || s.Damage.Backup == "" {
		t.Fatalf("%+v %v", s, err)
	}
	defer s.Lock.Release()
	if _, err := os.Stat(s.Damage.SetAside); err != nil {
		t.Error(err)
	}
}
