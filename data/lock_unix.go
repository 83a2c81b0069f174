//go:build unix

package data

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes an exclusive flock. The kernel drops it when the file is
// closed or the process dies, so a crash never leaves the database locked.
func lockFile(f *os.File) error {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return ErrLocked
		}
		return err
	}
}
