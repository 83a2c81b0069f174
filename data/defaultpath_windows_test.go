//go:build windows

package data

import "testing"

// TestDefaultPathWindows: the database lives in %AppData%\tietosuojapakki,
// whatever letters the user's folder has.
func TestDefaultPathWindows(t *testing.T) {
	t.Setenv("APPDATA", `C:\Users\Mäkinen\AppData\Roaming`)
	got, err := DefaultPath()
	if want := `C:\Users\Mäkinen\AppData\Roaming\tietosuojapakki\tietosuojapakki.db`; err != nil || got != want {
		t.Errorf("DefaultPath() = %q, %v; want %q", got, err, want)
	}
}
