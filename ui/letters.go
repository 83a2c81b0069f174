package ui

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf/letters"
)

// The letter dialog of the request log (Kirje…): the letter that answers a
// request (acknowledgement, extension notice, answer, refusal), in the
// requester's language, as PDF, HTML or plain text for an e-mail. Only the
// letters the request's state allows can be chosen; the others stay
// visible, disabled, with the reason. Saving the letter records it in the
// request's history (jobs.MakeLetter).

// letterForm is the open letter dialog's state.
type letterForm struct {
	kinds   map[letters.Kind]*widget.RadioGroup // one option each, so that each can be disabled
	reasons map[letters.Kind]*widget.Label      // why a letter cannot be made now
	langSel *widget.RadioGroup
	format  *widget.RadioGroup
	dlg     *dialog.ConfirmDialog
	saved   chan struct{} // closed once the letter is saved and the pane shows it

	kind    letters.Kind // "" until one is chosen
	lang    string
	fmtCode string // "pdf", "html" or "text"
}

// letterKindKeys are the letters' names in the UI strings, in the order
// offered.
var letterKindKeys = []struct {
	kind letters.Kind
	key  string
}{
	{letters.Ack, "letters.kind.ack"},
	{letters.Extension, "letters.kind.extension"},
	{letters.Answer, "letters.kind.answer"},
	{letters.Refusal, "letters.kind.refusal"},
}

// openLetter opens the letter dialog for the request shown.
func (d *reqDetail) openLetter() {
	v, e := d.v, d.entry
	if e == nil {
		return
	}
	ref := e.Ref
	f := &letterForm{kinds: map[letters.Kind]*widget.RadioGroup{}, reasons: map[letters.Kind]*widget.Label{}, fmtCode: "pdf", saved: make(chan struct{})}
	d.letter = f
	if a, err := v.sh.Store.Answers(v.ctx, v.org); err == nil {
		f.lang = string(jobs.DocumentLang(a))
	} else {
		f.lang = "fi"
	}
	kindBox := container.NewVBox()
	for _, k := range letterKindKeys {
		kind := k.kind
		g := widget.NewRadioGroup([]string{lang.L(k.key)}, func(s string) { f.choose(kind, s) })
		f.kinds[kind] = g
		reason := widget.NewLabel("")
		reason.Wrapping = fyne.TextWrapWord
		reason.Importance = widget.LowImportance
		f.reasons[kind] = reason
		// The request's state decides: the composer refuses a letter
		// the log does not support, and says why.
		if _, err := jobs.MakeLetter(v.ctx, v.sh.Store, v.org, jobs.LetterOptions{Ref: ref, Kind: kind, Lang: vocab.LangOf(f.lang), Preview: true}); err != nil {
			g.Disable()
			reason.SetText(jobs.ErrorText(err, v.sh.Lang))
		} else {
			reason.Hide()
			if f.kind == "" {
				g.SetSelected(lang.L(k.key)) // the first allowed letter is the default
			}
		}
		kindBox.Add(container.NewVBox(g, reason))
	}

	langIDs := map[string]string{lang.L("lang.fi"): "fi", lang.L("lang.sv"): "sv", lang.L("lang.en"): "en"}
	f.langSel = widget.NewRadioGroup([]string{lang.L("lang.fi"), lang.L("lang.sv"), lang.L("lang.en")}, func(s string) {
		if l, ok := langIDs[s]; ok {
			f.lang = l
		}
	})
	f.langSel.Horizontal, f.langSel.Required = true, true
	for l, id := range langIDs {
		if id == f.lang {
			f.langSel.SetSelected(l)
		}
	}
	fmtIDs := map[string]string{"PDF": "pdf", "HTML": "html", lang.L("letters.format.text"): "text"}
	f.format = widget.NewRadioGroup([]string{"PDF", "HTML", lang.L("letters.format.text")}, func(s string) {
		if c, ok := fmtIDs[s]; ok {
			f.fmtCode = c
		}
	})
	f.format.Required = true
	f.format.SetSelected("PDF")

	form := widget.NewForm(
		widget.NewFormItem(lang.L("letters.kind"), kindBox),
		widget.NewFormItem(lang.L("docs.language"), f.langSel),
		widget.NewFormItem(lang.L("letters.format"), f.format),
	)
	title := lang.L("letters.title", map[string]any{"Ref": ref})
	f.dlg = dialog.NewCustomConfirm(title, lang.L("letters.save"), lang.L("common.cancel"), form, func(ok bool) {
		if ok && f.kind != "" {
			v.saveLetter(ref, f.kind, f.lang, f.fmtCode, func() { close(f.saved) })
		}
	}, v.sh.Win)
	f.dlg.Resize(fyne.NewSize(520, 520))
	f.dlg.Show()
}

// choose makes kind the chosen letter (s is its option, "" when it was
// cleared) and clears the other letters' options.
func (f *letterForm) choose(kind letters.Kind, s string) {
	if s == "" {
		if f.kind == kind {
			f.kind = ""
		}
		return
	}
	f.kind = kind
	for k, g := range f.kinds {
		if k != kind && g.Selected != "" {
			g.SetSelected("")
		}
	}
}

// letterExt is the file name ending of a letter's format.
func letterExt(format string) string {
	if format == "text" {
		return "txt"
	}
	return format
}

// saveLetter asks where to save the letter and writes it in the
// background. Only once the file is written is the letter recorded in the
// request's history: a letter never saved was never sent. done runs on
// the UI goroutine once the pane shows the letter in the history.
func (v *requestsView) saveLetter(ref string, kind letters.Kind, lg, format string, done func()) {
	ext := letterExt(format)
	name := fmt.Sprintf("kirje-%s-%s-%s.%s", ref, kind, lg, ext)
	saveDialog(v.sh, name, storage.NewExtensionFileFilter([]string{"." + ext}), func(path string) {
		db := v.sh.Store.Path()
		st, org, ctx := v.sh.Store, v.org, v.ctx
		o := jobs.LetterOptions{Ref: ref, Kind: kind, Lang: vocab.LangOf(lg), Format: format, Preview: true}
		go func() {
			err := jobs.WriteFile(path, db, func(w io.Writer) error {
				d, err := jobs.MakeLetter(ctx, st, org, o)
				if err != nil {
					return err
				}
				return jobs.RenderLetter(w, d, format)
			})
			if err == nil {
				o.Preview = false
				_, err = jobs.MakeLetter(ctx, st, org, o)
			}
			fyne.Do(func() {
				if err != nil {
					showError(v.sh, err)
					return
				}
				v.afterChange(ref)
				dialog.ShowInformation(lang.L("letters.saved.title"), lang.L("letters.saved", map[string]any{"Path": path}), v.sh.Win)
				done()
			})
		}()
	})
}
