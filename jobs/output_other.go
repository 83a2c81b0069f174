//go:build !windows

package jobs

import "os"

// samePath compares two cleaned absolute paths. Outside Windows names are
// compared as they are: Linux file systems are case-sensitive. (macOS's
// usual one is not; files that exist are still matched there by
// os.SameFile in isCompanion.)
func samePath(a, b string) bool { return a == b }

// replace renames tmp over target: one atomic step on Unix, where an open
// file can always be replaced (its reader keeps the old one).
func replace(tmp, target string) error { return os.Rename(tmp, target) }

// replaceRefused is false outside Windows: nothing there refuses to
// replace a file because it is open.
func replaceRefused(error) bool { return false }
