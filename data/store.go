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
	path string // the real file, links resolved
	now  func() time.Time
	// writers is the writers lock, held shared while the store is open
	// (see lock.go); nil for a read-only store on a read-only medium.
	writers *Lock
	// cleanup runs after Close (a read-only store's private copy).
	cleanup func()
	// readOnly refuses every write (OpenReadOnly): also one into the
	// private migrated copy, where it would be lost.
	readOnly bool
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
// personal data: nobody else on the machine needs to read it). Windows
// keeps no modes: there the folder takes the access rights of the folder
// it is made in (for the default one, the user's profile: the user, the
// administrators and the system).
func EnsureDir(dbPath string) error {
	return os.MkdirAll(filepath.Dir(dbPath), 0o700)
}

// Open opens (creating when missing) the database at path and brings its
// schema up to date. The folder must exist; use EnsureDir for the default
// place. A missing file is created with mode 0600. Symbolic links are
// resolved: the store works on the real file (Path). The store holds the
// writers lock shared until Close, so Open waits (up to 30 s) while a
// restore is replacing the file. Leftovers of killed jobs are removed
// (CleanLeftovers) and the file's health is checked (quick_check); the
// errors a user can meet are *DBError values with a Text in fi, sv, en.
func Open(path string) (*Store, error) {
	real, err := RealPath(path)
	if err != nil {
		return nil, err
	}
	if err := checkFolder(real); err != nil {
		return nil, err
	}
	lock, err := lockWriters(real, false)
	if err != nil {
		return nil, wrapDB(err, real)
	}
	s, err := openLocked(real)
	// Switching a file to WAL, or recovering its journal, can meet another
	// process doing the same at its first open and fail at once with
	// SQLITE_BUSY, without SQLite's busy wait: try again for a while.
	for deadline := time.Now().Add(10 * time.Second); err != nil && kindOf(err) == KindBusy && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		s, err = openLocked(real)
	}
	if err != nil {
		lock.Release()
		return nil, wrapDB(err, real)
	}
	s.writers = lock
	registerOpen(real)
	return s, nil
}

func openLocked(path string) (*Store, error) {
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	CleanLeftovers(path)
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
	if err := s.healthCheck(); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// prepareFile checks that path is a SQLite file or creates an empty one
// with mode 0600 before SQLite opens it.
func prepareFile(path string) error {
	if err := checkFolder(path); err != nil {
		return err
	}
	if openHere(path) {
		return nil // open and checked already; see openfiles.go
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return fmt.Errorf("cannot write the database %s: %w", path, fs.ErrPermission)
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

// checkFolder checks that the folder of path exists.
func checkFolder(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("folder %s does not exist", dir)
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	return nil
}

// Path is the database file (its real path, links resolved).
func (s *Store) Path() string { return s.path }

// DB gives the sql handle to the store's own sub-packages and tests.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database and lets its writers lock go.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.writers != nil {
		unregisterOpen(s.path)
	}
	if s.writers != nil {
		s.writers.Release()
		s.writers = nil
	}
	if s.cleanup != nil {
		s.cleanup()
		s.cleanup = nil
	}
	return err
}

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
		return &DBError{Kind: KindNewer, Path: s.path,
			Err: fmt.Errorf("the database is from a newer version of Tietosuojapakki (schema %d, this program knows %d)", current, len(ms))}
	}
	if current == len(ms) {
		return nil
	}
	if current > 0 {
		if err := s.preMigrationCopy(current + 1); err != nil {
			return fmt.Errorf("copying the database before updating it: %w", err)
		}
	}
	for _, m := range ms[current:] {
		if err := s.runMigration(m); err != nil {
			return err
		}
	}
	return nil
}

// runMigration runs one migration unless another process ran it first:
// user_version is read again inside the write transaction, where no other
// writer can change it (the value read before is only a hint).
func (s *Store) runMigration(m migration) error {
	return s.withTx(context.Background(), func(tx *sql.Tx) error {
		var v int
		if err := tx.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
			return err
		}
		if v >= m.version {
			return nil
		}
		if _, err := tx.Exec(m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", m.version))
		return err
	})
}

// PreMigrationPath is the copy taken before the database at dbPath is
// brought to schema version.
func PreMigrationPath(dbPath string, version int) string {
	return fmt.Sprintf("%s.before-schema-%d.bak", dbPath, version)
}

// preMigrationCopy keeps a copy of the database before migrating it to
// version. The copy is written atomically (backupAtomic); one left from an
// earlier start that is not a whole database is replaced.
func (s *Store) preMigrationCopy(version int) error {
	target := PreMigrationPath(s.path, version)
	if exists(target) {
		if CheckBackup(target) == nil {
			return nil
		}
		if err := os.Remove(target); err != nil {
			return err
		}
	}
	if err := s.backupAtomic(target); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return nil
}

// BackupTo writes a consistent copy of the database to target with
// VACUUM INTO (safe in WAL mode, unlike copying the file). The target must
// not exist; it is given mode 0600. BackupFile writes it atomically.
func (s *Store) BackupTo(target string) error { return vacuumInto(s.db, target) }

// vacuumInto writes a copy of db to target, which must not exist.
func vacuumInto(db *sql.DB, target string) error {
	// Created empty with mode 0600 first (VACUUM INTO fills an empty file),
	// so the copy is never readable by others, not even while written.
	if err := createPrivate(target); err != nil {
		return err
	}
	if _, err := db.Exec("VACUUM INTO ?", target); err != nil {
		removeWithJournals(target)
		return err
	}
	return nil
}

// withTx runs fn in one immediate transaction.
func (s *Store) withTx(ctx context.Context, fn func(*sql.Tx) error) error {
	if s.readOnly {
		return &DBError{Kind: KindReadOnly, Path: s.path, Err: errors.New("opened read-only")}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrapDB(err, s.path)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return wrapDB(err, s.path)
	}
	return wrapDB(tx.Commit(), s.path)
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
	if s.readOnly {
		return &DBError{Kind: KindReadOnly, Path: s.path, Err: errors.New("opened read-only")}
	}
	_, err := s.db.Exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value)
	return err
}

func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339) }
