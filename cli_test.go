package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf/pdftest"
)

// example is the path of the example company's answers file, written by
// TestMain from package datatest (the project's one copy).
var example string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "tsp-example-")
	if err != nil {
		panic(err)
	}
	example = filepath.Join(dir, "answers-example.json")
	if err := os.WriteFile(example, datatest.Example, 0o600); err != nil {
		panic(err)
	}
	backupExample = example
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// tsp runs the command line in-process and returns its exit code and output.
func tsp(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	bad := filepath.Join(dir, "bad.json")
	raw, _ := os.ReadFile(example)
	os.WriteFile(bad, bytes.Replace(bytes.Replace(raw, []byte("3312457-9"), []byte("3312457-8"), 1),
		[]byte(`"33100"`), []byte(`"3310"`), 1), 0o600)
	truncated := filepath.Join(dir, "cut.json")
	os.WriteFile(truncated, raw[:len(raw)/2], 0o600)
	notDB := filepath.Join(dir, "kuva.png")
	os.WriteFile(notDB, []byte("\x89PNG\r\n\x1a\nnot a database at all"), 0o600)
	half := filepath.Join(dir, "half.json")
	os.WriteFile(half, []byte(`{"format":"tietosuojapakki/answers","version":1,"organisation":{"name":"Kesken Oy"}}`), 0o600)

	cases := []struct {
		name    string
		args    []string
		code    int
		stdout  []string
		stderr  []string
		orgsNow int // organisations in db afterwards; -1: not checked
	}{
		{"help", []string{"help"}, 0, []string{"import", "export", "orgs", "check", "notice"}, nil, -1},
		{"unknown command", []string{"frobnicate"}, 2, nil, []string{"unknown command"}, -1},
		{"import needs a file", []string{"import", "--db", db}, 2, nil, []string{"täsmälleen yhden TIEDOSTON", "Usage"}, 0},
		{"import --help", []string{"import", "--help"}, 0, nil, []string{"Usage: tietosuojapakki import FILE"}, -1},
		{"bad file: every problem, nothing written", []string{"import", bad, "--db", db}, 1, nil,
			[]string{"2 virhettä", "organisation.business_id: Y-tunnuksen", "organisation.postal_code: Postinumerossa"}, 0},
		{"bad file in English", []string{"import", bad, "--db", db, "--lang", "en"}, 1, nil, []string{"2 problems", "postal code"}, 0},
		{"truncated file", []string{"import", truncated, "--db", db}, 1, nil, []string{"loppuu kesken"}, 0},
		{"missing file", []string{"import", filepath.Join(dir, "nope.json"), "--db", db}, 1, nil, []string{"Tiedostoa tai kansiota ei ole", "nope.json"}, 0},
		{"database that is not SQLite", []string{"orgs", "--db", notDB}, 1, nil, []string{"kuva.png", "ei ole Tietosuojapakin tietokanta"}, -1}, // the store words it (data.DBError)
		{"missing folder", []string{"orgs", "--db", filepath.Join(dir, "no", "x.db")}, 1, nil, []string{"ei ole"}, -1},
		{"mistyped database is not created", []string{"orgs", "--db", filepath.Join(dir, "typo.db")}, 1, nil, []string{"Tietokantaa", "typo.db", "ei ole"}, -1},
		{"import", []string{"import", example, "--db", db}, 0, []string{"1\tAjanvaraus Kivi Oy"}, nil, 1},
		{"flags after the file", []string{"import", "--db", db, half}, 0, []string{"2\tKesken Oy"}, nil, 2},
		{"orgs", []string{"orgs", "--db", db}, 0, []string{"1\tAjanvaraus Kivi Oy\n2\tKesken Oy"}, nil, 2},
		{"export needs --org with two", []string{"export", "--db", db}, 1, nil, []string{"--org"}, 2},
		{"export by name", []string{"export", "--db", db, "--org", "ajanvaraus kivi oy"}, 0, []string{`"business_id": "3312457-9"`, `"ref": "2026-002"`}, nil, 2},
		{"export unknown", []string{"export", "--db", db, "--org", "Ei Ole Oy"}, 1, nil, []string{"Organisaatiota ”Ei Ole Oy” ei löydy"}, 2},
		{"check complete", []string{"check", "--db", db, "--org", "1"}, 0, nil, nil, 2},
		{"check incomplete", []string{"check", "--db", db, "--org", "Kesken Oy"}, 1, []string{"Puuttuu", "13(1)(a)", "13(1)(c)"}, nil, 2}, // all of check's findings on stdout: "check > file" keeps them
		{"notice refused when incomplete", []string{"notice", "--db", db, "--org", "2", "--out", filepath.Join(dir, "k.pdf")}, 1, nil,
			[]string{"13(1)(c)", "--draft"}, 2},
		{"notice into a missing folder", []string{"notice", "--db", db, "--org", "1", "--out", filepath.Join(dir, "ei", "n.pdf")}, 1, nil, []string{"kansiota ei ole"}, 2},
		{"notice needs --out", []string{"notice", "--db", db, "--org", "1"}, 2, nil, []string{"--out"}, 2},
		{"notice bad format", []string{"notice", "--db", db, "--org", "1", "--out", "x", "--format", "docx"}, 2, nil, []string{"pdf or html"}, 2},
		{"notice unknown register", []string{"notice", "--db", db, "--org", "1", "--register", "Ei", "--out", filepath.Join(dir, "r.pdf")}, 1, nil, []string{"register"}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := tsp(t, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, out, errOut)
			}
			for _, w := range c.stdout {
				if !strings.Contains(out, w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.stderr {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if c.orgsNow >= 0 {
				_, out, _ := tsp(t, "orgs", "--db", db)
				if n := strings.Count(out, "\n"); n != c.orgsNow {
					t.Errorf("%d organisations afterwards, want %d", n, c.orgsNow)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "k.pdf")); err == nil {
		t.Error("a refused notice left a file")
	}
	if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
		t.Error("a read-only command created a database")
	}
}

func TestCLIRoundTrip(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	for _, path := range []string{example, "data/testdata/siivous-kirkas.json", "data/testdata/verkkokauppa-kuusi.json"} {
		name := filepath.Base(path)
		code, out, errOut := tsp(t, "import", path, "--db", db)
		if code != 0 {
			t.Fatal(errOut)
		}
		id := strings.Fields(out)[0]
		_, first, _ := tsp(t, "export", "--db", db, "--org", id)
		again := filepath.Join(dir, name)
		os.WriteFile(again, []byte(first), 0o600)
		_, out, _ = tsp(t, "import", again, "--db", db)
		_, second, _ := tsp(t, "export", "--db", db, "--org", strings.Fields(out)[0])
		if first != second || len(first) < 500 {
			t.Errorf("%s: export, import, export differ", name)
		}
	}
}

// The documents read back with the company's own facts.
func TestCLIDocuments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	tsp(t, "import", example, "--db", db)
	tsp(t, "import", "data/testdata/siivous-kirkas.json", "--db", db)
	cases := []struct {
		args []string
		file string
		want []string
	}{
		{[]string{"notice", "--org", "1"}, "seloste.pdf", []string{"Tietosuojaseloste", "Ajanvaraus Kivi Oy", "3312457-9", "Sanna Kivi",
			"Lintulahdenkuja 4", "Asiakasrekisteri", "Uutiskirjeen tilaajat", "Matomo", "Sivu 1 /"}},
		{[]string{"notice", "--org", "1", "--lang", "sv", "--register", "Uutiskirjeen tilaajat"}, "beskrivning.pdf", []string{"Dataskyddsbeskrivning", "Fågelviksgränden 4", "Nyhetsbrevets prenumeranter"}},
		{[]string{"notice", "--org", "Siivous Kirkas Tmi", "--lang", "en", "--draft"}, "notice.html", []string{`<html lang="en"`, "Kotisiivousasiakkaat", "29"}},
		{[]string{"terms", "--org", "1"}, "ehdot.pdf", []string{"Käsittelijäehdot", "Kivi-ajanvaraus", "48", "Tekstiviestivälittäjä Oy", "Pirkanmaan käräjäoikeus"}},
		{[]string{"practices", "--org", "1", "--lang", "en", "--format", "html"}, "practices.out", []string{"Kivi-ajanvaraus", "tuki@ajanvarauskivi.fi"}},
		{[]string{"terms", "--org", "Siivous Kirkas Tmi", "--draft"}, "draft.pdf", []string{"LUONNOS"}},
	}
	for _, c := range cases {
		out := filepath.Join(dir, c.file)
		code, _, errOut := tsp(t, append(c.args, "--db", db, "--out", out)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, errOut)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if bytes.HasPrefix(b, []byte("%PDF")) {
			text = pdftest.Normalize(pdftest.Text(t, b))
		}
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: %s lacks %q", c.args, c.file, w)
			}
		}
		if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v", c.file, fi.Mode())
		}
	}
	// Processor terms of a company that has none are refused without --draft.
	if code, _, errOut := tsp(t, "terms", "--org", "Siivous Kirkas Tmi", "--db", db, "--out", filepath.Join(dir, "x.pdf")); code != 1 || !strings.Contains(errOut, "28(3)") {
		t.Errorf("terms of a non-processor: exit %d %s", code, errOut)
	}
}

// The common flags may come before the command, as users write them:
// "--db t.db orgs" lists the organisations instead of opening the window.
func TestCommonFlagsBeforeTheCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if code, _, errOut := tsp(t, "--db", db, "import", example); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	for _, args := range [][]string{{"--db", db, "orgs"}, {"--lang", "sv", "--db", db, "orgs"}, {"--db=" + db, "orgs"}} {
		code, out, errOut := tsp(t, args...)
		if code != 0 || !strings.Contains(out, "Ajanvaraus Kivi Oy") {
			t.Errorf("%v: exit %d, %q, %s", args, code, out, errOut)
		}
		if opensWindow(args) {
			t.Errorf("%v opens the window", args)
		}
	}
	if !opensWindow([]string{"--db", db}) || !opensWindow([]string{"--db", "orgs"}) {
		t.Error("the window with only --db does not open")
	}
}

// The flag package's errors are worded in the user's language.
func TestFlagErrorsWorded(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"orgs", "--lang"}, "--lang: anna valitsimelle arvo"},
		{[]string{"orgs", "--nosuch"}, "--nosuch: tämä komento ei ota tätä valitsinta"},
		{[]string{"requests", "list", "--lang", "sv", "--year", "kymmenen"}, "värdet \"kymmenen\" duger inte"},
	}
	for _, c := range cases {
		code, _, errOut := tsp(t, c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Contains(errOut, "flag provided") || strings.Contains(errOut, "invalid value") ||
			strings.Count(errOut, "Usage:") > 1 {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errOut, c.want)
		}
	}
}

// The commands' fixed usage messages speak the user's language.
func TestUsageWorded(t *testing.T) {
	for lang, want := range map[string]string{"fi": "ei ota argumentteja", "sv": "tar inga argument", "en": "takes no arguments"} {
		code, _, errOut := tsp(t, "orgs", "extra", "--lang", lang)
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d, %q", lang, code, errOut)
		}
	}
}
