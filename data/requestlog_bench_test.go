package data

import (
	"testing"

	"tietosuojapakki/data/datatest"
)

func benchLog(b *testing.B) (*Store, int64) {
	st, org := logStore(b, "2026-11-23")
	datatest.FillLog(b, st.DB(), org, 100_000)
	b.ResetTimer()
	return st, org
}

// Target: with 100,000 requests, the first page of the list with its count
// and the due dates of its rows in under 100 ms.
func BenchmarkLogFirstPage(b *testing.B) {
	st, org := benchLog(b)
	for b.Loop() {
		listPage(b, st, org, RequestFilter{Limit: 50})
	}
}

// Target: a filter (status, right, name search) in under 100 ms.
func BenchmarkLogFilter(b *testing.B) {
	st, org := benchLog(b)
	for b.Loop() {
		listPage(b, st, org, RequestFilter{Status: StatusOpen, Right: RightErasure, Search: "virta", Limit: 50})
	}
}

// Target: a year filter and a page deep in the list in under 100 ms.
func BenchmarkLogYearPage(b *testing.B) {
	st, org := benchLog(b)
	for b.Loop() {
		listPage(b, st, org, RequestFilter{Year: 2023, Limit: 50, Offset: 5000})
	}
}

// Target: the due-date notice (overdue and due soon counts) in under 100 ms.
func BenchmarkLogDueSummary(b *testing.B) {
	st, org := benchLog(b)
	for b.Loop() {
		if _, err := st.DueSummary(ctx, org); err != nil {
			b.Fatal(err)
		}
	}
}

func listPage(b *testing.B, st *Store, org int64, f RequestFilter) {
	es, err := st.ListRequests(ctx, org, f)
	if err != nil {
		b.Fatal(err)
	}
	n, err := st.CountRequests(ctx, org, f)
	if err != nil || n == 0 || len(es) == 0 {
		b.Fatalf("count %d, page %d: %v", n, len(es), err)
	}
	today := st.Today()
	for i := range es {
		_ = es[i].TimingOn(today)
	}
}
