package ui

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf/pdftest"
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
	if len(v.kindSel.Options) != 5 {
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
	// The notice and the controller's record of processing.
	if got := newDocumentsView(empty).kindSel.Options; len(got) != 2 {
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

// Two registers of one name (the same template added twice): each choice
// previews its own register, and saving works for both, with no English
// error.
func TestDocumentsTwoRegistersOfOneName(t *testing.T) {
	sh, _ := newTestShell(t)
	id := importExample(t, sh)
	ctx := context.Background()
	sh.Store.SetAnswer(ctx, id, "registers.0.name", "Asiakkaat")
	sh.Store.SetAnswer(ctx, id, "registers.1.name", "Asiakkaat")
	a, _ := sh.Store.Answers(ctx, id)
	v := newDocumentsView(sh)
	if len(v.regSel.Options) != 3 || v.regSel.Options[1] == v.regSel.Options[2] {
		t.Fatalf("register choices %v", v.regSel.Options)
	}
	for i := range 2 {
		v.regSel.SetSelected(v.regSel.Options[i+1])
		own, other := a.Registers[i].Purposes[0].Description, a.Registers[1-i].Purposes[0].Description
		if text := v.compose().PlainText(); !strings.Contains(text, own) || strings.Contains(text, other) || !strings.Contains(richText(v), "Asiakkaat") {
			t.Fatalf("register %d (reg %d) previews the wrong register: own %v other %v\n%s", i+1, v.reg, strings.Contains(text, own), strings.Contains(text, other), text)
		}
		path := filepath.Join(t.TempDir(), v.fileName("pdf"))
		done := make(chan struct{})
		v.writeInBackground("pdf", path, func() { close(done) })
		<-done
		raw, _ := os.ReadFile(path)
		if text := pdftest.Normalize(pdftest.Text(t, raw)); !strings.Contains(text, own) {
			t.Errorf("register %d: the PDF lacks its purpose", i+1)
		}
	}
}

// "Luonnos" is ticked by the program while the answers are incomplete and
// unticked by it once they are complete: the first final PDF is not a
// draft, in its text or its name.
func TestDocumentsDraftUntickedWhenComplete(t *testing.T) {
	sh, _ := newTestShell(t)
	id := importExample(t, sh)
	ctx := context.Background()
	a, _ := sh.Store.Answers(ctx, id)
	businessID := a.Organisation.BusinessID
	sh.Store.SetAnswer(ctx, id, "organisation.business_id", "")
	v := newDocumentsView(sh)
	if !v.draft || !v.draftChk.Checked {
		t.Fatal("an incomplete notice is not a draft")
	}
	sh.Store.SetAnswer(ctx, id, "organisation.business_id", businessID)
	v.reload()
	if v.draft || v.draftChk.Checked || v.draftChk.Disabled() {
		t.Fatal("the draft box stayed ticked after the answers were completed")
	}
	name := v.fileName("pdf")
	if strings.Contains(name, "luonnos") {
		t.Errorf("file name %s", name)
	}
	path := filepath.Join(t.TempDir(), name)
	done := make(chan struct{})
	v.writeInBackground("pdf", path, func() { close(done) })
	<-done
	raw, _ := os.ReadFile(path)
	if strings.Contains(pdftest.Text(t, raw), "LUONNOS") {
		t.Error("the first final PDF is stamped LUONNOS")
	}
	// A draft the user ticks stays ticked.
	test.Tap(v.draftChk)
	v.reload()
	if !v.draft {
		t.Error("the user's own draft was unticked")
	}
}

// The document language follows the company, not the system: a
// Finnish-only company under an English system gets a Finnish preview, as
// from the command line.
func TestDocumentsLanguageIsTheCompanys(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	sh, _ := newTestShell(t)
	id := importExample(t, sh)
	sh.Store.SetAnswer(context.Background(), id, "organisation.document_languages", []string{"fi"})
	v := newDocumentsView(sh)
	if v.lang != "fi" || !strings.Contains(v.compose().Title, "Tietosuojaseloste") {
		t.Errorf("language %s, title %q", v.lang, v.compose().Title)
	}
}

func TestFileURL(t *testing.T) {
	for path, want := range map[string]string{
		"/tmp/tietosuojapakki-tulostus-1/seloste fi.pdf": "file:///tmp/tietosuojapakki-tulostus-1/seloste%20fi.pdf",
		`C:\Users\Äijä\AppData\Local\Temp\seloste.pdf`:   "file:///C:/Users/%C3%84ij%C3%A4/AppData/Local/Temp/seloste.pdf",
		`c:\temp\a#b.pdf`:             "file:///c:/temp/a%23b.pdf",
		`\\palvelin\jako\seloste.pdf`: "file://palvelin/jako/seloste.pdf",
	} {
		if got := fileURL(path).String(); got != want {
			t.Errorf("fileURL(%q) = %s, want %s", path, got, want)
		}
	}
}

// "Avaa tulostettavaksi" opens the PDF through the URL opener; when
// nothing can open it, the user reads why in Finnish, not exec's error.
func TestOpenForPrintingWithoutOpener(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	v := newDocumentsView(sh)
	var opened *url.URL
	v.openURL = func(u *url.URL) error {
		opened = u
		return errors.New(`exec: "xdg-open": executable file not found in $PATH`)
	}
	path := filepath.Join(t.TempDir(), "seloste.pdf")
	v.openPrinted(path)
	if opened == nil || opened.String() != "file://"+path {
		t.Errorf("opened %v", opened)
	}
	text := overlayText(sh)
	if !strings.Contains(text, "ohjelmaa, joka avaa PDF-tiedostoja") || strings.Contains(text, "xdg-open") {
		t.Errorf("the message: %q", text)
	}
}

// A print preview goes into a private folder that is removed with the
// window.
func TestPrintPreviewsArePrivateAndRemoved(t *testing.T) {
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := newDocumentsView(sh)
	opened := make(chan *url.URL, 1)
	v.openURL = func(u *url.URL) error { opened <- u; return nil }
	v.openForPrinting()
	select {
	case u := <-opened:
		if u.Scheme != "file" || !strings.HasSuffix(u.Path, ".pdf") {
			t.Errorf("opened %s", u)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the preview was not opened")
	}
	dir, _ := printPreviews.folder()
	defer RemovePrintPreviews()
	var preview string
	for range 200 {
		if pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf")); len(pdfs) == 1 {
			preview = pdfs[0]
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	if preview == "" {
		t.Fatal("no preview was written")
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v", fi.Mode())
	}
	if err := RemovePrintPreviews(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Error("the previews stayed after the window closed")
	}
}

// The previews a killed window left are removed by the next window's
// first preview; those of a living window are not.
func TestLeftPreviewsRemoved(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	left := filepath.Join(tmp, previewPrefix+"kuollut")
	os.Mkdir(left, 0o700)
	os.WriteFile(filepath.Join(left, "seloste.pdf"), []byte("%PDF"), 0o600)
	living := filepath.Join(tmp, previewPrefix+"elava")
	os.Mkdir(living, 0o700)
	lock, err := data.AcquireLock(filepath.Join(living, "ikkuna"))
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	old := time.Now().Add(-time.Hour)
	os.Chtimes(left, old, old)
	os.Chtimes(living, old, old)
	dir, err := printPreviews.folder()
	if err != nil {
		t.Fatal(err)
	}
	defer RemovePrintPreviews()
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Error("a killed window's previews stayed")
	}
	if _, err := os.Stat(living); err != nil {
		t.Error("a living window's previews were removed")
	}
	if filepath.Dir(dir) != tmp {
		t.Errorf("previews in %s", dir)
	}
}

// TestDocumentsRecordOfProcessing: Asiakirjat offers the record of
// processing (art. 30) beside the notice; its preview shows the record
// and the registers, Save PDF goes through the save dialog, and the PDF
// read back is the record. The controller's record is also a CSV table;
// the processor's record is offered for a company that processes for its
// customers and has no CSV.
func TestDocumentsRecordOfProcessing(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, _ := newTestShell(t)
	sh.Win.Resize(fyne.NewSize(1200, 800))
	importExample(t, sh)
	v := newDocumentsView(sh)
	sh.Win.SetContent(v.root)
	saved := make(chan struct{}, 2)
	v.afterSave = func() { saved <- struct{}{} }
	wait := func() {
		select {
		case <-saved:
		case <-time.After(10 * time.Second):
			t.Fatal("the save did not finish")
		}
	}
	if v.saveCSV.Visible() {
		t.Error("the notice offers a CSV")
	}
	v.kindSel.SetSelected("Seloste käsittelytoimista")
	if v.kind != jobs.Record {
		t.Fatalf("kind %q", v.kind)
	}
	reg := v.a.Registers[0].Name
	preview := richText(v)
	for _, want := range []string{"Seloste käsittelytoimista", reg} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q:\n%s", want, preview)
		}
	}
	if !v.saveCSV.Visible() {
		t.Error("the controller's record offers no CSV")
	}
	test.Tap(v.buttons[0]) // Tallenna PDF
	saveInto(t, sh, filepath.Join(home, "seloste.pdf"))
	wait()
	raw := waitFile(t, filepath.Join(home, "seloste.pdf"))
	text := pdftest.Normalize(pdftest.Text(t, raw))
	for _, want := range []string{"Seloste käsittelytoimista", "Ajanvaraus Kivi Oy", pdftest.Normalize(reg)} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q: %q", want, text)
		}
	}

	test.Tap(v.saveCSV)
	saveInto(t, sh, filepath.Join(home, "seloste.csv"))
	wait()
	csv := string(waitFile(t, filepath.Join(home, "seloste.csv")))
	if !strings.Contains(csv, reg) {
		t.Errorf("the CSV lacks the register %q: %q", reg, csv)
	}

	if v.a.ProcessorTerms.Enabled {
		v.kindSel.SetSelected("Seloste käsittelytoimista (käsittelijä)")
		if v.kind != jobs.RecordProcessor || v.saveCSV.Visible() {
			t.Errorf("processor's record: kind %q, CSV shown %v", v.kind, v.saveCSV.Visible())
		}
		if !strings.Contains(richText(v), "Ajanvaraus Kivi Oy") {
			t.Error("the processor's record does not name the processor")
		}
	}
}

// TestDocumentsRecordDraftWhenIncomplete: with gaps, the record is only a
// draft and its findings are listed as for the other documents.
func TestDocumentsRecordDraftWhenIncomplete(t *testing.T) {
	sh, _ := newTestShell(t)
	v := newDocumentsView(sh)
	v.kindSel.SetSelected("Seloste käsittelytoimista")
	if v.kind != jobs.Record || !v.draft || !v.draftChk.Disabled() {
		t.Fatalf("kind %q draft %v: an incomplete record must be a draft", v.kind, v.draft)
	}
	if findButton(v.findings, "Siirry") == nil {
		t.Error("the record's gaps are not listed")
	}
	if d := v.compose(); d.Watermark != "LUONNOS" {
		t.Errorf("watermark %q", d.Watermark)
	}
}
