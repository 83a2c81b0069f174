package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/wizard"
)

// summary is the last page: what the documents still lack, the blocking
// items first, each with a button to the question that mends it.
func (w *wizardView) summary() fyne.CanvasObject {
	return w.withAudit(findingsView(wizard.Check(w.a), w.lang, w.jumpTo))
}

// findingsView lists findings grouped by severity; jump opens a finding's
// question. The documents screen shows the same list.
func findingsView(fs []wizard.Finding, l string, jump func(wizard.Finding)) fyne.CanvasObject {
	box := container.NewVBox()
	if len(fs) == 0 {
		box.Add(note(lang.L("summary.none"), theme.ColorNameSuccess))
		return box
	}
	groups := []struct {
		sev   wizard.Severity
		title string
		color fyne.ThemeColorName
	}{
		{wizard.Missing, lang.L("summary.missing"), theme.ColorNameError},
		{wizard.Weak, lang.L("summary.weak"), theme.ColorNameWarning},
	}
	for _, g := range groups {
		var rows []fyne.CanvasObject
		for _, f := range fs {
			if f.Severity != g.sev {
				continue
			}
			go1 := newButton(lang.L("summary.go"), theme.NavigateNextIcon(), func() { jump(f) })
			rows = append(rows, container.NewBorder(nil, nil, widget.NewIcon(severityIcon(g.sev)), go1, wrapped(wizard.FindingText(f, l))))
		}
		if len(rows) == 0 {
			continue
		}
		title := widget.NewRichText(&widget.TextSegment{Text: g.title, Style: widget.RichTextStyle{
			ColorName: g.color, SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}}})
		box.Add(title)
		for _, r := range rows {
			box.Add(r)
		}
	}
	return box
}

func severityIcon(s wizard.Severity) fyne.Resource {
	if s == wizard.Missing {
		return theme.ErrorIcon()
	}
	return theme.WarningIcon()
}

// findPage returns the page that asks the finding's question, or -1.
func (w *wizardView) findPage(f wizard.Finding) int {
	for i, p := range w.pages {
		if (f.Register >= 0) != (p.Record >= 0) || (f.Register >= 0 && p.Record != f.Register) {
			continue
		}
		if p.Step.ID == f.QuestionID || asks(p.Step.Questions, f.QuestionID) {
			return i
		}
	}
	return -1
}

func asks(qs []wizard.Question, id string) bool {
	for _, q := range qs {
		if q.ID == id || asks(q.Fields, id) {
			return true
		}
	}
	return false
}

// jumpTo opens the finding's page and focuses its field.
func (w *wizardView) jumpTo(f wizard.Finding) {
	i := w.findPage(f)
	if i < 0 {
		return
	}
	w.goTo(i)
	fld, ok := w.fields[f.Path]
	if !ok {
		for _, x := range w.fields {
			if x.q.ID == f.QuestionID {
				fld, ok = x, true
				break
			}
		}
	}
	if !ok {
		return
	}
	if fld.focus != nil {
		w.sh.Win.Canvas().Focus(fld.focus)
	}
	w.scrollTo(fld.box)
}

// scrollTo brings obj to the top of the page. The page was laid out by
// the body's Refresh in render, so positions are known now: no goroutine
// waits for a frame.
func (w *wizardView) scrollTo(obj fyne.CanvasObject) {
	y := relativeY(obj, w.body.Content)
	w.body.Offset = fyne.NewPos(0, max(0, y-theme.Padding()))
	w.body.Refresh()
}

// goToFinding shows the wizard of sh at the finding's question (from the
// documents screen).
func goToFinding(sh *Shell, f wizard.Finding) {
	sh.showScreen(screenWizard)
	if sh.wizard != nil {
		sh.wizard.jumpTo(f)
	}
}
