package pdf

import (
	"bytes"
	"strconv"
)

// withLang adds the document language (/Lang) to the PDF catalog, which
// gofpdf cannot set, so that screen readers and PDF/UA checkers know the
// language. gofpdf writes the catalog as the last object, followed only by
// the cross-reference table, so inserting into it moves nothing but the
// table: only the startxref offset changes. When the file does not have the
// expected shape it is returned unchanged.
func withLang(pdf []byte, lang string) []byte {
	if !validLang(lang) {
		return pdf
	}
	const (
		catalog = "/Type /Catalog\n"
		xref    = "\nstartxref\n"
	)
	at := bytes.LastIndex(pdf, []byte(catalog))
	sx := bytes.LastIndex(pdf, []byte(xref))
	if at < 0 || sx < at || bytes.Count(pdf, []byte(catalog)) != 1 {
		return pdf
	}
	numStart := sx + len(xref)
	numEnd := bytes.IndexByte(pdf[numStart:], '\n')
	if numEnd < 0 {
		return pdf
	}
	numEnd += numStart
	off, err := strconv.Atoi(string(pdf[numStart:numEnd]))
	if err != nil || off < at || !bytes.HasPrefix(pdf[off:], []byte("xref")) {
		return pdf
	}
	entry := "/Lang (" + lang + ")\n"
	out := make([]byte, 0, len(pdf)+len(entry)+4)
	out = append(out, pdf[:at+len(catalog)]...)
	out = append(out, entry...)
	out = append(out, pdf[at+len(catalog):numStart]...)
	out = strconv.AppendInt(out, int64(off+len(entry)), 10)
	out = append(out, pdf[numEnd:]...)
	return out
}

// validLang accepts BCP 47-like tags ("fi", "sv-FI"): letters, digits and
// hyphens, so nothing can break out of the PDF string.
func validLang(lang string) bool {
	if lang == "" || len(lang) > 35 {
		return false
	}
	for _, c := range lang {
		if !(c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
