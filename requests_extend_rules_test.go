package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRequestsExtendToldDate: `requests extend --told` accepts an extension
// the requester was told of within the first month though it is recorded
// months later, refuses one told after the first month, and one without
// its reasons (art. 12(3)), in the user's language.
func TestRequestsExtendToldDate(t *testing.T) {
	db := logDB(t)
	t.Setenv(envToday, "2026-11-23")
	for _, r := range []struct {
		name   string
		args   []string
		code   int
		out    string
		err    string
		dbSame bool
	}{
		{"add 1.10.", []string{"add", "--received", "2026-10-01", "--right", "access", "--name", "Maija"}, 0, "2026-001", "", false},
		{"no reason", []string{"extend", "2026-001", "--told", "2026-10-20"}, 1, "", "Kirjoita jatkamisen syy", true},
		{"no reason, English", []string{"extend", "2026-001", "--told", "2026-10-20", "--lang", "en"}, 1, "", "Write the reason for the extension", true},
		{"told after the first month", []string{"extend", "2026-001", "--told", "2026-11-03", "--reason", "Monta järjestelmää"}, 1, "", "viimeistään 2.11.2026", true},
		{"told in time, recorded later", []string{"extend", "2026-001", "--told", "2026-10-20", "--reason", "Monta järjestelmää"}, 0, "4.1.2027", "", false},
	} {
		t.Run(r.name, func(t *testing.T) {
			before := dumpDB(t, db)
			var stdout, stderr bytes.Buffer
			code := run(append(append([]string{"requests"}, r.args...), "--db", db), strings.NewReader(""), &stdout, &stderr)
			if code != r.code || !strings.Contains(stdout.String(), r.out) || !strings.Contains(stderr.String(), r.err) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, r.code, stdout.String(), stderr.String())
			}
			if r.dbSame && dumpDB(t, db) != before {
				t.Error("the database changed")
			}
		})
	}
}
