package pdf

import (
	"bytes"
	"testing"
)

// BenchmarkWritePDF renders a document the size of a two-register privacy
// notice (about eight pages of mixed blocks) and reports the file size.
// Targets: under 100 ms, under 50 MB allocated, file under 200 KB.
func BenchmarkWritePDF(b *testing.B) {
	d := longDoc(10)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WritePDF(&buf, d, fixed); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
}

func BenchmarkWriteHTML(b *testing.B) {
	d := longDoc(10)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteHTML(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
}
