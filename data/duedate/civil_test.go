package duedate

import (
	"testing"
	"time"
)

// The hand-written calendar arithmetic must agree with the time package.
func TestCalendarArithmetic(t *testing.T) {
	for y := 1896; y <= 2404; y++ {
		for m := time.January; m <= time.December; m++ {
			if got, want := daysIn(y, m), Day(y, m+1, 0).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
	for d := Day(1896, 1, 1); d.Year() <= 2404; d = d.AddDate(0, 0, 1) {
		if got, want := yearDay(d.Date()), d.YearDay(); got != want {
			t.Fatalf("yearDay(%s) = %d, want %d", d.Format(time.DateOnly), got, want)
		}
	}
}
