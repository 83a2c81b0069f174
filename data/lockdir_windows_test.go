//go:build windows

package data

import (
	"os"
	"path/filepath"
	"testing"
)

// lockTestDir is a fresh folder (with the sub-folders names) for the lock
// tests, removed afterwards as far as the system lets it. Not t.TempDir:
// its clean-up fails under Wine 8 (os.RemoveAll uses a call Wine lacks),
// and the lock tests run there in CI (scripts/wine-smoke.sh).
func lockTestDir(t *testing.T, names ...string) string {
	t.Helper()
	root, err := os.MkdirTemp("", "tsp-lock-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	dir := filepath.Join(append([]string{root}, names...)...)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}
