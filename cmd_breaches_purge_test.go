package main

import (
	"bytes"
	"strings"
	"testing"
)

// breaches purge asks first, purges only after yes, and the purged text
// is no longer shown.
func TestBreachesPurgeAsksFirst(t *testing.T) {
	db := logDB(t)
	t.Setenv("LANG", "fi_FI.UTF-8")
	t.Setenv(envNow, "2020-01-10T12:00:00+02:00")
	steps := [][]string{
		{"add", "--aware", "2020-01-09T10:00", "--description", "Vanha Vuoto Asiakaslistasta"},
		{"assess", "2020-B01", "--risk", "none", "--reasons", "salattu"},
		{"close", "2020-B01"},
	}
	for _, s := range steps {
		var out, errOut bytes.Buffer
		if code := run(append(append([]string{"breaches"}, s...), "--db", db), nil, &out, &errOut); code != 0 {
			t.Fatalf("%v: %d %s", s, code, errOut.String())
		}
	}
	for _, c := range []struct {
		now, stdin string
		args       []string
		want       string
	}{
		{"2024-01-10T12:00:00+02:00", "k\n", []string{"purge"}, "Ei poistettavaa"}, // within 60 months
		{"2026-11-30T12:00:00+02:00", "e\n", []string{"purge"}, "Mitään ei poistettu."},
		{"2026-11-30T12:00:00+02:00", "", []string{"purge"}, "Mitään ei poistettu."},
		{"2026-11-30T12:00:00+02:00", "k\n", []string{"purge"}, "Poistettu: 1"},
		{"2026-11-30T12:00:00+02:00", "", []string{"purge", "--yes"}, "Ei poistettavaa"},
	} {
		t.Setenv(envNow, c.now)
		var out, errOut bytes.Buffer
		code := run(append(append([]string{"breaches"}, c.args...), "--db", db), strings.NewReader(c.stdin), &out, &errOut)
		if code != 0 || !strings.Contains(out.String(), c.want) {
			t.Errorf("%s %v %q: exit %d, %q %s, want %q", c.now, c.args, c.stdin, code, out.String(), errOut.String(), c.want)
		}
	}
	var out, errOut bytes.Buffer
	run([]string{"breaches", "show", "2020-B01", "--db", db}, nil, &out, &errOut)
	if strings.Contains(out.String(), "Vanha Vuoto") || !strings.Contains(out.String(), "2020-B01") || !strings.Contains(out.String(), "poistettu") {
		t.Errorf("after purge:\n%s", out.String())
	}
}
