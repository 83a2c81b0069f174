package data

import (
	"context"
	"database/sql"
	"fmt"
)

// ImportFile adds the file's organisation with its request log, issued
// documents and breach log in one
// transaction: either all of it is there afterwards or none of it. f is
// first put into the stored normal form (in place; see clean.go), then it
// must pass CheckFile (ParseFile has done both already).
func (s *Store) ImportFile(ctx context.Context, f *File) (int64, error) {
	f.normalise()
	if ps := CheckFile(f); len(ps) > 0 {
		return 0, ps
	}
	var orgID int64
	now := s.stamp()
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var err error
		orgID, err = insertOrganisation(tx, &f.Answers, now)
		if err != nil {
			return err
		}
		for i := range f.Requests {
			r := f.Requests[i]
			if len(r.History) == 0 {
				// A file written by hand has no history: start one, so the
				// entry is not without a trace of where it came from.
				r.History = []Event{{At: now, Kind: EventImported}}
			}
			if _, err := insertRequest(tx, orgID, &r); err != nil {
				return fmt.Errorf("request %s: %w", r.Ref, err)
			}
		}
		for _, v := range f.Documents {
			if err := insertVersion(tx, orgID, v); err != nil {
				return fmt.Errorf("document %s %s version %d: %w", v.Kind, v.Scope, v.Version, err)
			}
		}
		for i := range f.Breaches {
			if err := insertBreach(tx, orgID, &f.Breaches[i], now); err != nil {
				return fmt.Errorf("breach %s: %w", f.Breaches[i].Ref, err)
			}
		}
		return nil
	})
	return orgID, err
}

// ExportFile gives one organisation's answers and request log, with each
// request's history, in the portable format.
func (s *Store) ExportFile(ctx context.Context, orgID int64) (*File, error) {
	a, err := s.Answers(ctx, orgID)
	if err != nil {
		return nil, err
	}
	f := &File{Format: FileFormat, Version: FileVersion, Answers: *a, Requests: []Request{}}
	PruneTranslations(&f.Answers) // a file carries no stale translations
	rows, err := s.db.QueryContext(ctx, "SELECT "+entryColumns+" FROM requests WHERE org_id = ? ORDER BY year, seq", orgID)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, e.id)
		f.Requests = append(f.Requests, e.Request)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i, id := range ids {
		if f.Requests[i].History, err = queryEvents(s.db, id); err != nil {
			return nil, err
		}
	}
	if f.Documents, err = s.allVersions(ctx, orgID); err != nil {
		return nil, err
	}
	if f.Breaches, err = s.breachesForFile(ctx, orgID); err != nil {
		return nil, err
	}
	return f, nil
}
