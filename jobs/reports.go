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
func LogReport(ctx context.Context, st *data.Store, org int64, from, to time.Time, lang vocab.Lang) (*doc.Document, int, error) {
	if to.Before(from) {
		return nil, 0, &PeriodError{From: from, To: to}
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	f, t := from.Format(time.DateOnly), to.Format(time.DateOnly)
	entries, err := st.RequestsBetween(ctx, org, f, t)
	if err != nil {
		return nil, 0, err
	}
	months, err := st.LogRetentionMonths(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	d := requestreport.Log(requestreport.LogInput{Lang: string(lang), Org: a.Organisation, From: f, To: t,
		Today: st.Today(), Entries: entries, RetentionMonths: months})
	return d, len(entries), nil
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
