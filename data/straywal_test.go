package data

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStrayWALFound: an older copy of the database with a -wal from the
// newer one beside it (as a careless copy leaves them) is found damaged
// on open, with the text saying what to do, not read or written as if
// whole.
func TestStrayWALFound(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	st, err := Open(live)
	if err != nil {
		t.Fatal(err)
	}
	for range 30 {
		st.CreateOrganisation(ctx, strings.Repeat("Vanha ", 200))
	}
	st.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	older := filepath.Join(dir, "vanha.db")
	b, _ := os.ReadFile(live)
	os.WriteFile(older, b, 0o600)

	// The live database moves on: checkpointed changes, then changes
	// kept in its -wal by a connection that never checkpoints.
	for range 60 {
		st.CreateOrganisation(ctx, strings.Repeat("Uusi ", 300))
	}
	st.DB().Exec("DELETE FROM organisations WHERE id % 3 = 0")
	st.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	hold, err := sql.Open("sqlite", dsn(live, "_pragma=wal_autocheckpoint(0)"))
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	if _, err := hold.Exec("PRAGMA wal_autocheckpoint = 0"); err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		if _, err := hold.Exec("UPDATE organisations SET name = ? WHERE id % 2 = ?", strings.Repeat("Muutettu ", 100+i), i%2); err != nil {
			t.Fatal(err)
		}
	}
	wal, err := os.ReadFile(live + "-wal")
	if err != nil || len(wal) == 0 {
		t.Fatalf("no -wal to stray: %v", err)
	}
	os.WriteFile(older+"-wal", wal, 0o600)

	_, err = Open(older)
	var de *DBError
	if !errors.As(err, &de) || de.Kind != KindDamaged {
		t.Fatalf("open of an older copy with a stray -wal: %v", err)
	}
	if !strings.Contains(de.Text("fi"), "restore") {
		t.Errorf("text: %s", de.Text("fi"))
	}
}
