// Command tietosuojapakki gives a small Finnish business its GDPR paperwork.
// With no arguments it opens the window; with a subcommand it runs the same
// jobs headless (see "tietosuojapakki help").
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
