package duedate

import (
	"testing"
	"time"
)

// requests mimics the list view: 100,000 receipt dates spread over 2025–2030.
func requests() []time.Time {
	const n = 100_000
	out := make([]time.Time, n)
	start := Day(2025, 1, 1)
	for i := range out {
		out[i] = start.AddDate(0, 0, i%2191)
	}
	return out
}

// BenchmarkDue reports the cost of one due date.
func BenchmarkDue(b *testing.B) {
	dates := requests()
	i := 0
	for b.Loop() {
		Due(dates[i%len(dates)], i&1 == 1)
		i++
	}
}

// BenchmarkDue100k is the list view's whole load: 100,000 due dates per op.
// The target is well under 100 ms per op.
func BenchmarkDue100k(b *testing.B) {
	dates := requests()
	for b.Loop() {
		for i, d := range dates {
			Due(d, i&1 == 1)
		}
	}
}
