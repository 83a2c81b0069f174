// Package datatest holds the test fixtures every room shares: the example
// company of the design (a fictional booking-platform vendor, Ajanvaraus
// Kivi Oy) as an answers file. It is the project's one copy of that file,
// so that a fresh clone tests on its own, with nothing beside it.
//
// It imports nothing of ours but the leaf data/duedate, so that the tests
// of package data can use it. FillLog fills a request log at scale.
package datatest

import (
	_ "embed"
	"os"
	"path/filepath"
	"testing"
)

// Example is the example company's answers file in the portable JSON
// format (UTF-8), exactly as a user would import it: answers typed in
// Finnish, with their Swedish and English translations (format version 2).
//
//go:embed answers-example.json
var Example []byte

// WriteExample writes the example answers file into the test's own
// temporary folder and returns its path, for tests that need a file on
// disk (the command line, file dialogs).
func WriteExample(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "answers-example.json")
	if err := os.WriteFile(path, Example, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
