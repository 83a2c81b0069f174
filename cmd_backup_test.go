package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

var backupExample string // set by TestMain

// bcli runs one headless command and returns its exit code and output.
func bcli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// backupDB is a database with the example organisation in a folder of its own.
func backupDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tsp.db")
	if code, _, stderr := bcli(t, "import", backupExample, "--db", path); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	return path
}

func orgCount(t *testing.T, path string) int {
	t.Helper()
	code, out, stderr := bcli(t, "orgs", "--db", path)
	if code != 0 {
		t.Fatalf("orgs: %s", stderr)
	}
	return strings.Count(out, "\n")
}

// dirFiles is every file under dir with its content.
func dirFiles(t *testing.T, dir string) map[string]string {
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

func sameFiles(t *testing.T, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("%d files before, %d after", len(before), len(after))
	}
	for p, b := range before {
		if after[p] != b {
			t.Errorf("%s changed", p)
		}
	}
}

func TestBackupCommand(t *testing.T) {
	path := backupDB(t)
	out := filepath.Join(t.TempDir(), "kopio.db")
	if code, stdout, stderr := bcli(t, "backup", "--out", out, "--db", path); code != 0 || !strings.Contains(stdout, out) {
		t.Fatalf("%d %s %s", code, stdout, stderr)
	}
	fi, err := os.Stat(out)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup %v %v", fi, err)
	}
	if err := data.CheckBackup(out); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(out)
	if code, _, stderr := bcli(t, "backup", "--out", out, "--db", path); code != exitUser || !strings.Contains(stderr, "on jo olemassa") {
		t.Errorf("a second backup to the same file: %d %s", code, stderr)
	}
	if after, _ := os.ReadFile(out); !bytes.Equal(before, after) {
		t.Error("the existing backup was written over")
	}
	if code, _, _ := bcli(t, "backup", "--db", path); code != exitUsage {
		t.Errorf("no --out: exit %d", code)
	}
}

func TestRestoreCommand(t *testing.T) {
	path := backupDB(t)
	backup := filepath.Join(t.TempDir(), "kopio.db")
	bcli(t, "backup", "--out", backup, "--db", path)
	bcli(t, "import", "data/testdata/siivous-kirkas.json", "--db", path)
	if n := orgCount(t, path); n != 2 {
		t.Fatalf("%d organisations before the restore", n)
	}

	code, stdout, stderr := bcli(t, "restore", backup, "--db", path)
	if code != 0 {
		t.Fatalf("restore: %s", stderr)
	}
	if n := orgCount(t, path); n != 1 {
		t.Errorf("%d organisations after the restore, want the backup's 1", n)
	}
	have, _ := data.Backups(path)
	if len(have) != 1 || have[0].Kind != data.BackupBeforeRestore || !strings.Contains(stdout, have[0].Path) {
		t.Fatalf("the replaced database was not kept: %v\n%s", have, stdout)
	}
	if code, _, _ := bcli(t, "restore", have[0].Path, "--db", path); code != 0 || orgCount(t, path) != 2 {
		t.Error("restoring the kept copy did not bring back the second organisation")
	}
	if code, _, _ := bcli(t, "restore", "--db", path); code != exitUsage {
		t.Errorf("no FILE: exit %d", code)
	}
}

func TestRestoreRefusesNonDatabase(t *testing.T) {
	path := backupDB(t)
	before := dirFiles(t, filepath.Dir(path))
	code, _, stderr := bcli(t, "restore", backupExample, "--db", path, "--lang", "fi")
	if code != exitUser {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"ei ole Tietosuojapakin tietokanta", "Tietokantaa ei muutettu"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("message %q lacks %q", stderr, want)
		}
	}
	sameFiles(t, before, dirFiles(t, filepath.Dir(path)))
}
