package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"testing"

	"tietosuojapakki/pdf/doc"
)

// startxrefTarget returns what the startxref offset points at.
func startxrefTarget(t *testing.T, pdf []byte) []byte {
	t.Helper()
	i := bytes.LastIndex(pdf, []byte("startxref\n"))
	if i < 0 {
		t.Fatal("no startxref")
	}
	rest := pdf[i+len("startxref\n"):]
	off, err := strconv.Atoi(string(rest[:bytes.IndexByte(rest, '\n')]))
	if err != nil || off >= len(pdf) {
		t.Fatalf("bad startxref: %v", err)
	}
	return pdf[off:min(off+4, len(pdf))]
}

func TestWithLang(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePDF(&buf, &doc.Document{Title: "x"}, fixed); err != nil {
		t.Fatal(err)
	}
	plain := buf.Bytes() // Lang "" leaves the file as gofpdf wrote it
	if bytes.Contains(plain, []byte("/Lang")) {
		t.Fatal("a document without a language got /Lang")
	}
	for _, tc := range []struct {
		lang string
		want bool
	}{
		{"fi", true}, {"sv-FI", true}, {"", false}, {"fi) /Evil (x", false}, {"ä", false},
	} {
		out := withLang(plain, tc.lang)
		has := bytes.Contains(out, []byte(fmt.Sprintf("/Lang (%s)", tc.lang)))
		if has != tc.want {
			t.Errorf("withLang(%q): /Lang present = %v, want %v", tc.lang, has, tc.want)
		}
		if got := startxrefTarget(t, out); string(got) != "xref" {
			t.Errorf("withLang(%q): startxref points at %q, want xref", tc.lang, got)
		}
	}
	// A file of another shape is returned as it is.
	odd := []byte("%PDF-1.4\nno catalog here\n")
	if got := withLang(odd, "fi"); !bytes.Equal(got, odd) {
		t.Error("withLang changed a file without a catalog")
	}
}
