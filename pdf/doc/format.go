package doc

import (
	"fmt"
	"strings"
	"time"
)

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// FormatDate writes d as a reader of lang expects it on a document:
// 23.11.2026 in Finnish and Swedish, 23 November 2026 in English.
func FormatDate(d time.Time, lang string) string {
	if lang == "en" {
		return fmt.Sprintf("%d %s %d", d.Day(), monthsEN[d.Month()-1], d.Year())
	}
	return fmt.Sprintf("%d.%d.%d", d.Day(), int(d.Month()), d.Year())
}

// Clean trims the items of list and drops the empty ones, so that a blank
// row left in the wizard never prints as an empty bullet.
func Clean(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Join joins the non-empty parts with sep.
func Join(sep string, parts ...string) string {
	return strings.Join(Clean(parts), sep)
}
