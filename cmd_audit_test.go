package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// corpus is the audit package's test corpus of old notices.
func corpus(name string) string { return filepath.Join("audit", "testdata", "corpus", name) }

// auditReport is the JSON the audit command prints.
type auditReport struct {
	Findings []struct {
		Code, Severity, Article, Message, Quote string
	} `json:"findings"`
	Answers data.File `json:"answers"`
}

func codes(r auditReport) map[string]string {
	m := map[string]string{}
	for _, f := range r.Findings {
		m[f.Code] = f.Severity
	}
	return m
}

// runNotice runs one of the notice commands with stdin.
func runNotice(f func([]string, io.Reader, io.Writer, io.Writer) int, stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := f(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestAuditCommand(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "ei-ole.pdf")
	old, _ := os.ReadFile(corpus("fi-kukkakauppa.txt"))
	cases := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string
		stderr string
	}{
		{"old Finnish notice blocks", []string{corpus("fi-kukkakauppa.txt")}, "", exitUser,
			[]string{"outdated_authority_address", "Lintulahdenkuja 4", "» Tietosuojavaltuutetun toimisto, Ratapihantie 9", "Kukkakauppa Ruusunen Oy"}, ""},
		{"flags after the file, Swedish", []string{corpus("sv-blomsterhandel.html"), "--lang", "sv"}, "", exitUser,
			[]string{"[HINDER] outdated_agency", "Myndigheten för digitalisering och befolkningsdata"}, ""},
		{"a good notice passes", []string{"--lang", "en", corpus("en-consulting.html")}, "", exitOK,
			[]string{"0 findings, 0 of which block", "Harbour Consulting Oy"}, ""},
		{"pasted text on stdin", []string{"-"}, string(old), exitUser, []string{"signed_request_demand"}, ""},
		{"no file", nil, "", exitUsage, nil, "needs exactly one FILE"},
		{"two files", []string{"a", "b"}, "", exitUsage, nil, "needs exactly one FILE"},
		{"bad format", []string{"--format", "xml", corpus("fi-kukkakauppa.txt")}, "", exitUsage, nil, "--format must be text or json"},
		{"bad language", []string{"--lang", "de", corpus("fi-kukkakauppa.txt")}, "", exitUsage, nil, "--lang must be fi, sv or en"},
		{"unknown flag", []string{"--xyz", corpus("fi-kukkakauppa.txt")}, "", exitUsage, nil, "flag provided but not defined"},
		{"missing file", []string{missing}, "", exitUser, nil, "ei-ole.pdf"},
		{"a folder is no FILE", []string{"--lang", "sv", "docs"}, "", exitUsage, nil, "är en mapp, inte en fil"},
		{"not a notice", []string{"--lang", "en", filepath.Join("assets", "icon.png")}, "", exitUser, nil, "plain text, HTML, PDF"},
		{"help", []string{"--help"}, "", exitOK, nil, "Usage: tietosuojapakki audit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runNotice(runAudit, c.stdin, c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, out, errOut)
			}
			for _, s := range c.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			if !strings.Contains(errOut, c.stderr) {
				t.Errorf("stderr lacks %q:\n%s", c.stderr, errOut)
			}
		})
	}
}

// TestAuditCommandJSON checks the JSON shape the issue asks for, through
// the command line's own dispatch.
func TestAuditCommandJSON(t *testing.T) {
	code, out, errOut := tsp(t, "audit", "--format", "json", "--lang", "en", corpus("en-webshop.pdf"))
	if code != exitUser {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r auditReport
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	got := codes(r)
	for code, sev := range map[string]string{
		"repealed_law": "block", "cookie_contradiction": "block", "transfer_contradiction": "block",
		"access_fee_or_limit": "block", "missing_complaint_right": "block", "dated_before_gdpr": "advice",
	} {
		if got[code] != sev {
			t.Errorf("finding %s: severity %q, want %q (all: %v)", code, got[code], sev, got)
		}
	}
	for _, f := range r.Findings {
		if f.Article == "" || f.Message == "" {
			t.Errorf("finding %s lacks article or message", f.Code)
		}
	}
	if o := r.Answers.Organisation; o.Name != "Northwind Crafts Oy" || o.BusinessID != "3145678-0" || o.City != "Turku" {
		t.Errorf("organisation read as %+v", o)
	}
	if r.Answers.Format != data.FileFormat || r.Answers.Version != data.FileVersion {
		t.Errorf("answers are not an answers file: %q %d", r.Answers.Format, r.Answers.Version)
	}
}

// TestAuditOwnNotice audits the notice this program makes of the example
// company, as PDF and as HTML: nothing may block, and the facts read back
// must be the company's own.
func TestAuditOwnNotice(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if code, _, errOut := tsp(t, "import", "--db", db, example); code != 0 {
		t.Fatal(errOut)
	}
	want, ps := data.ParseFile(bytes.NewReader(mustRead(t, example)))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	for _, format := range []string{"pdf", "html"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "seloste."+format)
			if code, _, errOut := tsp(t, "notice", "--db", db, "--format", format, "--out", out); code != 0 {
				t.Fatal(errOut)
			}
			code, js, errOut := tsp(t, "audit", "--format", "json", out)
			var r auditReport
			if err := json.Unmarshal([]byte(js), &r); err != nil {
				t.Fatalf("%v: %s", err, errOut)
			}
			if code != exitOK {
				t.Errorf("exit %d; findings: %+v", code, r.Findings)
			}
			got, w := r.Answers.Organisation, want.Organisation
			if got.Name != w.Name || got.BusinessID != w.BusinessID || got.Street != w.Street ||
				got.PostalCode != w.PostalCode || got.City != w.City || got.Email != w.Email || got.Phone != w.Phone ||
				got.Website != w.Website || got.PrivacyContact != w.PrivacyContact {
				t.Errorf("organisation read back as\n%+v\nwant\n%+v", got, w)
			}
			if len(r.Answers.Registers) != len(want.Registers) {
				t.Fatalf("%d registers read, want %d", len(r.Answers.Registers), len(want.Registers))
			}
			for i, reg := range r.Answers.Registers {
				if reg.Name != want.Registers[i].Name {
					t.Errorf("register %d named %q, want %q", i, reg.Name, want.Registers[i].Name)
				}
				if len(reg.DataCategories) != len(want.Registers[i].DataCategories) {
					t.Errorf("register %d: %d data categories, want %d", i, len(reg.DataCategories), len(want.Registers[i].DataCategories))
				}
				var gotBases, wantBases []data.LegalBasis
				for _, p := range reg.Purposes {
					gotBases = append(gotBases, p.LegalBasis)
				}
				for _, p := range want.Registers[i].Purposes {
					wantBases = append(wantBases, p.LegalBasis)
				}
				if fmt.Sprint(gotBases) != fmt.Sprint(wantBases) {
					t.Errorf("register %d: purposes read with bases %v, want %v", i, gotBases, wantBases)
				}
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestImportNotice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	// An organisation already there is never touched.
	if code, _, errOut := tsp(t, "import", "--db", db, example); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := tsp(t, "import-notice", corpus("fi-rakennus.pdf"), "--db", db)
	if code != exitOK || out != "2\tRakennuspalvelu Kallio Ky\n" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	// Again: a second new organisation, not an overwrite.
	if code, out, _ := tsp(t, "import-notice", "--db", db, corpus("fi-rakennus.pdf")); code != exitOK || !strings.HasPrefix(out, "3\t") {
		t.Fatalf("second import: exit %d, %q", code, out)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	first, err := st.Answers(t.Context(), 1)
	if err != nil || first.Organisation.Name != "Ajanvaraus Kivi Oy" {
		t.Fatalf("the first organisation changed: %v %+v", err, first.Organisation)
	}
	a, err := st.Answers(t.Context(), 2)
	if err != nil {
		t.Fatal(err)
	}
	o := a.Organisation
	// The notice's Y-tunnus has a wrong check digit: it is not taken.
	if o.BusinessID != "" || o.Street != "Teollisuustie 3" || o.PostalCode != "33960" || o.Email != "toimisto@kallio-rakennus.fi" ||
		o.PrivacyContact.Name != "Jari Kallio" {
		t.Errorf("organisation stored as %+v", o)
	}
	if len(a.Registers) != 1 || a.Registers[0].Name != "Asiakas- ja työmaarekisteri" || !a.Registers[0].PersonalIdentityCode {
		t.Errorf("registers stored as %+v", a.Registers)
	}
	// The audit's findings wait for the window's summary; the first
	// organisation has none.
	var codes []string
	for _, f := range jobs.AuditFindings(st, 2) {
		codes = append(codes, f.Code)
	}
	if !slices.Contains(codes, "outdated_agency") || len(jobs.AuditFindings(st, 1)) != 0 {
		t.Errorf("findings kept: %v (first organisation %v)", codes, jobs.AuditFindings(st, 1))
	}

	// No name in the text: a stand-in name that says so, and a word on stderr.
	code, out, errOut = runNotice(runImportNotice, "Tietoja säilytetään 2 vuotta.\n", "--db", db, "--lang", "en", "-")
	if code != exitOK || !strings.Contains(out, "Name missing (imported from -)") || !strings.Contains(errOut, "name was not found") {
		t.Errorf("nameless notice: exit %d, %q, %q", code, out, errOut)
	}
	if code, _, errOut := runNotice(runImportNotice, "", "--db", db); code != exitUsage || !strings.Contains(errOut, "FILE") {
		t.Errorf("no file: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runNotice(runImportNotice, "", "--db", db, "docs"); code != exitUsage || !strings.Contains(errOut, "on kansio, ei tiedosto") {
		t.Errorf("a folder: exit %d, %s", code, errOut)
	}
}
