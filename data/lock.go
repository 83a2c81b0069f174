package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Locks of a database. SQLite keeps the file whole by itself; these locks
// keep the program's own steps from meeting:
//
//   - The window lock (LockPath, exclusive, never waited for): one window
//     at a time on one database. Each window holds the answers it shows,
//     and a second one's saves would undo the first one's. Restore takes
//     it too, as it replaces the file.
//   - The writers lock (WritersLockPath): every open Store holds it shared
//     for as long as it is open, and Restore and SetAside take it
//     exclusively while they replace or move the file. So a write that was
//     acknowledged is either made before a restore starts (and is in the
//     copy the restore keeps) or made after it ended (and is in the
//     restored file), never lost in between.
//   - The gate (GateLockPath) makes that fair: Restore takes it
//     exclusively before waiting for the writers lock, and Open passes
//     it (shared, released once the writers lock is held), so commands
//     that keep opening the database cannot keep a restore waiting.
//   - The identity lock: the window lock also locks the database file
//     itself, so that a hard-linked second name of the same file (a
//     different path, a different lock file) is refused too.
//
// Every lock is taken on the real file: symbolic links are resolved first
// (RealPath). The operating system drops a lock when its process ends,
// however it ends, so a crash never leaves a database locked.

// ErrLocked is returned by AcquireLock while another process holds the
// database's lock.
var ErrLocked = errors.New("the database is open in another Tietosuojapakki window")

// errHeld is what tryLock returns while another holder has the lock.
var errHeld = errors.New("lock held by another")

// lockWait is how long Open waits for a restore to end, and Restore for
// the commands writing at its start to finish.
var lockWait = 30 * time.Second

// Lock is a held lock of a database; Release lets it go.
type Lock struct{ files []*os.File }

// RealPath is the absolute path of the database file at path with every
// symbolic link resolved, also when the file does not exist yet (its
// folder is resolved, and a link pointing at a missing file gives that
// file). Locks, backups and restores all work on this path.
func RealPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	for range 40 { // as many links as a system follows
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return real, nil
		}
		target, err := os.Readlink(abs)
		if err != nil {
			break // not a link: a missing file
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(abs), target)
		}
		abs = filepath.Clean(target)
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil // the folder is missing: Open says so
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// realOrSame is RealPath, or path itself when it cannot be resolved.
func realOrSame(path string) string {
	if r, err := RealPath(path); err == nil {
		return r
	}
	return path
}

// LockPath is the window lock file of the database at dbPath (beside the
// real file). It stays on disk after use: removing it would let two
// processes lock two different files.
func LockPath(dbPath string) string { return realOrSame(dbPath) + ".lock" }

// WritersLockPath is the writers lock file of the database at dbPath.
func WritersLockPath(dbPath string) string { return realOrSame(dbPath) + ".writers.lock" }

// GateLockPath is the gate lock file of the database at dbPath.
func GateLockPath(dbPath string) string { return realOrSame(dbPath) + ".restore.lock" }

// AcquireLock takes the database's window lock without waiting: ErrLocked
// when another window (or a restore) has it, also through another name
// (symbolic or hard link) of the same file.
func AcquireLock(dbPath string) (*Lock, error) {
	f, err := openLockFile(LockPath(dbPath), true)
	if err != nil {
		return nil, fmt.Errorf("cannot open the lock file: %w", err)
	}
	l := &Lock{files: []*os.File{f}}
	if err := tryLock(f, true); err != nil {
		l.Release()
		if errors.Is(err, errHeld) {
			return nil, ErrLocked
		}
		return nil, err
	}
	// The identity lock, on the file itself. A missing file (a new
	// database) has no other name yet.
	if !identityLocks {
		return l, nil
	}
	id, err := openLockFile(realOrSame(dbPath), false)
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		l.Release()
		return nil, fmt.Errorf("cannot open the database to lock it: %w", err)
	}
	l.files = append(l.files, id)
	if err := tryLock(id, true); err != nil {
		l.Release()
		if errors.Is(err, errHeld) {
			return nil, ErrLocked
		}
		return nil, err
	}
	return l, nil
}

// ErrRestoring is returned by Open when a restore or a set-aside of the
// database has not ended within lockWait, and by Restore when commands
// are still writing.
var ErrRestoring = errors.New("the database is being restored or moved; try again in a moment")

// lockWriters takes the writers lock, shared (an open store) or exclusive
// (a restore), through the gate (see above), waiting up to lockWait. A
// folder where no lock file can be made (a read-only medium) gives no
// lock and no error: nothing can replace the file there either.
func lockWriters(dbPath string, exclusive bool) (*Lock, error) {
	deadline := time.Now().Add(lockWait)
	gate, err := waitLock(GateLockPath(dbPath), exclusive, deadline)
	if err != nil || gate == nil {
		return &Lock{}, err
	}
	w, err := waitLock(WritersLockPath(dbPath), exclusive, deadline)
	if err != nil {
		gate.Close()
		return nil, err
	}
	if exclusive {
		return &Lock{files: []*os.File{gate, w}}, nil
	}
	gate.Close() // passed: a restore may queue at the gate now
	return &Lock{files: []*os.File{w}}, nil
}

// waitLock locks the file at path, waiting until deadline; a nil file and
// no error where no lock file can be made.
func waitLock(path string, exclusive bool, deadline time.Time) (*os.File, error) {
	f, err := openLockFile(path, true)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) || isReadOnlyFS(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("cannot open the lock file: %w", err)
	}
	for {
		err := tryLock(f, exclusive)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, errHeld) || time.Now().After(deadline) {
			f.Close()
			if errors.Is(err, errHeld) {
				return nil, ErrRestoring
			}
			return nil, err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Release lets another window open the database. The lock also goes when
// the process ends, however it ends. Releasing twice does nothing. Release
// a window lock only after closing the stores of its database in this
// process: closing the identity lock's descriptor of the database file
// would drop SQLite's own locks of it (see openfiles.go).
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	var first error
	for i := len(l.files) - 1; i >= 0; i-- {
		if err := l.files[i].Close(); err != nil && first == nil { // closing drops the lock
			first = err
		}
	}
	l.files = nil
	return first
}
