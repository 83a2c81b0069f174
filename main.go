// Command tietosuojapakki gives a small Finnish business its GDPR paperwork.
// With no arguments it opens the window; with a subcommand it runs the same
// jobs headless (see "tietosuojapakki help").
package main

import (
	"os"

	// Imported for its init, which must run before Fyne's lang package
	// reads the locale: it keeps "Error parsing user locale C" off stderr
	// under LANG=C.UTF-8 (see its package documentation).
	_ "fi.tietosuojapakki/quietlocale"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
