package jobs

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/pdftest"
)

func TestReports(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	d, n, err := LogReport(ctx, st, id, day("2020-01-01"), day("2030-12-31"), "sv")
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 || !strings.Contains(d.PlainText(), "Ajanvaraus Kivi Oy") || d.Lang != "sv" {
		t.Errorf("%d requests, lang %s", n, d.Lang)
	}
	path := filepath.Join(t.TempDir(), "loki.pdf")
	if err := WritePDF(d, path, st.Path()); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if text := pdftest.Normalize(pdftest.Text(t, raw)); !strings.Contains(text, "Ajanvaraus Kivi Oy") {
		t.Errorf("the PDF reads %q", text)
	}
	if _, _, err := LogReport(ctx, st, id, day("2026-02-01"), day("2026-01-01"), "fi"); err == nil || !strings.Contains(ErrorText(err, "fi"), "ennen") {
		t.Errorf("a backwards period: %v", err)
	}
	entries, _ := st.RequestsBetween(ctx, id, "2000-01-01", "2100-01-01")
	s, err := RequestSummary(ctx, st, id, entries[0].Ref, "en")
	if err != nil || !strings.Contains(s.PlainText(), entries[0].Ref) {
		t.Errorf("summary: %v", err)
	}
	if _, err := RequestSummary(ctx, st, id, "1999-999", "fi"); err == nil {
		t.Error("an unknown reference made a summary")
	}
	// The report is never written over the database.
	if err := WritePDF(d, st.Path(), st.Path()); !errors.As(err, new(*OutputError)) {
		t.Errorf("over the database: %v", err)
	}
	_ = data.BackupsKept
}
