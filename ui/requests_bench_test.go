package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data/datatest"
)

// reqScaleShell is reqShell's window on a second organisation whose log
// holds n requests (datatest.FillLog), on the request log screen.
func reqScaleShell(tb testing.TB, n int) (*Shell, *requestsView) {
	tb.Helper()
	sh := reqWindow(tb)
	org, err := sh.Store.CreateOrganisation(context.Background(), "Iso Asiakaspalvelu Oy")
	if err != nil {
		tb.Fatal(err)
	}
	datatest.FillLog(tb, sh.Store.DB(), org, n)
	sh.SetOrg(org)
	sh.showScreen(screenRequests)
	if sh.requests == nil || sh.requests.org != org {
		tb.Fatal("the request log of the filled organisation is not shown")
	}
	return sh, sh.requests
}

// What a key typed into the request log's search costs on the UI
// goroutine, at 100,000 requests:
//
//	go test -run '^$' -bench RequestSearchKeystroke -benchtime 16x ./ui/
//
// Each round types "virtanen" a key at a time into an empty box; the time
// is per key. The search itself (after the pause, off the UI goroutine)
// is not in it.
func BenchmarkRequestSearchKeystroke(b *testing.B) {
	sh, v := reqScaleShell(b, 100_000)
	const word = "virtanen"
	b.ResetTimer()
	for i := range b.N {
		if i%len(word) == 0 {
			b.StopTimer()
			v.search.SetText("")
			clockOf(sh).Advance(time.Second)
			b.StartTimer()
		}
		test.Type(v.search, word[i%len(word):i%len(word)+1])
	}
}

// What a search's result costs at 100,000 requests: search-ms is the
// query off the UI goroutine (count and first page), ui-ms putting its
// result into the list on the UI goroutine.
//
//	go test -run '^$' -bench RequestSearchResult -benchtime 8x ./ui/
func BenchmarkRequestSearchResult(b *testing.B) {
	_, v := reqScaleShell(b, 100_000)
	var search, ui time.Duration
	words := []string{"virtanen", "2023-1", "ström", "asiakas 99"}
	b.ResetTimer()
	for i := range b.N {
		f := v.filter
		f.Search = words[i%len(words)]
		start := time.Now()
		p, err := v.query.Start(f).Run()
		search += time.Since(start)
		if err != nil || p.Total == 0 {
			b.Fatal(p.Total, err)
		}
		start = time.Now()
		v.showPage(p, err)
		ui += time.Since(start)
	}
	b.ReportMetric(float64(search.Milliseconds())/float64(b.N), "search-ms/op")
	b.ReportMetric(float64(ui.Microseconds())/1000/float64(b.N), "ui-ms/op")
}
