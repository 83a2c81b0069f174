package ui

import (
	"context"
	"time"
)

// One writer's truth, seen: the window notices what another process (the
// command line, a second program) committed to the database within two
// seconds, and reloads the data of what it shows (issue 13). SQLite's
// data_version changes only for other connections' commits, so the
// window's own saves cause no reload.

// watchEvery is how often the window asks the store whether another
// process changed the database.
const watchEvery = time.Second

// watch remembers the database's version and starts polling it on the
// shell's clock.
func (sh *Shell) watch() {
	sh.dataVersion, _ = sh.Store.DataVersion(context.Background())
	sh.clock.AfterFunc(watchEvery, sh.pollData)
}

// pollData reloads the screens' data when the database changed, and asks
// again a second later, until the window closes.
func (sh *Shell) pollData() {
	if sh.closed {
		return
	}
	sh.checkData()
	sh.clock.AfterFunc(watchEvery, sh.pollData)
}

// checkData reloads the switcher, the request list and the wizard when
// another process changed the database since the last look.
func (sh *Shell) checkData() {
	v, err := sh.Store.DataVersion(context.Background())
	if err != nil {
		return // said where the user meets it; the next poll tries again
	}
	if v != sh.dataVersion {
		sh.dataVersion = v
		sh.wizardStale = true
		refreshOrgBar(sh)
		if sh.requests != nil {
			sh.requests.refresh()
		}
	}
	if sh.wizardStale && sh.reloadWizard() {
		sh.wizardStale = false
	}
}

// reloadWizard reads the wizard's answers again, after saving what is
// pending. While the user is in a field (it has the focus) it waits, so
// that nothing typed is replaced; it reports whether it reloaded.
func (sh *Shell) reloadWizard() bool {
	if sh.wizard == nil {
		return true // built from the store when it is opened
	}
	if c := sh.Win.Canvas(); c != nil && c.Focused() != nil {
		for _, f := range sh.wizard.fields {
			if f.focus != nil && c.Focused() == f.focus {
				return false
			}
		}
	}
	sh.wizard.flush()
	sh.wizard.reload()
	return true
}
