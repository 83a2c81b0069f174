//go:build windows

package data

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// openLockFile opens a lock file (creating it when create is set). It is
// shared for reading, writing and deleting, so that holding it never keeps
// a restore from renaming a new database over the file.
func openLockFile(path string, create bool) (*os.File, error) {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	disposition := uint32(windows.OPEN_EXISTING)
	if create {
		disposition = windows.OPEN_ALWAYS
	}
	h, err := windows.CreateFile(p, windows.GENERIC_READ,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE,
		nil, disposition, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		if errors.Is(err, windows.ERROR_FILE_NOT_FOUND) || errors.Is(err, windows.ERROR_PATH_NOT_FOUND) {
			return nil, os.ErrNotExist
		}
		if errors.Is(err, windows.ERROR_ACCESS_DENIED) {
			return nil, os.ErrPermission
		}
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(h), path), nil
}

// lockOffset is the byte LockFileEx locks: far beyond any database page
// and beyond the bytes SQLite itself locks (around 1 GiB), because a
// Windows lock forbids other handles to read or write the bytes it covers.
const lockOffset = 1 << 62

// tryLock takes a LockFileEx lock without waiting; errHeld while another
// handle has it. Windows drops it when the handle is closed or the
// process ends.
func tryLock(f *os.File, exclusive bool) error {
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY)
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := &windows.Overlapped{Offset: uint32(lockOffset & 0xffffffff), OffsetHigh: uint32(lockOffset >> 32)}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errHeld
	}
	return err
}

func isReadOnlyFS(err error) bool { return errors.Is(err, windows.ERROR_WRITE_PROTECT) }

// identityLocks is off on Windows: a handle held on the database file
// would keep a restore from renaming the new file over it (Windows
// refuses to replace an open file), and hard links of a database are
// rare on Windows desktops. Symbolic links are still resolved, so the
// window lock holds for every name but a hard link.
const identityLocks = false
