//go:build windows

package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/windows"

	"tietosuojapakki/jobs"
)

// TestRedirected: a file or pipe the parent gave us is kept (a headless
// command's "> out.txt" must still work); no handle, or an invalid one, is
// replaced by the attached console.
func TestRedirected(t *testing.T) {
	// Not t.TempDir: its clean-up fails under Wine 8 (os.RemoveAll uses a
	// file-disposition call Wine lacks), and this test runs there in CI.
	f, err := os.CreateTemp("", "tsp-redirected-*.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(f.Name())
	defer f.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	cases := []struct {
		name string
		h    windows.Handle
		want bool
	}{
		{"file", windows.Handle(f.Fd()), true},
		{"pipe", windows.Handle(w.Fd()), true},
		{"none", 0, false},
		{"invalid", windows.InvalidHandle, false},
	}
	for _, c := range cases {
		if got := redirected(c.h); got != c.want {
			t.Errorf("%s: redirected = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSystemLocale: Windows names the user's locale as a language tag
// whose language userLang can read ("fi-FI", "sv-FI", "en-US").
func TestSystemLocale(t *testing.T) {
	loc := systemLocale()
	if len(loc) < 2 || !('a' <= loc[0] && loc[0] <= 'z') || (len(loc) > 2 && loc[2] != '-') {
		t.Errorf("systemLocale() = %q, want a tag such as fi-FI", loc)
	}
}

// TestNoInput: a command reading standard input where the parent gave
// none is told so in the user's words, through the chain of errors the
// commands word (jobs.ErrorText).
func TestNoInput(t *testing.T) {
	_, err := noInput{}.Read(make([]byte, 8))
	for lang, want := range map[string]string{"fi": "Vakiosyötettä ei ole", "sv": "ingen standardinmatning", "en": "no standard input"} {
		if got := jobs.ErrorText(fmt.Errorf("audit: %w", err), lang); !strings.Contains(got, want) {
			t.Errorf("%s: %q", lang, got)
		}
	}
}
