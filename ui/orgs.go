package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/jobs"
)

// The organisation switcher: a bar above the navigation to choose, add,
// rename and delete organisations, and to import and export one as JSON
// (orgs_files.go). The current organisation is remembered in the store.

// pickOrganisation opens the organisation used last, or the first one. A
// new database gets an empty organisation, so the wizard is ready to type
// in at once.
func pickOrganisation(sh *Shell) {
	ctx := context.Background()
	orgs, err := sh.Store.Organisations(ctx)
	if err != nil {
		fyne.LogError("listing organisations", err)
		return
	}
	if id, err := strconv.ParseInt(sh.Store.Setting(settingOrg, ""), 10, 64); err == nil {
		for _, o := range orgs {
			if o.ID == id {
				sh.Org = id
				return
			}
		}
	}
	if len(orgs) > 0 {
		sh.Org = orgs[0].ID
	} else if sh.Org, err = sh.Store.CreateOrganisation(ctx, ""); err != nil {
		fyne.LogError("creating the first organisation", err)
		return
	}
	_ = sh.Store.SetSetting(settingOrg, strconv.FormatInt(sh.Org, 10))
}

// SetOrg switches to organisation id: what the wizard has pending is saved
// first, the choice is remembered and every screen is built again.
func (sh *Shell) SetOrg(id int64) {
	flushWizard(sh)
	sh.Org = id
	_ = sh.Store.SetSetting(settingOrg, strconv.FormatInt(id, 10))
	sh.rebuild()
}

// orgBar is the switcher of one window.
type orgBar struct {
	sh     *Shell
	pick   *widget.Select
	ids    map[string]int64
	root   fyne.CanvasObject
	status *message
}

func newOrgBar(sh *Shell) *orgBar {
	b := &orgBar{sh: sh, status: newMessage(theme.ColorNameError)}
	b.pick = widget.NewSelect(nil, nil)
	b.refresh()
	b.pick.OnChanged = func(s string) {
		if id, ok := b.ids[s]; ok && id != sh.Org {
			sh.SetOrg(id)
		}
	}
	buttons := container.NewHBox(
		newButton(lang.L("org.new"), theme.ContentAddIcon(), func() { askNewOrganisation(sh) }),
		newButton(lang.L("org.rename"), theme.DocumentCreateIcon(), func() { askRenameOrganisation(sh) }),
		newButton(lang.L("org.delete"), theme.DeleteIcon(), func() { askDeleteOrganisation(sh) }),
		newButton(lang.L("org.import"), theme.DownloadIcon(), func() { askImport(sh) }),
		newButton(lang.L("org.export"), theme.UploadIcon(), func() { askExport(sh) }),
		auditButton(sh), // Tuo vanha seloste… (audit_wire.go)
	)
	label := widget.NewLabelWithStyle(lang.L("org.label"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	b.root = container.NewVBox(container.NewBorder(nil, nil, label, buttons, b.pick), b.status, widget.NewSeparator())
	return b
}

// refresh lists the organisations again (after a rename in the wizard).
func (b *orgBar) refresh() {
	orgs, err := b.sh.Store.Organisations(context.Background())
	if err != nil {
		b.status.Set(err.Error())
		return
	}
	b.ids = map[string]int64{}
	seen := map[string]int{}
	for _, o := range orgs {
		seen[orgName(o.Name)]++
	}
	var names []string
	selected := ""
	for _, o := range orgs {
		n := orgName(o.Name)
		if seen[n] > 1 {
			n += " (" + strconv.FormatInt(o.ID, 10) + ")"
		}
		names = append(names, n)
		b.ids[n] = o.ID
		if o.ID == b.sh.Org {
			selected = n
		}
	}
	b.pick.Options = names
	b.pick.Selected = selected
	b.pick.Refresh()
}

// refreshOrgBar updates the switcher of sh, if it has one.
func refreshOrgBar(sh *Shell) {
	if sh.orgBar != nil {
		sh.orgBar.refresh()
	}
}

// orgName is the name shown for an organisation.
func orgName(name string) string {
	if strings.TrimSpace(name) == "" {
		return lang.L("org.unnamed")
	}
	return name
}

// currentOrgName is the stored name of the current organisation.
func currentOrgName(sh *Shell) string {
	a, err := sh.Store.Answers(context.Background(), sh.Org)
	if err != nil {
		return ""
	}
	return a.Organisation.Name
}

// askName asks for an organisation's name in a small form.
func askName(sh *Shell, title, current string, done func(string)) {
	e := widget.NewEntry()
	e.SetText(current)
	e.SetPlaceHolder(lang.L("org.name_placeholder"))
	d := newFormDialog(sh, title, e, done)
	d.Show()
	sh.Win.Canvas().Focus(e)
}

func askNewOrganisation(sh *Shell) {
	askName(sh, lang.L("org.new_title"), "", func(name string) { createOrganisation(sh, name) })
}

func askRenameOrganisation(sh *Shell) {
	askName(sh, lang.L("org.rename_title"), currentOrgName(sh), func(name string) { renameOrganisation(sh, name) })
}

// askDeleteOrganisation asks for confirmation before deleting.
func askDeleteOrganisation(sh *Shell) {
	confirmDialog(sh, lang.L("org.delete_title"),
		lang.L("org.delete_confirm", map[string]any{"Name": orgName(currentOrgName(sh))}),
		func() { deleteOrganisation(sh) })
}

// createOrganisation adds an organisation and opens it.
func createOrganisation(sh *Shell, name string) {
	id, err := sh.Store.CreateOrganisation(context.Background(), strings.TrimSpace(name))
	if err != nil {
		showError(sh, err)
		return
	}
	sh.SetOrg(id)
}

// renameOrganisation renames the current organisation.
func renameOrganisation(sh *Shell, name string) {
	flushWizard(sh)
	if err := sh.Store.RenameOrganisation(context.Background(), sh.Org, strings.TrimSpace(name)); err != nil {
		showError(sh, err)
		return
	}
	sh.rebuild()
}

// deleteOrganisation deletes the current organisation and opens another
// (a new empty one when it was the last).
func deleteOrganisation(sh *Shell) {
	if err := sh.Store.DeleteOrganisation(context.Background(), sh.Org); err != nil {
		showError(sh, err)
		return
	}
	jobs.ForgetAudit(sh.Store, sh.Org) // the id may come again: no old findings on it
	sh.Org = 0
	_ = sh.Store.SetSetting(settingOrg, "")
	pickOrganisation(sh)
	sh.SetOrg(sh.Org)
}

// showError shows err in a dialog, in the user's language (jobs.ErrorText).
func showError(sh *Shell, err error) {
	showText(sh, lang.L("common.error"), jobs.ErrorText(err, sh.Lang))
}
