package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
)

// noticeFlags are the flags both commands take.
type noticeFlags struct {
	fs     *flag.FlagSet
	dbPath string
	lang   string
	format string
}

func newNoticeFlags(name, usage string, stderr io.Writer) *noticeFlags {
	f := &noticeFlags{fs: flag.NewFlagSet("tietosuojapakki "+name, flag.ContinueOnError), lang: string(userLang())}
	f.fs.SetOutput(stderr)
	f.fs.StringVar(&f.dbPath, "db", "", "database `file` (default: the user's config directory)")
	f.fs.StringVar(&f.lang, "lang", f.lang, "language of messages: fi, sv or en")
	f.fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: tietosuojapakki %s %s\n\nOptions:\n", name, usage)
		f.fs.PrintDefaults()
	}
	return f
}

// parse reads flags given before or after FILE and returns the one FILE;
// ok is false when the command should stop with code.
func (f *noticeFlags) parse(args []string, stderr io.Writer) (file string, code int, ok bool) {
	var pos []string
	for {
		if err := f.fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return "", exitOK, false
			}
			return "", exitUsage, false
		}
		if f.fs.NArg() == 0 {
			break
		}
		pos = append(pos, f.fs.Arg(0))
		args = f.fs.Args()[1:]
	}
	switch {
	case f.lang != "fi" && f.lang != "sv" && f.lang != "en":
		fmt.Fprintf(stderr, "%s: --lang must be fi, sv or en\n", f.fs.Name())
		return "", exitUsage, false
	case f.format != "" && f.format != "text" && f.format != "json":
		fmt.Fprintf(stderr, "%s: --format must be text or json\n", f.fs.Name())
		return "", exitUsage, false
	case len(pos) != 1:
		fmt.Fprintf(stderr, "%s: needs exactly one FILE (- reads standard input)\n", f.fs.Name())
		f.fs.Usage()
		return "", exitUsage, false
	}
	return pos[0], exitOK, true
}

// auditNotice reads and audits FILE, or standard input for "-".
func auditNotice(file string, stdin io.Reader, lang string) (*jobs.AuditReport, error) {
	var rep *jobs.AuditReport
	var err error
	if file == "-" {
		_, rep, err = jobs.AuditReader("stdin", stdin, lang)
	} else {
		_, rep, err = jobs.AuditFile(file, lang)
	}
	return rep, err
}

// runAudit is "tietosuojapakki audit FILE [--format text|json] [--lang]":
// it reports the faults of an old privacy notice and the answers read from
// it. Exit 0 when nothing blocks, 1 when a finding blocks (or the file
// cannot be read), 2 on a wrong command line (a folder given as FILE).
func runAudit(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f := newNoticeFlags("audit", "FILE [--format text|json] [--lang fi|sv|en]", stderr)
	f.fs.StringVar(&f.format, "format", "text", "output: text or json")
	file, code, ok := f.parse(args, stderr)
	if !ok {
		return code
	}
	rep, err := auditNotice(file, stdin, f.lang)
	if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki audit: %s\n", jobs.NoticeErrorText(err, f.lang))
		return noticeErrorCode(err)
	}
	if f.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "tietosuojapakki audit: %v\n", err)
			return exitUser
		}
	} else {
		writeAuditText(stdout, rep, f.lang)
	}
	if rep.Blocks() {
		return exitUser
	}
	return exitOK
}

// noticeErrorCode is the exit code of a notice that cannot be audited: a
// folder where FILE belongs is a wrong command line (2), anything else
// (missing, unreadable, not a notice) is the user's input (1).
func noticeErrorCode(err error) int {
	if jobs.IsFolderError(err) {
		return exitUsage
	}
	return exitUser
}

// writeAuditText prints the findings for a reader, then what was read.
func writeAuditText(w io.Writer, rep *jobs.AuditReport, lang string) {
	blocks := 0
	for _, fd := range rep.Findings {
		if fd.Severity == jobs.AuditBlock {
			blocks++
		}
	}
	fmt.Fprintf(w, vocab.Text{
		FI: "%d havaintoa, joista %d estää selosteen käytön.\n",
		SV: "%d anmärkningar, varav %d hindrar att beskrivningen används.\n",
		EN: "%d findings, %d of which block the notice.\n",
	}.In(lang), len(rep.Findings), blocks)
	for _, fd := range rep.Findings {
		sev := vocab.Text{FI: "ESTÄÄ", SV: "HINDER", EN: "BLOCKS"}
		if fd.Severity == jobs.AuditAdvice {
			sev = vocab.Text{FI: "neuvo", SV: "råd", EN: "advice"}
		}
		fmt.Fprintf(w, "\n[%s] %s (%s)\n  %s\n", sev.In(lang), fd.Code, fd.Article, fd.Message)
		if fd.Quote != "" {
			fmt.Fprintf(w, "  » %s «\n", fd.Quote)
		}
	}
	o := rep.Answers.Organisation
	fmt.Fprintf(w, "\n%s\n", vocab.Text{
		FI: "Selosteesta luettiin (tietosuojapakki import-notice tekee näistä uuden organisaation):",
		SV: "Ur beskrivningen lästes (tietosuojapakki import-notice gör en ny organisation av dem):",
		EN: "Read from the notice (tietosuojapakki import-notice makes a new organisation of them):",
	}.In(lang))
	for _, kv := range [][2]string{
		{tr(lang, "Nimi", "Namn", "Name"), o.Name},
		{tr(lang, "Y-tunnus", "FO-nummer", "Business ID"), o.BusinessID},
		{tr(lang, "Osoite", "Adress", "Address"), strings.TrimSpace(strings.Trim(o.Street+", "+o.PostalCode+" "+o.City, ", "))},
		{tr(lang, "Sähköposti", "E-post", "E-mail"), o.Email},
		{tr(lang, "Puhelin", "Telefon", "Phone"), o.Phone},
		{tr(lang, "Yhteyshenkilö", "Kontaktperson", "Contact person"), o.PrivacyContact.Name},
	} {
		if kv[1] == "" {
			kv[1] = "—"
		}
		fmt.Fprintf(w, "  %s: %s\n", kv[0], kv[1])
	}
	for _, r := range rep.Answers.Registers {
		name := r.Name
		if name == "" {
			name = "—"
		}
		fmt.Fprintf(w, "  %s: %s (%d %s, %d %s)\n", tr(lang, "Rekisteri", "Register", "Register"), name,
			len(r.Purposes), tr(lang, "tarkoitusta", "ändamål", "purposes"),
			len(r.DataCategories), tr(lang, "tietoryhmää", "uppgiftskategorier", "data categories"))
	}
}

// runImportNotice is "tietosuojapakki import-notice FILE": it makes a new
// organisation of the answers read from an old notice and prints its
// number and name. It never changes an organisation that exists. Exit 0
// done, 1 the file cannot be read or stored, 2 a wrong command line.
func runImportNotice(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	f := newNoticeFlags("import-notice", "FILE [--db FILE] [--lang fi|sv|en]", stderr)
	file, code, ok := f.parse(args, stderr)
	if !ok {
		return code
	}
	rep, err := auditNotice(file, stdin, f.lang)
	if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki import-notice: %s\n", jobs.NoticeErrorText(err, f.lang))
		return noticeErrorCode(err)
	}
	answers := rep.Answers
	if jobs.EnsureName(answers, filepath.Base(file), f.lang) {
		fmt.Fprintln(stderr, vocab.Text{
			FI: "Selosteesta ei löytynyt yrityksen nimeä: kirjoita se ohjatun toiminnon ensimmäiseen vaiheeseen.",
			SV: "Företagets namn hittades inte i beskrivningen: skriv det i guidens första steg.",
			EN: "The company's name was not found in the notice: type it in the first step of the wizard.",
		}.In(f.lang))
	}
	id, err := importAnswers(f.dbPath, answers, rep.Findings)
	if err != nil {
		fmt.Fprintf(stderr, "tietosuojapakki import-notice: %s\n", storeError(err, f.lang))
		return exitUser
	}
	fmt.Fprintf(stdout, "%d\t%s\n", id, answers.Organisation.Name)
	return exitOK
}

// importAnswers adds the answers as a new organisation to the database at
// path (the default database when empty, its folder made if needed), with
// the audit's findings kept for the window's summary (jobs.ImportNotice).
func importAnswers(path string, file *data.File, findings []jobs.AuditFinding) (int64, error) {
	if ps := data.CheckFile(file); len(ps) > 0 {
		return 0, ps // before a database is made for answers that cannot be kept
	}
	if path == "" {
		var err error
		if path, err = data.DefaultPath(); err != nil {
			return 0, err
		}
		if err := data.EnsureDir(path); err != nil {
			return 0, err
		}
	}
	st, err := data.Open(path)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	return jobs.ImportNotice(context.Background(), st, file, findings)
}

// tr picks the Finnish, Swedish or English word.
func tr(lang, fi, sv, en string) string { return vocab.Text{FI: fi, SV: sv, EN: en}.In(lang) }

// storeError words an import error in lang (jobs.ErrorText: the one
// wording of errors).
func storeError(err error, lang string) string { return jobs.ErrorText(err, lang) }
