// Package startheap lets a short headless command collect garbage less
// often: Go starts collecting at a 4 MiB heap, and a command such as
// `notice` allocates ~35 MB in ~30 ms (most of it gofpdf's font parsing
// and one zlib writer of ~1 MB per stream), so it collected 8 times,
// each time scanning the globals and start-up data of a program that
// also holds Fyne and SQLite: about a fifth of its time (issue 16, `make
// bench`). The Go compiler does the same for the same reason
// (cmd/compile/internal/base/startheap.go, Go issue 56546).
//
// It imports nothing of the program's and is called by the main package
// only, on the headless path; the window keeps Go's defaults.
package startheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Goal is the heap, in bytes, up to which a headless command need not
// collect: room for the notice of a company with many registers, and
// little beside the ~45 MB a run of the program maps anyway.
const Goal = 32 << 20

// minHeap is the smallest heap goal of Go's collector at GOGC=100 (4 MiB;
// runtime.heapMinimum), which scales with GOGC.
const minHeap = 4 << 20

// Raise lets the heap grow to about goal bytes before it is collected,
// by raising GOGC, and after each collection sets GOGC again so that the
// next one comes at goal. Once the live heap is half of goal or more (a
// command that keeps much in memory: a report of 100,000 requests), GOGC
// goes back to what it was and stays there, so memory grows as in any Go
// program from then on. A GOGC set in the environment is the user's
// choice: Raise then does nothing. It returns at once; the adjustments
// run after collections, on the runtime's finalizer goroutine.
func Raise(goal uint64) {
	if os.Getenv("GOGC") != "" || goal <= minHeap {
		return
	}
	prev := debug.SetGCPercent(percentFor(goal, 0))
	if prev < 0 {
		debug.SetGCPercent(prev) // collection switched off: leave it so
		return
	}
	afterEachGC(func() bool {
		live := liveHeap()
		if 2*live >= goal {
			debug.SetGCPercent(prev)
			return false
		}
		debug.SetGCPercent(percentFor(goal, live))
		return true
	})
}

// percentFor is the GOGC under which the heap goal is about goal bytes
// when live bytes survived the last collection: the goal is live plus
// live×GOGC/100, and never below minHeap×GOGC/100.
func percentFor(goal, live uint64) int {
	base := max(live, minHeap)
	return max(100, int(100*(goal-min(live, goal))/base))
}

// liveHeap is the heap, in bytes, marked live by the last collection.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// afterEachGC calls fn after each collection until it returns false: a
// finalizer on an object nothing refers to runs after the collection that
// found it unreachable, and sets itself on the object again. The object
// is 32 bytes so that it does not share the tiny allocator's blocks,
// whose finalizers may wait for unrelated objects.
func afterEachGC(fn func() bool) {
	type sentinel [32]byte
	var again func(*sentinel)
	again = func(p *sentinel) {
		if fn() {
			runtime.SetFinalizer(p, again)
		}
	}
	runtime.SetFinalizer(new(sentinel), again)
}
