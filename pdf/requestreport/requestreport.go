// Package requestreport composes the printable reports of the request log
// (pyyntöloki) into the shared document model: the log of a period with its
// counts, and a one-request summary with the whole history. Package pdf
// draws them; this package only decides what they say, in fi, sv or en.
package requestreport

import (
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/duedate"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// LogInput is what the log report is made of.
type LogInput struct {
	Lang     string
	Org      data.Organisation
	From, To string // YYYY-MM-DD, both included
	Today    time.Time
	// Entries are the requests received in the period, oldest first
	// (Store.RequestsBetween), for a report of a log held in memory.
	Entries []data.LogEntry
	// Each, when set, is used instead of Entries: it calls fn with each
	// request of the period, oldest first, one at a time
	// (Store.EachRequestBetween), when the table is drawn, so that a log
	// of 100,000 requests is never held whole. Stats must then be the
	// statistics of the same requests (data.StatsBuilder).
	Each            func(fn func(*data.LogEntry) error) error
	Stats           data.LogStats
	RetentionMonths int
}

// each is in's walk of its requests with their statistics.
func (in LogInput) each() (func(fn func(*data.LogEntry) error) error, data.LogStats) {
	if in.Each != nil {
		return in.Each, in.Stats
	}
	es := in.Entries
	return func(fn func(*data.LogEntry) error) error {
		for i := range es {
			if err := fn(&es[i]); err != nil {
				return err
			}
		}
		return nil
	}, data.StatsOf(es, in.Today)
}

// Log composes the report of the log for a period: a summary with the
// counts, requests by right, every request in a table, and how long the log
// itself is kept.
func Log(in LogInput) *doc.Document {
	l := in.Lang
	each, st := in.each()
	period := date(in.From, l) + "–" + date(in.To, l)
	d := frame(l, in.Org, tLogTitle.in(l), in.Today)
	d.Meta.Subject = tLogTitle.in(l) + " " + period
	d.Intro = []doc.Block{doc.Paragraph{Text: tLogIntro.with(l, "from", date(in.From, l), "to", date(in.To, l))}}

	median := tNoMedian.in(l)
	if st.Closed > 0 {
		median = tMedianValue.with(l, "days", tDays.count(l, st.MedianDays), "closed", tClosed.count(l, float64(st.Closed)))
	}
	facts := []doc.Fact{
		{Label: tPeriod.in(l), Value: period},
		{Label: tTotal.in(l), Value: strconv.Itoa(st.Total)},
		{Label: tOpen.in(l), Value: strconv.Itoa(st.Open)},
		{Label: tAnswered.in(l), Value: strconv.Itoa(st.Answered)},
		{Label: tRefused.in(l), Value: strconv.Itoa(st.Refused)},
		{Label: tExtended.in(l), Value: strconv.Itoa(st.Extended)},
		{Label: tMedian.in(l), Value: median},
		{Label: tOverdue.in(l), Value: tOverdueVal.with(l, "n", strconv.Itoa(st.Overdue()),
			"open", tOverdueOpen.count(l, float64(st.OverdueOpen)), "late", tOverdueLate.count(l, float64(st.AnsweredLate)))},
	}
	if st.Purged > 0 {
		facts = append(facts, doc.Fact{Label: tPurged.in(l), Value: tPurgedVal.with(l, "n", strconv.Itoa(st.Purged))})
	}

	rights := doc.Table{Header: []string{tRightCol.in(l), tArticle.in(l), tCount.in(l)}, Widths: []float64{5, 1.2, 1.2}}
	for _, r := range data.Rights {
		term, _ := vocab.Find(vocab.Rights, string(r))
		rights.Rows = append(rights.Rows, []string{term.Label.In(l), vocab.Article(term.Article, l), strconv.Itoa(st.PerRight[r])})
	}

	var entries []doc.Block
	if st.Total == 0 {
		entries = []doc.Block{doc.Paragraph{Text: tNoEntries.in(l)}}
	} else {
		entries = []doc.Block{entryTable(each, l, in.Today)}
	}
	keep := in.RetentionMonths
	if keep <= 0 {
		keep = data.DefaultLogRetentionMonths
	}
	d.Sections = []doc.Section{
		{Number: "1", Title: tSecSummary.in(l), Blocks: []doc.Block{doc.Facts{Rows: facts}}},
		{Number: "2", Title: tSecRights.in(l), Blocks: []doc.Block{rights, doc.Paragraph{Text: tRightsTip.in(l)}}},
		{Number: "3", Title: tSecEntries.in(l), Blocks: entries},
		{Number: "4", Title: tSecKeep.in(l), Blocks: []doc.Block{doc.Paragraph{Text: tKeep.with(l, "n", months.N(keep, l))}}},
	}
	return d
}

// entryTable is every request in one row, each row made as the renderer
// reaches it (doc.Table.Stream).
func entryTable(each func(fn func(*data.LogEntry) error) error, l string, today time.Time) doc.Table {
	return doc.Table{
		Header: []string{data.FieldLabel("ref", l), data.FieldLabel("received", l), data.FieldLabel("name", l),
			data.FieldLabel("rights", l), data.FieldLabel("due", l), data.FieldLabel("status", l)},
		// Millimetres of the 170 mm text width: a date or a reference
		// must fit on one line (a wrapped "2026-" reads as a hyphenation).
		Widths: []float64{22, 25, 28, 29, 25, 41},
		Stream: func(row func([]string) error) error {
			return each(func(e *data.LogEntry) error { return row(entryRow(e, l, today)) })
		},
	}
}

// entryRow is one request's row of the table.
func entryRow(e *data.LogEntry, l string, today time.Time) []string {
	name := e.Requester.Name
	if e.Purged {
		name = tPurgedName.in(l)
	}
	return []string{e.Ref, shortDate(e.Received, l), name, data.RightsShort(e.Rights, l),
		shortDate(e.Due, l), statusText(e, e.TimingOn(today), l)}
}

// statusText is the status with the answer date and the days it took, or
// for an open request the days left or past the due date.
func statusText(e *data.LogEntry, tm data.Timing, l string) string {
	s := vocab.Label(vocab.Statuses, e.Status, l)
	switch {
	case !e.Open() && e.AnsweredOn != "":
		s += " " + shortDate(e.AnsweredOn, l) + " " + tTaken.count(l, float64(tm.DaysTaken))
		if tm.Late {
			s += ", " + tAnsweredLate.count(l, float64(tm.DaysLate))
		}
	case e.Open() && tm.DaysLeft < 0:
		s += ", " + tLate.count(l, float64(-tm.DaysLeft))
	case e.Open() && tm.DaysLeft == 0:
		s += ", " + tDueToday.in(l)
	case e.Open():
		s += ", " + tLeft.count(l, float64(tm.DaysLeft))
	}
	return s
}

// SummaryInput is what the one-request summary is made of.
type SummaryInput struct {
	Lang  string
	Org   data.Organisation
	Entry *data.LogEntry // with its history (Store.GetRequest)
	Today time.Time
}

// Summary composes one request on a page: every field, the deadline and
// the whole history.
func Summary(in SummaryInput) *doc.Document {
	l, e := in.Lang, in.Entry
	d := frame(l, in.Org, tSummaryTitle.with(l, "ref", e.Ref), in.Today)
	f := func(field, value string) doc.Fact {
		return doc.Fact{Label: data.FieldLabel(field, l), Value: dash(value)}
	}
	term := func(list []vocab.Term, code string) string {
		if code == "" {
			return ""
		}
		return vocab.Label(list, code, l)
	}
	var method, verified string
	if e.Identity != nil {
		method, verified = e.Identity.Method, date(e.Identity.VerifiedOn, l)
	}
	if verified == "" {
		verified = tNotVerified.in(l)
	}
	name := e.Requester.Name
	if e.Purged {
		name = tPurgedName.in(l)
	}
	details := doc.Facts{Rows: []doc.Fact{
		f("ref", e.Ref), f("received", date(e.Received, l)), f("channel", term(vocab.Channels, e.Channel)),
		f("name", name), f("contact", e.Requester.Contact), f("rights", rightsLong(e.Rights, l)),
		f("register", e.Register), f("identity_method", method), f("identity_verified_on", verified),
	}}
	tm := e.TimingOn(in.Today)
	received, _ := time.Parse(time.DateOnly, e.Received)
	extended := tNo.in(l)
	if e.Extended {
		extended = tYes.in(l)
	}
	deadline := doc.Facts{Rows: []doc.Fact{
		{Label: tFirstMonth.in(l), Value: date(duedate.FirstMonthEnd(received).Format(time.DateOnly), l)},
		f("extended", extended),
	}}
	if e.Extended {
		deadline.Rows = append(deadline.Rows, f("extension_told_on", date(e.ExtensionToldOn, l)), f("extension_reason", e.ExtensionReason))
	}
	deadline.Rows = append(deadline.Rows, f("due", date(e.Due, l)),
		doc.Fact{Label: tState.in(l), Value: data.StateLabel(tm.State, l) + ", " + data.DaysText(tm, l)})
	answer := []doc.Block{doc.Facts{Rows: []doc.Fact{
		f("status", term(vocab.Statuses, e.Status)), f("answered_on", date(e.AnsweredOn, l)),
		f("outcome", e.Outcome), f("refusal_reason", term(vocab.RefusalReasons, e.RefusalReason)),
		f("refusal_details", e.RefusalDetails),
	}}}
	if e.Status == data.StatusRefused {
		answer = append(answer, doc.Note{Text: tRefusalNote.in(l)})
	}
	history := doc.Table{Header: []string{tWhen.in(l), tWho.in(l), tWhat.in(l)}, Widths: []float64{1.6, 1.6, 5}}
	for _, ev := range e.History {
		history.Rows = append(history.Rows, []string{stamp(ev.At), dash(ev.By), data.EventText(ev, l)})
	}
	// The table first: the renderer keeps a heading with its first block,
	// and a heading alone at the foot of a page reads badly.
	hist := []doc.Block{history, doc.Paragraph{Text: tHistoryIntro.in(l)}}
	if e.Purged {
		hist = append([]doc.Block{doc.Note{Text: tPurgedNote.in(l)}}, hist...)
	}
	d.Sections = []doc.Section{
		{Number: "1", Title: tSecDetails.in(l), Blocks: []doc.Block{details}},
		{Number: "2", Title: tSecDeadline.in(l), Blocks: []doc.Block{deadline}},
		{Number: "3", Title: tSecAnswer.in(l), Blocks: answer},
		{Number: "4", Title: tSecHistory.in(l), Blocks: hist},
	}
	return d
}

// frame is the document with the title, the organisation and the page
// furniture every report shares.
func frame(l string, org data.Organisation, title string, today time.Time) *doc.Document {
	sub := org.Name
	if org.BusinessID != "" {
		sub += " (" + org.BusinessID + ")"
	}
	made := tMade.with(l, "date", date(today.Format(time.DateOnly), l))
	return &doc.Document{
		Lang: l, Title: title, Subtitle: sub,
		Header:    strings.TrimPrefix(org.Name+" – "+title, " – "),
		Footer:    made,
		PageLabel: tPageLabel.in(l),
		Meta:      doc.Meta{Title: title, Author: org.Name, Creator: "Tietosuojapakki", Keywords: "GDPR"},
	}
}

func rightsLong(rs []data.Right, l string) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		term, _ := vocab.Find(vocab.Rights, string(r))
		parts[i] = vocab.Label(vocab.Rights, string(r), l)
		if term.Article != "" {
			parts[i] += " (" + vocab.Article(term.Article, l) + ")"
		}
	}
	return strings.Join(parts, "; ")
}

// stamp shows an RFC 3339 event time in the computer's time zone.
// date writes a stored YYYY-MM-DD date as a reader of l expects it in
// running text and facts: 2.3.2026, or 2 March 2026 in English
// (doc.FormatDate, as the other documents). Anything else stays as it is.
func date(iso, l string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return data.FormatDate(iso)
	}
	if vocab.Column(l) == vocab.EN {
		l = "en" // en-GB too
	}
	return doc.FormatDate(d, l)
}

// shortDate is date for the narrow columns of the request table: English
// months are shortened (2 Mar 2026) so that a date keeps to one line.
func shortDate(iso, l string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil || vocab.Column(l) != vocab.EN {
		return data.FormatDate(iso)
	}
	return d.Format("2 Jan 2006")
}

func stamp(at string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return at
	}
	return t.Local().Format("2.1.2006 15.04")
}

// number prints 12 or 12,5 (Finnish and Swedish) / 12.5 (English).
func number(x float64, l string) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if l != "en" {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}
