package duedate

import (
	"testing"
	"time"
)

func TestDaysLeftAndStateOf(t *testing.T) {
	due := Day(2026, 4, 7)
	tests := []struct {
		today string
		left  int
		state State
	}{
		{"2026-03-03", 35, OK},
		{"2026-03-30", 8, OK},
		{"2026-03-31", 7, DueSoon},
		{"2026-04-06", 1, DueSoon},
		{"2026-04-07", 0, DueSoon},
		{"2026-04-08", -1, Overdue},
		{"2026-05-07", -30, Overdue},
		// Across a year end and a leap day.
		{"2025-12-31", 97, OK},
	}
	for _, tt := range tests {
		today := date(t, tt.today)
		if got := DaysLeft(due, today); got != tt.left {
			t.Errorf("DaysLeft(2026-04-07, %s) = %d, want %d", tt.today, got, tt.left)
		}
		if got := StateOf(due, today); got != tt.state {
			t.Errorf("StateOf(2026-04-07, %s) = %s, want %s", tt.today, got, tt.state)
		}
	}
	if got := DaysLeft(Day(2028, 3, 1), Day(2028, 2, 28)); got != 2 {
		t.Errorf("DaysLeft over 29.2.2028 = %d, want 2", got)
	}
	if got := DaysLeft(Day(2200, 1, 1), Day(1900, 1, 1)); got != 109573 {
		t.Errorf("DaysLeft over 300 years = %d, want 109573", got)
	}
}

// A time of day or a zone must not change the count: 23:50 on the due date
// in Finland is still the due date, not the day after in some other zone.
func TestDaysLeftIgnoresTimeOfDay(t *testing.T) {
	eet := time.FixedZone("EET", 2*60*60)
	due := Day(2026, 4, 7)
	tests := []struct {
		today time.Time
		want  int
	}{
		{time.Date(2026, 4, 7, 23, 50, 0, 0, eet), 0},
		{time.Date(2026, 4, 7, 0, 10, 0, 0, eet), 0}, // 6.4. 22:10 UTC
		{time.Date(2026, 4, 6, 23, 59, 59, 0, time.UTC), 1},
		{time.Date(2026, 4, 8, 0, 0, 1, 0, eet), -1},
	}
	for _, tt := range tests {
		if got := DaysLeft(due, tt.today); got != tt.want {
			t.Errorf("DaysLeft(%s, %v) = %d, want %d", due.Format(time.DateOnly), tt.today, got, tt.want)
		}
	}
	if got := DaysLeft(time.Date(2026, 4, 7, 18, 0, 0, 0, eet), Day(2026, 4, 7)); got != 0 {
		t.Errorf("due with a time of day: DaysLeft = %d, want 0", got)
	}
}

func TestStateString(t *testing.T) {
	tests := []struct {
		s    State
		want string
	}{
		{OK, "ok"},
		{DueSoon, "due_soon"},
		{Overdue, "overdue"},
		{State(9), "State(9)"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("State(%d).String() = %q, want %q", int(tt.s), got, tt.want)
		}
	}
}
