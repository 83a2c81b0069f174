package ui

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/issue"
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

// The kinds of document.
const (
	docNotice    = "notice"
	docTerms     = "terms"
	docPractices = "practices"
)

type documentsView struct {
	sh *Shell
	a  *data.Answers

	kind  string
	reg   int // -1: all registers in one notice
	lang  string
	draft bool

	kindSel  *widget.Select
	kindIDs  map[string]string
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
	buttons  []*widget.Button
	root     fyne.CanvasObject
}

func newDocumentsView(sh *Shell) *documentsView {
	v := &documentsView{sh: sh, kind: docNotice, reg: -1, status: newMessage(theme.ColorNamePlaceHolder)}
	v.kindSel = widget.NewSelect(nil, func(s string) {
		if id, ok := v.kindIDs[s]; ok && id != v.kind {
			v.kind = id
			v.refresh()
		}
	})
	v.regSel = widget.NewSelect(nil, func(s string) {
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
	v.buttons = []*widget.Button{savePDF, saveHTML, print}

	form := widget.NewForm(
		widget.NewFormItem(lang.L("docs.document"), v.kindSel),
		widget.NewFormItem(lang.L("docs.registers"), v.regSel),
		widget.NewFormItem(lang.L("docs.language"), v.langSel),
	)
	left := container.NewVBox(form, v.draftChk, v.blocked,
		container.NewGridWithColumns(1, savePDF, saveHTML, print), v.status, v.findings)
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
			v.status.Set(err.Error())
		}
	}
	if v.lang == "" {
		v.lang = wizard.MainLanguage(v.a)
	}
	v.fillChoices()
	v.refresh()
}

// fillChoices lists the documents (the processor's documents only when
// the processor terms are in use) and the registers.
func (v *documentsView) fillChoices() {
	kinds := []struct{ id, label string }{{docNotice, lang.L("docs.notice")}}
	if v.a.ProcessorTerms.Enabled {
		kinds = append(kinds, struct{ id, label string }{docTerms, lang.L("docs.terms")},
			struct{ id, label string }{docPractices, lang.L("docs.practices")})
	}
	v.kindIDs = map[string]string{}
	var labels []string
	found := false
	for _, k := range kinds {
		v.kindIDs[k.label] = k.id
		labels = append(labels, k.label)
		found = found || k.id == v.kind
	}
	if !found {
		v.kind = docNotice
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

// relevant are the findings that concern the chosen document.
func (v *documentsView) relevant() []wizard.Finding {
	return wizard.ForDocument(wizard.Check(v.a), v.kind != docNotice, v.reg)
}

// refresh applies the choices: the draft state, the findings and the
// preview.
func (v *documentsView) refresh() {
	fs := v.relevant()
	blocking := wizard.Blocking(fs)
	v.blocked.RemoveAll()
	if blocking {
		// An incomplete document may exist only as a draft.
		v.draft = true
		v.draftChk.SetChecked(true)
		v.draftChk.Disable()
		v.blocked.Add(note(lang.L("docs.only_draft"), theme.ColorNameError))
	} else {
		v.draftChk.Enable()
	}
	v.findings.RemoveAll()
	if len(fs) > 0 {
		v.findings.Add(findingsView(fs, v.sh.Lang, func(f wizard.Finding) { goToFinding(v.sh, f) }))
	}
	d := v.compose()
	v.preview.Segments = previewSegments(d)
	v.preview.Refresh()
	v.scroll.ScrollToTop()
}

// request says which document the choices stand for. A preview shows the
// version the document would get; saving or opening it issues that version.
func (v *documentsView) request(preview bool) issue.Request {
	r := issue.Request{Kind: issue.Kind(v.kind), Lang: v.lang, Draft: v.draft, Preview: preview}
	if v.kind == docNotice && v.reg >= 0 && v.reg < len(v.a.Registers) {
		r.Register = v.a.Registers[v.reg].Name
	}
	return r
}

// compose builds the chosen document for the preview; a failure (the
// organisation deleted meanwhile) shows an empty preview, not a crash.
func (v *documentsView) compose() *doc.Document {
	d, err := issue.Make(context.Background(), v.sh.Store, v.sh.Org, v.request(true))
	if err != nil {
		fyne.LogError("composing the document", err)
		return &doc.Document{Lang: v.lang}
	}
	return d
}

// render draws d as PDF or HTML.
func render(d *doc.Document, format string) ([]byte, error) {
	var buf bytes.Buffer
	err := issue.Render(&buf, d, format)
	return buf.Bytes(), err
}

// writeDocument draws the chosen document and writes it to path with mode
// 0600. It does the heavy work: call it off the UI goroutine.
func writeDocument(d *doc.Document, format, path string) error {
	b, err := render(d, format)
	if err != nil {
		return err
	}
	return writePrivate(path, b)
}

// fileName suggests a file name: company, document and language.
func (v *documentsView) fileName(format string) string {
	parts := []string{slug(v.a.Organisation.Name), slug(v.compose().Title)}
	if v.kind == docNotice && v.reg >= 0 && v.reg < len(v.a.Registers) {
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
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(v.sh, err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		v.writeInBackground(format, path, nil)
	}, v.sh.Win)
	d.SetFileName(v.fileName(format))
	d.SetFilter(storage.NewExtensionFileFilter([]string{"." + format}))
	d.Resize(dialogSize(v.sh))
	d.Show()
}

// writeInBackground draws the document off the UI goroutine and reports
// back through fyne.Do; done, when set, runs after a successful write.
func (v *documentsView) writeInBackground(format, path string, done func()) {
	// Saving or printing issues the document; a failure is shown, never
	// written as an empty file.
	d, err := issue.Make(context.Background(), v.sh.Store, v.sh.Org, v.request(false))
	if err != nil {
		showError(v.sh, err)
		return
	}
	v.setBusy(true)
	v.status.Set(lang.L("docs.working"))
	go func() {
		err := writeDocument(d, format, path)
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

// openForPrinting writes the PDF to a private temporary file and opens it
// in the system's viewer, from where it can be printed.
func (v *documentsView) openForPrinting() {
	f, err := os.CreateTemp("", "tietosuojapakki-*.pdf") // mode 0600
	if err != nil {
		showError(v.sh, err)
		return
	}
	path := f.Name()
	f.Close()
	v.writeInBackground("pdf", path, func() {
		if err := v.sh.App.OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
			showError(v.sh, err)
		}
	})
}
