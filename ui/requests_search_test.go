package ui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/pdftest"
)

// reqNames is the names of the first n rows the list shows.
func reqNames(v *requestsView, n int) []string {
	var out []string
	for i := 0; i < min(n, v.rows.total); i++ {
		out = append(out, v.rows.at(i).Requester.Name)
	}
	return out
}

// TestRequestSearchWaitsForPause: a name typed quickly into the search
// box of a log of 5,000 requests runs the filter once, after the pause,
// off the UI goroutine; until then the list shows what it showed.
func TestRequestSearchWaitsForPause(t *testing.T) {
	sh, v := reqScaleShell(t, 5000)
	runs := 0
	v.background = func(work func()) {
		runs++
		sh.clock.AfterFunc(0, work) // runs when the clock next moves
	}
	if v.rows.total != 5000 {
		t.Fatalf("the list shows %d requests", v.rows.total)
	}
	for _, key := range "öhman" {
		test.Type(v.search, string(key))
		clockOf(sh).Advance(reqSearchDelay / 3) // quicker than the pause
	}
	if runs != 0 || v.rows.total != 5000 {
		t.Fatalf("while typing: %d searches, %d rows shown", runs, v.rows.total)
	}
	clockOf(sh).Advance(reqSearchDelay)
	if runs != 1 {
		t.Fatalf("after the pause the search ran %d times", runs)
	}
	if v.rows.total != 500 || v.searching.Visible() {
		t.Fatalf("after the pause %d rows (searching shown: %v)", v.rows.total, v.searching.Visible())
	}
	for _, name := range reqNames(v, 150) {
		if !strings.HasSuffix(name, " Öhman") {
			t.Fatalf("search öhman shows %q", name)
		}
	}
	if v.count.Text != "Pyyntöjä: 500" {
		t.Errorf("count %q", v.count.Text)
	}
}

// TestRequestSearchStaleResult: when the result of an older search
// arrives after a newer one's, the list keeps the newer one (no flicker
// back), and shows the old rows, still scrollable, while both run.
func TestRequestSearchStaleResult(t *testing.T) {
	sh, v := reqScaleShell(t, 5000)
	var held []func()
	v.background = func(work func()) { held = append(held, work) }
	test.Type(v.search, "mäki")
	clockOf(sh).Advance(reqSearchDelay)
	v.search.SetText("")
	test.Type(v.search, "ström")
	clockOf(sh).Advance(reqSearchDelay)
	if len(held) != 2 {
		t.Fatalf("%d searches started", len(held))
	}
	// Both running: the list still shows the whole log, deep rows too.
	if v.rows.total != 5000 || !v.searching.Visible() || v.searching.Size().Width < 20 || v.rows.at(4321) == nil {
		t.Fatalf("while searching: %d rows (searching shown: %v, %v)", v.rows.total, v.searching.Visible(), v.searching.Size())
	}
	held[1]() // "ström" first
	held[0]() // "mäki" late
	if v.rows.total != 500 || v.searching.Visible() {
		t.Fatalf("after both: %d rows (searching shown: %v)", v.rows.total, v.searching.Visible())
	}
	for _, name := range reqNames(v, 120) {
		if !strings.HasSuffix(name, " Ström") {
			t.Fatalf("the late result of mäki replaced ström's: %q", name)
		}
	}
}

// TestRequestReportJobProgress: the PDF report of 5,000 requests runs as
// a job: its progress shows under the list in Finnish, the button cannot
// start it again meanwhile, and the saved report reads back.
func TestRequestReportJobProgress(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, v := reqScaleShell(t, 5000)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	test.Tap(v.report.button)
	f := v.action
	f.date.SetText("1.1.2019")
	f.text.SetText("31.12.2026")
	test.Tap(f.save)
	saveInto(t, sh, filepath.Join(home, "loki.pdf"))
	if !v.report.running || !v.report.button.Disabled() || v.report.text.Text != "Laaditaan raporttia…" {
		t.Fatalf("queued: running %v, button disabled %v, %q", v.report.running, v.report.button.Disabled(), v.report.text.Text)
	}
	test.Tap(v.report.button) // a second report is not started
	if reqDialogOpen(sh) {
		t.Fatal("the report's dialog opened while the report runs")
	}
	var seen []string
	v.report.onProgress = func() {
		seen = append(seen, v.report.text.Text)
		if v.report.bar.Value > 0.49 && v.report.bar.Value < 0.51 && !v.report.button.Disabled() {
			t.Error("the button came back halfway")
		}
	}
	clockOf(sh).Advance(0) // the job runs
	if len(seen) != 11 || seen[4] != "Laaditaan raporttia… 2\u00a0500 / 5\u00a0000" || seen[10] != "Laaditaan raporttia… 5\u00a0000 / 5\u00a0000" {
		t.Errorf("progress shown: %q", seen)
	}
	if v.report.running || v.report.button.Disabled() || len(v.jobsBox.Objects) != 0 {
		t.Error("the job's progress stays after it ended")
	}
	if !strings.Contains(overlayText(sh), "loki.pdf") {
		t.Errorf("no word of the saved file: %q", overlayText(sh))
	}
	checkReportRows(t, filepath.Join(home, "loki.pdf"))
}

// checkReportRows: the report of the 5,000-request log at path holds its
// count and its first, middle and last request.
func checkReportRows(t *testing.T, path string) {
	t.Helper()
	text := pdftest.Normalize(pdftest.Text(t, waitFile(t, path)))
	for _, want := range []string{"Pyyntöjä yhteensä 5000", "Asiakas 0 Virtanen", "Asiakas 2500 Virtanen", "Asiakas 4999 Ström"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestRequestCSVJobOnce: the CSV export of the list as filtered runs as a
// job that cannot be started twice at once; while it runs the list can
// still be filtered; the file holds the rows of the filter it started on.
func TestRequestCSVJobOnce(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, v := reqScaleShell(t, 5000)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	test.Type(v.search, "öhman")
	clockOf(sh).Advance(reqSearchDelay)
	var held []func()
	v.background = func(work func()) { held = append(held, work) }
	test.Tap(v.csv.button)
	saveInto(t, sh, filepath.Join(home, "loki.csv"))
	v.saveCSV() // as a shortcut would: refused while the export runs
	if reqDialogOpen(sh) || !v.csv.running || v.csv.text.Text != "Kirjoitetaan CSV-tiedostoa…" || len(held) != 1 {
		t.Fatalf("second export: dialog %v, running %v, %q, %d jobs", reqDialogOpen(sh), v.csv.running, v.csv.text.Text, len(held))
	}
	// The window stays usable: the list is filtered while the job runs.
	v.right.SetSelectedIndex(1) // access
	held[1]()
	want, _ := sh.Store.CountRequests(context.Background(), v.org, data.RequestFilter{Search: "öhman", Right: data.RightAccess})
	if v.rows.total != want || want == 0 || want >= 500 || !v.csv.running {
		t.Fatalf("filtered during the export: %d rows of %d, export running %v", v.rows.total, want, v.csv.running)
	}
	held[0]()
	raw := string(waitFile(t, filepath.Join(home, "loki.csv")))
	if lines := strings.Count(raw, "\r\n"); lines != 501 || strings.Count(raw, "Öhman") != 500 {
		t.Errorf("the CSV has %d lines, %d of Öhman", lines, strings.Count(raw, "Öhman"))
	}
	if !strings.Contains(overlayText(sh), lang.L("requests.saved.title")) {
		t.Errorf("no word of the saved file: %q", overlayText(sh))
	}
}

// TestOtherWritersChangeReadOffUI: when another program adds a request,
// the window reads the list, the years and the due notice again off the
// UI goroutine and shows them when they arrive.
func TestOtherWritersChangeReadOffUI(t *testing.T) {
	sh, v := reqShell(t)
	var held []func()
	v.background = func(work func()) { held = append(held, work) }
	before := v.bannerText.Text
	other := secondHandle(t, sh)
	ref, err := other.AddRequest(context.Background(), v.org, data.Request{Received: "2025-10-30", Channel: "email",
		Requester: data.Requester{Name: "Komentorivin Kalle"}, Rights: []data.Right{data.RightAccess}})
	if err != nil {
		t.Fatal(err)
	}
	clockOf(sh).Advance(2 * time.Second)
	if len(held) != 2 || v.rows.total != 2 || v.bannerText.Text != before {
		t.Fatalf("before the reads ran: %d reads, %d rows, notice %q", len(held), v.rows.total, v.bannerText.Text)
	}
	for _, work := range held {
		work()
	}
	if v.rows.total != 3 || v.rows.at(2).Ref != ref {
		t.Errorf("the list shows %d rows", v.rows.total)
	}
	if !strings.Contains(v.bannerText.Text, "myöhässä: 1") || !slices.Contains(v.year.Options, "2025") {
		t.Errorf("notice %q, years %v", v.bannerText.Text, v.year.Options)
	}
}
