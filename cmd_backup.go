package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/ui"
)

// Backup and restore, headless, and the start-up of the window: the lock,
// the check of the database and the day's automatic backup.

func init() {
	register(command{name: "backup", args: "--out FILE", summary: "write a copy of the whole database to FILE (never replaces a file)",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			out := fs.String("out", "", "the new `file` to write the copy to")
			return func(e *env, args []string) error {
				if len(args) > 0 || *out == "" {
					return usagef("needs --out FILE and nothing else")
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
		}})

	register(command{name: "restore", args: "FILE", summary: "replace the database with a backup; the current one is kept in backups/",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			return func(e *env, args []string) error {
				if len(args) != 1 {
					return usagef("needs exactly one FILE")
				}
				path, err := e.resolveDB()
				if err != nil {
					return err
				}
				// Refuse a wrong file before touching anything (Restore
				// checks its own copy once more).
				if err := data.CheckBackup(args[0]); err != nil {
					return restoreRefused(e, err)
				}
				// The window must not have the file open while it is replaced.
				lock, err := data.AcquireLock(path)
				if errors.Is(err, data.ErrLocked) {
					return errors.New(ui.LockedMessage(e.lang))
				}
				if err != nil {
					return err
				}
				defer lock.Release()
				kept, err := data.Restore(path, args[0], time.Now())
				if err != nil {
					return restoreRefused(e, err)
				}
				fmt.Fprintf(e.stdout, "%s\t%s\n", word(e.lang, "palautettu", "återställd", "restored"), path)
				if kept != "" {
					fmt.Fprintf(e.stdout, "%s\t%s\n", word(e.lang, "edellinen tallessa", "den tidigare sparad", "previous kept"), kept)
				}
				return nil
			}
		}})
}

// restoreRefused words a refused restore for the user.
func restoreRefused(e *env, err error) error {
	var refused *data.RefusedError
	if errors.As(err, &refused) {
		return errors.New(refused.Message(e.lang) + " " + word(e.lang, "Tietokantaa ei muutettu.", "Databasen har inte ändrats.", "The database has not been changed."))
	}
	return err
}

// resolveDB is the database path of --db or the default one, with its
// folder made (0700) when it is the default.
func (e *env) resolveDB() (string, error) {
	if e.dbPath != "" {
		return e.dbPath, nil
	}
	path, err := data.DefaultPath()
	if err != nil {
		return "", err
	}
	return path, data.EnsureDir(path)
}

// The window's start-up steps that tests replace.
var (
	showLocked = ui.ShowLocked
	noteDamage = ui.NoteDamage
	clock      = time.Now
)

// windowLock is held for the life of the window; the kernel drops it when
// the process ends.
var windowLock *data.Lock

// prepareWindow runs before the window opens: it takes the database's
// lock (a second window on the same database is refused), sets a damaged
// database aside and notes it for the window, and takes the day's backup.
// It fixes e.dbPath to the resolved path. When stop is true the window
// must not open and code is the exit code.
func prepareWindow(e *env, stderr io.Writer) (code int, stop bool) {
	path, err := e.resolveDB()
	if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: %v\n", err)
		return exitUser, true
	}
	e.dbPath = path
	if e.lang == "" {
		e.lang = userLang()
	}
	lock, err := data.AcquireLock(path)
	if errors.Is(err, data.ErrLocked) {
		fmt.Fprintf(stderr, "tietosuojapakki: %s\n", ui.LockedMessage(e.lang))
		showLocked(e.lang)
		return exitUser, true
	}
	if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: %v\n", err)
		return exitUser, true
	}
	windowLock = lock
	if err := data.Check(path); errors.Is(err, data.ErrDamaged) {
		aside, err2 := data.SetAside(path, clock())
		if err2 != nil {
			fmt.Fprintf(stderr, "tietosuojapakki: %v; setting it aside failed: %v\n", err, err2)
			return exitUser, true
		}
		fmt.Fprintf(stderr, "tietosuojapakki: %v; moved to %s\n", err, aside)
		note := ui.DamageNote{SetAside: aside}
		if b, _ := data.NewestGoodBackup(path); b != nil {
			note.Backup, note.BackupTaken = b.Path, b.Taken
		}
		noteDamage(note)
		return exitOK, false // the window opens on a new, empty database
	} else if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: %v\n", err)
		return exitUser, true
	}
	autoBackup(path, stderr)
	return exitOK, false
}

// autoBackup takes the day's backup. A failure is reported and the window
// opens all the same: the user's work matters more than today's copy.
func autoBackup(path string, stderr io.Writer) {
	st, err := data.Open(path)
	if err != nil {
		return // the window's own open reports it
	}
	defer st.Close()
	if _, err := st.AutoBackup(clock()); err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki: the automatic backup failed: %v\n", err)
	}
}
