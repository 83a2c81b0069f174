package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/wizard"
)

// recordList is the page of a repeating step (the registers): a card per
// record with open, rename and delete, and "add from template".
func (w *wizardView) recordList(p wizard.Page) fyne.CanvasObject {
	rep := p.Step.Repeat
	box := container.NewVBox()
	n := wizard.Len(w.a, rep.Path)
	if n == 0 {
		box.Add(note(lang.L("reg.none"), theme.ColorNamePrimary))
	}
	for i := range n {
		name := wizard.GetString(w.a, rep.Path+"."+strconv.Itoa(i)+"."+rep.TitleField)
		if strings.TrimSpace(name) == "" {
			name = lang.L("reg.unnamed")
		}
		open := newButton(lang.L("reg.open"), theme.NavigateNextIcon(), func() { w.openRecord(p.Step.ID, i) })
		rename := newButton(lang.L("reg.rename"), theme.DocumentCreateIcon(), func() { w.askRename(rep, i) })
		del := newButton(lang.L("wizard.remove"), theme.DeleteIcon(), func() {
			w.confirm(lang.L("wizard.remove_title"), lang.L("reg.remove_confirm", map[string]any{"Name": name}),
				func() { w.removeRegister(rep, i) })
		})
		box.Add(widget.NewCard("", name, container.NewHBox(open, rename, del)))
	}
	box.Add(widget.NewSeparator())
	box.Add(widget.NewLabelWithStyle(lang.L("reg.add_title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	box.Add(w.addRegisterRow(p))
	return box
}

// addRegisterRow picks a template (or an empty register) and adds it.
func (w *wizardView) addRegisterRow(p wizard.Page) fyne.CanvasObject {
	rep := p.Step.Repeat
	empty := lang.L("reg.empty")
	names := []string{}
	ids := map[string]string{}
	if rep.Templates {
		for _, t := range wizard.Templates() {
			names = append(names, t.Name.In(w.lang))
			ids[t.Name.In(w.lang)] = t.ID
		}
	}
	names = append(names, empty)
	pick := widget.NewSelect(names, nil)
	pick.SetSelected(names[0])
	help := muted("")
	pick.OnChanged = func(s string) {
		help.Segments[0].(*widget.TextSegment).Text = templateHelp(ids[s], w.lang)
		help.Refresh()
	}
	pick.OnChanged(names[0])
	add := newButton(lang.L("reg.add"), theme.ContentAddIcon(), func() {
		w.addRegister(p.Step.ID, rep, ids[pick.Selected])
	})
	add.Importance = widget.HighImportance
	w.regPick, w.regAdd = pick, add
	return container.NewVBox(container.NewBorder(nil, nil, nil, add, pick), help)
}

func templateHelp(id, l string) string {
	if t, ok := wizard.FindTemplate(id); ok {
		return t.Help.In(l)
	}
	return ""
}

// addRegister adds a register from the template id ("" for an empty one),
// saves it and opens its first page.
func (w *wizardView) addRegister(stepID string, rep *wizard.Repeat, templateID string) int {
	w.flush()
	w.readAnswers()
	var i int
	var err error
	if t, ok := wizard.FindTemplate(templateID); ok && rep.Templates {
		i, err = wizard.AddRegister(w.a, t)
	} else {
		i, err = wizard.AddRecord(w.a, rep.Path, "")
	}
	if err != nil {
		w.report(err)
		return -1
	}
	if err := w.sh.Store.AddTranslations(context.Background(), w.org, w.a.Translations, false); err != nil { // a template's texts in every language
		w.report(err)
		return -1
	}
	if i = w.appendRecord(rep.Path, i); i < 0 {
		w.render()
		return -1
	}
	w.pages = wizard.Pages(w.cat, w.a)
	w.openRecord(stepID, i)
	return i
}

// openRecord opens the first page of record i of the repeating step.
func (w *wizardView) openRecord(stepID string, i int) {
	w.pages = wizard.Pages(w.cat, w.a)
	for j, pg := range w.pages {
		if pg.Parent == stepID && pg.Record == i {
			w.goTo(j)
			return
		}
	}
	w.render()
}

// askRename asks for a record's new title.
func (w *wizardView) askRename(rep *wizard.Repeat, i int) {
	path := rep.Path + "." + strconv.Itoa(i) + "." + rep.TitleField
	e := widget.NewEntry()
	e.SetText(wizard.GetString(w.a, path))
	newFormDialog(w.sh, lang.L("reg.rename"), e, func(name string) { w.renameRecord(path, name) }).Show()
	w.sh.Win.Canvas().Focus(e)
}

// renameRecord sets the title field of a record.
func (w *wizardView) renameRecord(path, name string) {
	w.flush()
	if err := wizard.Set(w.a, path, strings.TrimSpace(name)); err != nil {
		w.report(err)
		return
	}
	w.report(w.sh.Store.SetAnswer(context.Background(), w.org, path, strings.TrimSpace(name)))
	w.render()
}

// removeRegister deletes record i of the repeating step and stays on its
// list page.
func (w *wizardView) removeRegister(rep *wizard.Repeat, i int) {
	key := pageKey(w.pages[w.cur])
	w.removeRecord(rep.Path, i, "")
	w.goToKey(key)
}
