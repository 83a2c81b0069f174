package terms

import (
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

var formatDate = doc.FormatDate

// versionDate is the date printed on the terms: the chosen one or today.
func versionDate(opt Options) time.Time {
	if opt.Date.IsZero() {
		return time.Now()
	}
	return opt.Date
}

var (
	clean = doc.Clean
	join  = doc.Join
)

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
	kept = mergeFacts(kept)
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

// endStop ends a user's text with one full stop, so that it can stand as a
// sentence of its own.
func endStop(s string) string {
	if s = trimStop(s); s == "" || strings.ContainsAny(s[len(s)-1:], "!?") {
		return s
	}
	return s + "."
}

// mergeFacts merges rows with the same value into one row whose label
// names them all ("Sähköposti / Tuki, sähköposti"), so that a reader does
// not see one address three times.
func mergeFacts(rows []doc.Fact) []doc.Fact {
	var out []doc.Fact
	at := map[string]int{}
	for _, r := range rows {
		key := strings.ToLower(strings.TrimSpace(r.Value))
		if i, ok := at[key]; ok {
			out[i].Label += " / " + r.Label
			continue
		}
		at[key] = len(out)
		out = append(out, r)
	}
	return out
}
