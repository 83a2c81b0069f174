package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuietUnderEveryLocale runs headless commands in a fresh process (this
// test binary, which initialises the same packages in the same order as
// the program) under each common locale setting, and asserts that stderr
// stays empty: no Fyne locale error from package initialisation, nothing
// but the command's own output on stdout.
func TestQuietUnderEveryLocale(t *testing.T) {
	db := filepath.Join(t.TempDir(), "quiet.db")
	if code, _, stderr := tsp(t, "import", example, "--db", db); code != exitOK {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	locales := []string{"", "C", "C.UTF-8", "POSIX", "fi_FI.UTF-8", "sv_FI.UTF-8", "en_US.UTF-8", "fi_FI@euro"}
	commands := []struct {
		args   []string
		stdout string // a piece of the expected output
	}{
		{[]string{"help"}, "Tietosuojapakki"},
		{[]string{"orgs", "--db", db}, "Ajanvaraus Kivi Oy"},
	}
	for _, loc := range locales {
		for _, c := range commands {
			t.Run(loc+"/"+c.args[0], func(t *testing.T) {
				cmd := exec.Command(os.Args[0], "-test.run=^TestQuietChild$", "-test.count=1")
				cmd.Env = localeEnv(loc)
				cmd.Env = append(cmd.Env, "TSP_QUIET_CHILD="+strings.Join(c.args, "\x1f"))
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("%v: %v\nstderr: %s", c.args, err, stderr.String())
				}
				if stderr.Len() > 0 {
					t.Errorf("LANG=%q %v: stderr is not empty:\n%s", loc, c.args, stderr.String())
				}
				if !strings.Contains(stdout.String(), c.stdout) {
					t.Errorf("LANG=%q %v: stdout lacks %q:\n%s", loc, c.args, c.stdout, stdout.String())
				}
			})
		}
	}
}

// localeEnv is this process's environment without any locale variable,
// then LANG=loc unless loc is "" (no locale at all).
func localeEnv(loc string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name == "LANG" || name == "LANGUAGE" || strings.HasPrefix(name, "LC_") {
			continue
		}
		env = append(env, kv)
	}
	if loc != "" {
		env = append(env, "LANG="+loc)
	}
	return env
}

// TestQuietChild is the program run by TestQuietUnderEveryLocale: it runs
// the command line given in TSP_QUIET_CHILD with the real streams and
// exits with its status, before the test framework prints anything.
func TestQuietChild(t *testing.T) {
	args := os.Getenv("TSP_QUIET_CHILD")
	if args == "" {
		t.Skip("the quiet test's child; runs only when started by TestQuietUnderEveryLocale")
	}
	code := run(strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr)
	os.RemoveAll(filepath.Dir(example)) // TestMain's folder: os.Exit skips its clean-up
	os.Exit(code)
}
