package duedate

import (
	"testing"
	"time"
)

// Easter Sundays as published facts, not computed.
func TestEasterKnownDates(t *testing.T) {
	tests := []struct {
		year int
		want string
	}{
		{1818, "1818-03-22"}, // earliest possible date
		{1943, "1943-04-25"}, // latest possible date
		{1961, "1961-04-02"},
		{2000, "2000-04-23"},
		{2008, "2008-03-23"},
		{2019, "2019-04-21"},
		{2024, "2024-03-31"},
		{2025, "2025-04-20"},
		{2026, "2026-04-05"},
		{2027, "2027-03-28"},
		{2028, "2028-04-16"},
		{2029, "2029-04-01"},
		{2030, "2030-04-21"},
		{2038, "2038-04-25"},
		{2285, "2285-03-22"},
	}
	for _, tt := range tests {
		if got := easter(tt.year).Format(time.DateOnly); got != tt.want {
			t.Errorf("easter(%d) = %s, want %s", tt.year, got, tt.want)
		}
	}
}

// oudin is Oudin's (1940) Gregorian Easter algorithm, written separately from
// the Meeus one in easter.go so that the two check each other.
func oudin(y int) time.Time {
	c := y / 100
	n := y - 19*(y/19)
	k := (c - 17) / 25
	i := c - c/4 - (c-k)/3 + 19*n + 15
	i = i - 30*(i/30)
	i = i - (i/28)*(1-(i/28)*(29/(i+1))*((21-n)/11))
	j := y + y/4 + i + 2 - c + c/4
	j = j - 7*(j/7)
	l := i - j
	m := 3 + (l+40)/44
	d := l + 28 - 31*(m/4)
	return Day(y, time.Month(m), d)
}

func TestEasterAgreesWithOudin(t *testing.T) {
	for y := 1583; y <= 4099; y++ {
		got, want := easter(y), oudin(y)
		if !got.Equal(want) {
			t.Fatalf("easter(%d) = %s, Oudin gives %s", y, got.Format(time.DateOnly), want.Format(time.DateOnly))
		}
		if got.Weekday() != time.Sunday || got.Before(Day(y, time.March, 22)) || got.After(Day(y, time.April, 25)) {
			t.Fatalf("easter(%d) = %s: not a Sunday in 22.3.–25.4.", y, got.Format(time.DateOnly))
		}
	}
}

// The computus repeats every 5,700,000 years; floored division must keep it
// defined (a Sunday in 22.3.–25.4.) for years before 1 as well.
func TestEasterNegativeYears(t *testing.T) {
	for _, y := range []int{-5700000 + 2026, -1, 0, 1, 100} {
		e := easter(y)
		if e.Year() != y || e.Weekday() != time.Sunday || e.Before(Day(y, time.March, 22)) || e.After(Day(y, time.April, 25)) {
			t.Errorf("easter(%d) = %s", y, e)
		}
	}
	if a, b := easter(-5700000+2026), easter(2026); a.Month() != b.Month() || a.Day() != b.Day() {
		t.Errorf("easter cycle broken: %s vs %s", a, b)
	}
}
