package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
)

// The dialogs of the breach log. Each keeps its dialog open while the
// store refuses the input, with the store's message (a *data.BreachError)
// beside the field it names; nothing typed is lost.

// breachForm is one open dialog: its inputs by field name and the error
// line of each.
type breachForm struct {
	d            *dialog.CustomDialog
	save, cancel *widget.Button
	entries      map[string]*widget.Entry
	errs         map[string]*widget.Label
	general      *widget.Label
	risk         *widget.RadioGroup // the assessment dialog's choice
	lang         string
}

func newBreachForm(lg string) *breachForm {
	return &breachForm{entries: map[string]*widget.Entry{}, errs: map[string]*widget.Label{}, general: reqErrLabel(), lang: lg}
}

// show opens the dialog around body; onSave returns the store's error, or
// nil to close.
func (f *breachForm) show(sh *Shell, title string, body fyne.CanvasObject, size fyne.Size, onSave func() error) {
	f.d, f.cancel, f.save = showFormDialog(sh, title, body, f.general, size,
		lang.L("breaches.cancel"), lang.L("breaches.save"), onSave, f.showError)
}

// field is a labelled input with its help and its error line below it.
func (f *breachForm) field(key, title string, input fyne.CanvasObject, help string) fyne.CanvasObject {
	e := reqErrLabel()
	f.errs[key] = e
	box := container.NewVBox(widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), input)
	if help != "" {
		box.Add(breachHelp(help))
	}
	box.Add(e)
	return box
}

// text is a field with an entry of its own, kept under key.
func (f *breachForm) text(key, title, help string, multiLine bool) fyne.CanvasObject {
	e := widget.NewEntry()
	if multiLine {
		e = widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
	}
	f.entries[key] = e
	return f.field(key, title, e, help)
}

// when is a field for a moment in Finnish time, kept under key.
func (f *breachForm) when(key, title, help string, initial time.Time) fyne.CanvasObject {
	e := newBreachTimeEntry(initial)
	f.entries[key] = e
	return f.field(key, title, e, help)
}

func (f *breachForm) value(key string) string { return strings.TrimSpace(f.entries[key].Text) }

// instant reads the time typed under key (Helsinki time); an empty field
// is the zero time when optional.
func (f *breachForm) instant(key string, optional bool) (time.Time, error) {
	if optional && f.value(key) == "" {
		return time.Time{}, nil
	}
	return data.ParseLocalTime(key, withOffset(f.value(key)))
}

// offsetLayouts are the Finnish forms of a time with its UTC offset, as the
// store's message for a time that occurs twice asks ("lisää perään
// +03:00"); the store reads the offset only in the ISO form.
var offsetLayouts = []string{"2.1.2006 15:04-07:00", "2.1.2006 15:04 -07:00", "2.1.2006 15.04-07:00", "2.1.2006 15.04 -07:00"}

// withOffset rewrites d.m.yyyy HH:MM+03:00 as RFC 3339; anything else is
// returned as it is.
func withOffset(s string) string {
	for _, layout := range offsetLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return s
}

// number reads an approximate count; empty is 0 (not known).
func (f *breachForm) number(key string) (int, error) {
	s := strings.ReplaceAll(strings.ReplaceAll(f.value(key), " ", ""), "\u00a0", "")
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &breachInputError{field: key, key: "breaches.error.number"}
	}
	return n, nil
}

// breachInputError is a typing error caught before the store (a number
// that is not one), worded from the window's texts.
type breachInputError struct{ field, key string }

func (e *breachInputError) Error() string { return lang.L(e.key) }

// showError puts the message beside its field; one without a known field
// goes to the bottom of the dialog.
func (f *breachForm) showError(err error) {
	field, msg := breachErrorField(err, f.lang)
	general := ""
	if _, ok := f.errs[field]; !ok {
		general = msg
	}
	for k, l := range f.errs {
		if k == field {
			reqSetErr(l, msg)
		} else {
			reqSetErr(l, "")
		}
	}
	reqSetErr(f.general, general)
}

// breachErrorField is the field an error belongs to and its message in lg
// ("" and "" for nil).
func breachErrorField(err error, lg string) (string, string) {
	var be *data.BreachError
	var ie *breachInputError
	switch {
	case err == nil:
		return "", ""
	case errors.As(err, &be):
		return be.Field, be.Message(lg)
	case errors.As(err, &ie):
		return ie.field, ie.Error()
	}
	return "", err.Error()
}

// breachHelp is a short grey guidance text.
func breachHelp(s string) *widget.Label {
	h := widget.NewLabel(s)
	h.Wrapping = fyne.TextWrapWord
	h.Importance = widget.LowImportance
	return h
}

// breachTimeLayout is how a moment is shown and typed: d.m.yyyy HH:MM,
// Finnish time (data.ParseLocalTime reads it).
const breachTimeLayout = "2.1.2006 15:04"

// newBreachTimeEntry is a field for a date and time with a calendar
// button: picking a day keeps the time typed (or 00:00).
func newBreachTimeEntry(initial time.Time) *widget.Entry {
	e := widget.NewEntry()
	btn := widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil {
			return
		}
		start, clock := time.Now().In(data.Helsinki), "00:00"
		if t, err := data.ParseLocalTime("", e.Text); err == nil {
			start = t.In(data.Helsinki)
			clock = start.Format("15:04")
		}
		showDatePicker(c, e, start, func(t time.Time) { e.SetText(t.Format("2.1.2006") + " " + clock) })
	})
	btn.Importance = widget.LowImportance
	e.ActionItem = btn
	e.SetPlaceHolder("p.k.vvvv tt:mm")
	if !initial.IsZero() {
		e.SetText(breachTimeText(initial))
	}
	return e
}

// breachTimeText is t as typed in the form (d.m.yyyy HH:MM, Helsinki
// time), with its offset when the wall time occurs twice (the hour
// repeated when the clocks go back), so that it reads back the same.
func breachTimeText(t time.Time) string {
	l := t.In(data.Helsinki)
	s := l.Format(breachTimeLayout)
	if _, err := data.ParseLocalTime("", s); err != nil {
		s += l.Format("-07:00")
	}
	return s
}
