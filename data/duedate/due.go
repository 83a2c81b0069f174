package duedate

import "time"

// AddMonths returns the same date n months after d (before it when n is
// negative). When that month is shorter, the result is its last day, as in
// Regulation 1182/71 art. 3(2)(c): 31.1. + 1 month is 28.2. or 29.2. The
// result is not moved to a working day.
func AddMonths(d time.Time, n int) time.Time {
	return Day(addMonths(d, n))
}

// addMonths is AddMonths without building a time.Time.
func addMonths(d time.Time, n int) (int, time.Month, int) {
	y, m, day := d.Date()
	// Months counted from year 0 with floored division, so n may be negative.
	total := y*12 + int(m-1) + n
	y, m = div(total, 12), time.Month(mod(total, 12)+1)
	return y, m, min(day, daysIn(y, m))
}

// Due returns the due date of a request received on received: one month from
// receipt, or three months when the period has been extended (GDPR art. 12(3)),
// moved to the next working day when it ends on a non-working day.
func Due(received time.Time, extended bool) time.Time {
	months := 1
	if extended {
		months = 3
	}
	y, m, d := addMonths(received, months)
	return Day(y, m, d+shift(y, m, d))
}

// FirstMonthEnd returns the end of the first month after receipt. An
// extension must be decided, and the requester told of it and its reasons,
// by this day (GDPR art. 12(3)). It equals Due(received, false).
func FirstMonthEnd(received time.Time) time.Time {
	return Due(received, false)
}
