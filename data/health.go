package data

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
)

// The start-up check: a damaged database is found before the window opens
// and set aside whole (never overwritten or deleted), so that the user can
// start again from a backup and the damaged file is still there for anyone
// who can save more of it.

// ErrDamaged is wrapped by every *DamageError.
var ErrDamaged = errors.New("the database file is damaged")

// DamageError says what is wrong with a damaged database file.
type DamageError struct {
	Path   string
	Reason string // in English, for the log and the expert
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("%s: the database file is damaged (%s)", e.Path, e.Reason)
}

func (e *DamageError) Unwrap() error { return ErrDamaged }

// Text says in lang what the user can do (see DBError).
func (e *DamageError) Text(lang string) string { return dbTexts.In(KindDamaged, lang, e.Path) }

// quickCheckAlways is the size up to which Open runs quick_check on every
// open; a bigger file is checked when a -wal is found beside it at open
// (a stray or unfinished journal is what damages a file in practice).
// Measured (BenchmarkScale, 2 shared cores): 0.8 ms at 200 registers,
// 5.5 ms at 1,000, 230 ms at 10,000; 16 MiB keeps an open under about
// 50 ms.
const quickCheckAlways = 16 << 20

// healthCheck runs quick_check when the file is small or has a -wal, and
// returns a *DamageError for a damaged file.
func (s *Store) healthCheck() error {
	fi, err := os.Stat(s.path)
	if err != nil {
		return err
	}
	if fi.Size() > quickCheckAlways {
		if wal, err := os.Stat(s.path + "-wal"); err != nil || wal.Size() == 0 {
			return nil
		}
	}
	return runCheck(s.db, s.path, "quick_check")
}

// sqliteHeader is how every SQLite database file begins.
const sqliteHeader = "SQLite format 3\x00"

// Check looks at the database at path quickly: its 100-byte header and
// SQLite's quick_check. A missing or empty file is fine (a new database).
// It returns a *DamageError for a damaged file and a plain error when the
// file cannot be read at all (permissions, a folder in its place).
func Check(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return fmt.Errorf("%s is a folder, not a database file", path)
	}
	if fi.Size() == 0 {
		return nil
	}
	if err := checkHeader(path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, "_pragma=busy_timeout(5000)"))
	if err != nil {
		return err
	}
	defer db.Close()
	return runCheck(db, path, "quick_check")
}

// checkHeader reads the header: a file cut short or written over at its
// start is damaged.
func checkHeader(path string) error {
	if openHere(path) {
		return nil // a store of this process has it open: see openfiles.go
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if n < len(sqliteHeader) || string(head[:len(sqliteHeader)]) != sqliteHeader {
		return &DamageError{path, "no SQLite header"}
	}
	if err != nil {
		return &DamageError{path, "the file is shorter than its header"}
	}
	return nil
}

// runCheck runs quick_check or integrity_check and turns SQLite's report
// of corruption into a *DamageError.
func runCheck(db *sql.DB, path, pragma string) error {
	rows, err := db.Query("PRAGMA " + pragma + "(5)")
	if err != nil {
		return damageOr(err, path)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return damageOr(err, path)
		}
		found = append(found, line)
	}
	if err := rows.Err(); err != nil {
		return damageOr(err, path)
	}
	if len(found) == 1 && found[0] == "ok" {
		return nil
	}
	return &DamageError{path, pragma + ": " + strings.Join(found, "; ")}
}

// damageOr returns a *DamageError for SQLite's "corrupt" and "not a
// database" results, and err itself otherwise (busy, no permission).
func damageOr(err error, path string) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case 11, 26: // SQLITE_CORRUPT, SQLITE_NOTADB
			return &DamageError{path, err.Error()}
		}
	}
	return err
}

// SetAside renames a damaged database, with its -wal and -shm files, to
// "<name>.damaged-<date-time>" beside it and returns the new name. Nothing
// is deleted, and an earlier set-aside file is never written over. It waits
// for the commands writing to the file to finish (the writers lock), and
// works on the real file when path is a link.
func SetAside(path string, now time.Time) (string, error) {
	path = realOrSame(path)
	w, err := lockWriters(path, true)
	if err != nil {
		return "", err
	}
	defer w.Release()
	return setAside(path, now)
}

func setAside(path string, now time.Time) (string, error) {
	base := path + ".damaged-" + now.Format("20060102-150405")
	target := base
	for i := 2; exists(target) || exists(target+"-wal"); i++ {
		target = fmt.Sprintf("%s-%d", base, i)
	}
	// The journal files first: were the main file renamed first and the
	// program stopped here, a new database could meet the old journal.
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		if err := os.Rename(path+suffix, target+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	if err := os.Rename(path, target); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return target, syncDir(path)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// syncDir makes a rename in path's folder survive a power cut.
func syncDir(path string) error {
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	_ = d.Sync() // some file systems cannot sync a folder; the rename stands
	return nil
}
