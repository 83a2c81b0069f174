package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"tietosuojapakki/data/duedate"
)

// The breach log's own retention. The log must document every breach
// (GDPR art. 33(5)), but its texts name people and what befell them, so a
// closed breach keeps them only for the organisation's chosen time
// (BreachLogRule). A purge replaces them with BreachPurgedText and leaves
// the history one "purged" event; the reference, the times, the risk and
// the state stay, so the counts and the 72-hour record remain.

// BreachPurgedText replaces the personal texts of a purged breach. It is
// the same in every language: the window shows it as it is.
const BreachPurgedText = "[poistettu – raderad – removed]"

// BreachRetentionMonths is the organisation's retention of a closed
// breach's personal content, in months after closing, or
// DefaultBreachRetentionMonths while none has been chosen.
func (s *Store) BreachRetentionMonths(ctx context.Context, org int64) (int, error) {
	a, err := s.Answers(ctx, org)
	if err != nil {
		return 0, err
	}
	if a.BreachLog.RetentionMonths > 0 {
		return a.BreachLog.RetentionMonths, nil
	}
	return DefaultBreachRetentionMonths, nil
}

// SetBreachRetentionMonths stores the retention, within NumberBounds
// (1–1200 months); an *Issue otherwise.
func (s *Store) SetBreachRetentionMonths(ctx context.Context, org int64, months int) error {
	if err := CheckNumber("breach_log.retention_months", months); err != nil || months == 0 {
		if err == nil {
			err = issue("number.range", NumberBounds["breach_log.retention_months"].Min, NumberBounds["breach_log.retention_months"].Max)
		}
		return err
	}
	return s.SetAnswer(ctx, org, "breach_log.retention_months", months)
}

// breachCutoff is the instant (RFC 3339, UTC) before which a closing makes
// a breach expired today: the start of today (Helsinki) less the retention.
func (s *Store) breachCutoff(ctx context.Context, org int64) (string, error) {
	months, err := s.BreachRetentionMonths(ctx, org)
	if err != nil {
		return "", err
	}
	day := duedate.AddMonths(s.Today(), -months)
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, Helsinki)
	return instant(start), nil
}

// expiredBreachWhere selects the closed, not yet purged breaches closed
// before the cutoff (instants in one RFC 3339 UTC form compare as text).
const expiredBreachWhere = "org_id = ? AND closed_at <> '' AND closed_at < ? AND description <> ?"

// ExpiredBreaches lists the references of the closed breaches whose
// retention has ended today and whose content is not purged yet.
func (s *Store) ExpiredBreaches(ctx context.Context, org int64) ([]string, error) {
	cutoff, err := s.breachCutoff(ctx, org)
	if err != nil {
		return nil, err
	}
	return s.queryRefs(ctx, "SELECT ref FROM breaches WHERE "+expiredBreachWhere+" ORDER BY year, seq", org, cutoff, BreachPurgedText)
}

// PurgeBreaches replaces the personal content of every expired breach
// (description, data subjects, consequences, measures, the reasons and how
// the data subjects were told) with BreachPurgedText, leaves its history
// one "purged" event, and returns how many were purged. The program's own
// copies (OwnCopies) are then purged of the same breaches, as
// PurgeExpired does for requests, so the texts are in no file the program
// made.
func (s *Store) PurgeBreaches(ctx context.Context, org int64) (int, error) {
	cutoff, err := s.breachCutoff(ctx, org)
	if err != nil {
		return 0, err
	}
	var n int
	at, by := s.stamp(), s.userName()
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		n, err = purgeBreachRows(tx, at, by, expiredBreachWhere, org, cutoff, BreachPurgedText)
		return err
	})
	if err != nil || n == 0 {
		return n, err
	}
	// The old rows also live in the -wal until a checkpoint; with
	// secure_delete on, this leaves the texts in neither file.
	_, _ = s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return n, s.scrubBreachCopies(ctx)
}

// purgeBreachRows purges the breaches that where (with args) selects. The
// history is append-only while its breach exists, so each breach row is
// deleted (its history goes with it, ON DELETE CASCADE) and written again
// under the same id with the texts replaced, and one "purged" event.
func purgeBreachRows(tx *sql.Tx, at, by, where string, args ...any) (int, error) {
	rows, err := tx.Query("SELECT id FROM breaches WHERE "+where, args...)
	if err != nil {
		return 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, id := range ids {
		if err := purgeBreachRow(tx, id, at, by); err != nil {
			return 0, fmt.Errorf("breach %d: %w", id, err)
		}
	}
	return len(ids), nil
}

func purgeBreachRow(tx *sql.Tx, id int64, at, by string) error {
	var (
		org, subjects, records, year, seq                                    int64
		ref, aware, occurred, risk, notified, caseNo, informed, told, closed string
		texts                                                                [7]string
	)
	err := tx.QueryRow(`SELECT org_id, ref, year, seq, aware_at, occurred_at, subjects_approx, records_approx, risk,
		notified_at, authority_case, subjects_informed_at, controller_told_at, closed_at, data_subjects, consequences,
		measures, risk_reasons, delay_reasons, subjects_how, subjects_not_reason FROM breaches WHERE id = ?`, id).Scan(
		&org, &ref, &year, &seq, &aware, &occurred, &subjects, &records, &risk, &notified, &caseNo, &informed, &told, &closed,
		&texts[0], &texts[1], &texts[2], &texts[3], &texts[4], &texts[5], &texts[6])
	if err != nil {
		return err
	}
	// A text that was empty stays empty: the marker says only that
	// something was removed.
	for i := range texts {
		if texts[i] != "" {
			texts[i] = BreachPurgedText
		}
	}
	if _, err := tx.Exec("DELETE FROM breaches WHERE id = ?", id); err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO breaches(id, org_id, ref, year, seq, aware_at, occurred_at, subjects_approx, records_approx,
		risk, notified_at, authority_case, subjects_informed_at, controller_told_at, closed_at, description, data_subjects,
		consequences, measures, risk_reasons, delay_reasons, subjects_how, subjects_not_reason)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		id, org, ref, year, seq, aware, occurred, subjects, records, risk, notified, caseNo, informed, told, closed,
		BreachPurgedText, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6])
	if err != nil {
		return err
	}
	return insertBreachEvent(tx, id, Event{At: at, By: by, Kind: EventPurged})
}

// purgedBreaches lists the breaches of db whose content is purged; none
// in a database from before the breach log.
func purgedBreaches(db *sql.DB) ([]refKey, error) {
	if !hasBreachTable(db) {
		return nil, nil
	}
	rows, err := db.Query("SELECT org_id, ref FROM breaches WHERE description = ?", BreachPurgedText)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []refKey
	for rows.Next() {
		var k refKey
		if err := rows.Scan(&k.org, &k.ref); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// hasBreachTable reports whether q's database has the breach log (a copy
// from before migration 0003 has not).
func hasBreachTable(q querier) bool {
	var n int
	err := q.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'breaches'").Scan(&n)
	return err == nil && n > 0
}

// purgeBreachKeys purges, in the database of tx, the breaches of keys not
// purged there yet (a restore carries the purges of the database it
// replaces into the copy put in place), and returns how many.
func purgeBreachKeys(tx *sql.Tx, keys []refKey, at string) (int, error) {
	if len(keys) == 0 || !hasBreachTable(tx) {
		return 0, nil
	}
	total := 0
	for _, k := range keys {
		n, err := purgeBreachRows(tx, at, "", "org_id = ? AND ref = ? AND description <> ?", k.org, k.ref, BreachPurgedText)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// scrubBreachCopies purges, in every copy the program made (OwnCopies),
// the breaches purged in the database. Like ScrubBackups, each copy is
// rewritten under a temporary name and renamed over the old one; a copy
// that cannot be scrubbed is reported and the others are still done.
func (s *Store) scrubBreachCopies(ctx context.Context) error {
	keys, err := purgedBreaches(s.db)
	if err != nil || len(keys) == 0 {
		return err
	}
	return s.eachOwnCopy(ctx, func(c string) error { return scrubBreachCopy(c, keys, s.stamp()) })
}

// breachesInCopy counts the breaches of keys in the copy at path whose
// content is not purged; -1 when it cannot tell. A copy from before the
// breach log has none.
func breachesInCopy(path string, keys []refKey) int {
	db, err := sql.Open("sqlite", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return -1
	}
	defer db.Close()
	if !hasBreachTable(db) {
		return 0
	}
	total := 0
	for _, k := range keys {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM breaches WHERE org_id = ? AND ref = ? AND description <> ?", k.org, k.ref, BreachPurgedText).Scan(&n); err != nil {
			return -1
		}
		total += n
	}
	return total
}

func scrubBreachCopy(path string, keys []refKey, at string) error {
	if breachesInCopy(path, keys) == 0 {
		return nil
	}
	tmp, hold, err := copyToTemp(path, filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer removeWithJournals(tmp) // gone after the rename
	defer hold.Release()
	db, err := openCopy(tmp)
	if err != nil {
		return err
	}
	err = func() error {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if _, err := purgeBreachKeys(tx, keys, at); err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		_, err = db.Exec("VACUUM") // no free page keeps a purged text
		return err
	}()
	if err != nil {
		db.Close()
		return err
	}
	if err := closeCopy(db, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(path)
}
