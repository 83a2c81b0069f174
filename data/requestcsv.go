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
// the chosen language.

// CSVColumns are the fields of the export in order (see FieldLabel).
var CSVColumns = []string{"ref", "received", "channel", "name", "contact", "rights", "register",
	"identity_method", "identity_verified_on", "due", "extended", "extension_told_on", "extension_reason",
	"status", "answered_on", "outcome", "refusal_reason", "refusal_details", "state", "days_left", "days_taken"}

// WriteRequestsCSV writes entries as CSV in lang, with timings seen on today.
func WriteRequestsCSV(w io.Writer, entries []LogEntry, lang string, today time.Time) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	header := make([]string, len(CSVColumns))
	for i, c := range CSVColumns {
		header[i] = FieldLabel(c, lang)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	yes, no := tri{FI: "Kyllä", SV: "Ja", EN: "Yes"}.In(lang), tri{FI: "Ei", SV: "Nej", EN: "No"}.In(lang)
	for i := range entries {
		e := &entries[i]
		t := e.TimingOn(today)
		var method, verified string
		if e.Identity != nil {
			method, verified = e.Identity.Method, e.Identity.VerifiedOn
		}
		extended := no
		if e.Extended {
			extended = yes
		}
		var left, taken string
		if e.Open() {
			left = strconv.Itoa(t.DaysLeft)
		} else if e.AnsweredOn != "" {
			taken = strconv.Itoa(t.DaysTaken)
		}
		rec := []string{e.Ref, FormatDate(e.Received), vocab.Label(vocab.Channels, e.Channel, lang),
			e.Requester.Name, e.Requester.Contact, RightsShort(e.Rights, lang), e.Register,
			method, FormatDate(verified), FormatDate(e.Due), extended, FormatDate(e.ExtensionToldOn), e.ExtensionReason,
			vocab.Label(vocab.Statuses, e.Status, lang), FormatDate(e.AnsweredOn), e.Outcome,
			vocab.Label(vocab.RefusalReasons, e.RefusalReason, lang), e.RefusalDetails,
			StateLabel(t.State, lang), left, taken}
		for j := range rec {
			rec[j] = excelSafe(rec[j])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// excelSafe keeps Excel from running a typed value as a formula (CSV
// injection): a cell starting with =, +, -, @ or a control character gets a
// leading apostrophe. A phone number such as "+358 40 123 4567" is left as
// it is.
func excelSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '@', '\t', '\r':
		return "'" + s
	case '+', '-':
		if strings.Trim(s[1:], "0123456789 ()-") == "" {
			return s
		}
		return "'" + s
	}
	return s
}
