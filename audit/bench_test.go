package audit

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

// tenPagePDF draws the Finnish sources of the corpus over and over until
// the PDF has ten pages, with the fonts the program's own notices use.
func tenPagePDF(tb testing.TB) (pdf []byte, copies int) {
	tb.Helper()
	var lines []string
	for _, name := range []string{"fi-rakennus.txt", "sv-bokforing.txt", "en-webshop.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "src", name))
		if err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	var all []string
	for len(all) < 10*48 { // about 48 lines of 11 pt a page
		all = append(all, lines...)
		copies++
	}
	b, err := makePDFUnicode(all)
	if err != nil {
		tb.Fatal(err)
	}
	return b, copies
}

// BenchmarkAuditPDF10Pages is the target: a 10-page PDF notice
// audited (text extracted, rules run, answers read) in under a second.
func BenchmarkAuditPDF10Pages(b *testing.B) {
	pdf, _ := tenPagePDF(b)
	b.SetBytes(int64(len(pdf)))
	b.ResetTimer()
	for b.Loop() {
		text, err := Extract("notice.pdf", pdf)
		if err != nil {
			b.Fatal(err)
		}
		Audit(text, "fi")
	}
}

// TestTenPagePDF checks that the benchmark's input has ten pages or more
// and that all of its text reads back.
func TestTenPagePDF(t *testing.T) {
	b, copies := tenPagePDF(t)
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if r.NumPage() < 10 {
		t.Errorf("%d pages, want 10 or more", r.NumPage())
	}
	text, err := Extract("notice.pdf", b)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text, "Rakennuspalvelu Kallio Ky"); n != copies {
		t.Errorf("the text read back has %d copies of the notice, want %d", n, copies)
	}
	if !Audit(text, "fi").Blocks() {
		t.Error("the faults of the copies were not found")
	}
}
