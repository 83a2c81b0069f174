package pdf

import (
	"bytes"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"tietosuojapakki/pdf/doc"
)

func TestLinkedAddresses(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Lähetä pyyntö osoitteeseen sanna.kivi@kivi.fi.",
			`Lähetä pyyntö osoitteeseen <a href="mailto:sanna.kivi@kivi.fi">sanna.kivi@kivi.fi</a>.`},
		{"Verkkosivut: https://www.kivi.fi/tietosuoja, katso myös www.kivi.fi.",
			`Verkkosivut: <a href="https://www.kivi.fi/tietosuoja">https://www.kivi.fi/tietosuoja</a>, katso myös <a href="https://www.kivi.fi">www.kivi.fi</a>.`},
		{"(Tietosuojavaltuutetun toimisto, tietosuoja.fi)",
			`(Tietosuojavaltuutetun toimisto, <a href="https://tietosuoja.fi">tietosuoja.fi</a>)`},
		{"Versio 2.3.2026, 10 000 €, esim. laskut", "Versio 2.3.2026, 10 000 €, esim. laskut"},
		{`<b>"x"</b> & a@b.fi`, `&lt;b&gt;&#34;x&#34;&lt;/b&gt; &amp; <a href="mailto:a@b.fi">a@b.fi</a>`},
		{`javascript:alert(1)`, `javascript:alert(1)`},
	} {
		if got := string(linked(c.in)); got != c.want {
			t.Errorf("linked(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

// TestHTMLLeavesOutEmptySignatures: blank lines for a pen are left out of
// the web page, with a party and a section that have nothing else; the
// printed name stays.
func TestHTMLLeavesOutEmptySignatures(t *testing.T) {
	d := &doc.Document{Lang: "fi", Title: "Seloste", Sections: []doc.Section{
		{Number: "1", Title: "Yhteystiedot", Blocks: []doc.Block{doc.Facts{Rows: []doc.Fact{
			{Label: "Sähköposti", Value: "tietosuoja@kivi.fi"}, {Label: "Verkkosivut", Value: "https://www.kivi.fi"}}}}},
		{Number: "2", Title: "Allekirjoitus", Blocks: []doc.Block{doc.Signature{Parties: []doc.Party{
			{Heading: "Kivi Oy", Lines: []doc.SignLine{{Label: "Allekirjoitus"}, {Label: "Nimenselvennys", Value: "Sanna Kivi"}}},
			{Heading: "Asiakas", Lines: []doc.SignLine{{Label: "Allekirjoitus"}, {Label: "Nimenselvennys"}}},
		}}}},
		{Number: "3", Title: "Asiakkaan allekirjoitus", Blocks: []doc.Block{doc.Signature{Parties: []doc.Party{
			{Heading: "Asiakas", Lines: []doc.SignLine{{Label: "Allekirjoitus"}}}}}}},
		{Number: "4", Title: "Tyhjä otsikko"},
	}}
	var b bytes.Buffer
	if err := WriteHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{`<a href="mailto:tietosuoja@kivi.fi">tietosuoja@kivi.fi</a>`,
		`<a href="https://www.kivi.fi">https://www.kivi.fi</a>`, "Sanna Kivi", "<strong>Kivi Oy</strong>", "4 Tyhjä otsikko"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	for _, bad := range []string{"Asiakas", `<span class="sign-value"></span>`, "3 Asiakkaan allekirjoitus"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML has %q:\n%s", bad, html)
		}
	}
}

var anchorRe = regexp.MustCompile(`<a href="(mailto:|https?://)[^"<>]*">|</a>`)

// FuzzLinked: linking adds only anchors with a mailto: or http(s) address
// around the escaped text; the text itself is as html/template escapes it.
func FuzzLinked(f *testing.F) {
	for _, s := range []string{"a@b.fi", "https://x.fi/?a=<b>&c=\"d\"", "www.kivi.fi.", "tietosuoja.fi)", "<script>x@y.com</script>", "javascript:alert(1)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := string(linked(s))
		if bare := anchorRe.ReplaceAllString(got, ""); bare != template.HTMLEscapeString(s) {
			t.Fatalf("linked(%q) = %q: text changed", s, got)
		}
		if strings.Count(got, "<a ") != strings.Count(got, "</a>") {
			t.Fatalf("linked(%q) = %q: unbalanced anchors", s, got)
		}
	})
}
