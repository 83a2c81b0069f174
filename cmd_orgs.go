package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// orgsCommand lists the organisations.
func orgsCommand() command {
	return command{name: "orgs", summary: "list the organisations in the database", flags: func(fs *flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			if len(args) > 0 {
				return usagef("takes no arguments")
			}
			st, err := e.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			orgs, err := st.Organisations(e.ctx)
			if err != nil {
				return err
			}
			for _, o := range orgs {
				fmt.Fprintf(e.stdout, "%d\t%s\n", o.ID, plain(o.Name))
			}
			return nil
		}
	}}
}

// importCommand adds an organisation from an answers file.
func importCommand() command {
	return command{name: "import", args: "FILE", summary: "import an answers file (JSON); prints the new organisation's number",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			return func(e *env, args []string) error {
				if len(args) != 1 {
					return usagef("needs exactly one FILE")
				}
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				file, ps := data.ParseFile(f)
				if len(ps) > 0 {
					return ps // nothing has been opened or written yet
				}
				e.mayCreate = true
				st, err := e.openStore()
				if err != nil {
					return err
				}
				defer st.Close()
				id, err := st.ImportFile(e.ctx, file)
				if err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "%d\t%s\n", id, plain(file.Organisation.Name))
				return nil
			}
		}}
}

// exportCommand writes one organisation as the portable JSON file.
func exportCommand() command {
	return command{name: "export", args: "[--org NAME|ID] [--out FILE|-]",
		summary: "write one organisation's answers and request log as JSON (UTF-8) to FILE, or to standard output",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number` (needed when there are several)")
			out := fs.String("out", jobs.Stdout, "the `file` to write (mode 0600 on Linux, the folder's access rights on Windows; an existing file other than a database is replaced); - for standard output")
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				db, err := e.database()
				if err != nil {
					return err
				}
				if *out != jobs.Stdout {
					if err := jobs.CheckOutput(*out, db); err != nil {
						return err
					}
				}
				st, id, err := e.openOrg(*org)
				if err != nil {
					return err
				}
				defer st.Close()
				f, err := st.ExportFile(e.ctx, id)
				if err != nil {
					return err
				}
				return jobs.WriteOutput(*out, db, e.stdout, func(w io.Writer) error { return data.WriteFile(w, f) })
			}
		}}
}
