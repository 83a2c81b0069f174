package terms

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf/doc"
)

// exampleName stands for the example company of package datatest.
const exampleName = "example"

var langs = []string{"fi", "sv", "en"}

// examples are the answer files every content test runs on: the shared
// example company and our own invoicing vendor.
var examples = []string{
	exampleName,
	"testdata/laskuri-pro.json",
}

// fixedDate keeps dates in the documents reproducible.
var fixedDate = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func load(t *testing.T, path string) *data.Answers {
	t.Helper()
	b := datatest.Example
	if path != exampleName {
		var err error
		if b, err = os.ReadFile(path); err != nil {
			t.Fatal(err)
		}
	}
	var f data.File
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &f.Answers
}

// loadExample is the shared example company.
func loadExample(t *testing.T) *data.Answers { return load(t, examples[0]) }

func compose(a *data.Answers, lang string) *doc.Document {
	return Compose(a, Options{Lang: lang, Date: fixedDate})
}

// sectionText is the plain text of the top-level section numbered n, or
// whose title starts with n (annexes).
func sectionText(t *testing.T, d *doc.Document, n string) string {
	t.Helper()
	for _, s := range d.Sections {
		if s.Number == n || (s.Number == "" && n != "" && strings.HasPrefix(s.Title, n)) {
			one := &doc.Document{Sections: []doc.Section{s}}
			return one.PlainText()
		}
	}
	t.Fatalf("no section %q", n)
	return ""
}

// annexTitle is the title prefix of annex n in lang ("Liite 4.").
func annexTitle(lang string, n int) string {
	return strings.SplitAfter(fmt.Sprintf(textsFor(lang).Annex, n, ""), ".")[0]
}

// blocks returns every block of d, depth first.
func blocks(d *doc.Document) []doc.Block {
	var out []doc.Block
	var walk func([]doc.Section)
	walk = func(ss []doc.Section) {
		for _, s := range ss {
			out = append(out, s.Blocks...)
			walk(s.Subsections)
		}
	}
	out = append(out, d.Intro...)
	walk(d.Sections)
	return out
}

// annexTable returns the first table of annex n.
func annexTable(t *testing.T, d *doc.Document, n int) doc.Table {
	t.Helper()
	prefix := annexTitle(d.Lang, n)
	for _, s := range d.Sections {
		if !strings.HasPrefix(s.Title, prefix) {
			continue
		}
		for _, b := range blocks(&doc.Document{Sections: []doc.Section{s}}) {
			if tb, ok := b.(doc.Table); ok {
				return tb
			}
		}
	}
	t.Fatalf("%s: no table in annex %d", d.Lang, n)
	return doc.Table{}
}

func hasSignature(d *doc.Document) bool {
	for _, b := range blocks(d) {
		if _, ok := b.(doc.Signature); ok {
			return true
		}
	}
	return false
}

func mustContain(t *testing.T, text, want, what string) {
	t.Helper()
	if strings.TrimSpace(want) == "" {
		t.Fatalf("%s: empty expectation", what)
	}
	if !strings.Contains(text, want) {
		t.Errorf("%s: missing %q", what, want)
	}
}
