package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"tietosuojapakki/jobs"
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
