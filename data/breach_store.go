package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Event kinds of a breach's history, beside EventCreated, EventNote and
// EventEdited of the request log.
const (
	EventAssessed        = "assessed"
	EventNotified        = "notified"
	EventSubjectsTold    = "subjects_told"
	EventSubjectsNotTold = "subjects_not_told"
	EventControllerTold  = "controller_told"
	EventClosed          = "closed"
)

// maxApprox bounds the approximate numbers of a breach: a small business's
// breach concerns at most a few million people or records; a larger number
// is a typing error.
const maxApprox = 100_000_000

// AddBreach enters a new breach and returns its reference: the year of
// awareness (Helsinki time) and the next running number of that year
// (2026-B01, 2026-B02 …). Only the facts of in are used (awareness,
// occurrence, description, data subjects, numbers, consequences,
// measures); the assessment and notifications are recorded later.
func (s *Store) AddBreach(ctx context.Context, org int64, in Breach) (string, error) {
	now := s.now().UTC()
	b, err := checkBreachFacts(in, now)
	if err != nil {
		return "", err
	}
	year := b.AwareAt.In(Helsinki).Year()
	at, by := s.stamp(), s.userName()
	err = s.withTx(ctx, func(tx *sql.Tx) error {
		if err := orgExists(tx, org); err != nil {
			return err
		}
		var seq int
		if err := tx.QueryRow("SELECT COALESCE(MAX(seq), 0) + 1 FROM breaches WHERE org_id = ? AND year = ?", org, year).Scan(&seq); err != nil {
			return err
		}
		b.Ref = fmt.Sprintf("%d-B%02d", year, seq)
		res, err := tx.Exec(`INSERT INTO breaches(org_id, ref, year, seq, aware_at, occurred_at, description, data_subjects,
			subjects_approx, records_approx, consequences, measures) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)`,
			org, b.Ref, year, seq, instant(b.AwareAt), instant(b.OccurredAt), b.Description, b.DataSubjects,
			b.SubjectsApprox, b.RecordsApprox, b.Consequences, b.Measures)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		return insertBreachEvent(tx, id, Event{At: at, By: by, Kind: EventCreated, New: b.Ref})
	})
	if err != nil {
		return "", err
	}
	return b.Ref, nil
}

// checkBreachFacts trims and checks the typed facts of a breach.
func checkBreachFacts(in Breach, now time.Time) (Breach, error) {
	b := Breach{
		AwareAt: in.AwareAt.UTC(), OccurredAt: in.OccurredAt.UTC(),
		Description: strings.TrimSpace(in.Description), DataSubjects: strings.TrimSpace(in.DataSubjects),
		SubjectsApprox: in.SubjectsApprox, RecordsApprox: in.RecordsApprox,
		Consequences: strings.TrimSpace(in.Consequences), Measures: strings.TrimSpace(in.Measures),
	}
	if in.OccurredAt.IsZero() {
		b.OccurredAt = time.Time{}
	}
	switch {
	case b.AwareAt.IsZero():
		return b, breachErr("aware", "time_format", "")
	case b.AwareAt.After(now.Add(time.Minute)):
		return b, breachErr("aware", "time_future")
	case !b.OccurredAt.IsZero() && b.OccurredAt.After(b.AwareAt):
		return b, breachErr("occurred", "occurred_after_aware")
	case b.Description == "":
		return b, breachErr("description", "description_required")
	}
	for field, n := range map[string]int{"subjects_approx": b.SubjectsApprox, "records_approx": b.RecordsApprox} {
		if n < 0 {
			return b, breachErr(field, "negative")
		}
		if n > maxApprox {
			return b, breachErr(field, "too_large", strconv.Itoa(maxApprox))
		}
	}
	return b, nil
}

// EditBreachFacts corrects the typed facts of a breach (see AddBreach);
// every changed field becomes an "edited" event with its old and new value.
func (s *Store) EditBreachFacts(ctx context.Context, org int64, ref string, in Breach) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		b, err := checkBreachFacts(in, c.now)
		if err != nil {
			return err
		}
		old := c.b
		changes := []struct {
			field, column string
			old, new      any
		}{
			{"aware", "aware_at", instant(old.AwareAt), instant(b.AwareAt)},
			{"occurred", "occurred_at", instant(old.OccurredAt), instant(b.OccurredAt)},
			{"description", "description", old.Description, b.Description},
			{"data_subjects", "data_subjects", old.DataSubjects, b.DataSubjects},
			{"subjects_approx", "subjects_approx", old.SubjectsApprox, b.SubjectsApprox},
			{"records_approx", "records_approx", old.RecordsApprox, b.RecordsApprox},
			{"consequences", "consequences", old.Consequences, b.Consequences},
			{"measures", "measures", old.Measures, b.Measures},
		}
		for _, ch := range changes {
			if ch.old == ch.new {
				continue
			}
			if err := c.exec("UPDATE breaches SET "+ch.column+" = ? WHERE id = ?", ch.new, c.id); err != nil {
				return err
			}
			if err := c.event(Event{Kind: EventEdited, Field: ch.field, Old: fmt.Sprint(ch.old), New: fmt.Sprint(ch.new)}); err != nil {
				return err
			}
		}
		return nil
	})
}

// AssessBreach records the risk assessment and its reasons (art. 33(1),
// 34(1)); the reasons are required, also for "no risk" (art. 33(5)).
func (s *Store) AssessBreach(ctx context.Context, org int64, ref string, risk Risk, reasons string) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		if !knownRisk(risk) {
			return breachErr("risk", "risk_unknown")
		}
		reasons = strings.TrimSpace(reasons)
		if reasons == "" {
			return breachErr("risk_reasons", "reasons_required")
		}
		if err := c.exec("UPDATE breaches SET risk = ?, risk_reasons = ? WHERE id = ?", string(risk), reasons, c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventAssessed, Field: "risk", Old: string(c.b.Risk), New: string(risk), Note: reasons})
	})
}

func knownRisk(r Risk) bool {
	for _, x := range Risks {
		if x == r {
			return true
		}
	}
	return false
}

// NotifyBreach records the notification to the Office of the Data
// Protection Ombudsman at the given instant, with its case number. A
// notification later than 72 hours after awareness needs the reasons for
// the delay (art. 33(1)).
func (s *Store) NotifyBreach(ctx context.Context, org int64, ref string, at time.Time, caseNo, delayReasons string) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		at = at.UTC()
		if err := c.checkAfterAware("notified", at); err != nil {
			return err
		}
		delayReasons = strings.TrimSpace(delayReasons)
		if at.After(c.b.Due()) && delayReasons == "" {
			return breachErr("delay_reasons", "delay_reasons_required", FormatLocalTime(c.b.Due()))
		}
		if err := c.exec("UPDATE breaches SET notified_at = ?, authority_case = ?, delay_reasons = ? WHERE id = ?",
			instant(at), strings.TrimSpace(caseNo), delayReasons, c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventNotified, Field: "notified_at", New: instant(at), Note: strings.TrimSpace(caseNo + " " + delayReasons)})
	})
}

// InformSubjects records that the data subjects were told at the given
// instant and how (art. 34(1)).
func (s *Store) InformSubjects(ctx context.Context, org int64, ref string, at time.Time, how string) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		at = at.UTC()
		if err := c.checkAfterAware("subjects_informed", at); err != nil {
			return err
		}
		if how = strings.TrimSpace(how); how == "" {
			return breachErr("subjects_how", "how_required")
		}
		if err := c.exec("UPDATE breaches SET subjects_informed_at = ?, subjects_how = ?, subjects_not_reason = '' WHERE id = ?", instant(at), how, c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventSubjectsTold, Field: "subjects_informed_at", New: instant(at), Note: how})
	})
}

// DoNotInformSubjects records why the data subjects were not told: the
// ground of art. 34(3) (encrypted data, later measures, or a public
// communication instead of a disproportionate effort).
func (s *Store) DoNotInformSubjects(ctx context.Context, org int64, ref, reason string) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		if reason = strings.TrimSpace(reason); reason == "" {
			return breachErr("subjects_not_reason", "not_reason_required")
		}
		if err := c.exec("UPDATE breaches SET subjects_not_reason = ? WHERE id = ?", reason, c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventSubjectsNotTold, Field: "subjects_not_reason", New: reason})
	})
}

// ControllerTold records, for a processor, when its controller was told of
// the breach (art. 33(2)).
func (s *Store) ControllerTold(ctx context.Context, org int64, ref string, at time.Time) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		at = at.UTC()
		if err := c.checkAfterAware("controller_told", at); err != nil {
			return err
		}
		if err := c.exec("UPDATE breaches SET controller_told_at = ? WHERE id = ?", instant(at), c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventControllerTold, Field: "controller_told_at", New: instant(at)})
	})
}

// CloseBreach marks a breach handled. It must be assessed; a breach with a
// risk must have been notified; a high risk needs the data subjects told,
// or the art. 34(3) ground for not telling them.
func (s *Store) CloseBreach(ctx context.Context, org int64, ref string) error {
	return s.changeBreach(ctx, org, ref, func(c *breachTx) error {
		b := c.b
		switch {
		case b.Risk == RiskUnassessed:
			return breachErr("risk", "close_unassessed")
		case b.Risk != RiskNone && b.NotifiedAt.IsZero():
			return breachErr("notified", "close_unnotified")
		case b.Risk == RiskHigh && b.SubjectsInformedAt.IsZero() && b.SubjectsNotReason == "":
			return breachErr("subjects_how", "close_subjects")
		}
		if err := c.exec("UPDATE breaches SET closed_at = ? WHERE id = ?", instant(c.now), c.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventClosed, New: instant(c.now)})
	})
}

// AddBreachNote appends a free note to a breach's history, also of a
// closed breach.
func (s *Store) AddBreachNote(ctx context.Context, org int64, ref, text string) error {
	return s.changeBreachIf(ctx, org, ref, true, func(c *breachTx) error {
		if text = strings.TrimSpace(text); text == "" {
			return breachErr("note", "note_required")
		}
		return c.event(Event{Kind: EventNote, Note: text})
	})
}

// breachTx is one change to one breach in progress.
type breachTx struct {
	tx     *sql.Tx
	id     int64
	b      *Breach
	now    time.Time
	at, by string
}

// changeBreach loads the breach for update and runs fn in one immediate
// transaction; a closed breach is refused.
func (s *Store) changeBreach(ctx context.Context, org int64, ref string, fn func(*breachTx) error) error {
	return s.changeBreachIf(ctx, org, ref, false, fn)
}

func (s *Store) changeBreachIf(ctx context.Context, org int64, ref string, closedToo bool, fn func(*breachTx) error) error {
	now, at, by := s.now().UTC(), s.stamp(), s.userName()
	return s.withTx(ctx, func(tx *sql.Tx) error {
		id, b, err := loadBreach(tx, org, ref)
		if err != nil {
			return err
		}
		if !b.ClosedAt.IsZero() && !closedToo {
			return breachErr("ref", "closed")
		}
		return fn(&breachTx{tx: tx, id: id, b: b, now: now, at: at, by: by})
	})
}

func (c *breachTx) exec(q string, args ...any) error {
	_, err := c.tx.Exec(q, args...)
	return err
}

func (c *breachTx) event(e Event) error {
	e.At, e.By = c.at, c.by
	return insertBreachEvent(c.tx, c.id, e)
}

func (c *breachTx) checkAfterAware(field string, at time.Time) error {
	switch {
	case at.IsZero():
		return breachErr(field, "time_format", "")
	case at.Before(c.b.AwareAt):
		return breachErr(field, "before_aware", FormatLocalTime(c.b.AwareAt))
	case at.After(c.now.Add(time.Minute)):
		return breachErr(field, "time_future")
	}
	return nil
}

func insertBreachEvent(tx *sql.Tx, breachID int64, e Event) error {
	_, err := tx.Exec("INSERT INTO breach_events(breach_id, at, by, kind, field, old, new, note) VALUES(?,?,?,?,?,?,?,?)",
		breachID, e.At, e.By, e.Kind, e.Field, e.Old, e.New, e.Note)
	return err
}

// instant stores a time as RFC 3339 in UTC; "" for zero.
func instant(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func parseInstant(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

const breachColumns = `id, ref, aware_at, occurred_at, description, data_subjects, subjects_approx, records_approx,
	consequences, measures, risk, risk_reasons, notified_at, authority_case, delay_reasons,
	subjects_informed_at, subjects_how, subjects_not_reason, controller_told_at, closed_at`

func scanBreach(row interface{ Scan(...any) error }) (int64, *Breach, error) {
	var (
		id                                                      int64
		b                                                       Breach
		aware, occurred, notified, informed, told, closed, risk string
	)
	err := row.Scan(&id, &b.Ref, &aware, &occurred, &b.Description, &b.DataSubjects, &b.SubjectsApprox, &b.RecordsApprox,
		&b.Consequences, &b.Measures, &risk, &b.RiskReasons, &notified, &b.AuthorityCase, &b.DelayReasons,
		&informed, &b.SubjectsHow, &b.SubjectsNotReason, &told, &closed)
	if err != nil {
		return 0, nil, err
	}
	b.Risk = Risk(risk)
	b.AwareAt, b.OccurredAt, b.NotifiedAt = parseInstant(aware), parseInstant(occurred), parseInstant(notified)
	b.SubjectsInformedAt, b.ControllerToldAt, b.ClosedAt = parseInstant(informed), parseInstant(told), parseInstant(closed)
	return id, &b, nil
}

func loadBreach(q querier, org int64, ref string) (int64, *Breach, error) {
	id, b, err := scanBreach(q.QueryRow("SELECT "+breachColumns+" FROM breaches WHERE org_id = ? AND ref = ?", org, strings.TrimSpace(ref)))
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, breachErr("ref", "ref_unknown", ref)
	}
	return id, b, err
}

// Breach returns one breach with its history.
func (s *Store) Breach(ctx context.Context, org int64, ref string) (*Breach, error) {
	id, b, err := loadBreach(s.db, org, ref)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, "SELECT at, by, kind, field, old, new, note FROM breach_events WHERE breach_id = ? ORDER BY id", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.At, &e.By, &e.Kind, &e.Field, &e.Old, &e.New, &e.Note); err != nil {
			return nil, err
		}
		b.History = append(b.History, e)
	}
	return b, rows.Err()
}

// Breaches lists an organisation's breaches, the newest awareness first,
// without their histories.
func (s *Store) Breaches(ctx context.Context, org int64) ([]Breach, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+breachColumns+" FROM breaches WHERE org_id = ? ORDER BY aware_at DESC, seq DESC", org)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Breach
	for rows.Next() {
		_, b, err := scanBreach(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *b)
	}
	return out, rows.Err()
}
