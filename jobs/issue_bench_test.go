package jobs

import (
	"bytes"
	"context"
	"testing"
)

// Target: the two-register notice of the example company as PDF in under
// 100 ms and 50 MB, the file under 200 KB. Composing and drawing are both
// measured; issuing the version is a database read after the first run.
func BenchmarkNoticePDF(b *testing.B) {
	st, id, _ := setup(b)
	ctx := context.Background()
	var size int
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d, err := Make(ctx, st, id, Request{Kind: Notice, Lang: "fi"})
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Render(&buf, d, "pdf"); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KB/file")
}
