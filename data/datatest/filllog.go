package datatest

import (
	"database/sql"
	"fmt"
	"testing"
	"time"

	"tietosuojapakki/data/duedate"
)

// logRights are the right codes of data.Rights in the same order (this
// package cannot import data, whose tests use it).
var logRights = []string{"access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent"}

// FillLog bulk-inserts n requests of the organisation org into the request
// log of db (a data.Store's DB), received 2019-01-01 … 2026-11-19 in
// order, one in ten open and the rest answered, each with a created event.
// It runs in one transaction with prepared statements, so that 100,000
// requests take seconds; the scale tests and benchmarks of the log, its
// list and its report use it. Names are "Asiakas <i> <surname>", with
// ä and ö among the surnames.
func FillLog(tb testing.TB, db *sql.DB, org int64, n int) {
	tb.Helper()
	tx, err := db.Begin()
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
		status, answered := "answered", received.AddDate(0, 0, 5+i%30).Format(time.DateOnly)
		if i%10 == 0 {
			status, answered = "open", ""
		}
		res, err := ins.Exec(org, ref, y, seqs[y], received.Format(time.DateOnly), due.Format(time.DateOnly), "email",
			fmt.Sprintf("Asiakas %d %s", i, surnames[i%len(surnames)]), fmt.Sprintf("a%d@example.fi", i),
			logRights[i%len(logRights)], "Asiakasrekisteri", status, answered, "Vastattu")
		if err != nil {
			tb.Fatal(err)
		}
		id, _ := res.LastInsertId()
		if _, err := ev.Exec(id, "2026-01-01T00:00:00Z", "Bench", "created", ref); err != nil {
			tb.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		tb.Fatal(err)
	}
}
