package jobs

import (
	"context"
	"io"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/requestreport"
)

// The request log's printable reports: the log of a period and the
// summary of one request with its history. Both faces write them through
// WriteFile as PDF.

// PeriodError is returned for a report whose last day is before its first.
type PeriodError struct{ From, To time.Time }

func (e *PeriodError) Error() string { return e.Text("en") }

// Text says what is wrong, in lang.
func (e *PeriodError) Text(lang string) string {
	return periodText.In(lang)
}

var periodText = vocab.Text{
	FI: "Jakson viimeinen päivä on ennen sen ensimmäistä päivää.",
	SV: "Periodens sista dag är före dess första dag.",
	EN: "The last day of the period is before its first day.",
}

// LogReport composes the report of the request log for the days from..to
// (both included, local dates) in lang, and says how many requests it
// holds. "Today" (for days left and late answers) is the store's clock.
// The requests are read once for the counts here and again, one at a
// time, as the document's table is drawn: render the document while ctx
// and st are open.
func LogReport(ctx context.Context, st *data.Store, org int64, from, to time.Time, lang vocab.Lang) (*doc.Document, int, error) {
	return LogReportProgress(ctx, st, org, from, to, lang, nil)
}

// progressStep is how many requests of a report are drawn between two
// progress reports.
const progressStep = 500

// LogReportProgress is LogReport that also tells progress, while the
// document's table is drawn, how many of its requests are done: every
// progressStep requests and at the end (done == total). progress runs on
// the drawing goroutine; nil tells nothing.
func LogReportProgress(ctx context.Context, st *data.Store, org int64, from, to time.Time, lang vocab.Lang,
	progress func(done, total int)) (*doc.Document, int, error) {
	if to.Before(from) {
		return nil, 0, &PeriodError{From: from, To: to}
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	f, t := from.Format(time.DateOnly), to.Format(time.DateOnly)
	today := st.Today()
	stats := data.NewStatsBuilder(today)
	err = st.EachRequestBetween(ctx, org, f, t, func(e *data.LogEntry) error {
		stats.Add(e)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	months, err := st.LogRetentionMonths(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	total := stats.Stats().Total
	each := func(fn func(*data.LogEntry) error) error {
		done := 0
		err := st.EachRequestBetween(ctx, org, f, t, func(e *data.LogEntry) error {
			done++
			if progress != nil && done%progressStep == 0 {
				progress(done, total)
			}
			return fn(e)
		})
		if err == nil && progress != nil {
			progress(done, total)
		}
		return err
	}
	d := requestreport.Log(requestreport.LogInput{Lang: string(lang), Org: a.Organisation, From: f, To: t,
		Today: today, Each: each, Stats: stats.Stats(), RetentionMonths: months})
	return d, total, nil
}

// RequestSummary composes the one-page summary of the request ref with
// its whole history, in lang.
func RequestSummary(ctx context.Context, st *data.Store, org int64, ref string, lang vocab.Lang) (*doc.Document, error) {
	e, err := st.GetRequest(ctx, org, ref)
	if err != nil {
		return nil, err
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, err
	}
	return requestreport.Summary(requestreport.SummaryInput{Lang: string(lang), Org: a.Organisation, Entry: e, Today: st.Today()}), nil
}

// WritePDF draws d as PDF into the file at path through WriteFile (checked
// against the database at dbPath first; Stdout is not a PDF's place).
func WritePDF(d *doc.Document, path, dbPath string) error {
	return WriteFile(path, dbPath, func(w io.Writer) error { return pdf.WritePDF(w, d, pdf.Options{}) })
}

// WriteLogCSV writes the requests of org's log that f selects (Limit and
// Offset aside), newest received first, to w as CSV in lang
// (data.RequestsCSV), one row at a time as they are read. progress, when
// not nil, is told how many are written of how many, every progressStep
// requests and at the end, on the writing goroutine.
func WriteLogCSV(ctx context.Context, st *data.Store, org int64, f data.RequestFilter, lang string, w io.Writer,
	progress func(done, total int)) error {
	f.Limit, f.Offset = 0, 0
	total, err := st.CountRequests(ctx, org, f)
	if err != nil {
		return err
	}
	c, err := data.NewRequestsCSV(w, lang, st.Today())
	if err != nil {
		return err
	}
	done := 0
	err = st.EachRequest(ctx, org, f, func(e *data.LogEntry) error {
		done++
		if progress != nil && done%progressStep == 0 {
			progress(done, total)
		}
		return c.Write(e)
	})
	if err != nil {
		return err
	}
	if progress != nil {
		progress(done, total)
	}
	return c.Flush()
}
