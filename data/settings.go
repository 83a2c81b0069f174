package data

import "strconv"

// The keys of the settings the program keeps in the database (Store.Setting
// and SetSetting), all in one place: a key is spelled once.
const (
	// SettingUserName holds the user's name (Asetukset); every history
	// event of the request log records it as who made the change.
	SettingUserName = "user.name"
	// SettingLang is the window's language: fi, sv or en.
	SettingLang = "ui.lang"
	// SettingOrg is the organisation the window last showed (its id).
	SettingOrg = "ui.org"
)

// SettingStep is the key of the wizard step the window last showed for
// the organisation org.
func SettingStep(org int64) string { return "ui.step." + strconv.FormatInt(org, 10) }
