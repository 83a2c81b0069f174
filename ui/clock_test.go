package ui

import (
	"sort"
	"strings"
	"testing"
	"time"
)

// manualClock is a clock that moves only when the test advances it: the
// delayed work of the window (saves, messages) then runs on the test's
// goroutine, at a known time, and never after the test has ended.
type manualClock struct {
	now    time.Duration
	seq    int
	timers []*manualTimer
}

type manualTimer struct {
	at      time.Duration
	seq     int
	f       func()
	stopped bool
}

func (c *manualClock) AfterFunc(d time.Duration, f func()) func() {
	c.seq++
	t := &manualTimer{at: c.now + d, seq: c.seq, f: f}
	c.timers = append(c.timers, t)
	return func() { t.stopped = true }
}

// Advance moves the clock by d, running each timer that falls due in the
// order they fall due (timers a timer starts run too, when due by then).
func (c *manualClock) Advance(d time.Duration) {
	end := c.now + d
	for {
		sort.Slice(c.timers, func(i, j int) bool {
			if c.timers[i].at != c.timers[j].at {
				return c.timers[i].at < c.timers[j].at
			}
			return c.timers[i].seq < c.timers[j].seq
		})
		if len(c.timers) == 0 || c.timers[0].at > end {
			c.now = end
			return
		}
		t := c.timers[0]
		c.timers = c.timers[1:]
		c.now = t.at
		if !t.stopped {
			t.f()
		}
	}
}

// Settle runs everything that is waiting (a long pause in typing; the
// focus watcher re-arms itself, so "everything" is 30 s of it).
func (c *manualClock) Settle() { c.Advance(30 * time.Second) }

func TestManualClockOrder(t *testing.T) {
	c := &manualClock{}
	var got []string
	c.AfterFunc(300*time.Millisecond, func() { got = append(got, "b") })
	stop := c.AfterFunc(100*time.Millisecond, func() { got = append(got, "stopped") })
	c.AfterFunc(100*time.Millisecond, func() {
		got = append(got, "a")
		c.AfterFunc(100*time.Millisecond, func() { got = append(got, "a2") })
	})
	stop()
	c.Advance(250 * time.Millisecond)
	if want := "a a2"; strings.Join(got, " ") != want {
		t.Fatalf("after 250 ms ran %q, want %q", strings.Join(got, " "), want)
	}
	c.Advance(50 * time.Millisecond)
	if want := "a a2 b"; strings.Join(got, " ") != want {
		t.Fatalf("after 300 ms ran %q, want %q", strings.Join(got, " "), want)
	}
}

// clockOf is the manual clock of a test window.
func clockOf(sh *Shell) *manualClock { return sh.clock.(*manualClock) }
