package startheap

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent is the current GOGC (SetGCPercent returns it while setting a
// value; it is set back at once).
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestPercentFor(t *testing.T) {
	for _, c := range []struct {
		goal, live uint64
		want       int
	}{
		{Goal, 0, 800},              // before any collection: 4 MiB × 8 = 32 MiB
		{Goal, 2 << 20, 750},        // a small live heap: the 4 MiB minimum still rules
		{Goal, 8 << 20, 300},        // 8 + 8×3 = 32 MiB
		{Goal, 15 << 20, 113},       // 15 + 15×1.13 ≈ 32 MiB
		{Goal, 20 << 20, 100},       // never below Go's default
		{Goal, 40 << 20, 100},       // live beyond the goal
		{64 << 20, 16 << 20, 300},   // another goal
		{minHeap, 1 << 20, 100},     // a goal no larger than Go's own
		{minHeap * 2, 0, 200},       // twice Go's
		{minHeap * 2, 1 << 20, 175}, // live counts even below the minimum: a little early
	} {
		if got := percentFor(c.goal, c.live); got != c.want {
			t.Errorf("percentFor(%d MiB, %d MiB) = %d, want %d", c.goal>>20, c.live>>20, got, c.want)
		}
	}
}

// TestRaise: GOGC is raised at once, set again after a collection while
// little is live, and back to its old value, for good, once half the goal
// is live.
func TestRaise(t *testing.T) {
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	Raise(Goal)
	if p := gcPercent(); p != 800 {
		t.Fatalf("GOGC %d after Raise, want 800", p)
	}
	runtime.GC()
	waitFor(t, "GOGC set again after a collection", func() bool { p := gcPercent(); return p > 100 && p != 800 })

	keep := make([]byte, Goal/2+1<<20) // a command that keeps much
	for i := range keep {
		keep[i] = 1
	}
	runtime.GC()
	waitFor(t, "GOGC back to 100", func() bool { return gcPercent() == 100 })
	runtime.GC()
	runtime.GC()
	time.Sleep(50 * time.Millisecond) // a finalizer still set would run now
	if p := gcPercent(); p != 100 {
		t.Errorf("GOGC %d after the live heap passed half the goal, want 100", p)
	}
	runtime.KeepAlive(keep)
}

// TestRaiseLeavesTheUsersGOGC: a GOGC in the environment, or collection
// switched off, is left as it is.
func TestRaiseLeavesTheUsersGOGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	t.Setenv("GOGC", "50")
	debug.SetGCPercent(50)
	Raise(Goal)
	if p := gcPercent(); p != 50 {
		t.Errorf("GOGC=50 in the environment: GOGC %d after Raise", p)
	}
	t.Setenv("GOGC", "")
	debug.SetGCPercent(-1)
	Raise(Goal)
	if p := gcPercent(); p != -1 {
		t.Errorf("collection off: GOGC %d after Raise", p)
	}
}

// waitFor waits up to 5 s for ok, which the finalizer goroutine makes
// true; it collects again meanwhile, as a program would.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if ok() {
			return
		}
	}
	t.Fatalf("not within 5 s: %s (GOGC %d)", what, gcPercent())
}
