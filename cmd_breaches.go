package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/breachreport"
	"tietosuojapakki/pdf/doc"
)

// envNow names the variable that fixes "now" for the breaches command
// (RFC 3339, e.g. 2026-03-29T10:00:00+03:00), for tests and for entering
// a breach after the fact: the 72-hour states, "not in the future" checks
// and history times all follow it, as TIETOSUOJAPAKKI_TODAY does for
// requests.
const envNow = "TIETOSUOJAPAKKI_NOW"

// breachesCmd is what every sub-command of "breaches" gets.
type breachesCmd struct {
	*env
	st  *data.Store
	org int64
	f   *breachFlags
}

// breachFlags hold the values of the sub-commands' flags; each
// sub-command's flag set defines only the ones it takes.
type breachFlags struct {
	org, aware, occurred, description, subjects, consequences, measures string
	risk, reasons, at, caseNo, delay, how, notReason, format            string
	from, to, out, text                                                 string
	subjectsCount, recordsCount                                         int
	yes                                                                 bool
}

// breachSub is one sub-command of "breaches": its own flags and its job.
type breachSub struct {
	name, args string
	nargs      int
	summary    string
	flags      func(fs *flag.FlagSet, f *breachFlags)
	run        func(c *breachesCmd, args []string) error
}

// breachesCommand is the personal data breach log (art. 33(5)).
func breachesCommand() command {
	return command{name: "breaches", args: "add|list|show|assess|notify|inform|controller-told|note|close|report|purge [REF] [options]",
		summary: "the personal data breach log (tietoturvaloukkaukset); 'breaches help' lists the sub-commands",
		raw:     runBreaches}
}

// breachSubs are the sub-commands in the order help lists them.
func breachSubs() []breachSub {
	return []breachSub{
		{name: "add", summary: "enter a breach (times in Finnish local time); prints its reference", flags: addFlags, run: (*breachesCmd).add},
		{name: "list", summary: "list the breaches with their 72-hour due times (text or json)", run: (*breachesCmd).list,
			flags: func(fs *flag.FlagSet, f *breachFlags) { fs.StringVar(&f.format, "format", "text", "text or json") }},
		{name: "show", args: "REF", nargs: 1, summary: "show one breach with its history", run: (*breachesCmd).show},
		{name: "assess", args: "REF", nargs: 1, summary: "record the risk assessment with its reasons (art. 33(1), 34(1))", run: (*breachesCmd).assess,
			flags: func(fs *flag.FlagSet, f *breachFlags) {
				fs.StringVar(&f.risk, "risk", "", "none, risk or high")
				fs.StringVar(&f.reasons, "reasons", "", "reasons for the assessment (kept even when nothing is notified)")
			}},
		{name: "notify", args: "REF", nargs: 1, summary: "record the notification to the Data Protection Ombudsman (art. 33)", run: (*breachesCmd).notify,
			flags: func(fs *flag.FlagSet, f *breachFlags) {
				fs.StringVar(&f.at, "at", "", "when it was notified (YYYY-MM-DDTHH:MM, Finnish time; default now)")
				fs.StringVar(&f.caseNo, "case", "", "the Office's case number")
				fs.StringVar(&f.delay, "delay-reasons", "", "reasons for a notification later than 72 hours (art. 33(1))")
			}},
		{name: "inform", args: "REF", nargs: 1, summary: "record how the data subjects were told (art. 34), or why not with --not-reason", run: (*breachesCmd).inform,
			flags: func(fs *flag.FlagSet, f *breachFlags) {
				fs.StringVar(&f.at, "at", "", "when they were told (YYYY-MM-DDTHH:MM, Finnish time; default now)")
				fs.StringVar(&f.how, "how", "", "how they were told")
				fs.StringVar(&f.notReason, "not-reason", "", "the ground of art. 34(3) for not telling them")
			}},
		{name: "controller-told", args: "REF", nargs: 1, summary: "record when the controller was told (a processor's breach, art. 33(2))",
			run: (*breachesCmd).controllerTold,
			flags: func(fs *flag.FlagSet, f *breachFlags) {
				fs.StringVar(&f.at, "at", "", "when the controller was told (YYYY-MM-DDTHH:MM, Finnish time; default now)")
			}},
		{name: "note", args: "REF", nargs: 1, summary: "add a note to the history", run: (*breachesCmd).note,
			flags: func(fs *flag.FlagSet, f *breachFlags) { fs.StringVar(&f.text, "text", "", "text of the note") }},
		{name: "close", args: "REF", nargs: 1, summary: "close a handled breach", run: (*breachesCmd).close},
		{name: "purge", summary: "remove the personal texts of breaches closed longer ago than the log's retention", run: (*breachesCmd).purge,
			flags: func(fs *flag.FlagSet, f *breachFlags) { fs.BoolVar(&f.yes, "yes", false, "purge without asking") }},
		{name: "report", summary: "write the breaches of a period as PDF", run: (*breachesCmd).report,
			flags: func(fs *flag.FlagSet, f *breachFlags) {
				fs.StringVar(&f.from, "from", "", "first day of the period")
				fs.StringVar(&f.to, "to", "", "last day of the period")
				fs.StringVar(&f.out, "out", "", "output `file` (mode 0600 on Linux, the folder's access rights on Windows; an existing file other than a database is replaced); - for standard output")
			}},
	}
}

func addFlags(fs *flag.FlagSet, f *breachFlags) {
	fs.StringVar(&f.aware, "aware", "", "when the company became aware of it (YYYY-MM-DDTHH:MM, Finnish time)")
	fs.StringVar(&f.occurred, "occurred", "", "when it happened, if known (YYYY-MM-DDTHH:MM, Finnish time)")
	fs.StringVar(&f.description, "description", "", "what happened")
	fs.StringVar(&f.subjects, "subjects", "", "categories of data subjects concerned")
	fs.IntVar(&f.subjectsCount, "subjects-count", 0, "approximate number of data subjects (0 = not known)")
	fs.IntVar(&f.recordsCount, "records-count", 0, "approximate number of personal data records (0 = not known)")
	fs.StringVar(&f.consequences, "consequences", "", "likely consequences")
	fs.StringVar(&f.measures, "measures", "", "measures taken or proposed")
}

// runBreaches dispatches to a sub-command, which parses its own flags.
func runBreaches(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr, lang: userLang()}
	args = subFirst(args)
	subs := breachSubs()
	if len(args) == 0 || isHelp(args[0]) {
		printBreachHelp(e.stdout, subs)
		if len(args) == 0 {
			fmt.Fprintf(e.stderr, "tietosuojapakki breaches: %s\n", word(e.lang, "anna alikomento", "ange ett underkommando", "give a sub-command"))
			return exitUsage
		}
		return exitOK
	}
	for i := range subs {
		if subs[i].name == args[0] {
			return runBreachSub(e, &subs[i], args[1:])
		}
	}
	fmt.Fprintf(e.stderr, "tietosuojapakki breaches: %s %q\n", word(e.lang, "tuntematon alikomento", "okänt underkommando", "unknown sub-command"), args[0])
	printBreachHelp(e.stderr, subs)
	return exitUsage
}

func runBreachSub(e *env, sub *breachSub, args []string) int {
	fs := newFlagSet(e, "tietosuojapakki breaches "+sub.name, strings.TrimSpace(sub.args+" [options]"), sub.summary)
	f := &breachFlags{}
	fs.StringVar(&f.org, "org", "", "organisation `name or number` (needed when there are several)")
	if sub.flags != nil {
		sub.flags(fs, f)
	}
	return parseAndRun(e, fs, args, func(e *env, args []string) error {
		if len(args) != sub.nargs {
			return usagef("%s", word(e.lang, "väärä määrä argumentteja", "fel antal argument", "wrong number of arguments"))
		}
		st, err := e.openStore()
		if err != nil {
			return err
		}
		defer st.Close()
		if v := os.Getenv(envNow); v != "" {
			now, err := time.Parse(time.RFC3339, v)
			if err != nil {
				return fmt.Errorf("%s=%q: %s", envNow, v, word(e.lang, "ajan pitää olla muotoa 2026-03-29T10:00:00+03:00",
					"tiden ska ha formen 2026-03-29T10:00:00+03:00", "the time must be like 2026-03-29T10:00:00+03:00"))
			}
			st.SetClock(func() time.Time { return now })
		}
		org, err := st.FindOrganisation(e.ctx, f.org)
		if err != nil {
			return err
		}
		return sub.run(&breachesCmd{env: e, st: st, org: org, f: f}, args)
	})
}

func printBreachHelp(w io.Writer, subs []breachSub) {
	fmt.Fprintln(w, "tietosuojapakki breaches SUB-COMMAND [REF] [options]   (--db FILE, --org NAME|ID, --lang fi|sv|en)")
	for _, s := range subs {
		fmt.Fprintf(w, "  %-15s %-4s %s\n", s.name, s.args, s.summary)
	}
	fmt.Fprintf(w, "Times: YYYY-MM-DDTHH:MM in Finnish local time (or with an offset, +03:00). %s=RFC3339 sets the time taken as now. 'breaches SUB-COMMAND --help' shows its options.\n", envNow)
}

// l is the language of messages as the store's texts take it.
func (c *breachesCmd) l() string { return string(c.lang) }

// at parses a local time flag; "" is now.
func (c *breachesCmd) at(field, v string) (time.Time, error) {
	if strings.TrimSpace(v) == "" {
		return c.st.Now(), nil
	}
	return data.ParseLocalTime(field, v)
}

func (c *breachesCmd) add(_ []string) error {
	if strings.TrimSpace(c.f.aware) == "" {
		return usagef("--aware %s", word(c.lang, "puuttuu", "saknas", "is missing"))
	}
	aware, err := data.ParseLocalTime("aware", c.f.aware)
	if err != nil {
		return err
	}
	b := data.Breach{AwareAt: aware, Description: c.f.description, DataSubjects: c.f.subjects,
		SubjectsApprox: c.f.subjectsCount, RecordsApprox: c.f.recordsCount, Consequences: c.f.consequences, Measures: c.f.measures}
	if strings.TrimSpace(c.f.occurred) != "" {
		if b.OccurredAt, err = data.ParseLocalTime("occurred", c.f.occurred); err != nil {
			return err
		}
	}
	ref, err := c.st.AddBreach(c.ctx, c.org, b)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, ref)
	return nil
}

// jsonBreach is one breach in "list --format json": times as RFC 3339
// with the Helsinki offset in force.
type jsonBreach struct {
	Ref         string `json:"ref"`
	Aware       string `json:"aware"`
	Due         string `json:"due"`
	State       string `json:"state"`
	Risk        string `json:"risk,omitempty"`
	MinutesLeft *int   `json:"minutes_left,omitempty"` // of the 72 hours, while a notification may be due; negative when past
	Notified    string `json:"notified,omitempty"`
	Closed      string `json:"closed,omitempty"`
	Description string `json:"description"`
}

func (c *breachesCmd) list(_ []string) error {
	if c.f.format != "text" && c.f.format != "json" {
		return usagef("--format: text, json")
	}
	bs, err := c.st.Breaches(c.ctx, c.org)
	if err != nil {
		return err
	}
	now := c.st.Now()
	if c.f.format == "json" {
		out := make([]jsonBreach, len(bs))
		for i := range bs {
			b := &bs[i]
			out[i] = jsonBreach{Ref: b.Ref, Aware: data.RFC3339Local(b.AwareAt), Due: data.RFC3339Local(b.Due()), State: b.State(now),
				Risk: string(b.Risk), Notified: data.RFC3339Local(b.NotifiedAt), Closed: data.RFC3339Local(b.ClosedAt), Description: b.Description}
			if s := out[i].State; s == data.BreachOpen || s == data.BreachNoticeLate {
				m := int(b.Left(now).Truncate(time.Minute) / time.Minute)
				out[i].MinutesLeft = &m
			}
		}
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, word(c.lang, "Viite\tHavaittu\tIlmoitettava viimeistään\tTila\tJäljellä\tMitä tapahtui",
		"Referens\tUpptäckt\tAnmäls senast\tLäge\tKvar\tVad hände",
		"Ref\tAware\tDue\tState\tLeft\tWhat happened"))
	for i := range bs {
		b := &bs[i]
		state := b.State(now)
		left := ""
		if state == data.BreachOpen || state == data.BreachNoticeLate {
			left = hoursMinutes(b.Left(now))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", plain(b.Ref), data.FormatLocalTime(b.AwareAt), data.FormatLocalTime(b.Due()),
			breachreport.StateLabel(state, c.l()), left, oneLine(b.Description))
	}
	if len(bs) == 0 {
		fmt.Fprintln(tw, word(c.lang, "(ei loukkauksia)", "(inga incidenter)", "(no breaches)"))
	}
	return tw.Flush()
}

// hoursMinutes writes a time left as "71 h 05 min"; past, with a minus.
func hoursMinutes(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	m := int(d / time.Minute)
	return fmt.Sprintf("%s%d h %02d min", sign, m/60, m%60)
}

func (c *breachesCmd) show(args []string) error {
	b, err := c.st.Breach(c.ctx, c.org, args[0])
	if err != nil {
		return err
	}
	// The same facts as the report prints (one implementation of them).
	d := &doc.Document{Sections: []doc.Section{breachreport.Details(*b, c.l(), "")}}
	fmt.Fprint(c.stdout, plain(d.PlainText()))
	fmt.Fprintf(c.stdout, "%s: %s\n", word(c.lang, "Tila", "Läge", "State"), breachreport.StateLabel(b.State(c.st.Now()), c.l()))
	return nil
}

// done prints the reference and the new state after a change.
func (c *breachesCmd) done(ref string, err error) error {
	if err != nil {
		return err
	}
	b, err := c.st.Breach(c.ctx, c.org, ref)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s\t%s\n", b.Ref, breachreport.StateLabel(b.State(c.st.Now()), c.l()))
	return nil
}

func (c *breachesCmd) assess(args []string) error {
	return c.done(args[0], c.st.AssessBreach(c.ctx, c.org, args[0], data.Risk(strings.TrimSpace(c.f.risk)), c.f.reasons))
}

func (c *breachesCmd) notify(args []string) error {
	at, err := c.at("notified", c.f.at)
	if err != nil {
		return err
	}
	return c.done(args[0], c.st.NotifyBreach(c.ctx, c.org, args[0], at, c.f.caseNo, c.f.delay))
}

func (c *breachesCmd) inform(args []string) error {
	if strings.TrimSpace(c.f.notReason) != "" {
		if c.f.how != "" || c.f.at != "" {
			return usagef("--not-reason %s", word(c.lang, "ei käy yhdessä valitsimien --how ja --at kanssa",
				"går inte ihop med --how och --at", "does not go with --how and --at"))
		}
		return c.done(args[0], c.st.DoNotInformSubjects(c.ctx, c.org, args[0], c.f.notReason))
	}
	at, err := c.at("subjects_told", c.f.at)
	if err != nil {
		return err
	}
	return c.done(args[0], c.st.InformSubjects(c.ctx, c.org, args[0], at, c.f.how))
}

func (c *breachesCmd) controllerTold(args []string) error {
	at, err := c.at("controller_told", c.f.at)
	if err != nil {
		return err
	}
	return c.done(args[0], c.st.ControllerTold(c.ctx, c.org, args[0], at))
}

func (c *breachesCmd) note(args []string) error {
	return c.done(args[0], c.st.AddBreachNote(c.ctx, c.org, args[0], c.f.text))
}

func (c *breachesCmd) close(args []string) error {
	return c.done(args[0], c.st.CloseBreach(c.ctx, c.org, args[0]))
}

func (c *breachesCmd) report(_ []string) error {
	if c.f.out == "" {
		return usagef("--out FILE.pdf %s", word(c.lang, "puuttuu", "saknas", "is missing"))
	}
	db, err := c.database()
	if err != nil {
		return err
	}
	rc := &requestsCmd{env: c.env}
	from, err := rc.flagDate("from", c.f.from)
	if err != nil {
		return err
	}
	to, err := rc.flagDate("to", c.f.to)
	if err != nil {
		return err
	}
	d, n, err := jobs.BreachReport(c.ctx, c.st, c.org, jobs.BreachReportOptions{From: from, To: to, Lang: c.docLang})
	if err != nil {
		return err
	}
	if err := jobs.WriteOutput(c.f.out, db, c.stdout, func(w io.Writer) error { return pdf.WritePDF(w, d, pdf.Options{}) }); err != nil {
		return err
	}
	if c.f.out != jobs.Stdout {
		fmt.Fprintf(c.stdout, "%s\t%d\n", c.f.out, n)
	}
	return nil
}
