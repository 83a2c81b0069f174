package jobs

import (
	"context"
	"io"
	"runtime/metrics"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf"
)

// The request log's report at 100,000 requests (far above a small
// business, a stress): the time and the memory of the whole PDF, from the
// database to the bytes.
//
//	go test -run '^$' -bench RequestReport100k -benchtime 1x -benchmem ./jobs/
//
// peak-heap-MB is the largest heap (live objects and those not yet
// collected) seen while the report was made, sampled every 2 ms, less
// the heap before it; pdf-MB is the size of the file.
func BenchmarkRequestReport100k(b *testing.B) {
	st, _, _ := setup(b)
	ctx := context.Background()
	org, err := st.CreateOrganisation(ctx, "Iso Asiakaspalvelu Oy")
	if err != nil {
		b.Fatal(err)
	}
	datatest.FillLog(b, st.DB(), org, 100_000)
	from, to := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	base := heapNow()
	peak, stop := heapPeak()
	var size int64
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d, n, err := LogReport(ctx, st, org, from, to, "fi")
		if err != nil || n < 100_000 {
			b.Fatal(n, err)
		}
		w := &countWriter{}
		if err := pdf.WritePDF(w, d, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
		size = w.n
	}
	b.StopTimer()
	stop()
	b.ReportMetric(float64(*peak-min(*peak, base))/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(size)/(1<<20), "pdf-MB")
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countWriter)(nil)

// heapNow is the heap's objects now, in bytes (live and not yet collected).
func heapNow() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// heapPeak samples the heap (objects, live and not yet collected) every
// 2 ms until stop is called, keeping the highest value.
func heapPeak() (*uint64, func()) {
	peak := new(uint64)
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				*peak = max(*peak, heapNow())
			}
		}
	}()
	return peak, func() { close(done); <-finished }
}

// The CSV export of a log of 100,000 requests: Held reads every entry
// and then writes them (as the export did before), Streamed writes each
// as it is read (WriteLogCSV, as the window and the command line do).
//
//	go test -run '^$' -bench LogCSV100k -benchtime 2x -benchmem ./jobs/
func BenchmarkLogCSV100k(b *testing.B) {
	st, _, _ := setup(b)
	ctx := context.Background()
	org, err := st.CreateOrganisation(ctx, "Iso Asiakaspalvelu Oy")
	if err != nil {
		b.Fatal(err)
	}
	datatest.FillLog(b, st.DB(), org, 100_000)
	for _, c := range []struct {
		name  string
		write func(w io.Writer) error
	}{
		{"Held", func(w io.Writer) error {
			es, err := st.ListRequests(ctx, org, data.RequestFilter{})
			if err != nil {
				return err
			}
			return data.WriteRequestsCSV(w, es, "fi", st.Today())
		}},
		{"Streamed", func(w io.Writer) error { return WriteLogCSV(ctx, st, org, data.RequestFilter{}, "fi", w, nil) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			base := heapNow()
			peak, stop := heapPeak()
			b.ReportAllocs()
			for b.Loop() {
				if err := c.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			stop()
			b.ReportMetric(float64(*peak-min(*peak, base))/(1<<20), "peak-heap-MB")
		})
	}
}
