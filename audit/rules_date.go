package audit

import (
	"strings"
	"time"
)

// A date label, and the dates of the three languages (1.2.2020,
// 2020-02-01, 1 February 2020, February 1, 2020, 1 februari 2020).
var (
	dateLabel = re(`päivitetty|laadittu|päiväys|pvm\b|voimassa|muutettu|uppdaterad|datum|upprättad|gäller från|ändrad|\bdate\b|updated|version|effective|drawn up|last changed|last modified`)
	dateRe    = re(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.?\s+(january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+((?:19|20)\d{2})\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b`)
)

var monthNames = map[string]int{
	"january": 1, "januari": 1, "february": 2, "februari": 2, "march": 3, "mars": 3, "april": 4, "may": 5, "maj": 5,
	"june": 6, "juni": 6, "july": 7, "juli": 7, "august": 8, "augusti": 8, "september": 9, "october": 10, "oktober": 10,
	"november": 11, "december": 12,
}

// monthYearRe is a month without a day, as old notices date themselves:
// "Laadittu 11/2019", "Updated November 2024", "päivitetty marraskuussa
// 2024". Read only on a line with a date label.
var monthYearRe = re(`\b(0?[1-9]|1[0-2])\s?/\s?((?:19|20)\d{2})\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober|(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\p{L}*),?\s+((?:19|20)\d{2})\b`)

// fiMonths are the stems of the Finnish month names, January first.
var fiMonths = []string{"tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"}

// noticeDates returns the dates of the notice itself: on a line with a
// date label, or standing in the first or last five lines; and the months
// (monthYearRe) on a line with a date label.
func (c *checker) noticeDates() []span {
	var out []span
	n := len(c.d.lines)
	for i, l := range c.d.lines {
		labelled := dateLabel.MatchString(l.s)
		if !labelled && i >= 5 && i < n-5 {
			continue
		}
		for _, m := range dateRe.FindAllStringIndex(l.s, -1) {
			out = append(out, span{s: l.s[m[0]:m[1]], start: l.start + m[0], end: l.start + m[1]})
		}
		if !labelled {
			continue
		}
		for _, m := range monthYearRe.FindAllStringIndex(l.s, -1) {
			if !dateRe.MatchString(l.s[max(0, m[0]-6):min(len(l.s), m[1]+1)]) {
				out = append(out, span{s: l.s[m[0]:m[1]], start: l.start + m[0], end: l.start + m[1]})
			}
		}
	}
	return out
}

// parseMonthYear reads a month found by monthYearRe as its last day: a
// notice dated "5/2018" may be from after 25 May 2018.
func parseMonthYear(s string) (time.Time, bool) {
	m := monthYearRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	month, y := atoi(m[1]), m[2]
	if m[3] != "" {
		month, y = monthNames[strings.ToLower(m[3])], m[4]
		for k, stem := range fiMonths {
			if strings.HasPrefix(strings.ToLower(m[3]), stem+"kuu") {
				month = k + 1
			}
		}
	}
	if month < 1 || month > 12 {
		return time.Time{}, false
	}
	return time.Date(atoi(y), time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC), true
}

// parseDate reads a date found by dateRe; ok is false for an impossible one.
func parseDate(s string) (time.Time, bool) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	var y, mo, d string
	var month int
	switch {
	case m[1] != "":
		d, mo, y = m[1], m[2], m[3]
	case m[4] != "":
		y, mo, d = m[4], m[5], m[6]
	case m[7] != "":
		d, month, y = m[7], monthNames[strings.ToLower(m[8])], m[9]
	default:
		month, d, y = monthNames[strings.ToLower(m[10])], m[11], m[12]
	}
	if month == 0 {
		month = atoi(mo)
	}
	t := time.Date(atoi(y), time.Month(month), atoi(d), 0, 0, 0, 0, time.UTC)
	if t.Day() != atoi(d) || int(t.Month()) != month {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// gdprApplies is the day the GDPR started to apply (art. 99(2)).
var gdprApplies = time.Date(2018, 5, 25, 0, 0, 0, 0, time.UTC)

// ruleDate: no date is advice; a latest date before the GDPR applied is
// advice to review the whole notice.
func ruleDate(c *checker) {
	var latest span
	var latestT time.Time
	whole := true
	for _, sp := range c.noticeDates() {
		t, ok := parseDate(sp.s)
		day := ok
		if !ok {
			t, ok = parseMonthYear(sp.s)
		}
		if ok && t.After(latestT) {
			latest, latestT, whole = sp, t, day
		}
	}
	switch {
	case latestT.IsZero():
		c.add("missing_date", -1, -1)
	case latestT.Before(gdprApplies) && whole:
		c.addSpan("dated_before_gdpr", latest, latestT.Format("2.1.2006"))
	case latestT.Before(gdprApplies):
		c.addSpan("dated_before_gdpr", latest, latest.s)
	}
}
