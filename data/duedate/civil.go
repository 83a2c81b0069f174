package duedate

import "time"

// Day returns the civil date y-m-d at 00:00 UTC. Out-of-range months and days
// are normalised as time.Date does (Day(2026, 2, 30) is 2.3.2026).
func Day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// civil reduces t to the date it shows in its own location, so that a request
// received late in the evening in Helsinki stays on that Finnish date.
func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return Day(y, m, d)
}

// The calendar arithmetic below avoids time.Date on the hot path: the list
// view computes thousands of due dates at once.

// daysBefore[m-1] is the number of days before month m in a common year.
var daysBefore = [12]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m (1..12) of year y.
func daysIn(y int, m time.Month) int {
	if m == time.February && isLeap(y) {
		return 29
	}
	if m == time.December {
		return 31
	}
	return daysBefore[m] - daysBefore[m-1]
}

// yearDay returns the day of the year of y-m-d, 1.1. being 1.
func yearDay(y int, m time.Month, d int) int {
	n := daysBefore[m-1] + d
	if m > time.February && isLeap(y) {
		n++
	}
	return n
}
