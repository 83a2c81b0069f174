package jobs

// The personal data breach log's printable report (GDPR art. 33(5)).

import (
	"context"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/breachreport"
	"tietosuojapakki/pdf/doc"
)

// BreachReportOptions choose the period and language of the report.
type BreachReportOptions struct {
	// From and To are the first and last day of the period (dates; both
	// included). A breach belongs to the day the company became aware of
	// it, in Helsinki time.
	From, To time.Time
	Lang     vocab.Lang // "" is the organisation's main document language
}

// BreachReport composes the report of the breaches the company became
// aware of in the period, each with its history, and says how many it
// holds. The 72-hour states are seen at the store's clock. A period whose
// last day is before its first is a *PeriodError.
func BreachReport(ctx context.Context, st *data.Store, org int64, o BreachReportOptions) (*doc.Document, int, error) {
	if o.To.Before(o.From) {
		return nil, 0, &PeriodError{From: o.From, To: o.To}
	}
	a, err := st.Answers(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	if o.Lang == "" {
		o.Lang = DocumentLang(a)
	}
	all, err := st.Breaches(ctx, org)
	if err != nil {
		return nil, 0, err
	}
	from, to := o.From.Format(time.DateOnly), o.To.Format(time.DateOnly)
	var in []data.Breach
	for i := len(all) - 1; i >= 0; i-- { // oldest first, as a log reads
		d := all[i].AwareAt.In(data.Helsinki).Format(time.DateOnly)
		if d < from || d > to {
			continue
		}
		b, err := st.Breach(ctx, org, all[i].Ref)
		if err != nil {
			return nil, 0, err
		}
		in = append(in, *b)
	}
	d := breachreport.Report(breachreport.Input{Lang: string(o.Lang), Org: a.Organisation, From: o.From, To: o.To,
		Now: st.Now(), Breaches: in})
	return d, len(in), nil
}
