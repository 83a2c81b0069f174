package data

import (
	"maps"
	"slices"
	"time"
)

// LogStats sums up a set of requests for the report and the screen.
type LogStats struct {
	Total    int
	Open     int
	Answered int
	Refused  int
	Extended int
	Purged   int // entries whose personal data has been removed; still counted
	// PerRight counts the requests that use each right; a request using
	// two rights counts under both.
	PerRight map[Right]int
	// Closed is Answered+Refused; MedianDays is the median of their days
	// from receipt to answer (0 when Closed is 0).
	Closed     int
	MedianDays float64
	// OverdueOpen are open requests past their due date today;
	// AnsweredLate are closed ones answered after their due date.
	OverdueOpen  int
	AnsweredLate int
}

// Overdue is every request that missed its deadline: still open past it, or
// answered after it.
func (s LogStats) Overdue() int { return s.OverdueOpen + s.AnsweredLate }

// StatsOf computes the statistics of entries seen on today.
func StatsOf(entries []LogEntry, today time.Time) LogStats {
	b := NewStatsBuilder(today)
	for i := range entries {
		b.Add(&entries[i])
	}
	return b.Stats()
}

// StatsBuilder sums up requests one at a time, for a report that reads
// the log row by row (Store.EachRequestBetween) instead of holding it.
// It keeps one int per closed request, for the median.
type StatsBuilder struct {
	today time.Time
	st    LogStats
	days  []int
}

// NewStatsBuilder starts the statistics of requests seen on today.
func NewStatsBuilder(today time.Time) *StatsBuilder {
	return &StatsBuilder{today: today, st: LogStats{PerRight: map[Right]int{}}}
}

// Add counts one request.
func (b *StatsBuilder) Add(e *LogEntry) {
	st := &b.st
	st.Total++
	if e.Purged {
		st.Purged++
	}
	if e.Extended {
		st.Extended++
	}
	for _, r := range e.Rights {
		st.PerRight[r]++
	}
	t := e.TimingOn(b.today)
	switch e.Status {
	case StatusOpen:
		st.Open++
		if t.DaysLeft < 0 {
			st.OverdueOpen++
		}
		return
	case StatusRefused:
		st.Refused++
	default:
		st.Answered++
	}
	st.Closed++
	b.days = append(b.days, t.DaysTaken)
	if t.Late {
		st.AnsweredLate++
	}
}

// Stats is the statistics of the requests added so far.
func (b *StatsBuilder) Stats() LogStats {
	st := b.st
	st.PerRight = maps.Clone(b.st.PerRight)
	st.MedianDays = median(slices.Clone(b.days))
	return st
}

func median(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return float64(xs[n/2])
	}
	return float64(xs[n/2-1]+xs[n/2]) / 2
}
