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

// noticeDates returns the dates of the notice itself: on a line with a
// date label, or standing in the first or last five lines.
func (c *checker) noticeDates() []span {
	var out []span
	n := len(c.d.lines)
	for i, l := range c.d.lines {
		if !dateLabel.MatchString(l.s) && i >= 5 && i < n-5 {
			continue
		}
		for _, m := range dateRe.FindAllStringIndex(l.s, -1) {
			out = append(out, span{s: l.s[m[0]:m[1]], start: l.start + m[0], end: l.start + m[1]})
		}
	}
	return out
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
	for _, sp := range c.noticeDates() {
		if t, ok := parseDate(sp.s); ok && t.After(latestT) {
			latest, latestT = sp, t
		}
	}
	switch {
	case latestT.IsZero():
		c.add("missing_date", -1, -1)
	case latestT.Before(gdprApplies):
		c.addSpan("dated_before_gdpr", latest, latestT.Format("2.1.2006"))
	}
}
