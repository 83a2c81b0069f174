package jobs

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/pdftest"
)

// scaleLog is the example's store with a second organisation whose log
// holds n requests (datatest.FillLog: received 2019–2026, one in ten open).
func scaleLog(t *testing.T, n int) (*data.Store, int64) {
	t.Helper()
	st, _, _ := setup(t)
	org, err := st.CreateOrganisation(context.Background(), "Iso Asiakaspalvelu Oy")
	if err != nil {
		t.Fatal(err)
	}
	datatest.FillLog(t, st.DB(), org, n)
	return st, org
}

// TestLogReportStreamsAtScale: a report of 5,000 requests, read from the
// database row by row as it is drawn, holds every request: the counts,
// and the first, a middle and the last request read back from the PDF;
// progress is told in order up to 5,000 of 5,000.
func TestLogReportStreamsAtScale(t *testing.T) {
	const n = 5000
	st, org := scaleLog(t, n)
	ctx := context.Background()
	var seen [][2]int
	d, total, err := LogReportProgress(ctx, st, org, time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), "fi", func(done, total int) { seen = append(seen, [2]int{done, total}) })
	if err != nil || total != n {
		t.Fatalf("%d requests: %v", total, err)
	}
	var buf bytes.Buffer
	if err := pdf.WritePDF(&buf, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	text := pdftest.Normalize(pdftest.Text(t, buf.Bytes()))
	entries, err := st.RequestsBetween(ctx, org, "2019-01-01", "2026-12-31")
	if err != nil || len(entries) != n {
		t.Fatalf("%d entries: %v", len(entries), err)
	}
	for _, i := range []int{0, n / 2, n - 1} {
		e := entries[i]
		// A row reads "2019-001 1.1.2019 Asiakas 0 …": the reference and the
		// date of receipt side by side, the name in its own column.
		row := e.Ref + " " + data.FormatDate(e.Received)
		if !strings.Contains(text, row) || !strings.Contains(text, fmt.Sprintf("Asiakas %d", i)) {
			t.Errorf("request %d (%s, %s) is not in the report", i, row, e.Requester.Name)
		}
	}
	for _, want := range []string{"Pyyntöjä yhteensä 5000", "Avoinna 500"} {
		if !strings.Contains(text, want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
	checkProgress(t, seen, n)
}

// checkProgress: progress was told every progressStep requests, in order,
// of n, and last n of n.
func checkProgress(t *testing.T, seen [][2]int, n int) {
	t.Helper()
	if len(seen) != n/progressStep+1 || seen[len(seen)-1] != [2]int{n, n} {
		t.Fatalf("progress told %v", seen)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i][0] < seen[i-1][0] || seen[i][1] != n {
			t.Fatalf("progress went %v then %v", seen[i-1], seen[i])
		}
	}
}

// TestLogReportStreamError: a report whose reading fails while it is
// drawn (the job cancelled) is an error, never a PDF cut short.
func TestLogReportStreamError(t *testing.T) {
	st, org := scaleLog(t, 2000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	d, _, err := LogReportProgress(ctx, st, org, time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), "fi", func(done, _ int) {
			if done >= 1000 {
				cancel()
			}
		})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.WritePDF(&buf, d, pdf.Options{}); !errors.Is(err, context.Canceled) || buf.Len() != 0 {
		t.Fatalf("a cancelled report: %v, %d bytes written", err, buf.Len())
	}
}

// TestWriteLogCSVAtScale: the CSV of a filtered log of 5,000 requests,
// written as it is read, holds exactly the filter's requests, newest
// first, and tells its progress up to the end.
func TestWriteLogCSVAtScale(t *testing.T) {
	const n = 5000
	st, org := scaleLog(t, n)
	ctx := context.Background()
	for _, f := range []data.RequestFilter{{}, {Status: data.StatusOpen}, {Search: "öhman", Limit: 10}} {
		want, err := st.ListRequests(ctx, org, data.RequestFilter{Status: f.Status, Search: f.Search})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		var seen [][2]int
		if err := WriteLogCSV(ctx, st, org, f, "fi", &buf, func(done, total int) { seen = append(seen, [2]int{done, total}) }); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n")
		if len(lines) != len(want)+1 || !strings.HasPrefix(lines[1], refCell(want[0].Ref)) || !strings.HasPrefix(lines[len(lines)-1], refCell(want[len(want)-1].Ref)) {
			t.Errorf("%+v: %d lines for %d requests, the first %q", f, len(lines), len(want), lines[1])
		}
		if last := seen[len(seen)-1]; last != [2]int{len(want), len(want)} || len(seen) != len(want)/progressStep+1 {
			t.Errorf("%+v: progress %v", f, seen)
		}
	}
}

// refCell is a reference as the CSV's first cell: written as Excel's text
// formula ="2026-001" (data.excelCell), quoted for CSV.
func refCell(ref string) string { return `"=""` + ref + `""";` }
