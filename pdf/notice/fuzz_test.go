package notice

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// FuzzCompose feeds arbitrary answers files to Compose: it must not panic,
// must print the authority's current address, and must not print draft
// placeholders in an issued notice unless the user typed one.
func FuzzCompose(f *testing.F) {
	for _, p := range []string{examplePath, siivousPath} {
		b := datatest.Example
		if p != examplePath {
			var err error
			if b, err = os.ReadFile(p); err != nil {
				f.Fatal(err)
			}
		}
		f.Add(b, "fi", false, 0)
		f.Add(b, "sv", true, 1)
	}
	f.Add([]byte(`{}`), "en", false, -1)
	f.Add([]byte(`{"registers":[{"purposes":[{"legal_basis":"consent"}],"processor_ids":["x"],"special_categories":[{"category":"health"}]}],"organisation":{"dpo":{}}}`), "fi", true, 0)
	f.Fuzz(func(t *testing.T, raw []byte, lang string, draft bool, reg int) {
		var file data.File
		if json.Unmarshal(raw, &file) != nil {
			return
		}
		opt := Options{Lang: lang, Draft: draft, Created: created, Version: reg}
		if reg >= 0 {
			opt.Registers = []int{reg}
		}
		d := Compose(&file.Answers, opt)
		text := d.PlainText()
		tx := textsOf(lang)
		if !strings.Contains(text, authorityOf(lang).Visit) {
			t.Errorf("no authority address")
		}
		ph := tx.Missing("")
		ph = ph[:strings.Index(ph, ":")]
		if !draft && strings.Contains(text, ph) && !strings.Contains(string(raw), ph) && !strings.Contains(string(raw), `\u`) {
			t.Errorf("placeholder in an issued notice:\n%s", text)
		}
	})
}
