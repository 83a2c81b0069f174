package ui

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/wizard"
)

// The per-keystroke work of the wizard on its longest page, for a company
// of three registers (the example's two and one more from a template).
//
//	go test -run '^$' -bench Keystroke -benchtime 200x ./ui/
//
// BenchmarkKeystroke is what a key costs: Fyne's entry and our
// textChanged (validation and remembering the value). BenchmarkSaveAfterPause
// is the work done once typing pauses: putting the value into the
// answers, writing it and checking whether the page must change.

// longestPage opens the wizard page with the most fields and returns a
// text field on it.
func longestPage(b *testing.B) (*Shell, *wizardView, *field) {
	b.Helper()
	sh := openShell(b, test.NewTempApp(b), filepath.Join(b.TempDir(), "bench.db"))
	importExample(b, sh)
	v := sh.wizard
	if !v.goToKey("registers") {
		b.Fatal("no registers page")
	}
	v.regPick.SetSelectedIndex(0)
	test.Tap(v.regAdd)
	best, most := 0, 0
	for i := range v.pages {
		v.goTo(i)
		if len(v.fields) > most {
			best, most = i, len(v.fields)
		}
	}
	v.goTo(best)
	var f *field
	for _, x := range v.fields {
		if x.entry != nil && (f == nil || x.q.Kind == wizard.LongText) {
			f = x
		}
	}
	if f == nil {
		b.Fatal("no text field on the longest page")
	}
	b.Logf("page %s: %d fields, typing into %s", pageKey(v.pages[best]), most, f.path)
	return sh, v, f
}

func BenchmarkKeystroke(b *testing.B) {
	sh, _, f := longestPage(b)
	b.ResetTimer()
	for i := range b.N {
		test.Type(f.focus, string(rune('a'+i%26)))
	}
	b.StopTimer()
	clockOf(sh).Settle()
}

func BenchmarkSaveAfterPause(b *testing.B) {
	sh, v, f := longestPage(b)
	var writing time.Duration
	write := v.write
	v.write = func(org int64, path string, val any) error {
		start := time.Now()
		defer func() { writing += time.Since(start) }()
		return write(org, path, val)
	}
	b.ResetTimer()
	for i := range b.N {
		test.Type(f.focus, string(rune('a'+i%26)))
		clockOf(sh).Advance(saveDelay)
	}
	// The database write (SQLite, synchronous) apart from the rest.
	b.ReportMetric(float64(writing.Nanoseconds())/float64(b.N), "write-ns/op")
}
