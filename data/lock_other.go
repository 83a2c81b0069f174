//go:build !unix && !windows

package data

import "os"

// Systems with neither flock nor LockFileEx (wasm, plan9) get no locks:
// SQLite's own locking still keeps the file whole.

func openLockFile(path string, create bool) (*os.File, error) {
	flags := os.O_RDWR
	if create {
		flags |= os.O_CREATE
	}
	return os.OpenFile(path, flags, 0o600)
}

func tryLock(*os.File, bool) error { return nil }

func isReadOnlyFS(error) bool { return false }

// identityLocks: no locks on these systems.
const identityLocks = false
