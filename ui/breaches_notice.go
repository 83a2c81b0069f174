package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
)

// breachNoticeText tells of the open breaches of org whose 72 hours run
// or have passed without a notification (art. 33(1)), one line each, or
// "" when none waits.
func breachNoticeText(sh *Shell, org int64) (string, error) {
	if org == 0 {
		return "", nil
	}
	rows, err := sh.Store.Breaches(context.Background(), org)
	if err != nil {
		return "", err
	}
	now := sh.Store.Now()
	var lines []string
	for i := range rows {
		b := &rows[i]
		if !breachWaiting(b, now) {
			continue
		}
		lines = append(lines, fmt.Sprintf(lang.L("breaches.notice.line"), b.Ref, data.FormatLocalTime(b.Due()), breachCountdown(b, now)))
	}
	return strings.Join(lines, "\n"), nil
}

// newBreachNotice is the start-up notice of waiting breaches in the
// window itself, above every screen, in the manner of the request log's
// (newDueBanner): "Näytä" opens the breach log; × hides the notice for
// this organisation.
func newBreachNotice(sh *Shell) *fyne.Container {
	org := reqCurrentOrg(sh)
	text, err := breachNoticeText(sh, org)
	box := container.NewVBox()
	if err != nil || text == "" || sh.breachNoticeSeen == org {
		return box
	}
	label := widget.NewLabel(lang.L("breaches.notice.title") + "\n" + text)
	label.Wrapping = fyne.TextWrapWord
	label.Importance = widget.DangerImportance
	hide := func() {
		box.Hide()
		sh.breachNoticeSeen = org
	}
	show := newButton(lang.L("breaches.notice.show"), theme.NavigateNextIcon(), func() {
		sh.showScreen(screenBreaches)
		hide()
	})
	show.Importance = widget.HighImportance
	box.Add(container.NewBorder(nil, nil, widget.NewIcon(breachIcon()), container.NewHBox(show, newButton("", theme.CancelIcon(), hide)), label))
	return box
}
