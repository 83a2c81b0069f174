//go:build !windows

package data

import (
	"os"
	"path/filepath"
	"testing"
)

// lockTestDir is a fresh folder (with the sub-folders names) for the lock
// tests (Windows has its own, which Wine can clean up).
func lockTestDir(t *testing.T, names ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{t.TempDir()}, names...)...)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}
