package jobs

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestLogSearchResults: at 5,000 requests each filter's count and first
// page are those of the whole log filtered here, in Go, newest first.
func TestLogSearchResults(t *testing.T) {
	const n = 5000
	st, org := scaleLog(t, n)
	all, err := st.RequestsBetween(context.Background(), org, "0000-01-01", "9999-12-31")
	if err != nil || len(all) != n {
		t.Fatalf("%d entries: %v", len(all), err)
	}
	slices.Reverse(all) // newest received first, as the list
	s := NewLogSearch(st, org, 100)
	for _, c := range []struct {
		f     data.RequestFilter
		match func(e *data.LogEntry) bool
	}{
		{data.RequestFilter{}, func(*data.LogEntry) bool { return true }},
		{data.RequestFilter{Search: "MÄKI"}, func(e *data.LogEntry) bool { return strings.Contains(e.Requester.Name, "Mäki") }},
		{data.RequestFilter{Search: "2023-01"}, func(e *data.LogEntry) bool { return strings.HasPrefix(e.Ref, "2023-01") }},
		{data.RequestFilter{Search: "öhman", Status: data.StatusOpen}, func(e *data.LogEntry) bool {
			return strings.Contains(e.Requester.Name, "Öhman") && e.Open()
		}},
		{data.RequestFilter{Year: 2021, Right: data.RightErasure}, func(e *data.LogEntry) bool {
			return strings.HasPrefix(e.Received, "2021-") && slices.Contains(e.Rights, data.RightErasure)
		}},
		{data.RequestFilter{Search: "ei ketään"}, func(*data.LogEntry) bool { return false }},
	} {
		var want []string
		for i := range all {
			if c.match(&all[i]) {
				want = append(want, all[i].Ref)
			}
		}
		p, err := s.Start(c.f).Run()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range p.First {
			got = append(got, e.Ref)
		}
		if p.Total != len(want) || !slices.Equal(got, want[:min(100, len(want))]) || p.Filter != c.f {
			t.Errorf("%+v: %d requests, first %d; want %d", c.f, p.Total, len(got), len(want))
		}
	}
}

// TestLogSearchNewestWins: whatever order queries finish in, only the
// newest one started is current, and a query made stale before it runs
// reads nothing.
func TestLogSearchNewestWins(t *testing.T) {
	st, org := scaleLog(t, 300)
	for _, c := range []struct {
		name  string
		order []int // the queries "a", "ab", "abc" run in this order
	}{
		{"in order", []int{0, 1, 2}},
		{"the oldest last", []int{1, 2, 0}},
		{"newest first", []int{2, 1, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := NewLogSearch(st, org, 50)
			var qs []*LogQuery
			for _, text := range []string{"a", "ab", "abc"} {
				qs = append(qs, s.Start(data.RequestFilter{Search: text}))
			}
			for _, i := range c.order {
				_, err := qs[i].Run()
				stale := i < 2
				if qs[i].Current() == stale {
					t.Errorf("query %d: current %v", i, qs[i].Current())
				}
				if stale && !errors.Is(err, context.Canceled) || !stale && err != nil {
					t.Errorf("query %d ran with %v", i, err)
				}
			}
		})
	}
}
