package data

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"tietosuojapakki/data/vocab"
)

func TestCSVReadsBackAsStored(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	tricky := "Öhman; \"Ässä\" Äijälä"
	ref := add(t, st, org, "2026-11-02", tricky, RightAccess, RightErasure)
	if err := st.AnswerRequest(ctx, org, ref, Answer{On: "2026-11-20", Outcome: "Rivi 1\nrivi 2; \"lainaus\"",
		RefusalReason: "excessive", RefusalDetails: "Kolmas pyyntö"}); err != nil {
		t.Fatal(err)
	}
	add(t, st, org, "2026-11-03", "=HYPERLINK(\"x\")")
	entries := mustBetween(t, st, org)
	for _, lang := range []string{"fi", "sv", "en"} {
		var buf bytes.Buffer
		if err := WriteRequestsCSV(&buf, entries, lang, st.Today()); err != nil {
			t.Fatal(err)
		}
		raw := buf.Bytes()
		if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
			t.Fatal("no byte order mark")
		}
		r := csv.NewReader(bytes.NewReader(raw[3:]))
		r.Comma = ';'
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1+len(entries) {
			t.Fatalf("%d records", len(recs))
		}
		col := map[string]int{}
		for i, c := range CSVColumns {
			col[c] = i
			if recs[0][i] != FieldLabel(c, lang) {
				t.Errorf("%s header %q", lang, recs[0][i])
			}
		}
		for i, e := range entries {
			rec := recs[i+1]
			name, contact := e.Requester.Name, e.Requester.Contact
			if strings.HasPrefix(name, "=") {
				name, contact = "'"+name, "'"+contact // kept from running as a formula
			}
			want := map[string]string{
				"ref": e.Ref, "received": FormatDate(e.Received), "name": name,
				"contact": contact, "outcome": e.Outcome, "due": FormatDate(e.Due),
				"rights": RightsShort(e.Rights, lang), "status": vocab.Label(vocab.Statuses, e.Status, lang),
				"refusal_reason":  vocab.Label(vocab.RefusalReasons, e.RefusalReason, lang),
				"refusal_details": e.RefusalDetails, "answered_on": FormatDate(e.AnsweredOn),
			}
			for c, w := range want {
				if got := excelText(rec[col[c]]); got != w {
					t.Errorf("%s %s %s: %q, want %q", lang, e.Ref, c, got, w)
				}
			}
		}
	}
	if got := FormatDate("2026-03-02"); got != "2.3.2026" {
		t.Errorf("FormatDate %q", got)
	}
}

func TestExcelCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"0401234567", `="0401234567"`},
		{"+358401234567", `="+358401234567"`},
		{"+358 40 123 4567", `="+358 40 123 4567"`},
		{"(09) 4255 0692", `="(09) 4255 0692"`},
		{"040/123 4567", `="040/123 4567"`},
		{"00100", `="00100"`},
		{"2026-001", `="2026-001"`},
		{"1.3.2022", `="1.3.2022"`},
		{"+1-1", `="+1-1"`},
		{"-5", `="-5"`},
		{"1e5", `="1e5"`},
		{"12:30", `="12:30"`},
		{"50 %", `="50 %"`},
		{"100 €", `="100 €"`},
		{"Eeva", "Eeva"},
		{"e5", "e5"},
		{"=1+1", "'=1+1"},
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
		{"-Matti", "'-Matti"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"\n=1", "'\n=1"},
		{"040 123 4567 (työ)", "040 123 4567 (työ)"},
		{"Matti", "Matti"},
		{"matti@example.fi", "matti@example.fi"},
		{"", ""},
	} {
		if got := excelCell(tc.in); got != tc.want {
			t.Errorf("excelCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// excelText is what Finnish Excel shows for a field of our CSV, or "" and
// false when Excel would not show the text as typed: a formula that is
// more than a quoted text, or text that it turns into a number.
func excelShows(field string) (string, bool) {
	if inner, ok := strings.CutPrefix(field, `="`); ok && strings.HasSuffix(inner, `"`) {
		inner = strings.TrimSuffix(inner, `"`)
		if strings.Contains(strings.ReplaceAll(inner, `""`, ""), `"`) {
			return "", false // more than one string literal
		}
		return strings.ReplaceAll(inner, `""`, `"`), true
	}
	if field != "" && strings.ContainsRune("=+-@\t\r", rune(field[0])) {
		return "", false // a formula
	}
	if finnishNumber.MatchString(field) {
		return "", false // becomes a number: leading zeros and digits lost
	}
	return field, true
}

// finnishNumber is what Finnish Excel reads as a number: digits with a
// decimal comma, spaces between thousands, an exponent.
var finnishNumber = regexp.MustCompile(`^[0-9][0-9 \x{00a0}]*(,[0-9]*)?([eE][+-]?[0-9]+)?$`)

// excelText is excelShows for tests that want the text.
func excelText(field string) string {
	s, ok := excelShows(field)
	if !ok {
		return "<not text: " + field + ">"
	}
	return s
}

// The request log opened in Excel: every phone number and every typed text
// reads back exactly, none is a number or a formula.
func TestCSVExcelReadsTypedTextBack(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	contacts := []string{"0401234567", "+358401234567", "+358 40 123 4567", "(09) 4255 0692", "+1-1", "-2+3",
		"=1+1", "@SUM(A1)", "=HYPERLINK(\"http://x\";\"y\")", "\tx", "matti@example.fi", "00100", "1,5", "1e5", "1.3.2022"}
	for _, c := range contacts {
		if _, err := st.AddRequest(ctx, org, Request{Received: "2026-11-02", Channel: "phone",
			Requester: Requester{Name: c, Contact: c}, Rights: []Right{RightAccess}}); err != nil {
			t.Fatal(err)
		}
	}
	entries := mustBetween(t, st, org)
	var buf bytes.Buffer
	if err := WriteRequestsCSV(&buf, entries, "fi", st.Today()); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\xef\xbb\xbf"))))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, c := range CSVColumns {
		col[c] = i
	}
	for i, e := range entries {
		rec := recs[i+1]
		for _, c := range []string{"ref", "name", "contact"} {
			got, ok := excelShows(rec[col[c]])
			want := map[string]string{"ref": e.Ref, "name": e.Requester.Name, "contact": e.Requester.Contact}[c]
			if strings.ContainsAny(want[:1], "=+-@\t") && !numberLike(want) {
				want = "'" + want // neutralised: shown with the apostrophe, never run
			}
			if !ok || got != want {
				t.Errorf("%s %q written as %q: Excel shows %q (text %v)", c, want, rec[col[c]], got, ok)
			}
		}
		if _, ok := excelShows(rec[col["received"]]); !ok || rec[col["received"]] != "2.11.2026" {
			t.Errorf("received %q", rec[col["received"]])
		}
	}
}
