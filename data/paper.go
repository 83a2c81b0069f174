package data

// The papers made of the log: a letter sent to a requester is recorded in
// the request's history, and a table of the program's own (the record of
// processing) is written as CSV with the same cell rules as the request
// log's export.

import (
	"context"
	"io"
	"strings"
)

// EventLetter is the history event of a letter made for a request: New is
// the letter's kind (ack, extension, answer, refusal), Note its language
// and format ("fi pdf").
const EventLetter = "letter"

// RecordLetter appends a "letter" event to the history of the request ref:
// a letter of kind was made in lang as format. The history is append-only
// like every other change of the log; a purged request is refused with a
// *RequestError (nothing of it is left to write to).
func (s *Store) RecordLetter(ctx context.Context, org int64, ref, kind, lang, format string) error {
	kind = strings.TrimSpace(kind)
	if kind == "" {
		return reqErr("letter", "note_required")
	}
	return s.change(ctx, org, ref, func(c *changeTx) error {
		return c.event(Event{Kind: EventLetter, New: kind, Note: strings.TrimSpace(lang + " " + format)})
	})
}

// letterNames name the letters in a history line.
var letterNames = map[string]tri{
	"ack":       {FI: "vastaanottoilmoitus", SV: "mottagningsbekräftelse", EN: "acknowledgement"},
	"extension": {FI: "ilmoitus määräajan jatkamisesta", SV: "meddelande om förlängd tidsfrist", EN: "extension notice"},
	"answer":    {FI: "vastaus", SV: "svar", EN: "answer"},
	"refusal":   {FI: "epäävä vastaus", SV: "avslag", EN: "refusal"},
}

// letterEventText describes a "letter" event in lang: "Kirje tehty:
// vastaus (fi, pdf)".
func letterEventText(e Event, lang string) string {
	name := e.New
	if t, ok := letterNames[e.New]; ok {
		name = t.In(lang)
	}
	s := tri{FI: "Kirje tehty", SV: "Brev skrivet", EN: "Letter made"}.In(lang) + ": " + name
	if f := strings.Fields(e.Note); len(f) > 0 {
		s += " (" + strings.Join(f, ", ") + ")"
	}
	return s
}

// WriteTableCSV writes a table as CSV for Excel: a UTF-8 byte order mark,
// ";" between cells, CRLF line ends, and every cell passed through the
// request log's cell rule (excelCell: number-like text kept as typed, a
// leading =, +, -, @ neutralised), because every cell of such a table may
// hold text a user typed.
func WriteTableCSV(w io.Writer, header []string, rows [][]string) error {
	return writeExcelTable(w, header, rows, nil)
}
