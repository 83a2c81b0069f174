package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
)

// envToday names the variable that fixes "today" for the requests command
// (YYYY-MM-DD), for tests and for entering a log after the fact: deadlines,
// "not in the future" checks and history times all follow it.
const envToday = "TIETOSUOJAPAKKI_TODAY"

// requestsCmd is what every sub-command of "requests" gets: the env, the
// open store, the organisation and the parsed flags.
type requestsCmd struct {
	*env
	st  *data.Store
	org int64
	f   *requestFlags
}

// requestFlags hold the values of the sub-commands' flags; each
// sub-command's own flag set defines only the ones it takes.
type requestFlags struct {
	org, received, name, contact, channel, register, method   string
	format, on, told, reason, outcome, refused, details, text string
	from, to, out, status, search, kind                       string
	year                                                      int
	rights                                                    multiFlag
	yes                                                       bool
}

// multiFlag collects a repeatable flag (--right a --right b).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// subcommand is one sub-command of a command ("requests add").
type subcommand struct {
	name    string
	args    string // positional arguments, for the usage line
	nargs   int
	flags   []string // the flags it takes besides --db, --lang and --org
	summary string
	run     func(c *requestsCmd, args []string) error
	// reads marks a sub-command that never writes the database (see
	// command.reads).
	reads bool
}

// requestsCommand is the request log: its sub-commands in the order help
// lists them.
func requestsCommand() command {
	return command{name: "requests", args: "add|list|show|verify|extend|answer|note|report|summary|purge [REF] [options]",
		summary: "the request log (pyyntöloki); 'requests help' lists the sub-commands",
		subs: []subcommand{
			{name: "add", flags: []string{"received", "right", "name", "contact", "channel", "register", "method"},
				summary: "enter a request; prints its reference", run: (*requestsCmd).add},
			{name: "list", flags: []string{"format", "status", "year", "right", "search", "out"},
				summary: "list the log (text, json or csv)", run: (*requestsCmd).list, reads: true},
			{name: "show", args: "REF", nargs: 1, flags: []string{"format"}, summary: "show one request with its history", run: (*requestsCmd).show, reads: true},
			{name: "verify", args: "REF", nargs: 1, flags: []string{"on", "method"},
				summary: "record that the requester's identity was verified", run: (*requestsCmd).verify},
			{name: "extend", args: "REF", nargs: 1, flags: []string{"told", "reason"},
				summary: "extend the period to three months (within the first month)", run: (*requestsCmd).extend},
			{name: "answer", args: "REF", nargs: 1, flags: []string{"on", "outcome", "refused", "details"},
				summary: "record the answer, or a refusal with --refused REASON", run: (*requestsCmd).answer},
			{name: "note", args: "REF", nargs: 1, flags: []string{"text"}, summary: "add a note to the history", run: (*requestsCmd).note},
			{name: "report", flags: []string{"from", "to", "out"}, summary: "write the log of a period as PDF", run: (*requestsCmd).report, reads: true},
			{name: "summary", args: "REF", nargs: 1, flags: []string{"out"}, summary: "write one request with its history as PDF", run: (*requestsCmd).summary, reads: true},
			{name: "letter", args: "REF", nargs: 1, flags: []string{"kind", "format", "out"}, summary: "write a letter to the requester (ack, extension, answer, refusal) and record it", run: (*requestsCmd).letter},
			{name: "purge", flags: []string{"yes"}, summary: "remove the personal data of entries past the log's retention", run: (*requestsCmd).purge},
		}}
}

// requestFlag is one flag a requests sub-command may take.
type requestFlag struct {
	name   string
	define func(fs *flag.FlagSet, f *requestFlags, name string)
}

// str defines a string flag at the field p picks.
func str(p func(*requestFlags) *string, def, usage string) func(*flag.FlagSet, *requestFlags, string) {
	return func(fs *flag.FlagSet, f *requestFlags, name string) { fs.StringVar(p(f), name, def, usage) }
}

// requestFlagList is every flag of the requests sub-commands; each
// sub-command names the ones it takes.
func requestFlagList() []requestFlag {
	return []requestFlag{
		{"received", str(func(f *requestFlags) *string { return &f.received }, "", "day the request was received (YYYY-MM-DD or d.m.yyyy)")},
		{"right", func(fs *flag.FlagSet, f *requestFlags, name string) {
			fs.Var(&f.rights, name, "right used: "+strings.Join(rightCodes(), "|")+" (repeat for several)")
		}},
		{"name", str(func(f *requestFlags) *string { return &f.name }, "", "requester's name")},
		{"contact", str(func(f *requestFlags) *string { return &f.contact }, "", "requester's contact (e-mail, address, phone)")},
		{"channel", str(func(f *requestFlags) *string { return &f.channel }, "", "how it arrived: "+strings.Join(data.Channels, "|"))},
		{"register", str(func(f *requestFlags) *string { return &f.register }, "", "register concerned")},
		{"method", str(func(f *requestFlags) *string { return &f.method }, "", "how identity was verified")},
		{"format", str(func(f *requestFlags) *string { return &f.format }, "text", "output: text, json or csv")},
		{"on", str(func(f *requestFlags) *string { return &f.on }, "", "date (YYYY-MM-DD or d.m.yyyy)")},
		{"told", str(func(f *requestFlags) *string { return &f.told }, "", "day the requester was told of the extension")},
		{"reason", str(func(f *requestFlags) *string { return &f.reason }, "", "reason for the extension")},
		{"outcome", str(func(f *requestFlags) *string { return &f.outcome }, "", "what was answered or done")},
		{"refused", str(func(f *requestFlags) *string { return &f.refused }, "", "refusal reason: "+strings.Join(data.RefusalReasons, "|"))},
		{"details", str(func(f *requestFlags) *string { return &f.details }, "", "grounds of the refusal")},
		{"kind", str(func(f *requestFlags) *string { return &f.kind }, "", "letter: ack, extension, answer or refusal")},
		{"text", str(func(f *requestFlags) *string { return &f.text }, "", "text of the note")},
		{"from", str(func(f *requestFlags) *string { return &f.from }, "", "first day of the period")},
		{"to", str(func(f *requestFlags) *string { return &f.to }, "", "last day of the period")},
		{"out", str(func(f *requestFlags) *string { return &f.out }, "",
			"output `file` (mode 0600 on Linux, the folder's access rights on Windows; an existing file other than a database is replaced); - for standard output")},
		{"status", str(func(f *requestFlags) *string { return &f.status }, "", "list only: open, answered, refused, closed or attention")},
		{"year", func(fs *flag.FlagSet, f *requestFlags, name string) {
			fs.IntVar(&f.year, name, 0, "list only requests received in `year`")
		}},
		{"search", str(func(f *requestFlags) *string { return &f.search }, "", "list only names or references containing this")},
		{"yes", func(fs *flag.FlagSet, f *requestFlags, name string) {
			fs.BoolVar(&f.yes, name, false, "purge without asking")
		}},
	}
}

// defineRequestFlag adds the flag name to a sub-command's flag set.
func defineRequestFlag(fs *flag.FlagSet, f *requestFlags, name string) {
	for _, d := range requestFlagList() {
		if d.name == name {
			d.define(fs, f, name)
			return
		}
	}
	panic("requests: no flag " + name) // a programming error, found by the tests
}

func rightCodes() []string {
	out := make([]string, len(data.Rights))
	for i, r := range data.Rights {
		out[i] = string(r)
	}
	return out
}

// runSub runs a sub-command of c: the first argument names it, and it
// parses its own flags, so that "requests add --help" shows add's flags
// only and a flag of another sub-command is refused.
func runSub(e *env, c command, args []string) int {
	args = subFirst(args)
	if len(args) == 0 || isHelp(args[0]) {
		printSubHelp(e.stdout, c)
		if len(args) == 0 {
			fmt.Fprintf(e.stderr, "tietosuojapakki %s: %s\n", c.name, word(e.lang, "anna alikomento", "ange ett underkommando", "give a sub-command"))
			return exitUsage
		}
		return exitOK
	}
	var sub *subcommand
	for i := range c.subs {
		if c.subs[i].name == args[0] {
			sub = &c.subs[i]
		}
	}
	if sub == nil {
		fmt.Fprintf(e.stderr, "tietosuojapakki %s: %s %q\n", c.name, word(e.lang, "tuntematon alikomento", "okänt underkommando", "unknown sub-command"), args[0])
		printSubHelp(e.stderr, c)
		return exitUsage
	}
	usage := sub.args
	for _, fl := range sub.flags {
		usage += " [--" + fl + "]"
	}
	fs := newFlagSet(e, "tietosuojapakki "+c.name+" "+sub.name, strings.TrimSpace(usage), sub.summary)
	f := &requestFlags{}
	fs.StringVar(&f.org, "org", "", "organisation `name or number` (needed when there are several)")
	for _, fl := range sub.flags {
		defineRequestFlag(fs, f, fl)
	}
	return parseAndRun(e, fs, args[1:], func(e *env, args []string) error {
		if len(args) != sub.nargs {
			return usagef("%s", word(e.lang, "väärä määrä argumentteja", "fel antal argument", "wrong number of arguments"))
		}
		e.reads = sub.reads
		return runRequest(e, f, sub, args)
	})
}

// subFirst moves the sub-command's name to the front when common flags
// come before it ("requests --db X list").
func subFirst(args []string) []string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") || isHelp(a) {
			if i == 0 {
				return args
			}
			return append(append([]string{a}, args[:i]...), args[i+1:]...)
		}
		// The common flags take a value: skip it unless given with "=".
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") {
			i++
		}
	}
	return args
}

// runRequest opens the log of the organisation and runs sub.
func runRequest(e *env, f *requestFlags, sub *subcommand, args []string) error {
	st, err := e.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	if v := os.Getenv(envToday); v != "" {
		today, err := time.ParseInLocation(time.DateOnly, v, time.Local)
		if err != nil {
			return fmt.Errorf("%s=%q: %s", envToday, v, word(e.lang, "päivän pitää olla muotoa VVVV-KK-PP", "datumet ska ha formen ÅÅÅÅ-MM-DD", "the date must be YYYY-MM-DD"))
		}
		st.SetClock(func() time.Time { return today.Add(12 * time.Hour) })
	}
	org, err := st.FindOrganisation(e.ctx, f.org)
	if err != nil {
		return err
	}
	return sub.run(&requestsCmd{env: e, st: st, org: org, f: f}, args)
}

// printSubHelp lists the sub-commands of c with their flags.
func printSubHelp(w io.Writer, c command) {
	fmt.Fprintf(w, "tietosuojapakki %s SUB-COMMAND [REF] [options]   (--db FILE, --org NAME|ID, --lang fi|sv|en)\n", c.name)
	for _, s := range c.subs {
		var fl []string
		for _, x := range s.flags {
			fl = append(fl, "--"+x)
		}
		fmt.Fprintf(w, "  %-8s %-4s %s\n           %s\n", s.name, s.args, s.summary, strings.Join(fl, " "))
	}
	fmt.Fprintf(w, "Dates: YYYY-MM-DD or d.m.yyyy. %s=YYYY-MM-DD sets the day taken as today. '%s SUB-COMMAND --help' shows its options.\n", envToday, c.name)
}

func (c *requestsCmd) add(_ []string) error {
	r := data.Request{Received: c.f.received, Channel: c.f.channel, Register: c.f.register,
		Requester: data.Requester{Name: c.f.name, Contact: c.f.contact}}
	for _, x := range c.f.rights {
		r.Rights = append(r.Rights, data.Right(strings.TrimSpace(x)))
	}
	if c.f.method != "" {
		r.Identity = &data.Identity{Method: c.f.method}
	}
	ref, err := c.st.AddRequest(c.ctx, c.org, r)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, ref)
	return nil
}

func (c *requestsCmd) verify(args []string) error {
	return c.done(args[0], c.st.VerifyIdentity(c.ctx, c.org, args[0], c.f.on, c.f.method))
}

func (c *requestsCmd) extend(args []string) error {
	if err := c.st.ExtendRequest(c.ctx, c.org, args[0], c.f.told, c.f.reason); err != nil {
		return err
	}
	e, err := c.st.GetRequest(c.ctx, c.org, args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s\t%s %s\n", e.Ref, data.FieldLabel("due", c.l()), data.FormatDate(e.Due))
	return nil
}

func (c *requestsCmd) answer(args []string) error {
	return c.done(args[0], c.st.AnswerRequest(c.ctx, c.org, args[0], data.Answer{On: c.f.on, Outcome: c.f.outcome,
		RefusalReason: c.f.refused, RefusalDetails: c.f.details}))
}

func (c *requestsCmd) note(args []string) error {
	return c.done(args[0], c.st.AddNote(c.ctx, c.org, args[0], c.f.text))
}

// l is the language of messages as the store's texts take it.
func (c *requestsCmd) l() string { return string(c.lang) }

// done prints the reference and the new status after a change.
func (c *requestsCmd) done(ref string, err error) error {
	if err != nil {
		return err
	}
	e, err := c.st.GetRequest(c.ctx, c.org, ref)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s\t%s\n", e.Ref, vocab.Label(vocab.Statuses, e.Status, c.l()))
	return nil
}

// jsonEntry is one request in "list --format json" and "show --format json".
type jsonEntry struct {
	Ref        string       `json:"ref"`
	Received   string       `json:"received"`
	Due        string       `json:"due"`
	Status     string       `json:"status"`
	State      string       `json:"state"`
	DaysLeft   *int         `json:"days_left,omitempty"`
	DaysTaken  *int         `json:"days_taken,omitempty"`
	Extended   bool         `json:"extended"`
	Channel    string       `json:"channel,omitempty"`
	Requester  string       `json:"requester"`
	Contact    string       `json:"contact,omitempty"`
	Rights     []data.Right `json:"rights"`
	Register   string       `json:"register,omitempty"`
	AnsweredOn string       `json:"answered_on,omitempty"`
	Outcome    string       `json:"outcome,omitempty"`
	Refusal    string       `json:"refusal_reason,omitempty"`
	Purged     bool         `json:"purged,omitempty"`
	History    []data.Event `json:"history,omitempty"`
}

func toJSON(e *data.LogEntry, today time.Time) jsonEntry {
	t := e.TimingOn(today)
	j := jsonEntry{Ref: e.Ref, Received: e.Received, Due: e.Due, Status: e.Status, State: t.State, Extended: e.Extended,
		Channel: e.Channel, Requester: e.Requester.Name, Contact: e.Requester.Contact, Rights: e.Rights, Register: e.Register,
		AnsweredOn: e.AnsweredOn, Outcome: e.Outcome, Refusal: e.RefusalReason, Purged: e.Purged, History: e.History}
	if e.Open() {
		j.DaysLeft = &t.DaysLeft
	} else if e.AnsweredOn != "" {
		j.DaysTaken = &t.DaysTaken
	}
	return j
}

// listFilter is the filter of list's flags.
func (c *requestsCmd) listFilter() (data.RequestFilter, error) {
	f := data.RequestFilter{Status: c.f.status, Year: c.f.year, Search: c.f.search}
	if len(c.f.rights) > 1 {
		return f, usagef("list: --right %s", word(c.lang, "vain kerran", "bara en gång", "only once"))
	}
	if len(c.f.rights) == 1 {
		f.Right = data.Right(c.f.rights[0])
		if !slices.Contains(data.Rights, f.Right) {
			return f, &data.RequestError{Field: "rights", Code: "right_unknown", Args: []string{c.f.rights[0], strings.Join(rightCodes(), ", ")}}
		}
	}
	switch f.Status {
	case "", data.StatusOpen, data.StatusAnswered, data.StatusRefused, data.FilterClosed, data.FilterAttention:
	default:
		return f, usagef("--status: open, answered, refused, closed, attention")
	}
	if c.f.format != "text" && c.f.format != "json" && c.f.format != "csv" {
		return f, usagef("--format: text, json, csv")
	}
	return f, nil
}

func (c *requestsCmd) list(_ []string) error {
	f, err := c.listFilter()
	if err != nil {
		return err
	}
	db, err := c.database()
	if err != nil {
		return err
	}
	if c.f.out != "" && c.f.out != jobs.Stdout {
		if err := jobs.CheckOutput(c.f.out, db); err != nil {
			return err
		}
	}
	if c.f.format == "csv" {
		// Written as it is read: an export of 100,000 requests is
		// never held whole.
		write := func(w io.Writer) error { return jobs.WriteLogCSV(c.ctx, c.st, c.org, f, c.l(), w, nil) }
		if c.f.out == "" {
			return write(c.stdout)
		}
		return jobs.WriteOutput(c.f.out, db, c.stdout, write)
	}
	entries, err := c.st.ListRequests(c.ctx, c.org, f)
	if err != nil {
		return err
	}
	today := c.st.Today()
	write := func(w io.Writer) error {
		switch c.f.format {
		case "json":
			out := make([]jsonEntry, len(entries))
			for i := range entries {
				out[i] = toJSON(&entries[i], today)
			}
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		}
		return c.listText(w, entries, today)
	}
	if c.f.out == "" {
		return write(c.stdout)
	}
	return jobs.WriteOutput(c.f.out, db, c.stdout, write)
}

func (c *requestsCmd) listText(w io.Writer, entries []data.LogEntry, today time.Time) error {
	l := c.l()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join([]string{data.FieldLabel("ref", l), data.FieldLabel("received", l), data.FieldLabel("due", l),
		data.FieldLabel("status", l), data.FieldLabel("state", l), data.FieldLabel("rights", l), data.FieldLabel("name", l)}, "\t"))
	for i := range entries {
		e := &entries[i]
		t := e.TimingOn(today)
		fmt.Fprintln(tw, strings.Join([]string{plain(e.Ref), data.FormatDate(e.Received), data.FormatDate(e.Due),
			vocab.Label(vocab.Statuses, e.Status, l), data.DaysText(t, l), data.RightsShort(e.Rights, l), oneLine(e.Requester.Name)}, "\t"))
	}
	if len(entries) == 0 {
		fmt.Fprintln(tw, word(c.lang, "(ei pyyntöjä)", "(inga begäranden)", "(no requests)"))
	}
	return tw.Flush()
}

func (c *requestsCmd) show(args []string) error {
	e, err := c.st.GetRequest(c.ctx, c.org, args[0])
	if err != nil {
		return err
	}
	today := c.st.Today()
	if c.f.format == "json" {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(toJSON(e, today))
	}
	l := c.l()
	t := e.TimingOn(today)
	var method, verified string
	if e.Identity != nil {
		method, verified = e.Identity.Method, e.Identity.VerifiedOn
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	row := func(field, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", data.FieldLabel(field, l), oneLine(v))
		}
	}
	row("ref", e.Ref)
	row("received", data.FormatDate(e.Received))
	row("channel", vocab.Label(vocab.Channels, e.Channel, l))
	row("name", e.Requester.Name)
	row("contact", e.Requester.Contact)
	row("rights", data.RightsShort(e.Rights, l))
	row("register", e.Register)
	row("identity_method", method)
	row("identity_verified_on", data.FormatDate(verified))
	row("due", data.FormatDate(e.Due)+" ("+data.DaysText(t, l)+")")
	if e.Extended {
		row("extension_told_on", data.FormatDate(e.ExtensionToldOn))
		row("extension_reason", e.ExtensionReason)
	}
	row("status", vocab.Label(vocab.Statuses, e.Status, l))
	row("answered_on", data.FormatDate(e.AnsweredOn))
	row("outcome", e.Outcome)
	if e.RefusalReason != "" {
		row("refusal_reason", vocab.Label(vocab.RefusalReasons, e.RefusalReason, l))
	}
	row("refusal_details", e.RefusalDetails)
	tw.Flush()
	fmt.Fprintln(c.stdout, "\n"+word(c.lang, "Historia", "Historik", "History")+":")
	for _, ev := range e.History {
		fmt.Fprintf(c.stdout, "  %s  %s  %s\n", plain(ev.At), plain(ev.By), plain(data.EventText(ev, l)))
	}
	return nil
}

// plain is user text made safe for a terminal: escape sequences (CSI, OSC
// and the other ESC sequences) and control characters (C0 but newline and
// tab, DEL, C1) are removed, so that a requester's name cannot recolour,
// retitle or rewrite the user's terminal.
func plain(s string) string {
	var b strings.Builder
	rs := []rune(strings.ToValidUTF8(s, "")) // a stray byte is no text either
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f:
			i = skipEscape(rs, i)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// skipEscape returns the index of the last rune of the escape sequence
// that starts at rs[i] (ESC, or a C1 introducer).
func skipEscape(rs []rune, i int) int {
	kind := rs[i]
	if kind == 0x1b {
		if i+1 >= len(rs) {
			return i
		}
		i++
		switch rs[i] {
		case '[':
			kind = 0x9b
		case ']', 'P', '^', '_':
			kind = 0x9d
		default:
			// A two-character sequence (ESC c, ESC 7, ESC ( B), with any
			// intermediate bytes before its final one.
			for i < len(rs)-1 && rs[i] >= 0x20 && rs[i] <= 0x2f {
				i++
			}
			return i
		}
	}
	if kind == 0x9b {
		return skipCSI(rs, i)
	}
	return skipString(rs, i)
}

// skipCSI skips a control sequence's parameters and intermediates up to
// its final byte (0x40–0x7e).
func skipCSI(rs []rune, i int) int {
	for i++; i < len(rs); i++ {
		if rs[i] >= 0x40 && rs[i] <= 0x7e {
			return i
		}
	}
	return len(rs) - 1
}

// skipString skips a control string (OSC, DCS, PM, APC) up to BEL or the
// string terminator (ESC \ or 0x9c).
func skipString(rs []rune, i int) int {
	for i++; i < len(rs); i++ {
		switch {
		case rs[i] == 0x07 || rs[i] == 0x9c:
			return i
		case rs[i] == 0x1b && i+1 < len(rs) && rs[i+1] == '\\':
			return i + 1
		}
	}
	return len(rs) - 1
}

// oneLine is plain text on one line of a table: line breaks and tabs
// become spaces, so that a pasted address cannot break the columns.
func oneLine(s string) string {
	return strings.Join(strings.Fields(plain(s)), " ")
}

// flagDate parses the date of flag name, with the flag in the message.
func (c *requestsCmd) flagDate(name, v string) (time.Time, error) {
	t, err := valid.ParseDate(v)
	var ve *valid.Error
	if errors.As(err, &ve) {
		return t, fmt.Errorf("--%s: %s", name, ve.Message(c.l()))
	}
	return t, err
}

// needOut checks --out before anything is drawn or read.
func (c *requestsCmd) needOut() (db string, err error) {
	if c.f.out == "" {
		return "", usagef("--out FILE.pdf %s", word(c.lang, "puuttuu", "saknas", "is missing"))
	}
	if db, err = c.database(); err != nil {
		return "", err
	}
	if c.f.out == jobs.Stdout {
		return db, nil
	}
	return db, jobs.CheckOutput(c.f.out, db)
}

// writePDF writes d to --out (a file, or standard output for -).
func (c *requestsCmd) writePDF(d *doc.Document, db string) error {
	return jobs.WriteOutput(c.f.out, db, c.stdout, func(w io.Writer) error { return pdf.WritePDF(w, d, pdf.Options{}) })
}

func (c *requestsCmd) report(_ []string) error {
	db, err := c.needOut()
	if err != nil {
		return err
	}
	from, err := c.flagDate("from", c.f.from)
	if err != nil {
		return err
	}
	to, err := c.flagDate("to", c.f.to)
	if err != nil {
		return err
	}
	if to.Before(from) {
		return errors.New(word(c.lang, "--to on ennen --from-päivää.", "--to är före --from.", "--to is before --from."))
	}
	d, n, err := jobs.LogReport(c.ctx, c.st, c.org, from, to, c.lang)
	if err != nil {
		return err
	}
	if err := c.writePDF(d, db); err != nil {
		return err
	}
	if c.f.out != jobs.Stdout {
		fmt.Fprintf(c.stdout, "%s\t%d\n", c.f.out, n)
	}
	return nil
}

func (c *requestsCmd) summary(args []string) error {
	db, err := c.needOut()
	if err != nil {
		return err
	}
	d, err := jobs.RequestSummary(c.ctx, c.st, c.org, args[0], c.lang)
	if err != nil {
		return err
	}
	if err := c.writePDF(d, db); err != nil {
		return err
	}
	if c.f.out != jobs.Stdout {
		fmt.Fprintln(c.stdout, c.f.out)
	}
	return nil
}

func (c *requestsCmd) purge(_ []string) error {
	l := c.lang
	refs, err := c.st.ExpiredRequests(c.ctx, c.org)
	if err != nil {
		return err
	}
	months, err := c.st.LogRetentionMonths(c.ctx, c.org)
	if err != nil {
		return err
	}
	if len(refs) == 0 {
		fmt.Fprintln(c.stdout, word(l, "Ei poistettavaa: mikään suljettu pyyntö ei ole ylittänyt säilytysaikaa ("+strconv.Itoa(months)+" kk).",
			"Inget att radera: ingen avslutad begäran har passerat lagringstiden ("+strconv.Itoa(months)+" mån).",
			"Nothing to purge: no closed request is past the retention period ("+strconv.Itoa(months)+" months)."))
		return nil
	}
	return purgeAsked(c.stdout, c.stdin, l, refs, c.f.yes, vocab.Text{
		FI: "Poistetaanko näiden henkilötiedot ja historia? Luvut säilyvät nimettöminä. (k/e) ",
		SV: "Radera deras personuppgifter och historik? Siffrorna bevaras utan namn. (j/n) ",
		EN: "Remove their personal data and history? The counts are kept without names. (y/n) "},
		func() (int, error) { return c.st.PurgeExpired(c.ctx, c.org) })
}
