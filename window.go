//go:build !nogui

// The window's side of the program: opening it, and the small windows
// that say why it cannot open. Left out of the command-line twin
// (tietosuojapakki-cli, built with -tags nogui; see window_nogui.go), so
// that the twin links neither Fyne nor the X11/OpenGL libraries.

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
	"tietosuojapakki/ui"
)

// noCommandHelp is what help says of a start without a command.
const noCommandHelp = "With no command the window opens."

// runGUI opens the window; the only flag it takes is --db.
func runGUI(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("tietosuojapakki", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbPath := fs.String("db", "", "database `file`")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	e := &env{dbPath: *dbPath, mayCreate: true}
	if code, stop := prepareWindow(e, stderr); stop { // lock, check, backup
		return code
	}
	st, err := e.openStore()
	if err != nil {
		return openProblem(e, stderr, err)
	}
	defer st.Close()
	// Print previews hold personal data: they go when the window does.
	defer ui.RemovePrintPreviews()
	ui.Run(st)
	return exitOK
}

// The window's start-up steps that tests replace.
var (
	showLocked      = ui.ShowLocked
	showOpenProblem = ui.ShowOpenProblem
	noteDamage      = ui.NoteDamage
	clock           = time.Now
)

// openProblem says on stderr and in a small window, in the user's
// language, why the window's database cannot be opened (a newer version,
// a file that cannot be read, a folder, a read-only folder, not a
// database): a user who started the program from its icon never sees
// stderr. It returns the exit code.
func openProblem(e *env, stderr io.Writer, err error) int {
	l := string(e.lang)
	fmt.Fprintf(stderr, "tietosuojapakki: %s\n", jobs.ErrorText(err, l))
	path := e.dbPath
	if p, perr := e.database(); perr == nil {
		path = p
	}
	showOpenProblem(l, path, err)
	return exitUser
}

// windowLock is held for the life of the window; the kernel drops it when
// the process ends.
var windowLock *data.Lock

// prepareWindow runs before the window opens (jobs.Start): it takes the
// database's lock (a second window on the same database is refused), sets
// a damaged database aside and notes it for the window, and takes the
// day's backup. It fixes e.dbPath to the resolved path. When stop is true
// the window must not open and code is the exit code.
func prepareWindow(e *env, stderr io.Writer) (code int, stop bool) {
	if e.lang == "" {
		e.lang = userLang()
	}
	l := string(e.lang)
	s, err := jobs.Start(e.dbPath, clock())
	if errors.Is(err, data.ErrLocked) {
		fmt.Fprintf(stderr, "tietosuojapakki: %s\n", jobs.ErrorText(err, l))
		showLocked(l)
		return exitUser, true
	}
	if err != nil {
		return openProblem(e, stderr, err), true
	}
	e.dbPath = s.Path
	windowLock = s.Lock
	if d := s.Damage; d != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: %v; moved to %s\n", d.Cause, d.SetAside)
		noteDamage(ui.DamageNote{SetAside: d.SetAside, Backup: d.Backup, BackupTaken: d.BackupTaken})
	}
	if s.BackupErr != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: the automatic backup failed: %v\n", s.BackupErr)
	}
	return exitOK, false
}
