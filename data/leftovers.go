package data

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Leftovers: every job that writes a file with personal data writes it
// under a temporary name first and renames it into place. A job killed on
// the way leaves that temporary file; the names are chosen so that the
// next start recognises and removes them:
//
//	.<db name>.restore-*   a restore's copy of the backup (backup_restore.go)
//	.<name>.tmp-*          a backup, a before-restore copy, a pre-migration
//	                       copy or a scrubbed backup being written
//	.export-*              an export being written (requestcsv.go)
//
// each with the -journal, -wal and -shm files SQLite may have made beside
// it. A job holds a lock on its temporary file while it writes it
// (HoldTemp), so that a start in another process at the same moment
// leaves it alone; the lock goes with the process, so a killed job's file
// is free to remove.

// leftoverAge is how long a temporary file must have been left unchanged
// before CleanLeftovers removes it: a job creates its file and locks it a
// moment later, and this keeps that moment safe.
var leftoverAge = 2 * time.Second

// HoldTemp locks the temporary file at path for as long as the returned
// lock is held, telling CleanLeftovers in every process that the file is
// being written. A job that writes a temporary file beside the database
// (an export into the data folder, say) should hold it until the file is
// renamed into place or removed.
func HoldTemp(path string) (*Lock, error) {
	f, err := openLockFile(path, false)
	if err != nil {
		return nil, err
	}
	if err := tryLock(f, true); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{files: []*os.File{f}}, nil
}

// inUse reports whether a job is writing the temporary file at path (its
// main file, for a journal beside it).
func inUse(path string) bool {
	for _, suffix := range []string{"-journal", "-wal", "-shm"} {
		if main, ok := strings.CutSuffix(path, suffix); ok && exists(main) {
			path = main
			break
		}
	}
	f, err := openLockFile(path, false)
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(tryLock(f, false), errHeld)
}

// CleanLeftovers removes the temporary files of killed jobs (see above)
// from the folder of the database at dbPath and from its backups folder,
// and returns what it removed. Open calls it; a file it cannot remove is
// left for the next time.
func CleanLeftovers(dbPath string) []string {
	real := realOrSame(dbPath)
	var removed []string
	for _, dir := range []string{filepath.Dir(real), BackupDir(real)} {
		entries, err := unsortedEntries(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if !isLeftover(e.Name(), filepath.Base(real)) {
				continue
			}
			fi, err := e.Info()
			p := filepath.Join(dir, e.Name())
			if err != nil || !fi.Mode().IsRegular() || time.Since(fi.ModTime()) < leftoverAge || inUse(p) {
				continue
			}
			if err := os.Remove(p); err == nil || errors.Is(err, fs.ErrNotExist) {
				removed = append(removed, p)
			}
		}
	}
	return removed
}

// unsortedEntries lists dir as it is stored: the database may sit in a
// folder of thousands of files (Documents), and os.ReadDir would sort them
// all at every start only for a few names to be picked out.
func unsortedEntries(dir string) ([]os.DirEntry, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// isLeftover reports whether name (in the database's folder or its
// backups folder) is a temporary file of a job of the program.
func isLeftover(name, dbName string) bool {
	switch {
	case strings.HasPrefix(name, "."+dbName+".restore-"),
		strings.HasPrefix(name, ".export-"):
		return true
	case strings.HasPrefix(name, "."):
		_, tail, ok := strings.Cut(name, ".tmp-")
		return ok && !strings.Contains(tail, "/")
	}
	return false
}

// OwnFiles lists the files and folders of the database at dbPath that no
// output of the program may replace: the database itself (its real file
// and, when different, the name given), its -wal, -shm and -journal
// files, its lock files and the backups folder. Paths are absolute.
func OwnFiles(dbPath string) []string {
	real := realOrSame(dbPath)
	var out []string
	add := func(p string) {
		for _, q := range out {
			if q == p {
				return
			}
		}
		out = append(out, p)
	}
	if abs, err := filepath.Abs(dbPath); err == nil {
		add(abs)
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock", ".writers.lock", ".restore.lock"} {
		add(real + suffix)
	}
	add(BackupDir(real))
	return out
}

// IsOwnFile reports whether writing to path would replace one of the
// database's own files (OwnFiles, links resolved, anything inside the
// backups folder, a copy taken before a schema update) or any SQLite
// database (IsSQLiteFile). An output writer refuses such a path.
func IsOwnFile(dbPath, path string) bool {
	target := realOrSame(path)
	backups := BackupDir(realOrSame(dbPath)) + string(filepath.Separator)
	for _, own := range OwnFiles(dbPath) {
		if sameFile(target, own) {
			return true
		}
	}
	if strings.HasPrefix(target, backups) || strings.HasPrefix(filepath.Base(target), filepath.Base(realOrSame(dbPath))+".before-schema-") {
		return true
	}
	return IsSQLiteFile(target)
}

// sameFile compares two paths by name and, when both exist, by identity
// (a hard link is the same file under another name).
func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// IsSQLiteFile reports whether the file at path begins with SQLite's
// header. A missing or unreadable file is not one.
func IsSQLiteFile(path string) bool {
	if openHere(path) {
		return true // never opened here: see openfiles.go
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return bytes.Equal(head, []byte(sqliteHeader))
}
