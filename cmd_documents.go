package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"tietosuojapakki/jobs"
	"tietosuojapakki/wizard"
)

// checkCommand lists what the answers still lack.
func checkCommand() command {
	return command{name: "check", args: "[--org NAME|ID]",
		summary: "list what the answers still lack, article by article (exit 1 when something blocks a document)",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number`")
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				st, id, err := e.openOrg(*org)
				if err != nil {
					return err
				}
				defer st.Close()
				a, err := st.Answers(e.ctx, id)
				if err != nil {
					return err
				}
				fs := wizard.Check(a)
				printFindings(e, e.stdout, fs) // the findings are check's output, blocking ones too
				if wizard.Blocking(fs) {
					return errIncomplete
				}
				if len(fs) == 0 {
					fmt.Fprintln(e.stdout, word(e.lang, "Vastaukset ovat valmiit.", "Svaren är kompletta.", "The answers are complete."))
				}
				return nil
			}
		}}
}

// errIncomplete ends a command with exit 1 after the findings were printed.
var errIncomplete = errors.New("incomplete")

// documentSummary is the help line of each document's command.
func documentSummary(k jobs.Kind) string {
	switch k {
	case jobs.Terms:
		return "write the processor terms (käsittelijäehdot) as PDF or HTML"
	case jobs.Practices:
		return "write the vendor's privacy practices page as PDF or HTML"
	}
	return "write the privacy notice (tietosuojaseloste) as PDF or HTML"
}

// documentCommand writes one kind of document (jobs.Make).
func documentCommand(k jobs.Kind) command {
	args := "[--org NAME|ID] [--lang fi|sv|en] [--format pdf|html] [--draft] --out FILE|-"
	if k == jobs.Notice {
		args = "[--org NAME|ID] [--register NAME|NUMBER] [--lang fi|sv|en] [--format pdf|html] [--draft] --out FILE|-"
	}
	return command{name: string(k), args: args, summary: documentSummary(k),
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number`")
			out := fs.String("out", "", "the `file` to write (mode 0600 on Linux, the folder's access rights on Windows; an existing file other than a database is replaced); - for standard output")
			format := fs.String("format", "", "pdf or html (default: from the file name, else pdf)")
			draft := fs.Bool("draft", false, "make a draft marked LUONNOS even when answers are missing; no version is issued")
			var reg *string
			if k == jobs.Notice {
				reg = fs.String("register", "", "only this register (its `name or number`, 1 for the first); default: all registers in one notice")
			}
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				r := jobs.Request{Kind: k, Lang: e.docLang, Draft: *draft}
				if reg != nil {
					return writeDocument(e, *org, *reg, *out, *format, r)
				}
				return writeDocument(e, *org, "", *out, *format, r)
			}
		}}
}

// writeDocument makes the document of r and writes it to out.
func writeDocument(e *env, org, register, out, format string, r jobs.Request) error {
	if out == "" {
		return usagef("--out FILE is needed")
	}
	f, err := jobs.FormatFor(out, format)
	if err != nil {
		return usagef("--format must be pdf or html")
	}
	db, err := e.database()
	if err != nil {
		return err
	}
	// Issuing records a version: make sure the file can be written before
	// that, not after.
	if out != jobs.Stdout {
		if err := jobs.CheckOutput(out, db); err != nil {
			return err
		}
	}
	st, id, err := e.openOrg(org)
	if err != nil {
		return err
	}
	defer st.Close()
	if register != "" {
		a, err := st.Answers(e.ctx, id)
		if err != nil {
			return err
		}
		if r.Register, err = jobs.FindRegister(a, register); err != nil {
			return err
		}
	}
	d, err := jobs.Make(e.ctx, st, id, r)
	var inc *jobs.IncompleteError
	if errors.As(err, &inc) {
		printFindings(e, e.stderr, inc.Findings) // why the document was refused
		fmt.Fprintln(e.stderr, word(e.lang,
			"Asiakirjaa ei tehty. Täydennä vastaukset tai tee luonnos valitsimella --draft.",
			"Dokumentet skapades inte. Komplettera svaren eller gör ett utkast med --draft.",
			"The document was not made. Complete the answers or make a draft with --draft."))
		return errIncomplete
	}
	if err != nil {
		return err
	}
	return jobs.WriteOutput(out, db, e.stdout, func(w io.Writer) error { return jobs.Render(w, d, f) })
}

// printFindings writes the findings to w, blocking ones first, each group
// under its heading.
func printFindings(e *env, w io.Writer, fs []wizard.Finding) {
	for _, sev := range []wizard.Severity{wizard.Missing, wizard.Weak} {
		var lines []string
		for _, f := range fs {
			if f.Severity == sev {
				lines = append(lines, "  "+plain(wizard.FindingText(f, string(e.lang))))
			}
		}
		if len(lines) == 0 {
			continue
		}
		head := word(e.lang, "Puuttuu (estää asiakirjan):", "Saknas (hindrar dokumentet):", "Missing (blocks the document):")
		if sev == wizard.Weak {
			head = word(e.lang, "Suositus:", "Rekommendation:", "Advice:")
		}
		fmt.Fprintln(w, head)
		fmt.Fprintln(w, strings.Join(lines, "\n"))
	}
}
