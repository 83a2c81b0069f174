package data

import (
	"context"
	"database/sql"
	"time"

	"tietosuojapakki/data/duedate"
)

// The log holds personal data itself, so closed entries are kept only for
// the organisation's chosen time after they were answered. A purge blanks
// the personal fields of expired entries and deletes their history, but
// keeps the row (reference, dates, rights, status), so the reports still
// count the request, anonymously.

// LogRetentionMonths is the organisation's retention of closed log entries,
// or DefaultLogRetentionMonths while none has been chosen.
func (s *Store) LogRetentionMonths(ctx context.Context, org int64) (int, error) {
	a, err := s.Answers(ctx, org)
	if err != nil {
		return 0, err
	}
	if a.RequestLog.RetentionMonths > 0 {
		return a.RequestLog.RetentionMonths, nil
	}
	return DefaultLogRetentionMonths, nil
}

// SetLogRetentionMonths stores the retention; 1–240 months.
func (s *Store) SetLogRetentionMonths(ctx context.Context, org int64, months int) error {
	if months < 1 || months > 240 {
		return reqErr("retention", "retention_range")
	}
	return s.SetAnswer(ctx, org, "request_log.retention_months", months)
}

// purgeCutoff is the last answer date that is not yet expired: entries
// answered before it have been kept their full time.
func (s *Store) purgeCutoff(ctx context.Context, org int64) (string, error) {
	months, err := s.LogRetentionMonths(ctx, org)
	if err != nil {
		return "", err
	}
	return duedate.AddMonths(s.Today(), -months).Format(time.DateOnly), nil
}

const expiredWhere = "org_id = ? AND purged = 0 AND status <> 'open' AND answered_on <> '' AND answered_on < ?"

// ExpiredRequests lists the references whose retention has ended today.
func (s *Store) ExpiredRequests(ctx context.Context, org int64) ([]string, error) {
	cutoff, err := s.purgeCutoff(ctx, org)
	if err != nil {
		return nil, err
	}
	return s.queryRefs(ctx, "SELECT ref FROM requests WHERE "+expiredWhere+" ORDER BY year, seq", org, cutoff)
}

// queryRefs runs a query whose one column is a reference and returns the
// references in the query's order.
func (s *Store) queryRefs(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var ref string
		if err := rows.Scan(&ref); err != nil {
			return nil, err
		}
		out = append(out, ref)
	}
	return out, rows.Err()
}

// PurgeExpired removes the personal data of every expired entry (name,
// contact, identity method, reasons, outcome, and the history) and returns
// how many entries were purged. Each keeps one "purged" event. The
// program's own copies (the backups folder, the copies taken before a
// schema update) are then purged of the same entries (ScrubBackups), so
// the names are gone from every file the program made.
func (s *Store) PurgeExpired(ctx context.Context, org int64) (int, error) {
	cutoff, err := s.purgeCutoff(ctx, org)
	if err != nil {
		return 0, err
	}
	var n int
	at, by := s.stamp(), s.userName()
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		n, err = purgeRows(tx, at, by, expiredWhere, org, cutoff)
		return err
	})
	if err != nil || n == 0 {
		return n, err
	}
	// The old rows also live in the -wal until a checkpoint; with
	// secure_delete on, this leaves the names in neither file.
	_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return n, s.ScrubBackups(ctx)
}

// purgeRows blanks the personal fields of the requests that where (with
// args) selects, deletes their history but for one "purged" event, and
// returns how many were purged. where must select only rows with
// purged = 0.
func purgeRows(tx *sql.Tx, at, by, where string, args ...any) (int, error) {
	// purged = 1 first: the trigger on request_events then allows
	// deleting the history of these requests (and of no other).
	res, err := tx.Exec(`UPDATE requests SET purged = 1, requester_name = '', requester_contact = '',
		identity_method = '', extension_reason = '', outcome = '', refusal_details = ''
		WHERE `+where, args...)
	if err != nil {
		return 0, err
	}
	affected, err := res.RowsAffected()
	if err != nil || affected == 0 {
		return 0, err
	}
	// Set-based, so a purge of many entries needs no list of ids.
	if _, err := tx.Exec(`DELETE FROM request_events WHERE kind <> 'purged' AND request_id IN
		(SELECT id FROM requests WHERE purged = 1)`); err != nil {
		return 0, err
	}
	_, err = tx.Exec(`INSERT INTO request_events(request_id, at, by, kind)
		SELECT id, ?, ?, ? FROM requests r WHERE purged = 1
		AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.kind = ?)`,
		at, by, EventPurged, EventPurged)
	return int(affected), err
}
