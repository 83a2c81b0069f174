package data

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// DocumentVersion is one issued version of a document: the privacy notice
// of all registers or of one, the processor terms, the practices page.
// In the answers file they travel with the organisation, so that moving to
// another laptop keeps the numbering and the change history.
type DocumentVersion struct {
	Kind     string `json:"kind"`  // notice, terms, practices
	Scope    string `json:"scope"` // "*" for all registers, or a register's name
	Version  int    `json:"version"`
	IssuedOn string `json:"issued_on"`          // YYYY-MM-DD
	Hash     string `json:"hash"`               // of the answers the document was made from
	Note     string `json:"note,omitempty"`     // what changed since the previous version (codes)
	Snapshot string `json:"snapshot,omitempty"` // those answers as JSON
}

// DocumentVersions lists the versions of one document, newest first.
func (s *Store) DocumentVersions(ctx context.Context, org int64, kind, scope string) ([]DocumentVersion, error) {
	return s.queryVersions(ctx, `SELECT kind, scope, version, issued_on, hash, note, snapshot FROM document_versions
		WHERE org_id = ? AND kind = ? AND scope = ? ORDER BY version DESC`, org, kind, scope)
}

// allVersions lists every issued version of an organisation's documents.
func (s *Store) allVersions(ctx context.Context, org int64) ([]DocumentVersion, error) {
	return s.queryVersions(ctx, `SELECT kind, scope, version, issued_on, hash, note, snapshot FROM document_versions
		WHERE org_id = ? ORDER BY kind, scope, version`, org)
}

func (s *Store) queryVersions(ctx context.Context, q string, args ...any) ([]DocumentVersion, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DocumentVersion
	for rows.Next() {
		var v DocumentVersion
		if err := rows.Scan(&v.Kind, &v.Scope, &v.Version, &v.IssuedOn, &v.Hash, &v.Note, &v.Snapshot); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func insertVersion(tx *sql.Tx, org int64, v DocumentVersion) error {
	_, err := tx.Exec(`INSERT INTO document_versions(org_id, kind, scope, version, issued_on, hash, note, snapshot)
		VALUES(?, ?, ?, ?, ?, ?, ?, ?)`, org, v.Kind, v.Scope, v.Version, v.IssuedOn, v.Hash, v.Note, v.Snapshot)
	return err
}

// IssueDocument records that a document made from answers with this hash
// was issued. Unchanged answers keep the newest version (issued reports
// false); changed answers get the next version number with today's date and
// the note made by noteFor from the previous version's snapshot.
func (s *Store) IssueDocument(ctx context.Context, org int64, kind, scope, hash, snapshot string,
	noteFor func(prevSnapshot string) string) (v DocumentVersion, issued bool, err error) {
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		var prev DocumentVersion
		err := tx.QueryRow(`SELECT version, issued_on, hash, note, snapshot FROM document_versions
			WHERE org_id = ? AND kind = ? AND scope = ? ORDER BY version DESC LIMIT 1`, org, kind, scope).
			Scan(&prev.Version, &prev.IssuedOn, &prev.Hash, &prev.Note, &prev.Snapshot)
		switch {
		case err == nil && prev.Hash == hash:
			v = prev
			return nil
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return err
		}
		v = DocumentVersion{Kind: kind, Scope: scope, Version: prev.Version + 1, IssuedOn: s.now().Format(time.DateOnly), Hash: hash, Snapshot: snapshot}
		if prev.Version > 0 && noteFor != nil {
			v.Note = noteFor(prev.Snapshot)
		}
		issued = true
		return insertVersion(tx, org, v)
	})
	return v, issued, err
}
