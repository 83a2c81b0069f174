package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/pdftest"
)

// logDB is a temporary database with one organisation.
func logDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "log.db")
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.CreateOrganisation(context.Background(), "Testi Oy"); err != nil {
		t.Fatal(err)
	}
	return path
}

// dumpDB is every row of the log, to check that a refused command wrote
// nothing.
func dumpDB(t *testing.T, path string) string {
	t.Helper()
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var b strings.Builder
	for _, q := range []string{"SELECT * FROM requests ORDER BY id", "SELECT * FROM request_events ORDER BY id"} {
		rows, err := st.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			rows.Scan(ptrs...)
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

type cliRun struct {
	name  string
	today string // TIETOSUOJAPAKKI_TODAY; "" for 2026-11-23
	args  []string
	stdin string
	code  int
	out   []string // each must be in stdout
	err   []string // each must be in stderr
	// unchanged: the database must be the same after the run.
	unchanged bool
	check     func(t *testing.T, stdout string)
}

func TestRequestsCommand(t *testing.T) {
	db := logDB(t)
	dir := t.TempDir()
	report := filepath.Join(dir, "loki.pdf")
	jsonOf := func(t *testing.T, out string) map[string]map[string]any {
		var list []map[string]any
		if err := json.Unmarshal([]byte(out), &list); err != nil {
			t.Fatalf("json: %v\n%s", err, out)
		}
		m := map[string]map[string]any{}
		for _, e := range list {
			m[e["ref"].(string)] = e
		}
		return m
	}
	runs := []cliRun{
		{name: "add 31.1.", args: []string{"add", "--received", "2026-01-31", "--right", "access", "--name", "Matti Meikäläinen",
			"--contact", "matti@example.fi", "--channel", "email", "--register", "Asiakasrekisteri"}, out: []string{"2026-001\n"}},
		{name: "add 3.3. in Finnish form", args: []string{"add", "--received", "3.3.2026", "--right", "erasure", "--right", "objection",
			"--name", "Liisa Virtanen", "--channel", "letter"}, out: []string{"2026-002\n"}},
		{name: "add 30.9.", args: []string{"add", "--received", "2026-09-30", "--right", "portability", "--name", "Pekka"}, out: []string{"2026-003\n"}},
		{name: "add 1.2. on 20.2.", today: "2026-02-20", args: []string{"add", "--received", "2026-02-01", "--right", "access", "--name", "Anna"},
			out: []string{"2026-004\n"}},
		{name: "extend 1.2. on 20.2.", today: "2026-02-20", args: []string{"extend", "2026-004", "--told", "2026-02-20", "--reason", "Monta järjestelmää"},
			out: []string{"2026-004", "4.5.2026"}},
		{name: "due dates of the worked examples", args: []string{"list", "--format", "json"}, check: func(t *testing.T, out string) {
			m := jsonOf(t, out)
			for ref, due := range map[string]string{"2026-001": "2026-03-02", "2026-002": "2026-04-07", "2026-003": "2026-10-30", "2026-004": "2026-05-04"} {
				if m[ref]["due"] != due {
					t.Errorf("%s due %v, want %s", ref, m[ref]["due"], due)
				}
			}
			if m["2026-003"]["state"] != "overdue" || m["2026-003"]["days_left"] != -24.0 || m["2026-003"]["status"] != "open" {
				t.Errorf("2026-003: %v", m["2026-003"])
			}
		}},
		// Told within the first month and recorded later is fine
		// (requests_extend_rules_test.go); the reasons are required.
		{name: "extend without its reasons", args: []string{"extend", "2026-001", "--told", "2026-02-10"}, code: 1,
			err: []string{"Kirjoita jatkamisen syy"}, unchanged: true},
		{name: "told after the first month", today: "2026-10-05", args: []string{"extend", "2026-003", "--told", "2026-11-01"}, code: 1,
			err: []string{"viimeistään 30.10.2026"}, unchanged: true},
		{name: "received in the future", args: []string{"add", "--received", "2026-11-24", "--right", "access", "--name", "X"}, code: 1,
			err: []string{"Saapumispäivä ei voi olla tulevaisuudessa."}, unchanged: true},
		{name: "received in the future, English", args: []string{"add", "--lang", "en", "--received", "2026-11-24", "--right", "access", "--name", "X"}, code: 1,
			err: []string{"The received date cannot be in the future."}, unchanged: true},
		{name: "received before the GDPR, Swedish", args: []string{"add", "--lang", "sv", "--received", "2018-05-24", "--right", "access", "--name", "X"}, code: 1,
			err: []string{"25.5.2018"}, unchanged: true},
		{name: "unknown right", args: []string{"add", "--received", "2026-11-01", "--right", "forgetting", "--name", "X"}, code: 1,
			err: []string{"Tuntematon oikeus forgetting"}, unchanged: true},
		{name: "answer before receipt", args: []string{"answer", "2026-002", "--on", "2026-03-01", "--outcome", "x"}, code: 1,
			err: []string{"ennen saapumispäivää 3.3.2026"}, unchanged: true},
		{name: "answer in the future", args: []string{"answer", "2026-002", "--on", "2026-12-01", "--outcome", "x"}, code: 1,
			err: []string{"tulevaisuudessa"}, unchanged: true},
		{name: "unknown reference", args: []string{"answer", "2026-999", "--on", "2026-11-01", "--outcome", "x"}, code: 1,
			err: []string{"Pyyntöä 2026-999 ei ole lokissa."}, unchanged: true},
		{name: "unknown reference, English", args: []string{"show", "--lang", "en", "2025-001"}, code: 1,
			err: []string{"There is no request 2025-001 in the log."}, unchanged: true},
		{name: "answer", args: []string{"answer", "2026-002", "--on", "2026-03-20", "--outcome", "Tiedot poistettu"}, out: []string{"2026-002\tVastattu"}},
		{name: "refuse", args: []string{"answer", "2026-003", "--on", "2026-10-10", "--outcome", "Kirjanpito säilytetään", "--refused", "legal_retention"},
			out: []string{"2026-003\tKieltäydytty"}},
		{name: "verify", args: []string{"verify", "2026-001", "--on", "2.2.2026", "--method", "Soitto rekisterin numeroon"}, out: []string{"2026-001"}},
		{name: "note", args: []string{"note", "2026-001", "--text", "Asiakas soitti"}, out: []string{"2026-001"}},
		{name: "show", args: []string{"show", "2026-001"}, out: []string{"Matti Meikäläinen", "Soitto rekisterin numeroon", "2.3.2026",
			"Merkintä: Asiakas soitti", "Henkilöllisyys varmistettu 2.2.2026", "Pyyntö kirjattu lokiin (2026-001)"}},
		{name: "list json", args: []string{"list", "--format", "json"}, check: func(t *testing.T, out string) {
			m := jsonOf(t, out)
			if m["2026-002"]["status"] != "answered" || m["2026-002"]["days_taken"] != 17.0 || m["2026-002"]["state"] != "closed" {
				t.Errorf("2026-002: %v", m["2026-002"])
			}
			if _, ok := m["2026-002"]["days_left"]; ok {
				t.Error("days_left on a closed entry")
			}
			if m["2026-003"]["status"] != "refused" {
				t.Errorf("2026-003: %v", m["2026-003"])
			}
		}},
		{name: "list filtered", args: []string{"list", "--status", "open", "--right", "access"}, out: []string{"2026-001", "2026-004", "pv myöhässä"},
			check: func(t *testing.T, out string) {
				if strings.Contains(out, "2026-002") {
					t.Error("an answered entry in the open list")
				}
			}},
		{name: "list csv", args: []string{"list", "--format", "csv", "--search", "liisa"}, out: []string{"\ufeffViite;Saapunut;", `"=""2026-002""";3.3.2026;Kirje;Liisa Virtanen`}},
		{name: "report", args: []string{"report", "--from", "2026-01-01", "--to", "31.12.2026", "--out", report}, out: []string{report}},
		{name: "report with bad dates", args: []string{"report", "--from", "2026-12-31", "--to", "2026-01-01", "--out", report}, code: 1, unchanged: true},
		{name: "purge: nothing expired", args: []string{"purge"}, out: []string{"Ei poistettavaa", "36"}, unchanged: true},
		{name: "unknown sub-command", args: []string{"forget"}, code: 2, err: []string{"tuntematon alikomento"}},
		{name: "flag of another sub-command", args: []string{"add", "--told", "2026-01-01"}, code: 2, err: []string{"--told"}},
		{name: "show without REF", args: []string{"show"}, code: 2},
		{name: "bad today", today: "tomorrow", args: []string{"list"}, code: 1, err: []string{envToday}},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			today := r.today
			if today == "" {
				today = "2026-11-23"
			}
			t.Setenv(envToday, today)
			before := dumpDB(t, db)
			var stdout, stderr bytes.Buffer
			args := append([]string{"requests"}, r.args...)
			args = append(args, "--db", db)
			code := run(args, strings.NewReader(r.stdin), &stdout, &stderr)
			if code != r.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, r.code, stdout.String(), stderr.String())
			}
			for _, w := range r.out {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, stdout.String())
				}
			}
			for _, w := range r.err {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if r.unchanged && dumpDB(t, db) != before {
				t.Error("the database changed")
			}
			if r.check != nil {
				r.check(t, stdout.String())
			}
		})
	}
	fi, err := os.Stat(report)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v", fi.Mode().Perm())
	}
	raw, _ := os.ReadFile(report)
	text := pdftest.Normalize(pdftest.Text(t, raw))
	for _, w := range []string{"Pyyntöloki", "Testi Oy", "Pyyntöjä yhteensä 4", "Avoinna 2", "Vastattu 1", "Kieltäydytty 1",
		"Määräaikaa jatkettu 1", "Vastausajan mediaani 13,5 päivää", "2026-001", "2026-002", "2026-003", "2026-004", "Matti Meikäläinen"} {
		if !strings.Contains(text, w) {
			t.Errorf("report lacks %q:\n%s", w, text)
		}
	}
}

func TestRequestsPurgeAsksFirst(t *testing.T) {
	db := logDB(t)
	t.Setenv(envToday, "2022-01-10")
	steps := [][]string{
		{"add", "--received", "2022-01-03", "--right", "erasure", "--name", "Vanha Asiakas"},
		{"answer", "2022-001", "--on", "2022-01-05", "--outcome", "Poistettu"},
	}
	for _, s := range steps {
		var out, errOut bytes.Buffer
		if code := run(append(append([]string{"requests"}, s...), "--db", db), nil, &out, &errOut); code != 0 {
			t.Fatalf("%v: %d %s", s, code, errOut.String())
		}
	}
	t.Setenv(envToday, "2026-11-23")
	for _, c := range []struct {
		args  []string
		stdin string
		want  string
	}{
		{[]string{"purge"}, "e\n", "Mitään ei poistettu."},
		{[]string{"purge"}, "", "Mitään ei poistettu."},
		{[]string{"purge"}, "k\n", "Poistettu: 1"},
		{[]string{"purge", "--yes"}, "", "Ei poistettavaa"},
	} {
		var out, errOut bytes.Buffer
		code := run(append(append([]string{"requests"}, c.args...), "--db", db), strings.NewReader(c.stdin), &out, &errOut)
		if code != 0 || !strings.Contains(out.String(), c.want) {
			t.Errorf("%v %q: exit %d, %q, want %q", c.args, c.stdin, code, out.String(), c.want)
		}
	}
	var out, errOut bytes.Buffer
	run([]string{"requests", "show", "2022-001", "--db", db}, nil, &out, &errOut)
	if strings.Contains(out.String(), "Vanha Asiakas") || !strings.Contains(out.String(), "poistettu säilytysajan päätyttyä") {
		t.Errorf("after purge:\n%s", out.String())
	}
}
