package data

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestKilledCopiesLeaveNothing kills processes taking backups and
// restoring, at random moments, and then checks that the next start
// removes every temporary file they left, that Backups lists only whole
// copies, and that the database is whole.
func TestKilledCopiesLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, _ := st.CreateOrganisation(ctx, "Katkeava Oy")
	// Some megabytes, so that a copy takes long enough to be cut.
	if err := st.SetSetting("täyte", strings.Repeat("tietosuoja ", 400_000)); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(t.TempDir(), "lähde.db")
	if err := st.BackupFile(src); err != nil {
		t.Fatal(err)
	}
	st.Close()
	kills := 12
	if testing.Short() {
		kills = 4
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	for i := range kills {
		mode := []string{"backup", "restore"}[i%2]
		c := startChild(t, mode, path, org, "TSP_DATA_SRC="+src)
		c.waitFor(t, "ready")
		time.Sleep(time.Duration(rng.IntN(150)) * time.Millisecond)
		c.cmd.Process.Kill()
		for l := range c.lines {
			if strings.HasPrefix(l, "error") {
				t.Fatalf("%s child: %s", mode, l)
			}
		}
		c.cmd.Wait()
	}
	before := leftovers(t, path)
	t.Logf("left by %d kills: %v", kills, before)

	defer func(d time.Duration) { leftoverAge = d }(leftoverAge)
	leftoverAge = 0      // the children are dead: nothing is being written
	st, err = Open(path) // the next start
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if left := leftovers(t, path); len(left) > 0 {
		t.Errorf("after the next start still: %v", left)
	}
	have, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range have {
		if err := CheckBackup(b.Path); err != nil {
			t.Errorf("listed backup %s: %v", b.Path, err)
		}
	}
	if err := Check(path); err != nil {
		t.Error(err)
	}
}

// leftovers lists temporary files and journals without their database
// in the data folder and its backups folder.
func leftovers(t *testing.T, path string) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{filepath.Dir(path), BackupDir(path)} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			n := e.Name()
			if strings.HasPrefix(n, ".") || (strings.HasSuffix(n, "-journal") && dir != filepath.Dir(path)) {
				out = append(out, filepath.Join(filepath.Base(dir), n))
			}
		}
	}
	return out
}

// TestOwnFiles: the database's own files, under any of their names, and
// any SQLite file are refused as outputs; other files are not.
func TestOwnFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.CreateOrganisation(ctx, "Oma Oy")
	if _, err := st.AutoBackup(time.Now()); err != nil {
		t.Fatal(err)
	}
	have, _ := Backups(path)
	other := filepath.Join(t.TempDir(), "muu.db")
	if err := st.BackupFile(other); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	os.WriteFile(filepath.Join(dir, "muistio.txt"), []byte("teksti"), 0o600)
	own := map[string]string{
		"the database":          path,
		"its -wal":              path + "-wal",
		"its -shm":              path + "-shm",
		"its window lock":       path + ".lock",
		"its writers lock":      path + ".writers.lock",
		"a backup":              have[0].Path,
		"a new file in backups": filepath.Join(BackupDir(path), "uusi.pdf"),
		"a pre-migration copy":  PreMigrationPath(path, 9),
		"another SQLite file":   other,
	}
	if isSymlink(t, path, filepath.Join(dir, "linkki.db")) {
		own["a symbolic link"] = filepath.Join(dir, "linkki.db")
	}
	if os.Link(path, filepath.Join(dir, "kova.db")) == nil {
		own["a hard link"] = filepath.Join(dir, "kova.db")
	}
	for what, p := range own {
		if !IsOwnFile(path, p) {
			t.Errorf("%s (%s) not refused", what, p)
		}
	}
	for _, p := range []string{filepath.Join(dir, "seloste.pdf"), filepath.Join(dir, "muistio.txt")} {
		if IsOwnFile(path, p) {
			t.Errorf("%s refused", p)
		}
	}
}

// TestCleanLeftovers: unheld temporary files of the program's jobs go;
// one a job holds, and files of other names, stay.
func TestCleanLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	os.MkdirAll(BackupDir(path), 0o700)
	old := time.Now().Add(-time.Hour)
	mk := func(p string) string {
		os.WriteFile(p, []byte("x"), 0o600)
		os.Chtimes(p, old, old)
		return p
	}
	gone := []string{
		mk(filepath.Join(dir, ".tsp.db.restore-123")),
		mk(filepath.Join(dir, ".tsp.db.restore-123-journal")),
		mk(filepath.Join(dir, ".export-456")),
		mk(filepath.Join(BackupDir(path), ".tsp-20260101-000000.db.tmp-789")),
	}
	held := mk(filepath.Join(BackupDir(path), ".tsp-20260102-000000.db.tmp-1"))
	lock, err := HoldTemp(held)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	young := filepath.Join(dir, ".tsp.db.restore-999")
	os.WriteFile(young, []byte("x"), 0o600)
	kept := []string{held, young, mk(filepath.Join(dir, ".piilotettu")), mk(filepath.Join(dir, "tsp.db.lock"))}
	removed := CleanLeftovers(path)
	if len(removed) != len(gone) {
		t.Errorf("removed %v", removed)
	}
	for _, p := range gone {
		if exists(p) {
			t.Errorf("%s left", p)
		}
	}
	for _, p := range kept {
		if !exists(p) {
			t.Errorf("%s removed", p)
		}
	}
}
