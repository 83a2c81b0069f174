// Package pdftest reads generated PDFs back for tests: their text and page
// count, through poppler's pdftotext and pdfinfo. Tests then assert on what a
// reader would see instead of on drawing calls.
package pdftest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Text extracts the text of a PDF with pdftotext (reading order, UTF-8).
// When pdftotext is missing the test is skipped, except on CI (CI=true),
// where poppler-utils is installed and a missing tool is a failure.
func Text(t testing.TB, pdf []byte) string {
	t.Helper()
	return string(run(t, "pdftotext", pdf, "-enc", "UTF-8", "{in}", "-"))
}

// Pages returns the page count reported by pdfinfo; same skip/fatal rule as
// Text.
func Pages(t testing.TB, pdf []byte) int {
	t.Helper()
	info := Info(t, pdf)
	n, err := strconv.Atoi(info["Pages"])
	if err != nil {
		t.Fatalf("pdfinfo: no page count in %v", info)
	}
	return n
}

// Info returns pdfinfo's key/value lines (Title, Author, Pages …); same
// skip/fatal rule as Text.
func Info(t testing.TB, pdf []byte) map[string]string {
	t.Helper()
	out := run(t, "pdfinfo", pdf, "-enc", "UTF-8", "{in}")
	info := make(map[string]string)
	for _, line := range strings.Split(string(out), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info
}

// Normalize collapses every run of whitespace to one space and trims the
// ends, so that a phrase wrapped over several lines can be found.
func Normalize(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// run writes pdf to a temporary file, substitutes its path for "{in}" in
// args and returns the tool's standard output. Anything the tool writes to
// standard error (syntax errors in the PDF) fails the test.
func run(t testing.TB, tool string, pdf []byte, args ...string) []byte {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found (install poppler-utils): %v", tool, err)
		}
		t.Skipf("%s not found; install poppler-utils", tool)
	}
	in := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	for i, a := range args {
		if a == "{in}" {
			args[i] = in
		}
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(tool, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v: %s", tool, err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Fatalf("%s complained about the PDF: %s", tool, stderr.String())
	}
	return stdout.Bytes()
}
