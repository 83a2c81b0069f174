package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// The damage notice: when the start-up check found the database damaged
// and set it aside, the window opens on a new, empty database and says so
// at once, offering the newest good backup.

// DamageNote is what the start-up check found.
type DamageNote struct {
	SetAside    string    // where the damaged file is now
	Backup      string    // the newest good backup; "" when there is none
	BackupTaken time.Time // when Backup was taken
}

var pendingDamage *DamageNote

// NoteDamage makes the next window open with the damage notice.
func NoteDamage(n DamageNote) { pendingDamage = &n }

// showPendingDamage shows the notice noted before the window opened.
func showPendingDamage(sh *Shell) {
	if pendingDamage != nil {
		n := *pendingDamage
		pendingDamage = nil
		showDamage(sh, n)
	}
}

// showDamage tells the user what happened and lets them choose between the
// newest good backup and the empty database.
func showDamage(sh *Shell, n DamageNote) {
	l := sh.Lang
	text := bt(l, "damage", n.SetAside) + "\n\n"
	if n.Backup == "" {
		text += bt(l, "damage.nobackup")
	} else {
		text += bt(l, "damage.backup", backupTime(l, n.BackupTaken))
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	var d dialog.Dialog
	if n.Backup == "" {
		d = dialog.NewCustom(bt(l, "damage.title"), bt(l, "ok"), msg, sh.Win)
	} else {
		d = dialog.NewCustomConfirm(bt(l, "damage.title"), bt(l, "damage.restore"), bt(l, "damage.empty"), msg, func(restore bool) {
			if restore {
				restoreAndTell(sh, n.Backup)
			}
		}, sh.Win)
	}
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
