package ui

import (
	"errors"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// The backup section of the settings: where the automatic backups are, the
// newest one, and the two actions Varmuuskopioi… (write a copy anywhere)
// and Palauta… (replace the database with a copy).

var dbFilter = storage.NewExtensionFileFilter([]string{".db"})

// backupSection is the settings screen's backup part.
func backupSection(sh *Shell) fyne.CanvasObject {
	l := sh.Lang
	latest := widget.NewLabel("")
	latest.Wrapping = fyne.TextWrapWord
	refresh := func() { latest.SetText(latestBackupText(sh)) }
	refresh()
	auto := widget.NewLabel(bt(l, "auto", data.BackupsKept))
	auto.Wrapping = fyne.TextWrapWord
	folder := widget.NewLabel(data.BackupDir(sh.Store.Path()))
	folder.Wrapping = fyne.TextWrapBreak
	folder.TextStyle = fyne.TextStyle{Monospace: true}
	save := widget.NewButton(bt(l, "save"), func() { askBackup(sh, refresh) })
	restore := widget.NewButton(bt(l, "restore"), func() { askRestore(sh) })
	return settingsCard(bt(l, "title"), auto, folder, latest, container.NewHBox(save, restore))
}

// latestBackupText names the newest backup in the backups folder.
func latestBackupText(sh *Shell) string {
	have, err := data.Backups(sh.Store.Path())
	if err != nil || len(have) == 0 {
		return bt(sh.Lang, "none")
	}
	return bt(sh.Lang, "latest", backupTime(sh.Lang, have[0].Taken))
}

// askBackup asks where to write a copy and writes it there.
func askBackup(sh *Shell, done func()) {
	flushWizard(sh)
	saveDialog(sh, "tietosuojapakki-"+time.Now().Format("2006-01-02")+".db", dbFilter, func(path string) {
		if err := backupTo(sh, path); err != nil {
			showError(sh, err)
			return
		}
		dialog.ShowInformation(bt(sh.Lang, "title"), bt(sh.Lang, "saved", path), sh.Win)
		if done != nil {
			done()
		}
	})
}

// backupTo writes a copy of the database to path. A file already there is
// one the save dialog asked about before replacing it, and that the output
// check let through (no database, no backup): it is removed so that the
// copy can be written whole under its name.
func backupTo(sh *Shell, path string) error {
	if err := jobs.CheckOutput(path, sh.Store.Path()); err != nil {
		return err
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return sh.Store.BackupFile(path)
}

// askRestore asks for a backup, opening in the backups folder, then asks
// once more before restoring it.
func askRestore(sh *Shell) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			showError(sh, err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		confirmRestore(sh, path)
	}, sh.Win)
	d.SetFilter(dbFilter)
	if dir, err := storage.ListerForURI(storage.NewFileURI(data.BackupDir(sh.Store.Path()))); err == nil {
		d.SetLocation(dir)
	}
	d.Resize(dialogSize(sh))
	d.Show()
}

// confirmRestore asks before replacing the database with path.
func confirmRestore(sh *Shell, path string) {
	msg := widget.NewLabel(bt(sh.Lang, "confirm", path))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(bt(sh.Lang, "confirm.title"), bt(sh.Lang, "confirm.yes"), bt(sh.Lang, "cancel"), msg, func(ok bool) {
		if ok {
			restoreAndTell(sh, path)
		}
	}, sh.Win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// restoreAndTell restores path and tells the user how it went.
func restoreAndTell(sh *Shell, path string) {
	kept, err := sh.RestoreBackup(path)
	l := sh.Lang
	var refused *data.RefusedError
	switch {
	case errors.As(err, &refused):
		showWrapped(sh, bt(l, "failed.title"), bt(l, "failed.unchanged", refused.Message(l)))
	case errors.Is(err, data.ErrInUse):
		showWrapped(sh, bt(l, "failed.title"), bt(l, "failed.unchanged", bt(l, "inuse")))
	case err != nil:
		showWrapped(sh, bt(l, "failed.title"), jobs.ErrorText(err, l))
	case kept != "":
		showWrapped(sh, bt(l, "done.title"), bt(l, "done.kept", kept))
	default:
		showWrapped(sh, bt(l, "done.title"), bt(l, "done"))
	}
}

func showWrapped(sh *Shell, title, text string) {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, bt(sh.Lang, "ok"), msg, sh.Win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// RestoreBackup replaces the window's database with the backup at src
// (jobs.Restore, under the lock the window holds): the store is closed, the
// file replaced and opened again, and every screen is built anew on it. It
// returns where the earlier database was kept. A refused file changes
// nothing.
func (sh *Shell) RestoreBackup(src string) (kept string, err error) {
	// Refuse before closing anything: the window stays as it was.
	if err := data.CheckBackup(src); err != nil {
		return "", err
	}
	flushWizard(sh)
	path := sh.Store.Path()
	if err := sh.Store.Close(); err != nil {
		return "", err
	}
	kept, err = jobs.Restore(path, src, time.Now())
	// Open again whether or not the restore took: the path holds either
	// the old database or the new one.
	st, openErr := data.Open(path)
	if openErr != nil {
		// errors.Join leaves out a nil restore error ("<nil>; …").
		return kept, errors.Join(err, openErr)
	}
	sh.Store = st
	pickOrganisation(sh)
	sh.rebuild()
	return kept, err
}
