package jobs

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"tietosuojapakki/data/vocab"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The HTML of the example company's documents, byte for byte: a change in
// wording or markup shows up in review as a diff of these files.
func TestHTMLGolden(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	for _, c := range []struct {
		kind Kind
		lang string
	}{{Notice, "fi"}, {Notice, "sv"}, {Notice, "en"}, {Terms, "fi"}, {Practices, "en"}} {
		d, err := Make(ctx, st, id, Request{Kind: c.kind, Lang: vocab.Lang(c.lang)})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Render(&buf, d, "html"); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", string(c.kind)+"-"+c.lang+".html.golden")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update once)", err)
		}
		if !bytes.Equal(want, buf.Bytes()) {
			t.Errorf("%s differs from the golden file; if the change is meant, run go test ./jobs -update and review the diff", path)
		}
	}
}
