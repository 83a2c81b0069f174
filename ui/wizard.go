package ui

import (
	"context"
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

// The wizard screen renders the catalogue of package wizard generically:
// every page comes from wizard.Pages, every field from its question's Kind
// (wizard_fields.go). A question added to the catalogue needs no code here.

// buildWizardScreen is the wizard's entry of the navigation.
func buildWizardScreen(sh *Shell) fyne.CanvasObject {
	v := newWizardView(sh)
	sh.wizard = v
	// Coming back from another screen (the request log changes the log's
	// retention, an import adds registers), show the answers as stored,
	// after saving what is still pending.
	v.tab = newShownScreen(v.root, func() { v.flush(); v.reload() })
	return v.tab
}

// saveDelay is how long typing must pause before a field is saved. The
// README promises a value on disk at most 400 ms after typing stops: the
// rest is for the write itself (about 2 ms) and a busy UI goroutine.
const saveDelay = 250 * time.Millisecond

// retryDelay is how long a failed write waits before it is tried again.
const retryDelay = 2 * time.Second

// hintDelay is how long typing must pause before a validation message
// shows: long enough not to scold a value still being typed.
const hintDelay = 700 * time.Millisecond

// stepSetting is the store setting that remembers the open page of an
// organisation.
func stepSetting(org int64) string { return data.SettingStep(org) }

// wizardView is the wizard of one organisation.
type wizardView struct {
	sh    *Shell
	org   int64
	lang  string
	cat   wizard.Catalogue
	a     *data.Answers
	pages []wizard.Page
	cur   int

	// fields of the rendered page by answer path (tests and focus use it).
	fields map[string]*field
	// entries are the single-line entries of the page in order: Enter
	// moves to the next one, and on the last one to the next page.
	entries []*widget.Entry
	// focusOrder are the page's fields in the order Tab visits them.
	focusOrder []fyne.Focusable
	// drafts keeps typed values that failed validation, so that a
	// re-render never loses what the user typed.
	drafts map[string]string
	sig    string

	saves *debouncer
	hints *debouncer        // shows a validation message once typing pauses
	tab   fyne.CanvasObject // what the navigation holds: root, wrapped
	saveState

	// warned is the page whose empty required fields were pointed out
	// (-1: none); a second Next goes on.
	warned int

	// offered is set once the wizard has offered another register.
	offered bool

	// regPick and regAdd add a record from a template on a record list
	// page.
	regPick *widget.Select
	regAdd  *button

	side     *widget.List
	sideRows []sideRow
	drawnCur int // the page the step list was drawn for
	body     *container.Scroll
	progress *widget.ProgressBar
	back     *button
	next     *button
	status   *widget.Label
	root     fyne.CanvasObject
}

func newWizardView(sh *Shell) *wizardView {
	w := &wizardView{sh: sh, org: sh.Org, lang: sh.Lang, cat: wizard.Default(),
		drafts: map[string]string{}, saves: newDebouncer(sh.clock, saveDelay), hints: newDebouncer(sh.clock, hintDelay),
		saveState: newSaveState(), warned: -1}
	w.write = func(org int64, path string, v any) error {
		return sh.Store.SetAnswer(context.Background(), org, path, v)
	}
	if sh.Org == 0 {
		w.root = container.NewCenter(widget.NewLabel(lang.L("wizard.no_org")))
		return w
	}
	a, err := sh.Store.Answers(context.Background(), sh.Org)
	if err != nil {
		w.root = container.NewCenter(wrapped(lang.L("wizard.load_failed", map[string]any{"Err": err.Error()})))
		return w
	}
	w.a = a
	w.pages = wizard.Pages(w.cat, w.a)
	w.cur = w.restorePage()
	w.layout()
	w.render()
	w.watchFocus()
	return w
}

// layout builds the frame: the step list on the left, the page with
// progress above and Back/Next below.
func (w *wizardView) layout() {
	w.side = widget.NewList(func() int { return len(w.sideRows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			r := w.sideRows[id]
			l := o.(*widget.Label)
			l.SetText(r.text)
			current := r.page == w.cur && !r.header
			l.TextStyle = fyne.TextStyle{Bold: current || r.header}
			l.Importance = widget.MediumImportance
			if current {
				l.Importance = widget.HighImportance
			}
			l.Refresh()
		})
	w.side.OnSelected = func(id widget.ListItemID) {
		w.side.UnselectAll()
		if id < len(w.sideRows) && w.sideRows[id].page >= 0 {
			w.goTo(w.sideRows[id].page)
		}
	}
	w.progress = widget.NewProgressBar()
	// The count is of the top-level steps, and inside a register of the
	// register's own pages: it does not jump when a register is added
	// (it went 3/7, 4/18, 15/29, 26/40).
	w.progress.TextFormatter = func() string {
		pos := wizard.PositionOf(w.pages, w.cur)
		if pos.Parts > 0 {
			return lang.L("wizard.step_part", map[string]any{"N": pos.Step, "Total": pos.Steps,
				"Name": w.registerName(w.pages[w.cur].Record), "Part": pos.Part, "Parts": pos.Parts})
		}
		return lang.L("wizard.step", map[string]any{"N": pos.Step, "Total": pos.Steps})
	}
	w.back = newButton(lang.L("wizard.back"), theme.NavigateBackIcon(), func() { w.goTo(w.cur - 1) })
	w.next = newButton(lang.L("wizard.next"), theme.NavigateNextIcon(), w.goNext)
	w.next.IconPlacement = widget.ButtonIconTrailingText
	w.next.Importance = widget.HighImportance
	w.status = widget.NewLabel("")
	w.status.Alignment = fyne.TextAlignCenter
	w.status.Truncation = fyne.TextTruncateEllipsis
	w.status.Importance = widget.LowImportance
	w.body = container.NewVScroll(widget.NewLabel(""))
	bottom := container.NewBorder(nil, nil, w.back, w.next, w.status)
	main := container.NewBorder(container.NewPadded(w.progress), container.NewPadded(bottom), nil, nil, w.body)
	split := container.NewHSplit(w.side, main)
	split.Offset = 0.26
	w.root = split
}

// restorePage finds the page remembered for the organisation.
func (w *wizardView) restorePage() int {
	key := w.sh.Store.Setting(stepSetting(w.org), "")
	for i, p := range w.pages {
		if pageKey(p) == key {
			return i
		}
	}
	return 0
}

// pageKey names a page stably across restarts: the step and its record.
func pageKey(p wizard.Page) string {
	if p.Record < 0 {
		return p.Step.ID
	}
	return p.Step.ID + "@" + strconv.Itoa(p.Record)
}

// goTo saves what is pending and opens page i.
func (w *wizardView) goTo(i int) {
	if w.a == nil || i < 0 || i >= len(w.pages) {
		return
	}
	w.flush()
	if i != w.cur {
		w.warned = -1
	}
	w.cur = i
	_ = w.sh.Store.SetSetting(stepSetting(w.org), pageKey(w.pages[i]))
	w.render()
	w.body.ScrollToTop()
	w.focusFirst()
}

// focusFirst puts the keyboard focus on the page's first field, or on
// Next when the page has none, so that the keyboard goes on where the
// eyes do after a page change.
func (w *wizardView) focusFirst() {
	c := w.sh.Win.Canvas()
	if c == nil {
		return
	}
	if len(w.focusOrder) > 0 {
		c.Focus(w.focusOrder[0])
		return
	}
	if !w.next.Disabled() {
		c.Focus(w.next)
	}
}

// goNext opens the next page. Leaving the last register, it first offers
// to add another one: after the first register Next went on to the
// processors and a new user never learnt that more registers belong.
func (w *wizardView) goNext() {
	if w.complainMissing() {
		return
	}
	if wizard.LeavesRecords(w.pages, w.cur) && !w.offered {
		w.offered = true
		w.offerAnother()
		return
	}
	w.goTo(w.cur + 1)
}

// offerAnother asks whether to add another register.
func (w *wizardView) offerAnother() {
	text := wrapped(lang.L("wizard.another_text"))
	askChoice(w.sh, lang.L("wizard.another_title"), text, lang.L("wizard.another_add"), lang.L("wizard.another_go_on"), true,
		func(add bool) {
			if !add {
				w.goTo(w.cur + 1)
				return
			}
			if list := wizard.ListPage(w.pages, w.pages[w.cur].Parent); list >= 0 {
				w.goTo(list)
				if w.regPick != nil {
					w.sh.Win.Canvas().Focus(w.regPick)
				}
			}
		})
}

// goToKey opens the page named by pageKey (tests and jumps).
func (w *wizardView) goToKey(key string) bool {
	for i, p := range w.pages {
		if pageKey(p) == key {
			w.goTo(i)
			return true
		}
	}
	return false
}

// render draws the current page from the answers.
func (w *wizardView) render() {
	w.applyTyped()
	w.pages = wizard.Pages(w.cat, w.a)
	if w.cur >= len(w.pages) {
		w.cur = len(w.pages) - 1
	}
	p := w.pages[w.cur]
	w.fields = map[string]*field{}
	w.entries = nil
	w.focusOrder = nil

	objs := []fyne.CanvasObject{heading(p.Step.Title.In(w.lang))}
	if p.Record >= 0 {
		objs = append(objs, widget.NewLabelWithStyle(lang.L("wizard.register", map[string]any{"Name": w.registerName(p.Record)}),
			fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	if intro := p.Step.Intro.In(w.lang); intro != "" {
		objs = append(objs, wrapped(intro))
	}
	objs = append(objs, widget.NewSeparator())
	switch {
	case p.List:
		objs = append(objs, w.recordList(p))
	case len(p.Step.Questions) == 0:
		objs = append(objs, w.summary())
	default:
		for _, q := range wizard.VisibleQuestions(p.Step, w.a, p.Base) {
			objs = append(objs, w.question(q, p.Base))
		}
	}
	w.wireEnter()
	w.body.Content = container.NewPadded(container.NewVBox(objs...))
	w.body.Refresh()
	w.sig = w.signature()
	w.updateChrome()
}

// updateChrome refreshes the progress, the buttons and the step list.
func (w *wizardView) updateChrome() {
	w.refreshSide()
	w.progress.SetValue(wizard.PositionOf(w.pages, w.cur).Done())
	w.back.Disable()
	if w.cur > 0 {
		w.back.Enable()
	}
	w.next.Disable()
	if w.cur < len(w.pages)-1 {
		w.next.Enable()
	}
}

// wireEnter makes Enter move to the next field, and from the last field
// of the page to the next page.
func (w *wizardView) wireEnter() {
	for i, e := range w.entries {
		if i == len(w.entries)-1 {
			e.OnSubmitted = func(string) { w.goNext() }
			continue
		}
		nextEntry := w.entries[i+1]
		e.OnSubmitted = func(string) {
			if c := w.sh.Win.Canvas(); c != nil {
				c.Focus(focusTarget(nextEntry, w.fields))
			}
		}
	}
}

// focusTarget returns the focusable widget that wraps e (our entry type
// embeds widget.Entry).
func focusTarget(e *widget.Entry, fields map[string]*field) fyne.Focusable {
	for _, f := range fields {
		if f.entry == e && f.focus != nil {
			return f.focus
		}
	}
	return e
}

// afterChange re-renders the page when a change made a question appear or
// disappear or a warning change, keeping the focus and scroll position.
func (w *wizardView) afterChange() {
	w.applyTyped()
	if w.signature() == w.sig {
		w.refreshSide()
		return
	}
	var focusPath string
	if c := w.sh.Win.Canvas(); c != nil {
		for path, f := range w.fields {
			if f.focus != nil && c.Focused() == f.focus {
				focusPath = path
			}
		}
	}
	offset := w.body.Offset
	w.render()
	w.body.Offset = offset
	w.body.Refresh()
	if f, ok := w.fields[focusPath]; ok && f.focus != nil {
		w.sh.Win.Canvas().Focus(f.focus)
		if f.entry != nil {
			f.entry.CursorRow, f.entry.CursorColumn = cursorAtEnd(f.entry.Text)
			f.entry.Refresh()
		}
	}
}

func cursorAtEnd(s string) (row, col int) {
	lines := strings.Split(s, "\n")
	return len(lines) - 1, len([]rune(lines[len(lines)-1]))
}

// signature sums up what the current page shows: the visible questions,
// their records and options, and the active warnings.
func (w *wizardView) signature() string {
	p := w.pages[w.cur]
	snap := wizard.NewSnapshot(w.a) // one decoding for the whole page
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(snap.Pages(w.cat))))
	var walk func(qs []wizard.Question, base string)
	walk = func(qs []wizard.Question, base string) {
		for _, q := range qs {
			if !snap.Visible(q, base) {
				continue
			}
			b.WriteString(";" + q.ID + "@" + base)
			if snap.Warns(q, base) {
				b.WriteString("!")
			}
			if q.RecordOptions != nil {
				for _, t := range wizard.Choices(q, w.a) {
					b.WriteString("," + t.Code + "=" + t.Label.FI)
				}
			}
			if q.Kind == wizard.Records {
				path := wizard.Join(base, q.Path)
				for i := range snap.Len(path) {
					walk(q.Fields, path+"."+strconv.Itoa(i))
				}
			}
		}
	}
	walk(p.Step.Questions, p.Base)
	return b.String()
}

// registerName is a register's name for titles.
func (w *wizardView) registerName(i int) string {
	if i < len(w.a.Registers) && strings.TrimSpace(w.a.Registers[i].Name) != "" {
		return w.a.Registers[i].Name
	}
	return lang.L("reg.unnamed")
}

// reload reads the answers again from the store (after a structural change
// written directly) and re-renders.
func (w *wizardView) reload() {
	if a, err := w.sh.Store.Answers(context.Background(), w.org); err == nil {
		w.a = a
	}
	w.render()
}

// flushWizard saves what the wizard of sh has pending (before switching
// organisation or closing).
func flushWizard(sh *Shell) {
	if sh.wizard != nil {
		sh.wizard.flush()
	}
}

// spacerRow is a right-aligned row of buttons.
func spacerRow(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, objs...)...)
}
