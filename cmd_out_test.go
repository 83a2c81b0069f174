package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/pdftest"
)

// outDB is a database with the example company and one request, its
// automatic backup and an older copy beside it.
func outDB(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "tsp.db")
	if code, _, stderr := tsp(t, "import", example, "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := tsp(t, "requests", "add", "--db", db, "--received", "2026-01-05", "--right", "access", "--name", "Matti"); code != 0 {
		t.Fatal(stderr)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AutoBackup(st.Now()); err != nil {
		t.Fatal(err)
	}
	if err := st.BackupFile(filepath.Join(dir, "vanha.db")); err != nil {
		t.Fatal(err)
	}
	st.Close()
	os.WriteFile(db+"-wal", nil, 0o600)
	os.WriteFile(db+"-shm", nil, 0o600)
	os.WriteFile(data.LockPath(db), nil, 0o600)
	os.Mkdir(filepath.Join(dir, "kansio"), 0o700)
	os.Symlink(db, filepath.Join(dir, "linkki.pdf"))
	return dir, db
}

// Every command that writes a file checks the path before anything is
// written: the database, its companions, the backups and any database
// are refused with a plain message, a folder is named as one, and "-" is
// standard output.
func TestOutputPathsOfEveryWritingCommand(t *testing.T) {
	dir, db := outDB(t)
	have, _ := data.Backups(db)
	if len(have) == 0 {
		t.Fatal("no automatic backup")
	}
	writers := map[string][]string{
		"notice":           {"notice", "--org", "1"},
		"terms":            {"terms", "--org", "1"},
		"practices":        {"practices", "--org", "1"},
		"export":           {"export", "--org", "1"},
		"requests list":    {"requests", "list", "--format", "csv"},
		"requests report":  {"requests", "report", "--from", "2026-01-01", "--to", "2026-12-31"},
		"requests summary": {"requests", "summary", "2026-001"},
	}
	refused := []struct {
		name, path, want string
	}{
		{"the database", db, "ohjelman oma tietokanta"},
		{"its -wal", db + "-wal", "ohjelman oma tietokanta"},
		{"its -shm", db + "-shm", "ohjelman oma tietokanta"},
		{"its lock", data.LockPath(db), "ohjelman oma tietokanta"},
		{"a link to it", filepath.Join(dir, "linkki.pdf"), "ohjelman oma tietokanta"},
		{"an automatic backup", have[0].Path, "varmuuskopioiden kansiossa"},
		{"a new file in backups", filepath.Join(data.BackupDir(db), "x.pdf"), "varmuuskopioiden kansiossa"},
		{"another database", filepath.Join(dir, "vanha.db"), "on tietokanta"},
		{"a folder", filepath.Join(dir, "kansio"), "on kansio"},
	}
	before := dirFiles(t, dir)
	for name, args := range writers {
		for _, r := range refused {
			t.Run(name+"/"+r.name, func(t *testing.T) { wantRefused(t, append(args, "--db", db, "--out", r.path), r.want) })
		}
		t.Run(name+"/stdout", func(t *testing.T) {
			code, stdout, stderr := tsp(t, append(args, "--db", db, "--out", "-")...)
			if code != 0 || len(stdout) < 100 {
				t.Errorf("exit %d, %d bytes: %s", code, len(stdout), stderr)
			}
		})
		t.Run(name+"/a new file", func(t *testing.T) { wantPrivateFile(t, append(args, "--db", db)) })
	}
	sameBesideDB(t, db, before, dirFiles(t, dir))
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error("a file named - was written")
	}
	// The backup command refuses the same places.
	if code, _, stderr := tsp(t, "backup", "--db", db, "--out", filepath.Join(dir, "kansio")); code != exitUser || !strings.Contains(stderr, "on kansio") {
		t.Errorf("backup into a folder: %d %s", code, stderr)
	}
	if st, err := data.Open(db); err != nil {
		t.Fatalf("the database: %v", err)
	} else {
		st.Close()
	}
}

// wantRefused runs a command that must refuse its --out with want.
func wantRefused(t *testing.T, args []string, want string) {
	t.Helper()
	code, _, stderr := tsp(t, args...)
	if code != exitUser || !strings.Contains(stderr, want) || strings.Contains(stderr, ".tietosuojapakki-out") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}

// wantPrivateFile runs a command with --out a new file, which must be
// written with mode 0600.
func wantPrivateFile(t *testing.T, args []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "tulos")
	if code, _, stderr := tsp(t, append(args, "--out", out)...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("%v %v", fi, err)
	}
}

// sameBesideDB checks that no file beside the database changed (the
// document versions live inside the database, so it may differ).
func sameBesideDB(t *testing.T, db string, before, after map[string]string) {
	t.Helper()
	for p, b := range before {
		if p == db || strings.HasPrefix(p, db+"-") || filepath.Base(p) == "linkki.pdf" {
			continue
		}
		if after[p] != b {
			t.Errorf("%s changed", p)
		}
	}
}

// export --out writes the file privately; without --out (or with -) the
// JSON goes to standard output.
func TestExportOut(t *testing.T) {
	_, db := outDB(t)
	out := filepath.Join(t.TempDir(), "kivi.json")
	if code, stdout, stderr := tsp(t, "export", "--db", db, "--out", out); code != 0 || stdout != "" {
		t.Fatalf("%d %q %s", code, stdout, stderr)
	}
	_, viaStdout, _ := tsp(t, "export", "--db", db)
	b, _ := os.ReadFile(out)
	if string(b) != viaStdout || !strings.Contains(viaStdout, "Ajanvaraus Kivi Oy") {
		t.Error("the file and standard output differ")
	}
	if code, _, stderr := tsp(t, "import", out, "--db", db); code != 0 {
		t.Errorf("the exported file does not import: %s", stderr)
	}
}

// A Finnish-only company gets a Finnish notice from the command line under
// an English system language, as from the window; messages stay in the
// system's language, and --lang still chooses.
func TestDocumentLanguageIsTheCompanys(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	tsp(t, "import", "data/testdata/siivous-kirkas.json", "--db", db)
	t.Setenv("LANG", "en_US.UTF-8")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "Tietosuojaseloste"},
		{[]string{"--lang", "sv", "--draft"}, "Dataskyddsbeskrivning"}, // its texts are not in Swedish yet
	} {
		out := filepath.Join(dir, "seloste.pdf")
		code, _, stderr := tsp(t, append([]string{"notice", "--db", db, "--out", out}, c.args...)...)
		if code != 0 {
			t.Fatalf("%v: %s", c.args, stderr)
		}
		raw, _ := os.ReadFile(out)
		if text := pdftest.Text(t, raw); !strings.Contains(text, c.want) {
			t.Errorf("%v: the notice is not %q:\n%.300s", c.args, c.want, text)
		}
	}
	// Not wholly in Swedish yet: only a draft, as in the window.
	if code, _, stderr := tsp(t, "notice", "--db", db, "--lang", "sv", "--out", filepath.Join(dir, "x.pdf")); code != exitUser || !strings.Contains(stderr, "12(1)") {
		t.Errorf("a Swedish notice with Finnish texts was issued: %d %s", code, stderr)
	}
	if _, _, stderr := tsp(t, "notice", "--db", db); !strings.Contains(stderr, "--out FILE is needed") {
		t.Errorf("messages: %s", stderr)
	}
	if code, _, stderr := tsp(t, "orgs", "--db", filepath.Join(dir, "ei.db")); code != exitUser || strings.Contains(stderr, "Tietokantaa") {
		t.Errorf("an English system got %s", stderr)
	}
}

// Each requests sub-command has its own flags: its --help shows those
// only, and a flag of another sub-command is refused by name.
func TestRequestsSubcommandHelp(t *testing.T) {
	code, stdout, stderr := tsp(t, "requests", "add", "--help")
	help := stdout + stderr
	if code != 0 || !strings.Contains(help, "tietosuojapakki requests add") {
		t.Fatalf("%d %s", code, help)
	}
	for _, w := range []string{"-received", "-right", "-name", "-contact", "-channel", "-register", "-method", "-db", "-org", "-lang"} {
		if !strings.Contains(help, w) {
			t.Errorf("add's help lacks %s", w)
		}
	}
	for _, n := range []string{"-told", "-reason", "-outcome", "-refused", "-from", "-out", "-yes", "-status", "-format"} {
		if strings.Contains(help, n+" ") || strings.Contains(help, n+"\n") {
			t.Errorf("add's help shows %s:\n%s", n, help)
		}
	}
	_, stdout, stderr = tsp(t, "requests", "purge", "--help")
	if help := stdout + stderr; !strings.Contains(help, "-yes") || strings.Contains(help, "-received") {
		t.Errorf("purge's help:\n%s", help)
	}
	if code, stdout, _ := tsp(t, "requests", "help"); code != 0 || !strings.Contains(stdout, "summary") {
		t.Errorf("requests help: %d %s", code, stdout)
	}
	// Common flags may come before the sub-command.
	db := logDB(t)
	if code, stdout, stderr := tsp(t, "requests", "--db", db, "--lang", "en", "list"); code != 0 || !strings.Contains(stdout, "(no requests)") {
		t.Errorf("flags first: %d %s %s", code, stdout, stderr)
	}
}

// A requester's name with terminal escape sequences is printed without
// them by list and show.
func TestRequestsStripTerminalControls(t *testing.T) {
	db := logDB(t)
	t.Setenv(envToday, "2026-11-23")
	name := "Eve\x1b[31m Punainen\x1b]0;title\x07\x1b[2J\u009b1mX\x07\x08Y\x00\xff"
	if code, _, stderr := tsp(t, "requests", "add", "--db", db, "--received", "2026-11-01", "--right", "access",
		"--name", name, "--contact", "a@example.fi\x1b]8;;http://x\x1b\\linkki\x1b]8;;\x1b\\"); code != 0 {
		t.Fatal(stderr)
	}
	for _, args := range [][]string{{"list"}, {"show", "2026-001"}} {
		code, stdout, stderr := tsp(t, append(append([]string{"requests"}, args...), "--db", db)...)
		if code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
		if strings.ContainsAny(stdout, "\x1b\x07\x08\x00\u009b\ufffd") || strings.Contains(stdout, "title") {
			t.Errorf("%v printed control characters: %q", args, stdout)
		}
		if !strings.Contains(stdout, "Eve Punainen") || !strings.Contains(stdout, "XY") {
			t.Errorf("%v lost the text: %q", args, stdout)
		}
	}
	_, stdout, _ := tsp(t, "requests", "show", "2026-001", "--db", db)
	if !strings.Contains(stdout, "a@example.filinkki") {
		t.Errorf("the contact: %q", stdout)
	}
}

func TestPlain(t *testing.T) {
	for in, want := range map[string]string{
		"Matti Meikäläinen":         "Matti Meikäläinen",
		"a\x1b[1;31mb\x1b[0mc":      "abc",
		"a\x1b]0;otsikko\x07b":      "ab",
		"a\x1b]0;otsikko\x1b\\b":    "ab",
		"a\x1bcb":                   "ab",
		"a\x1b(Bb":                  "ab",
		"rivi\nrivi\tsarake\r\x7f":  "rivi\nrivi\tsarake",
		"a\u009b31mb\u0085c":        "abc",
		"keskeneräinen\x1b[31":      "keskeneräinen",
		"loppu\x1b":                 "loppu",
		"Åsa Öberg – “lainaus” € 😀": "Åsa Öberg – “lainaus” € 😀",
	} {
		if got := plain(in); got != want {
			t.Errorf("plain(%q) = %q, want %q", in, got, want)
		}
	}
}

// --lang takes fi, sv or en (a region is allowed); anything else is a
// wrong command line.
func TestLangFlag(t *testing.T) {
	_, db := outDB(t)
	for _, c := range []struct {
		lang string
		code int
	}{{"sv", 0}, {"en", 0}, {"sv-FI", 0}, {"de", exitUsage}, {"", exitUsage}, {"english", exitUsage}} {
		if code, _, stderr := tsp(t, "orgs", "--db", db, "--lang", c.lang); code != c.code {
			t.Errorf("--lang %q: exit %d, want %d: %s", c.lang, code, c.code, stderr)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The command list is explicit: every command is in it once, and help
// lists them in its order.
func TestCommandList(t *testing.T) {
	seen := map[string]bool{}
	var b bytes.Buffer
	printHelp(&b)
	last := -1
	for _, c := range commandList() {
		if seen[c.name] {
			t.Errorf("%s twice", c.name)
		}
		seen[c.name] = true
		if n := btoi(c.flags != nil) + btoi(c.subs != nil) + btoi(c.raw != nil); n != 1 {
			t.Errorf("%s: flags, sub-commands or its own parsing, one of them (%d)", c.name, n)
		}
		i := strings.Index(b.String(), "  "+c.name+" ")
		if i <= last {
			t.Errorf("help lists %s out of order", c.name)
		}
		last = i
	}
}
