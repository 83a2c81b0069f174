package data

import (
	"database/sql/driver"
	"strings"
	"time"

	"modernc.org/sqlite"

	"tietosuojapakki/data/duedate"
)

// The request log (pyyntöloki): what the entrepreneur enters when someone
// uses a data subject right, with the legal deadline of GDPR art. 12(3) and
// a history that cannot be rewritten. This file holds the shared types; the
// writes, reads, statistics and purge each have their own file.

// GDPRStart is the day the GDPR began to apply (art. 99(2)): no request in
// the log can have been received before it.
const GDPRStart = "2018-05-25"

// LogEntry is a request as the log shows it: the request itself, the
// deadline in force and whether its personal data has been purged.
type LogEntry struct {
	Request
	Due string // YYYY-MM-DD: one month from receipt, three when extended

	id int64
}

// Open reports whether the request still waits for an answer.
func (e *LogEntry) Open() bool { return e.Status == StatusOpen }

// Timing is how a request stands against its deadline on a given day.
type Timing struct {
	// State is "ok", "due_soon" or "overdue" for an open request (see
	// duedate.StateOf) and "closed" once it has been answered.
	State string
	// DaysLeft is set for an open request: 0 on the due date, negative
	// once it has passed.
	DaysLeft int
	// DaysTaken is set for a closed request: calendar days from receipt to
	// the answer.
	DaysTaken int
	// Late is set for a closed request answered after its due date.
	Late bool
	// DaysLate is, for a Late request, the calendar days from the due
	// date to the answer.
	DaysLate int
}

// StateLate is the label key (StateLabel) of a closed request answered
// after its due date; Timing.State stays StateClosed.
const StateLate = "late"

// LabelKey is the key StateLabel names t by: State, or StateLate for a
// request answered late.
func (t Timing) LabelKey() string {
	if t.Late {
		return StateLate
	}
	return t.State
}

// StateClosed is Timing.State of an answered or refused request.
const StateClosed = "closed"

// TimingOn returns the entry's timing seen on today.
func (e *LogEntry) TimingOn(today time.Time) Timing {
	due, err := time.Parse(time.DateOnly, e.Due)
	if err != nil {
		return Timing{State: duedate.OK.String()}
	}
	if e.Open() {
		return Timing{State: duedate.StateOf(due, today).String(), DaysLeft: duedate.DaysLeft(due, today)}
	}
	t := Timing{State: StateClosed}
	if answered, err := time.Parse(time.DateOnly, e.AnsweredOn); err == nil {
		received, _ := time.Parse(time.DateOnly, e.Received)
		t.DaysTaken = duedate.DaysLeft(answered, received)
		t.Late = answered.After(due)
		if t.Late {
			t.DaysLate = duedate.DaysLeft(answered, due)
		}
	}
	return t
}

// Today is the store clock's date, as the user's calendar shows it, at
// 00:00 UTC like every date of package duedate.
func (s *Store) Today() time.Time {
	y, m, d := s.now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// userName is who the history records as making a change.
func (s *Store) userName() string { return s.Setting(SettingUserName, "") }

// RequestFilter narrows the log list. The zero value lists everything.
type RequestFilter struct {
	// Status is "", a status (open, answered, refused), FilterClosed or
	// FilterAttention.
	Status string
	Year   int   // year of receipt; 0 for every year
	Right  Right // "" for every right
	// Search finds a part of the requester's name or of the reference,
	// ignoring case (also of ä, ö, å).
	Search string
	// Limit and Offset page the list; Limit 0 means no limit.
	Limit, Offset int
}

// Extra status filters.
const (
	FilterClosed    = "closed"    // answered or refused
	FilterAttention = "attention" // open and due within 7 days or overdue
)

// fold is how names are compared in search: lower case, with the spaces
// around trimmed. Go's ToLower knows ä, ö and å, SQLite's lower() does not.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func init() {
	// Used by migration 0002 and its triggers (requester_fold).
	sqlite.MustRegisterDeterministicScalarFunction("tsp_fold", 1, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		switch v := args[0].(type) {
		case string:
			return fold(v), nil
		case []byte:
			return fold(string(v)), nil
		}
		return "", nil
	})
}
