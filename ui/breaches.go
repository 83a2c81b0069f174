package ui

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/breachreport"
)

// The Tietoturvaloukkaukset screen: the personal data breach log (GDPR
// art. 33(5)) as a list with the 72-hour countdown, the selected breach
// with its actions and history, the first-aid form for a new breach and
// the report of a period. The store does every check; these files
// (breaches_*.go) only show and collect.

// breachTick is how often the countdowns are redrawn.
const breachTick = time.Minute

// breachesView holds the screen's widgets and state.
type breachesView struct {
	sh     *Shell
	ctx    context.Context
	org    int64
	screen *breachScreen

	rows   []data.Breach
	list   *widget.List
	count  *widget.Label
	detail *breachDetail
	// selected is the reference of the selected breach.
	selected string

	// form is the open dialog, for tests.
	form *breachForm
}

// breachScreen is the screen's content: told when its tab is opened
// again, it reloads what the command line or another window changed.
type breachScreen struct {
	widget.BaseWidget
	v       *breachesView
	content fyne.CanvasObject
}

// CreateRenderer draws the content.
func (s *breachScreen) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.content)
}

// Shown reloads the list.
func (s *breachScreen) Shown() { s.v.reload() }

func buildBreachesScreen(sh *Shell) fyne.CanvasObject {
	v := &breachesView{sh: sh, ctx: context.Background(), org: reqCurrentOrg(sh)}
	v.screen = &breachScreen{v: v}
	v.screen.ExtendBaseWidget(v.screen)
	if v.org == 0 {
		v.screen.content = container.NewCenter(widget.NewLabel(lang.L("breaches.no_org")))
		return v.screen
	}
	v.count = widget.NewLabel("")
	v.buildList()
	v.detail = newBreachDetail(v)
	add := newButton(lang.L("breaches.add"), theme.ContentAddIcon(), v.openAdd)
	add.Importance = widget.HighImportance
	report := newButton(lang.L("breaches.report"), theme.DocumentPrintIcon(), v.openReport)
	intro := breachHelp(lang.L("breaches.intro"))
	top := container.NewVBox(container.NewBorder(nil, nil, add, report), intro)
	left := container.NewBorder(nil, v.count, nil, nil, v.list)
	split := container.NewHSplit(left, v.detail.content)
	split.SetOffset(0.5)
	v.screen.content = container.NewBorder(top, nil, nil, nil, split)
	v.reload()
	v.startTicking()
	return v.screen
}

// breachesOf is the view of the shell's breach screen, nil before it is
// built.
func breachesOf(sh *Shell) *breachesView {
	if s, ok := screenContent(sh.Tabs.Items[screenBreaches]).(*breachScreen); ok {
		return s.v
	}
	return nil
}

// startTicking redraws the countdowns every minute through the shell's
// clock, for as long as this view is the one shown in the window.
func (v *breachesView) startTicking() {
	var tick func()
	tick = func() {
		if v.sh.closed || breachesOf(v.sh) != v {
			return // the window closed or was rebuilt
		}
		v.reload()
		v.sh.clock.AfterFunc(breachTick, tick)
	}
	v.sh.clock.AfterFunc(breachTick, tick)
}

// now is the store's time (tests set it).
func (v *breachesView) now() time.Time { return v.sh.Store.Now() }

// reload re-reads the list and the selected breach.
func (v *breachesView) reload() {
	rows, err := v.sh.Store.Breaches(v.ctx, v.org)
	if err != nil {
		v.fail(err)
		return
	}
	v.rows = rows
	v.count.SetText(fmt.Sprintf(lang.L("breaches.count"), len(rows)))
	v.list.Refresh()
	v.detail.show(v.selected)
	if n := findBreachNotice(v.sh); n != nil {
		n.refresh() // a breach just notified leaves the notice
	}
}

// fail shows an unexpected error (a database failure).
func (v *breachesView) fail(err error) {
	fyne.LogError("breach log", err)
	reqDialogError(v.sh, err)
}

func (v *breachesView) buildList() {
	v.list = widget.NewList(
		func() int { return len(v.rows) },
		newBreachRow,
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(v.rows) {
				v.updateRow(&v.rows[i], o.(*fyne.Container))
			}
		})
	v.list.OnSelected = func(i widget.ListItemID) {
		if i < len(v.rows) {
			v.selected = v.rows[i].Ref
			v.detail.setHint("")
			v.detail.show(v.selected)
		}
	}
}

// newBreachRow is a row of the list in two lines, so that it fits the
// 1024 px window without cutting the times: the reference and awareness,
// the end of the 72 hours and the time left, the risk and the state.
func newBreachRow() fyne.CanvasObject {
	cell := func(imp widget.Importance, bold bool) *widget.Label {
		l := widget.NewLabel("")
		l.Importance = imp
		l.TextStyle.Bold = bold
		return l
	}
	low, med := widget.LowImportance, widget.MediumImportance
	return container.NewVBox(container.NewHBox(cell(med, true), cell(low, false), cell(med, false)),
		container.NewHBox(cell(low, false), cell(med, false), cell(med, false)),
		container.NewHBox(cell(med, false), cell(med, false)))
}

// breachCells are the texts of a breach's row at now.
func breachCells(b *data.Breach, now time.Time, lg string) []string {
	return []string{b.Ref, breachTime(b.AwareAt), breachTime(b.Due()), breachCountdown(b, now),
		breachreport.RiskLabel(b.Risk, lg), breachreport.StateLabel(b.State(now), lg)}
}

func (v *breachesView) updateRow(b *data.Breach, row *fyne.Container) {
	now := v.now()
	c := breachCells(b, now, v.sh.Lang)
	imp := breachImportance(b, now)
	top, mid, bottom := row.Objects[0].(*fyne.Container), row.Objects[1].(*fyne.Container), row.Objects[2].(*fyne.Container)
	set := func(o fyne.CanvasObject, text string, imp widget.Importance) {
		l := o.(*widget.Label)
		l.Text, l.Importance = text, imp
		l.Refresh()
	}
	set(top.Objects[0], c[0], widget.MediumImportance)
	set(top.Objects[1], lang.L("breaches.row.aware"), widget.LowImportance)
	set(top.Objects[2], c[1], widget.MediumImportance)
	set(mid.Objects[0], lang.L("breaches.row.due"), widget.LowImportance)
	set(mid.Objects[1], c[2], imp)
	set(mid.Objects[2], c[3], imp)
	set(bottom.Objects[0], c[4], widget.MediumImportance)
	set(bottom.Objects[1], c[5], imp)
}

// breachTime shows an instant in Helsinki time without the offset,
// d.m.yyyy HH.MM ("–" for none).
func breachTime(t time.Time) string {
	if t.IsZero() {
		return "–"
	}
	return data.FormatLocalClock(t)
}

// breachWaiting tells whether b still waits for its notification: open,
// not assessed as no risk, not notified.
func breachWaiting(b *data.Breach, now time.Time) bool {
	s := b.State(now)
	return s == data.BreachOpen || s == data.BreachNoticeLate
}

// breachCountdown is the time left of the 72 hours in hours and minutes
// ("43 h 12 min jäljellä", "ylitetty 5 h"), or "–" when b no longer
// waits for its notification.
func breachCountdown(b *data.Breach, now time.Time) string {
	if !breachWaiting(b, now) {
		return "–"
	}
	left := b.Left(now)
	if left >= 0 {
		return fmt.Sprintf(lang.L("breaches.left"), breachHours(left))
	}
	return fmt.Sprintf(lang.L("breaches.over"), breachHours(-left))
}

// breachHours writes d in whole minutes as "43 h 12 min", "5 h" or
// "12 min".
func breachHours(d time.Duration) string {
	m := int(d / time.Minute)
	h, m := m/60, m%60
	switch {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}

// breachImportance colours the due time as the request log colours its
// due dates: red past the 72 hours, orange within the last 24, grey when
// nothing is waiting.
func breachImportance(b *data.Breach, now time.Time) widget.Importance {
	switch {
	case !breachWaiting(b, now):
		return widget.LowImportance
	case b.Left(now) < 0:
		return widget.DangerImportance
	case b.Left(now) < 24*time.Hour:
		return widget.WarningImportance
	}
	return widget.MediumImportance
}

// selectRef shows a breach, e.g. the one just added.
func (v *breachesView) selectRef(ref string) {
	v.selected = ref
	for i := range v.rows {
		if v.rows[i].Ref == ref {
			v.list.Select(i)
			return
		}
	}
	v.detail.show(ref)
}
