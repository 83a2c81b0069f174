package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/ui"
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
	lang   string
	// mayCreate lets openStore make a new database (the window, import,
	// adding a request).
	mayCreate bool
}

// command is one headless job. The table below is the whole CLI: a new job
// is one more entry.
type command struct {
	name    string
	args    string // usage after the name
	summary string
	// flags adds the command's own flags; run gets the remaining arguments.
	flags func(fs *flag.FlagSet) func(e *env, args []string) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// usageError makes run exit with code 2.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && args[0] != "-h" && args[0] != "--help" && args[0] != "-help" {
		return runGUI(args, stderr)
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		printHelp(stdout)
		return exitOK
	}
	if cmd, ok := noticeCommands[name]; ok { // temporary hook: the coordinator moves these into the command list
		return cmd(args[1:], stdin, stdout, stderr)
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "tietosuojapakki: unknown command %q (see 'tietosuojapakki help')\n", name)
		return exitUsage
	}
	fs := flag.NewFlagSet("tietosuojapakki "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	e := &env{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr, lang: userLang()}
	fs.StringVar(&e.dbPath, "db", "", "database `file` (default: the user's config directory)")
	fs.StringVar(&e.lang, "lang", e.lang, "language of messages and documents: fi, sv or en")
	job := c.flags(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: tietosuojapakki %s %s\n\n%s\n\nOptions:\n", name, c.args, c.summary)
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(fs, args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if e.lang != "fi" && e.lang != "sv" && e.lang != "en" {
		fmt.Fprintf(stderr, "tietosuojapakki %s: --lang must be fi, sv or en\n", name)
		return exitUsage
	}
	err := job(e, fs.Args())
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "tietosuojapakki %s: %s\n", name, ue.msg)
		fs.Usage()
		return exitUsage
	case errors.Is(err, errIncomplete):
		return exitUser // the findings are printed already
	default:
		fmt.Fprintf(stderr, "tietosuojapakki %s: %s\n", name, message(err, e.lang))
		return exitUser
	}
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

// message renders an error for the user in lang.
func message(err error, lang string) string {
	var ps data.Problems
	if errors.As(err, &ps) {
		return fmt.Sprintf("%d %s:\n%s", len(ps), word(lang, "virhettä", "fel", "problems"), ps.Text(lang))
	}
	var is *data.Issue
	if errors.As(err, &is) {
		return is.Message(lang)
	}
	return err.Error()
}

func word(lang, fi, sv, en string) string {
	return vocab.Text{FI: fi, SV: sv, EN: en}.In(lang)
}

// userLang picks the language from the environment: Swedish or English
// when LANG says so, Finnish otherwise (also under LANG=C).
func userLang() string {
	for _, v := range []string{os.Getenv("LC_ALL"), os.Getenv("LC_MESSAGES"), os.Getenv("LANG")} {
		switch {
		case strings.HasPrefix(v, "sv"):
			return "sv"
		case strings.HasPrefix(v, "en"):
			return "en"
		case v != "" && v != "C" && v != "POSIX" && !strings.HasPrefix(v, "C."):
			return "fi"
		}
	}
	return "fi"
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Tietosuojapakki: GDPR paperwork for a small Finnish business.")
	fmt.Fprintln(w, "\nWith no command the window opens. Commands (each takes --db FILE and --help):")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
}

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
	return data.Open(path)
}

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
		fmt.Fprintf(stderr, "tietosuojapakki: %v\n", err)
		return exitUser
	}
	defer st.Close()
	ui.Run(st)
	return exitOK
}
