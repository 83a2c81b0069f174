package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data/duedate"
)

// Every change to a request runs in one immediate transaction that writes
// the row and appends its history events, so the history never misses a
// change and a refused change leaves nothing behind.

// AddRequest enters a new request and returns its reference: the year of
// receipt and the next running number of that year (2026-001, 2026-002 …).
// Ref, Status, answer fields and History of in are ignored.
func (s *Store) AddRequest(ctx context.Context, org int64, in Request) (string, error) {
	today := s.Today()
	r, errs := checkEntry(in, today)
	if len(errs) > 0 {
		return "", errs
	}
	r.Status = StatusOpen
	r.Extended, r.ExtensionReason, r.ExtensionToldOn = false, "", ""
	r.AnsweredOn, r.Outcome, r.RefusalReason, r.RefusalDetails = "", "", "", ""
	year := r.Received[:4]
	at, by := s.stamp(), s.userName() // before the transaction: the pool has one connection
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := orgExists(tx, org); err != nil {
			return err
		}
		seq, err := nextSeq(tx, org, year)
		if err != nil {
			return err
		}
		r.Ref = fmt.Sprintf("%s-%03d", year, seq)
		r.History = []Event{{At: at, By: by, Kind: EventCreated, New: r.Ref}}
		if r.Identity != nil && r.Identity.VerifiedOn != "" {
			r.History = append(r.History, Event{At: at, By: by, Kind: EventVerified,
				Field: "identity_verified_on", New: r.Identity.VerifiedOn, Note: r.Identity.Method})
		}
		_, err = insertRequest(tx, org, &r)
		return err
	})
	if err != nil {
		return "", err
	}
	return r.Ref, nil
}

// nextSeq takes the next running number of org's year: above every number
// in the log and above the high-water mark (carry.go), which a restore of
// an older backup carries over, so that no number is ever given twice. It
// is read and raised inside the caller's immediate transaction: no other
// writer can take it in between.
func nextSeq(tx *sql.Tx, org int64, year string) (int, error) {
	var seq int
	err := tx.QueryRow(`SELECT MAX(COALESCE((SELECT MAX(seq) FROM requests WHERE org_id = ? AND year = ?), 0),
		COALESCE((SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?), 0)) + 1`,
		org, year, highKey(org, year)).Scan(&seq)
	if err != nil {
		return 0, err
	}
	_, err = tx.Exec("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
		highKey(org, year), strconv.Itoa(seq))
	return seq, err
}

// VerifyIdentity records that the requester's identity was verified on the
// given day and how (art. 12(6)). An empty method keeps the one recorded.
func (s *Store) VerifyIdentity(ctx context.Context, org int64, ref, on, method string) error {
	return s.change(ctx, org, ref, func(c *changeTx) error {
		d, err := checkAfterReceipt("verified_on", on, c.received, c.today)
		if err != nil {
			return err
		}
		if c.e.RefusalReason == RefusalIdentityNotVerified {
			return reqErr("verified_on", "identity_refused_verified")
		}
		method = strings.TrimSpace(method)
		var old Identity
		if c.e.Identity != nil {
			old = *c.e.Identity
		}
		if method == "" {
			method = old.Method
		}
		day := d.Format(time.DateOnly)
		if err := c.exec("UPDATE requests SET identity_method = ?, identity_verified_on = ? WHERE id = ?", method, day, c.e.id); err != nil {
			return err
		}
		return c.event(Event{Kind: EventVerified, Field: "identity_verified_on", Old: old.VerifiedOn, New: day, Note: method})
	})
}

// ExtendRequest extends the period to three months from receipt (art.
// 12(3)). The requester must have been told of it, with the reasons, within
// the first month: toldOn must be at the latest on duedate.FirstMonthEnd
// and not after today. It may be recorded later (people log by hand, after
// the fact): what counts is when the requester was told. reason is
// required (art. 12(3): the requester is told the reasons).
func (s *Store) ExtendRequest(ctx context.Context, org int64, ref, toldOn, reason string) error {
	return s.change(ctx, org, ref, func(c *changeTx) error {
		if err := c.mustBeOpen(); err != nil {
			return err
		}
		if c.e.Extended {
			return reqErr("told_on", "already_extended")
		}
		end := duedate.FirstMonthEnd(c.received)
		endText := FormatDate(end.Format(time.DateOnly))
		// The deadline is checked before "not in the future": a told
		// date past the first month is wrong whatever today is.
		told, err := parseDay("told_on", toldOn)
		if err != nil {
			return err
		}
		if told.Before(c.received) {
			return reqErr("told_on", "before_received", FormatDate(c.e.Received))
		}
		if told.After(end) {
			return reqErr("told_on", "extend_told_late", endText)
		}
		if told.After(c.today) {
			return reqErr("told_on", "date_future")
		}
		reason = strings.TrimSpace(reason)
		if reason == "" {
			return reqErr(FieldExtensionReason, "extension_reason_required")
		}
		due := duedate.Due(c.received, true).Format(time.DateOnly)
		if err := c.exec("UPDATE requests SET extended = 1, extension_reason = ?, extension_told_on = ?, due = ? WHERE id = ?",
			reason, told.Format(time.DateOnly), due, c.e.id); err != nil {
			return err
		}
		if err := c.event(Event{Kind: EventExtended, Field: "extension_told_on", New: told.Format(time.DateOnly), Note: reason}); err != nil {
			return err
		}
		return c.event(Event{Kind: EventEdited, Field: "due", Old: c.e.Due, New: due})
	})
}

// Answer is how a request was closed.
type Answer struct {
	On      string // the day the answer was sent
	Outcome string // what was answered or done
	// RefusalReason is empty for an answer that grants the request, or one
	// of RefusalReasons; a refusal closes the request as refused.
	RefusalReason  string
	RefusalDetails string
}

// AnswerRequest closes an open request.
func (s *Store) AnswerRequest(ctx context.Context, org int64, ref string, a Answer) error {
	return s.change(ctx, org, ref, func(c *changeTx) error {
		if err := c.mustBeOpen(); err != nil {
			return err
		}
		on, err := checkAfterReceipt("answered_on", a.On, c.received, c.today)
		if err != nil {
			return err
		}
		outcome := strings.TrimSpace(a.Outcome)
		if outcome == "" {
			return reqErr("outcome", "outcome_required")
		}
		if err := checkRefusal(a.RefusalReason); err != nil {
			return err
		}
		if err := checkIdentityRefusal(c.e.Identity, a.RefusalReason); err != nil {
			return err
		}
		status := StatusAnswered
		if a.RefusalReason != "" {
			status = StatusRefused
		}
		day := on.Format(time.DateOnly)
		details := strings.TrimSpace(a.RefusalDetails)
		if err := c.exec("UPDATE requests SET status = ?, answered_on = ?, outcome = ?, refusal_reason = ?, refusal_details = ? WHERE id = ?",
			status, day, outcome, a.RefusalReason, details, c.e.id); err != nil {
			return err
		}
		if err := c.event(Event{Kind: EventAnswered, Field: "answered_on", New: day, Note: outcome}); err != nil {
			return err
		}
		return c.event(Event{Kind: EventStatus, Field: "status", Old: c.e.Status, New: status, Note: a.RefusalReason})
	})
}

// AddNote appends a free note to the request's history.
func (s *Store) AddNote(ctx context.Context, org int64, ref, text string) error {
	return s.change(ctx, org, ref, func(c *changeTx) error {
		text = strings.TrimSpace(text)
		if text == "" {
			return reqErr("note", "note_required")
		}
		return c.event(Event{Kind: EventNote, Note: text})
	})
}

// EditRequest corrects the typed fields of a request: received date,
// channel, requester, rights, register, identity method, and for a closed
// request its answer date, outcome and refusal reason. Every changed field
// becomes an "edited" event with its old and new value; the due date
// follows a changed received date.
func (s *Store) EditRequest(ctx context.Context, org int64, ref string, in Request) error {
	return s.change(ctx, org, ref, func(c *changeTx) error {
		return c.edit(in)
	})
}

// changeTx is one change to one request in progress.
type changeTx struct {
	tx       *sql.Tx
	e        *LogEntry
	received time.Time
	today    time.Time
	at, by   string
}

// change loads the request for update and runs fn in one transaction.
func (s *Store) change(ctx context.Context, org int64, ref string, fn func(*changeTx) error) error {
	today, at, by := s.Today(), s.stamp(), s.userName()
	return s.withTx(ctx, func(tx *sql.Tx) error {
		e, err := loadEntry(tx, org, ref)
		if err != nil {
			return err
		}
		if e.Purged {
			return reqErr("ref", "purged", e.Ref)
		}
		received, err := time.Parse(time.DateOnly, e.Received)
		if err != nil {
			return err
		}
		return fn(&changeTx{tx: tx, e: e, received: received, today: today, at: at, by: by})
	})
}

func (c *changeTx) exec(q string, args ...any) error {
	_, err := c.tx.Exec(q, args...)
	return err
}

func (c *changeTx) event(e Event) error {
	e.At, e.By = c.at, c.by
	return insertEvent(c.tx, c.e.id, e)
}

func (c *changeTx) mustBeOpen() error {
	if !c.e.Open() {
		return reqErr("ref", "closed", FormatDate(c.e.AnsweredOn))
	}
	return nil
}

// edit applies the form's values; see EditRequest.
func (c *changeTx) edit(in Request) error {
	old := c.e.Request
	r, errs := checkEntry(in, c.today)
	newReceived, _ := time.Parse(time.DateOnly, r.Received)
	closed := !c.e.Open()
	if closed {
		errs = c.checkAnswerEdit(in, &r, newReceived, errs)
	}
	errs = checkKeptFacts(old, in, r.Received, newReceived, errs)
	if len(errs) > 0 {
		return errs
	}
	method := func(id *Identity) string {
		if id == nil {
			return ""
		}
		return id.Method
	}
	type field struct {
		name, column string
		old, new     string
	}
	fields := []field{
		{"received", "received", old.Received, r.Received},
		{"channel", "channel", old.Channel, r.Channel},
		{"name", "requester_name", old.Requester.Name, r.Requester.Name},
		{"contact", "requester_contact", old.Requester.Contact, r.Requester.Contact},
		{"rights", "rights", joinRights(old.Rights), joinRights(r.Rights)},
		{"register", "register", old.Register, r.Register},
		{"identity_method", "identity_method", method(old.Identity), method(r.Identity)},
	}
	if old.Extended {
		fields = append(fields, field{"extension_reason", "extension_reason", old.ExtensionReason, strings.TrimSpace(in.ExtensionReason)})
	}
	if closed {
		status := StatusAnswered
		if in.RefusalReason != "" {
			status = StatusRefused
		}
		fields = append(fields,
			field{"answered_on", "answered_on", old.AnsweredOn, r.AnsweredOn},
			field{"outcome", "outcome", old.Outcome, r.Outcome},
			field{"refusal_reason", "refusal_reason", old.RefusalReason, in.RefusalReason},
			field{"refusal_details", "refusal_details", old.RefusalDetails, r.RefusalDetails},
			field{"status", "status", old.Status, status})
	}
	if old.Received != r.Received {
		due := duedate.Due(newReceived, old.Extended).Format(time.DateOnly)
		fields = append(fields, field{"due", "due", c.e.Due, due})
	}
	for _, f := range fields {
		if f.old == f.new {
			continue
		}
		// column comes from the fixed list above, never from input.
		if err := c.exec("UPDATE requests SET "+f.column+" = ? WHERE id = ?", f.new, c.e.id); err != nil {
			return err
		}
		kind := EventEdited
		if f.name == "status" {
			kind = EventStatus
		}
		if err := c.event(Event{Kind: kind, Field: f.name, Old: f.old, New: f.new}); err != nil {
			return err
		}
	}
	return nil
}

// checkAnswerEdit checks the answer fields of a closed request's edit and
// puts the cleaned values into r.
func (c *changeTx) checkAnswerEdit(in Request, r *Request, newReceived time.Time, errs RequestErrors) RequestErrors {
	r.Outcome = strings.TrimSpace(in.Outcome)
	r.RefusalDetails = strings.TrimSpace(in.RefusalDetails)
	if r.Outcome == "" {
		errs = append(errs, reqErr("outcome", "outcome_required"))
	}
	if err := checkRefusal(in.RefusalReason); err != nil {
		errs = append(errs, err.(*RequestError))
	} else if err := checkIdentityRefusal(c.e.Identity, in.RefusalReason); err != nil {
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		on, err := checkAfterReceipt("answered_on", in.AnsweredOn, newReceived, c.today)
		if err != nil {
			errs = append(errs, err.(*RequestError))
		}
		r.AnsweredOn = on.Format(time.DateOnly)
	}
	return errs
}

// checkKeptFacts checks an edit against what it does not change: the
// extension (told within the first month of the new received date, its
// reason not emptied) and the identity verification (not before receipt).
func checkKeptFacts(old, in Request, received string, newReceived time.Time, errs RequestErrors) RequestErrors {
	// A reason once given cannot be emptied; a request extended before
	// reasons were required stays editable.
	if old.Extended && old.ExtensionReason != "" && strings.TrimSpace(in.ExtensionReason) == "" {
		errs = append(errs, reqErr(FieldExtensionReason, "extension_reason_required"))
	}
	if old.Extended && len(errs) == 0 {
		end := duedate.FirstMonthEnd(newReceived)
		if old.ExtensionToldOn > end.Format(time.DateOnly) {
			errs = append(errs, reqErr("received", "extend_told_late", FormatDate(end.Format(time.DateOnly))))
		}
	}
	if old.Identity != nil && old.Identity.VerifiedOn != "" && len(errs) == 0 && old.Identity.VerifiedOn < received {
		errs = append(errs, reqErr("received", "before_received", FormatDate(received)))
	}
	return errs
}

// orgExists refuses a change for an organisation that is not there.
func orgExists(tx *sql.Tx, org int64) error {
	var one int
	err := tx.QueryRow("SELECT 1 FROM organisations WHERE id = ?", org).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return reqErr("org", "org_unknown")
	}
	return err
}

// RefusalIdentityNotVerified is the refusal reason "identity not verified"
// (art. 12(2) and 12(6)).
const RefusalIdentityNotVerified = "identity_not_verified"

// checkIdentityRefusal refuses to close a request whose identity was
// verified as "refused: identity not verified": the log would say both.
func checkIdentityRefusal(id *Identity, reason string) *RequestError {
	if reason == RefusalIdentityNotVerified && id != nil && id.VerifiedOn != "" {
		return reqErr(FieldRefusalReason, "identity_verified_refused", FormatDate(id.VerifiedOn))
	}
	return nil
}
