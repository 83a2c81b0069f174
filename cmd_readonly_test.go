package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestReadingCommandsOnReadOnlyDatabase: a database the user may not write
// (mode 0444 in a folder of mode 0555, as on a CD or a read-only share) is
// still listed, exported, shown, checked and copied by the commands that
// only read, and no byte of it changes; a command that writes says it
// cannot. Root may write anywhere, so the modes do not hold then (the data
// tests run the same case as uid 65534).
func TestReadingCommandsOnReadOnlyDatabase(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("the file modes do not stop this user from writing")
	}
	dir := filepath.Join(t.TempDir(), "levy")
	os.Mkdir(dir, 0o700)
	db := filepath.Join(dir, "tsp.db")
	if code, _, stderr := tsp(t, "import", example, "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	code, ref, stderr := tsp(t, "requests", "add", "--db", db, "--received", "2026-01-05", "--right", "access", "--name", "Lukija Liisa")
	if code != 0 {
		t.Fatal(stderr)
	}
	ref = strings.TrimSpace(ref)
	for _, p := range []string{db + "-wal", db + "-shm", data.LockPath(db), db + ".writers.lock", db + ".restore.lock"} {
		os.Remove(p)
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	before, _ := os.ReadFile(db)
	out := t.TempDir()

	cases := []struct {
		args []string
		want string // in standard output
	}{
		{[]string{"orgs"}, "\t"},
		{[]string{"export", "--org", "1", "--out", "-"}, `"organisation"`},
		{[]string{"requests", "list", "--format", "csv"}, "Lukija Liisa"},
		{[]string{"requests", "show", ref}, "Lukija Liisa"},
		{[]string{"backup", "--out", filepath.Join(out, "kopio.db")}, "kopio.db"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args[:min(2, len(c.args))], " "), func(t *testing.T) {
			code, stdout, stderr := tsp(t, append(c.args, "--db", db)...)
			if code != 0 || !strings.Contains(stdout, c.want) {
				t.Errorf("%v: exit %d, stdout %.200q, stderr %q", c.args, code, stdout, stderr)
			}
		})
	}
	if code, _, _ := tsp(t, "requests", "note", ref, "--text", "ei saa", "--db", db); code == 0 {
		t.Error("a note was written into a read-only database")
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the read-only database changed")
	}
}
