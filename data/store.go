package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data/migrations"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is the program's SQLite database: every organisation, its answers,
// its request log and its issued documents.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// ErrNotSQLite is returned when the file exists but is not a SQLite database.
var ErrNotSQLite = errors.New("the file is not a Tietosuojapakki database (not SQLite)")

// DefaultPath is the database in the user's config directory.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "tietosuojapakki", "tietosuojapakki.db"), nil
}

// EnsureDir creates the folder of a database with mode 0700 (the data is
// personal data: nobody else on the machine needs to read it).
func EnsureDir(dbPath string) error {
	return os.MkdirAll(filepath.Dir(dbPath), 0o700)
}

// Open opens (creating when missing) the database at path and brings its
// schema up to date. The folder must exist; use EnsureDir for the default
// place. A missing file is created with mode 0600.
func Open(path string) (*Store, error) {
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	// Pragmas go in the DSN so that every pooled connection gets them.
	// synchronous(FULL): a finished save survives a power cut.
	// _txlock=immediate: writers take the lock at BEGIN, so a transaction
	// never fails half-way with SQLITE_BUSY.
	// secure_delete(1): a purged name is overwritten in the file, not
	// left readable in a free page.
	db, err := sql.Open("sqlite", dsn(path, "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)"+
		"&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_pragma=secure_delete(1)&_txlock=immediate"))
	if err != nil {
		return nil, err
	}
	// One connection: a desktop program has one writer, and this keeps
	// transactions from waiting on each other inside the process.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// prepareFile checks that path is a SQLite file or creates an empty one
// with mode 0600 before SQLite opens it.
func prepareFile(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("folder %s does not exist", dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("cannot write the database %s: permission denied", path)
		}
		return fmt.Errorf("cannot open the database %s: %v", path, err)
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	if n == 0 {
		return nil
	}
	if n < 16 || !bytes.Equal(head, []byte("SQLite format 3\x00")) {
		return fmt.Errorf("%s: %w", path, ErrNotSQLite)
	}
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// DB gives the sql handle to the store's own sub-packages and tests.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SetClock replaces the store's clock (tests).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Now is the store's clock.
func (s *Store) Now() time.Time { return s.now() }

// SchemaVersion is the newest migration's number.
func SchemaVersion() int {
	ms, _ := loadMigrations()
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations.FS, ".")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration file %q is not named NNNN_name.sql", e.Name())
		}
		b, err := fs.ReadFile(migrations.FS, e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{v, e.Name(), string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migrations must be numbered 1, 2, 3…: %s", m.name)
		}
	}
	return out, nil
}

// migrate runs the pending migrations, each in its own transaction that
// also sets user_version, after taking a copy of a database that already
// holds data.
func (s *Store) migrate() error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	return s.migrateWith(ms)
}

func (s *Store) migrateWith(ms []migration) error {
	var current int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&current); err != nil {
		if strings.Contains(err.Error(), "file is not a database") {
			return fmt.Errorf("%s: %w", s.path, ErrNotSQLite)
		}
		return fmt.Errorf("reading the database: %w", err)
	}
	if current > len(ms) {
		return fmt.Errorf("the database is from a newer version of Tietosuojapakki (schema %d, this program knows %d)", current, len(ms))
	}
	if current == len(ms) {
		return nil
	}
	if current > 0 {
		backup := fmt.Sprintf("%s.before-schema-%d.bak", s.path, current+1)
		if err := s.BackupTo(backup); err != nil && !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("copying the database before updating it: %w", err)
		}
	}
	for _, m := range ms[current:] {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(m.sql); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// BackupTo writes a consistent copy of the database to target with
// VACUUM INTO (safe in WAL mode, unlike copying the file). The target must
// not exist; it is given mode 0600.
func (s *Store) BackupTo(target string) error {
	// Created empty with mode 0600 first (VACUUM INTO fills an empty file),
	// so the copy is never readable by others, not even while written.
	if err := createPrivate(target); err != nil {
		return err
	}
	if _, err := s.db.Exec("VACUUM INTO ?", target); err != nil {
		os.Remove(target)
		return err
	}
	return nil
}

// withTx runs fn in one immediate transaction.
func (s *Store) withTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Setting returns a stored setting, or def when unset.
func (s *Store) Setting(key, def string) string {
	var v string
	if err := s.db.QueryRow("SELECT value FROM settings WHERE key = ?", key).Scan(&v); err != nil {
		return def
	}
	return v
}

// SetSetting stores a setting.
func (s *Store) SetSetting(key, value string) error {
	_, err := s.db.Exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value)
	return err
}

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339) }
