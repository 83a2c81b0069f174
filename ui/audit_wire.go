package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
	"tietosuojapakki/wizard"
)

// "Tuo vanha seloste…" in the organisation bar: the audit dialog
// (audit.go) wired to the shell. The organisation it creates is opened in
// the wizard at the first answer still missing, and the old notice's
// findings wait in the summary (wizard_audit.go) until the new notice is
// issued.

// auditButton is the organisation bar's button that opens the audit.
func auditButton(sh *Shell) fyne.CanvasObject {
	return newButton(lang.L("org.audit"), theme.SearchIcon(), func() { openAudit(sh) })
}

// openAudit shows the audit dialog over the shell's window.
func openAudit(sh *Shell) *auditView {
	create := func(f *data.File, fs []jobs.AuditFinding) error { return createFromNotice(sh, f, fs) }
	v := showAudit(sh.Win, sh.Lang, create, func() { openFirstMissing(sh) })
	if _, real := sh.clock.(realClock); !real {
		// A window on a manual clock (the tests) reads in place, as
		// its timers run in place.
		v.run = func(f func()) { f() }
	}
	return v
}

// createFromNotice adds the answers read as a new organisation, with the
// audit's findings (jobs.ImportNotice: never an overwrite), and switches
// to it.
func createFromNotice(sh *Shell, f *data.File, fs []jobs.AuditFinding) error {
	id, err := jobs.ImportNotice(context.Background(), sh.Store, f, fs)
	if err != nil {
		return err
	}
	sh.SetOrg(id)
	return nil
}

// openFirstMissing opens the wizard at the first answer that the notice
// still needs (the summary's first blocking finding), or at the summary
// when nothing is missing.
func openFirstMissing(sh *Shell) {
	sh.showScreen(screenWizard)
	w := sh.wizard
	if w == nil {
		return
	}
	for _, f := range wizard.Check(w.a) {
		if f.Severity == wizard.Missing && w.findPage(f) >= 0 {
			w.jumpTo(f)
			return
		}
	}
	w.goToKey("summary")
}
