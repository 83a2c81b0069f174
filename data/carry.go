package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// What a restore carries over from the database it replaces into the one
// it puts in place, and what a purge does to the program's own copies:
//
//   - Reference numbers are never given twice. The store keeps, per
//     organisation and year, the highest running number it has issued
//     (the setting "refs.high.<org>.<year>"), and AddRequest numbers above
//     it. A restore writes the replaced database's marks into the restored
//     copy, so a request added after restoring an older backup gets a new
//     number, never one that was already given to someone else.
//   - A purge is never undone. A restore purges in the restored copy every
//     request that the replaced database had purged; and a purge purges
//     the same requests in every backup the program made (ScrubBackups).

// highKeyPrefix starts the settings holding reference high-water marks.
const highKeyPrefix = "refs.high."

func highKey(org int64, year string) string {
	return highKeyPrefix + strconv.FormatInt(org, 10) + "." + year
}

// refKey is one request reference of one organisation.
type refKey struct {
	org int64
	ref string
}

// carried is what the restore takes from the replaced database.
type carried struct {
	high     map[string]int // settings key -> highest number issued
	purged   []refKey
	breaches []refKey // breaches whose content is purged (breach_retention.go)
}

// readCarried reads the high-water marks and purged references of db.
func readCarried(db *sql.DB) (*carried, error) {
	c := &carried{high: map[string]int{}}
	rows, err := db.Query(`SELECT org_id, year, MAX(seq) FROM requests GROUP BY org_id, year`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var org int64
		var year string
		var seq int
		if err := rows.Scan(&org, &year, &seq); err != nil {
			rows.Close()
			return nil, err
		}
		c.high[highKey(org, year)] = seq
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := readHighSettings(db, c.high); err != nil {
		return nil, err
	}
	if c.purged, err = purgedRefs(db); err != nil {
		return nil, err
	}
	if c.breaches, err = purgedBreaches(db); err != nil {
		return nil, err
	}
	return c, nil
}

// readHighSettings raises marks in high to those stored in db's settings.
func readHighSettings(db *sql.DB, high map[string]int) error {
	rows, err := db.Query("SELECT key, value FROM settings WHERE key LIKE 'refs.high.%'")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		if n, err := strconv.Atoi(v); err == nil && n > high[k] {
			high[k] = n
		}
	}
	return rows.Err()
}

// purgedRefs lists the purged requests of db.
func purgedRefs(db *sql.DB) ([]refKey, error) {
	rows, err := db.Query("SELECT org_id, ref FROM requests WHERE purged = 1")
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

// openCopy opens a database file that only this process uses (a restore's
// or a scrub's private copy) for writing, with secure_delete on so that
// purged values are overwritten in the file.
func openCopy(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, "_pragma=busy_timeout(5000)&_pragma=secure_delete(1)&_pragma=foreign_keys(1)"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// closeCopy ends the use of a private copy: its journal is moved into the
// file and removed, and the file synced, so that it can be renamed into
// place alone.
func closeCopy(db *sql.DB, path string) error {
	var mode string
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err == nil && mode == "wal" {
		var busy, frames, done int
		if err := db.QueryRow("PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &frames, &done); err != nil {
			db.Close()
			return err
		}
	}
	if err := db.Close(); err != nil {
		return err
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return fmt.Errorf("%s: the copy's journal could not be emptied", path)
	}
	if err := removeJournals(path); err != nil {
		return err
	}
	return syncFile(path)
}

// applyCarried writes c into the database file at path (a restore's copy,
// not yet in place): the high-water marks, and the purges. wal switches
// the copy to the store's journal mode (WAL) too.
func applyCarried(path string, c *carried, at string, wal bool) error {
	db, err := openCopy(path)
	if err != nil {
		return err
	}
	n := 0
	err = func() error {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		defer tx.Rollback()
		for k, seq := range c.high {
			if _, err := tx.Exec(`INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE
				SET value = CASE WHEN CAST(value AS INTEGER) < CAST(excluded.value AS INTEGER) THEN excluded.value ELSE value END`,
				k, strconv.Itoa(seq)); err != nil {
				return err
			}
		}
		if n, err = purgeKeys(tx, c.purged, at); err != nil {
			return err
		}
		m, err := purgeBreachKeys(tx, c.breaches, at)
		if err != nil {
			return err
		}
		n += m
		return tx.Commit()
	}()
	if err == nil && n > 0 {
		_, err = db.Exec("VACUUM") // no free page keeps a purged value
	}
	if err == nil && wal {
		// In place already in the store's journal mode: the first opens
		// after the restore need not switch it, all at once.
		err = db.QueryRow("PRAGMA journal_mode = WAL").Scan(new(string))
	}
	if err != nil {
		db.Close()
		return err
	}
	return closeCopy(db, path)
}

// purgeKeys purges the given requests where they are not purged yet.
func purgeKeys(tx *sql.Tx, keys []refKey, at string) (int, error) {
	n := 0
	for _, k := range keys {
		m, err := purgeRows(tx, at, "", "org_id = ? AND ref = ? AND purged = 0", k.org, k.ref)
		if err != nil {
			return n, err
		}
		n += m
	}
	return n, nil
}

// OwnCopies lists the copies of the database at dbPath that the program
// made and keeps: the backups folder's files and the copies taken before
// a schema update.
func OwnCopies(dbPath string) ([]string, error) {
	real := realOrSame(dbPath)
	var out []string
	have, err := Backups(real)
	if err != nil {
		return nil, err
	}
	for _, b := range have {
		out = append(out, b.Path)
	}
	pre, err := filepath.Glob(globEscape(real) + ".before-schema-*.bak")
	if err != nil {
		return nil, err
	}
	return append(out, pre...), nil
}

// globEscape escapes the characters filepath.Glob reads as patterns.
func globEscape(s string) string {
	return strings.NewReplacer(`[`, `\[`, `*`, `\*`, `?`, `\?`).Replace(s)
}

// ScrubBackups purges, in every copy the program made of the database
// (OwnCopies), the requests that are purged in the database. Each copy is
// rewritten under a temporary name and renamed over the old one, so it is
// whole at every moment. A copy that cannot be read is left as it is and
// reported; the others are still scrubbed.
func (s *Store) ScrubBackups(ctx context.Context) error {
	keys, err := purgedRefs(s.db)
	if err != nil || len(keys) == 0 {
		return err
	}
	return s.eachOwnCopy(ctx, func(c string) error { return scrubCopy(c, keys, s.stamp()) })
}

// eachOwnCopy runs scrub on every copy the program made of the database
// (OwnCopies). A copy that fails is reported with its name and the others
// are still done; a cancelled ctx stops the round.
func (s *Store) eachOwnCopy(ctx context.Context, scrub func(path string) error) error {
	copies, err := OwnCopies(s.path)
	if err != nil {
		return err
	}
	var errs []error
	for _, c := range copies {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := scrub(c); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", c, err))
		}
	}
	return errors.Join(errs...)
}

// scrubCopy purges keys in the copy at path, when any of them is there
// unpurged.
func scrubCopy(path string, keys []refKey, at string) error {
	if !holdsUnpurged(path, keys) {
		return nil
	}
	tmp, hold, err := copyToTemp(path, filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer removeWithJournals(tmp) // gone after the rename
	defer hold.Release()
	if err := applyCarried(tmp, &carried{purged: keys}, at, false); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(path)
}

// holdsUnpurged reports whether the copy at path still has personal data of
// one of keys. It reads the file as it is (immutable), and says true when
// it cannot tell.
func holdsUnpurged(path string, keys []refKey) bool {
	db, err := sql.Open("sqlite", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return true
	}
	defer db.Close()
	have, err := purgedRefs(db)
	if err != nil {
		return true
	}
	done := map[refKey]bool{}
	for _, k := range have {
		done[k] = true
	}
	var n int
	for _, k := range keys {
		if done[k] {
			continue
		}
		if err := db.QueryRow("SELECT count(*) FROM requests WHERE org_id = ? AND ref = ?", k.org, k.ref).Scan(&n); err != nil || n > 0 {
			return true
		}
	}
	return false
}

// removeWithJournals removes a private copy and any journal beside it.
func removeWithJournals(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(path + suffix) // a missing one is fine
	}
}
