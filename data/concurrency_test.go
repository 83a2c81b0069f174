package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestTwoWritersNoLostUpdate: the window's store edits a request while
// another process (the command line) records its identity check. The
// form's save does not undo it, and DataVersion tells the window.
func TestTwoWritersNoLostUpdate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	org, err := st.CreateOrganisation(ctx, "Kaksi Kirjoittajaa Oy")
	if err != nil {
		t.Fatal(err)
	}
	ref, err := st.AddRequest(ctx, org, Request{Received: recentDay(), Channel: "email",
		Requester: Requester{Name: "Ulla Uusi"}, Rights: []Right{RightAccess}})
	if err != nil {
		t.Fatal(err)
	}
	e, err := st.GetRequest(ctx, org, ref)
	if err != nil {
		t.Fatal(err)
	}
	loaded := e.Request // what the form shows
	before, err := st.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}

	// The command line records the identity check meanwhile.
	if got := startChild(t, "verify", path, org, "TSP_DATA_REF="+ref).wait(t); len(got) != 1 || got[0] != "done verify" {
		t.Fatalf("child: %v", got)
	}
	seen, err := st.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if seen == before {
		t.Error("DataVersion did not change after another process wrote")
	}

	// Muokkaa → Tallenna with nothing changed, then with the contact changed.
	if err := st.EditRequestFrom(ctx, org, ref, loaded, loaded); err != nil {
		t.Fatal(err)
	}
	if e, _ := st.GetRequest(ctx, org, ref); len(e.History) != 2 { // created, identity_verified
		t.Errorf("a save with nothing changed wrote history: %+v", e.History)
	}
	if err := st.UpdateRequest(ctx, org, ref, loaded, []string{"requester"}); err == nil {
		t.Error("an unknown field name was accepted")
	}
	edited := loaded
	edited.Requester.Contact = "ulla@example.fi"
	if err := st.EditRequestFrom(ctx, org, ref, loaded, edited); err != nil {
		t.Fatal(err)
	}
	got, err := st.GetRequest(ctx, org, ref)
	if err != nil {
		t.Fatal(err)
	}
	if got.Identity == nil || got.Identity.Method != "passi" || got.Identity.VerifiedOn != recentDay() {
		t.Errorf("the identity check recorded by the other process was lost: %+v", got.Identity)
	}
	if got.Requester.Contact != "ulla@example.fi" || got.Requester.Name != "Ulla Uusi" {
		t.Errorf("requester %+v", got.Requester)
	}
	if after, _ := st.DataVersion(ctx); after != seen {
		t.Errorf("DataVersion changed for the store's own writes: %d → %d", seen, after)
	}
}

// TestTwoWritersAddRegisters: the window's store and another process add
// registers at the same time; every register of both is there.
func TestTwoWritersAddRegisters(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	org, err := st.CreateOrganisation(ctx, "Rekisterit Oy")
	if err != nil {
		t.Fatal(err)
	}
	const n = 25
	c := startChild(t, "registers", path, org, fmt.Sprintf("TSP_DATA_N=%d", n))
	c.waitFor(t, "ready")
	for i := range n {
		if _, err := st.AppendRecord(ctx, org, "registers", Register{Name: fmt.Sprintf("ikkuna-%d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	lines := c.wait(t)
	if len(lines) != n {
		t.Fatalf("child reported %d of %d: %v", len(lines), n, lines)
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, r := range a.Registers {
		have[r.Name] = true
	}
	for i := range n {
		for _, name := range []string{fmt.Sprintf("ikkuna-%d", i), fmt.Sprintf("lapsi-%d", i)} {
			if !have[name] {
				t.Errorf("register %s lost", name)
			}
		}
	}
	if len(a.Registers) != 2*n {
		t.Errorf("%d registers, want %d", len(a.Registers), 2*n)
	}
}

// TestRecordCompareAndSet: a row the caller showed is deleted only while
// it is still what the caller showed.
func TestRecordCompareAndSet(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	org, _ := st.CreateOrganisation(ctx, "Rivi Oy")
	for _, name := range []string{"Asiakkaat", "Työnhakijat"} {
		if _, err := st.AppendRecord(ctx, org, "registers", Register{Name: name}); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := st.Answers(ctx, org)
	shown := a.Registers[0]
	// Another writer renames it meanwhile.
	if err := st.SetAnswer(ctx, org, "registers.0.name", "Asiakkaat ja tilaajat"); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteRecordIf(ctx, org, "registers.0", shown); err != ErrAnswerChanged {
		t.Fatalf("delete of a changed row: %v", err)
	}
	if err := st.SetAnswerIf(ctx, org, "registers.1.name", "Vanha", "Uusi"); err != ErrAnswerChanged {
		t.Fatalf("set of a changed answer: %v", err)
	}
	if err := st.SetAnswerIf(ctx, org, "registers.1.name", "Työnhakijat", "Hakijat"); err != nil {
		t.Fatal(err)
	}
	a, _ = st.Answers(ctx, org)
	if err := st.DeleteRecordIf(ctx, org, "registers.0", a.Registers[0]); err != nil {
		t.Fatal(err)
	}
	a, _ = st.Answers(ctx, org)
	if len(a.Registers) != 1 || a.Registers[0].Name != "Hakijat" {
		t.Errorf("registers %+v", a.Registers)
	}
}

// TestRestoreRacingWriters: four processes add requests, each in its own
// open as the command line does, while a restore of an older backup
// replaces the database. Every acknowledged reference is in the restored
// database or in the copy the restore kept, with its requester, and no
// reference is given to two requesters.
func TestRestoreRacingWriters(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, _ := st.CreateOrganisation(ctx, "Kilpa Oy")
	add := func(name string) string {
		ref, err := st.AddRequest(ctx, org, Request{Received: recentDay(), Channel: "email",
			Requester: Requester{Name: name}, Rights: []Right{RightAccess}})
		if err != nil {
			t.Fatal(err)
		}
		return ref
	}
	add("Alku 1")
	add("Alku 2")
	old := filepath.Join(t.TempDir(), "vanha.db")
	if err := st.BackupFile(old); err != nil {
		t.Fatal(err)
	}
	add("Myöhemmin 3")
	st.Close()

	var kids []*child
	for i := range 4 {
		kids = append(kids, startChild(t, "requests", path, org, "TSP_DATA_FOR=2s", fmt.Sprintf("TSP_DATA_ID=w%d", i)))
	}
	time.Sleep(700 * time.Millisecond)
	lock, err := AcquireLock(path)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := Restore(path, old, time.Now())
	lock.Release()
	if err != nil {
		t.Fatal(err)
	}
	acked := map[string]string{} // reference -> requester
	for _, k := range kids {
		for _, l := range k.wait(t) {
			f := strings.Fields(l)
			if f[0] == "error" || len(f) != 3 {
				t.Fatalf("writer: %s", l)
			}
			name := "Pyytäjä " + f[2]
			if other, ok := acked[f[1]]; ok {
				t.Errorf("reference %s acknowledged to %s and to %s", f[1], other, name)
			}
			acked[f[1]] = name
		}
	}
	inKept, inRestored := checkAcknowledged(t, acked, refsIn(t, path), refsIn(t, kept))
	t.Logf("%d acknowledged: %d before the restore (kept copy), %d after (restored)", len(acked), inKept, inRestored)
	if inKept == 0 || inRestored == 0 {
		t.Errorf("the restore did not race the writers: %d before, %d after", inKept, inRestored)
	}
}

// checkAcknowledged checks that every acknowledged reference is in the
// restored file or in the kept one with its requester, and that no
// reference names two requesters across them.
func checkAcknowledged(t *testing.T, acked, restored, keptRefs map[string]string) (inKept, inRestored int) {
	t.Helper()
	for ref, name := range acked {
		switch {
		case restored[ref] == name:
			inRestored++
		case keptRefs[ref] == name:
			inKept++
		default:
			t.Errorf("acknowledged %s (%s) is in neither file: restored %q, kept %q", ref, name, restored[ref], keptRefs[ref])
		}
	}
	for ref, name := range restored {
		if k, ok := keptRefs[ref]; ok && k != name {
			t.Errorf("reference %s given twice: %q before the restore, %q after", ref, k, name)
		}
	}
	return inKept, inRestored
}

// refsIn reads every reference and requester of the database file at path.
func refsIn(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := sql.Open("sqlite", dsn(path, "mode=ro"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT ref, requester_name FROM requests")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var ref, name string
		if err := rows.Scan(&ref, &name); err != nil {
			t.Fatal(err)
		}
		out[ref] = name
	}
	return out
}

// TestRestoreNeverReissues: after restoring an older backup, a new
// request gets a number above every number given before the restore.
func TestRestoreNeverReissues(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tsp.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	org, _ := st.CreateOrganisation(ctx, "Numero Oy")
	req := Request{Received: recentDay(), Channel: "email", Requester: Requester{Name: "Nimi"}, Rights: []Right{RightAccess}}
	st.AddRequest(ctx, org, req)
	old := filepath.Join(t.TempDir(), "vanha.db")
	if err := st.BackupFile(old); err != nil {
		t.Fatal(err)
	}
	var last string
	for range 3 {
		if last, err = st.AddRequest(ctx, org, req); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if _, err := Restore(path, old, time.Now()); err != nil {
		t.Fatal(err)
	}
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n, _ := st.CountRequests(ctx, org, RequestFilter{})
	if n != 1 {
		t.Fatalf("the restored log has %d requests, want the backup's 1", n)
	}
	ref, err := st.AddRequest(ctx, org, req)
	if err != nil {
		t.Fatal(err)
	}
	if ref <= last {
		t.Errorf("after the restore the new request got %s; %s was already given before it", ref, last)
	}
}

// TestParallelFirstOpens: ten processes open a new database at once; each
// open succeeds and the schema is made once.
func TestParallelFirstOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "uusi.db")
	var kids []*child
	for range 10 {
		kids = append(kids, startChild(t, "open", path, 0))
	}
	var wg sync.WaitGroup
	results := make([][]string, len(kids))
	for i, k := range kids {
		wg.Go(func() { results[i] = k.wait(t) })
	}
	wg.Wait()
	for i, r := range results {
		if len(r) != 1 || r[0] != "done open" {
			t.Errorf("process %d: %v", i, r)
		}
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var v int
	st.DB().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("schema %d, want %d", v, SchemaVersion())
	}
	if err := runCheck(st.DB(), path, "integrity_check"); err != nil {
		t.Error(err)
	}
}
