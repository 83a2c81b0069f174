package data

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"tietosuojapakki/data/datatest"
)

// TestEachRequest: the walk one row at a time (in batches of walkBatch,
// several requests received on one day, so that days are split between
// batches) gives what the lists give, in the same order, for filters and
// periods.
func TestEachRequest(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	datatest.FillLog(t, st.DB(), org, 4000)
	refs := func(es []LogEntry) []string {
		out := make([]string, len(es))
		for i := range es {
			out[i] = es[i].Ref
		}
		return out
	}
	for _, f := range []RequestFilter{{}, {Status: StatusOpen}, {Search: "mäki"}, {Year: 2023, Right: RightErasure}, {Limit: 50, Offset: 100}} {
		want, err := st.ListRequests(ctx, org, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if err := st.EachRequest(ctx, org, f, func(e *LogEntry) error { got = append(got, e.Ref); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !slices.Equal(got, refs(want)) {
			t.Errorf("%+v: walked %d, listed %d", f, len(got), len(want))
		}
	}
}

// TestEachRequestBetween: the walk of a period in batches gives every
// request of it in the order of receipt, and the counts summed one at a
// time are those SQLite counts.
func TestEachRequestBetween(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	datatest.FillLog(t, st.DB(), org, 4000)
	all, err := st.DB().Query("SELECT ref FROM requests WHERE org_id = ? AND received BETWEEN '2020-01-01' AND '2022-06-30' ORDER BY received, seq, id DESC", org)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for all.Next() {
		var ref string
		all.Scan(&ref)
		want = append(want, ref)
	}
	all.Close()
	stats := NewStatsBuilder(st.Today())
	var got []string
	st.EachRequestBetween(ctx, org, "2020-01-01", "2022-06-30", func(e *LogEntry) error {
		got = append(got, e.Ref)
		stats.Add(e)
		return nil
	})
	if len(want) <= walkBatch || !slices.Equal(got, want) {
		t.Errorf("period: walked %d, listed %d", len(got), len(want))
	}
	var open, access int
	st.DB().QueryRow(`SELECT COALESCE(SUM(status = 'open'), 0), COALESCE(SUM(rights = 'access'), 0) FROM requests
		WHERE org_id = ? AND received BETWEEN '2020-01-01' AND '2022-06-30'`, org).Scan(&open, &access)
	if s := stats.Stats(); s.Total != len(want) || s.Open != open || s.PerRight[RightAccess] != access || s.Closed != len(want)-open || open == 0 {
		t.Errorf("stats one at a time %+v; SQLite counts %d open, %d access of %d", s, open, access, len(want))
	}
}

// TestEachRequestStops: an error of fn ends the walk and is returned.
func TestEachRequestStops(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	datatest.FillLog(t, st.DB(), org, 10)
	stop := errors.New("riittää")
	n := 0
	err := st.EachRequest(ctx, org, RequestFilter{}, func(*LogEntry) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("stopped walk: %v after %d", err, n)
	}
}

// TestWalkLeavesTheConnection: the store has one connection; a walk lets
// go of it between its batches, so that while a report is drawn from it
// the window's own reads still run.
func TestWalkLeavesTheConnection(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	datatest.FillLog(t, st.DB(), org, 3*walkBatch)
	n := 0
	err := st.EachRequestBetween(ctx, org, "2000-01-01", "2100-01-01", func(*LogEntry) error {
		n++
		if n%walkBatch != 1 {
			return nil
		}
		c, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		_, err := st.CountRequests(c, org, RequestFilter{Search: "ström"})
		return err
	})
	if err != nil || n != 3*walkBatch {
		t.Fatalf("a read during the walk: %v after %d requests", err, n)
	}
}
