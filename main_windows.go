//go:build windows

package main

import (
	"io"
	"log"
	"os"
	"unsafe"

	"golang.org/x/sys/windows"

	"tietosuojapakki/data/vocab"
)

// attachParentProcess is ATTACH_PARENT_PROCESS of AttachConsole: the
// console of the process that started us (cmd.exe, PowerShell).
const attachParentProcess = ^uint32(0)

// useParentConsole lets a headless command print to the console it was
// started from. Tietosuojapakki.exe is built for the GUI subsystem (no
// console window flashes when the window is opened from the Start menu),
// and such a program has no console: without this, "help", "notice" and
// the rest would print nothing in cmd.exe or PowerShell.
//
// It attaches to the parent's console (AttachConsole, kernel32; not in
// golang.org/x/sys/windows) and points stdout and stderr at it, but only
// where they are not already redirected to a file or a pipe by the
// parent ("> out.txt", "| more"), which must keep working. When there is
// no parent console (started from Explorer), nothing changes.
//
// What a GUI-subsystem program cannot change: cmd.exe and PowerShell do
// not wait for it, so the prompt comes back at once and the output
// follows it, and %ERRORLEVEL% / $LASTEXITCODE are not set. The README's
// Windows section says to use "start /wait" or Start-Process -Wait, or a
// redirection, where that matters.
func useParentConsole() {
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(uintptr(attachParentProcess)); r == 0 {
		return // no parent console, or we have one already
	}
	reopen(windows.STD_OUTPUT_HANDLE, &os.Stdout, "/dev/stdout")
	reopen(windows.STD_ERROR_HANDLE, &os.Stderr, "/dev/stderr")
	log.SetOutput(os.Stderr) // Fyne's messages; log took the old os.Stderr at init
}

// reopen points *f (and the process's standard handle std, which the Go
// runtime uses for a panic) at the attached console, unless *f is
// already a file, pipe or console the parent gave us.
func reopen(std uint32, f **os.File, name string) {
	if h := windows.Handle((*f).Fd()); redirected(h) {
		var mode uint32
		if windows.GetConsoleMode(h, &mode) == nil {
			// A console handle from the parent, usable only now that we
			// are attached. Go chose how to write *f at start, when it
			// was not yet a console: as bytes, which the console shows
			// in its code page (ä as ├ñ). Wrapped again, it is written as
			// a console, in UTF-16. The old *os.File is kept: its
			// finaliser would close the handle.
			kept = append(kept, *f)
			*f = os.NewFile(uintptr(h), name)
		}
		return
	}
	h, err := windows.CreateFile(windows.StringToUTF16Ptr("CONOUT$"),
		windows.GENERIC_READ|windows.GENERIC_WRITE, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE,
		nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return
	}
	_ = windows.SetStdHandle(std, h)
	*f = os.NewFile(uintptr(h), name)
}

// kept holds the *os.File values replaced by reopen around a handle still
// in use.
var kept []*os.File

// redirected reports whether h is a usable file, pipe or console handle.
func redirected(h windows.Handle) bool {
	if h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}

// systemLocale is the user's locale as Windows names it ("fi-FI",
// "sv-FI", "en-US"): the format settings of Settings > Time & language >
// Region, which Fyne reads too (GetUserDefaultLocaleName, kernel32; not in
// golang.org/x/sys/windows). Windows sets no LANG, so without it the
// command line would speak Finnish to a Swedish-speaking user; "" when
// Windows cannot say.
func systemLocale() string {
	get := windows.NewLazySystemDLL("kernel32.dll").NewProc("GetUserDefaultLocaleName")
	if get.Find() != nil {
		return ""
	}
	var buf [85]uint16 // LOCALE_NAME_MAX_LENGTH
	n, _, _ := get.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if n == 0 {
		return ""
	}
	return windows.UTF16ToString(buf[:])
}

// inputStream is the standard input of the headless commands ("audit -",
// the question of "requests purge"): the file or pipe the parent gave
// ("< seloste.txt", "type seloste.txt |"), else noInput. The console is
// not read: cmd.exe does not wait for a GUI-subsystem program and reads
// the same keys itself.
func inputStream() io.Reader {
	if redirected(windows.Handle(os.Stdin.Fd())) {
		return os.Stdin
	}
	return noInput{}
}

// noInput is a standard input that is not there: reading it says so in
// the user's language instead of "read /dev/stdin: The handle is
// invalid."
type noInput struct{}

func (noInput) Read([]byte) (int, error) { return 0, errNoInput }

// errNoInput is what noInput reads.
var errNoInput = noInputError{}

type noInputError struct{}

func (noInputError) Error() string { return noInputText.In("en") }

// Text is the message in lang (fi, sv or en).
func (noInputError) Text(lang string) string { return noInputText.In(lang) }

var noInputText = vocab.Text{
	FI: "Vakiosyötettä ei ole: ohjaa tiedosto ohjelmalle (type seloste.txt | Tietosuojapakki.exe audit -) tai anna tiedoston nimi.",
	SV: "Det finns ingen standardinmatning: led in en fil i programmet (type beskrivning.txt | Tietosuojapakki.exe audit -) eller ange filens namn.",
	EN: "There is no standard input: pipe a file into the program (type notice.txt | Tietosuojapakki.exe audit -) or give the file's name.",
}
