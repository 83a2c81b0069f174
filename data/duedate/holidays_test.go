package duedate

import (
	"testing"
	"time"
)

// finnishHolidays is written by hand: Easter 2025–2030 as known dates
// (20.4., 5.4., 28.3., 16.4., 1.4., 21.4.), the moving feasts counted from it,
// and juhannus and pyhäinpäivä from each year's calendar.
var finnishHolidays = map[int][]struct{ date, fi string }{
	2025: {
		{"2025-01-01", "uudenvuodenpäivä"}, {"2025-01-06", "loppiainen"},
		{"2025-04-18", "pitkäperjantai"}, {"2025-04-20", "pääsiäispäivä"}, {"2025-04-21", "2. pääsiäispäivä"},
		{"2025-05-01", "vapunpäivä"}, {"2025-05-29", "helatorstai"}, {"2025-06-08", "helluntaipäivä"},
		{"2025-06-20", "juhannusaatto"}, {"2025-06-21", "juhannuspäivä"}, {"2025-11-01", "pyhäinpäivä"},
		{"2025-12-06", "itsenäisyyspäivä"}, {"2025-12-24", "jouluaatto"}, {"2025-12-25", "joulupäivä"}, {"2025-12-26", "tapaninpäivä"},
	},
	2026: {
		{"2026-01-01", "uudenvuodenpäivä"}, {"2026-01-06", "loppiainen"},
		{"2026-04-03", "pitkäperjantai"}, {"2026-04-05", "pääsiäispäivä"}, {"2026-04-06", "2. pääsiäispäivä"},
		{"2026-05-01", "vapunpäivä"}, {"2026-05-14", "helatorstai"}, {"2026-05-24", "helluntaipäivä"},
		{"2026-06-19", "juhannusaatto"}, {"2026-06-20", "juhannuspäivä"}, {"2026-10-31", "pyhäinpäivä"},
		{"2026-12-06", "itsenäisyyspäivä"}, {"2026-12-24", "jouluaatto"}, {"2026-12-25", "joulupäivä"}, {"2026-12-26", "tapaninpäivä"},
	},
	2027: {
		{"2027-01-01", "uudenvuodenpäivä"}, {"2027-01-06", "loppiainen"},
		{"2027-03-26", "pitkäperjantai"}, {"2027-03-28", "pääsiäispäivä"}, {"2027-03-29", "2. pääsiäispäivä"},
		{"2027-05-01", "vapunpäivä"}, {"2027-05-06", "helatorstai"}, {"2027-05-16", "helluntaipäivä"},
		{"2027-06-25", "juhannusaatto"}, {"2027-06-26", "juhannuspäivä"}, {"2027-11-06", "pyhäinpäivä"},
		{"2027-12-06", "itsenäisyyspäivä"}, {"2027-12-24", "jouluaatto"}, {"2027-12-25", "joulupäivä"}, {"2027-12-26", "tapaninpäivä"},
	},
	2028: {
		{"2028-01-01", "uudenvuodenpäivä"}, {"2028-01-06", "loppiainen"},
		{"2028-04-14", "pitkäperjantai"}, {"2028-04-16", "pääsiäispäivä"}, {"2028-04-17", "2. pääsiäispäivä"},
		{"2028-05-01", "vapunpäivä"}, {"2028-05-25", "helatorstai"}, {"2028-06-04", "helluntaipäivä"},
		{"2028-06-23", "juhannusaatto"}, {"2028-06-24", "juhannuspäivä"}, {"2028-11-04", "pyhäinpäivä"},
		{"2028-12-06", "itsenäisyyspäivä"}, {"2028-12-24", "jouluaatto"}, {"2028-12-25", "joulupäivä"}, {"2028-12-26", "tapaninpäivä"},
	},
	2029: {
		{"2029-01-01", "uudenvuodenpäivä"}, {"2029-01-06", "loppiainen"},
		{"2029-03-30", "pitkäperjantai"}, {"2029-04-01", "pääsiäispäivä"}, {"2029-04-02", "2. pääsiäispäivä"},
		{"2029-05-01", "vapunpäivä"}, {"2029-05-10", "helatorstai"}, {"2029-05-20", "helluntaipäivä"},
		{"2029-06-22", "juhannusaatto"}, {"2029-06-23", "juhannuspäivä"}, {"2029-11-03", "pyhäinpäivä"},
		{"2029-12-06", "itsenäisyyspäivä"}, {"2029-12-24", "jouluaatto"}, {"2029-12-25", "joulupäivä"}, {"2029-12-26", "tapaninpäivä"},
	},
	2030: {
		{"2030-01-01", "uudenvuodenpäivä"}, {"2030-01-06", "loppiainen"},
		{"2030-04-19", "pitkäperjantai"}, {"2030-04-21", "pääsiäispäivä"}, {"2030-04-22", "2. pääsiäispäivä"},
		{"2030-05-01", "vapunpäivä"}, {"2030-05-30", "helatorstai"}, {"2030-06-09", "helluntaipäivä"},
		{"2030-06-21", "juhannusaatto"}, {"2030-06-22", "juhannuspäivä"}, {"2030-11-02", "pyhäinpäivä"},
		{"2030-12-06", "itsenäisyyspäivä"}, {"2030-12-24", "jouluaatto"}, {"2030-12-25", "joulupäivä"}, {"2030-12-26", "tapaninpäivä"},
	},
}

func TestHolidays2025To2030(t *testing.T) {
	for year := 2025; year <= 2030; year++ {
		want := finnishHolidays[year]
		got := Holidays(year)
		if len(got) != len(want) {
			t.Errorf("Holidays(%d): %d holidays, want %d", year, len(got), len(want))
			continue
		}
		for i, w := range want {
			g := got[i]
			if g.Date.Format(time.DateOnly) != w.date || g.Name["fi"] != w.fi {
				t.Errorf("Holidays(%d)[%d] = %s %q, want %s %q", year, i, g.Date.Format(time.DateOnly), g.Name["fi"], w.date, w.fi)
			}
			if !g.Date.Equal(Day(g.Date.Date())) || g.Date.Location() != time.UTC {
				t.Errorf("Holidays(%d)[%d] = %v, not a civil date at 00:00 UTC", year, i, g.Date)
			}
		}
	}
}

// Every holiday in every year has a name in all three languages, the
// names are distinct, and the list is sorted.
func TestHolidaysNamesAndOrder(t *testing.T) {
	for year := 1900; year <= 2200; year++ {
		list := Holidays(year)
		if len(list) != 15 {
			t.Fatalf("Holidays(%d): %d holidays, want 15", year, len(list))
		}
		seen := map[string]bool{}
		for i, h := range list {
			if h.Date.Year() != year {
				t.Errorf("Holidays(%d)[%d] = %s: wrong year", year, i, h.Date.Format(time.DateOnly))
			}
			if i > 0 && h.Date.Before(list[i-1].Date) {
				t.Errorf("Holidays(%d) not sorted at %d", year, i)
			}
			for _, lang := range []string{"fi", "sv", "en"} {
				n := h.Name[lang]
				if n == "" || seen[lang+n] {
					t.Errorf("Holidays(%d)[%d]: %s name %q empty or repeated", year, i, lang, n)
				}
				seen[lang+n] = true
			}
		}
	}
}

// The rules of 150/1930 5 § for the moving holidays, checked for any year.
func TestHolidayRules(t *testing.T) {
	type rule struct {
		wd       time.Weekday
		from, to time.Time
	}
	for year := 1900; year <= 2200; year++ {
		e := easter(year)
		rules := map[string]rule{
			"pitkäperjantai":   {time.Friday, e.AddDate(0, 0, -2), e.AddDate(0, 0, -2)},
			"pääsiäispäivä":    {time.Sunday, e, e},
			"2. pääsiäispäivä": {time.Monday, e.AddDate(0, 0, 1), e.AddDate(0, 0, 1)},
			"helatorstai":      {time.Thursday, e.AddDate(0, 0, 39), e.AddDate(0, 0, 39)},
			"helluntaipäivä":   {time.Sunday, e.AddDate(0, 0, 49), e.AddDate(0, 0, 49)},
			"juhannusaatto":    {time.Friday, Day(year, 6, 19), Day(year, 6, 25)},
			"juhannuspäivä":    {time.Saturday, Day(year, 6, 20), Day(year, 6, 26)},
			"pyhäinpäivä":      {time.Saturday, Day(year, 10, 31), Day(year, 11, 6)},
		}
		for _, h := range Holidays(year) {
			r, ok := rules[h.Name["fi"]]
			if !ok {
				continue
			}
			if h.Date.Weekday() != r.wd || h.Date.Before(r.from) || h.Date.After(r.to) {
				t.Errorf("%d %s = %s %s, want a %s in %s..%s", year, h.Name["fi"], h.Date.Weekday(),
					h.Date.Format(time.DateOnly), r.wd, r.from.Format(time.DateOnly), r.to.Format(time.DateOnly))
			}
			delete(rules, h.Name["fi"])
		}
		for name := range rules {
			t.Errorf("Holidays(%d) has no %s", year, name)
		}
	}
}

// The list is the caller's own: changing it must not change the next one.
func TestHolidaysReturnsFreshList(t *testing.T) {
	a := Holidays(2026)
	a[0].Date = Day(2026, 7, 7)
	a[0].Name["fi"] = "muutettu"
	b := Holidays(2026)
	if !b[0].Date.Equal(Day(2026, 1, 1)) || b[0].Name["fi"] != "uudenvuodenpäivä" {
		t.Errorf("Holidays(2026)[0] = %v %q after the caller changed an earlier list", b[0].Date, b[0].Name["fi"])
	}
	if !IsWorkingDay(Day(2026, 7, 7)) {
		t.Error("changing a returned list changed IsWorkingDay")
	}
}
