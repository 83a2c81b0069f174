package pdftest

import (
	"html"
	"regexp"
	"strconv"
	"testing"
)

// Word is one word of a PDF as pdftotext -bbox places it: its page (from
// 0) and its box in points from the page's top left corner.
type Word struct {
	Page     int
	X, Y, X2 float64
	Y2       float64
	Text     string
}

var (
	pageRe = regexp.MustCompile(`<page `)
	wordRe = regexp.MustCompile(`<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// Words lists the words of a PDF with their positions (pdftotext -bbox);
// same skip/fatal rule as Text. Tests use it to check layout: what shares
// a page, what stands level.
func Words(t testing.TB, pdf []byte) []Word {
	t.Helper()
	out := string(run(t, "pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{in}", "-"))
	var ws []Word
	page := -1
	for _, m := range wordRe.FindAllStringSubmatch(out, -1) {
		if pageRe.MatchString(m[0]) {
			page++
			continue
		}
		f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
		ws = append(ws, Word{Page: page, X: f(m[1]), Y: f(m[2]), X2: f(m[3]), Y2: f(m[4]), Text: html.UnescapeString(m[5])})
	}
	return ws
}
