package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tietosuojapakki/jobs"
)

// The request log's filters. Typing in the search box waits for a pause
// (reqSearchDelay on the shell's clock) and the filter then runs off the
// UI goroutine (jobs.LogSearch): at 100,000 requests a name search reads
// every row, which took the window 170–375 ms per key. The list keeps
// showing the last result, and scrolls, until the new one is put in whole
// on the UI goroutine; a late result of an older query is dropped.

// reqSearchDelay is the pause in typing after which the search runs.
const reqSearchDelay = 300 * time.Millisecond

// searchTyped runs the filter once typing in the search box pauses.
func (v *requestsView) searchTyped(s string) {
	v.filter.Search = s
	v.typing.After("search", v.refilter)
}

// refilter runs the current filter off the UI goroutine and shows its
// result when it is still the newest one.
func (v *requestsView) refilter() {
	q := v.query.Start(v.filter)
	v.showSearching(true)
	v.offUI(func() {
		p, err := q.Run()
		fyne.Do(func() {
			if q.Current() {
				v.showPage(p, err)
			}
		})
	})
}

// showPage puts the result of a query into the list.
func (v *requestsView) showPage(p jobs.LogPage, err error) {
	if err != nil {
		v.fail(err)
	}
	v.showSearching(false)
	v.rows.set(p)
	v.count.SetText(fmt.Sprintf(lang.L("requests.count"), v.rows.total))
	v.table.Refresh()
}

// showSearching shows or hides "Haetaan…" beside the count. The row is
// laid out again: a label shown in a box that gave it no room while it
// was hidden stays invisible (seen in the window under Xvfb).
func (v *requestsView) showSearching(on bool) {
	if on == v.searching.Visible() {
		return
	}
	if on {
		v.searching.Show()
	} else {
		v.searching.Hide()
	}
	v.countRow.Refresh()
}

// offUI runs work off the UI goroutine: on a goroutine of its own in the
// window, and on a test's manual clock when the test next advances it (on
// the test's goroutine), so that the test decides when a result arrives.
// v.background, when set, replaces both (tests that hold results back).
func (v *requestsView) offUI(work func()) {
	switch {
	case v.background != nil:
		v.background(work)
	case isRealClock(v.sh.clock):
		go work()
	default:
		v.sh.clock.AfterFunc(0, work)
	}
}

func isRealClock(c clock) bool {
	_, real := c.(realClock)
	return real
}
