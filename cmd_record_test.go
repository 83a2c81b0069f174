package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/pdf/pdftest"
)

// The record of processing through the command line, read back: the
// controller's items of art. 30(1)(a)–(g) and the processor's of
// 30(2)(a)–(d) in the PDF, one CSV row per register, a draft for a company
// whose answers have gaps.
func TestRecordCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if code, _, errOut := tsp(t, "import", example, "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	half := filepath.Join(dir, "half.json")
	os.WriteFile(half, []byte(`{"format":"tietosuojapakki/answers","version":1,"organisation":{"name":"Kesken Oy"}}`), 0o600)
	if code, _, errOut := tsp(t, "import", half, "--db", db); code != 0 {
		t.Fatal(errOut)
	}
	cases := []struct {
		name string
		args []string
		file string
		code int
		want []string
		err  []string
	}{
		{"controller fi", []string{"--org", "1"}, "seloste.pdf", 0, []string{"Ajanvaraus Kivi Oy", "3312457-9",
			"30(1)(a)", "Sanna Kivi", "30(1)(b)", "Kirjanpito ja verotus", "30(1)(c)", "Asiakasyritysten yhteyshenkilöt",
			"Sähköpostiosoite ja puhelinnumero", "30(1)(d)", "Perintätoimisto", "30(1)(e)", "Yhdysvallat", "Data Privacy Framework",
			"30(1)(f)", "6 vuotta tilikauden päättymisestä", "30(1)(g)", "Salattu tallennus", "Uutiskirjeen tilaajat", "30 artiklan 5 kohta"}, nil},
		{"processor en", []string{"--org", "1", "--processor", "--lang", "en"}, "processor.pdf", 0,
			[]string{"Ajanvaraus Kivi Oy", "Kivi-ajanvaraus",
				"30(2)(a)", "30(2)(b)", "30(2)(c)", "30(2)(d)", "3312457-9"}, nil},
		{"html by name", []string{"--org", "1", "--lang", "sv"}, "register.html", 0, []string{`<html lang="sv"`, "Ajanvaraus Kivi Oy"}, nil},
		{"csv", []string{"--org", "1", "--format", "csv"}, "seloste.csv", 0, []string{"Asiakasrekisteri", "Uutiskirjeen tilaajat"}, nil},
		{"csv of the processor refused", []string{"--org", "1", "--processor"}, "p.csv", 2, nil, []string{"--processor"}},
		{"gaps refused", []string{"--org", "2"}, "tyhja.pdf", 1, nil, []string{"--draft"}},
		{"gaps as a draft", []string{"--org", "2", "--draft"}, "luonnos.pdf", 0, []string{"LUONNOS"}, nil},
		{"over the database", []string{"--org", "1"}, "t.db", 1, nil, []string{"tietokanta"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("LANG", "fi_FI.UTF-8")
			out := filepath.Join(dir, c.file)
			code, _, errOut := tsp(t, append([]string{"record", "--db", db, "--out", out}, c.args...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut)
			}
			for _, w := range c.err {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q: %s", w, errOut)
				}
			}
			if c.code != 0 {
				if _, err := os.Stat(out); err == nil && c.file != "t.db" {
					t.Errorf("%s was written", out)
				}
				return
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			switch {
			case bytes.HasPrefix(b, []byte("%PDF")):
				text = pdftest.Normalize(pdftest.Text(t, b))
			case strings.HasSuffix(out, ".csv"):
				r := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff")))
				r.Comma = ';'
				recs, err := r.ReadAll()
				if err != nil || len(recs) != 3 {
					t.Fatalf("%d rows: %v", len(recs), err)
				}
				text = recs[1][0] + "\n" + recs[2][0]
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("%s lacks %q", c.file, w)
				}
			}
		})
	}
}
