package requestreport

import (
	"bytes"
	"math"
	"testing"

	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/pdftest"
)

// TestEnglishTableDatesOnOneLine: a short English date ("30 Sep 2026")
// keeps to one line in the request table's narrow columns.
func TestEnglishTableDatesOnOneLine(t *testing.T) {
	st, org := sampleLog(t)
	entries, err := st.RequestsBetween(ctx, org, "2026-01-01", "2026-12-31")
	if err != nil {
		t.Fatal(err)
	}
	d := Log(LogInput{Lang: "en", From: "2026-01-01", To: "2026-12-31", Today: today, Entries: entries})
	var buf bytes.Buffer
	if err := pdf.WritePDF(&buf, d, pdf.Options{CreatedAt: today}); err != nil {
		t.Fatal(err)
	}
	ws := pdftest.Words(t, buf.Bytes())
	months := 0
	for i, w := range ws {
		switch w.Text {
		case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
			months++
			if i+1 >= len(ws) || math.Abs(ws[i+1].Y-w.Y) > 0.5 || ws[i+1].Text[:2] != "20" {
				t.Errorf("date around %q broken across lines: next word %+v", w.Text, ws[i+1])
			}
		}
	}
	if months < 10 {
		t.Errorf("only %d short dates found", months)
	}
}
