//go:build !unix

package data

import "os"

// lockFile does nothing where flock does not exist: SQLite's own locking
// still keeps the file whole, only the second window is not refused.
func lockFile(*os.File) error { return nil }
