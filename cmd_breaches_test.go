package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/pdf/pdftest"
)

// The breach log through the command line: the worked 72-hour examples
// across both daylight-saving changes, the hours that do not exist or
// exist twice refused in Finnish, and a breach followed to its closing.
func TestBreachesCommand(t *testing.T) {
	db := logDB(t)
	report := filepath.Join(t.TempDir(), "loukkaukset.pdf")
	dueOf := func(t *testing.T, out string) map[string]map[string]any {
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
	runs := []struct {
		name  string
		now   string // TIETOSUOJAPAKKI_NOW
		args  []string
		code  int
		out   []string
		err   []string
		check func(t *testing.T, out string)
	}{
		{name: "aware Saturday before summer time", now: "2026-03-29T10:00:00+03:00",
			args: []string{"add", "--aware", "2026-03-28T20:00", "--description", "Kannettava varastettiin junasta", "--subjects-count", "120"},
			out:  []string{"2026-B01\n"}},
		{name: "aware Saturday before winter time", now: "2026-10-25T10:00:00+02:00",
			args: []string{"add", "--aware", "2026-10-24T20:00", "--occurred", "24.10.2026 18:00", "--description", "Sähköposti väärälle vastaanottajalle"},
			out:  []string{"2026-B02\n"}},
		{name: "an hour skipped is refused", now: "2026-03-29T10:00:00+03:00",
			args: []string{"add", "--aware", "2026-03-29T03:30", "--description", "x"}, code: 1,
			err: []string{"ei ole Suomen aikaa", "kelloja siirrettiin"}},
		{name: "an hour repeated is refused", now: "2026-10-25T10:00:00+02:00",
			args: []string{"add", "--aware", "2026-10-25T03:30", "--description", "x"}, code: 1,
			err: []string{"esiintyy kahdesti", "+03:00"}},
		{name: "an hour repeated with its offset", now: "2026-10-25T10:00:00+02:00",
			args: []string{"add", "--aware", "2026-10-25T03:30+02:00", "--description", "Palvelin kaatui"}, out: []string{"2026-B03\n"}},
		{name: "just before midnight of New Year's Eve", now: "2027-01-01T08:00:00+02:00",
			args: []string{"add", "--aware", "2026-12-31T23:59", "--description", "Lasku väärään osoitteeseen"}, out: []string{"2026-B04\n"}},
		{name: "in the future", now: "2026-03-29T10:00:00+03:00",
			args: []string{"add", "--aware", "2026-04-29T10:00", "--description", "x"}, code: 1, err: []string{"tulevaisuudessa"}},
		{name: "no awareness", args: []string{"add", "--description", "x"}, code: 2, err: []string{"--aware"}},
		{name: "due times in JSON", now: "2026-03-30T21:00:00+03:00", args: []string{"list", "--format", "json"}, check: func(t *testing.T, out string) {
			m := dueOf(t, out)
			for ref, want := range map[string][2]string{
				"2026-B01": {"2026-03-28T20:00:00+02:00", "2026-03-31T21:00:00+03:00"},
				"2026-B02": {"2026-10-24T20:00:00+03:00", "2026-10-27T19:00:00+02:00"},
				"2026-B03": {"2026-10-25T03:30:00+02:00", "2026-10-28T03:30:00+02:00"},
				"2026-B04": {"2026-12-31T23:59:00+02:00", "2027-01-03T23:59:00+02:00"},
			} {
				if m[ref]["aware"] != want[0] || m[ref]["due"] != want[1] {
					t.Errorf("%s: aware %v due %v, want %v", ref, m[ref]["aware"], m[ref]["due"], want)
				}
			}
			// 24 hours before its due time, B01 is open with 1440 minutes left.
			if m["2026-B01"]["state"] != "open" || m["2026-B01"]["minutes_left"] != 1440.0 {
				t.Errorf("B01: %v", m["2026-B01"])
			}
		}},
		{name: "text list counts down", now: "2026-03-31T20:30:00+03:00", args: []string{"list", "--lang", "fi"},
			out: []string{"2026-B01", "31.3.2026 21.00 (+03:00)", "0 h 30 min", "27.10.2026 19.00 (+02:00)"}},
		{name: "past the 72 hours", now: "2026-04-01T09:00:00+03:00", args: []string{"list", "--format", "json"}, check: func(t *testing.T, out string) {
			if b := dueOf(t, out)["2026-B01"]; b["state"] != "notice_late" || b["minutes_left"] != -720.0 {
				t.Errorf("B01: %v", b)
			}
		}},
		{name: "assess", now: "2026-03-30T10:00:00+03:00", args: []string{"assess", "2026-B01", "--risk", "high", "--reasons", "Salaamaton levy, terveystietoja"},
			out: []string{"2026-B01"}},
		{name: "assess without reasons", args: []string{"assess", "2026-B02", "--risk", "none"}, code: 1, err: []string{"perustelut"}},
		{name: "close before notifying", now: "2026-03-30T11:00:00+03:00", args: []string{"close", "2026-B01"}, code: 1, err: []string{"ilmoita"}},
		{name: "notify late without reasons", now: "2026-04-02T12:00:00+03:00", args: []string{"notify", "2026-B01", "--at", "2026-04-02T11:00", "--case", "TSV/123/2026"},
			code: 1, err: []string{"yli 72 tuntia"}},
		{name: "notify in time", now: "2026-03-30T12:00:00+03:00", args: []string{"notify", "2026-B01", "--at", "2026-03-30T11:00", "--case", "TSV/123/2026"},
			out: []string{"2026-B01\tIlmoitettu"}},
		{name: "inform", now: "2026-03-30T13:00:00+03:00", args: []string{"inform", "2026-B01", "--at", "2026-03-30T12:30", "--how", "Sähköposti jokaiselle"},
			out: []string{"2026-B01"}},
		{name: "inform: how or not, not both", args: []string{"inform", "2026-B02", "--how", "x", "--not-reason", "y"}, code: 2},
		{name: "controller told", now: "2026-03-30T14:00:00+03:00", args: []string{"controller-told", "2026-B01", "--at", "2026-03-29T09:15"},
			out: []string{"2026-B01"}},
		{name: "controller told before awareness", args: []string{"controller-told", "2026-B02", "--at", "2026-10-24T19:00"}, code: 1,
			err: []string{"ennen"}},
		{name: "note", now: "2026-03-30T15:00:00+03:00", args: []string{"note", "2026-B01", "--text", "Levy löytyi löytötavaroista"}, out: []string{"2026-B01"}},
		{name: "empty note", args: []string{"note", "2026-B01", "--text", " "}, code: 1, err: []string{"Kirjoita merkintä"}},
		{name: "close", now: "2026-03-31T10:00:00+03:00", args: []string{"close", "2026-B01"}, out: []string{"2026-B01\tSuljettu"}},
		{name: "show", now: "2026-03-31T10:00:00+03:00", args: []string{"show", "2026-B01", "--lang", "en"},
			out: []string{"Kannettava varastettiin junasta", "TSV/123/2026", "Sähköposti jokaiselle", "31.3.2026 21.00 (+03:00)", "State: Closed",
				"29.3.2026 09.15 (+03:00)", "Levy löytyi löytötavaroista"}},
		{name: "show unknown", args: []string{"show", "2026-B99"}, code: 1, err: []string{"2026-B99"}},
		{name: "report", now: "2027-01-02T10:00:00+02:00", args: []string{"report", "--from", "2026-01-01", "--to", "2026-12-31", "--out", report},
			out: []string{report + "\t4"}},
		{name: "a bad NOW", now: "tomorrow", args: []string{"list"}, code: 1, err: []string{envNow}},
		{name: "a flag of another sub-command", args: []string{"list", "--risk", "high"}, code: 2, err: []string{"--risk"}},
		{name: "unknown sub-command", args: []string{"delete"}, code: 2},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			now := r.now
			if now == "" {
				now = "2026-11-23T12:00:00+02:00"
			}
			t.Setenv(envNow, now)
			t.Setenv("LANG", "fi_FI.UTF-8")
			code, out, errOut := tsp(t, append([]string{"breaches", "--db", db}, r.args...)...)
			if code != r.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, r.code, out, errOut)
			}
			for _, w := range r.out {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range r.err {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if r.check != nil {
				r.check(t, out)
			}
		})
	}
	raw, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	text := pdftest.Normalize(pdftest.Text(t, raw))
	for _, w := range []string{"2026-B01", "2026-B04", "TSV/123/2026", "31.3.2026 21.00 (+03:00)", "27.10.2026 19.00 (+02:00)"} {
		if !strings.Contains(text, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
}
