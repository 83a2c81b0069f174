package pdf

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func writeHTML(t *testing.T, d *doc.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, d); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	return buf.String()
}

func TestWriteHTMLGolden(t *testing.T) {
	draft := sampleDoc()
	draft.Watermark = "LUONNOS"
	for name, d := range map[string]*doc.Document{
		"sample.html": sampleDoc(),
		"draft.html":  draft,
	} {
		t.Run(name, func(t *testing.T) {
			got := writeHTML(t, d)
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff", name, path)
			}
		})
	}
}

func TestWriteHTMLStructure(t *testing.T) {
	d := sampleDoc()
	plain := writeHTML(t, d)
	d.Watermark = "LUONNOS"
	draft := writeHTML(t, d)
	for _, tc := range []struct {
		html, want string
		present    bool
	}{
		{plain, "<!DOCTYPE html>\n<html lang=\"fi\">", true},
		{plain, `<meta charset="utf-8">`, true},
		{plain, "<title>Tietosuojaseloste – Esimerkki Oy</title>", true},
		{plain, "<h1>Tietosuojaseloste</h1>", true},
		{plain, `<p class="subtitle">Esimerkki Oy – asiakasrekisteri</p>`, true},
		{plain, "<h2>1 Rekisterinpitäjä</h2>", true},
		{plain, "<h3>2.1 Oikeutettu etu</h3>", true},
		{plain, `<th scope="row">Y-tunnus</th><td>1234567-8</td>`, true},
		{plain, `<th scope="col">Oikeusperuste</th>`, true},
		{plain, "<li>Oikeus tietojen oikaisemiseen (16 artikla)</li>", true},
		{plain, "<ol>", true},
		{plain, `<aside class="note">`, true},
		{plain, "Nimenselvennys", true},
		{plain, "Maija Meikäläinen</span>", true},
		{plain, `class="draft"`, false},
		{draft, `<p class="draft">LUONNOS</p>`, true},
	} {
		if got := strings.Contains(tc.html, tc.want); got != tc.present {
			t.Errorf("contains %q = %v, want %v", tc.want, got, tc.present)
		}
	}
	// Every section opens and closes.
	if o, c := strings.Count(plain, "<section"), strings.Count(plain, "</section>"); o != c || o != 5 {
		t.Errorf("%d <section> and %d </section>, want 5 each", o, c)
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & "lainaus"`
	d := &doc.Document{
		Lang:  `fi"><script>`,
		Title: evil,
		Meta:  doc.Meta{Author: evil},
		Sections: []doc.Section{{Number: "1", Title: evil, Blocks: []doc.Block{
			doc.Paragraph{Text: evil + "\nrivi\x00kaksi\n\nuusi kappale"},
			doc.Table{Header: []string{evil}, Rows: [][]string{{evil, "ylimääräinen"}}, Widths: []float64{1, 2}},
			doc.Facts{Rows: []doc.Fact{{Label: evil, Value: evil}}},
			doc.Note{Text: evil},
			doc.List{Items: []string{evil}},
			doc.Signature{Parties: []doc.Party{{Heading: evil, Lines: []doc.SignLine{{Label: evil, Value: evil}}}}},
		}}},
	}
	html := writeHTML(t, d)
	if strings.Contains(html, "<script>") {
		t.Error("unescaped <script> in output")
	}
	for _, want := range []string{
		`<html lang="und">`,
		"&lt;script&gt;",
		"<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;lainaus&#34;<br>rivikaksi</p>",
		"<p>uusi kappale</p>",
		`<th scope="col"></th>`, // the header gets the row's second column
	} {
		if !strings.Contains(html, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.ContainsRune(html, 0) {
		t.Error("control character in output")
	}
}
