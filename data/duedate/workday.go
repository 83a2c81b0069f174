package duedate

import (
	"sync"
	"sync/atomic"
	"time"
)

// yearTable holds, for each day of one year (index 0 = 1.1.), how many days
// it takes to reach a working day: 0 on a working day, 2 on most Saturdays.
// The list view asks for the due dates of every request at once, so a due
// date is one lookup in a table built once per year.
type yearTable [366]uint8

// The yearTables are cached in a lock-free array for the years a request log
// will see, a sync.Map for the rest (fuzzing, far-off years).
const firstCached, lastCached = 1900, 2299

var (
	cached [lastCached - firstCached + 1]atomic.Pointer[yearTable]
	others sync.Map // int -> *yearTable
)

func tableOf(year int) *yearTable {
	if year >= firstCached && year <= lastCached {
		slot := &cached[year-firstCached]
		if t := slot.Load(); t != nil {
			return t
		}
		// Two goroutines may build the same year; both results are equal.
		t := buildYear(year)
		slot.Store(t)
		return t
	}
	if t, ok := others.Load(year); ok {
		return t.(*yearTable)
	}
	t, _ := others.LoadOrStore(year, buildYear(year))
	return t.(*yearTable)
}

// buildYear marks the weekends and Holidays of year and of the first days of
// the next year (a period ending on 31.12. may run into 1.1.), then counts
// for each day of year the days off from it onwards.
func buildYear(year int) *yearTable {
	n := yearDay(year, time.December, 31)
	const tail = 14 // longer than any run of days off
	off := make([]bool, n+tail)
	first := Day(year, time.January, 1).Weekday()
	for i := range off {
		if wd := (int(first) + i) % 7; wd == int(time.Saturday) || wd == int(time.Sunday) {
			off[i] = true
		}
	}
	for _, h := range Holidays(year) {
		off[h.Date.YearDay()-1] = true
	}
	for _, h := range Holidays(year + 1) {
		if i := n + h.Date.YearDay() - 1; i < len(off) {
			off[i] = true
		}
	}
	t := new(yearTable)
	for i := n - 1; i >= 0; i-- {
		if !off[i] {
			continue
		}
		k := 1
		for off[i+k] {
			k++
		}
		t[i] = uint8(k)
	}
	return t
}

// shift returns how many days y-m-d must move to reach a working day.
func shift(y int, m time.Month, d int) int {
	return int(tableOf(y)[yearDay(y, m, d)-1])
}

// IsWorkingDay reports whether d is a working day in Finland: not a Saturday,
// a Sunday or a public holiday of Holidays.
func IsWorkingDay(d time.Time) bool {
	return shift(d.Date()) == 0
}

// NextWorkingDay returns d itself when it is a working day, otherwise the
// first working day after it (150/1930 5 §: the period ends that day).
func NextWorkingDay(d time.Time) time.Time {
	y, m, day := d.Date()
	// Day normalises a day past the month end into the next month or year.
	return Day(y, m, day+shift(y, m, day))
}
