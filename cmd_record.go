package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"tietosuojapakki/jobs"
)

// recordCommand writes the record of processing activities (art. 30).
func recordCommand() command {
	return command{name: "record", args: "[--org NAME|ID] [--processor] [--lang fi|sv|en] [--format pdf|html|csv] [--draft] --out FILE|-",
		summary: "write the record of processing activities (seloste käsittelytoimista, art. 30) as PDF, HTML or CSV",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			org := fs.String("org", "", "organisation `name or number`")
			out := fs.String("out", "", "the `file` to write (mode 0600 on Linux, the folder's access rights on Windows; an existing file other than a database is replaced); - for standard output")
			format := fs.String("format", "", "pdf, html or csv (default: from the file name, else pdf)")
			processor := fs.Bool("processor", false, "the processor's record (art. 30(2)) of the processing done for customers")
			draft := fs.Bool("draft", false, "make a draft marked LUONNOS even when answers are missing; no version is issued")
			return func(e *env, args []string) error {
				if len(args) > 0 {
					return usagef("takes no arguments")
				}
				return writeRecord(e, *org, *out, *format, jobs.RecordOptions{Processor: *processor, Lang: e.docLang, Draft: *draft})
			}
		}}
}

// recordFormat is pdf, html or csv: the format given, else from the file's
// name, else pdf.
func recordFormat(out, format string) (string, error) {
	if format == "csv" || format == "" && len(out) > 4 && (out[len(out)-4:] == ".csv" || out[len(out)-4:] == ".CSV") {
		return "csv", nil
	}
	return jobs.FormatFor(out, format)
}

// writeRecord makes the record o asks for and writes it to out.
func writeRecord(e *env, org, out, format string, o jobs.RecordOptions) error {
	if out == "" {
		return usagef("--out FILE is needed")
	}
	f, err := recordFormat(out, format)
	if err != nil {
		return usagef("--format must be pdf, html or csv")
	}
	if f == "csv" && o.Processor {
		return usagef("%s", word(e.lang, "--format csv on vain rekisterinpitäjän selosteelle (ilman valitsinta --processor)",
			"--format csv finns bara för den personuppgiftsansvariges register (utan --processor)",
			"--format csv is for the controller's record only (without --processor)"))
	}
	db, err := e.database()
	if err != nil {
		return err
	}
	// Issuing records a version: make sure the file can be written first.
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
	var write func(io.Writer) error
	if f == "csv" {
		write = func(w io.Writer) error { return jobs.WriteRecordCSV(e.ctx, st, id, o, w) }
		// Check readiness before the file is touched.
		if err := jobs.WriteRecordCSV(e.ctx, st, id, o, io.Discard); err != nil {
			return recordIncomplete(e, err)
		}
	} else {
		d, err := jobs.MakeRecord(e.ctx, st, id, o)
		if err != nil {
			return recordIncomplete(e, err)
		}
		write = func(w io.Writer) error { return jobs.Render(w, d, f) }
	}
	return jobs.WriteOutput(out, db, e.stdout, write)
}

// recordIncomplete prints the gaps of a record that may not be issued.
func recordIncomplete(e *env, err error) error {
	var inc *jobs.IncompleteError
	if !errors.As(err, &inc) {
		return err
	}
	printFindings(e, e.stderr, inc.Findings)
	fmt.Fprintln(e.stderr, word(e.lang,
		"Selostetta ei tehty. Täydennä vastaukset tai tee luonnos valitsimella --draft.",
		"Registret skapades inte. Komplettera svaren eller gör ett utkast med --draft.",
		"The record was not made. Complete the answers or make a draft with --draft."))
	return errIncomplete
}
