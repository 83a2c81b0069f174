package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestSettings: the user's name is stored, the database is shown, and the
// language switches the window and is remembered.
func TestSettings(t *testing.T) {
	sh, path := newTestShell(t)
	v := newSettingsView(sh)
	test.Type(v.name, "Sanna Kivi")
	v.name.FocusLost()
	if got := sh.Store.Setting(settingUserName, ""); got != "Sanna Kivi" {
		t.Fatalf("user.name = %q", got)
	}
	if findText(v.root, path) == false {
		t.Fatal("the database path is not shown")
	}
	v.langSel.SetSelected("English")
	if sh.Lang != "en" || sh.Store.Setting(settingLang, "") != "en" {
		t.Fatalf("language %q, stored %q", sh.Lang, sh.Store.Setting(settingLang, ""))
	}
	if got := sh.Tabs.Items[len(sh.Tabs.Items)-1].Text; got != "Settings" {
		t.Fatalf("last tab %q in English", got)
	}
	if sh.Tabs.SelectedIndex() != 0 {
		// rebuild keeps the open screen; the settings view here was built
		// outside the tabs, so the first tab stays open.
		t.Fatalf("selected tab %d", sh.Tabs.SelectedIndex())
	}
	sh.SetLanguage("fi")
}
