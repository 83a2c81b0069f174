package ui

import (
	"tietosuojapakki/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The Asetukset screen: the UI language, the user's name (written into the
// request log's history) and where the database is, then the cards of
// settingsSections (backup and restore).

// settingUserName is the store setting of the user's name.
const settingUserName = data.SettingUserName

// buildSettingsScreen is the settings' entry of the navigation.
func buildSettingsScreen(sh *Shell) fyne.CanvasObject {
	v := newSettingsView(sh)
	sh.settings = v
	return v.root
}

// settingsSections are the cards of the settings screen that other
// features make, in order, below the screen's own.
func settingsSections() []func(sh *Shell) fyne.CanvasObject {
	return []func(sh *Shell) fyne.CanvasObject{backupSection}
}

type settingsView struct {
	sh      *Shell
	langSel *widget.Select
	langIDs map[string]string
	name    *entry
	root    fyne.CanvasObject
}

func newSettingsView(sh *Shell) *settingsView {
	v := &settingsView{sh: sh}
	// Each language is named in itself, so a user who switched by mistake
	// finds their way back.
	v.langIDs = map[string]string{"Suomi": "fi", "Svenska": "sv", "English": "en"}
	v.langSel = widget.NewSelect([]string{"Suomi", "Svenska", "English"}, nil)
	for l, id := range v.langIDs {
		if id == sh.Lang {
			v.langSel.SetSelected(l)
		}
	}
	v.langSel.OnChanged = func(s string) {
		if id := v.langIDs[s]; id != "" && id != sh.Lang {
			sh.SetLanguage(id)
		}
	}

	v.name = newEntry(false)
	v.name.SetText(sh.Store.Setting(settingUserName, ""))
	v.name.SetPlaceHolder(lang.L("settings.user_placeholder"))
	// One small row per keystroke (about a millisecond): written at once,
	// nothing waits for a timer that closing the window would cut short.
	v.name.OnChanged = func(string) { v.saveName() }

	dbPath := widget.NewLabel(sh.Store.Path())
	dbPath.Selectable = true // to copy, not to edit
	dbPath.Wrapping = fyne.TextWrapBreak

	cards := []fyne.CanvasObject{
		settingsCard(lang.L("settings.language"), v.langSel, muted(lang.L("settings.language_help"))),
		settingsCard(lang.L("settings.user"), v.name, muted(lang.L("settings.user_help"))),
		settingsCard(lang.L("settings.database"), dbPath, muted(lang.L("settings.database_help"))),
		settingsCard(lang.L("settings.keys"), wrapped(lang.L("settings.keys_list"))),
	}
	for _, s := range settingsSections() {
		cards = append(cards, s(sh))
	}
	v.root = container.NewVScroll(container.NewPadded(container.NewVBox(cards...)))
	return v
}

// saveName stores the user's name.
func (v *settingsView) saveName() {
	if err := v.sh.Store.SetSetting(settingUserName, v.name.Text); err != nil {
		showError(v.sh, err)
	}
}

// settingsCard is one titled group of the settings screen; other features
// use it for their sections too.
func settingsCard(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(append([]fyne.CanvasObject{heading(title)}, append(objs, widget.NewSeparator())...)...)
}
