//go:build unix

package data

import (
	"errors"
	"os"
	"syscall"
)

// openLockFile opens a lock file (creating it with mode 0600 when create
// is set), or read-only when it cannot be written: flock needs no write
// access.
func openLockFile(path string, create bool) (*os.File, error) {
	flags := os.O_RDWR
	if create {
		flags |= os.O_CREATE
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		if g, err2 := os.Open(path); err2 == nil {
			return g, nil
		}
	}
	return f, err
}

// tryLock takes a flock without waiting; errHeld while another open file
// has it. flock is separate from the fcntl locks SQLite uses on the same
// file, so the identity lock never stands in SQLite's way.
func tryLock(f *os.File, exclusive bool) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return errHeld
		}
		return err
	}
}

func isReadOnlyFS(err error) bool { return errors.Is(err, syscall.EROFS) }

// identityLocks: flock the database file itself (see lock.go).
const identityLocks = true
