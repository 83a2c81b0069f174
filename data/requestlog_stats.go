package data

import (
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
	st := LogStats{PerRight: map[Right]int{}}
	var days []int
	for i := range entries {
		e := &entries[i]
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
		t := e.TimingOn(today)
		switch e.Status {
		case StatusOpen:
			st.Open++
			if t.DaysLeft < 0 {
				st.OverdueOpen++
			}
			continue
		case StatusRefused:
			st.Refused++
		default:
			st.Answered++
		}
		st.Closed++
		days = append(days, t.DaysTaken)
		if t.Late {
			st.AnsweredLate++
		}
	}
	st.MedianDays = median(days)
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
