package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
	"tietosuojapakki/ui"
)

// Backup and restore, headless, and the start-up of the window: the lock,
// the check of the database and the day's automatic backup (jobs.Start).

// backupCommand writes a copy of the database.
func backupCommand() command {
	return command{name: "backup", args: "--out FILE", summary: "write a copy of the whole database to FILE (never replaces a file)",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			out := fs.String("out", "", "the new `file` to write the copy to")
			return func(e *env, args []string) error {
				if len(args) > 0 || *out == "" {
					return usagef("needs --out FILE and nothing else")
				}
				db, err := e.database()
				if err != nil {
					return err
				}
				// An existing file is refused by BackupFile itself (a backup
				// never replaces a file); the check says the rest plainly.
				if fi, err := os.Stat(*out); err != nil || fi.IsDir() {
					if err := jobs.CheckOutput(*out, db); err != nil {
						return err
					}
				}
				st, err := e.openStore()
				if err != nil {
					return err
				}
				defer st.Close()
				if err := st.BackupFile(*out); err != nil {
					return err
				}
				fmt.Fprintln(e.stdout, *out)
				return nil
			}
		}}
}

// restoreCommand replaces the database with a backup, under the lock.
func restoreCommand() command {
	return command{name: "restore", args: "FILE", summary: "replace the database with a backup; the current one is kept in backups/",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			return func(e *env, args []string) error {
				if len(args) != 1 {
					return usagef("needs exactly one FILE")
				}
				path, kept, err := jobs.RestoreLocked(e.dbPath, args[0], time.Now())
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%s\t%s\n", word(e.lang, "palautettu", "återställd", "restored"), path)
				if kept != "" {
					fmt.Fprintf(e.stdout, "%s\t%s\n", word(e.lang, "edellinen tallessa", "den tidigare sparad", "previous kept"), kept)
				}
				return nil
			}
		}}
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
