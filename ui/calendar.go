package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// datePicker is a month calendar in the window's language, weeks from
// Monday as in Finland and Sweden. Fyne's own calendar names the month in
// English ("November 2026") whatever the language.
type datePicker struct {
	month  time.Time // first day of the month shown
	chosen time.Time
	pick   func(time.Time)

	title *widget.Label
	grid  *fyne.Container
	root  fyne.CanvasObject
}

// weekdayKeys are Fyne's message keys of the weekdays, Monday first.
var weekdayKeys = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// newDatePicker shows the month of start with start marked; pick gets
// the tapped day.
func newDatePicker(start time.Time, pick func(time.Time)) *datePicker {
	p := &datePicker{chosen: start, pick: pick,
		month: time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	p.grid = container.NewGridWithColumns(7)
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.month = p.month.AddDate(0, -1, 0); p.draw() })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.month = p.month.AddDate(0, 1, 0); p.draw() })
	prev.Importance, next.Importance = widget.LowImportance, widget.LowImportance
	p.root = container.NewBorder(container.NewBorder(nil, nil, prev, next, p.title), nil, nil, nil, p.grid)
	p.draw()
	return p
}

// monthName is the month's name in the window's language.
func monthName(m time.Month) string {
	return lang.L("month." + strconv.Itoa(int(m)))
}

// draw lays out the month shown.
func (p *datePicker) draw() {
	p.title.SetText(monthName(p.month.Month()) + " " + strconv.Itoa(p.month.Year()))
	objs := make([]fyne.CanvasObject, 0, 7+6*7)
	for _, k := range weekdayKeys {
		objs = append(objs, widget.NewLabelWithStyle(strings.ToUpper(lang.L(k+".short")), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	for range (int(p.month.Weekday()) + 6) % 7 { // Monday is the first column
		objs = append(objs, layout.NewSpacer())
	}
	days := p.month.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		day := p.month.AddDate(0, 0, d-1)
		b := widget.NewButton(strconv.Itoa(d), func() { p.pick(day) })
		b.Importance = widget.LowImportance
		if day.Year() == p.chosen.Year() && day.YearDay() == p.chosen.YearDay() {
			b.Importance = widget.HighImportance
		}
		objs = append(objs, b)
	}
	p.grid.Objects = objs
	p.grid.Refresh()
}

// showDatePicker opens a picker under anchor on canvas c; pick gets the
// chosen day and the picker closes.
func showDatePicker(c fyne.Canvas, anchor fyne.CanvasObject, start time.Time, pick func(time.Time)) *datePicker {
	var pop *widget.PopUp
	p := newDatePicker(start, func(t time.Time) {
		pop.Hide()
		pick(t)
	})
	pop = widget.NewPopUp(p.root, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	pop.ShowAtPosition(pos.AddXY(0, anchor.Size().Height))
	return p
}
