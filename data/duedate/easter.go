package duedate

import "time"

// easter returns Easter Sunday of year y by the Gregorian computus (the
// anonymous Gregorian algorithm as given by Meeus). Floored division keeps it
// defined for every year, also the proleptic ones before 1583.
func easter(y int) time.Time {
	a := mod(y, 19)
	b := div(y, 100)
	c := mod(y, 100)
	d, e := div(b, 4), mod(b, 4)
	f := div(b+8, 25)
	g := div(b-f+1, 3)
	h := mod(19*a+b-d-g+15, 30)
	i, k := div(c, 4), mod(c, 4)
	l := mod(32+2*e+2*i-h-k, 7)
	m := div(a+11*h+22*l, 451)
	n := h + l - 7*m + 114
	return Day(y, time.Month(n/31), n%31+1)
}

// div and mod are floored, unlike Go's / and %, so negative years work.
func div(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return a - b*div(a, b) }
