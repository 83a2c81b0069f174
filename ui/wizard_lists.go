package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/wizard"
)

// listField is a List question: one entry per line, with add and remove,
// and the suggestions as quick-add buttons.
type listField struct {
	items      []string
	entries    []*widget.Entry
	focusables []*entry
	add        *button // "+ add row"
	box        *fyne.Container
}

func (w *wizardView) listInput(f *field) fyne.CanvasObject {
	lf := &listField{box: container.NewVBox()}
	if list, ok := wizard.Get(w.a, f.path).([]any); ok {
		for _, v := range list {
			s, _ := v.(string)
			lf.items = append(lf.items, s)
		}
	}
	f.list = lf
	w.drawList(f)
	return lf.box
}

// drawList lays out the list's rows again after a row is added or removed.
func (w *wizardView) drawList(f *field) {
	lf := f.list
	lf.box.RemoveAll()
	lf.entries, lf.focusables = nil, nil
	for i, s := range lf.items {
		e := newEntry(false)
		w.hook(e)
		e.SetText(s)
		e.OnChanged = func(s string) {
			lf.items[i] = s
			w.putList(f)
		}
		del := newButton("", theme.DeleteIcon(), func() {
			lf.items = append(lf.items[:i:i], lf.items[i+1:]...)
			w.putList(f)
			w.flushPath(f.path)
			w.drawList(f)
		})
		lf.entries = append(lf.entries, &e.Entry)
		lf.focusables = append(lf.focusables, e)
		lf.box.Add(container.NewBorder(nil, nil, nil, del, wheelThrough(e, w.body)))
		if i == 0 {
			f.focus = e
		}
	}
	add := newButton(lang.L("wizard.add_row"), theme.ContentAddIcon(), func() {
		lf.items = append(lf.items, "")
		w.drawList(f)
		// The new row takes the focus and is scrolled into view (the
		// page had jumped to its top, the row off screen).
		if c := w.sh.Win.Canvas(); c != nil && len(lf.focusables) > 0 {
			last := lf.focusables[len(lf.focusables)-1]
			c.Focus(last)
			ensureVisible(w.body, lf.add)
		}
	})
	lf.add = add
	// The quick-add buttons wrap onto more lines on a narrow window (they
	// were clipped in a scrolling row at 1024 px).
	row := container.New(layout.NewRowWrapLayout(), add)
	have := map[string]bool{}
	for _, s := range lf.items {
		have[strings.TrimSpace(s)] = true
	}
	for _, s := range texts(f.q.Suggestions, w.lang) {
		if have[s] {
			continue
		}
		row.Add(newButton(s, theme.ContentAddIcon(), func() {
			lf.items = append(lf.items, s)
			w.putList(f)
			w.flushPath(f.path)
			w.drawList(f)
		}))
	}
	lf.box.Add(row)
	lf.box.Refresh()
}

// putList stores the list's non-empty lines once typing pauses.
func (w *wizardView) putList(f *field) {
	w.schedule(f.path, func() error {
		out := []string{}
		for _, s := range f.list.items {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return wizard.Put(w.a, f.q, f.base, out)
	})
}

// recordsInput is a Records question: a card per record with its fields
// rendered by the same renderers, a remove button, and an add button.
func (w *wizardView) recordsInput(f *field) fyne.CanvasObject {
	item := f.q.Item.In(w.lang)
	box := container.NewVBox()
	for i := range wizard.Len(w.a, f.path) {
		base := f.path + "." + strconv.Itoa(i)
		inner := container.NewVBox()
		for _, sub := range f.q.Fields {
			if wizard.Visible(sub, w.a, base) {
				inner.Add(w.question(sub, base))
			}
		}
		del := newButton(lang.L("wizard.remove"), theme.DeleteIcon(), func() {
			w.confirm(lang.L("wizard.remove_title"), lang.L("wizard.remove_record", map[string]any{"Item": item + " " + strconv.Itoa(i+1)}),
				func() { w.removeRecord(f.path, i, f.q.Key) })
		})
		inner.Add(spacerRow(del))
		box.Add(widget.NewCard("", item+" "+strconv.Itoa(i+1), inner))
	}
	f.add = newButton(item, theme.ContentAddIcon(), func() { w.addRecord(f.path, f.q.Key) })
	box.Add(container.NewHBox(f.add))
	return box
}

// addRecord appends an empty record, saves it at once and focuses its
// first field.
func (w *wizardView) addRecord(path, key string) int {
	w.flush()
	w.readAnswers() // a new key must not repeat one another writer gave
	i, err := wizard.AddRecord(w.a, path, key)
	if err != nil {
		w.report(err)
		return -1
	}
	if i = w.appendRecord(path, i); i < 0 {
		w.render()
		return -1
	}
	w.render()
	prefix := path + "." + strconv.Itoa(i) + "."
	for p, f := range w.fields {
		if strings.HasPrefix(p, prefix) && f.focus != nil && f.q.ID == firstFieldID(w.cat, f.q.ID) {
			w.sh.Win.Canvas().Focus(f.focus)
		}
	}
	return i
}

// readAnswers reads the answers again from the store, so that a change to
// a list builds on what is stored now, not on the window's copy.
func (w *wizardView) readAnswers() {
	if a, err := w.sh.Store.Answers(context.Background(), w.org); err == nil {
		w.a = a
	}
}

// appendRecord writes record i of the window's copy of the list at path
// as a new last record of the list as stored (AppendRecord reads it in
// its own transaction: a record another writer added meanwhile stays,
// where writing the whole list from memory erased it). It reads the
// answers again and returns the record's index as stored, or -1.
func (w *wizardView) appendRecord(path string, i int) int {
	at, err := w.sh.Store.AppendRecord(context.Background(), w.org, path, wizard.Get(w.a, path+"."+strconv.Itoa(i)))
	w.readAnswers()
	if err != nil {
		w.report(err)
		return -1
	}
	w.report(nil)
	return at
}

// firstFieldID is id when it is the first field of its record question.
func firstFieldID(c wizard.Catalogue, id string) string {
	first := ""
	wizard.Walk(c, func(q wizard.Question, _ string) {
		if len(q.Fields) > 0 && q.Fields[0].ID == id {
			first = id
		}
	})
	return first
}

// removeRecord deletes record i of the list at path. When the records are
// referred to by key (processors chosen in registers), the references go
// too, so no answer points at a record that is gone.
func (w *wizardView) removeRecord(path string, i int, key string) {
	w.flush()
	rec := path + "." + strconv.Itoa(i)
	code := ""
	if key != "" {
		code = wizard.GetString(w.a, wizard.Join(rec, key))
	}
	shown := wizard.Get(w.a, rec)
	// Only the record the user saw goes: when another writer changed or
	// moved it meanwhile, nothing is deleted and the list is shown again.
	err := w.sh.Store.DeleteRecordIf(context.Background(), w.org, rec, shown)
	if errors.Is(err, data.ErrAnswerChanged) {
		w.readAnswers()
		w.render()
		return
	}
	if err == nil {
		err = wizard.RemoveRecord(w.a, path, i)
	}
	w.report(err)
	if err != nil {
		return
	}
	for p := range w.drafts {
		if strings.HasPrefix(p, path+".") {
			delete(w.drafts, p)
		}
	}
	if code != "" {
		w.dropReferences(path, code)
	}
	w.render()
}

// dropReferences removes code from every answer whose options come from
// the records at path.
func (w *wizardView) dropReferences(path, code string) {
	wizard.Walk(w.cat, func(q wizard.Question, tmpl string) {
		if q.RecordOptions == nil || q.RecordOptions.Path != path {
			return
		}
		for _, base := range expandBase(w, tmpl) {
			ref := wizard.Join(base, q.Path)
			list, _ := wizard.Get(w.a, ref).([]any)
			kept := []string{}
			for _, v := range list {
				if s, _ := v.(string); s != code {
					kept = append(kept, s)
				}
			}
			if len(kept) == len(list) {
				continue
			}
			// The code goes from the list as stored now: a choice another
			// writer added meanwhile stays.
			if wizard.Set(w.a, ref, kept) == nil {
				w.report(w.sh.Store.RemoveListValue(context.Background(), w.org, ref, code))
			}
		}
	})
}

// expandBase turns a path template such as "registers.{i}" into the
// record paths that exist in the answers.
func expandBase(w *wizardView, tmpl string) []string {
	before, after, ok := strings.Cut(tmpl, ".{i}")
	if !ok {
		return []string{tmpl}
	}
	var out []string
	for i := range wizard.Len(w.a, before) {
		out = append(out, expandBase(w, before+"."+strconv.Itoa(i)+after)...)
	}
	return out
}

// confirm asks before something is deleted.
func (w *wizardView) confirm(title, msg string, do func()) {
	confirmDialog(w.sh, title, msg, do)
}

// confirmDialog asks a yes/no question with a Delete and a Cancel button.
func confirmDialog(sh *Shell, title, msg string, do func()) {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	askChoice(sh, title, text, lang.L("common.delete"), lang.L("common.cancel"), false, func(ok bool) {
		if ok {
			do()
		}
	})
}

// calendarButton opens a calendar that fills a date field.
func (w *wizardView) calendarButton(f *field) fyne.CanvasObject {
	btn := newButton("", theme.CalendarIcon(), nil)
	btn.OnTapped = func() {
		start := time.Now()
		if t, err := time.Parse(time.DateOnly, strings.TrimSpace(f.entry.Text)); err == nil {
			start = t
		}
		f.picker = showDatePicker(w.sh.Win.Canvas(), btn, start, func(t time.Time) {
			f.entry.SetText(t.Format(time.DateOnly))
		})
	}
	f.calendar = btn
	return btn
}
