package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cfg", "tietosuojapakki")
	path := filepath.Join(dir, "tietosuojapakki.db")
	if err := EnsureDir(path); err != nil {
		t.Fatal(err)
	}
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateOrganisation(context.Background(), "Oy"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	for p, want := range map[string]os.FileMode{dir: 0o700 | os.ModeDir, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode(), want)
		}
	}
	// The WAL side files hold the same data.
	for _, side := range []string{"-wal", "-shm"} {
		if fi, err := os.Stat(path + side); err == nil && fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s: mode %v readable by others", side, fi.Mode())
		}
	}
}

func TestOpenRefusesBadPlaces(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte("Muistiinpanoja, ei tietokanta.\n"), 0o600)
	roDir := filepath.Join(dir, "ro")
	os.Mkdir(roDir, 0o500)
	cases := []struct {
		name, path, want string
	}{
		{"missing folder", filepath.Join(dir, "nope", "x.db"), "does not exist"},
		{"not sqlite", notDB, "not SQLite"},
		{"folder is a file", filepath.Join(notDB, "x.db"), "not a folder"},
	}
	if os.Geteuid() != 0 { // root writes anywhere
		cases = append(cases, struct{ name, path, want string }{"read-only folder", filepath.Join(roDir, "x.db"), "permission denied"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadFile(notDB)
			st, err := Open(c.path)
			if err == nil {
				st.Close()
				t.Fatal("opened")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not say %q", err, c.want)
			}
			if after, _ := os.ReadFile(notDB); string(after) != string(before) {
				t.Fatal("the other file was changed")
			}
		})
	}
}

func TestSchemaAndPragmas(t *testing.T) {
	st := openTemp(t)
	var version int
	var mode string
	var fk int
	st.DB().QueryRow("PRAGMA user_version").Scan(&version)
	st.DB().QueryRow("PRAGMA journal_mode").Scan(&mode)
	st.DB().QueryRow("PRAGMA foreign_keys").Scan(&fk)
	if version != SchemaVersion() || version < 1 || mode != "wal" || fk != 1 {
		t.Fatalf("user_version %d (want %d), journal %s, foreign keys %d", version, SchemaVersion(), mode, fk)
	}
}

// An older database is copied before its schema is changed; a migration
// runs in one transaction, so a failing one changes nothing.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	id, _ := st.CreateOrganisation(ctx, "Vanha Oy")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	last := len(ms)
	broken := append(ms, migration{last + 1, "broken.sql", "CREATE TABLE half(x); INSERT INTO nowhere VALUES(1);"})
	if err := st.migrateWith(broken); err == nil {
		t.Fatal("a failing migration succeeded")
	}
	var version, tables int
	st.DB().QueryRow("PRAGMA user_version").Scan(&version)
	st.DB().QueryRow("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").Scan(&tables)
	if version != last || tables != 0 {
		t.Fatalf("after a failed migration: user_version %d, half-made table %d", version, tables)
	}
	copyPath := path + ".before-schema-" + itoa(last+1) + ".bak"
	os.Remove(copyPath)
	next := append(ms, migration{last + 1, "extra.sql", "CREATE TABLE extra(x);"})
	if err := st.migrateWith(next); err != nil {
		t.Fatal(err)
	}
	st.DB().QueryRow("PRAGMA user_version").Scan(&version)
	if version != last+1 {
		t.Fatalf("user_version %d", version)
	}
	cp, err := Open(copyPath)
	if err != nil {
		t.Fatal("no copy taken before migrating:", err)
	}
	defer cp.Close()
	if a, err := cp.Answers(ctx, id); err != nil || a.Organisation.Name != "Vanha Oy" {
		t.Fatalf("copy lacks the data: %v", err)
	}
	// A database from a newer program is refused, not downgraded.
	if err := st.migrateWith(ms); err == nil || !strings.Contains(err.Error(), "newer version") {
		t.Fatalf("newer schema: %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSetAnswer(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	id, _ := st.CreateOrganisation(ctx, "Uusi Oy")
	steps := []struct {
		path  string
		value any
		err   string
	}{
		{"organisation.business_id", "3312457-9", ""},
		{"organisation.privacy_contact.email", "a@b.fi", ""},
		{"organisation.dpo.name", "Tietosuojavastaava Oy", ""},
		{"registers.0.name", "Asiakkaat", ""},
		{"registers.0.purposes.0.legal_basis", "contract", ""},
		{"registers.0.purposes.0.description", "Sopimus", ""},
		{"registers.0.personal_identity_code", true, ""},
		{"registers.0.data_subjects", []any{"Asiakkaat", "Yhteyshenkilöt"}, ""},
		{"processor_terms.breach_notice_hours", 24, ""},
		{"registers.2.name", "Ohi", "past the end"},
		{"registers.0.personal_identity_code", "kyllä", "does not fit"},
		{"organisation.no_such_field", "x", "unknown answer path"},
		{"organisation..name", "x", "empty segment"},
		{"organisation.name", "Uusi Nimi Oy", ""},
	}
	for _, s := range steps {
		err := st.SetAnswer(ctx, id, s.path, s.value)
		if s.err == "" && err != nil || s.err != "" && (err == nil || !strings.Contains(err.Error(), s.err)) {
			t.Fatalf("%s = %v: error %v, want %q", s.path, s.value, err, s.err)
		}
	}
	a, err := st.Answers(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	r := a.Registers[0]
	if a.Organisation.BusinessID != "3312457-9" || a.Organisation.DPO == nil || a.Organisation.DPO.Name != "Tietosuojavastaava Oy" ||
		r.Name != "Asiakkaat" || r.Purposes[0].LegalBasis != BasisContract || !r.PersonalIdentityCode ||
		len(r.DataSubjects) != 2 || a.ProcessorTerms.BreachNoticeHours != 24 || a.Organisation.Name != "Uusi Nimi Oy" {
		t.Fatalf("answers not as written: %+v", a)
	}
	orgs, _ := st.Organisations(ctx)
	if orgs[0].Name != "Uusi Nimi Oy" {
		t.Fatalf("list shows %q", orgs[0].Name)
	}
	// Emptying an optional field works.
	if err := st.SetAnswer(ctx, id, "registers.0.purposes.0.law", ""); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteRecord(ctx, id, "registers.0.data_subjects.0"); err != nil {
		t.Fatal(err)
	}
	a, _ = st.Answers(ctx, id)
	if len(a.Registers[0].DataSubjects) != 1 || a.Registers[0].DataSubjects[0] != "Yhteyshenkilöt" {
		t.Fatalf("delete: %v", a.Registers[0].DataSubjects)
	}
}

// An answer written is there after the program dies without closing.
func TestAnswerSurvivesUncleanStop(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	st, _ := Open(path)
	id, _ := st.CreateOrganisation(ctx, "Kesken Oy")
	if err := st.SetAnswer(ctx, id, "organisation.city", "Kuopio"); err != nil {
		t.Fatal(err)
	}
	// No Close: a second handle sees what the first committed.
	st2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	a, err := st2.Answers(ctx, id)
	if err != nil || a.Organisation.City != "Kuopio" {
		t.Fatalf("%v %+v", err, a)
	}
	st.Close()
}

func TestOrganisations(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	if _, err := st.FindOrganisation(ctx, ""); !errors.Is(err, ErrNoOrganisation) {
		t.Fatalf("empty database: %v", err)
	}
	a := importTemp(t, st, "answers-example.json")
	if got, err := st.FindOrganisation(ctx, ""); err != nil || got != a {
		t.Fatalf("only one: %d %v", got, err)
	}
	b := importTemp(t, st, "siivous-kirkas.json")
	cases := []struct {
		key  string
		want int64
		err  string
	}{
		{"", 0, "choose one with --org"},
		{"ajanvaraus kivi oy", a, ""},
		{itoa(int(b)), b, ""},
		{"Ei Ole Oy", 0, "no such organisation"},
	}
	for _, c := range cases {
		got, err := st.FindOrganisation(ctx, c.key)
		if c.err == "" && (err != nil || got != c.want) || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%q: %d %v", c.key, got, err)
		}
	}
	if err := st.RenameOrganisation(ctx, b, "Kirkas Siivous Oy"); err != nil {
		t.Fatal(err)
	}
	// Deleting takes the requests and their history along.
	if err := st.DeleteOrganisation(ctx, a); err != nil {
		t.Fatal(err)
	}
	var n int
	st.DB().QueryRow("SELECT COUNT(*) FROM requests WHERE org_id = ?", a).Scan(&n)
	var ev int
	st.DB().QueryRow("SELECT COUNT(*) FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.org_id = ?", a).Scan(&ev)
	orgs, _ := st.Organisations(ctx)
	if n != 0 || ev != 0 || len(orgs) != 1 || orgs[0].Name != "Kirkas Siivous Oy" {
		t.Fatalf("after delete: %d requests, %d events, %+v", n, ev, orgs)
	}
	if err := st.DeleteOrganisation(ctx, a); !errors.Is(err, ErrNoOrganisation) {
		t.Fatalf("second delete: %v", err)
	}
}

// An import that fails half-way leaves nothing behind.
func TestImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	f := readFile(t, "answers-example.json")
	f.Requests[1].Ref = f.Requests[0].Ref // unique constraint fails on the second request
	if _, err := st.ImportFile(ctx, f); err == nil {
		t.Fatal("imported a file with a duplicate reference")
	}
	f.Requests[1].Ref = "2026-002"
	f.Requests[1].Received = "31.1.26" // a two-digit year: refused
	if _, err := st.ImportFile(ctx, f); err == nil {
		t.Fatal("imported a bad date")
	}
	orgs, _ := st.Organisations(ctx)
	var n int
	st.DB().QueryRow("SELECT COUNT(*) FROM requests").Scan(&n)
	if len(orgs) != 0 || n != 0 {
		t.Fatalf("left behind: %d organisations, %d requests", len(orgs), n)
	}
}

func TestHistoryIsAppendOnly(t *testing.T) {
	st := openTemp(t)
	importTemp(t, st, "answers-example.json")
	for _, q := range []string{"UPDATE request_events SET note = 'muutettu'", "DELETE FROM request_events"} {
		if _, err := st.DB().Exec(q); err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v", q, err)
		}
	}
}

func TestBackupTo(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t)
	id := importTemp(t, st, "answers-example.json")
	target := filepath.Join(t.TempDir(), "copy.db")
	if err := st.BackupTo(target); err != nil {
		t.Fatal(err)
	}
	if err := st.BackupTo(target); err == nil {
		t.Fatal("overwrote an existing backup")
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v", fi.Mode())
	}
	cp, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	a, err := cp.Answers(ctx, id)
	if err != nil || a.Organisation.Name != "Ajanvaraus Kivi Oy" {
		t.Fatalf("%v %v", err, a)
	}
}

// FindOrganisation says plainly why it found no one organisation, in the
// three languages, and still matches ErrNoOrganisation.
func TestFindOrganisationWorded(t *testing.T) {
	st := openTemp(t)
	ctx := context.Background()
	_, err := st.FindOrganisation(ctx, "")
	var oe *OrgError
	if !errors.As(err, &oe) || oe.Code != "org.none" || !errors.Is(err, ErrNoOrganisation) {
		t.Fatalf("empty database: %v", err)
	}
	for i := 0; i < 2; i++ {
		if _, err := st.CreateOrganisation(ctx, "Sama Oy"); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct{ key, code, fi string }{
		{"", "org.choose", "Tietokannassa on 2 organisaatiota"},
		{"Sama Oy", "org.same_name", "2 organisaatiota on nimeltään ”Sama Oy”"},
		{"Muu Oy", "org.unknown", "Organisaatiota ”Muu Oy” ei löydy"},
	}
	for _, c := range cases {
		_, err := st.FindOrganisation(ctx, c.key)
		if !errors.As(err, &oe) || oe.Code != c.code || !strings.Contains(oe.Text("fi"), c.fi) || oe.Text("sv") == oe.Text("fi") {
			t.Errorf("%q: %v", c.key, err)
		}
	}
}
