package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
)

// Exit codes of the headless jobs.
const (
	exitOK    = 0
	exitUser  = 1 // the user's input or data is wrong: a clear message on stderr
	exitUsage = 2 // the command line is wrong
)

// env is what a command runs with: its streams and the parsed common flags.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	dbPath string
	// lang is the language of messages: --lang, else the system's.
	lang vocab.Lang
	// docLang is the language of a document when --lang was given; ""
	// lets the document take the organisation's main document language,
	// never the system's.
	docLang vocab.Lang
	// mayCreate lets openStore make a new database (the window, import,
	// adding a request).
	mayCreate bool
	// reads marks a command that only reads: openStore then opens a
	// database it may not write read-only (data.OpenReading).
	reads bool
}

// command is one headless job.
type command struct {
	name    string
	args    string // usage after the name
	summary string
	// flags adds the command's own flags; run gets the remaining arguments.
	flags func(fs *flag.FlagSet) func(e *env, args []string) error
	// subs, instead of flags, makes a command of sub-commands, each with
	// its own flags ("requests add").
	subs []subcommand
	// raw, instead of flags or subs, is a command that parses its own
	// command line and returns its exit code (audit, import-notice).
	raw func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
	// reads marks a command that never writes the database: a database on
	// a read-only medium, or a file the user may not write, still serves it.
	reads bool
}

// commandList is the whole command line, in the order help lists it: each
// command has one constructor, and a new command is one more line here.
func commandList() []command {
	return []command{
		reading(orgsCommand()),
		importCommand(),
		reading(exportCommand()),
		reading(checkCommand()),
		reading(documentCommand(jobs.Notice)),
		reading(documentCommand(jobs.Terms)),
		reading(documentCommand(jobs.Practices)),
		requestsCommand(),
		breachesCommand(),
		reading(recordCommand()),
		reading(backupCommand()),
		restoreCommand(),
		{name: "audit", args: "FILE [--format text|json]", raw: runAudit,
			summary: "check an old privacy notice (text, HTML, PDF, DOCX, ODT; - for standard input) and list its faults"},
		{name: "import-notice", args: "FILE", raw: runImportNotice,
			summary: "make a new organisation of the answers read from an old privacy notice"},
	}
}

// reading marks c as a command that only reads the database.
func reading(c command) command {
	c.reads = true
	return c
}

// findCommand is the command called name.
func findCommand(name string) (command, bool) {
	for _, c := range commandList() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError makes run exit with code 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func isHelp(a string) bool { return a == "help" || a == "-h" || a == "--help" || a == "-help" }

// commandFirst moves a command named after the common flags to the front:
// "--db t.db orgs" is "orgs --db t.db", not the window with a stray
// argument. A word that is the value of --db or --lang is no command.
func commandFirst(args []string) []string {
	if len(args) == 0 || !strings.HasPrefix(args[0], "-") || isHelp(args[0]) {
		return args
	}
	for i, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		switch strings.TrimLeft(args[i-1], "-") {
		case "db", "lang":
			continue // the flag's value
		}
		if _, ok := findCommand(a); ok || isHelp(a) {
			return append(append([]string{a}, args[:i]...), args[i+1:]...)
		}
		return args
	}
	return args
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	args = commandFirst(args)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && !isHelp(args[0]) {
		return runGUI(args, stderr)
	}
	name := args[0]
	if isHelp(name) {
		printHelp(stdout)
		return exitOK
	}
	c, ok := findCommand(name)
	if !ok {
		fmt.Fprintf(stderr, "tietosuojapakki: unknown command %q (see 'tietosuojapakki help')\n", name)
		return exitUsage
	}
	if c.raw != nil {
		return c.raw(args[1:], stdin, stdout, stderr)
	}
	e := &env{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr, lang: userLang(), reads: c.reads}
	if c.subs != nil {
		return runSub(e, c, args[1:])
	}
	fs := newFlagSet(e, "tietosuojapakki "+name, c.args, c.summary)
	job := c.flags(fs)
	return parseAndRun(e, fs, args[1:], job)
}

// newFlagSet is a command's flag set with the flags every command takes.
func newFlagSet(e *env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&e.dbPath, "db", "", "database `file` (default: the user's config directory)")
	fs.Func("lang", "language of messages and documents: fi, sv or en (documents: default the organisation's main document language)", func(s string) error {
		l, ok := vocab.ParseLang(s)
		if !ok {
			return errors.New("must be fi, sv or en")
		}
		e.lang, e.docLang = l, l
		return nil
	})
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: %s %s\n\n%s\n\nOptions:\n", name, args, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseAndRun parses the flags and runs the job, turning what happens into
// the exit code and a message in the user's language.
func parseAndRun(e *env, fs *flag.FlagSet, args []string, job func(*env, []string) error) int {
	// The flag package's own messages are English and name flags with one
	// dash; an unknown flag is said here instead.
	var parseOut bytes.Buffer
	fs.SetOutput(&parseOut)
	usage := fs.Usage
	fs.Usage = func() {} // printed below, once, after the reason
	err := fs.Parse(reorder(fs, args))
	fs.Usage = usage
	fs.SetOutput(e.stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.Usage()
			return exitOK
		}
		fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), flagErrorText(err, e.lang))
		fs.Usage()
		return exitUsage
	}
	err = job(e, fs.Args())
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), usageText(ue.msg, e.lang))
		fs.Usage()
		return exitUsage
	case errors.Is(err, errIncomplete):
		return exitUser // the findings are printed already
	default:
		fmt.Fprintf(e.stderr, "%s: %s\n", fs.Name(), jobs.ErrorText(err, string(e.lang)))
		return exitUser
	}
}

// usageTexts word the commands' fixed usage messages, written in English
// at their call sites (usagef), in the user's language.
var usageTexts = map[string]vocab.Text{
	"takes no arguments":                {FI: "ei ota argumentteja", SV: "tar inga argument", EN: "takes no arguments"},
	"needs exactly one FILE":            {FI: "tarvitsee täsmälleen yhden TIEDOSTON", SV: "behöver exakt en FIL", EN: "needs exactly one FILE"},
	"needs --out FILE and nothing else": {FI: "tarvitsee valitsimen --out TIEDOSTO eikä muuta", SV: "behöver --out FIL och inget annat", EN: "needs --out FILE and nothing else"},
	"--out FILE is needed":              {FI: "--out TIEDOSTO puuttuu", SV: "--out FIL saknas", EN: "--out FILE is needed"},
	"--format must be pdf or html":      {FI: "--format on pdf tai html", SV: "--format är pdf eller html", EN: "--format must be pdf or html"},
	"--format must be pdf, html or csv": {FI: "--format on pdf, html tai csv", SV: "--format är pdf, html eller csv", EN: "--format must be pdf, html or csv"},
}

// usageText is msg in lang when it is one of usageTexts, else msg.
func usageText(msg string, lang vocab.Lang) string {
	if t, ok := usageTexts[msg]; ok {
		return t.In(string(lang))
	}
	return msg
}

// flagErrorText words the flag package's parse errors, which are English
// and name flags with one dash, in the user's language.
func flagErrorText(err error, lang vocab.Lang) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "--" + strings.TrimLeft(name, "-") + ": " +
			lang.Pick("tämä komento ei ota tätä valitsinta", "kommandot tar inte den här flaggan", "this command does not take this option")
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "--" + strings.TrimLeft(name, "-") + ": " +
			lang.Pick("anna valitsimelle arvo", "ge flaggan ett värde", "give the option a value")
	}
	// invalid value "V" for flag -X: cause
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		value, flagPart, _ := strings.Cut(rest, " for flag ")
		name, cause, _ := strings.Cut(flagPart, ": ")
		text := "--" + strings.TrimLeft(name, "-") + ": " + lang.Pick("arvo "+value+" ei kelpaa", "värdet "+value+" duger inte", "the value "+value+" is not valid")
		if cause != "" && !strings.Contains(cause, "parse") {
			text += " (" + cause + ")"
		}
		return text
	}
	return msg
}

// reorder moves flags before positional arguments, so that
// "import FILE --db X" works as well as "import --db X FILE".
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil {
			if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
				continue
			}
			if i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		}
	}
	return append(flags, pos...)
}

// word picks the text of the user's language.
func word(lang vocab.Lang, fi, sv, en string) string { return lang.Pick(fi, sv, en) }

// userLang picks the language of messages from the environment: Swedish or
// English when LANG says so (on Windows, which sets no LANG, the user's
// region settings: systemLocale), Finnish otherwise (also under LANG=C).
// Documents never follow it (see env.docLang).
func userLang() vocab.Lang {
	for _, v := range []string{os.Getenv("LC_ALL"), os.Getenv("LC_MESSAGES"), os.Getenv("LANG"), systemLocale()} {
		switch {
		case strings.HasPrefix(v, "sv"):
			return vocab.Swedish
		case strings.HasPrefix(v, "en"):
			return vocab.English
		case v != "" && v != "C" && v != "POSIX" && !strings.HasPrefix(v, "C."):
			return vocab.Finnish
		}
	}
	return vocab.Finnish
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Tietosuojapakki: GDPR paperwork for a small Finnish business.")
	fmt.Fprintln(w, "\n"+noCommandHelp+" Commands (each takes --db FILE and --help):")
	for _, c := range commandList() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}

// database is the path of --db or the default one (its folder made with
// mode 0700 when it is the default).
func (e *env) database() (string, error) { return jobs.DBPath(e.dbPath) }

// openStore opens the database named by --db, or the default one (creating
// its folder with mode 0700). Only the window and the commands that add
// something (e.mayCreate) make a new database: a mistyped --db for orgs or
// export must say so, not answer from a new empty file left behind.
func (e *env) openStore() (*data.Store, error) {
	path := e.dbPath
	if path == "" {
		var err error
		if path, err = data.DefaultPath(); err != nil {
			return nil, err
		}
		if e.mayCreate {
			if err := data.EnsureDir(path); err != nil {
				return nil, err
			}
		}
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) && !e.mayCreate {
		return nil, &data.Issue{Code: "db.missing", Args: []any{path}}
	}
	if e.reads && !e.mayCreate {
		return data.OpenReading(path)
	}
	return data.Open(path)
}

// openOrg opens the store and resolves --org.
func (e *env) openOrg(org string) (*data.Store, int64, error) {
	st, err := e.openStore()
	if err != nil {
		return nil, 0, err
	}
	id, err := st.FindOrganisation(e.ctx, org)
	if err != nil {
		st.Close()
		return nil, 0, err
	}
	return st, id, nil
}
