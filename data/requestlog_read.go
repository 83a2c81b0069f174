package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
)

// querier is what *sql.DB and *sql.Tx share for reading.
type querier interface {
	QueryRow(string, ...any) *sql.Row
	Query(string, ...any) (*sql.Rows, error)
}

// withExtra scans requestColumns followed by more columns of the same row.
type withExtra struct {
	row   rowScanner
	extra []any
}

func (w withExtra) Scan(dest ...any) error { return w.row.Scan(append(dest, w.extra...)...) }

// entryColumns are requestColumns followed by purged.
const entryColumns = requestColumns + ", purged"

func scanEntry(row rowScanner) (LogEntry, error) {
	var purged int
	id, r, due, err := scanRequest(withExtra{row, []any{&purged}})
	r.Purged = purged != 0
	return LogEntry{Request: r, Due: due, id: id}, err
}

// loadEntry reads one request without its history.
func loadEntry(q querier, org int64, ref string) (*LogEntry, error) {
	e, err := scanEntry(q.QueryRow("SELECT "+entryColumns+" FROM requests WHERE org_id = ? AND ref = ?", org, strings.TrimSpace(ref)))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, reqErr("ref", "ref_unknown", ref)
	}
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// GetRequest returns one request of the log with its whole history.
func (s *Store) GetRequest(ctx context.Context, org int64, ref string) (*LogEntry, error) {
	e, err := loadEntry(s.db, org, ref)
	if err != nil {
		return nil, err
	}
	if e.History, err = queryEvents(s.db, e.id); err != nil {
		return nil, err
	}
	return e, nil
}

// where builds the WHERE clause of a filter. Dates compare as text, which
// is their order in YYYY-MM-DD.
func (f RequestFilter) where(org int64, today time.Time) (string, []any) {
	conds := []string{"org_id = ?"}
	args := []any{org}
	switch f.Status {
	case "":
	case FilterClosed:
		conds = append(conds, "status IN ('answered', 'refused')")
	case FilterAttention:
		conds = append(conds, "status = 'open'", "due <= ?")
		args = append(args, today.AddDate(0, 0, 7).Format(time.DateOnly))
	default:
		conds = append(conds, "status = ?")
		args = append(args, f.Status)
	}
	if f.Year != 0 {
		// A range on received rather than year = ? so the index on
		// (org_id, received) serves it.
		conds = append(conds, "received >= ?", "received < ?")
		args = append(args, strconv.Itoa(f.Year)+"-01-01", strconv.Itoa(f.Year+1)+"-01-01")
	}
	if f.Right != "" {
		conds = append(conds, "instr(',' || rights || ',', ?) > 0")
		args = append(args, ","+string(f.Right)+",")
	}
	if q := fold(f.Search); q != "" {
		conds = append(conds, `(requester_fold LIKE ? ESCAPE '\' OR ref LIKE ? ESCAPE '\')`)
		pat := "%" + likeEscaper.Replace(q) + "%"
		args = append(args, pat, pat)
	}
	return strings.Join(conds, " AND "), args
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// ListRequests returns one page of the log, newest received first, without
// histories.
func (s *Store) ListRequests(ctx context.Context, org int64, f RequestFilter) ([]LogEntry, error) {
	q, args := s.listQuery(org, f)
	return s.queryEntries(ctx, q, args...)
}

// EachRequest calls fn with each request of ListRequests's answer, one
// at a time, for an export written as it is read (see eachBatch). An
// error of fn ends the walk and is returned, as is ctx's.
func (s *Store) EachRequest(ctx context.Context, org int64, f RequestFilter, fn func(*LogEntry) error) error {
	if f.Limit > 0 {
		q, args := s.listQuery(org, f)
		return s.eachEntry(ctx, fn, q, args...)
	}
	where, args := f.where(org, s.Today())
	return s.eachBatch(ctx, fn, where, args, true, "")
}

func (s *Store) listQuery(org int64, f RequestFilter) (string, []any) {
	where, args := f.where(org, s.Today())
	q := "SELECT " + entryColumns + " FROM requests WHERE " + where + " ORDER BY received DESC, seq DESC"
	if f.Limit > 0 {
		q += " LIMIT ? OFFSET ?"
		args = append(args, f.Limit, f.Offset)
	}
	return q, args
}

// CountRequests counts the requests that match f (Limit and Offset aside).
func (s *Store) CountRequests(ctx context.Context, org int64, f RequestFilter) (int, error) {
	where, args := f.where(org, s.Today())
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM requests WHERE "+where, args...).Scan(&n)
	return n, err
}

// RequestsBetween returns every request received from..to (both included,
// YYYY-MM-DD), oldest first, for reports.
func (s *Store) RequestsBetween(ctx context.Context, org int64, from, to string) ([]LogEntry, error) {
	var out []LogEntry
	err := s.EachRequestBetween(ctx, org, from, to, func(e *LogEntry) error {
		out = append(out, *e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachRequestBetween calls fn with each request received from..to (both
// included, YYYY-MM-DD), oldest first and without its history, reading
// one row at a time: a report of 100,000 requests is written as it is
// read instead of being held whole. fn may keep the entry it is given.
// An error of fn ends the walk and is returned, as is ctx's.
func (s *Store) EachRequestBetween(ctx context.Context, org int64, from, to string, fn func(*LogEntry) error) error {
	// The first day bounds the first batch only: the others start where
	// the last ended, a bound SQLite then uses instead of re-reading the
	// period from its start.
	return s.eachBatch(ctx, fn, "org_id = ? AND received <= ?", []any{org, to}, false, " AND received >= ?", from)
}

// walkBatch is how many rows a walk of the log reads per query. The store
// has one connection (Open): a walk that kept its query open while a
// report of 100,000 requests was drawn held it for seconds, and every
// read of the window (a page of the list, the notice) waited. Between
// batches the connection is free; a batch is read in milliseconds.
const walkBatch = 500

// eachBatch calls fn with each request that where (with args) selects,
// in the order of receipt (newest first when desc), the reference's
// number and then the row id breaking ties, reading walkBatch rows per query
// and calling fn only between queries. first (with firstArgs) narrows the
// first query. A request written meanwhile is met when it falls after the
// walk's place.
func (s *Store) eachBatch(ctx context.Context, fn func(*LogEntry) error, where string, args []any, desc bool,
	first string, firstArgs ...any) error {
	// The orders are those of the index on (org_id, received DESC, seq
	// DESC), which ends with the row id ascending, read forwards or
	// backwards: no sorting, and each batch starts where the last ended.
	order, after := " ORDER BY received, seq, id DESC", " AND (received, seq) >= (?, ?) AND NOT (received = ? AND seq = ? AND id >= ?)"
	if desc {
		order, after = " ORDER BY received DESC, seq DESC, id", " AND (received, seq) <= (?, ?) AND NOT (received = ? AND seq = ? AND id <= ?)"
	}
	batch := make([]LogEntry, 0, walkBatch)
	var seq int
	sel := "SELECT " + entryColumns + ", seq FROM requests WHERE " + where
	for n := 0; ; n++ {
		q, a := sel+first, append(slices.Clip(args), firstArgs...)
		if n > 0 {
			last := &batch[len(batch)-1]
			q, a = sel+after, append(slices.Clip(args), last.Received, seq, last.Received, seq, last.id)
		}
		var err error
		if batch, seq, err = s.readBatch(ctx, batch[:0], q+order+" LIMIT ?", append(slices.Clip(a), walkBatch)...); err != nil {
			return err
		}
		for i := range batch {
			if err := fn(&batch[i]); err != nil {
				return err
			}
		}
		if len(batch) < walkBatch {
			return nil
		}
	}
}

// readBatch appends the rows of q (entryColumns and seq) to batch and
// returns it with the last row's seq.
func (s *Store) readBatch(ctx context.Context, batch []LogEntry, q string, args ...any) ([]LogEntry, int, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var seq int
	for rows.Next() {
		var purged int
		id, r, due, err := scanRequest(withExtra{rows, []any{&purged, &seq}})
		if err != nil {
			return nil, 0, err
		}
		r.Purged = purged != 0
		batch = append(batch, LogEntry{Request: r, Due: due, id: id})
	}
	return batch, seq, rows.Err()
}

func (s *Store) queryEntries(ctx context.Context, q string, args ...any) ([]LogEntry, error) {
	var out []LogEntry
	err := s.eachEntry(ctx, func(e *LogEntry) error {
		out = append(out, *e)
		return nil
	}, q, args...)
	return out, err
}

// eachEntry runs the query q of entryColumns and calls fn with each row.
func (s *Store) eachEntry(ctx context.Context, fn func(*LogEntry) error, q string, args ...any) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return err
		}
		if err := fn(&e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// RequestYears lists the years of receipt in the log, newest first. It
// reads the received date, not the reference's year: an entry whose date
// was corrected into another year is found under that year.
func (s *Store) RequestYears(ctx context.Context, org int64) ([]int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT DISTINCT CAST(substr(received, 1, 4) AS INTEGER) AS y FROM requests WHERE org_id = ? ORDER BY y DESC", org)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, err
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// DueCounts is what needs attention in the log today.
type DueCounts struct {
	Overdue int // open and past the due date
	DueSoon int // open and due within 7 days, the due date included
	// Next is the earliest due date among those, "" when none.
	Next string
}

// DueSummary counts the open requests that are overdue or due within
// 7 days (duedate.StateOf), using the index on (org_id, status, due).
func (s *Store) DueSummary(ctx context.Context, org int64) (DueCounts, error) {
	today := s.Today()
	t := today.Format(time.DateOnly)
	soon := today.AddDate(0, 0, 7).Format(time.DateOnly)
	var c DueCounts
	var next sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(SUM(due < ?), 0), COALESCE(SUM(due >= ?), 0), MIN(due)
		FROM requests WHERE org_id = ? AND status = 'open' AND due <= ?`, t, t, org, soon).Scan(&c.Overdue, &c.DueSoon, &next)
	c.Next = next.String
	return c, err
}
