package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/requestreport"
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

// requestFlags are the flags of every sub-command; each sub-command names
// the ones it takes and any other given is a usage error.
type requestFlags struct {
	org, received, name, contact, channel, register, method   string
	format, on, told, reason, outcome, refused, details, text string
	from, to, out, status, search                             string
	year                                                      int
	rights                                                    multiFlag
	yes                                                       bool
}

// multiFlag collects a repeatable flag (--right a --right b).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// subcommand is one entry of the requests table.
type subcommand struct {
	args    string // positional arguments, for the usage line
	nargs   int
	flags   []string // the flags it takes besides --db, --lang and --org
	summary string
	run     func(c *requestsCmd, args []string) error
}

// requestSubs is the sub-command table of "requests".
var requestSubs = map[string]subcommand{
	"add": {flags: []string{"received", "right", "name", "contact", "channel", "register", "method"},
		summary: "enter a request; prints its reference", run: (*requestsCmd).add},
	"list": {flags: []string{"format", "status", "year", "right", "search", "out"},
		summary: "list the log (text, json or csv)", run: (*requestsCmd).list},
	"show": {args: "REF", nargs: 1, flags: []string{"format"}, summary: "show one request with its history", run: (*requestsCmd).show},
	"verify": {args: "REF", nargs: 1, flags: []string{"on", "method"},
		summary: "record that the requester's identity was verified", run: (*requestsCmd).verify},
	"extend": {args: "REF", nargs: 1, flags: []string{"told", "reason"},
		summary: "extend the period to three months (within the first month)", run: (*requestsCmd).extend},
	"answer": {args: "REF", nargs: 1, flags: []string{"on", "outcome", "refused", "details"},
		summary: "record the answer, or a refusal with --refused REASON", run: (*requestsCmd).answer},
	"note":    {args: "REF", nargs: 1, flags: []string{"text"}, summary: "add a note to the history", run: (*requestsCmd).note},
	"report":  {flags: []string{"from", "to", "out"}, summary: "write the log of a period as PDF", run: (*requestsCmd).report},
	"summary": {args: "REF", nargs: 1, flags: []string{"out"}, summary: "write one request with its history as PDF", run: (*requestsCmd).summary},
	"purge":   {flags: []string{"yes"}, summary: "remove the personal data of entries past the log's retention", run: (*requestsCmd).purge},
}

func init() {
	register(command{name: "requests", args: "add|list|show|verify|extend|answer|note|report|summary|purge [REF] [options]",
		summary: "the request log (pyyntöloki); 'requests help' lists the sub-commands",
		flags: func(fs *flag.FlagSet) func(*env, []string) error {
			f := &requestFlags{}
			fs.StringVar(&f.org, "org", "", "organisation `name or number` (needed when there are several)")
			fs.StringVar(&f.received, "received", "", "day the request was received (YYYY-MM-DD or d.m.yyyy)")
			fs.Var(&f.rights, "right", "right used: "+strings.Join(rightCodes(), "|")+" (repeat for several)")
			fs.StringVar(&f.name, "name", "", "requester's name")
			fs.StringVar(&f.contact, "contact", "", "requester's contact (e-mail, address, phone)")
			fs.StringVar(&f.channel, "channel", "", "how it arrived: "+strings.Join(data.Channels, "|"))
			fs.StringVar(&f.register, "register", "", "register concerned")
			fs.StringVar(&f.method, "method", "", "how identity was verified")
			fs.StringVar(&f.format, "format", "text", "output: text, json or csv")
			fs.StringVar(&f.on, "on", "", "date (YYYY-MM-DD or d.m.yyyy)")
			fs.StringVar(&f.told, "told", "", "day the requester was told of the extension")
			fs.StringVar(&f.reason, "reason", "", "reason for the extension")
			fs.StringVar(&f.outcome, "outcome", "", "what was answered or done")
			fs.StringVar(&f.refused, "refused", "", "refusal reason: "+strings.Join(data.RefusalReasons, "|"))
			fs.StringVar(&f.details, "details", "", "grounds of the refusal")
			fs.StringVar(&f.text, "text", "", "text of the note")
			fs.StringVar(&f.from, "from", "", "first day of the period")
			fs.StringVar(&f.to, "to", "", "last day of the period")
			fs.StringVar(&f.out, "out", "", "output `file` (written with mode 0600)")
			fs.StringVar(&f.status, "status", "", "list only: open, answered, refused, closed or attention")
			fs.IntVar(&f.year, "year", 0, "list only requests received in `year`")
			fs.StringVar(&f.search, "search", "", "list only names or references containing this")
			fs.BoolVar(&f.yes, "yes", false, "purge without asking")
			return func(e *env, args []string) error { return runRequests(e, fs, f, args) }
		}})
}

func rightCodes() []string {
	out := make([]string, len(data.Rights))
	for i, r := range data.Rights {
		out[i] = string(r)
	}
	return out
}

// runRequests dispatches to the sub-command named by the first argument.
func runRequests(e *env, fs *flag.FlagSet, f *requestFlags, args []string) error {
	if len(args) == 0 || args[0] == "help" {
		printRequestsHelp(e.stdout)
		if len(args) == 0 {
			return usagef("%s", word(e.lang, "anna alikomento", "ange ett underkommando", "give a sub-command"))
		}
		return nil
	}
	sub, ok := requestSubs[args[0]]
	if !ok {
		return usagef("%s %q", word(e.lang, "tuntematon alikomento", "okänt underkommando", "unknown sub-command"), args[0])
	}
	allowed := append([]string{"db", "lang", "org"}, sub.flags...)
	var wrong []string
	fs.Visit(func(fl *flag.Flag) {
		if !slices.Contains(allowed, fl.Name) {
			wrong = append(wrong, "--"+fl.Name)
		}
	})
	if len(wrong) > 0 {
		return usagef("%s %s: %s", args[0], word(e.lang, "ei ota valitsimia", "tar inte flaggorna", "does not take"), strings.Join(wrong, ", "))
	}
	if len(args)-1 != sub.nargs {
		return usagef("%s %s", strings.TrimSpace("requests "+args[0]+" "+sub.args), word(e.lang,
			"(väärä määrä argumentteja)", "(fel antal argument)", "(wrong number of arguments)"))
	}
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
		return localised(err, e.lang)
	}
	c := &requestsCmd{env: e, st: st, org: org, f: f}
	return localised(sub.run(c, args[1:]), e.lang)
}

// localised turns the log's errors into plain errors in the user's
// language (the CLI's message() knows only the import's problems).
func localised(err error, lang string) error {
	if err == nil {
		return nil
	}
	var m interface{ Message(string) string }
	if errors.As(err, &m) {
		return errors.New(m.Message(lang))
	}
	if errors.Is(err, data.ErrNoOrganisation) {
		return fmt.Errorf("%s (%v)", word(lang,
			"Organisaatiota ei löytynyt. Valitse se --org-valitsimella nimellä tai numerolla (katso 'tietosuojapakki orgs').",
			"Organisationen hittades inte. Välj den med --org, med namn eller nummer (se 'tietosuojapakki orgs').",
			"Organisation not found. Choose it with --org, by name or number (see 'tietosuojapakki orgs')."), err)
	}
	return err
}

func printRequestsHelp(w io.Writer) {
	fmt.Fprintln(w, "tietosuojapakki requests SUB-COMMAND [REF] [options]   (--db FILE, --org NAME|ID, --lang fi|sv|en)")
	names := make([]string, 0, len(requestSubs))
	for n := range requestSubs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := requestSubs[n]
		var fl []string
		for _, x := range s.flags {
			fl = append(fl, "--"+x)
		}
		fmt.Fprintf(w, "  %-8s %-4s %s\n           %s\n", n, s.args, s.summary, strings.Join(fl, " "))
	}
	fmt.Fprintf(w, "Dates: YYYY-MM-DD or d.m.yyyy. %s=YYYY-MM-DD sets the day taken as today.\n", envToday)
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
	fmt.Fprintf(c.stdout, "%s\t%s %s\n", e.Ref, data.FieldLabel("due", c.lang), data.FormatDate(e.Due))
	return nil
}

func (c *requestsCmd) answer(args []string) error {
	return c.done(args[0], c.st.AnswerRequest(c.ctx, c.org, args[0], data.Answer{On: c.f.on, Outcome: c.f.outcome,
		RefusalReason: c.f.refused, RefusalDetails: c.f.details}))
}

func (c *requestsCmd) note(args []string) error {
	return c.done(args[0], c.st.AddNote(c.ctx, c.org, args[0], c.f.text))
}

// done prints the reference and the new status after a change.
func (c *requestsCmd) done(ref string, err error) error {
	if err != nil {
		return err
	}
	e, err := c.st.GetRequest(c.ctx, c.org, ref)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s\t%s\n", e.Ref, vocab.Label(vocab.Statuses, e.Status, c.lang))
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

func (c *requestsCmd) list(_ []string) error {
	f := data.RequestFilter{Status: c.f.status, Year: c.f.year, Search: c.f.search}
	if len(c.f.rights) > 1 {
		return usagef("list: --right %s", word(c.lang, "vain kerran", "bara en gång", "only once"))
	}
	if len(c.f.rights) == 1 {
		f.Right = data.Right(c.f.rights[0])
		if !slices.Contains(data.Rights, f.Right) {
			return &data.RequestError{Field: "rights", Code: "right_unknown", Args: []string{c.f.rights[0], strings.Join(rightCodes(), ", ")}}
		}
	}
	switch f.Status {
	case "", data.StatusOpen, data.StatusAnswered, data.StatusRefused, data.FilterClosed, data.FilterAttention:
	default:
		return usagef("--status: open, answered, refused, closed, attention")
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
		case "csv":
			return data.WriteRequestsCSV(w, entries, c.lang, today)
		}
		return c.listText(w, entries, today)
	}
	if c.f.format != "text" && c.f.format != "json" && c.f.format != "csv" {
		return usagef("--format: text, json, csv")
	}
	if c.f.out != "" {
		return data.WriteExport(c.f.out, write)
	}
	return write(c.stdout)
}

func (c *requestsCmd) listText(w io.Writer, entries []data.LogEntry, today time.Time) error {
	l := c.lang
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join([]string{data.FieldLabel("ref", l), data.FieldLabel("received", l), data.FieldLabel("due", l),
		data.FieldLabel("status", l), data.FieldLabel("state", l), data.FieldLabel("rights", l), data.FieldLabel("name", l)}, "\t"))
	for i := range entries {
		e := &entries[i]
		t := e.TimingOn(today)
		fmt.Fprintln(tw, strings.Join([]string{e.Ref, data.FormatDate(e.Received), data.FormatDate(e.Due),
			vocab.Label(vocab.Statuses, e.Status, l), data.DaysText(t, l), data.RightsShort(e.Rights, l), e.Requester.Name}, "\t"))
	}
	if len(entries) == 0 {
		fmt.Fprintln(tw, word(l, "(ei pyyntöjä)", "(inga begäranden)", "(no requests)"))
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
	l := c.lang
	t := e.TimingOn(today)
	var method, verified string
	if e.Identity != nil {
		method, verified = e.Identity.Method, e.Identity.VerifiedOn
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	row := func(field, v string) {
		if v != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", data.FieldLabel(field, l), v)
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
	fmt.Fprintln(c.stdout, "\n"+word(l, "Historia", "Historik", "History")+":")
	for _, ev := range e.History {
		fmt.Fprintf(c.stdout, "  %s  %s  %s\n", ev.At, ev.By, data.EventText(ev, l))
	}
	return nil
}

// flagDate parses the date of flag name, with the flag in the message.
func (c *requestsCmd) flagDate(name, v string) (time.Time, error) {
	t, err := valid.ParseDate(v)
	var ve *valid.Error
	if errors.As(err, &ve) {
		return t, fmt.Errorf("--%s: %s", name, ve.Message(c.lang))
	}
	return t, err
}

// needOut checks --out before anything is drawn.
func (c *requestsCmd) needOut() error {
	if c.f.out == "" {
		return usagef("--out FILE.pdf %s", word(c.lang, "puuttuu", "saknas", "is missing"))
	}
	return nil
}

func (c *requestsCmd) report(_ []string) error {
	if err := c.needOut(); err != nil {
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
	a, err := c.st.Answers(c.ctx, c.org)
	if err != nil {
		return err
	}
	entries, err := c.st.RequestsBetween(c.ctx, c.org, from.Format(time.DateOnly), to.Format(time.DateOnly))
	if err != nil {
		return err
	}
	months, err := c.st.LogRetentionMonths(c.ctx, c.org)
	if err != nil {
		return err
	}
	d := requestreport.Log(requestreport.LogInput{Lang: c.lang, Org: a.Organisation, From: from.Format(time.DateOnly),
		To: to.Format(time.DateOnly), Today: c.st.Today(), Entries: entries, RetentionMonths: months})
	if err := data.WriteExport(c.f.out, func(w io.Writer) error { return pdf.WritePDF(w, d, pdf.Options{}) }); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s\t%d\n", c.f.out, len(entries))
	return nil
}

func (c *requestsCmd) summary(args []string) error {
	if err := c.needOut(); err != nil {
		return err
	}
	e, err := c.st.GetRequest(c.ctx, c.org, args[0])
	if err != nil {
		return err
	}
	a, err := c.st.Answers(c.ctx, c.org)
	if err != nil {
		return err
	}
	d := requestreport.Summary(requestreport.SummaryInput{Lang: c.lang, Org: a.Organisation, Entry: e, Today: c.st.Today()})
	if err := data.WriteExport(c.f.out, func(w io.Writer) error { return pdf.WritePDF(w, d, pdf.Options{}) }); err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, c.f.out)
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
	fmt.Fprintf(c.stdout, "%s %s\n", word(l, "Säilytysaika päättynyt:", "Lagringstiden har gått ut:", "Retention ended:"), strings.Join(refs, ", "))
	if !c.f.yes {
		fmt.Fprint(c.stdout, word(l, "Poistetaanko näiden henkilötiedot ja historia? Luvut säilyvät nimettöminä. (k/e) ",
			"Radera deras personuppgifter och historik? Siffrorna bevaras utan namn. (j/n) ",
			"Remove their personal data and history? The counts are kept without names. (y/n) "))
		line, _ := bufio.NewReader(c.stdin).ReadString('\n')
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "k", "kyllä", "j", "ja", "y", "yes":
		default:
			fmt.Fprintln(c.stdout, word(l, "Mitään ei poistettu.", "Inget raderades.", "Nothing was removed."))
			return nil
		}
	}
	n, err := c.st.PurgeExpired(c.ctx, c.org)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s %d\n", word(l, "Poistettu:", "Raderade:", "Purged:"), n)
	return nil
}
