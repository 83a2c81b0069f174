package data

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data/duedate"
)

// requestColumns are the columns of requests in the order scanRequest reads.
const requestColumns = `id, ref, received, due, channel, requester_name, requester_contact, rights,
	register, identity_method, identity_verified_on, extended, extension_reason,
	extension_told_on, status, answered_on, outcome, refusal_reason, refusal_details`

type rowScanner interface{ Scan(...any) error }

// scanRequest reads one row of requestColumns. The history is not loaded.
func scanRequest(row rowScanner) (id int64, r Request, due string, err error) {
	var rights, method, verified string
	var extended int
	err = row.Scan(&id, &r.Ref, &r.Received, &due, &r.Channel, &r.Requester.Name, &r.Requester.Contact,
		&rights, &r.Register, &method, &verified, &extended, &r.ExtensionReason,
		&r.ExtensionToldOn, &r.Status, &r.AnsweredOn, &r.Outcome, &r.RefusalReason, &r.RefusalDetails)
	if err != nil {
		return
	}
	r.Rights = splitRights(rights)
	if method != "" || verified != "" {
		r.Identity = &Identity{Method: method, VerifiedOn: verified}
	}
	r.Extended = extended != 0
	return
}

func splitRights(s string) []Right {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := make([]Right, len(parts))
	for i, p := range parts {
		out[i] = Right(p)
	}
	return out
}

func joinRights(rs []Right) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = string(r)
	}
	return strings.Join(parts, ",")
}

// DueDate is the deadline in force for a request: one month from receipt,
// three when extended (see package duedate).
func DueDate(r *Request) (time.Time, error) {
	received, err := time.Parse(time.DateOnly, r.Received)
	if err != nil {
		return time.Time{}, err
	}
	return duedate.Due(received, r.Extended), nil
}

// refParts splits "2026-007" into year and running number.
func refParts(ref string) (int, int, error) {
	y, n, ok := strings.Cut(ref, "-")
	year, err1 := strconv.Atoi(y)
	seq, err2 := strconv.Atoi(n)
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("reference %q is not of the form YYYY-NNN", ref)
	}
	return year, seq, nil
}

// insertRequest writes a whole request with its history as given.
func insertRequest(tx *sql.Tx, orgID int64, r *Request) (int64, error) {
	year, seq, err := refParts(r.Ref)
	if err != nil {
		return 0, err
	}
	due, err := DueDate(r)
	if err != nil {
		return 0, err
	}
	var method, verified string
	if r.Identity != nil {
		method, verified = r.Identity.Method, r.Identity.VerifiedOn
	}
	status := r.Status
	if status == "" {
		status = StatusOpen
	}
	res, err := tx.Exec(`INSERT INTO requests(org_id, ref, year, seq, received, due, channel,
		requester_name, requester_contact, rights, register, identity_method, identity_verified_on,
		extended, extension_reason, extension_told_on, status, answered_on, outcome,
		refusal_reason, refusal_details, purged) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		orgID, r.Ref, year, seq, r.Received, due.Format(time.DateOnly), r.Channel,
		r.Requester.Name, r.Requester.Contact, joinRights(r.Rights), r.Register, method, verified,
		boolInt(r.Extended), r.ExtensionReason, r.ExtensionToldOn, status, r.AnsweredOn, r.Outcome,
		r.RefusalReason, r.RefusalDetails, boolInt(r.Purged))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for _, e := range r.History {
		if err := insertEvent(tx, id, e); err != nil {
			return 0, err
		}
	}
	return id, nil
}

func insertEvent(tx *sql.Tx, requestID int64, e Event) error {
	_, err := tx.Exec("INSERT INTO request_events(request_id, at, by, kind, field, old, new, note) VALUES(?,?,?,?,?,?,?,?)",
		requestID, e.At, e.By, e.Kind, e.Field, e.Old, e.New, e.Note)
	return err
}

// queryEvents loads the history of one request in order.
func queryEvents(q interface {
	Query(string, ...any) (*sql.Rows, error)
}, requestID int64) ([]Event, error) {
	rows, err := q.Query("SELECT at, by, kind, field, old, new, note FROM request_events WHERE request_id = ? ORDER BY id", requestID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.At, &e.By, &e.Kind, &e.Field, &e.Old, &e.New, &e.Note); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
