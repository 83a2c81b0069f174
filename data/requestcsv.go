package data

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data/vocab"
)

// The CSV export of the request log is made for Finnish Excel: UTF-8 with
// a byte order mark (without it Excel reads ä as Ã¤), ";" between fields
// (Finnish Excel's list separator, since "," is the decimal comma), CRLF line
// ends, and dates as d.m.yyyy, which Finnish Excel reads as dates. The header
// row and the coded values (channel, rights, status, refusal reason) are in
// the chosen language; the state column says "Vastattu myöhässä" for an
// answer given after its due date. Text the user typed stays text (see excelCell).

// CSVColumns are the fields of the export in order (see FieldLabel).
var CSVColumns = []string{"ref", "received", "channel", "name", "contact", "rights", "register",
	"identity_method", "identity_verified_on", "due", "extended", "extension_told_on", "extension_reason",
	"status", "answered_on", "outcome", "refusal_reason", "refusal_details", "state", "days_left", "days_taken"}

// csvOwnValue are the columns whose values the program writes itself:
// dates as d.m.yyyy (Excel reads them as dates) and day counts (numbers).
// Every other column holds text a user typed, passed through excelCell.
var csvOwnValue = map[string]bool{"received": true, "identity_verified_on": true, "due": true,
	"extension_told_on": true, "answered_on": true, "days_left": true, "days_taken": true}

// WriteRequestsCSV writes entries as CSV in lang, with timings seen on today.
func WriteRequestsCSV(w io.Writer, entries []LogEntry, lang string, today time.Time) error {
	c, err := NewRequestsCSV(w, lang, today)
	if err != nil {
		return err
	}
	for i := range entries {
		if err := c.Write(&entries[i]); err != nil {
			return err
		}
	}
	return c.Flush()
}

// RequestsCSV writes the request log as CSV one entry at a time, so that
// an export of 100,000 requests is written as it is read
// (Store.EachRequest) instead of being held whole. Flush ends it.
type RequestsCSV struct {
	x       *excelWriter
	lang    string
	today   time.Time
	yes, no string
	rec     []string
}

// NewRequestsCSV starts the CSV of the log in lang, timings seen on today,
// by writing its byte-order mark and header row to w.
func NewRequestsCSV(w io.Writer, lang string, today time.Time) (*RequestsCSV, error) {
	header := make([]string, len(CSVColumns))
	for i, c := range CSVColumns {
		header[i] = FieldLabel(c, lang)
	}
	x, err := newExcelWriter(w, header, func(col int) bool { return csvOwnValue[CSVColumns[col]] })
	if err != nil {
		return nil, err
	}
	return &RequestsCSV{x: x, lang: lang, today: today,
		yes: tri{FI: "Kyllä", SV: "Ja", EN: "Yes"}.In(lang), no: tri{FI: "Ei", SV: "Nej", EN: "No"}.In(lang)}, nil
}

// Write adds the row of e.
func (c *RequestsCSV) Write(e *LogEntry) error {
	lang := c.lang
	t := e.TimingOn(c.today)
	var method, verified string
	if e.Identity != nil {
		method, verified = e.Identity.Method, e.Identity.VerifiedOn
	}
	extended := c.no
	if e.Extended {
		extended = c.yes
	}
	var left, taken string
	if e.Open() {
		left = strconv.Itoa(t.DaysLeft)
	} else if e.AnsweredOn != "" {
		taken = strconv.Itoa(t.DaysTaken)
	}
	c.rec = append(c.rec[:0], e.Ref, FormatDate(e.Received), vocab.Label(vocab.Channels, e.Channel, lang),
		e.Requester.Name, e.Requester.Contact, RightsShort(e.Rights, lang), e.Register,
		method, FormatDate(verified), FormatDate(e.Due), extended, FormatDate(e.ExtensionToldOn), e.ExtensionReason,
		vocab.Label(vocab.Statuses, e.Status, lang), FormatDate(e.AnsweredOn), e.Outcome,
		vocab.Label(vocab.RefusalReasons, e.RefusalReason, lang), e.RefusalDetails,
		StateLabel(t.LabelKey(), lang), left, taken)
	return c.x.write(c.rec)
}

// Flush writes what is buffered and says whether every row was written.
func (c *RequestsCSV) Flush() error { return c.x.flush() }

// writeExcelTable writes header and rows as CSV that Finnish Excel opens
// as it is: a UTF-8 byte-order mark, ';' between cells, CRLF line ends.
// Every cell goes through excelCell except those of the columns own says
// the program wrote itself (dates, day counts); own may be nil.
func writeExcelTable(w io.Writer, header []string, rows [][]string, own func(col int) bool) error {
	x, err := newExcelWriter(w, header, own)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := x.write(r); err != nil {
			return err
		}
	}
	return x.flush()
}

// excelWriter writes rows of a CSV table for Finnish Excel (writeExcelTable).
type excelWriter struct {
	cw  *csv.Writer
	own func(col int) bool
	rec []string
}

func newExcelWriter(w io.Writer, header []string, own func(col int) bool) (*excelWriter, error) {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return nil, err
	}
	return &excelWriter{cw: cw, own: own}, nil
}

// write adds one row, its typed texts through excelCell.
func (x *excelWriter) write(r []string) error {
	x.rec = x.rec[:0]
	for j, s := range r {
		if x.own == nil || !x.own(j) {
			s = excelCell(s)
		}
		x.rec = append(x.rec, s)
	}
	return x.cw.Write(x.rec)
}

func (x *excelWriter) flush() error {
	x.cw.Flush()
	return x.cw.Error()
}

// excelCell writes a text the user typed so that Excel shows it as typed.
//
//   - Number-like text (only digits, spaces, + - . , / ( ), at least one
//     digit: a phone number 0401234567 or +358 40 123 4567, a postcode,
//     "+1-1") is written as the formula ="0401234567". Excel reads each CSV
//     field as if it were typed into the cell: typed raw, 0401234567 would
//     become the number 401234567, +358401234567 would become 3,58401E+11
//     and +1-1 would be calculated. A field starting with = is a formula,
//     and this formula's value is the quoted text itself, so Excel (and
//     LibreOffice Calc, Google Sheets) shows exactly the digits, as text.
//     Such a formula holds only a string literal of those characters, so it
//     cannot run anything.
//   - Any other text starting with =, +, -, @, a tab, CR or LF (formula
//     injection: =HYPERLINK(…), +cmd|…, @SUM(…)) gets a leading apostrophe,
//     which Excel shows and does not run.
//
// Dates and day counts that the program writes itself are not passed
// here: they are meant to be dates and numbers in Excel.
func excelCell(s string) string {
	if s == "" {
		return s
	}
	if numberLike(s) {
		return `="` + s + `"`
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return "'" + s
	}
	return s
}

// numberLike reports whether Excel could read s as a number, a date, a
// time, a percentage, a sum or an amount: at least one digit, with nothing
// but spaces, signs, separators, brackets, ":", "%", "€" and the "e" of
// an exponent between digits (1e5) around it.
func numberLike(s string) bool {
	digit := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune(" +-.,/():%€\u00a0\u202f", r):
		case (r == 'e' || r == 'E') && digit && i+1 < len(s) && strings.ContainsRune("0123456789+-", rune(s[i+1])):
		default:
			return false
		}
	}
	return digit
}
