package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"tietosuojapakki/data/text"
	"tietosuojapakki/data/vocab"
)

// OrgSummary is one line of the organisation switcher.
type OrgSummary struct {
	ID        int64
	Name      string
	UpdatedAt string
}

// ErrNoOrganisation is returned when no organisation matches.
var ErrNoOrganisation = errors.New("no such organisation")

// CreateOrganisation adds an organisation with empty answers and its name.
func (s *Store) CreateOrganisation(ctx context.Context, name string) (int64, error) {
	a := Answers{Organisation: Organisation{Name: name}}
	var id int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = insertOrganisation(tx, &a, s.stamp())
		return err
	})
	return id, err
}

func insertOrganisation(tx *sql.Tx, a *Answers, now string) (int64, error) {
	b, name, err := canonicalAnswers(a)
	if err != nil {
		return 0, err
	}
	res, err := tx.Exec("INSERT INTO organisations(name, answers, created_at, updated_at) VALUES(?, ?, ?, ?)",
		name, string(b), now, now)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Organisations lists every organisation by name.
func (s *Store) Organisations(ctx context.Context) ([]OrgSummary, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, updated_at FROM organisations ORDER BY name COLLATE NOCASE, id")
	if err != nil {
		return nil, wrapDB(err, s.path)
	}
	defer rows.Close()
	var out []OrgSummary
	for rows.Next() {
		var o OrgSummary
		if err := rows.Scan(&o.ID, &o.Name, &o.UpdatedAt); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// FindOrganisation resolves a name or a numeric id given on the command
// line. An empty key picks the only organisation, if there is exactly one.
func (s *Store) FindOrganisation(ctx context.Context, key string) (int64, error) {
	orgs, err := s.Organisations(ctx)
	if err != nil {
		return 0, err
	}
	if key == "" {
		switch len(orgs) {
		case 1:
			return orgs[0].ID, nil
		case 0:
			return 0, &OrgError{Code: "org.none"}
		}
		return 0, &OrgError{Code: "org.choose", N: len(orgs)}
	}
	if id, err := strconv.ParseInt(key, 10, 64); err == nil {
		for _, o := range orgs {
			if o.ID == id {
				return id, nil
			}
		}
	}
	var found []OrgSummary
	for _, o := range orgs {
		if strings.EqualFold(strings.TrimSpace(o.Name), strings.TrimSpace(key)) {
			found = append(found, o)
		}
	}
	switch len(found) {
	case 1:
		return found[0].ID, nil
	case 0:
		return 0, &OrgError{Code: "org.unknown", Key: key}
	}
	return 0, &OrgError{Code: "org.same_name", Key: key, N: len(found)}
}

// OrgError says why no one organisation was found, in fi, sv and en. It
// matches ErrNoOrganisation with errors.Is.
type OrgError struct {
	Code string
	Key  string // the name or number asked for
	N    int    // how many organisations there are, or have that name
}

func (e *OrgError) Error() string { return ErrNoOrganisation.Error() + ": " + e.Text("en") }

// Unwrap makes errors.Is(err, ErrNoOrganisation) hold.
func (e *OrgError) Unwrap() error { return ErrNoOrganisation }

// Text is the error in lang.
func (e *OrgError) Text(lang string) string {
	return orgMessages.In(e.Code, lang, e.Key, strconv.Itoa(e.N))
}

var orgMessages = vocab.Messages{
	"org.none": {
		"Tietokannassa ei ole vielä organisaatioita. Tuo vastaukset komennolla tietosuojapakki import TIEDOSTO tai avaa ohjelman ikkuna.",
		"Databasen har ännu inga organisationer. Importera svaren med tietosuojapakki import FIL eller öppna programmets fönster.",
		"The database has no organisations yet. Import answers with tietosuojapakki import FILE or open the program's window."},
	"org.choose": {
		"Tietokannassa on {1} organisaatiota: valitse yksi valitsimella --org NIMI tai NUMERO (luettelo: tietosuojapakki orgs).",
		"Databasen har {1} organisationer: välj en med --org NAMN eller NUMMER (listan: tietosuojapakki orgs).",
		"The database has {1} organisations: choose one with --org NAME or NUMBER (the list: tietosuojapakki orgs)."},
	"org.unknown": {
		"Organisaatiota ”{0}” ei löydy. Luettelo: tietosuojapakki orgs.",
		"Organisationen ”{0}” hittas inte. Listan: tietosuojapakki orgs.",
		"No organisation “{0}”. The list: tietosuojapakki orgs."},
	"org.same_name": {
		"{1} organisaatiota on nimeltään ”{0}”: valitse numerolla, jonka tietosuojapakki orgs näyttää (--org NUMERO).",
		"{1} organisationer heter ”{0}”: välj med numret som tietosuojapakki orgs visar (--org NUMMER).",
		"{1} organisations are called “{0}”: choose by the number tietosuojapakki orgs shows (--org NUMBER)."},
}

// RenameOrganisation changes the organisation's name (in its answers too).
func (s *Store) RenameOrganisation(ctx context.Context, id int64, name string) error {
	return s.SetAnswer(ctx, id, "organisation.name", name)
}

// DeleteOrganisation removes an organisation with its answers, requests
// and document versions.
func (s *Store) DeleteOrganisation(ctx context.Context, id int64) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		// Mark the requests purged first: the history triggers allow
		// deleting events only of purged requests.
		if _, err := tx.Exec("UPDATE requests SET purged = 1 WHERE org_id = ?", id); err != nil {
			return err
		}
		res, err := tx.Exec("DELETE FROM organisations WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNoOrganisation
		}
		return nil
	})
}

// Answers loads the whole answers document of an organisation.
func (s *Store) Answers(ctx context.Context, id int64) (*Answers, error) {
	var raw string
	err := s.db.QueryRowContext(ctx, "SELECT answers FROM organisations WHERE id = ?", id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoOrganisation
	}
	if err != nil {
		return nil, wrapDB(err, s.path)
	}
	var a Answers
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return nil, fmt.Errorf("the answers of organisation %d cannot be read: %w", id, err)
	}
	return &a, nil
}

// SaveAnswers replaces the whole answers document (templates, import). It
// is stored in the normal form (see clean.go); a is left as it was.
func (s *Store) SaveAnswers(ctx context.Context, id int64, a *Answers) error {
	b, name, err := canonicalAnswers(a)
	if err != nil {
		return err
	}
	return s.withTx(ctx, func(tx *sql.Tx) error {
		return writeAnswers(tx, id, b, name, s.stamp())
	})
}

func writeAnswers(tx *sql.Tx, id int64, doc []byte, name, now string) error {
	res, err := tx.Exec("UPDATE organisations SET answers = ?, name = ?, updated_at = ? WHERE id = ?", string(doc), name, now, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNoOrganisation
	}
	return nil
}

// SetAnswer writes one answer at path (see GetPath) in its own transaction,
// as the wizard does for every field the user changes. The value must fit
// the answers' types: a value that would make the document unreadable is
// refused and nothing is written; so is a text longer than text.MaxRunes
// and a number outside its NumberBounds (an *Issue). What is written is in
// the normal form of clean.go: "(09) 4255 0692" is stored as
// "+358 9 4255 0692", "1.3.2022" as "2022-03-01", a zero-width space is
// dropped.
func (s *Store) SetAnswer(ctx context.Context, id int64, path string, value any) error {
	if err := checkValue(path, value); err != nil {
		return err
	}
	check := path
	if isZero(value) {
		check = "" // omitempty fields vanish when emptied
	}
	return s.editAnswers(ctx, id, func(doc any) (any, error) { return SetPath(doc, path, value) }, check)
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return text.Clean(x) == "" // stored as "": only spaces or invisible characters
	case bool:
		return !x
	case int:
		return x == 0
	case int64:
		return x == 0
	case float64:
		return x == 0
	}
	return false
}

// DeleteRecord removes the list element at path (e.g. "registers.1").
func (s *Store) DeleteRecord(ctx context.Context, id int64, path string) error {
	return s.editAnswers(ctx, id, func(doc any) (any, error) { return DeletePath(doc, path) }, "")
}

// editAnswers applies edit to the stored document and writes it back in its
// canonical form (as the typed model marshals it). When mustExist is set,
// that path must still be there afterwards: a path the model does not know
// would otherwise be dropped silently; and edit must change nothing
// outside mustExist, which lets a path inside one section be written
// without the whole document (answers_section.go).
func (s *Store) editAnswers(ctx context.Context, id int64, edit func(any) (any, error), mustExist string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		// An edit that names its path (mustExist) changes only that path:
		// when it lies inside one section, that section alone is
		// rewritten (answers_section.go).
		if mustExist != "" {
			if err := s.editSection(tx, id, mustExist, edit); !errors.Is(err, errNotSection) {
				return err
			}
		}
		var raw string
		err := tx.QueryRow("SELECT answers FROM organisations WHERE id = ?", id).Scan(&raw)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoOrganisation
		}
		if err != nil {
			return err
		}
		var doc any
		if err := json.Unmarshal([]byte(raw), &doc); err != nil {
			return err
		}
		doc, err = edit(doc)
		if err != nil {
			return err
		}
		b, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		// Round trip through the typed model: a value of the wrong type
		// is refused here rather than found when the answers are loaded.
		var a Answers
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("the answer does not fit: %w", err)
		}
		a.normalise()
		canon, err := json.Marshal(&a)
		if err != nil {
			return err
		}
		if mustExist != "" {
			var c any
			_ = json.Unmarshal(canon, &c)
			if !pathExists(c, mustExist) {
				return fmt.Errorf("unknown answer path %q", mustExist)
			}
		}
		return writeAnswers(tx, id, canon, a.Organisation.Name, s.stamp())
	})
}

// MaxRegisters is the most registers one organisation can have. A small
// business keeps a handful. Loading the answers and writing one answer
// take time in proportion to the registers (BenchmarkScale, 2 shared
// cores: about 40–90 ms and 55 ms at 1,000; 0.8 s and 0.7 s at 10,000),
// so the limit keeps the window quick. The import's problems and adding a
// register say it in fi, sv and en.
const MaxRegisters = 1000

// ErrAnswerChanged is returned by DeleteRecordIf and SetAnswerIf when the
// stored value is no longer the one the caller showed: another writer
// changed it meanwhile, and nothing was written. Reload and ask again.
var ErrAnswerChanged = errors.New("the answer was changed meanwhile by another window or command")

// AppendRecord appends value (a record such as a Register, or a decoded
// JSON value) to the list at listPath (e.g. "registers") and returns its
// index. The list is read as stored inside the same immediate
// transaction, so records another writer added meanwhile are kept.
func (s *Store) AppendRecord(ctx context.Context, id int64, listPath string, value any) (int, error) {
	var index int
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		index, err = s.appendSection(tx, id, listPath, value)
		return err
	})
	if !errors.Is(err, errNotSection) {
		if err != nil {
			return 0, err
		}
		return index, nil
	}
	err = s.editAnswers(ctx, id, func(doc any) (any, error) {
		list, _ := GetPath(doc, listPath).([]any)
		index = len(list)
		if listPath == "registers" && index >= MaxRegisters {
			return doc, Problems{{Path: listPath, Err: issue("registers.too_many", index+1, MaxRegisters)}}
		}
		v, err := toJSONValue(value)
		if err != nil {
			return doc, err
		}
		return SetPath(doc, listPath+"."+strconv.Itoa(index), v)
	}, listPath)
	if err != nil {
		return 0, err
	}
	return index, nil
}

// DeleteRecordIf removes the list element at path (e.g. "registers.3")
// only when it still equals expect, the record as the caller showed it;
// otherwise ErrAnswerChanged and nothing is written. A nil expect deletes
// whatever is there (DeleteRecord).
func (s *Store) DeleteRecordIf(ctx context.Context, id int64, path string, expect any) error {
	return s.editAnswers(ctx, id, func(doc any) (any, error) {
		if expect != nil {
			if same, err := sameJSON(GetPath(doc, path), expect); err != nil || !same {
				if err == nil {
					err = ErrAnswerChanged
				}
				return doc, err
			}
		}
		return DeletePath(doc, path)
	}, "")
}

// SetAnswerIf writes value at path only when the stored value still
// equals old (what the caller showed); otherwise ErrAnswerChanged and
// nothing is written.
func (s *Store) SetAnswerIf(ctx context.Context, id int64, path string, old, value any) error {
	check := path
	if isZero(value) {
		check = ""
	}
	return s.editAnswers(ctx, id, func(doc any) (any, error) {
		if same, err := sameJSON(GetPath(doc, path), old); err != nil || !same {
			if err == nil {
				err = ErrAnswerChanged
			}
			return doc, err
		}
		return SetPath(doc, path, value)
	}, check)
}

// RemoveListValue removes every element equal to value from the list of
// strings at path (e.g. a register's processor_ids), as stored now.
func (s *Store) RemoveListValue(ctx context.Context, id int64, path, value string) error {
	return s.editAnswers(ctx, id, func(doc any) (any, error) {
		list, ok := GetPath(doc, path).([]any)
		if !ok {
			return doc, nil
		}
		kept := []any{}
		for _, v := range list {
			if sv, _ := v.(string); sv != value {
				kept = append(kept, v)
			}
		}
		return SetPath(doc, path, kept)
	}, "")
}

// toJSONValue turns a Go value into its decoded JSON form.
func toJSONValue(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	return out, json.Unmarshal(b, &out)
}

// sameJSON compares two values by their JSON form; a missing value (nil)
// equals only nil.
func sameJSON(a, b any) (bool, error) {
	ja, err := toJSONValue(a)
	if err != nil {
		return false, err
	}
	jb, err := toJSONValue(b)
	if err != nil {
		return false, err
	}
	ba, _ := json.Marshal(ja)
	bb, _ := json.Marshal(jb)
	return string(ba) == string(bb), nil
}

// DataVersion is a number that changes when another connection to the
// database (another process: the command line, or another Store) has
// committed a change since the last call, and stays the same for this
// store's own writes (SQLite's PRAGMA data_version on the store's
// connection). The window polls it, about once a second while it has the
// focus, and reloads the data of the screen shown when it changes.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	err := s.db.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, wrapDB(err, s.path)
}
