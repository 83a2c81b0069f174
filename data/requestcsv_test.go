package data

import (
	"bytes"
	"encoding/csv"
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
				if rec[col[c]] != w {
					t.Errorf("%s %s %s: %q, want %q", lang, e.Ref, c, rec[col[c]], w)
				}
			}
		}
	}
	if got := FormatDate("2026-03-02"); got != "2.3.2026" {
		t.Errorf("FormatDate %q", got)
	}
}

func TestExcelSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "@SUM(A1)": "'@SUM(A1)", "+358 40 123 4567": "+358 40 123 4567",
		"-5": "-5", "+cmd|' /C calc'!A0": "'+cmd|' /C calc'!A0", "Matti": "Matti", "": "",
	} {
		if got := excelSafe(in); got != want {
			t.Errorf("excelSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
