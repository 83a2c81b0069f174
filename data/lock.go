package data

import (
	"errors"
	"fmt"
	"os"
)

// The window lock: one window at a time on one database. SQLite would keep
// two windows from corrupting the file, but each window holds the answers
// it shows, and the second one's view of them would go stale and its saves
// would undo the first one's. The headless commands take no lock (each is
// one short transaction); restore takes it, as it replaces the file.

// ErrLocked is returned by AcquireLock while another process holds the
// database's lock.
var ErrLocked = errors.New("the database is open in another Tietosuojapakki window")

// Lock is held for as long as a window has the database open.
type Lock struct{ f *os.File }

// LockPath is the lock file of the database at dbPath. It stays on disk
// after use: removing it would let two processes lock two different files.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// AcquireLock takes the database's lock without waiting: ErrLocked when
// another window (or a restore) has it.
func AcquireLock(dbPath string) (*Lock, error) {
	f, err := os.OpenFile(LockPath(dbPath), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("cannot open the lock file: %w", err)
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
}

// Release lets another window open the database. The lock also goes when
// the process ends, however it ends.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the file drops the flock
	l.f = nil
	return err
}
