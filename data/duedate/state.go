package duedate

import (
	"strconv"
	"time"
)

// DaysLeft returns the number of days from today to due: 0 on the due date
// itself, negative once it has passed.
func DaysLeft(due, today time.Time) int {
	// Both are UTC midnights, so the difference is a whole number of days.
	// Unix seconds rather than Sub: a Duration overflows after 292 years.
	return int((civil(due).Unix() - civil(today).Unix()) / (24 * 60 * 60))
}

// State is how urgent an open request is.
type State int

// States of an open request.
const (
	OK      State = iota // more than a week left
	DueSoon              // 0..7 days left, the due date included
	Overdue              // the due date has passed
)

// soonDays is how many days before the due date a request turns DueSoon.
const soonDays = 7

// StateOf returns the state of a request due on due, seen on today.
func StateOf(due, today time.Time) State {
	switch left := DaysLeft(due, today); {
	case left < 0:
		return Overdue
	case left <= soonDays:
		return DueSoon
	default:
		return OK
	}
}

// String returns the state's stable key: "ok", "due_soon" or "overdue".
func (s State) String() string {
	switch s {
	case OK:
		return "ok"
	case DueSoon:
		return "due_soon"
	case Overdue:
		return "overdue"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}
