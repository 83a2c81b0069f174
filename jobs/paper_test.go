package jobs

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/letters"
	"tietosuojapakki/pdf/pdftest"
)

// The record is issued like the other documents: version 1, the same
// version for the same answers, the next one when they change; a record
// with gaps is refused unless it is a draft.
func TestMakeRecord(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	for _, tc := range []struct {
		name string
		o    RecordOptions
		want []string
	}{
		{"controller fi", RecordOptions{}, []string{"Ajanvaraus Kivi Oy", "Asiakasrekisteri", "Uutiskirjeen tilaajat", "Verohallinto"}},
		{"processor sv", RecordOptions{Processor: true, Lang: vocab.Swedish}, []string{"Ajanvaraus Kivi Oy", "art. 30.2 b", "Frisersalonger", "Krypterad lagring"}},
		{"controller en", RecordOptions{Lang: vocab.English}, []string{"Ajanvaraus Kivi Oy", "Tax"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := MakeRecord(ctx, st, id, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Render(&buf, d, "pdf"); err != nil {
				t.Fatal(err)
			}
			text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("the PDF lacks %q", w)
				}
			}
			vs, _ := st.DocumentVersions(ctx, id, string(tc.o.RecordKind()), "*")
			if len(vs) != 1 || vs[0].Version != 1 {
				t.Errorf("versions %+v", vs)
			}
		})
	}
	// The same answers keep version 1; a change issues version 2.
	if _, err := MakeRecord(ctx, st, id, RecordOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetAnswer(ctx, id, "organisation.phone", "+358 40 765 4321"); err != nil {
		t.Fatal(err)
	}
	p, err := MakeRecord(ctx, st, id, RecordOptions{Preview: true})
	if err != nil || !strings.Contains(p.Footer, "2") {
		t.Errorf("preview footer %q: %v", p.Footer, err)
	}
	if _, err := MakeRecord(ctx, st, id, RecordOptions{}); err != nil {
		t.Fatal(err)
	}
	if vs, _ := st.DocumentVersions(ctx, id, string(Record), "*"); len(vs) != 2 || vs[0].Version != 2 {
		t.Errorf("after a change: %+v", vs)
	}
	// An organisation with nothing answered: refused, a draft is made.
	empty, err := st.CreateOrganisation(ctx, "Tyhjä Oy")
	if err != nil {
		t.Fatal(err)
	}
	var inc *IncompleteError
	if _, err := MakeRecord(ctx, st, empty, RecordOptions{}); !errors.As(err, &inc) {
		t.Errorf("a record with gaps: %v", err)
	}
	if d, err := MakeRecord(ctx, st, empty, RecordOptions{Draft: true}); err != nil || d.Watermark == "" {
		t.Errorf("draft: %v", err)
	}
	if vs, _ := st.DocumentVersions(ctx, empty, string(Record), "*"); len(vs) != 0 {
		t.Errorf("a refused or draft record issued %+v", vs)
	}
	if err := WriteRecordCSV(ctx, st, empty, RecordOptions{}, &bytes.Buffer{}); !errors.As(err, &inc) {
		t.Errorf("CSV of a record with gaps: %v", err)
	}
}

// The CSV has one row per register, the request log's cell rules.
func TestWriteRecordCSV(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	if err := st.SetAnswer(ctx, id, "registers.1.name", "=HYPERLINK(\"x\")"); err != nil {
		t.Fatal(err)
	}
	if err := WriteRecordCSV(ctx, st, id, RecordOptions{Processor: true}, &bytes.Buffer{}); !errors.Is(err, ErrProcessorCSV) {
		t.Errorf("processor CSV: %v", err)
	}
	var buf bytes.Buffer
	if err := WriteRecordCSV(ctx, st, id, RecordOptions{Lang: vocab.Finnish, Draft: true}, &buf); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	if !strings.HasPrefix(raw, "\ufeff") || !strings.Contains(raw, "\r\n") {
		t.Error("no BOM or CRLF")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(raw, "\ufeff")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d lines, want header + 2 registers", len(recs))
	}
	if recs[1][0] != "Asiakasrekisteri" || recs[2][0] != "'=HYPERLINK(\"x\")" {
		t.Errorf("activities %q, %q", recs[1][0], recs[2][0])
	}
	if !strings.Contains(strings.Join(recs[1], " "), "Verohallinto") {
		t.Errorf("row 1: %q", recs[1])
	}
}

// A letter is composed from the log and recorded in the history; a letter
// the log does not support is refused and records nothing.
func TestMakeLetter(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	cases := []struct {
		o       LetterOptions
		want    string
		wantErr bool
	}{
		{LetterOptions{Ref: "2026-001", Kind: letters.Answer, Lang: vocab.English}, "2026-001", false},
		{LetterOptions{Ref: "2026-002", Kind: letters.Ack, Format: "text"}, "Liisa Virtanen", false},
		{LetterOptions{Ref: "2026-002", Kind: letters.Refusal}, "", true},
		{LetterOptions{Ref: "2026-002", Kind: "thanks"}, "", true},
		{LetterOptions{Ref: "2026-002", Kind: letters.Ack, Preview: true}, "2026-002", false},
	}
	for _, tc := range cases {
		before, _ := st.GetRequest(ctx, id, tc.o.Ref)
		d, err := MakeLetter(ctx, st, id, tc.o)
		after, _ := st.GetRequest(ctx, id, tc.o.Ref)
		added := len(after.History) - len(before.History)
		if tc.wantErr {
			if err == nil || added != 0 {
				t.Errorf("%+v: err %v, %d events added", tc.o, err, added)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", tc.o, err)
		}
		if !strings.Contains(d.PlainText(), tc.want) {
			t.Errorf("%+v lacks %q", tc.o, tc.want)
		}
		wantAdded := 1
		if tc.o.Preview {
			wantAdded = 0
		}
		if added != wantAdded {
			t.Fatalf("%+v: %d events added", tc.o, added)
		}
		if ev := after.History[len(after.History)-1]; !tc.o.Preview && (ev.Kind != data.EventLetter || ev.New != string(tc.o.Kind)) {
			t.Errorf("event %+v", ev)
		}
	}
}

func TestLetterFormat(t *testing.T) {
	for _, tc := range []struct{ path, format, want string }{
		{"kirje.pdf", "", "pdf"}, {"kirje.HTML", "", "html"}, {"kirje.txt", "", "text"}, {"-", "", "text"},
		{"kirje.pdf", "text", "text"}, {"x", "docx", ""},
	} {
		got, err := LetterFormat(tc.path, tc.format)
		if got != tc.want || (err != nil) != (tc.want == "") {
			t.Errorf("%q %q: %q %v", tc.path, tc.format, got, err)
		}
	}
}

// The report holds the breaches the company became aware of in the
// period, by Helsinki date: 31.12. 23:30 local is still December.
func TestBreachReport(t *testing.T) {
	ctx := context.Background()
	st, id, now := setup(t)
	*now = time.Date(2027, 2, 1, 10, 0, 0, 0, time.UTC)
	for _, s := range []string{"2026-12-31T23:30", "2027-01-01T00:30", "2026-03-28T20:00"} {
		at, err := data.ParseLocalTime("aware", s)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddBreach(ctx, id, data.Breach{AwareAt: at, Description: "Kadonnut muistitikku " + s}); err != nil {
			t.Fatal(err)
		}
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	d, n, err := BreachReport(ctx, st, id, BreachReportOptions{From: day("2026-01-01"), To: day("2026-12-31")})
	if err != nil || n != 2 {
		t.Fatalf("%d breaches: %v", n, err)
	}
	text := d.PlainText()
	if !strings.Contains(text, "2026-12-31T23:30") || strings.Contains(text, "2027-01-01T00:30") || !strings.Contains(text, "31.3.2026 21.00 (+03:00)") {
		t.Errorf("report:\n%s", text)
	}
	if _, _, err := BreachReport(ctx, st, id, BreachReportOptions{From: day("2026-02-01"), To: day("2026-01-01")}); !errors.As(err, new(*PeriodError)) {
		t.Errorf("backwards: %v", err)
	}
}
