package duedate

import (
	"testing"
	"time"
)

// FuzzDue checks for any receipt date in 1900–2200 that Due never panics,
// gives a working day after receipt within a week of the month end, and that
// the extended due date is never before the plain one.
func FuzzDue(f *testing.F) {
	seeds := []struct{ y, m, d int }{
		{2026, 1, 31}, {2026, 3, 3}, {2026, 9, 30}, {2026, 2, 1},
		{2028, 1, 31}, {2025, 11, 24}, {1900, 1, 1}, {2200, 12, 31},
		{2285, 2, 22}, {-1, -1, -1}, {0, 0, 0}, {1 << 40, 13, 99},
	}
	for _, s := range seeds {
		f.Add(s.y, s.m, s.d)
	}
	f.Fuzz(func(t *testing.T, y, m, d int) {
		// Fold any ints into a valid date in 1900..2200.
		year := 1900 + int(uint(y)%301)
		month := time.Month(1 + int(uint(m)%12))
		day := 1 + int(uint(d)%uint(daysIn(year, month)))
		received := Day(year, month, day)

		plain, ext := Due(received, false), Due(received, true)
		for _, due := range []time.Time{plain, ext} {
			if !IsWorkingDay(due) || !due.After(received) {
				t.Fatalf("Due(%s) = %s: not a working day after receipt", received.Format(time.DateOnly), due.Format(time.DateOnly))
			}
		}
		// The longest Finnish run of days off is five (jouluaatto on a
		// Wednesday to Sunday), so a due date never moves a week.
		if end := AddMonths(received, 1); DaysLeft(plain, end) < 0 || DaysLeft(plain, end) > 6 {
			t.Fatalf("Due(%s) = %s, month end %s", received.Format(time.DateOnly), plain.Format(time.DateOnly), end.Format(time.DateOnly))
		}
		if ext.Before(plain) {
			t.Fatalf("Due(%s): extended %s before plain %s", received.Format(time.DateOnly), ext.Format(time.DateOnly), plain.Format(time.DateOnly))
		}
		if !FirstMonthEnd(received).Equal(plain) {
			t.Fatalf("FirstMonthEnd(%s) differs from Due", received.Format(time.DateOnly))
		}
	})
}
