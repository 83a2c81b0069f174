package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data/vocab"
	"tietosuojapakki/wizard"
)

// field is one rendered question bound to its answer path.
type field struct {
	q    wizard.Question
	base string
	path string

	entry    *widget.Entry      // ShortText, LongText, Date, Number
	sel      *widget.Select     // Choice with many options
	radio    *widget.RadioGroup // Choice with few options, YesNo
	checks   []*widget.Check    // MultiChoice, in option order
	list     *listField         // List
	add      *button            // Records: adds a record
	codes    map[string]string  // option label -> code (Choice)
	focus    fyne.Focusable     // what Tab and jumps focus
	msg      *message           // the validation message beside the field
	optHelp  *widget.RichText   // help of the chosen option (Choice)
	calendar *button            // Date: opens the picker
	picker   *datePicker        // the picker last opened (tests)
	// addOption names a new record to choose (MultiChoice from records).
	addOption *entry
	box       fyne.CanvasObject // the whole question, to scroll to
}

// question renders q in the record at base: its label, the input its Kind
// calls for, the validation message, help, example and active warning.
func (w *wizardView) question(q wizard.Question, base string) fyne.CanvasObject {
	f := &field{q: q, base: base, path: wizard.Join(base, q.Path), msg: newMessage(theme.ColorNameError)}
	w.fields[f.path] = f
	label := q.Label.In(w.lang)
	if q.Required {
		label += " *"
	}
	objs := []fyne.CanvasObject{widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	objs = append(objs, w.input(f), f.msg)
	if f.focus != nil {
		w.focusOrder = append(w.focusOrder, f.focus)
	}
	if tr := w.translations(f); tr != nil { // wizard_translations.go
		objs = append(objs, tr)
	}
	// Help and example share one text block, so they sit close together.
	var notes []string
	if help := q.Help.In(w.lang); help != "" {
		notes = append(notes, help)
	}
	if ex := q.Example.In(w.lang); ex != "" && q.Kind != wizard.Records {
		notes = append(notes, lang.L("wizard.example", map[string]any{"Text": ex}))
	}
	if len(notes) > 0 {
		objs = append(objs, muted(strings.Join(notes, "\n")))
	}
	if warn, ok := wizard.ActiveWarning(q, w.a, base); ok {
		objs = append(objs, note(warn.In(w.lang), theme.ColorNameWarning))
	}
	f.box = container.NewPadded(container.NewVBox(objs...))
	return f.box
}

// input builds the widget of f's Kind.
func (w *wizardView) input(f *field) fyne.CanvasObject {
	switch f.q.Kind {
	case wizard.ShortText, wizard.Number, wizard.Date:
		return w.textInput(f, false)
	case wizard.LongText:
		return w.textInput(f, true)
	case wizard.Choice:
		return w.choiceInput(f)
	case wizard.MultiChoice:
		return w.multiInput(f)
	case wizard.YesNo:
		return w.yesNoInput(f)
	case wizard.List:
		return w.listInput(f)
	case wizard.Records:
		return w.recordsInput(f)
	}
	return widget.NewLabel(string(f.q.Kind))
}

// current is the text form of f's stored answer, or what the user typed
// that did not pass validation.
func (w *wizardView) current(f *field) string {
	if d, ok := w.drafts[f.path]; ok {
		return d
	}
	v := wizard.Value(w.a, f.q, f.base)
	if f.q.Kind == wizard.Number {
		if n, ok := v.(float64); ok && n == 0 {
			return "" // an unanswered number reads as empty, not 0
		}
	}
	return wizard.GetString(w.a, f.path)
}

// textInput is an Entry (multi-line for LongText), with the suggestions as
// a drop-down when the question has any.
func (w *wizardView) textInput(f *field, multi bool) fyne.CanvasObject {
	var out fyne.CanvasObject
	suggestions := texts(f.q.Suggestions, w.lang)
	var e *entry
	if !multi && len(suggestions) > 0 {
		e = newComboEntry(suggestions)
	} else {
		e = newEntry(multi)
	}
	w.hook(e)
	f.entry, f.focus, out = &e.Entry, e, wheelThrough(e, w.body)
	if f.q.Kind == wizard.Date {
		f.entry.SetPlaceHolder(lang.L("wizard.date_placeholder"))
		out = container.NewBorder(nil, nil, nil, w.calendarButton(f), out)
	}
	f.entry.SetText(w.current(f))
	if t := strings.TrimSpace(f.entry.Text); t != "" {
		f.msg.Set(wizard.Validate(f.q, t, w.lang))
	}
	f.entry.OnChanged = func(s string) { w.textChanged(f, s) }
	if !multi {
		w.entries = append(w.entries, f.entry)
	}
	if multi && len(suggestions) > 0 {
		pick := widget.NewSelect(suggestions, func(s string) {
			if s != "" {
				f.entry.SetText(s)
			}
		})
		pick.PlaceHolder = lang.L("wizard.suggestion")
		out = container.NewVBox(out, pick)
	}
	return out
}

// textChanged validates a typed value. A valid value is remembered and,
// once typing pauses, put into the answers and saved; an invalid one stays
// in the field with its message and is not written. An emptied field is
// saved empty: the user meant to clear it. Nothing here encodes the
// answers: a keystroke must stay cheap on a long page.
func (w *wizardView) textChanged(f *field, s string) {
	msg := wizard.Validate(f.q, s, w.lang)
	// A mended value clears its message at once; a message appears only
	// when typing pauses, not at the first digit of a Y-tunnus being typed.
	if msg == "" {
		w.hints.Cancel(f.path)
		f.msg.Set("")
	} else {
		w.hints.After(f.path, func() { f.msg.Set(msg) })
	}
	if msg != "" && strings.TrimSpace(s) != "" {
		_, had := w.drafts[f.path]
		w.drafts[f.path] = s
		w.unschedule(f.path)
		if !had {
			w.updateStatus()
		}
		return
	}
	if _, had := w.drafts[f.path]; had {
		delete(w.drafts, f.path)
		w.updateStatus()
	}
	w.schedule(f.path, func() error { return wizard.Put(w.a, f.q, f.base, s) })
}

// choiceInput is a radio group for a few options, a drop-down for many;
// the chosen option's explanation is shown under it.
func (w *wizardView) choiceInput(f *field) fyne.CanvasObject {
	opts := wizard.Choices(f.q, w.a)
	labels := make([]string, len(opts))
	f.codes = map[string]string{}
	for i, t := range opts {
		labels[i] = t.Label.In(w.lang)
		f.codes[labels[i]] = t.Code
	}
	cur := wizard.GetString(w.a, f.path)
	f.optHelp = muted("")
	showHelp := func(code string) {
		t, _ := vocab.Find(opts, code)
		f.optHelp.Segments[0].(*widget.TextSegment).Text = t.Help.In(w.lang)
		f.optHelp.Refresh()
	}
	showHelp(cur)
	changed := func(label string) {
		code := f.codes[label]
		showHelp(code)
		if err := wizard.Put(w.a, f.q, f.base, code); err != nil {
			f.msg.Set(err.Error())
			return
		}
		w.save(f.path)
		w.afterChange()
	}
	curLabel := vocab.Label(opts, cur, w.lang)
	if cur == "" {
		curLabel = ""
	}
	if len(opts) <= 6 {
		f.radio = widget.NewRadioGroup(labels, nil)
		f.radio.SetSelected(curLabel)
		f.radio.OnChanged = changed

		return container.NewVBox(f.radio, f.optHelp)
	}
	f.sel = widget.NewSelect(labels, nil)
	f.sel.PlaceHolder = lang.L("wizard.choose")
	if curLabel != "" {
		f.sel.SetSelected(curLabel)
	}
	f.sel.OnChanged = changed
	f.focus = f.sel
	return container.NewVBox(f.sel, f.optHelp)
}

// multiInput is one check box per option, each with its explanation.
func (w *wizardView) multiInput(f *field) fyne.CanvasObject {
	opts := wizard.Choices(f.q, w.a)
	if len(opts) == 0 {
		if f.q.RecordOptions != nil {
			return container.NewVBox(muted(lang.L("wizard.no_options")), w.addOptionRow(f))
		}
		return muted(lang.L("wizard.no_options"))
	}
	chosen := map[string]bool{}
	if list, ok := wizard.Get(w.a, f.path).([]any); ok {
		for _, v := range list {
			if s, ok := v.(string); ok {
				chosen[s] = true
			}
		}
	}
	box := container.NewVBox()
	f.checks = make([]*widget.Check, len(opts))
	for i, t := range opts {
		c := widget.NewCheck(t.Label.In(w.lang), nil)
		c.SetChecked(chosen[t.Code])
		c.OnChanged = func(bool) { w.multiChanged(f, opts) }
		f.checks[i] = c
		box.Add(c)
		if h := t.Help.In(w.lang); h != "" {
			box.Add(container.NewPadded(muted(h)))
		}
	}
	f.focus = f.checks[0]
	if f.q.RecordOptions != nil {
		box.Add(w.addOptionRow(f))
	}
	return box
}

// addOptionRow lets a record that the question's options come from be
// created here (a processor from inside a register's step): a first-time
// user met "which processors handle this register" before any processor
// was entered, left it empty, and the processor entered later vanished
// from the notice.
func (w *wizardView) addOptionRow(f *field) fyne.CanvasObject {
	name := newEntry(false)
	w.hook(name)
	name.SetPlaceHolder(lang.L("wizard.add_option_placeholder"))
	add := newButton(lang.L("wizard.add_option"), theme.ContentAddIcon(), func() { w.addOption(f, name.Text) })
	name.OnSubmitted = func(string) { w.addOption(f, name.Text) }
	f.addOption = name
	return container.NewBorder(nil, nil, nil, add, wheelThrough(name, w.body))
}

// addOption creates a record named name in the list the options of f come
// from, saves it, and ticks it in f.
func (w *wizardView) addOption(f *field, name string) {
	ro := f.q.RecordOptions
	if name = strings.TrimSpace(name); name == "" || ro == nil {
		return
	}
	w.flush()
	w.readAnswers() // the list as stored: see appendRecord
	i, err := wizard.AddRecord(w.a, ro.Path, ro.CodeField)
	if err != nil {
		w.report(err)
		return
	}
	rec := ro.Path + "." + strconv.Itoa(i)
	if err := wizard.Set(w.a, rec+"."+ro.LabelField, name); err != nil {
		w.report(err)
		return
	}
	if i = w.appendRecord(ro.Path, i); i < 0 {
		w.render()
		return
	}
	rec = ro.Path + "." + strconv.Itoa(i)
	codes := []string{}
	if list, ok := wizard.Get(w.a, f.path).([]any); ok {
		for _, v := range list {
			if s, ok := v.(string); ok {
				codes = append(codes, s)
			}
		}
	}
	codes = append(codes, wizard.GetString(w.a, rec+"."+ro.CodeField))
	if err := wizard.Put(w.a, f.q, f.base, codes); err != nil {
		w.report(err)
		return
	}
	w.save(f.path)
	w.flush()
	w.render()
	if g := w.fields[f.path]; g != nil && g.addOption != nil {
		w.sh.Win.Canvas().Focus(g.addOption)
	}
}

func (w *wizardView) multiChanged(f *field, opts []vocab.Term) {
	codes := []string{}
	for i, c := range f.checks {
		if c.Checked {
			codes = append(codes, opts[i].Code)
		}
	}
	codes = w.keepChosenOrder(f, codes) // wizard_translations.go
	if err := wizard.Put(w.a, f.q, f.base, codes); err != nil {
		f.msg.Set(err.Error())
		return
	}
	w.save(f.path)
	w.afterChange()
}

// yesNoInput is a horizontal Yes / No radio group.
func (w *wizardView) yesNoInput(f *field) fyne.CanvasObject {
	yes, no := lang.L("wizard.yes"), lang.L("wizard.no")
	f.radio = widget.NewRadioGroup([]string{yes, no}, nil)
	f.radio.Horizontal = true
	f.radio.Required = true
	if v, _ := wizard.Value(w.a, f.q, f.base).(bool); v {
		f.radio.SetSelected(yes)
	} else {
		f.radio.SetSelected(no)
	}
	f.radio.OnChanged = func(s string) {
		if s == "" {
			return
		}
		if err := wizard.Put(w.a, f.q, f.base, s == yes); err != nil {
			f.msg.Set(err.Error())
			return
		}
		w.save(f.path)
		w.afterChange()
	}

	return f.radio
}

// texts gives each text in lang.
func texts(ts []wizard.Text, l string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(l)
	}
	return out
}

// hook connects a text field to the wizard: leaving it saves, focusing it
// scrolls it into view, and the step shortcuts work inside it.
func (w *wizardView) hook(e *entry) {
	e.onBlur = w.flush
	e.onFocus = func(o fyne.CanvasObject) { ensureVisible(w.body, o) }
	e.onShortcut = w.sh.shortcut
}

// complainMissing points out the page's required questions that are
// still empty, beside each, and keeps the page open; it reports whether
// it did. A second Next goes on (the wizard may be filled in any order,
// and the summary lists what is missing): a required question left empty
// used to pass with no word.
func (w *wizardView) complainMissing() bool {
	if w.a == nil || w.warned == w.cur {
		return false
	}
	w.applyTyped()
	snap := wizard.NewSnapshot(w.a)
	var first fyne.Focusable
	firstAt := len(w.focusOrder)
	for _, f := range w.fields {
		_, draft := w.drafts[f.path]
		if !f.q.Required || draft || !snap.Visible(f.q, f.base) || snap.Answered(f.q, f.base) {
			continue
		}
		f.msg.Set(lang.L("wizard.required_missing"))
		for i, x := range w.focusOrder {
			if x == f.focus && i < firstAt {
				first, firstAt = x, i
			}
		}
	}
	if firstAt == len(w.focusOrder) && first == nil {
		return false
	}
	w.warned = w.cur
	if first != nil {
		w.sh.Win.Canvas().Focus(first)
		if o, ok := first.(fyne.CanvasObject); ok {
			ensureVisible(w.body, o)
		}
	}
	return true
}
