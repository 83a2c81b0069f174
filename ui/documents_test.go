package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/jobs"
	"tietosuojapakki/wizard"
)

// TestDocumentsPDFForExample: the example company gets a final notice as
// a PDF file with mode 0600, written in the background.
func TestDocumentsPDFForExample(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := newDocumentsView(sh)
	if wizard.Blocking(v.relevant()) {
		t.Fatalf("the example should be complete: %v", v.relevant())
	}
	if v.draft || v.draftChk.Disabled() {
		t.Fatal("a complete notice should not be forced to a draft")
	}
	if !strings.Contains(richText(v), "Ajanvaraus Kivi Oy") {
		t.Fatal("the preview does not show the company")
	}
	path := filepath.Join(t.TempDir(), v.fileName("pdf"))
	done := make(chan struct{})
	v.writeInBackground("pdf", path, func() { close(done) })
	<-done
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", b[:min(len(b), 16)])
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", st.Mode().Perm())
	}
	if !strings.HasPrefix(filepath.Base(path), "ajanvaraus-kivi-oy-tietosuojaseloste-fi") {
		t.Fatalf("file name %s", filepath.Base(path))
	}
}

// TestDocumentsChoices: the processor's documents are offered only when
// processor terms are in use; a single register and a language can be
// chosen.
func TestDocumentsChoices(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := newDocumentsView(sh)
	if !v.a.ProcessorTerms.Enabled {
		t.Skip("the example does not use processor terms")
	}
	if len(v.kindSel.Options) != 3 {
		t.Fatalf("documents offered %v", v.kindSel.Options)
	}
	v.kindSel.SetSelected("Käsittelijäehdot")
	if v.kind != jobs.Terms {
		t.Fatalf("kind %q", v.kind)
	}
	v.kindSel.SetSelected("Tietosuojaseloste")
	v.regSel.SetSelected(v.regSel.Options[1])
	v.langSel.SetSelected("ruotsi")
	d := v.compose()
	if d.Lang != "sv" || v.reg != 0 {
		t.Fatalf("composed %s for register %d", d.Lang, v.reg)
	}

	empty, _ := newTestShell(t)
	if got := newDocumentsView(empty).kindSel.Options; len(got) != 1 {
		t.Fatalf("an organisation without processor terms is offered %v", got)
	}
}

// TestDocumentsDraftWhenIncomplete: an incomplete organisation gets only a
// draft, with the watermark, and the missing items are listed.
func TestDocumentsDraftWhenIncomplete(t *testing.T) {
	sh, _ := newTestShell(t)
	v := newDocumentsView(sh)
	if !v.draft || !v.draftChk.Checked || !v.draftChk.Disabled() {
		t.Fatal("an incomplete notice must be a draft")
	}
	d := v.compose()
	if d.Watermark != "LUONNOS" {
		t.Fatalf("watermark %q", d.Watermark)
	}
	jump := findButton(v.findings, "Siirry")
	if jump == nil {
		t.Fatal("the missing items have no jump buttons")
	}
	// The jump opens the wizard's tab at the question.
	sh.Tabs.SelectIndex(1)
	test.Tap(jump)
	if sh.Tabs.SelectedIndex() != 0 {
		t.Fatalf("the jump left the window on tab %d", sh.Tabs.SelectedIndex())
	}
	path := filepath.Join(t.TempDir(), "luonnos.pdf")
	if err := jobs.SaveDocument(d, "pdf", path, sh.Store.Path()); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatal("draft is not a PDF")
	}
	html := filepath.Join(t.TempDir(), "luonnos.html")
	if err := jobs.SaveDocument(d, "html", html, sh.Store.Path()); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(html); !bytes.Contains(b, []byte("<html")) {
		t.Fatal("HTML output has no <html>")
	}
}

func richText(v *documentsView) string {
	var b strings.Builder
	for _, s := range v.preview.Segments {
		b.WriteString(s.Textual())
		b.WriteByte('\n')
	}
	return b.String()
}
