package duedate

import (
	"testing"
	"time"
)

// date parses a YYYY-MM-DD test literal.
func date(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Due dates worked out by hand; the note says which rule moves the date.
var dueCases = []struct {
	received string
	extended bool
	want     string
	note     string
}{
	// The worked examples of the design.
	{"2026-01-31", false, "2026-03-02", "28.2. Sat"},
	{"2026-03-03", false, "2026-04-07", "3.4. pitkäperjantai, Easter weekend, 6.4. 2. pääsiäispäivä"},
	{"2026-09-30", false, "2026-10-30", "Friday stays; 31.10. pyhäinpäivä does not matter"},
	{"2026-02-01", true, "2026-05-04", "1.5. vapunpäivä Fri, then the weekend"},

	// One of each kind of non-working day.
	{"2026-01-28", false, "2026-03-02", "Saturday"},
	{"2026-02-01", false, "2026-03-02", "Sunday"},
	{"2026-12-01", false, "2027-01-04", "uudenvuodenpäivä Fri"},
	{"2025-12-06", false, "2026-01-07", "loppiainen Tue"},
	{"2025-03-18", false, "2025-04-22", "pitkäperjantai"},
	{"2026-03-05", false, "2026-04-07", "pääsiäispäivä"},
	{"2025-03-21", false, "2025-04-22", "2. pääsiäispäivä"},
	{"2025-04-01", false, "2025-05-02", "vapunpäivä Thu"},
	{"2025-04-29", false, "2025-05-30", "helatorstai"},
	{"2026-04-24", false, "2026-05-25", "helluntaipäivä"},
	{"2026-05-19", false, "2026-06-22", "juhannusaatto"},
	{"2028-05-24", false, "2028-06-26", "juhannuspäivä"},
	{"2027-10-06", false, "2027-11-08", "pyhäinpäivä 6.11."},
	{"2027-11-06", false, "2027-12-07", "itsenäisyyspäivä Mon"},
	{"2025-11-24", false, "2025-12-29", "jouluaatto Wed: five days off"},
	{"2029-11-25", false, "2029-12-27", "joulupäivä Tue"},
	{"2030-11-26", false, "2030-12-27", "tapaninpäivä Thu"},

	// Month ends.
	{"2028-01-31", false, "2028-02-29", "leap year: 29.2.2028 is a Tuesday"},
	{"2025-01-31", false, "2025-02-28", "31.1. -> 28.2. Fri"},
	{"2027-01-30", false, "2027-03-01", "30.1. -> 28.2. Sun"},
	{"2026-03-31", false, "2026-04-30", "31.3. -> 30.4."},
	{"2025-05-31", false, "2025-06-30", "31.5. -> 30.6."},
	{"2029-08-31", false, "2029-10-01", "31.8. -> 30.9. Sun"},
	{"2025-12-31", false, "2026-02-02", "over the year end, 31.1. Sat"},
	{"2028-02-29", false, "2028-03-29", "29.2. -> 29.3."},
	{"2026-10-31", false, "2026-11-30", "31.10. -> 30.11."},
	{"2030-10-31", false, "2030-12-02", "31.10. -> 30.11. Sat"},

	// Extended to three months.
	{"2025-11-30", true, "2026-03-02", "30.11. -> 28.2. Sat"},
	{"2027-11-30", true, "2028-02-29", "30.11. -> 29.2. leap year"},
	{"2029-10-31", true, "2030-01-31", "31.10. -> 31.1."},
	{"2026-07-31", true, "2026-11-02", "pyhäinpäivä 31.10."},
	{"2026-01-06", true, "2026-04-07", "2. pääsiäispäivä"},
	{"2025-09-24", true, "2025-12-29", "jouluaatto"},
	{"2029-12-31", true, "2030-04-01", "31.3. Sun"},
	{"2028-03-31", true, "2028-06-30", "31.3. -> 30.6."},
}

func TestDue(t *testing.T) {
	for _, tt := range dueCases {
		got := Due(date(t, tt.received), tt.extended)
		if got.Format(time.DateOnly) != tt.want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("Due(%s, extended=%v) = %v, want %s (%s)", tt.received, tt.extended, got, tt.want, tt.note)
		}
	}
}

func TestFirstMonthEnd(t *testing.T) {
	for _, tt := range dueCases {
		d := date(t, tt.received)
		if got, want := FirstMonthEnd(d), Due(d, false); !got.Equal(want) {
			t.Errorf("FirstMonthEnd(%s) = %s, want Due(.., false) = %s", tt.received, got.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}
	if got := FirstMonthEnd(Day(2026, 3, 3)); !got.Equal(Day(2026, 4, 7)) {
		t.Errorf("FirstMonthEnd(3.3.2026) = %s, want 2026-04-07", got.Format(time.DateOnly))
	}
}

func TestDueNormalisesInput(t *testing.T) {
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"time of day", time.Date(2026, 3, 3, 16, 20, 5, 9, time.UTC), Day(2026, 4, 7)},
		// 3.3.2026 00:30 in Finland (UTC+2) is 2.3. 22:30 UTC: the Finnish date
		// gives 7.4., the UTC date would give 2.4.
		{"Finnish date, not UTC", time.Date(2026, 3, 3, 0, 30, 0, 0, time.FixedZone("EET", 2*60*60)), Day(2026, 4, 7)},
		{"west of UTC", time.Date(2026, 3, 2, 23, 30, 0, 0, time.FixedZone("X", -5*60*60)), Day(2026, 4, 2)},
	}
	for _, tt := range tests {
		if got := Due(tt.in, false); !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("%s: Due(%v) = %v, want %s", tt.name, tt.in, got, tt.want.Format(time.DateOnly))
		}
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-15", 1, "2026-02-15"},
		{"2026-01-31", 1, "2026-02-28"},
		{"2028-01-31", 1, "2028-02-29"},
		{"2026-02-28", 1, "2026-03-28"}, // not moved to month end
		{"2026-03-31", 1, "2026-04-30"},
		{"2026-05-30", 1, "2026-06-30"},
		{"2026-12-31", 1, "2027-01-31"},
		{"2026-11-30", 3, "2027-02-28"},
		{"2027-11-30", 3, "2028-02-29"},
		{"2026-02-28", 3, "2026-05-28"}, // a Thursday; AddMonths never shifts
		{"2026-01-31", 0, "2026-01-31"},
		{"2026-03-31", -1, "2026-02-28"},
		{"2026-01-15", -1, "2025-12-15"},
		{"2028-02-29", 12, "2029-02-28"},
		{"2026-01-31", 25, "2028-02-29"},
		{"2026-01-31", -25, "2023-12-31"},
	}
	for _, tt := range tests {
		got := AddMonths(date(t, tt.from), tt.n)
		if got.Format(time.DateOnly) != tt.want {
			t.Errorf("AddMonths(%s, %d) = %s, want %s", tt.from, tt.n, got.Format(time.DateOnly), tt.want)
		}
	}
	// Input with a time and zone gives a civil date from the zone's Y/M/D.
	in := time.Date(2026, 1, 31, 23, 59, 0, 0, time.FixedZone("EET", 2*60*60))
	if got := AddMonths(in, 1); !got.Equal(Day(2026, 2, 28)) || got.Location() != time.UTC {
		t.Errorf("AddMonths(%v, 1) = %v, want 2026-02-28 00:00 UTC", in, got)
	}
}

func TestDay(t *testing.T) {
	d := Day(2026, time.March, 3)
	if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Nanosecond() != 0 || d.Format(time.DateOnly) != "2026-03-03" {
		t.Errorf("Day(2026, 3, 3) = %v", d)
	}
}

// For every receipt day in 2025–2030, with and without the extension: the
// due date is a working day after receipt, not before the plain month end,
// and no working day lies between that month end and the due date.
func TestDueProperties(t *testing.T) {
	for d := Day(2025, 1, 1); d.Year() <= 2030; d = d.AddDate(0, 0, 1) {
		for _, ext := range []bool{false, true} {
			months := 1
			if ext {
				months = 3
			}
			end, due := AddMonths(d, months), Due(d, ext)
			if !IsWorkingDay(due) {
				t.Fatalf("Due(%s, %v) = %s is not a working day", d.Format(time.DateOnly), ext, due.Format(time.DateOnly))
			}
			if !due.After(d) || due.Before(end) {
				t.Fatalf("Due(%s, %v) = %s, month end %s", d.Format(time.DateOnly), ext, due.Format(time.DateOnly), end.Format(time.DateOnly))
			}
			for x := end.AddDate(0, 0, 1); x.Before(due); x = x.AddDate(0, 0, 1) {
				if IsWorkingDay(x) {
					t.Fatalf("Due(%s, %v) = %s skips working day %s", d.Format(time.DateOnly), ext, due.Format(time.DateOnly), x.Format(time.DateOnly))
				}
			}
			if IsWorkingDay(end) && !due.Equal(end) {
				t.Fatalf("Due(%s, %v) = %s moved off working day %s", d.Format(time.DateOnly), ext, due.Format(time.DateOnly), end.Format(time.DateOnly))
			}
		}
	}
}
