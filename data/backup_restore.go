package data

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"tietosuojapakki/data/vocab"
)

// RefusedError says why a file cannot be restored. Nothing has been
// changed when it is returned.
type RefusedError struct {
	Code   string // refuseNotSQLite, refuseDamaged, refuseNewer, refuseForeign
	Detail string
}

// Reasons a file is refused.
const (
	RefuseNotSQLite = "not-sqlite"
	RefuseDamaged   = "damaged"
	RefuseNewer     = "newer"
	RefuseForeign   = "foreign"
	RefuseInUse     = "in-use"
)

var refusedTexts = vocab.Messages{
	RefuseNotSQLite: {
		"Tiedosto ei ole Tietosuojapakin tietokanta eikä sen varmuuskopio.",
		"Filen är inte en databas eller säkerhetskopia från Tietosuojapakki.",
		"The file is not a Tietosuojapakki database or backup."},
	RefuseDamaged: {
		"Varmuuskopio on vaurioitunut, eikä sitä voi palauttaa.",
		"Säkerhetskopian är skadad och kan inte återställas.",
		"The backup is damaged and cannot be restored."},
	RefuseNewer: {
		"Varmuuskopio on tehty Tietosuojapakin uudemmalla versiolla. Päivitä ohjelma ensin.",
		"Säkerhetskopian är gjord med en nyare version av Tietosuojapakki. Uppdatera programmet först.",
		"The backup was made by a newer version of Tietosuojapakki. Update the program first."},
	RefuseInUse: {
		"Tiedoston vieressä on keskeneräisten muutosten tiedosto (-wal): tiedosto on ehkä auki toisessa ohjelmassa. Sulje se ohjelma ja yritä uudelleen.",
		"Bredvid filen finns en fil med ofullbordade ändringar (-wal): filen är kanske öppen i ett annat program. Stäng det och försök igen.",
		"The file has a file of unfinished changes (-wal) beside it: it may be open in another program. Close that program and try again."},
	RefuseForeign: {
		"Tiedosto on SQLite-tietokanta, mutta ei Tietosuojapakin.",
		"Filen är en SQLite-databas men inte från Tietosuojapakki.",
		"The file is a SQLite database, but not Tietosuojapakki's."},
}

func (e *RefusedError) Error() string { return e.Message("en") + " (" + e.Detail + ")" }

// Message is the reason in lang, for the user. Nothing was changed.
func (e *RefusedError) Message(lang string) string {
	return refusedTexts.In(e.Code, lang)
}

// CheckBackup tells whether the file at path can be restored: a SQLite
// file, whole (integrity_check), of this program (it has the
// organisations table) and not from a newer version. It reads the file as
// it is on disk (immutable: no journal is looked at or made), so it never
// changes it. A refusal is a *RefusedError.
func CheckBackup(path string) error {
	if err := checkHeader(path); err != nil {
		if errors.Is(err, ErrDamaged) {
			return &RefusedError{RefuseNotSQLite, err.Error()}
		}
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, "mode=ro&immutable=1"))
	if err != nil {
		return err
	}
	defer db.Close()
	if err := runCheck(db, path, "integrity_check"); err != nil {
		if errors.Is(err, ErrDamaged) {
			return &RefusedError{RefuseDamaged, err.Error()}
		}
		return err
	}
	var version, tables int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return &RefusedError{RefuseDamaged, err.Error()}
	}
	if version > SchemaVersion() {
		return &RefusedError{RefuseNewer, fmt.Sprintf("schema %d, this program knows %d", version, SchemaVersion())}
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'organisations'").Scan(&tables); err != nil {
		return &RefusedError{RefuseDamaged, err.Error()}
	}
	if tables == 0 {
		return &RefusedError{RefuseForeign, "no organisations table"}
	}
	return nil
}

// NewestGoodBackup is the newest backup of the database at dbPath that
// passes CheckBackup, or nil when there is none.
func NewestGoodBackup(dbPath string) (*Backup, error) {
	have, err := Backups(dbPath)
	if err != nil {
		return nil, err
	}
	for i := range have {
		if CheckBackup(have[i].Path) == nil {
			return &have[i], nil
		}
	}
	return nil, nil
}

// Restore replaces the database at dbPath with a copy of src. The store of
// dbPath must be closed, and the caller must hold its lock (AcquireLock),
// so that no window has it open.
//
// The copy is checked (CheckBackup) before anything else happens: a
// refused file changes nothing. The current database is then kept as a
// "before-restore" backup (or, when damaged, set aside as SetAside does),
// its journal is emptied and removed, and the copy is renamed into place,
// so at every moment the path holds either the old database or the new
// one. Restore returns where the old database was kept ("" when there was
// nothing in it to keep).
//
// Restore waits (up to 30 s) for the commands writing to the database to
// finish, and new ones wait for it (the writers lock, lock.go). It carries
// the replaced database's reference high-water marks and purges into the
// restored copy (carry.go), and follows links to the real file. Failures
// of the disk or the file are *DBError.
func Restore(dbPath, src string, now time.Time) (kept string, err error) {
	kept, err = restore(dbPath, src, now)
	return kept, wrapDB(err, dbPath)
}

func restore(dbPath, src string, now time.Time) (kept string, err error) {
	dbPath, err = RealPath(dbPath)
	if err != nil {
		return "", err
	}
	// A copy of a live database has its latest changes in the -wal beside
	// it; restoring the main file alone would drop them without a word.
	if fi, err := os.Stat(src + "-wal"); err == nil && fi.Size() > 0 {
		return "", &RefusedError{RefuseInUse, src + "-wal"}
	}
	tmp, hold, err := copyToTemp(src, filepath.Dir(dbPath), "."+filepath.Base(dbPath)+".restore-*")
	if err != nil {
		return "", err
	}
	defer removeWithJournals(tmp) // gone after the rename; removes a refused copy
	defer hold.Release()
	if err := CheckBackup(tmp); err != nil {
		return "", err
	}
	// From here on no command writes: each open store holds the writers
	// lock shared, and Open waits while it is held exclusively.
	w, err := lockWriters(dbPath, true)
	if err != nil {
		return "", err
	}
	defer w.Release()
	c, kept, err := keepCurrent(dbPath, now)
	if err != nil {
		return kept, err
	}
	if c != nil {
		if err := applyCarried(tmp, c, now.UTC().Format(time.RFC3339), true); err != nil {
			return kept, fmt.Errorf("carrying the reference numbers and purges into the restored copy: %w", err)
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return kept, err
	}
	return kept, syncDir(dbPath)
}

// copyToTemp copies src into a new private file in dir and syncs it. The
// copy is held (HoldTemp) until the returned lock is released, so that no
// start in another process takes it for a leftover.
func copyToTemp(src, dir, pattern string) (string, *Lock, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", nil, err
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, pattern) // mode 0600
	if err != nil {
		return "", nil, err
	}
	hold, err := HoldTemp(out.Name())
	if err == nil {
		if _, err = io.Copy(out, in); err == nil {
			err = out.Sync()
		}
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		hold.Release()
		os.Remove(out.Name())
		return "", nil, err
	}
	return out.Name(), hold, nil
}

// ErrInUse is returned by Restore when another program still has the
// database open and its journal cannot be emptied.
var ErrInUse = errors.New("the database is still in use by another program; close it first")

// keepCurrent saves the database at dbPath before a restore replaces it
// and leaves no -wal or -shm file behind that could be read together with
// the new file. It returns what the restore carries over from it (nil when
// it cannot be read) and where it was kept. The caller holds the writers
// lock exclusively.
func keepCurrent(dbPath string, now time.Time) (*carried, string, error) {
	fi, err := os.Stat(dbPath)
	if errors.Is(err, fs.ErrNotExist) || err == nil && fi.Size() == 0 {
		aside, err := keepJournalOnly(dbPath, now)
		return nil, aside, err
	}
	if err != nil {
		return nil, "", err
	}
	if err := Check(dbPath); err != nil {
		if errors.Is(err, ErrDamaged) {
			aside, err := setAside(dbPath, now)
			return nil, aside, err
		}
		return nil, "", err
	}
	db, err := sql.Open("sqlite", dsn(dbPath, "_pragma=busy_timeout(5000)"))
	if err != nil {
		return nil, "", err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	c, err := readCarried(db)
	if err != nil {
		return nil, "", fmt.Errorf("reading the current database before the restore: %w", err)
	}
	kept := ""
	if empty, err := holdsNothing(db); err != nil || !empty {
		// Kept also when that cannot be told: when in doubt, keep.
		if kept, err = newBackupPath(dbPath, BackupBeforeRestore, now); err != nil {
			return nil, "", err
		}
		if err := copyAtomic(db, kept); err != nil {
			return nil, "", fmt.Errorf("keeping the current database before the restore: %w", err)
		}
	}
	if err := emptyJournal(db, dbPath); err != nil {
		return nil, kept, err
	}
	return c, kept, nil
}

// keepJournalOnly handles a missing or empty database before a restore: a
// journal with no file is set aside all the same; an empty one removed.
func keepJournalOnly(dbPath string, now time.Time) (string, error) {
	if wal, err := os.Stat(dbPath + "-wal"); err == nil && wal.Size() > 0 {
		return setAside(dbPath, now)
	}
	return "", removeJournals(dbPath)
}

// emptyJournal moves everything in the database's journal into the file,
// closes db and removes the journal: a -wal left beside the new file
// would otherwise be replayed into it.
func emptyJournal(db *sql.DB, dbPath string) error {
	var busy, logFrames, done int
	if err := db.QueryRow("PRAGMA wal_checkpoint(TRUNCATE)").Scan(&busy, &logFrames, &done); err != nil {
		return err
	}
	if busy != 0 {
		return ErrInUse
	}
	if err := db.Close(); err != nil {
		return err
	}
	if fi, err := os.Stat(dbPath + "-wal"); err == nil && fi.Size() > 0 {
		return ErrInUse
	}
	return removeJournals(dbPath)
}

// removeJournals removes an empty journal left beside dbPath.
func removeJournals(dbPath string) error {
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(dbPath + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}
