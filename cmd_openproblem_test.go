//go:build !nogui

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/ui"
)

// TestWindowOpenProblemsShown: when the window's database cannot be
// opened (a folder, a database of a newer version), the user who started
// the program from its icon is told in a window, in Finnish, what is
// wrong, not only on stderr. (A file without SQLite's header is set aside
// as damaged by jobs.Start, and the window opens on a new database.)
func TestWindowOpenProblemsShown(t *testing.T) {
	t.Setenv("LANG", "fi_FI.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	type shown struct {
		lang, path string
		err        error
	}
	var got []shown
	showOpenProblem = func(l, path string, err error) { got = append(got, shown{l, path, err}) }
	t.Cleanup(func() { showOpenProblem = ui.ShowOpenProblem })

	cases := []struct {
		name string
		make func(t *testing.T, dir string) string
		want string // in the Finnish message
	}{
		{"folder", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "kansio")
			os.Mkdir(p, 0o700)
			return p
		}, "on kansio, ei tietokantatiedosto"},
		{"newer version", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "uusi.db")
			st, err := data.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.DB().Exec("PRAGMA user_version = 9999"); err != nil {
				t.Fatal(err)
			}
			st.Close()
			return p
		}, "uudemmalla versiolla"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got = nil
			path := c.make(t, t.TempDir())
			code, _, stderr := bcli(t, "--db", path)
			if code != exitUser {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			if len(got) != 1 {
				t.Fatalf("the problem was shown %d times; stderr %q", len(got), stderr)
			}
			if got[0].lang != "fi" || got[0].path != path {
				t.Errorf("shown in %q for %q", got[0].lang, got[0].path)
			}
			if msg := ui.OpenProblemMessage(got[0].lang, got[0].path, got[0].err); !strings.Contains(msg, c.want) {
				t.Errorf("message %q, want %q", msg, c.want)
			}
		})
	}
}
