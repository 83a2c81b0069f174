package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The navigation of the foundation: each entry is replaced by its real
// screen as that screen lands.
func init() {
	for _, s := range []Screen{
		{ID: "wizard", Order: 10, Title: "nav.wizard", Icon: theme.DocumentCreateIcon},
		{ID: "documents", Order: 20, Title: "nav.documents", Icon: theme.FileTextIcon},
		{ID: "requests", Order: 30, Title: "nav.requests", Icon: theme.MailComposeIcon},
		{ID: "settings", Order: 40, Title: "nav.settings", Icon: theme.SettingsIcon},
	} {
		s.Build = func(*Shell) fyne.CanvasObject { return widget.NewLabel("") }
		s.placeholder = true
		registerScreen(s)
	}
}
