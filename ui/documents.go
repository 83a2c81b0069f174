package ui

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/wizard"
)

// The Asiakirjat screen: pick a document, its registers and language, see
// a preview, and save it as PDF or HTML or open it for printing. While the
// answers lack something a document needs, only a draft can be made.

// buildDocumentsScreen is the documents' entry of the navigation.
func buildDocumentsScreen(sh *Shell) fyne.CanvasObject {
	v := newDocumentsView(sh)
	sh.documents = v
	return newShownScreen(v.root, v.reload)
}

type documentsView struct {
	sh *Shell
	a  *data.Answers

	kind  jobs.Kind
	reg   int // index of the register; -1: all registers in one notice
	lang  string
	draft bool
	// forced is set while the draft box is ticked because the answers are
	// incomplete: once they are complete it is unticked again, so that the
	// first final document is not marked LUONNOS.
	forced bool

	kindSel  *widget.Select
	kindIDs  map[string]jobs.Kind
	regSel   *widget.Select
	regIdx   map[string]int
	langSel  *widget.RadioGroup
	langIDs  map[string]string
	draftChk *widget.Check
	blocked  *fyne.Container
	findings *fyne.Container
	preview  *widget.RichText
	scroll   *container.Scroll
	status   *message
	saveCSV  *widget.Button // the controller's record only
	buttons  []*widget.Button
	root     fyne.CanvasObject
	// openURL opens a file in the system's viewer (openFileURL: Fyne's
	// opener, xdg-open or open; ShellExecute on Windows); tests replace it.
	openURL func(*url.URL) error
	// afterSave, when set, runs once a document chosen in the save
	// dialog is written; tests wait on it.
	afterSave func()
}

func newDocumentsView(sh *Shell) *documentsView {
	v := &documentsView{sh: sh, kind: jobs.Notice, reg: -1, openURL: openFileURL, status: newMessage(theme.ColorNamePlaceHolder)}
	v.kindSel = widget.NewSelect(nil, func(s string) {
		if id, ok := v.kindIDs[s]; ok && id != v.kind {
			v.kind = id
			v.refresh()
		}
	})
	v.regSel = widget.NewSelect(nil, func(s string) {
		// The label carries the register's number: two registers may
		// share a name, and each label is unique.
		if i, ok := v.regIdx[s]; ok && i != v.reg {
			v.reg = i
			v.refresh()
		}
	})
	v.langIDs = map[string]string{lang.L("lang.fi"): "fi", lang.L("lang.sv"): "sv", lang.L("lang.en"): "en"}
	v.langSel = widget.NewRadioGroup([]string{lang.L("lang.fi"), lang.L("lang.sv"), lang.L("lang.en")}, func(s string) {
		if l, ok := v.langIDs[s]; ok && l != v.lang {
			v.lang = l
			v.refresh()
		}
	})
	v.langSel.Horizontal = true
	v.langSel.Required = true
	v.draftChk = widget.NewCheck(lang.L("docs.draft"), func(b bool) {
		if b != v.draft {
			v.draft = b
			v.forced = false // the user's own choice
			v.refresh()
		}
	})
	v.blocked = container.NewVBox()
	v.findings = container.NewVBox()
	v.preview = widget.NewRichText()
	v.preview.Wrapping = fyne.TextWrapWord
	v.scroll = container.NewVScroll(v.preview)

	savePDF := widget.NewButtonWithIcon(lang.L("docs.save_pdf"), theme.DocumentSaveIcon(), func() { v.askSave("pdf") })
	savePDF.Importance = widget.HighImportance
	saveHTML := widget.NewButtonWithIcon(lang.L("docs.save_html"), theme.DocumentSaveIcon(), func() { v.askSave("html") })
	print := widget.NewButtonWithIcon(lang.L("docs.print"), theme.DocumentPrintIcon(), v.openForPrinting)
	v.saveCSV = widget.NewButtonWithIcon(lang.L("docs.save_csv"), theme.DocumentSaveIcon(), func() { v.askSave("csv") })
	v.buttons = []*widget.Button{savePDF, saveHTML, v.saveCSV, print}

	form := widget.NewForm(
		widget.NewFormItem(lang.L("docs.document"), v.kindSel),
		widget.NewFormItem(lang.L("docs.registers"), v.regSel),
		widget.NewFormItem(lang.L("docs.language"), v.langSel),
	)
	left := container.NewVBox(form, v.draftChk, v.blocked,
		container.NewGridWithColumns(1, savePDF, saveHTML, v.saveCSV, print), v.status, v.findings)
	split := container.NewHSplit(container.NewVScroll(container.NewPadded(left)), v.scroll)
	split.Offset = 0.36
	v.root = split
	v.reload()
	return v
}

// reload reads the answers again (the wizard may have changed them) and
// redraws everything.
func (v *documentsView) reload() {
	flushWizard(v.sh)
	v.a = &data.Answers{}
	if v.sh.Org != 0 {
		if a, err := v.sh.Store.Answers(context.Background(), v.sh.Org); err == nil {
			v.a = a
		} else {
			v.status.Set(jobs.ErrorText(err, v.sh.Lang))
		}
	}
	if v.lang == "" {
		v.lang = string(jobs.DocumentLang(v.a))
	}
	v.fillChoices()
	v.refresh()
}

// fillChoices lists the documents (the processor's documents only when
// the processor terms are in use) and the registers.
func (v *documentsView) fillChoices() {
	type kindLabel struct {
		id    jobs.Kind
		label string
	}
	kinds := []kindLabel{{jobs.Notice, lang.L("docs.notice")}}
	if v.a.ProcessorTerms.Enabled {
		kinds = append(kinds, kindLabel{jobs.Terms, lang.L("docs.terms")}, kindLabel{jobs.Practices, lang.L("docs.practices")})
	}
	// The record of processing (art. 30) is kept by every business that
	// processes personal data regularly; the processor's record only by
	// one that processes for its customers.
	kinds = append(kinds, kindLabel{jobs.Record, lang.L("docs.record")})
	if v.a.ProcessorTerms.Enabled {
		kinds = append(kinds, kindLabel{jobs.RecordProcessor, lang.L("docs.record_processor")})
	}
	v.kindIDs = map[string]jobs.Kind{}
	var labels []string
	found := false
	for _, k := range kinds {
		v.kindIDs[k.label] = k.id
		labels = append(labels, k.label)
		found = found || k.id == v.kind
	}
	if !found {
		v.kind = jobs.Notice
	}
	v.kindSel.Options = labels
	for l, id := range v.kindIDs {
		if id == v.kind {
			v.kindSel.Selected = l
		}
	}
	v.kindSel.Refresh()

	all := lang.L("docs.all_registers")
	v.regIdx = map[string]int{all: -1}
	regs := []string{all}
	for i, r := range v.a.Registers {
		name := r.Name
		if strings.TrimSpace(name) == "" {
			name = lang.L("reg.unnamed")
		}
		name = fmt.Sprintf("%d. %s", i+1, name)
		v.regIdx[name] = i
		regs = append(regs, name)
	}
	if v.reg >= len(v.a.Registers) {
		v.reg = -1
	}
	v.regSel.Options = regs
	v.regSel.Selected = regs[v.reg+1]
	v.regSel.Refresh()

	for l, id := range v.langIDs {
		if id == v.lang {
			v.langSel.Selected = l
		}
	}
	v.langSel.Refresh()
}

// relevant are the findings that concern the chosen document (the same
// readiness check as the command line's).
func (v *documentsView) relevant() []wizard.Finding {
	if v.isRecord() {
		return jobs.RecordFindings(v.a, v.kind == jobs.RecordProcessor, vocab.LangOf(v.lang))
	}
	return jobs.Findings(v.a, v.kind, v.reg+1, vocab.LangOf(v.lang)) // a missing Swedish text blocks Swedish only
}

// refresh applies the choices: the draft state, the findings and the
// preview.
func (v *documentsView) refresh() {
	fs := v.relevant()
	blocking := wizard.Blocking(fs)
	v.blocked.RemoveAll()
	switch {
	case blocking:
		// An incomplete document may exist only as a draft.
		if !v.draft {
			v.forced = true
		}
		v.draft = true
		v.draftChk.SetChecked(true)
		v.draftChk.Disable()
		v.blocked.Add(note(lang.L("docs.only_draft"), theme.ColorNameError))
	case v.forced:
		// Complete now: the draft was the program's choice, not the
		// user's, so the document becomes final.
		v.forced = false
		v.draft = false
		v.draftChk.SetChecked(false)
		v.draftChk.Enable()
	default:
		v.draftChk.Enable()
	}
	v.findings.RemoveAll()
	if len(fs) > 0 {
		v.findings.Add(findingsView(fs, v.sh.Lang, func(f wizard.Finding) { goToFinding(v.sh, f) }))
	}
	if v.kind == jobs.Record {
		v.saveCSV.Show()
	} else {
		v.saveCSV.Hide()
	}
	d := v.compose()
	v.preview.Segments = previewSegments(d)
	v.preview.Refresh()
	v.scroll.ScrollToTop()
}

// request says which document the choices stand for. A preview shows the
// version the document would get; saving or opening it issues that version.
func (v *documentsView) request(preview bool) jobs.Request {
	r := jobs.Request{Kind: v.kind, Lang: vocab.LangOf(v.lang), Draft: v.draft, Preview: preview}
	if v.kind == jobs.Notice && v.reg >= 0 && v.reg < len(v.a.Registers) {
		r.Register = v.reg + 1 // by number: two registers may share a name
	}
	return r
}

// compose builds the chosen document for the preview; a failure (the
// organisation deleted meanwhile) shows an empty preview, not a crash.
func (v *documentsView) compose() *doc.Document {
	d, err := v.make(true)
	if err != nil {
		fyne.LogError("composing the document", err)
		return &doc.Document{Lang: v.lang}
	}
	return d
}

// isRecord says whether the record of processing (art. 30) is chosen.
func (v *documentsView) isRecord() bool {
	return v.kind == jobs.Record || v.kind == jobs.RecordProcessor
}

// recordOptions say which record the choices stand for.
func (v *documentsView) recordOptions(preview bool) jobs.RecordOptions {
	return jobs.RecordOptions{Processor: v.kind == jobs.RecordProcessor, Lang: vocab.LangOf(v.lang), Draft: v.draft, Preview: preview}
}

// make composes the chosen document; unless preview, it is issued.
func (v *documentsView) make(preview bool) (*doc.Document, error) {
	if v.isRecord() {
		return jobs.MakeRecord(context.Background(), v.sh.Store, v.sh.Org, v.recordOptions(preview))
	}
	return jobs.Make(context.Background(), v.sh.Store, v.sh.Org, v.request(preview))
}

// writer issues the chosen document and says how it is written in format
// ("pdf", "html", or "csv": the controller's record as a table, which
// issues no version).
func (v *documentsView) writer(format string) (func(io.Writer) error, error) {
	if format == "csv" {
		o := v.recordOptions(false)
		st, org := v.sh.Store, v.sh.Org
		return func(w io.Writer) error { return jobs.WriteRecordCSV(context.Background(), st, org, o, w) }, nil
	}
	d, err := v.make(false)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error { return jobs.Render(w, d, format) }, nil
}

// fileName suggests a file name: company, document and language.
func (v *documentsView) fileName(format string) string {
	parts := []string{slug(v.a.Organisation.Name), slug(v.compose().Title)}
	if v.kind == jobs.Notice && v.reg >= 0 && v.reg < len(v.a.Registers) {
		parts = append(parts, slug(v.a.Registers[v.reg].Name))
	}
	if v.draft {
		parts = append(parts, slug(lang.L("docs.draft")))
	}
	parts = append(parts, v.lang)
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "-") + "." + format
}

// askSave picks a file and writes the document there in the background.
func (v *documentsView) askSave(format string) {
	saveDialog(v.sh, v.fileName(format), storage.NewExtensionFileFilter([]string{"." + format}), func(path string) {
		v.writeInBackground(format, path, v.afterSave)
	})
}

// writeInBackground draws the document off the UI goroutine and reports
// back through fyne.Do; done, when set, runs after a successful write.
func (v *documentsView) writeInBackground(format, path string, done func()) {
	// Refuse a wrong path before a version is issued.
	db := v.sh.Store.Path()
	if err := jobs.CheckOutput(path, db); err != nil {
		showError(v.sh, err)
		return
	}
	// Saving or printing issues the document; a failure is shown, never
	// written as an empty file.
	write, err := v.writer(format)
	if err != nil {
		showError(v.sh, err)
		return
	}
	v.setBusy(true)
	v.status.Set(lang.L("docs.working"))
	go func() {
		err := jobs.WriteFile(path, db, write)
		fyne.Do(func() {
			v.setBusy(false)
			if err != nil {
				v.status.Set("")
				showError(v.sh, err)
				return
			}
			v.status.Set(lang.L("common.saved_to", map[string]any{"Path": path}))
			if done != nil {
				done()
			}
		})
	}()
}

func (v *documentsView) setBusy(busy bool) {
	for _, b := range v.buttons {
		if busy {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// openForPrinting writes the PDF into the window's private folder of print
// previews and opens it in the system's viewer, from where it can be
// printed. When nothing can open it, the user is told so in plain words.
func (v *documentsView) openForPrinting() {
	dir, err := printPreviews.folder()
	if err != nil {
		showError(v.sh, err)
		return
	}
	path := freshPreviewPath(dir, v.fileName("pdf"))
	v.writeInBackground("pdf", path, func() { v.openPrinted(path) })
}

// openPrinted opens the written preview at path in the system's viewer.
func (v *documentsView) openPrinted(path string) {
	if err := v.openURL(fileURL(path)); err != nil {
		fyne.LogError("opening "+path, err)
		showText(v.sh, lang.L("common.error"), vocab.Fill(noOpener.In(v.sh.Lang), path))
	}
}

// noOpener is said when the system has no program that opens a PDF.
var noOpener = vocab.Text{
	FI: "PDF-tiedostoa ei voitu avata tulostettavaksi: tietokoneesta ei löytynyt ohjelmaa, joka avaa PDF-tiedostoja. Tallenna PDF-tiedosto ja avaa se itse, tai asenna PDF-lukuohjelma.\n\nTiedosto on nyt tässä, kunnes suljet ikkunan:\n{0}",
	SV: "PDF-filen kunde inte öppnas för utskrift: datorn har inget program som öppnar PDF-filer. Spara PDF-filen och öppna den själv, eller installera ett PDF-program.\n\nFilen finns här tills du stänger fönstret:\n{0}",
	EN: "The PDF could not be opened for printing: no program that opens PDF files was found on this computer. Save the PDF and open it yourself, or install a PDF reader.\n\nThe file is here until you close the window:\n{0}",
}

// fileURL is the file:// address of a local path, as the system's opener
// wants it: file:///home/a/b.pdf, file:///C:/Users/a/b.pdf on Windows (a
// drive letter or backslashes mark a Windows path), file://server/share/…
// for a network path; spaces and other characters are escaped.
func fileURL(path string) *url.URL {
	p := path
	windows := len(p) >= 2 && p[1] == ':' || strings.HasPrefix(p, `\\`)
	if windows {
		p = strings.ReplaceAll(p, `\`, "/")
	}
	if strings.HasPrefix(p, "//") { // \\server\share\file
		host, rest, _ := strings.Cut(p[2:], "/")
		return &url.URL{Scheme: "file", Host: host, Path: "/" + rest}
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// printPreviews is the private folder (mode 0700) of the print previews of
// this process's window. It is made when the first preview is printed and
// removed by RemovePrintPreviews when the window has closed. The folder
// holds a lock for as long as its window lives, so that the folders a
// killed window left behind are found and removed by the next one.
var printPreviews previewFolder

// previewPrefix starts the name of every folder of print previews.
const previewPrefix = "tietosuojapakki-tulostus-"

type previewFolder struct {
	mu   sync.Mutex
	dir  string
	lock *data.Lock
}

func (p *previewFolder) folder() (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dir != "" {
		return p.dir, nil
	}
	dir, err := os.MkdirTemp("", previewPrefix+"*") // mode 0700
	if err != nil {
		return "", err
	}
	lock, err := data.AcquireLock(filepath.Join(dir, "ikkuna"))
	if err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	p.dir, p.lock = dir, lock
	removeLeftPreviews(filepath.Dir(dir), dir)
	return dir, nil
}

// removeLeftPreviews removes the folders of print previews whose window is
// gone (their lock is free), except own. A folder younger than a minute is
// left alone: its window may be about to take its lock.
func removeLeftPreviews(tmp, own string) {
	others, _ := filepath.Glob(filepath.Join(tmp, previewPrefix+"*"))
	for _, d := range others {
		fi, err := os.Stat(d)
		if d == own || err != nil || !fi.IsDir() || time.Since(fi.ModTime()) < time.Minute {
			continue
		}
		if l, err := data.AcquireLock(filepath.Join(d, "ikkuna")); err == nil {
			l.Release()
			os.RemoveAll(d)
		}
	}
}

// RemovePrintPreviews removes the print previews of the window with their
// folder. The caller of Run calls it when the window has closed: a preview
// holds personal data and must not stay in the system's temporary folder.
func RemovePrintPreviews() error {
	p := &printPreviews
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dir == "" {
		return nil
	}
	p.lock.Release() // before the removal: Windows removes no open file
	err := os.RemoveAll(p.dir)
	p.dir, p.lock = "", nil
	return err
}
