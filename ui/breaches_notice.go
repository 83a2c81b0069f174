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

// breachNotice is the start-up notice of waiting breaches in the window
// itself, above every screen, in the manner of the request log's
// (newDueBanner): "Näytä" opens the breach log; × hides the notice for
// this organisation. Its countdown is redrawn every minute through the
// shell's clock, and at once when the breach log changes, so that a
// breach just notified leaves it.
type breachNotice struct {
	widget.BaseWidget
	sh      *Shell
	org     int64
	label   *widget.Label
	content fyne.CanvasObject
}

// CreateRenderer draws the notice.
func (n *breachNotice) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(n.content)
}

// newBreachNotice is the notice of the current organisation, hidden when
// no breach waits or the user has hidden it.
func newBreachNotice(sh *Shell) *breachNotice {
	n := &breachNotice{sh: sh, org: reqCurrentOrg(sh), label: widget.NewLabel("")}
	n.label.Wrapping = fyne.TextWrapWord
	n.label.Importance = widget.DangerImportance
	show := newButton(lang.L("breaches.notice.show"), theme.NavigateNextIcon(), func() {
		sh.showScreen(screenBreaches)
		n.dismiss()
	})
	show.Importance = widget.HighImportance
	n.content = container.NewBorder(nil, nil, widget.NewIcon(breachIcon()), container.NewHBox(show, newButton("", theme.CancelIcon(), n.dismiss)), n.label)
	n.ExtendBaseWidget(n)
	n.refresh()
	var tick func()
	tick = func() {
		if sh.closed || findBreachNotice(sh) != n {
			return // the window closed or was rebuilt
		}
		n.refresh()
		sh.clock.AfterFunc(breachTick, tick)
	}
	sh.clock.AfterFunc(breachTick, tick)
	return n
}

// refresh re-reads the waiting breaches; with none, or once dismissed,
// the notice is hidden.
func (n *breachNotice) refresh() {
	text, err := breachNoticeText(n.sh, n.org)
	if err != nil || text == "" || n.sh.breachNoticeSeen == n.org {
		n.Hide()
		return
	}
	n.label.SetText(lang.L("breaches.notice.title") + "\n" + text)
	n.Show()
}

// dismiss hides the notice for this organisation until the program is
// started again.
func (n *breachNotice) dismiss() {
	n.sh.breachNoticeSeen = n.org
	n.Hide()
}

// findBreachNotice is the notice shown in the window, or nil.
func findBreachNotice(sh *Shell) *breachNotice {
	var find func(o fyne.CanvasObject) *breachNotice
	find = func(o fyne.CanvasObject) *breachNotice {
		switch x := o.(type) {
		case *breachNotice:
			return x
		case *fyne.Container:
			for _, c := range x.Objects {
				if n := find(c); n != nil {
					return n
				}
			}
		}
		return nil
	}
	if c := sh.Win.Content(); c != nil {
		return find(c)
	}
	return nil
}
