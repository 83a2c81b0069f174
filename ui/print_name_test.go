package ui

import (
	"os"
	"path/filepath"
	"testing"
)

// A second print of the same document gets a name of its own while the
// first preview is still there (open in a viewer, say), and a third one
// after that; a free name is used as it is.
func TestFreshPreviewPath(t *testing.T) {
	dir := t.TempDir()
	name := "kivi-oy-tietosuojaseloste-fi.pdf"
	want := []string{name, "kivi-oy-tietosuojaseloste-fi-2.pdf", "kivi-oy-tietosuojaseloste-fi-3.pdf"}
	for i, w := range want {
		got := freshPreviewPath(dir, name)
		if got != filepath.Join(dir, w) {
			t.Fatalf("print %d: %s, want %s", i+1, filepath.Base(got), w)
		}
		if err := os.WriteFile(got, []byte("%PDF"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}
