//go:build windows

package jobs

import (
	"errors"
	"os"
	"strings"
	"time"

	"golang.org/x/sys/windows"
)

// samePath compares two cleaned absolute paths as Windows does: without
// regard to case (NTFS and FAT names are case-insensitive, so
// C:\Data\Tsp.DB and c:\data\tsp.db are one file). Paths of files that
// exist come here with their long names and their case on disk (resolve
// uses filepath.EvalSymlinks, which gives both); this covers the names
// that do not exist yet.
func samePath(a, b string) bool { return strings.EqualFold(a, b) }

// replaceTries and replaceWait bound how long replace waits for a file
// that another program holds for a moment: a virus scanner or OneDrive
// reading the new file just written, which Windows reports as the same
// errors as a PDF viewer keeping the old one open.
const (
	replaceTries = 5
	replaceWait  = 100 * time.Millisecond
)

// replace renames tmp over target (MoveFileEx with
// MOVEFILE_REPLACE_EXISTING), trying again for about half a second while
// Windows refuses because one of the two files is in use.
func replace(tmp, target string) error {
	var err error
	for range replaceTries {
		if err = os.Rename(tmp, target); err == nil || !replaceRefused(err) {
			return err
		}
		time.Sleep(replaceWait)
	}
	return err
}

// replaceRefused tells whether err is Windows refusing to replace or write
// a file that another program has open (a PDF viewer opens a file without
// sharing deletion: ERROR_SHARING_VIOLATION or ERROR_ACCESS_DENIED on the
// rename), that has a locked range, or that is read-only (also
// ERROR_ACCESS_DENIED; the temporary file beside it was made, so the folder
// itself is writable).
func replaceRefused(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
		errors.Is(err, windows.ERROR_USER_MAPPED_FILE)
}
