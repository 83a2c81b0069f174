//go:build windows

package ui

import (
	"net/url"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"golang.org/x/sys/windows"
)

// openFileURL opens a file:// address with the program Windows associates
// with the file's type (ShellExecute "open", as a double-click in
// Explorer does), and any other address with Fyne's opener.
//
// Not Fyne's opener for files: it hands the address, %-escaped, to
// rundll32 url.dll,FileProtocolHandler, and Windows' file URLs want
// non-ASCII letters unescaped (Microsoft's advice), which a url.URL cannot
// give: tried under Wine 8, file:///Z:/…/M%C3%A4kinen%20x/s.cmd opened
// nothing where the same path without the ä ran, and the print previews
// live under C:\Users\Mäkinen\AppData\Local\Temp on a Finnish laptop.
// rundll32's exit status also never says that no program opens PDFs.
// ShellExecute takes the path itself and fails when nothing is associated
// with .pdf, so the user gets the plain message of openPrinted.
func openFileURL(u *url.URL) error {
	if u.Scheme != "file" {
		return fyne.CurrentApp().OpenURL(u)
	}
	return shellOpen(urlPath(u))
}

// urlPath is the Windows path of a file:// address made by fileURL:
// file:///C:/a/b.pdf is C:\a\b.pdf, file://server/share/b.pdf is
// \\server\share\b.pdf.
func urlPath(u *url.URL) string {
	p := filepath.FromSlash(u.Path)
	if u.Host != "" && u.Host != "localhost" {
		return `\\` + u.Host + p
	}
	if len(p) >= 3 && p[0] == '\\' && p[2] == ':' { // \C:\…
		return p[1:]
	}
	return p
}

// shellOpen opens the file at path with its associated program. It runs on
// a thread of its own with COM initialised, as ShellExecute asks (it may
// call shell extensions through COM); the thread ends with the call, and
// its COM apartment with it.
func shellOpen(path string) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends here
		_ = windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE)
		file, err := windows.UTF16PtrFromString(path)
		if err != nil {
			done <- err
			return
		}
		verb, _ := windows.UTF16PtrFromString("open")
		dir, _ := windows.UTF16PtrFromString(filepath.Dir(path))
		done <- windows.ShellExecute(0, verb, file, nil, dir, windows.SW_SHOWNORMAL)
	}()
	return <-done
}
