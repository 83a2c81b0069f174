package data

import (
	"errors"
	"slices"
	"testing"

	"tietosuojapakki/data/datatest"
)

// TestEachRequest: the walk one row at a time gives what the lists give,
// in the same order, for filters and periods.
func TestEachRequest(t *testing.T) {
	st, org := logStore(t, "2026-11-23")
	datatest.FillLog(t, st.DB(), org, 700)
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
	want, _ := st.RequestsBetween(ctx, org, "2020-01-01", "2021-12-31")
	stats := NewStatsBuilder(st.Today())
	var got []string
	st.EachRequestBetween(ctx, org, "2020-01-01", "2021-12-31", func(e *LogEntry) error {
		got = append(got, e.Ref)
		stats.Add(e)
		return nil
	})
	if len(want) == 0 || !slices.Equal(got, refs(want)) {
		t.Errorf("period: walked %d, listed %d", len(got), len(want))
	}
	if s, w := stats.Stats(), StatsOf(want, st.Today()); s.Total != w.Total || s.MedianDays != w.MedianDays || s.Open != w.Open || s.PerRight[RightAccess] != w.PerRight[RightAccess] {
		t.Errorf("stats one at a time %+v, of the list %+v", s, w)
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
