package duedate

import (
	"testing"
	"time"
)

// helsinkiSummer stands in for Europe/Helsinki in summer without needing
// tzdata on the test machine.
var helsinkiSummer = time.FixedZone("EEST", 3*60*60)

// Every day of 2025–2030 is a working day exactly when it is neither a
// weekend day nor in the hand-written table.
func TestIsWorkingDayAgainstTable(t *testing.T) {
	off := map[string]bool{}
	for _, list := range finnishHolidays {
		for _, h := range list {
			off[h.date] = true
		}
	}
	for d := Day(2025, 1, 1); d.Year() <= 2030; d = d.AddDate(0, 0, 1) {
		wd := d.Weekday()
		want := wd != time.Saturday && wd != time.Sunday && !off[d.Format(time.DateOnly)]
		if got := IsWorkingDay(d); got != want {
			t.Errorf("IsWorkingDay(%s %s) = %v, want %v", wd, d.Format(time.DateOnly), got, want)
		}
	}
}

func TestNextWorkingDay(t *testing.T) {
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"working day stays", Day(2026, 3, 4), Day(2026, 3, 4)},
		{"Saturday", Day(2026, 2, 28), Day(2026, 3, 2)},
		{"Sunday", Day(2026, 3, 1), Day(2026, 3, 2)},
		{"Easter Friday to Monday", Day(2026, 4, 3), Day(2026, 4, 7)},
		{"juhannusaatto", Day(2026, 6, 19), Day(2026, 6, 22)},
		{"Christmas Eve on Wednesday", Day(2025, 12, 24), Day(2025, 12, 29)},
		{"weekend into New Year", Day(2028, 12, 30), Day(2029, 1, 2)},
		{"time of day dropped", time.Date(2026, 3, 4, 17, 45, 0, 0, time.UTC), Day(2026, 3, 4)},
		// 23:30 on Friday 3.4.2026 in Helsinki is already 20:30 UTC, but it is
		// pitkäperjantai by the Finnish calendar the date was written in.
		{"date taken in its own zone", time.Date(2026, 4, 3, 23, 30, 0, 0, helsinkiSummer), Day(2026, 4, 7)},
		// 00:30 on Monday 4.5.2026 in Helsinki is Sunday 21:30 UTC.
		{"not the UTC date", time.Date(2026, 5, 4, 0, 30, 0, 0, helsinkiSummer), Day(2026, 5, 4)},
	}
	for _, tt := range tests {
		got := NextWorkingDay(tt.in)
		if !got.Equal(tt.want) || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("%s: NextWorkingDay(%v) = %v, want %s", tt.name, tt.in, got, tt.want.Format(time.DateOnly))
		}
	}
}

func TestIsWorkingDayUsesOwnZone(t *testing.T) {
	// Monday 4.5.2026 00:30 in Helsinki is Sunday in UTC: still a working day.
	if !IsWorkingDay(time.Date(2026, 5, 4, 0, 30, 0, 0, helsinkiSummer)) {
		t.Error("Monday 00:30 in Helsinki treated as the UTC Sunday")
	}
	// Friday 1.5.2026 (vapunpäivä) 01:00 in Helsinki is Thursday in UTC.
	if IsWorkingDay(time.Date(2026, 5, 1, 1, 0, 0, 0, helsinkiSummer)) {
		t.Error("vapunpäivä 01:00 in Helsinki treated as the UTC Thursday")
	}
}

// The year cache is filled lazily; goroutines that build the same years at
// once must agree (run with -race to check the cache itself). The years are
// ones no other test touches, on both sides of the cached range.
func TestWorkingDayConcurrent(t *testing.T) {
	years := []int{2231, 2262, 2293, 2307, 3001}
	const workers = 8
	results := make(chan []time.Time, workers)
	for range workers {
		go func() {
			out := make([]time.Time, len(years))
			for i, y := range years {
				out[i] = NextWorkingDay(Day(y, time.December, 24))
			}
			results <- out
		}()
	}
	first := <-results
	for i, d := range first {
		// 24.–26.12. are holidays; the next working day is by 31.12.
		if d.Before(Day(years[i], 12, 27)) || d.After(Day(years[i], 12, 31)) || d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			t.Errorf("NextWorkingDay(24.12.%d) = %s %s", years[i], d.Weekday(), d.Format(time.DateOnly))
		}
	}
	for range workers - 1 {
		for i, d := range <-results {
			if !d.Equal(first[i]) {
				t.Errorf("NextWorkingDay(24.12.%d): %s and %s from two goroutines", years[i], d.Format(time.DateOnly), first[i].Format(time.DateOnly))
			}
		}
	}
}
