package audit

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/data"
)

// TestGolden audits every file of the corpus in the language of its name
// and compares the report (findings and answers) with its golden file.
// Run with -update to rewrite the golden files, then read the diff: each
// finding must be a fault the notice really has, and each answer a fact it
// really states.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	if err != nil || len(files) == 0 {
		t.Fatal("no corpus", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			text, err := ExtractFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lang, _, _ := strings.Cut(name, "-")
			rep := Audit(text, lang)
			// What was read must import as it is, once it has a name.
			f := *rep.Answers
			EnsureName(&f, name, lang)
			if ps := data.CheckFile(&f); len(ps) > 0 {
				t.Errorf("the answers read do not import: %v", ps)
			}
			got, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s (go test ./audit -run TestGolden -update, then read the diff):\n%s", golden, got)
			}
		})
	}
}

// TestSameAcrossFormats: one notice saved as text, PDF, DOCX or ODT gives
// the same finding codes and the same answers: the reading does not
// depend on the file type.
func TestSameAcrossFormats(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	type result struct {
		file    string
		codes   []string
		answers []byte
	}
	byNotice := map[string][]result{}
	for _, path := range files {
		text, err := ExtractFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		lang, _, _ := strings.Cut(name, "-")
		rep := Audit(text, lang)
		a, _ := json.Marshal(rep.Answers)
		base, _, _ := strings.Cut(name, ".") // fi-kukkakauppa.gs.pdf is fi-kukkakauppa too
		byNotice[base] = append(byNotice[base], result{name, findingCodes(rep), a})
	}
	compared := 0
	for base, rs := range byNotice {
		for _, r := range rs[1:] {
			compared++
			if strings.Join(r.codes, " ") != strings.Join(rs[0].codes, " ") {
				t.Errorf("%s: %s gives %v, %s gives %v", base, rs[0].file, rs[0].codes, r.file, r.codes)
			}
			if !bytes.Equal(r.answers, rs[0].answers) {
				t.Errorf("%s: %s and %s give different answers:\n%s\n%s", base, rs[0].file, r.file, rs[0].answers, r.answers)
			}
		}
	}
	if compared < 4 {
		t.Errorf("only %d pairs of formats compared", compared)
	}
}
