package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Backups: a copy of the database is taken automatically when the window
// opens, at most once a day, into a "backups" folder beside the database;
// the newest BackupsKept are kept. The user can also write a copy anywhere
// (BackupFile) and restore one (Restore, in backup_restore.go).

// BackupsKept is how many automatic backups are kept.
const BackupsKept = 10

// Kinds of backups in the backups folder.
const (
	BackupAuto          = "auto"           // taken at start
	BackupBeforeRestore = "before-restore" // the database a restore replaced
)

// backupStamp is the date-time in backup names: sorts as it reads.
const backupStamp = "20060102-150405"

// Backup is one file in the backups folder.
type Backup struct {
	Path  string
	Taken time.Time // local time, from the name
	Kind  string    // BackupAuto or BackupBeforeRestore
}

// BackupDir is the backups folder of the database at dbPath: beside the
// real file when dbPath is a link.
func BackupDir(dbPath string) string {
	return filepath.Join(filepath.Dir(realOrSame(dbPath)), "backups")
}

// stem is the database's name without its extension: backups of
// "tietosuojapakki.db" are "tietosuojapakki-<date-time>.db".
func stem(dbPath string) string {
	b := filepath.Base(dbPath)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

var backupName = regexp.MustCompile(`^(.+)-(\d{8}-\d{6})(-\d+)?(-before-restore)?\.db$`)

// Backups lists the backups of the database at dbPath, newest first. A
// missing folder is no backups.
func Backups(dbPath string) ([]Backup, error) {
	dbPath = realOrSame(dbPath)
	entries, err := os.ReadDir(BackupDir(dbPath))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, e := range entries {
		m := backupName.FindStringSubmatch(e.Name())
		if m == nil || m[1] != stem(dbPath) || !e.Type().IsRegular() {
			continue
		}
		// A copy with a hot journal beside it was cut while written (by
		// an earlier version, which wrote copies in place): not a backup.
		if exists(filepath.Join(BackupDir(dbPath), e.Name()+"-journal")) {
			continue
		}
		t, err := time.ParseInLocation(backupStamp, m[2], time.Local)
		if err != nil {
			continue
		}
		b := Backup{Path: filepath.Join(BackupDir(dbPath), e.Name()), Taken: t, Kind: BackupAuto}
		if m[4] != "" {
			b.Kind = BackupBeforeRestore
		}
		out = append(out, b)
	}
	// Names sort by time; a same-second "-2" after its first.
	sort.Slice(out, func(i, j int) bool { return filepath.Base(out[i].Path) > filepath.Base(out[j].Path) })
	return out, nil
}

// ensureBackupDir makes the backups folder private (0700), also when it
// was made earlier with a wider mode.
func ensureBackupDir(dbPath string) (string, error) {
	dir := BackupDir(dbPath)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	return dir, os.Chmod(dir, 0o700)
}

// newBackupPath is a free name in the backups folder for a copy taken at
// now; kind BackupBeforeRestore adds its suffix.
func newBackupPath(dbPath, kind string, now time.Time) (string, error) {
	dbPath = realOrSame(dbPath)
	dir, err := ensureBackupDir(dbPath)
	if err != nil {
		return "", err
	}
	suffix := ""
	if kind == BackupBeforeRestore {
		suffix = "-before-restore"
	}
	base := stem(dbPath) + "-" + now.Format(backupStamp)
	p := filepath.Join(dir, base+suffix+".db")
	for i := 2; exists(p); i++ {
		p = filepath.Join(dir, fmt.Sprintf("%s-%d%s.db", base, i, suffix))
	}
	return p, nil
}

// AutoBackup takes the day's automatic backup unless one was already taken
// on now's date, or the database holds nothing yet (a new or just emptied
// database would push good backups out of the ten). It then removes the automatic
// backups beyond BackupsKept. It returns the new backup, or "" when none
// was due.
func (s *Store) AutoBackup(now time.Time) (string, error) {
	if empty, err := holdsNothing(s.db); err != nil || empty {
		return "", err
	}
	have, err := Backups(s.path)
	if err != nil {
		return "", err
	}
	y, m, d := now.Date()
	for _, b := range have {
		if by, bm, bd := b.Taken.Date(); b.Kind == BackupAuto && by == y && bm == m && bd == d {
			return "", nil
		}
	}
	target, err := newBackupPath(s.path, BackupAuto, now)
	if err != nil {
		return "", err
	}
	if err := s.backupAtomic(target); err != nil {
		return "", err
	}
	return target, s.pruneBackups()
}

// pruneBackups removes the oldest automatic backups beyond BackupsKept.
// The copies a restore kept are the user's to remove.
func (s *Store) pruneBackups() error {
	have, err := Backups(s.path)
	if err != nil {
		return err
	}
	n := 0
	for _, b := range have {
		if b.Kind != BackupAuto {
			continue
		}
		if n++; n > BackupsKept {
			if err := os.Remove(b.Path); err != nil {
				return err
			}
		}
	}
	return nil
}

// BackupFile writes a copy of the database to target, which must not
// exist: a copy never replaces a file. The copy is made under a temporary
// name in the same folder and appears whole or not at all.
func (s *Store) BackupFile(target string) error {
	if exists(target) {
		return &fs.PathError{Op: "create", Path: target, Err: fs.ErrExist}
	}
	return s.backupAtomic(target)
}

// backupAtomic takes the copy with VACUUM INTO under a temporary name,
// syncs it and then links it into place, refusing to replace a file.
func (s *Store) backupAtomic(target string) error { return copyAtomic(s.db, target) }

// copyAtomic writes a copy of db to target: VACUUM INTO a private file
// under a temporary name beside target (".<name>.tmp-*", which
// CleanLeftovers removes after a crash), synced, then linked into place.
// A reader never meets a partial copy under target's name.
func copyAtomic(db *sql.DB, target string) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return err
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer removeWithJournals(tmpPath)
	hold, err := HoldTemp(tmpPath)
	if err != nil {
		return err
	}
	defer hold.Release()
	// VACUUM INTO needs an empty file: CreateTemp made it empty and 0600.
	if _, err := db.Exec("VACUUM INTO ?", tmpPath); err != nil {
		return err
	}
	if err := syncFile(tmpPath); err != nil {
		return err
	}
	// A hard link fails when target exists; file systems without links
	// (a FAT memory stick) get a rename after one more look.
	if err := os.Link(tmpPath, target); err != nil {
		if errors.Is(err, fs.ErrExist) || exists(target) {
			return &fs.PathError{Op: "create", Path: target, Err: fs.ErrExist}
		}
		if err := os.Rename(tmpPath, target); err != nil {
			return err
		}
	}
	return syncDir(target)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// holdsNothing reports a database with nothing typed into it: no
// organisation with a name or any answer, and no request. That is what a
// new database holds once the window has added its first, empty
// organisation.
func holdsNothing(db *sql.DB) (bool, error) {
	empty, err := json.Marshal(&Answers{})
	if err != nil {
		return false, err
	}
	var n int
	err = db.QueryRow(`SELECT (SELECT count(*) FROM organisations WHERE name <> '' OR answers <> ?)
		+ (SELECT count(*) FROM requests)`, string(empty)).Scan(&n)
	return n == 0, err
}
