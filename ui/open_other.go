//go:build !windows

package ui

import (
	"net/url"

	"fyne.io/fyne/v2"
)

// openFileURL opens an address, a file:// one included, with Fyne's
// opener (xdg-open on Linux, open on macOS). Windows has its own
// (open_windows.go).
func openFileURL(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) }
