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
