package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/breachreport"
)

// breachDetail is the right-hand pane: the selected breach's facts, its
// actions and its history.
type breachDetail struct {
	v       *breachesView
	content fyne.CanvasObject
	title   *widget.Label
	facts   *fyne.Container
	hint    *widget.Label // the store's refusal of an action (closing)
	history *fyne.Container
	actions *fyne.Container
	buttons map[string]*widget.Button
	current *data.Breach
}

// breachActions are the detail pane's actions, in order.
var breachActions = []string{"edit", "assess", "notify", "inform", "not_inform", "controller", "close", "note"}

func newBreachDetail(v *breachesView) *breachDetail {
	d := &breachDetail{v: v, title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		facts: container.NewVBox(), hint: reqErrLabel(), history: container.NewVBox(),
		buttons: map[string]*widget.Button{}}
	open := map[string]func(*data.Breach){"edit": v.openEdit, "assess": v.openAssess, "notify": v.openNotify, "inform": v.openInform,
		"not_inform": v.openNotInform, "controller": v.openController, "close": v.closeBreach, "note": v.openNote}
	d.actions = container.NewGridWithColumns(2)
	for _, k := range breachActions {
		fn := open[k]
		b := widget.NewButton(breachL("action", k), func() {
			if d.current != nil {
				fn(d.current)
			}
		})
		d.buttons[k] = b
		d.actions.Add(b)
	}
	historyTitle := widget.NewLabelWithStyle(lang.L("breaches.history"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.content = container.NewVScroll(container.NewVBox(d.title, d.hint, d.actions, widget.NewSeparator(), d.facts, widget.NewSeparator(), historyTitle, d.history))
	d.show("")
	return d
}

// show fills the pane with breach ref ("" for none).
func (d *breachDetail) show(ref string) {
	d.facts.RemoveAll()
	d.history.RemoveAll()
	d.current = nil
	if ref == "" {
		d.title.SetText(lang.L("breaches.none_selected"))
		d.actions.Hide()
		return
	}
	b, err := d.v.sh.Store.Breach(d.v.ctx, d.v.org, ref)
	if err != nil {
		d.v.fail(err)
		return
	}
	d.current = b
	d.title.SetText(lang.L("breaches.col.ref") + " " + b.Ref)
	d.actions.Show()
	now := d.v.now()
	for _, k := range breachActions {
		setEnabled(d.buttons[k], b.ClosedAt.IsZero() || k == "note")
	}
	d.showFacts(b, now)
	d.showHistory(b)
}

// breachAlwaysShown is how many of the first facts are shown even when
// empty (awareness, the 72 hours, the state); the others only once
// recorded.
const breachAlwaysShown = 4

// showFacts lists the breach's facts at now, with the countdown coloured.
func (d *breachDetail) showFacts(b *data.Breach, now time.Time) {
	lg := d.v.sh.Lang
	rows := []struct{ key, value string }{
		{"aware", data.FormatLocalTime(b.AwareAt)},
		{"due", data.FormatLocalTime(b.Due())},
		{"left", breachCountdown(b, now)},
		{"state", breachreport.StateLabel(b.State(now), lg)},
		{"occurred", data.FormatLocalTime(b.OccurredAt)},
		{"description", b.Description},
		{"subjects", b.DataSubjects},
		{"subjects_approx", breachApprox(b.SubjectsApprox)},
		{"records_approx", breachApprox(b.RecordsApprox)},
		{"consequences", b.Consequences},
		{"measures", b.Measures},
		{"risk", breachreport.RiskLabel(b.Risk, lg)},
		{"risk_reasons", b.RiskReasons},
		{"notified", data.FormatLocalTime(b.NotifiedAt)},
		{"case", b.AuthorityCase},
		{"delay_reasons", b.DelayReasons},
		{"subjects_informed", data.FormatLocalTime(b.SubjectsInformedAt)},
		{"subjects_how", b.SubjectsHow},
		{"subjects_not_reason", b.SubjectsNotReason},
		{"controller_told", data.FormatLocalTime(b.ControllerToldAt)},
		{"closed", data.FormatLocalTime(b.ClosedAt)},
	}
	imp := breachImportance(b, now)
	for i, r := range rows {
		if i >= breachAlwaysShown && strings.TrimSpace(r.value) == "" {
			continue // not recorded: the pane stays short
		}
		k := widget.NewLabelWithStyle(breachL("field", r.key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		val := widget.NewLabel(reqOrDash(r.value))
		val.Wrapping = fyne.TextWrapWord
		if r.key == "due" || r.key == "left" {
			val.Importance = imp
		}
		d.facts.Add(container.NewVBox(k, val))
	}
}

func breachApprox(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// showHistory lists the breach's events, newest first, in Helsinki time.
func (d *breachDetail) showHistory(b *data.Breach) {
	for i := len(b.History) - 1; i >= 0; i-- {
		ev := b.History[i]
		when := ev.At
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil {
			when = breachTime(at)
		}
		if ev.By != "" {
			when += " · " + ev.By
		}
		head := widget.NewLabel(when)
		head.Importance = widget.LowImportance
		body := widget.NewLabel(breachreport.EventText(ev, d.v.sh.Lang))
		body.Wrapping = fyne.TextWrapWord
		d.history.Add(container.NewVBox(head, body))
	}
}

// setHint shows a refusal of an action ("" hides it).
func (d *breachDetail) setHint(s string) { reqSetErr(d.hint, s) }

// breachIcon is the warning icon of the notices.
func breachIcon() fyne.Resource { return theme.WarningIcon() }

// breachL is the text of key in group ("field", "action", …) of
// the screen's translations.
func breachL(group, key string) string { return lang.L("breaches." + group + "." + key) }
