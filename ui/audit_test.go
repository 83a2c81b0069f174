package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// auditRichText is the text of a rich text's segments.
func auditRichText(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		b.WriteString(s.Textual())
		b.WriteString(" ")
	}
	return b.String()
}

// markedSegments returns the texts drawn in colour c.
func markedSegments(rt *widget.RichText, c fyne.ThemeColorName) []string {
	var out []string
	for _, s := range rt.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == c {
			out = append(out, ts.Text)
		}
	}
	return out
}

// TestAuditPastedText: the user pastes an old notice and taps Tarkista:
// the findings appear beside the text, the quotes are marked, and the
// organisation is created from what was read.
func TestAuditPastedText(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(nil)
	defer w.Close()
	var got *data.File
	v := newAuditView(w, "fi", func(f *data.File, _ []jobs.AuditFinding) error { got = f; return nil })
	v.run = func(f func()) { f() }
	closed := false
	v.close = func() { closed = true }
	w.SetContent(v.content)
	w.Resize(fyne.NewSize(1000, 700))

	test.Tap(v.check)
	if !strings.Contains(v.summary.Text, "Liitä ensin") || !v.createBtn.Disabled() {
		t.Fatalf("an empty check: %q", v.summary.Text)
	}

	old, err := os.ReadFile(filepath.Join("..", "audit", "testdata", "corpus", "fi-kukkakauppa.txt"))
	if err != nil {
		t.Fatal(err)
	}
	test.Type(v.paste, string(old))
	test.Tap(v.check)
	if !strings.Contains(v.summary.Text, "havaintoa, joista 12 estää") {
		t.Fatalf("summary %q", v.summary.Text)
	}
	var cards strings.Builder
	for _, o := range v.findings.Objects {
		rt := o.(*fyne.Container).Objects[0].(*widget.RichText)
		cards.WriteString(auditRichText(rt))
	}
	for _, want := range []string{"Estää: ", "Lintulahdenkuja 4", "outdated_authority_fax", "» Tarkastuspyyntö on tehtävä omakätisesti", "Neuvo: "} {
		if !strings.Contains(cards.String(), want) {
			t.Errorf("the findings lack %q:\n%s", want, cards.String())
		}
	}
	red := strings.Join(markedSegments(v.text, theme.ColorNameError), "|")
	if !strings.Contains(red, "Ratapihantie 9") || !strings.Contains(red, "omakätisesti allekirjoitettuna") {
		t.Errorf("the blocking quotes are not marked in the text: %q", red)
	}
	if adv := strings.Join(markedSegments(v.text, theme.ColorNameWarning), "|"); !strings.Contains(adv, "lain sallimissa rajoissa") {
		t.Errorf("the advice quotes are not marked: %q", adv)
	}
	if !strings.Contains(auditRichText(v.text), "Kanta-asiakasrekisteri") {
		t.Error("the notice's text is not shown")
	}

	// "Näytä tekstissä" of the last finding with a quote scrolls down to it.
	var shows []*widget.Button
	for _, o := range v.findings.Objects {
		for _, c := range o.(*fyne.Container).Objects {
			if box, ok := c.(*fyne.Container); ok {
				shows = append(shows, box.Objects[0].(*widget.Button))
			}
		}
	}
	if len(shows) < 10 {
		t.Fatalf("%d findings can be shown in the text", len(shows))
	}
	for _, b := range shows { // the authority's old address is near the end
		if v.textView.Offset.Y > 0 {
			break
		}
		test.Tap(b)
	}
	if v.textView.Offset.Y <= 0 {
		t.Error("Näytä tekstissä did not scroll the text")
	}

	test.Tap(v.createBtn)
	if got == nil || got.Organisation.Name != "Kukkakauppa Ruusunen Oy" || !closed {
		t.Fatalf("create got %+v, closed %v", got, closed)
	}

	// Back to the text box, with the text read in it.
	test.Tap(v.edit)
	if v.left.Objects[0] != v.paste || !strings.Contains(v.paste.Text, "Kukkakauppa Ruusunen Oy") {
		t.Error("Muokkaa tekstiä did not bring the text back")
	}
}

// TestAuditFileAndErrors: a PDF of the corpus is read like a pasted text;
// a file with no text gets a message; a failed create keeps the dialog.
func TestAuditFileAndErrors(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(nil)
	defer w.Close()
	v := newAuditView(w, "en", func(*data.File, []jobs.AuditFinding) error { return errors.New("database is locked") })
	v.run = func(f func()) { f() }
	closed := false
	v.close = func() { closed = true }
	w.SetContent(v.content)

	v.analyse("scan.pdf", []byte("%PDF-1.4\n%%EOF"))
	if v.summary.Importance != widget.DangerImportance || v.createBtn.Disabled() == false {
		t.Errorf("a broken PDF: %q", v.summary.Text)
	}
	v.analyse("kuva.png", []byte("\x89PNG\r\n"))
	if !strings.Contains(v.summary.Text, "cannot be read") {
		t.Errorf("an image: %q", v.summary.Text)
	}

	b, err := os.ReadFile(filepath.Join("..", "audit", "testdata", "corpus", "en-webshop.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	v.analyse("en-webshop.pdf", b)
	if !strings.Contains(v.summary.Text, "9 findings, 8 of which block") {
		t.Fatalf("summary %q", v.summary.Text)
	}
	test.Tap(v.createBtn)
	if closed || !strings.Contains(v.summary.Text, "database is locked") {
		t.Errorf("a failed create: closed %v, %q", closed, v.summary.Text)
	}
}
