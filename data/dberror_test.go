package data

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawTexts are SQLite's own words, which must not reach the user.
var rawTexts = []string{"(5)", "(13)", "(11)", "(8)", "SQLITE_", "database is locked", "database or disk is full", "malformed", "readonly database"}

// checkWorded checks that err is a *DBError of kind whose texts in fi, sv
// and en are plain and different, with none of SQLite's words.
func checkWorded(t *testing.T, err error, kind string) {
	t.Helper()
	var de *DBError
	if !errors.As(err, &de) || de.Kind != kind {
		t.Fatalf("want a %s DBError, got %T %v", kind, err, err)
	}
	var tx Texter
	if !errors.As(err, &tx) {
		t.Fatal("not a Texter")
	}
	seen := map[string]bool{}
	for _, lang := range []string{"fi", "sv", "en"} {
		text := tx.Text(lang)
		for _, raw := range rawTexts {
			if strings.Contains(text, raw) {
				t.Errorf("%s text has SQLite's %q: %s", lang, raw, text)
			}
		}
		if text == "" || seen[text] {
			t.Errorf("%s text empty or the same as another language's: %q", lang, text)
		}
		seen[text] = true
	}
}

// TestDBErrorsWorded provokes the SQLite failures a user can meet, on
// real files, and checks each is worded in fi, sv and en.
func TestDBErrorsWorded(t *testing.T) {
	t.Run("full", func(t *testing.T) {
		st := openTemp(t)
		org, _ := st.CreateOrganisation(ctx, "Täysi Oy")
		var pages int
		st.DB().QueryRow("PRAGMA page_count").Scan(&pages)
		// The disk is "full" once the file may not grow (max_page_count).
		if _, err := st.DB().Exec("PRAGMA max_page_count = " + itoa(pages+1)); err != nil {
			t.Fatal(err)
		}
		err := st.SetAnswer(ctx, org, "organisation.street", strings.Repeat("Katu ", 20_000))
		checkWorded(t, err, KindFull)
		if st.DB().QueryRow("SELECT 1").Scan(new(int)) != nil {
			t.Error("the store is unusable after a full disk")
		}
	})
	t.Run("busy", func(t *testing.T) {
		st := openTemp(t)
		other, err := sql.Open("sqlite", dsn(st.Path(), "_txlock=immediate"))
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		tx, err := other.Begin()
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		if _, err := st.DB().Exec("PRAGMA busy_timeout = 50"); err != nil {
			t.Fatal(err)
		}
		_, err = st.CreateOrganisation(ctx, "Kiireinen Oy")
		checkWorded(t, err, KindBusy)
	})
	t.Run("damaged", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "tsp.db")
		st, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for range 40 {
			st.CreateOrganisation(ctx, strings.Repeat("Vaurio Oy ", 300))
		}
		st.Close()
		fi, _ := os.Stat(path)
		if err := os.Truncate(path, fi.Size()*2/3); err != nil {
			t.Fatal(err)
		}
		_, err = Open(path)
		checkWorded(t, err, KindDamaged)
		if !errors.Is(err, ErrDamaged) {
			t.Error("not ErrDamaged")
		}
		var tx Texter
		errors.As(err, &tx)
		if !strings.Contains(tx.Text("fi"), "tietosuojapakki restore") || !strings.Contains(tx.Text("en"), "backups") {
			t.Errorf("the damage text does not say what to do: %s", tx.Text("fi"))
		}
	})
	t.Run("not a database", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "muistio.db")
		os.WriteFile(path, []byte(strings.Repeat("ei tietokanta\n", 50)), 0o600)
		_, err := Open(path)
		checkWorded(t, err, KindNotDB)
	})
	t.Run("newer", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "tsp.db")
		st, _ := Open(path)
		st.DB().Exec("PRAGMA user_version = 99")
		st.Close()
		_, err := Open(path)
		checkWorded(t, err, KindNewer)
	})
	t.Run("wrapped by a caller", func(t *testing.T) {
		st := openTemp(t)
		_, err := st.DB().Exec("INSERT INTO no_such_table VALUES (1)")
		if WrapDBError(err) != err {
			t.Error("a programming error was worded as a file failure")
		}
	})
}
