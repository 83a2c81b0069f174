// Package ui is the Fyne window: navigation, the wizard, the documents, the
// request log and the settings. It holds screens and widgets only; answers
// come from package data, questions from package wizard and documents from
// package pdf.
//
// The window is wired in one place: New builds the Shell, and screens
// (below) lists the navigation in order. Each screen's view is a field of
// the Shell, so one screen reaches another through it (the documents jump
// to the wizard, the wizard renames the organisation in the switcher).
package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"tietosuojapakki/assets"
	"tietosuojapakki/data"
)

// AppID is the application id: without it Fyne keeps no preferences.
const AppID = "fi.tietosuojapakki.app"

// Run opens the main window on the store and returns when it is closed.
func Run(st *data.Store) {
	a := app.NewWithID(AppID)
	sh := New(a, st)
	a.Lifecycle().SetOnStarted(releaseStartupMemory)
	sh.Win.ShowAndRun()
}

// Screen is one entry of the navigation, in the style of Fyne's demo
// registry: a title, an icon and a function that builds the view.
type Screen struct {
	Title string // translation key
	// Icon is a function such as theme.SettingsIcon, called when the
	// navigation is built: theme icons must not be looked up before the
	// app exists (the headless commands never start one).
	Icon func() fyne.Resource
	// Build makes the screen's content and keeps its view in a field of
	// the Shell. It is called again when the organisation or the
	// language changes.
	Build func(sh *Shell) fyne.CanvasObject
}

// screens is the navigation, in order.
func screens() []Screen {
	return []Screen{
		{Title: "nav.wizard", Icon: theme.DocumentCreateIcon, Build: buildWizardScreen},
		{Title: "nav.documents", Icon: theme.FileTextIcon, Build: buildDocumentsScreen},
		{Title: "nav.requests", Icon: theme.MailComposeIcon, Build: buildRequestsScreen},
		{Title: "nav.breaches", Icon: theme.WarningIcon, Build: buildBreachesScreen},
		{Title: "nav.settings", Icon: theme.SettingsIcon, Build: buildSettingsScreen},
	}
}

// Shell is the state every screen shares: the window, the store, the
// current organisation and the UI language, and the view of each screen.
type Shell struct {
	App   fyne.App
	Win   fyne.Window
	Store *data.Store
	Org   int64
	Lang  string
	Tabs  *container.AppTabs

	// clock times the delayed work (saves once typing pauses).
	clock clock

	// The views of the current build (rebuild makes them again).
	orgBar    *orgBar
	wizard    *wizardView
	documents *documentsView
	requests  *requestsView
	settings  *settingsView

	// closed is set once the window has closed.
	closed bool

	// due is the start-up notice of requests that need attention.
	due *fyne.Container
	// dueDismissed is the organisation whose notice the user has seen.
	dueDismissed int64

	// notifiedOrg is the organisation whose due requests have had the
	// desktop notification, so a rebuild does not repeat it.
	notifiedOrg int64

	// dataVersion is the database's data_version when the screens last
	// read it; wizardStale says the wizard still has to read it again
	// (watch.go).
	dataVersion int64
	wizardStale bool

	// breachNoticeSeen is the organisation whose breach notice the user
	// has hidden (breaches_notice.go).
	breachNoticeSeen int64
}

// Settings keys kept in the database.
const (
	settingLang = data.SettingLang
	settingOrg  = data.SettingOrg
)

// New builds the main window. The steps run in this order: the language,
// the organisation used last, the screens, then what must be said at once
// (a damaged database set aside).
func New(a fyne.App, st *data.Store) *Shell {
	return newShell(a, st, realClock{})
}

// newShell is New on a given clock (tests pass a manual one with
// test.NewTempApp).
func newShell(a fyne.App, st *data.Store, c clock) *Shell {
	sh := &Shell{App: a, Store: st, Lang: st.Setting(settingLang, "fi"), clock: c}
	setLanguage(sh.Lang)
	sh.Win = a.NewWindow(lang.L("app.title"))
	sh.Win.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	pickOrganisation(sh)
	sh.rebuild()
	// Closing the window saves what is still waiting for its debounce,
	// and asks first when something cannot be saved.
	sh.Win.SetCloseIntercept(sh.requestClose)
	sh.addNavShortcuts()
	sh.Win.SetOnClosed(func() {
		sh.closed = true
		flushWizard(sh)
		sh.rememberSize()
	})
	sh.Win.Resize(sh.rememberedSize())
	showPendingDamage(sh)
	startScreenshots(sh)
	sh.watch()
	return sh
}

// rebuild lays out the switcher and the navigation, keeping the screen
// that was open. A screen is built when it is first shown (buildScreen):
// the hidden Asiakirjat screen used to compose the whole notice preview
// at every start.
func (sh *Shell) rebuild() {
	selected := 0
	if sh.Tabs != nil {
		selected = sh.Tabs.SelectedIndex()
	}
	sh.wizard, sh.documents, sh.requests, sh.settings = nil, nil, nil, nil
	list := screens()
	items := make([]*container.TabItem, len(list))
	for i, s := range list {
		items[i] = container.NewTabItemWithIcon(lang.L(s.Title), s.Icon(), container.NewStack())
	}
	// The location is set before the tabs become a widget: on a widget,
	// SetTabLocation builds the renderer at once and lays the bar out at
	// size zero, rebuilding every tab button (icons decoded again) for
	// each count of tabs that might fit, all before the window has a size.
	sh.Tabs = &container.AppTabs{Items: items}
	sh.Tabs.SetTabLocation(container.TabLocationLeading)
	sh.Tabs.BaseWidget.ExtendBaseWidget(sh.Tabs) // as container.NewAppTabs does
	// A screen opened again reloads, to show what the other screens
	// changed meanwhile.
	sh.Tabs.OnSelected = func(ti *container.TabItem) {
		i := sh.Tabs.SelectedIndex()
		if i == screenRequests {
			sh.dismissDue() // the log shows the same notice
		}
		if sh.buildScreen(i) {
			return // just built from the store
		}
		if s, ok := screenContent(ti).(interface{ Shown() }); ok {
			s.Shown()
		}
	}
	if selected < 0 || selected >= len(items) {
		selected = 0
	}
	if selected > 0 {
		sh.Tabs.SelectIndex(selected) // builds it, through OnSelected
	}
	sh.buildScreen(sh.Tabs.SelectedIndex())
	sh.orgBar = newOrgBar(sh)
	sh.due = newDueBanner(sh)
	sh.notifyDue()
	sh.Win.SetContent(container.NewBorder(container.NewVBox(sh.orgBar.root, sh.due, newBreachNotice(sh)), nil, nil, nil, sh.Tabs))
}

// buildScreen builds screen i unless it is built; it reports whether it
// built it now.
func (sh *Shell) buildScreen(i int) bool {
	holder := sh.Tabs.Items[i].Content.(*fyne.Container)
	if len(holder.Objects) > 0 {
		return false
	}
	holder.Objects = []fyne.CanvasObject{screens()[i].Build(sh)}
	holder.Refresh()
	return true
}

// screenContent is what a tab's screen drawn (nil before it is built).
func screenContent(ti *container.TabItem) fyne.CanvasObject {
	if holder, ok := ti.Content.(*fyne.Container); ok && len(holder.Objects) > 0 {
		return holder.Objects[0]
	}
	return nil
}

// showScreen opens screen i (of screens), building it if needed.
func (sh *Shell) showScreen(i int) {
	sh.buildScreen(i)
	sh.Tabs.SelectIndex(i)
}

// The screens' places in the navigation.
const (
	screenWizard = iota
	screenDocuments
	screenRequests
	screenBreaches
	screenSettings
)

// SetLanguage switches the UI language and rebuilds the window.
func (sh *Shell) SetLanguage(l string) {
	flushWizard(sh) // the rebuilt wizard reads the answers from the store
	sh.Lang = l
	_ = sh.Store.SetSetting(settingLang, l)
	setLanguage(l)
	sh.Win.SetTitle(lang.L("app.title"))
	sh.rebuild()
}

// requestClose is what the window's close button does: it saves what is
// pending, and when a value is still not written (a failed write, a value
// to correct) it says so and asks before closing.
func (sh *Shell) requestClose() {
	flushWizard(sh)
	if sh.wizard == nil {
		sh.Win.Close()
		return
	}
	text, _ := sh.wizard.unsaved()
	if text == "" {
		sh.Win.Close()
		return
	}
	msg := wrapped(text + "\n\n" + lang.L("close.ask"))
	askChoice(sh, lang.L("close.title"), msg, lang.L("close.anyway"), lang.L("close.back"), false, func(close bool) {
		if close {
			sh.Win.Close()
		}
	})
}

// Preference keys of the window's size (per user and machine, so in
// Fyne's preferences rather than in the database).
const (
	prefWidth  = "window.width"
	prefHeight = "window.height"
)

// minWindow is the smallest size the window is opened at: the layouts
// are made for 1024×600 and up.
var minWindow = fyne.NewSize(1024, 600)

// rememberedSize is the window's size when it was last closed; the first
// time 1200×680, which fits a 1366×768 laptop screen with room for the
// panel and title bar.
func (sh *Shell) rememberedSize() fyne.Size {
	p := sh.App.Preferences()
	w := float32(p.FloatWithFallback(prefWidth, 1200))
	h := float32(p.FloatWithFallback(prefHeight, 680))
	return fyne.NewSize(max(w, minWindow.Width), max(h, minWindow.Height))
}

// rememberSize keeps the window's size for the next start.
func (sh *Shell) rememberSize() {
	s := sh.Win.Canvas().Size()
	if s.Width < 100 || s.Height < 100 {
		return // not laid out (closed before it was shown)
	}
	p := sh.App.Preferences()
	p.SetFloat(prefWidth, float64(s.Width))
	p.SetFloat(prefHeight, float64(s.Height))
}
