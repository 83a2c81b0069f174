package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/jobs"
)

// withAudit puts the findings of the old notice the organisation was made
// from (Tuo vanha seloste…) above the summary's list, in a card, until the
// new notice is issued (jobs.Make forgets them then): the user keeps
// seeing what the old notice got wrong while mending the answers.
func (w *wizardView) withAudit(list fyne.CanvasObject) fyne.CanvasObject {
	fs := jobs.AuditFindings(w.sh.Store, w.sh.Org)
	if len(fs) == 0 {
		return list
	}
	box := container.NewVBox()
	for _, f := range fs {
		box.Add(findingCard(f, w.lang))
	}
	card := widget.NewCard(lang.L("summary.audit_title"), lang.L("summary.audit_note"), box)
	return container.NewVBox(card, list)
}
