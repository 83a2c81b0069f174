package data

import (
	"fmt"
	"testing"
	"time"

	"tietosuojapakki/data/duedate"
)

// FillLog bulk-inserts n requests received 2019–2026 (one in ten open) with
// a created event each, in one transaction with prepared statements; the
// benchmarks of the log and of its report use it.
func FillLog(tb testing.TB, st *Store, org int64, n int) {
	tb.Helper()
	tx, err := st.DB().Begin()
	if err != nil {
		tb.Fatal(err)
	}
	defer tx.Rollback()
	ins, err := tx.Prepare(`INSERT INTO requests(org_id, ref, year, seq, received, due, channel, requester_name,
		requester_contact, rights, register, status, answered_on, outcome) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		tb.Fatal(err)
	}
	ev, err := tx.Prepare("INSERT INTO request_events(request_id, at, by, kind, new) VALUES(?,?,?,?,?)")
	if err != nil {
		tb.Fatal(err)
	}
	first := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	span := int(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
	seqs := map[int]int{}
	surnames := []string{"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Öhman", "Ström"}
	for i := range n {
		received := first.AddDate(0, 0, i*span/n)
		y := received.Year()
		seqs[y]++
		ref := fmt.Sprintf("%d-%03d", y, seqs[y])
		due := duedate.Due(received, false)
		status, answered := StatusAnswered, received.AddDate(0, 0, 5+i%30).Format(time.DateOnly)
		if i%10 == 0 {
			status, answered = StatusOpen, ""
		}
		right := Rights[i%len(Rights)]
		res, err := ins.Exec(org, ref, y, seqs[y], received.Format(time.DateOnly), due.Format(time.DateOnly), "email",
			fmt.Sprintf("Asiakas %d %s", i, surnames[i%len(surnames)]), fmt.Sprintf("a%d@example.fi", i),
			string(right), "Asiakasrekisteri", status, answered, "Vastattu")
		if err != nil {
			tb.Fatal(err)
		}
		id, _ := res.LastInsertId()
		if _, err := ev.Exec(id, "2026-01-01T00:00:00Z", "Bench", EventCreated, ref); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}

func benchLog(b *testing.B) (*Store, int64) {
	st, org := logStore(b, "2026-11-23")
	FillLog(b, st, org, 100_000)
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
