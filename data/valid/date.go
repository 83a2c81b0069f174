package valid

import (
	"strconv"
	"strings"
	"time"
)

// isoLayout is how dates are stored and exchanged.
const isoLayout = "2006-01-02"

// Date checks a date as a user writes it: 2026-01-31 or the Finnish
// 31.1.2026 (see ParseDate), a day that exists in the calendar (2026-02-30
// fails). NormalDate gives the stored ISO form.
func Date(s string) error {
	_, err := NormalDate(s)
	return err
}

// ParseDate reads a date typed by a user: 2026-01-31 (month and day may
// have one digit) or the Finnish 31.1.2026 / 31.01.2026, with or without a
// closing dot and spaces after the dots ("31. 1. 2026."). It returns the
// date at 00:00 UTC. The error is a *Error; "" gives the "required" code,
// since there is no date to return.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fail(codeRequired)
	}
	var y, m, d string
	if parts := strings.Split(s, "-"); len(parts) == 3 {
		y, m, d = parts[0], parts[1], parts[2]
	} else {
		parts := strings.Split(strings.TrimSuffix(s, "."), ".")
		if len(parts) != 3 {
			return time.Time{}, fail(codeDateParseFormat)
		}
		d, m, y = parts[0], strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
	}
	if !isNumber(d, 1, 2) || !isNumber(m, 1, 2) {
		return time.Time{}, fail(codeDateParseFormat)
	}
	if isNumber(y, 2, 2) {
		return time.Time{}, fail(codeDateYearDigits)
	}
	if !isNumber(y, 4, 4) {
		return time.Time{}, fail(codeDateParseFormat)
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t, ok := calendarDate(yi, mi, di)
	if !ok {
		return time.Time{}, fail(codeDateInvalid, s)
	}
	return t, nil
}

// isNumber reports whether s is between lo and hi ASCII digits long.
func isNumber(s string, lo, hi int) bool {
	return len(s) >= lo && len(s) <= hi && allDigits(s)
}

// calendarDate returns the date at 00:00 UTC when y-m-d exists.
// time.Date normalises 30 February to March, so a date that does not come
// back unchanged did not exist.
func calendarDate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
