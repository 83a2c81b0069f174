package main

import (
	"flag"
	"fmt"
	"os"

	"tietosuojapakki/data"
)

func init() {
	register(command{name: "orgs", summary: "list the organisations in the database", flags: func(fs *flag.FlagSet) func(*env, []string) error {
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
				fmt.Fprintf(e.stdout, "%d\t%s\n", o.ID, o.Name)
			}
			return nil
		}
	}})

	register(command{name: "import", args: "FILE", summary: "import an answers file (JSON); prints the new organisation's number",
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
				fmt.Fprintf(e.stdout, "%d\t%s\n", id, file.Organisation.Name)
				return nil
			}
		}})

	register(command{name: "export", args: "[--org NAME|ID]", summary: "write one organisation's answers and request log as JSON to stdout",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number` (needed when there are several)")
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				st, err := e.openStore()
				if err != nil {
					return err
				}
				defer st.Close()
				id, err := st.FindOrganisation(e.ctx, *org)
				if err != nil {
					return err
				}
				f, err := st.ExportFile(e.ctx, id)
				if err != nil {
					return err
				}
				return data.WriteFile(e.stdout, f)
			}
		}})
}
