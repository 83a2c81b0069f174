package data

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestAutoBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	day := time.Date(2026, 1, 1, 9, 30, 0, 0, time.Local)

	if got, err := st.AutoBackup(day); got != "" || err != nil {
		t.Fatalf("an empty database was backed up: %q %v", got, err)
	}
	importTemp(t, st, "answers-example.json")

	var taken []string
	for i := 0; i < BackupsKept+3; i++ {
		now := day.AddDate(0, 0, i)
		got, err := st.AutoBackup(now)
		if err != nil || got == "" {
			t.Fatalf("day %d: %q %v", i, got, err)
		}
		if want := filepath.Join(BackupDir(path), "tsp-"+now.Format("20060102-150405")+".db"); got != want {
			t.Errorf("named %s, want %s", got, want)
		}
		taken = append(taken, got)
		// Once a day: a second start the same day takes none.
		if again, err := st.AutoBackup(now.Add(8 * time.Hour)); again != "" || err != nil {
			t.Fatalf("second backup on day %d: %q %v", i, again, err)
		}
	}
	have, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(have) != BackupsKept {
		t.Fatalf("%d backups kept, want %d", len(have), BackupsKept)
	}
	for i, b := range have {
		if want := taken[len(taken)-1-i]; b.Path != want {
			t.Errorf("backup %d is %s, want %s (newest first)", i, b.Path, want)
		}
	}

	// Private: the folder 0700, every file 0600.
	fi, err := os.Stat(BackupDir(path))
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("backups folder %v %v", fi.Mode(), err)
	}
	entries, _ := os.ReadDir(BackupDir(path))
	for _, e := range entries {
		info, _ := e.Info()
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v", e.Name(), info.Mode())
		}
	}
	if len(entries) != BackupsKept {
		t.Errorf("%d files in the folder: a temporary file was left?", len(entries))
	}

	// The newest backup holds the data.
	cp, err := Open(have[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if orgs, _ := cp.Organisations(context.Background()); len(orgs) != 1 {
		t.Errorf("backup has %d organisations", len(orgs))
	}
}

func TestBackupFolderTightened(t *testing.T) {
	st := openTemp(t)
	importTemp(t, st, "answers-example.json")
	if err := os.Mkdir(BackupDir(st.Path()), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AutoBackup(time.Now()); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(BackupDir(st.Path())); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder left at %v", fi.Mode())
	}
}

func TestBackupFile(t *testing.T) {
	st := openTemp(t)
	importTemp(t, st, "answers-example.json")
	dir := t.TempDir()
	target := filepath.Join(dir, "kopio.db")
	if err := st.BackupFile(target); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
	if err := CheckBackup(target); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "oma.txt"), []byte("tärkeä"), 0o644)
	err := st.BackupFile(filepath.Join(dir, "oma.txt"))
	if !errors.Is(err, fs.ErrExist) {
		t.Fatalf("overwrote a file: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "oma.txt")); string(b) != "tärkeä" {
		t.Error("the existing file changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files: a temporary file was left", len(entries))
	}
}

// Only a database with something typed into it is backed up: empty ones
// would push good backups out of the ten.
func TestAutoBackupSkipsEmpty(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		fill func(st *Store)
		want bool
	}{
		{"new database", func(*Store) {}, false},
		{"the window's first, empty organisation", func(st *Store) { st.CreateOrganisation(ctx, "") }, false},
		{"an answer typed, no name yet", func(st *Store) {
			id, _ := st.CreateOrganisation(ctx, "")
			st.SetAnswer(ctx, id, "organisation.city", "Kuopio")
		}, true},
		{"a named organisation", func(st *Store) { st.CreateOrganisation(ctx, "Kivi Oy") }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := openTemp(t)
			tc.fill(st)
			got, err := st.AutoBackup(time.Now())
			if err != nil || (got != "") != tc.want {
				t.Errorf("backup %q %v, want taken %v", got, err, tc.want)
			}
		})
	}
}
