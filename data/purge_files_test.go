package data

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// purgedName and purgedContact are what must leave every file.
const (
	purgedName    = "Zyxwvu Purettava"
	purgedContact = "zyxwvu.purettava@example.fi"
)

// filesHolding lists the files under dir whose bytes hold any of words
// (in the case given and folded, as the search column keeps names).
func filesHolding(t *testing.T, dir string, words ...string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, w := range words {
			if bytes.Contains(b, []byte(w)) || bytes.Contains(b, []byte(strings.ToLower(w))) {
				out = append(out, strings.TrimPrefix(p, dir))
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPurgeLeavesNoCopy: after a purge, no file in the data folder (the
// database, its -wal, the automatic backups, the copy a restore kept, a
// pre-migration copy) holds the purged requester; restoring a backup, or a
// copy written before the purge elsewhere, does not bring them back.
func TestPurgeLeavesNoCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	org, ref, keep, outside := purgeFixture(t, path)
	if got := filesHolding(t, dir, purgedName, purgedContact); len(got) < 4 {
		t.Fatalf("the test's copies do not hold the name: %v", got)
	}

	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.SetClock(day("2026-11-30"))

	if err := st.SetLogRetentionMonths(ctx, org, 12); err != nil {
		t.Fatal(err)
	}
	n, err := st.PurgeExpired(ctx, org)
	if err != nil || n != 1 {
		t.Fatalf("purged %d: %v", n, err)
	}
	if got := filesHolding(t, dir, purgedName, purgedContact); len(got) > 0 {
		t.Errorf("after the purge the name is still in %v", got)
	}
	for _, b := range mustOwnCopies(t, path) {
		if err := CheckBackup(b); err != nil {
			t.Errorf("scrubbed copy %s: %v", b, err)
		}
	}
	if e, err := st.GetRequest(ctx, org, keep); err != nil || e.Requester.Name != "Pysyvä Pyytäjä" {
		t.Errorf("the open request %s lost its requester: %+v (%v)", keep, e, err)
	}
	st.Close()

	// Restoring the user's own copy from before the purge: the purge is
	// carried into it.
	if _, err := Restore(path, outside, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := filesHolding(t, dir, purgedName, purgedContact); len(got) > 0 {
		t.Errorf("after restoring a copy from before the purge the name is in %v", got)
	}
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e, err := st.GetRequest(ctx, org, ref)
	if err != nil || !e.Purged || e.Requester.Name != "" {
		t.Errorf("after the restore %s is %+v (%v)", ref, e, err)
	}
}

func mustOwnCopies(t *testing.T, path string) []string {
	t.Helper()
	c, err := OwnCopies(path)
	if err != nil || len(c) < 3 {
		t.Fatalf("own copies %v: %v", c, err)
	}
	return c
}

// purgeFixture makes a database at path with a request answered long ago
// (ref, to be purged) and an open one (keep), and the program's copies of
// it holding the requester: two automatic backups, a pre-migration copy
// and a before-restore copy; outside is a copy the user wrote elsewhere.
func purgeFixture(t *testing.T, path string) (org int64, ref, keep, outside string) {
	t.Helper()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.SetClock(day("2024-03-01"))
	org, _ = st.CreateOrganisation(ctx, "Purku Oy")
	ref, err = st.AddRequest(ctx, org, Request{Received: "2024-02-20", Channel: "email",
		Requester: Requester{Name: purgedName, Contact: purgedContact}, Rights: []Right{RightErasure}})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.AnswerRequest(ctx, org, ref, Answer{On: "2024-02-28", Outcome: "Poistettu " + purgedName}); err != nil {
		t.Fatal(err)
	}
	keep, err = st.AddRequest(ctx, org, Request{Received: "2024-02-25", Channel: "email",
		Requester: Requester{Name: "Pysyvä Pyytäjä"}, Rights: []Right{RightAccess}})
	if err != nil {
		t.Fatal(err)
	}
	// The program's copies, each holding the name: two days' automatic
	// backups, a copy before a schema update, and one kept by a restore.
	for _, d := range []string{"2024-03-01", "2024-03-02"} {
		when, _ := time.ParseInLocation(time.DateOnly, d, time.Local)
		if _, err := st.AutoBackup(when.Add(9 * time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.backupAtomic(PreMigrationPath(path, 2)); err != nil {
		t.Fatal(err)
	}
	outside = filepath.Join(t.TempDir(), "ennen.db") // the user's own copy
	if err := st.BackupFile(outside); err != nil {
		t.Fatal(err)
	}
	backups, _ := Backups(path)
	st.Close()
	if _, err := Restore(path, backups[0].Path, time.Now()); err != nil {
		t.Fatal(err)
	}

	return org, ref, keep, outside
}
