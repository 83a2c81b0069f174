package ui

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// Import and export of one organisation as the portable JSON file, and
// the save dialog every file the window writes goes through.

// importFilter is nil: the import dialog shows all files, so that an
// answers file is never invisible to it whatever its name (an export saved
// under a bare name, "kivi.json.txt" from Notepad, a mail attachment's
// name). The import reads the content and refuses anything else plainly.
var importFilter storage.FileFilter

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
	if importFilter != nil {
		d.SetFilter(importFilter)
	}
	d.Resize(dialogSize(sh))
	d.Show()
}

// importFrom reads an answers file. A file with problems is not imported
// at all: the problems are shown in the user's language. A good file
// becomes a new organisation, which is opened.
func importFrom(sh *Shell, r io.Reader) (int64, error) {
	f, ps := data.ParseFile(r)
	if len(ps) > 0 {
		showText(sh, lang.L("org.import_failed"), jobs.ErrorText(ps, sh.Lang))
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

// askExport picks where to write the current organisation's file; a name
// without an extension gets .json, so that the import dialog shows it.
func askExport(sh *Shell) {
	flushWizard(sh)
	saveDialog(sh, slug(orgName(currentOrgName(sh)))+".json", jsonFilter, func(path string) {
		if filepath.Ext(path) == "" {
			path += ".json"
		}
		if err := exportTo(sh, path); err != nil {
			showError(sh, err)
			return
		}
		showText(sh, lang.L("org.export_done_title"), lang.L("common.saved_to", map[string]any{"Path": path}))
	})
}

// exportTo writes the current organisation's answers and request log to
// path (mode 0600: it holds personal data).
func exportTo(sh *Shell, path string) error {
	f, err := sh.Store.ExportFile(context.Background(), sh.Org)
	if err != nil {
		return err
	}
	return jobs.WriteFile(path, sh.Store.Path(), func(w io.Writer) error { return data.WriteFile(w, f) })
}

// saveDialog asks where to save a file and gives its path to write. The
// path has been checked (jobs.CheckOutput) before the dialog touched the
// file: Fyne's dialog opens (and so empties) the chosen file itself, so
// the check sits in the file repository the dialog writes through. A
// refused path is shown in the user's language and write is not called.
func saveDialog(sh *Shell, name string, filter storage.FileFilter, write func(path string)) {
	guardFiles(sh.Store.Path())
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(sh, err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := wc.URI().Path()
		wc.Close() // written again whole, with mode 0600
		write(path)
	}, sh.Win)
	d.SetFileName(name)
	if filter != nil {
		d.SetFilter(filter)
	}
	d.Resize(dialogSize(sh))
	d.Show()
}

// fileRepo is what Fyne's file repository does.
type fileRepo interface {
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
}

// guardedFiles is Fyne's file repository with the output check in front of
// its Writer: no dialog can open the database, its companions, a backup or
// another database for writing (which would empty it at once).
type guardedFiles struct {
	fileRepo
	mu sync.Mutex
	db string
}

// Writer refuses what jobs.CheckOutput refuses, before the file is opened;
// the file itself is opened (and emptied) only when something is written
// to it. The window's save dialogs write nothing through it (the file is
// written whole by jobs.WriteFile): a cancelled or failed job leaves no
// empty file, and an existing file is not emptied before the job ran.
func (g *guardedFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	g.mu.Lock()
	db := g.db
	g.mu.Unlock()
	if err := jobs.CheckOutput(u.Path(), db); err != nil {
		return nil, err
	}
	return &lazyWriter{uri: u, open: func() (fyne.URIWriteCloser, error) { return g.fileRepo.Writer(u) }}, nil
}

// lazyWriter opens its file on the first Write.
type lazyWriter struct {
	uri  fyne.URI
	open func() (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open()
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

// guardFiles puts the output check in front of the "file" repository (the
// app's driver registers a plain one when it starts), for the database at
// dbPath.
func guardFiles(dbPath string) {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if g, ok := r.(*guardedFiles); ok {
		g.mu.Lock()
		g.db = dbPath
		g.mu.Unlock()
		return
	}
	if fr, ok := r.(fileRepo); ok {
		repository.Register("file", &guardedFiles{fileRepo: fr, db: dbPath})
	}
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

// savedTexts are a screen's "saved" dialog in the user's language: its
// title, and its message with %s for the path.
type savedTexts struct{ title, message string }

// saveFileAs asks where to save name and writes it off the UI goroutine
// through jobs.WriteFile (the path checked first, the file private and
// whole), then says where it went (showSaved).
func saveFileAs(sh *Shell, name string, texts func() savedTexts, write func(io.Writer) error) {
	saveDialog(sh, name, nil, func(path string) {
		db := sh.Store.Path()
		go func() {
			err := jobs.WriteFile(path, db, write)
			fyne.Do(func() { showSaved(sh, texts(), path, err) })
		}()
	})
}

// showSaved shows, on the UI goroutine, what went wrong with writing path,
// or that it is saved.
func showSaved(sh *Shell, texts savedTexts, path string, err error) {
	if err != nil {
		showError(sh, err)
		return
	}
	dialog.ShowInformation(texts.title, fmt.Sprintf(texts.message, path), sh.Win)
}
