package audit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"tietosuojapakki/data"
)

// seed adds the corpus files whose names end with ext.
func seed(f *testing.F, ext string) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"+ext))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkText is what every extractor promises: an error, or valid UTF-8
// text within the size bound.
func checkText(t *testing.T, s string, err error) {
	if err != nil {
		return
	}
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	if len(s) > maxTextSize+1024 {
		t.Fatalf("text of %d bytes", len(s))
	}
}

func FuzzExtractPDF(f *testing.F) {
	seed(f, ".pdf")
	f.Add([]byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Extract("x.pdf", b)
		checkText(t, s, err)
	})
}

func FuzzExtractHTML(f *testing.F) {
	seed(f, ".html")
	f.Add([]byte("<p>Rekisterinpitäjä<br>Acme Oy<script>x</script></p><td>Y-tunnus</td><td>0812345-1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := extractHTML(b)
		checkText(t, s, err)
	})
}

func FuzzExtractDOCX(f *testing.F) {
	seed(f, ".docx")
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := extractDOCX(b)
		checkText(t, s, err)
	})
}

func FuzzExtractODT(f *testing.F) {
	seed(f, ".odt")
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := extractODT(b)
		checkText(t, s, err)
	})
}

func FuzzExtractText(f *testing.F) {
	seed(f, ".txt")
	f.Add([]byte("Rekisterinpit\xe4j\xe4\r\nAcme Oy \x96 Y-tunnus"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Extract("x.txt", b)
		checkText(t, s, err)
	})
}

// FuzzAudit: any text audits without panic, every quote is the text's own
// words, and the answers pass the import's own check once named.
func FuzzAudit(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	f.Add("Rekisterinpitäjä: X Oy\nY-tunnus 0812345-1\n1.1.2020 Ratapihantie 9")
	f.Add("Käsittelyn tarkoitus\nTarkoitus\tOikeusperuste\tSäilytysaika\nUutiskirje\tSuostumus, 6 artiklan 1 kohdan a alakohta\t2 vuotta\nSopimus, art. 6(1)(b)\n")
	f.Add("Recipients\n| Recipient | Purpose |\n|---|---|\n| Posti Oy | Delivery (processor) |\nProcessors\nService\tProcessor\nHosting\tAcme Oy\n")
	f.Fuzz(func(t *testing.T, text string) {
		text = tidy(strings.ToValidUTF8(text, ""))
		r := Audit(text, "sv")
		flat := strings.Join(strings.Fields(text), " ")
		for _, fd := range r.Findings {
			if q := strings.Trim(fd.Quote, "…"); !strings.Contains(flat, q) {
				t.Fatalf("%s: quote %q not in text", fd.Code, fd.Quote)
			}
		}
		// Every fact read stands in the text (spaces and case aside).
		low := strings.ToLower(flat)
		for _, fact := range factsOf(r.Answers.Answers) {
			if fact = strings.ToLower(strings.Join(strings.Fields(fact), " ")); !strings.Contains(low, fact) {
				t.Fatalf("fact %q not in text", fact)
			}
		}
		a := r.Answers
		a.Organisation.Name = "N"
		if ps := data.CheckFile(a); len(ps) > 0 {
			t.Fatalf("answers do not import: %v", ps)
		}
	})
}
