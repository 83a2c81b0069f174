// Package ui is the Fyne window: navigation, the wizard, the documents, the
// request log and the settings. It holds screens and widgets only; answers
// come from package data, questions from package wizard and documents from
// package pdf.
package ui

import (
	"os"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"tietosuojapakki/assets"
	"tietosuojapakki/data"
)

// AppID is the application id: without it Fyne keeps no preferences.
const AppID = "fi.tietosuojapakki.app"

// Run opens the main window on the store and returns when it is closed.
func Run(st *data.Store) {
	a := app.NewWithID(AppID)
	sh := New(a, st)
	sh.Win.ShowAndRun()
}

// Screen is one entry of the navigation. Screens register themselves from
// their own files (registerScreen in init), so the navigation is data and a
// new screen needs no change here.
type Screen struct {
	ID    string
	Order int
	Title string // translation key
	// Icon is a function such as theme.SettingsIcon, called when the
	// navigation is built: theme icons must not be looked up before the
	// app exists (the headless commands never start one).
	Icon func() fyne.Resource
	// Build makes the screen's content. It is called again when the
	// organisation or the language changes.
	Build func(sh *Shell) fyne.CanvasObject

	placeholder bool // stands in until the real screen registers
}

var screens []Screen

// registerScreen adds a screen to the navigation. A real screen replaces a
// placeholder of the same ID whichever registers first.
func registerScreen(s Screen) {
	for i, old := range screens {
		if old.ID != s.ID {
			continue
		}
		if s.placeholder {
			return
		}
		screens[i] = s
		return
	}
	screens = append(screens, s)
	sort.SliceStable(screens, func(i, j int) bool { return screens[i].Order < screens[j].Order })
}

// Shell is the state every screen shares: the window, the store, the
// current organisation and the UI language.
type Shell struct {
	App   fyne.App
	Win   fyne.Window
	Store *data.Store
	Org   int64
	Lang  string
	Tabs  *container.AppTabs
}

// Hooks that other files of the package fill in init, so that this file
// needs no change when they grow.
var (
	// startHooks run once in New, before the first layout (orgs.go picks
	// the organisation; shots.go starts the screenshot walk).
	startHooks []func(*Shell)
	// topBar, when set, is laid out above the navigation (the organisation
	// switcher).
	topBar func(*Shell) fyne.CanvasObject
)

// Settings keys kept in the database.
const (
	settingLang = data.SettingLang
	settingOrg  = data.SettingOrg
)

// New builds the main window; tests call it with test.NewTempApp.
func New(a fyne.App, st *data.Store) *Shell {
	sh := &Shell{App: a, Store: st, Lang: st.Setting(settingLang, "fi")}
	setLanguage(sh.Lang)
	sh.Win = a.NewWindow(lang.L("app.title"))
	sh.Win.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	for _, h := range startHooks {
		h(sh)
	}
	sh.rebuild()
	// Fits a 1366×768 laptop screen with room for the panel and title bar.
	sh.Win.Resize(fyne.NewSize(1200, 680))
	return sh
}

// rebuild lays out the navigation with every registered screen, keeping
// the screen that was open.
func (sh *Shell) rebuild() {
	selected := 0
	if sh.Tabs != nil {
		selected = sh.Tabs.SelectedIndex()
	}
	var items []*container.TabItem
	for _, s := range screens {
		items = append(items, container.NewTabItemWithIcon(lang.L(s.Title), s.Icon(), s.Build(sh)))
	}
	sh.Tabs = container.NewAppTabs(items...)
	sh.Tabs.SetTabLocation(container.TabLocationLeading)
	// A screen whose content has a Shown method reloads when opened, to
	// show what the other screens changed meanwhile.
	sh.Tabs.OnSelected = func(ti *container.TabItem) {
		if s, ok := ti.Content.(interface{ Shown() }); ok {
			s.Shown()
		}
	}
	if selected > 0 && selected < len(items) {
		sh.Tabs.SelectIndex(selected)
	}
	var content fyne.CanvasObject = sh.Tabs
	if topBar != nil {
		content = container.NewBorder(topBar(sh), nil, nil, nil, sh.Tabs)
	}
	sh.Win.SetContent(content)
}

// SetLanguage switches the UI language and rebuilds the window.
func (sh *Shell) SetLanguage(l string) {
	flushWizard(sh) // the rebuilt wizard reads the answers from the store
	sh.Lang = l
	_ = sh.Store.SetSetting(settingLang, l)
	setLanguage(l)
	sh.Win.SetTitle(lang.L("app.title"))
	sh.rebuild()
}

// setLanguage points Fyne's translations at l. Fyne picks the language from
// the environment each time translations are added, so setting LANGUAGE and
// adding ours again is how the language is switched while running. Under a
// bare C or POSIX locale Fyne ignores LANGUAGE and falls back to English;
// C.UTF-8 keeps the C behaviour and lets LANGUAGE through.
func setLanguage(l string) {
	for _, n := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(n)
		if v == "" {
			continue
		}
		if v == "C" || v == "POSIX" {
			os.Setenv(n, "C.UTF-8")
		}
		break
	}
	os.Setenv("LANGUAGE", l)
	for _, part := range assets.Parts {
		if err := lang.AddTranslationsFS(assets.I18n, part); err != nil {
			fyne.LogError("loading translations "+part, err)
		}
	}
}
