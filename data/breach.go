package data

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Helsinki also where the system has no zone database (Windows)
)

// Risk is the assessment of a breach's risk to people's rights and
// freedoms (GDPR art. 33(1) and 34(1)).
type Risk string

// The three assessments. RiskNone needs no notification, but its reasons
// are kept (art. 33(5)); RiskHigh also requires telling the data subjects
// unless art. 34(3) applies.
const (
	RiskUnassessed Risk = ""
	RiskNone       Risk = "none"
	RiskSome       Risk = "risk"
	RiskHigh       Risk = "high"
)

// Risks lists the assessments in rising order.
var Risks = []Risk{RiskNone, RiskSome, RiskHigh}

// NotifyWithin is the time from awareness within which the Office of the
// Data Protection Ombudsman is to be notified, where feasible (art. 33(1)).
const NotifyWithin = 72 * time.Hour

// Breach is one entry of the personal data breach log (art. 33(5)): the
// facts, the effects and the remedial action, whether notified or not.
// Instants are in UTC; zero means not recorded. In the answers file the
// instants are RFC 3339 strings in UTC (2026-03-31T18:00:00Z), and one not
// recorded is left out.
type Breach struct {
	Ref        string    `json:"ref"`                  // running reference per year of awareness: 2026-B01, 2026-B02 …
	AwareAt    time.Time `json:"aware_at"`             // when the company became aware of the breach
	OccurredAt time.Time `json:"occurred_at,omitzero"` // when the breach happened, if known
	// Description is what happened.
	Description string `json:"description"`
	// DataSubjects are the categories of data subjects and personal data
	// records concerned (art. 33(3)(a)).
	DataSubjects   string `json:"data_subjects,omitempty"`
	SubjectsApprox int    `json:"subjects_approx,omitempty"` // approximate number of data subjects; 0 = not known
	RecordsApprox  int    `json:"records_approx,omitempty"`  // approximate number of personal data records; 0 = not known
	Consequences   string `json:"consequences,omitempty"`
	Measures       string `json:"measures,omitempty"` // measures taken or proposed (art. 33(3)(d))
	Risk           Risk   `json:"risk,omitempty"`
	RiskReasons    string `json:"risk_reasons,omitempty"`
	// NotifiedAt is when the authority was notified, with its case number,
	// and the reasons for a delay past NotifyWithin (art. 33(1)).
	NotifiedAt    time.Time `json:"notified_at,omitzero"`
	AuthorityCase string    `json:"authority_case,omitempty"`
	DelayReasons  string    `json:"delay_reasons,omitempty"`
	// SubjectsInformedAt and SubjectsHow record telling the data subjects
	// (art. 34(1)); SubjectsNotReason why they were not (art. 34(3)).
	SubjectsInformedAt time.Time `json:"subjects_informed_at,omitzero"`
	SubjectsHow        string    `json:"subjects_how,omitempty"`
	SubjectsNotReason  string    `json:"subjects_not_reason,omitempty"`
	// ControllerToldAt is, for a processor, when its controller was told
	// (art. 33(2)).
	ControllerToldAt time.Time `json:"controller_told_at,omitzero"`
	ClosedAt         time.Time `json:"closed_at,omitzero"`
	History          []Event   `json:"history,omitempty"`
}

// Due is the end of the 72 hours of art. 33(1): awareness + 72 hours of
// real time (a change to or from daylight saving time makes it 71 or 73
// hours on the wall clock).
func (b *Breach) Due() time.Time { return b.AwareAt.Add(NotifyWithin) }

// Breach states.
const (
	BreachOpen       = "open"        // risk not assessed yet, or notification pending
	BreachNotified   = "notified"    // the authority was notified
	BreachNoNotice   = "no_notice"   // assessed as no risk: no notification needed, reasons kept
	BreachClosed     = "closed"      // handled
	BreachNoticeLate = "notice_late" // open, past the 72 hours
)

// State is the breach's state at now.
func (b *Breach) State(now time.Time) string {
	switch {
	case !b.ClosedAt.IsZero():
		return BreachClosed
	case !b.NotifiedAt.IsZero():
		return BreachNotified
	case b.Risk == RiskNone:
		return BreachNoNotice
	case now.After(b.Due()):
		return BreachNoticeLate
	}
	return BreachOpen
}

// Left is the time left of the 72 hours at now; negative when past.
func (b *Breach) Left(now time.Time) time.Duration { return b.Due().Sub(now) }

// Helsinki is the Europe/Helsinki time zone (EET +02:00, EEST +03:00), in
// which breach times are entered and shown.
var Helsinki = mustZone("Europe/Helsinki")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // time/tzdata is embedded: cannot happen
	}
	return loc
}

// localLayouts are the forms of a local Finnish time the user may type.
var localLayouts = []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2.1.2006 15:04", "2.1.2006 klo 15.04", "2.1.2006 15.04"}

// ParseLocalTime reads a time typed in Finnish local time (Europe/Helsinki)
// as YYYY-MM-DDTHH:MM (or d.m.yyyy HH:MM), or with an explicit UTC offset
// as RFC 3339 (2026-10-25T03:30+02:00). It returns the instant in UTC.
//
// A local time that does not exist (the hour skipped when the clocks go
// forward on the last Sunday of March) or that exists twice (the hour
// repeated on the last Sunday of October) is refused with a *BreachError
// asking for the offset, rather than guessed.
func ParseLocalTime(field, s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	for _, layout := range localLayouts {
		wall, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		return fromWall(field, s, wall)
	}
	return time.Time{}, breachErr(field, "time_format", s)
}

// fromWall finds the instants whose Helsinki wall clock reads wall: the
// offset is +02:00 or +03:00, and each candidate is kept when it reads back
// the same.
func fromWall(field, s string, wall time.Time) (time.Time, error) {
	var found []time.Time
	for _, hours := range []int{3, 2} {
		t := wall.Add(-time.Duration(hours) * time.Hour) // wall is in UTC: subtract the offset
		local := t.In(Helsinki)
		if local.Format("2006-01-02T15:04:05") == wall.Format("2006-01-02T15:04:05") {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return time.Time{}, breachErr(field, "time_skipped", s)
	case 2:
		return time.Time{}, breachErr(field, "time_twice", s)
	}
	return found[0].UTC(), nil
}

// FormatLocalTime shows an instant in Helsinki time as d.m.yyyy HH.MM with
// the offset in force, e.g. "31.3.2026 21.00 (+03:00)"; "" for zero.
func FormatLocalTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return FormatLocalClock(t) + " (" + t.In(Helsinki).Format("-07:00") + ")"
}

// FormatLocalClock shows an instant in Helsinki time as d.m.yyyy HH.MM,
// without the offset (lists and histories); "" for zero.
func FormatLocalClock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	l := t.In(Helsinki)
	return fmt.Sprintf("%d.%d.%d %02d.%02d", l.Day(), int(l.Month()), l.Year(), l.Hour(), l.Minute())
}

// RFC3339Local writes an instant as RFC 3339 with the Helsinki offset in
// force, e.g. 2026-03-31T21:00:00+03:00; "" for zero.
func RFC3339Local(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(Helsinki).Format(time.RFC3339)
}
