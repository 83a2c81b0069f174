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
	b, name, err := canonical(a)
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
		return nil, err
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
			return 0, fmt.Errorf("%w: the database has no organisations yet", ErrNoOrganisation)
		}
		return 0, fmt.Errorf("%w: the database has %d organisations; choose one with --org", ErrNoOrganisation, len(orgs))
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
		return 0, fmt.Errorf("%w: %q", ErrNoOrganisation, key)
	}
	return 0, fmt.Errorf("%w: %d organisations are called %q; use the number shown by 'orgs'", ErrNoOrganisation, len(found), key)
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
		return nil, err
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
	b, name, err := canonical(a)
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
// would otherwise be dropped silently.
func (s *Store) editAnswers(ctx context.Context, id int64, edit func(any) (any, error), mustExist string) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
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
