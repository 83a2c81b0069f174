package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
)

// reqFormDialog is a dialog whose Save keeps it open while the store refuses
// the input: the messages appear beside their fields and nothing typed is
// lost.
type reqFormDialog struct {
	d            *dialog.CustomDialog
	save, cancel *widget.Button
	errs         map[string]*widget.Label
	general      *widget.Label
	lang         string
}

// newReqFormDialog builds the dialog around body; onSave returns the store's
// error, or nil to close.
func newReqFormDialog(sh *Shell, title string, body fyne.CanvasObject, size fyne.Size, f *reqFormDialog, onSave func() error) {
	f.lang = sh.Lang
	f.general = reqErrLabel()
	f.d, f.cancel, f.save = showFormDialog(sh, title, body, f.general, size,
		lang.L("requests.cancel"), lang.L("requests.save"), onSave, f.showErrors)
}

// showFormDialog opens a form dialog of the log screens (requests,
// breaches): body scrolls above the general error line, Cancel closes,
// Save runs onSave and closes when it returns nil; showErr puts its error
// beside the field it names (or on the general line).
func showFormDialog(sh *Shell, title string, body fyne.CanvasObject, general *widget.Label, size fyne.Size,
	cancelText, saveText string, onSave func() error, showErr func(error)) (*dialog.CustomDialog, *widget.Button, *widget.Button) {
	var d *dialog.CustomDialog
	cancel := widget.NewButton(cancelText, func() { d.Hide() })
	save := widget.NewButtonWithIcon(saveText, theme.ConfirmIcon(), func() {
		err := onSave()
		showErr(err)
		if err == nil {
			d.Hide()
		}
	})
	save.Importance = widget.HighImportance
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(size)
	d = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, general, nil, nil, scroll), sh.Win)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	d.Show()
	return d, cancel, save
}

// field is a labelled input with its error line below it.
func (f *reqFormDialog) field(key, title string, input fyne.CanvasObject, help string) fyne.CanvasObject {
	if f.errs == nil {
		f.errs = map[string]*widget.Label{}
	}
	e := reqErrLabel()
	f.errs[key] = e
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewVBox(head, input)
	if help != "" {
		h := widget.NewLabel(help)
		h.Wrapping = fyne.TextWrapWord
		h.Importance = widget.LowImportance
		box.Add(h)
	}
	box.Add(e)
	return box
}

// showErrors puts each message beside its field; one without a field goes
// to the bottom of the dialog.
func (f *reqFormDialog) showErrors(err error) {
	msgs := data.ErrorsByField(err, f.lang)
	general := ""
	for field, msg := range msgs {
		if _, ok := f.errs[field]; !ok {
			general = msg
		}
	}
	for field, l := range f.errs {
		reqSetErr(l, msgs[field])
	}
	reqSetErr(f.general, general)
}

func reqErrLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

func reqSetErr(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// reqDateLayout is how dates are shown and typed in the window (the store
// also accepts YYYY-MM-DD).
const reqDateLayout = "2.1.2006"

// newReqDateEntry is a date field with a calendar button. Fyne's DateEntry
// takes its format from the region of the system locale and falls back to
// dd/mm/yyyy for Finland, so the window uses an entry of its own in the
// Finnish d.m.yyyy with our datePicker (in the window's language).
func newReqDateEntry(initial time.Time) *widget.Entry {
	e := widget.NewEntry()
	btn := widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil {
			return
		}
		start := time.Now()
		if t, err := time.Parse(reqDateLayout, e.Text); err == nil {
			start = t
		}
		showDatePicker(c, e, start, func(t time.Time) { e.SetText(t.Format(reqDateLayout)) })
	})
	btn.Importance = widget.LowImportance
	e.ActionItem = btn // before SetText, which may build the renderer
	e.SetPlaceHolder("p.k.vvvv")
	if !initial.IsZero() {
		e.SetText(initial.Format(reqDateLayout))
	}
	return e
}

// reqDialogError shows an unexpected failure, in the user's language.
func reqDialogError(sh *Shell, err error) {
	if sh.Win != nil {
		showError(sh, err)
	}
}
