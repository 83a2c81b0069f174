package record

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// Rows is the controller's record as a table, one row per processing
// activity (register), for a spreadsheet: the header and the rows, in
// lang. Lists inside a cell are separated by "; ". It holds the same items
// as the document (art. 30(1)(b)–(g)); the controller's own details are
// the same for every row and are left to the document.
func Rows(a *data.Answers, lang string) (header []string, rows [][]string) {
	if a == nil {
		a = &data.Answers{}
	}
	lang = string(vocab.LangOf(lang))
	c := &composer{a: a, t: textsFor(lang), lang: lang}
	t := c.t
	header = []string{t.ActivityTitle, t.PurposesL, t.SubjectsL, t.DataL, t.RecipientsL, t.TransfersL, t.RetentionL, t.SecurityL}
	for i := range a.Registers {
		r := &a.Registers[i]
		rows = append(rows, []string{
			strings.TrimSpace(r.Name),
			cell(c.purposes(r)),
			cell(r.DataSubjects),
			cell(c.categories(r)),
			cell(c.recipients(r)),
			cell(c.transferLines(r)),
			cell(c.retention(r)),
			cell(c.security(r.Security)),
		})
	}
	return header, rows
}

func cell(items []string) string {
	var keep []string
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, "; ")
}

// transferLines are the rows of the transfer table as lines.
func (c *composer) transferLines(r *data.Register) []string {
	var out []string
	for _, row := range c.transferRows(r) {
		out = append(out, row[0]+" ("+doc.Join(", ", row[1], row[2])+")")
	}
	if len(out) == 0 {
		return []string{c.t.NoTransfers}
	}
	return out
}
