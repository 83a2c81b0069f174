package ui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
)

// Import and export of one organisation as the portable JSON file.

var jsonFilter = storage.NewExtensionFileFilter([]string{".json"})

// askImport picks an answers file and imports it as a new organisation.
func askImport(sh *Shell) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(sh, err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		_, _ = importFrom(sh, r)
	}, sh.Win)
	d.SetFilter(jsonFilter)
	d.Resize(dialogSize(sh))
	d.Show()
}

// importFrom reads an answers file. A file with problems is not imported
// at all: the problems are shown in the user's language. A good file
// becomes a new organisation, which is opened.
func importFrom(sh *Shell, r io.Reader) (int64, error) {
	f, ps := data.ParseFile(r)
	if len(ps) > 0 {
		showText(sh, lang.L("org.import_failed"), ps.Text(sh.Lang))
		return 0, ps
	}
	id, err := sh.Store.ImportFile(context.Background(), f)
	if err != nil {
		showError(sh, err)
		return 0, err
	}
	sh.SetOrg(id)
	return id, nil
}

// askExport picks where to write the current organisation's file.
func askExport(sh *Shell) {
	flushWizard(sh)
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(sh, err)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		if err := exportTo(sh, path); err != nil {
			showError(sh, err)
			return
		}
		showText(sh, lang.L("org.export_done_title"), lang.L("common.saved_to", map[string]any{"Path": path}))
	}, sh.Win)
	d.SetFileName(slug(orgName(currentOrgName(sh))) + ".json")
	d.SetFilter(jsonFilter)
	d.Resize(dialogSize(sh))
	d.Show()
}

// exportTo writes the current organisation's answers and request log to
// path (mode 0600: it holds personal data).
func exportTo(sh *Shell, path string) error {
	f, err := sh.Store.ExportFile(context.Background(), sh.Org)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := data.WriteFile(&buf, f); err != nil {
		return err
	}
	return writePrivate(path, buf.Bytes())
}

// dialogSize is a file dialog's size: most of the window.
func dialogSize(sh *Shell) fyne.Size {
	s := sh.Win.Canvas().Size()
	if s.Width < 100 {
		return fyne.NewSize(900, 560)
	}
	return fyne.NewSize(s.Width*0.85, s.Height*0.85)
}

// showText shows a longer text (problems of a file, where a file went).
func showText(sh *Shell, title, text string) {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(l)
	scroll.SetMinSize(fyne.NewSize(520, 220))
	dialog.NewCustom(title, lang.L("common.close"), scroll, sh.Win).Show()
}

// newFormDialog asks for one text; Enter in the field confirms.
func newFormDialog(sh *Shell, title string, e *widget.Entry, done func(string)) *dialog.FormDialog {
	d := dialog.NewForm(title, lang.L("common.ok"), lang.L("common.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("common.name"), e)}, func(ok bool) {
			if ok {
				done(e.Text)
			}
		}, sh.Win)
	e.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(440, 0))
	return d
}

// slug makes a file name part of text: lower case ASCII letters, digits
// and dashes ("Ajanvaraus Kivi Oy" -> "ajanvaraus-kivi-oy").
func slug(text string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(text) {
		switch r {
		case 'ä', 'å':
			r = 'a'
		case 'ö':
			r = 'o'
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
