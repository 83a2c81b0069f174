package terms

import (
	"fmt"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// formatDate writes d as a reader of lang expects it: 23.11.2026 in Finnish
// and Swedish, 23 November 2026 in English.
func formatDate(d time.Time, lang string) string {
	if lang == "en" {
		return fmt.Sprintf("%d %s %d", d.Day(), monthsEN[d.Month()-1], d.Year())
	}
	return fmt.Sprintf("%d.%d.%d", d.Day(), int(d.Month()), d.Year())
}

// versionDate is the date printed on the terms: the chosen one or today.
func versionDate(opt Options) time.Time {
	if opt.Date.IsZero() {
		return time.Now()
	}
	return opt.Date
}

// clean trims the items of list and drops the empty ones, so that a blank
// row left in the wizard never prints as an empty bullet.
func clean(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	return strings.Join(clean(parts), sep)
}

// address is the organisation's postal address on one line.
func address(o data.Organisation) string {
	return join(", ", o.Street, join(" ", o.PostalCode, o.City))
}

// trimStop drops a final full stop so that a user's text can sit inside a
// sentence that ends with its own.
func trimStop(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ".")
}

// facts builds a Facts block of the rows whose value is not empty; nil when
// none is left, so that callers can skip the block.
func facts(rows ...doc.Fact) []doc.Block {
	var kept []doc.Fact
	for _, r := range rows {
		if strings.TrimSpace(r.Value) != "" {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return []doc.Block{doc.Facts{Rows: kept}}
}

// para returns a one-paragraph block list, or nil for an empty text.
func para(text string) []doc.Block {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return []doc.Block{doc.Paragraph{Text: text}}
}
