package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/assets"
)

// ShowLocked opens a small window that says the database is already open
// in another window, and returns when the user closes it. It is shown
// instead of the main window: nothing of the database is read.
func ShowLocked(l string) {
	a := app.NewWithID(AppID)
	w := lockedWindow(a, l)
	w.ShowAndRun()
}

// lockedWindow builds the window of ShowLocked (tests call it with a test
// app).
func lockedWindow(a fyne.App, l string) fyne.Window {
	w := a.NewWindow("Tietosuojapakki")
	w.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	// One sentence a line: a wrapping label would make the window as tall
	// as one word a line before it is laid out.
	msg := widget.NewLabel(strings.ReplaceAll(LockedMessage(l), ". ", ".\n"))
	closeBtn := widget.NewButton(bt(l, "close"), w.Close)
	closeBtn.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), closeBtn), nil, nil, msg)))
	w.CenterOnScreen()
	return w
}
