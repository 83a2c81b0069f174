package data

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// OpenReadOnly opens the database at path for reading only, for the
// commands that only read (documents, exports, lists, backup): a database
// on a read-only medium or share, or a file the user may not write, can
// still be printed, exported and copied. Nothing is written to the file.
// A file whose folder cannot be written either is read as it is on disk
// (SQLite's immutable mode); one with unfinished changes in a -wal beside
// it then cannot be read correctly and gives a *DBError of KindUnsettled.
// A database of an older schema is brought up to date in a private
// temporary copy, removed on Close. The file must exist.
func OpenReadOnly(path string) (*Store, error) {
	real, err := RealPath(path)
	if err != nil {
		return nil, err
	}
	s, err := openReadOnly(real)
	return s, wrapDB(err, real)
}

func openReadOnly(real string) (*Store, error) {
	fi, err := os.Stat(real)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is a folder, not a database file", real)
	}
	if err := checkHeader(real); err != nil {
		if fi.Size() > 0 && fi.Size() < 100 || errors.Is(err, ErrDamaged) && !IsSQLiteFile(real) {
			return nil, fmt.Errorf("%s: %w", real, ErrNotSQLite)
		}
		return nil, err
	}
	lock, err := lockWriters(real, false)
	if err != nil {
		return nil, err
	}
	db, err := openRO(real)
	if err != nil {
		lock.Release()
		return nil, err
	}
	s := &Store{db: db, path: real, now: time.Now, writers: lock, readOnly: true}
	registerOpen(real)
	if err := s.readyReadOnly(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// openRO opens the file read-only: with SQLite's locking when its folder
// lets SQLite keep the shared-memory file, and as an unchanging file
// (immutable) otherwise.
func openRO(real string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(real, "mode=ro&_pragma=busy_timeout(5000)"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	var n int
	if err = db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err == nil {
		return db, nil
	}
	db.Close()
	if kindOf(err) != KindCantOpen && kindOf(err) != KindReadOnly && kindOf(err) != KindBusy {
		return nil, err
	}
	if wal, err := os.Stat(real + "-wal"); err == nil && wal.Size() > 0 {
		return nil, &DBError{Kind: KindUnsettled, Path: real, Err: err}
	}
	db, err = sql.Open("sqlite", dsn(real, "mode=ro&immutable=1"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// readyReadOnly checks the file's health and its schema; an older schema
// is migrated in a private copy that the store then reads.
func (s *Store) readyReadOnly() error {
	if err := s.healthCheck(); err != nil {
		return err
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	switch {
	case v > SchemaVersion():
		return &DBError{Kind: KindNewer, Path: s.path,
			Err: fmt.Errorf("schema %d, this program knows %d", v, SchemaVersion())}
	case v == SchemaVersion():
		return nil
	}
	dir, err := os.MkdirTemp("", "tietosuojapakki-")
	if err != nil {
		return err
	}
	copyPath := filepath.Join(dir, filepath.Base(s.path))
	if err := vacuumInto(s.db, copyPath); err != nil {
		os.RemoveAll(dir)
		return err
	}
	s.db.Close()
	db, err := sql.Open("sqlite", dsn(copyPath, "_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_txlock=immediate"))
	if err != nil {
		os.RemoveAll(dir)
		return err
	}
	db.SetMaxOpenConns(1)
	s.db = db
	s.cleanup = func() { os.RemoveAll(dir) }
	copyStore := &Store{db: db, path: copyPath, now: s.now}
	return copyStore.migrateWith(mustMigrations())
}

func mustMigrations() []migration {
	ms, _ := loadMigrations()
	return ms
}

// OpenReading opens the database at path for a command that only reads:
// as Open does when the file can be written (it is then migrated and
// checked as always), and read-only (OpenReadOnly) when it cannot.
func OpenReading(path string) (*Store, error) {
	s, err := Open(path)
	if err == nil {
		return s, nil
	}
	var de *DBError
	if errors.As(err, &de) && (de.Kind == KindReadOnly || de.Kind == KindCantOpen) ||
		errors.Is(err, fs.ErrPermission) {
		return OpenReadOnly(path)
	}
	return nil, err
}
