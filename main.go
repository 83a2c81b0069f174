// Command tietosuojapakki gives a small Finnish business its GDPR paperwork.
// With no arguments it opens the window; with a subcommand it runs the same
// jobs headless (see "tietosuojapakki help").
package main

import (
	"os"
	"strings"

	"tietosuojapakki/startheap"

	// Imported for its init, which must run before Fyne's lang package
	// reads the locale: it keeps "Error parsing user locale C" off stderr
	// under LANG=C.UTF-8 (see its package documentation).
	_ "fi.tietosuojapakki/quietlocale"
)

func main() {
	if !opensWindow(os.Args[1:]) {
		// Windows: the program is built for the GUI subsystem and has no
		// console of its own; a headless command prints to the console
		// it was started from (main_windows.go). Elsewhere: nothing.
		useParentConsole()
		// A headless command is short and allocates much (gofpdf):
		// fewer collections at its start (package startheap).
		startheap.Raise(startheap.Goal)
	}
	os.Exit(run(os.Args[1:], inputStream(), os.Stdout, os.Stderr))
}

// opensWindow reports whether args start the window rather than a headless
// command: no arguments, or only flags (--db FILE), except a help flag.
// It mirrors the first test of run.
func opensWindow(args []string) bool {
	args = commandFirst(args)
	if len(args) == 0 {
		return true
	}
	switch args[0] {
	case "-h", "--help", "-help":
		return false
	}
	return strings.HasPrefix(args[0], "-")
}
