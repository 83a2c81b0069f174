//go:build windows

package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The print preview's address goes back to the very path it was made from,
// with a drive letter, spaces and ä in the user's folder, or on a network
// share.
func TestURLPathRoundTrip(t *testing.T) {
	for _, path := range []string{
		`C:\Users\Mäkinen\AppData\Local\Temp\tietosuojapakki-tulostus-1\Tietosuojaseloste.pdf`,
		`C:\Users\Mäkinen\OneDrive - Yritys Oy\Tiedostot\seloste 100% #1.pdf`,
		`\\palvelin\jako\Pyyntöloki.pdf`,
	} {
		u := fileURL(path)
		if got := urlPath(u); got != path {
			t.Errorf("%s: %s gives %s", path, u, got)
		}
	}
}

// A file of a type that no program opens is an error (which openPrinted
// words for the user), not a silent nothing.
func TestShellOpenWithoutProgram(t *testing.T) {
	// Not t.TempDir: its clean-up fails under Wine 8, where this runs.
	f, err := os.CreateTemp("", "tsp-ei-ohjelmaa-*.tsp-tuntematon")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	defer os.Remove(f.Name())
	if err := shellOpen(f.Name()); err == nil {
		t.Errorf("%s opened, but no program opens its type", filepath.Base(f.Name()))
	}
	if err := shellOpen(f.Name() + "-ei-ole"); err == nil {
		t.Error("a missing file opened")
	}
}

// A file whose type has a program is opened by it, from a folder with
// spaces and ä in its name: here a .cmd script, which Windows runs, and
// which leaves a mark beside itself.
func TestShellOpenWithProgram(t *testing.T) {
	root, err := os.MkdirTemp("", "tsp-avaa-*")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(root)
	dir := filepath.Join(root, "Mäkinen", "OneDrive - Yritys Oy")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "merkitse tämä.cmd")
	if err := os.WriteFile(script, []byte("@echo ok> merkki.txt\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := shellOpen(script); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(dir, "merkki.txt")); err == nil {
			return
		}
	}
	t.Error("the script did not run: no merkki.txt beside it")
}
