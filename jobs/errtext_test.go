package jobs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
)

// busyError is an error of another room that words itself, as the store's
// SQLite errors do.
type busyError struct{}

func (busyError) Error() string { return "database is locked (5) (SQLITE_BUSY)" }
func (busyError) Text(lang string) string {
	return map[string]string{"fi": "Tietokanta on varattu.", "sv": "Databasen är upptagen.", "en": "The database is busy."}[lang]
}

func TestErrorText(t *testing.T) {
	_, missing := os.Open("/ei/ole/tiedosto.json")
	one := data.Problems{{Path: "organisation.email", Err: errors.New("x")}}
	two := data.Problems{{Path: "a", Err: errors.New("x")}, {Path: "b", Err: errors.New("y")}}
	for _, c := range []struct {
		name string
		err  error
		lang string
		want []string
	}{
		{"a typed error, wrapped", fmt.Errorf("request 2024-04107: %w", busyError{}), "fi", []string{"Tietokanta on varattu."}},
		{"a typed error in Swedish", busyError{}, "sv", []string{"Databasen är upptagen."}},
		{"one problem", one, "fi", []string{"1 virhe:", "organisation.email"}},
		{"two problems", two, "fi", []string{"2 virhettä:"}},
		{"one problem in Swedish", one, "sv", []string{"1 fel:"}},
		{"two problems in English", two, "en", []string{"2 problems:"}},
		{"one problem in English", one, "en", []string{"1 problem:"}},
		{"a validation error", fmt.Errorf("field: %w", &valid.Error{Code: "required"}), "fi", []string{"Täytä tämä kohta."}},
		{"no organisation", fmt.Errorf("%w: the database has 2", data.ErrNoOrganisation), "sv", []string{"Organisationen hittades inte", "--org", "the database has 2"}},
		{"locked", data.ErrLocked, "fi", []string{"jo auki toisessa ikkunassa"}},
		{"damaged", &data.DamageError{Path: "x.db", Reason: "malformed"}, "fi", []string{"vaurioitunut", "restore"}},
		{"a refused restore", &data.RefusedError{Code: data.RefuseNotSQLite, Detail: "kuva.png"}, "fi", []string{"Tietokantaa ei muutettu."}},
		{"a missing file", missing, "fi", []string{"Tiedostoa tai kansiota ei ole", "/ei/ole/tiedosto.json"}},
		{"a backup onto a file that exists", &fs.PathError{Op: "create", Path: "kopio.db", Err: fs.ErrExist}, "sv", []string{"Filen finns redan", "kopio.db"}},
		{"anything else", errors.New("something odd"), "fi", []string{"something odd"}},
		{"an unknown language is Finnish", data.ErrLocked, "de", []string{"jo auki toisessa ikkunassa"}},
	} {
		got := ErrorText(c.err, c.lang)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", c.name, got, w)
			}
		}
	}
	if ErrorText(nil, "fi") != "" {
		t.Error("nil has a text")
	}
}
