package jobs

import (
	"context"
	"sync"
	"time"

	"tietosuojapakki/data"
)

// LogPage is what the request log's list shows for one filter: how many
// requests match and the first of them, newest received first.
type LogPage struct {
	Filter data.RequestFilter // the filter, Limit and Offset aside
	Total  int
	First  []data.LogEntry // at most the page size asked for
	Today  time.Time       // the store's day the page was read on
}

// LogSearch runs the filters of the request log's list for the window, one
// at a time with the newest winning: a query started makes every older one
// stale, and an older one still reading is cancelled. Start runs on the UI
// goroutine; Run on any goroutine (the count of a name search over 100,000
// requests reads every row); Current tells, back on the UI goroutine,
// whether a result may still be shown, so that a late result of an older
// query never replaces a newer one.
type LogSearch struct {
	st       *data.Store
	org      int64
	pageSize int

	mu     sync.Mutex
	seq    uint64
	cancel context.CancelFunc
}

// NewLogSearch is the search of org's log in st, reading pageSize
// requests of each result at once.
func NewLogSearch(st *data.Store, org int64, pageSize int) *LogSearch {
	return &LogSearch{st: st, org: org, pageSize: pageSize}
}

// LogQuery is one started query of a LogSearch.
type LogQuery struct {
	s   *LogSearch
	seq uint64
	ctx context.Context
	f   data.RequestFilter
}

// Start begins the query of f (its Limit and Offset are ignored),
// cancelling the one before it.
func (s *LogSearch) Start(f data.RequestFilter) *LogQuery {
	f.Limit, f.Offset = 0, 0
	ctx, cancel := context.WithCancel(context.Background())
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
	s.seq++
	s.cancel = cancel
	return &LogQuery{s: s, seq: s.seq, ctx: ctx, f: f}
}

// Current reports whether q is the newest query started.
func (q *LogQuery) Current() bool {
	q.s.mu.Lock()
	defer q.s.mu.Unlock()
	return q.seq == q.s.seq
}

// Run counts the requests of the query and reads the first page of them.
// A query made stale before or while it runs ends with context.Canceled.
func (q *LogQuery) Run() (LogPage, error) {
	s := q.s
	p := LogPage{Filter: q.f, Today: s.st.Today()}
	if err := q.ctx.Err(); err != nil {
		return p, err
	}
	n, err := s.st.CountRequests(q.ctx, s.org, q.f)
	if err != nil {
		return p, err
	}
	f := q.f
	f.Limit = s.pageSize
	first, err := s.st.ListRequests(q.ctx, s.org, f)
	if err != nil {
		return p, err
	}
	p.Total, p.First = n, first
	return p, nil
}
