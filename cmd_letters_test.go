package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/pdf/pdftest"
)

// A letter through the command line: read back from the PDF, HTML and
// plain text, and its event in the request's history; a letter the log
// does not support yet is refused and recorded nowhere.
func TestRequestsLetter(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if code, _, errOut := tsp(t, "import", example, "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	t.Setenv(envToday, "2026-11-23")
	t.Setenv("LANG", "fi_FI.UTF-8")
	cases := []struct {
		name string
		args []string
		file string
		code int
		want []string
		// before is a requests command run first (the log's change the
		// letter tells of).
		before []string
	}{
		{"answer fi pdf", []string{"2026-001", "--kind", "answer"}, "vastaus.pdf", 0, []string{"2026-001", "Matti Meikäläinen", "Ajanvaraus Kivi Oy"}, nil},
		{"ack sv html", []string{"2026-002", "--kind", "ack", "--lang", "sv"}, "brev.html", 0, []string{`lang="sv"`, "2026-002", "Liisa Virtanen"}, nil},
		{"ack en text", []string{"2026-002", "--kind", "ack", "--lang", "en", "--format", "text"}, "letter.txt", 0, []string{"2026-002", "Liisa Virtanen"}, nil},
		{"refusal of a request not refused", []string{"2026-002", "--kind", "refusal"}, "epaaminen.pdf", 1, nil, nil},
		{"extension not in the log", []string{"2026-002", "--kind", "extension"}, "jatko.pdf", 1, nil, nil},
		{"extension en pdf", []string{"2026-002", "--kind", "extension", "--lang", "en"}, "extension.pdf", 0,
			[]string{"2026-002", "Several systems must be searched", "12(3)"},
			[]string{"extend", "2026-002", "--told", "2026-11-23", "--reason", "Several systems must be searched"}},
		{"refusal sv pdf", []string{"2026-002", "--kind", "refusal", "--lang", "sv"}, "avslag.pdf", 0,
			[]string{"2026-002", "Kivi", "Dataombudsman"},
			[]string{"answer", "2026-002", "--on", "2026-11-23", "--outcome", "Begäran avslogs", "--refused", "legal_retention", "--details", "Bokföringslagen kräver att fakturorna sparas"}},
		{"unknown kind", []string{"2026-002", "--kind", "kiitos"}, "x.pdf", 1, nil, nil},
		{"unknown request", []string{"2026-099", "--kind", "ack"}, "y.pdf", 1, nil, nil},
		{"no out", []string{"2026-002", "--kind", "ack"}, "", 2, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.before != nil {
				if code, _, errOut := tsp(t, append([]string{"requests", "--db", db}, c.before...)...); code != 0 {
					t.Fatalf("%v: %s", c.before, errOut)
				}
			}
			args := append([]string{"requests", "letter", "--db", db}, c.args...)
			out := filepath.Join(dir, c.file)
			if c.file != "" {
				args = append(args, "--out", out)
			}
			code, _, errOut := tsp(t, args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut)
			}
			if c.code != 0 {
				if _, err := os.Stat(out); c.file != "" && err == nil {
					t.Errorf("%s was written", out)
				}
				return
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if strings.HasSuffix(out, ".pdf") {
				text = pdftest.Normalize(pdftest.Text(t, b))
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s lacks %q:\n%s", c.file, w, text)
				}
			}
		})
	}
	// The history records each letter made: answer for 2026-001, two
	// acknowledgements for 2026-002, nothing for the refused ones.
	for ref, want := range map[string][]string{"2026-001": {"answer"}, "2026-002": {"ack", "ack", "extension", "refusal"}} {
		_, out, _ := tsp(t, "requests", "show", ref, "--format", "json", "--db", db)
		var e struct {
			History []struct{ Kind, New, Note string }
		}
		if err := json.Unmarshal([]byte(out), &e); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range e.History {
			if ev.Kind == "letter" {
				got = append(got, ev.New)
			}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s letters in the history %v, want %v", ref, got, want)
		}
	}
}
