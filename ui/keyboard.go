package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Keyboard and wheel behaviour that Fyne leaves out, for a user who fills
// the wizard with the keyboard only:
//
//   - Tab and Shift+Tab leave a multi-line field (entry.AcceptsTab);
//   - a focused field is scrolled into view (Fyne issue 3029: the scroll
//     container does not follow focus);
//   - Enter presses the focused button, and the focused button wears a
//     ring that shows also on a primary (blue) button;
//   - a suggestion field's ▾ is not a stop of Tab (comboEntry);
//   - the mouse wheel scrolls the page also over a field (wheelThrough);
//   - Alt+←/→ and Ctrl+PageUp/PageDown move between steps.

// navShortcuts are the window's shortcuts for moving between steps.
var navShortcuts = []struct {
	shortcut *desktop.CustomShortcut
	forward  bool
}{
	{&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}, true},
	{&desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, false},
	{&desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierControl}, true},
	{&desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierControl}, false},
}

// navShortcut reports whether s moves between steps, and which way.
func navShortcut(s fyne.Shortcut) (forward, ok bool) {
	cs, isCustom := s.(*desktop.CustomShortcut)
	if !isCustom {
		return false, false
	}
	for _, n := range navShortcuts {
		if n.shortcut.KeyName == cs.KeyName && n.shortcut.Modifier == cs.Modifier {
			return n.forward, true
		}
	}
	return false, false
}

// entryHooks are what an entry tells the screen it sits on.
type entryHooks struct {
	onBlur     func()                   // focus left: save at once
	onFocus    func(fyne.CanvasObject)  // focus came: scroll into view
	onShortcut func(fyne.Shortcut) bool // a window shortcut typed here
}

// focusGained runs the focus hook.
func (h *entryHooks) focusGained(o fyne.CanvasObject) {
	if h.onFocus != nil {
		h.onFocus(o)
	}
}

// shortcut offers s to the window first; it reports whether it was used.
func (h *entryHooks) shortcut(s fyne.Shortcut) bool {
	return h.onShortcut != nil && h.onShortcut(s)
}

// AcceptsTab is false also for a multi-line field: Tab moves on (a tab
// character is no useful input in these answers).
func (e *entry) AcceptsTab() bool { return false }

// FocusGained scrolls the field into view.
func (e *entry) FocusGained() {
	e.Entry.FocusGained()
	e.focusGained(e)
}

// TypedShortcut lets the window's step shortcuts through.
func (e *entry) TypedShortcut(s fyne.Shortcut) {
	if e.shortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// button is a widget.Button that Enter presses and that shows a ring
// while focused (Fyne's focus tint is invisible on a primary button).
type button struct {
	widget.Button
	ring *canvas.Rectangle
}

// newButton makes a button with an icon (nil for none).
func newButton(label string, icon fyne.Resource, tapped func()) *button {
	b := &button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer draws the button with its focus ring on top.
func (b *button) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	b.ring = canvas.NewRectangle(color.Transparent)
	b.ring.StrokeWidth = 2
	b.ring.StrokeColor = theme.Color(theme.ColorNameForeground)
	b.ring.CornerRadius = theme.InputRadiusSize()
	b.ring.Hide()
	return &ringRenderer{WidgetRenderer: b.Button.CreateRenderer(), ring: b.ring}
}

// FocusGained shows the ring.
func (b *button) FocusGained() {
	b.Button.FocusGained()
	if b.ring != nil {
		b.ring.Show()
		b.ring.Refresh()
	}
}

// FocusLost hides the ring.
func (b *button) FocusLost() {
	b.Button.FocusLost()
	if b.ring != nil {
		b.ring.Hide()
		b.ring.Refresh()
	}
}

// Focused reports whether the ring shows (tests).
func (b *button) Focused() bool { return b.ring != nil && b.ring.Visible() }

// TypedKey presses the button on Enter as on Space.
func (b *button) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		b.Tapped(nil)
		return
	}
	b.Button.TypedKey(ev)
}

// ringRenderer adds the focus ring to a button's renderer.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring *canvas.Rectangle
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Move(fyne.NewPos(0, 0))
	r.ring.Resize(s)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	out := make([]fyne.CanvasObject, 0, len(objs)+1)
	return append(append(out, objs...), r.ring)
}

// tapIcon is an icon that can be tapped but not focused, so that Tab
// does not stop on it (the ▾ of a suggestion field: text typed after a
// Tab that stopped there went nowhere).
type tapIcon struct {
	widget.BaseWidget
	icon   fyne.Resource
	tapped func()
}

func newTapIcon(icon fyne.Resource, tapped func()) *tapIcon {
	t := &tapIcon{icon: icon, tapped: tapped}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapIcon) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewPadded(widget.NewIcon(t.icon)))
}

// Tapped runs the action.
func (t *tapIcon) Tapped(*fyne.PointEvent) { t.tapped() }

// Cursor is a pointer: the icon is a button for the mouse.
func (t *tapIcon) Cursor() desktop.Cursor { return desktop.PointerCursor }

// newComboEntry is a text field with suggestions in a drop-down list
// behind a ▾ that the mouse can open and Tab passes over; Alt+↓ and F4
// open it from the keyboard.
func newComboEntry(options []string) *entry {
	e := newEntry(false)
	var pop *widget.PopUpMenu
	open := func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil || len(options) == 0 {
			return
		}
		items := make([]*fyne.MenuItem, len(options))
		for i, o := range options {
			items[i] = fyne.NewMenuItem(o, func() { e.SetText(o); c.Focus(e) })
		}
		pop = widget.NewPopUpMenu(fyne.NewMenu("", items...), c)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
		pop.ShowAtPosition(pos.AddXY(0, e.Size().Height))
		pop.Resize(fyne.NewSize(e.Size().Width, pop.MinSize().Height))
	}
	e.ActionItem = newTapIcon(theme.MenuDropDownIcon(), open)
	e.openList = open
	return e
}

// wheelThrough lays a transparent layer over a field that passes the
// mouse wheel to the page: Fyne gives the wheel to the field's own
// scroller, which has nothing to scroll, and the page did not move while
// the pointer was over a field (most of the page). Taps, drags and the
// cursor still reach the field: the layer only scrolls.
func wheelThrough(field fyne.CanvasObject, page *container.Scroll) fyne.CanvasObject {
	l := &wheelLayer{page: page}
	l.ExtendBaseWidget(l)
	return container.NewStack(field, l)
}

type wheelLayer struct {
	widget.BaseWidget
	page *container.Scroll
}

func (l *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled scrolls the page.
func (l *wheelLayer) Scrolled(ev *fyne.ScrollEvent) { l.page.Scrolled(ev) }

// ensureVisible scrolls page so that obj, somewhere inside its content,
// is in view with a little room around it; a page already showing it does
// not move.
func ensureVisible(page *container.Scroll, obj fyne.CanvasObject) {
	if page == nil || page.Content == nil || obj == nil || fyne.CurrentApp().Driver().CanvasForObject(obj) == nil {
		return
	}
	top := relativeY(obj, page.Content)
	if top < 0 || top > page.Content.Size().Height {
		return // not on this page
	}
	room := theme.Padding() * 2
	bottom := top + obj.Size().Height
	view := page.Size().Height
	y := page.Offset.Y
	switch {
	case top-room < y:
		y = top - room
	case bottom+room > y+view:
		y = min(top-room, bottom+room-view)
	default:
		return
	}
	page.Offset = fyne.NewPos(page.Offset.X, max(0, y))
	page.Refresh()
}

// TypedKey opens a combo's list on F4 or ↓.
func (e *entry) TypedKey(ev *fyne.KeyEvent) {
	if e.openList != nil && (ev.Name == fyne.KeyF4 || ev.Name == fyne.KeyDown) {
		e.openList()
		return
	}
	e.Entry.TypedKey(ev)
}

// focusWatchDelay is how often the wizard looks whether the keyboard
// focus moved to a widget that does not say so itself (a radio button, a
// check box), to scroll it into view.
const focusWatchDelay = 150 * time.Millisecond

// watchFocus keeps the focused widget of the wizard's page in view while
// the window is open.
func (w *wizardView) watchFocus() {
	var last fyne.Focusable
	var tick func()
	tick = func() {
		if w.sh.closed || w.sh.wizard != w {
			return // the window closed or the wizard was built again
		}
		if c := w.sh.Win.Canvas(); c != nil {
			if f := c.Focused(); f != last {
				last = f
				if o, ok := f.(fyne.CanvasObject); ok {
					ensureVisible(w.body, o)
				}
			}
		}
		w.sh.clock.AfterFunc(focusWatchDelay, tick)
	}
	w.sh.clock.AfterFunc(focusWatchDelay, tick)
}

// navigate moves the wizard a step on or back (Alt+→/←, Ctrl+PageDown/Up)
// when it is the open screen.
func (sh *Shell) navigate(forward bool) {
	if sh.wizard == nil || sh.Tabs == nil || sh.Tabs.SelectedIndex() != screenWizard {
		return
	}
	if forward {
		sh.wizard.goNext()
	} else {
		sh.wizard.goTo(sh.wizard.cur - 1)
	}
}

// addNavShortcuts lets Alt+→/← and Ctrl+PageDown/Up move between steps
// wherever the focus is.
func (sh *Shell) addNavShortcuts() {
	for _, n := range navShortcuts {
		sh.Win.Canvas().AddShortcut(n.shortcut, func(fyne.Shortcut) { sh.navigate(n.forward) })
	}
}

// shortcut handles a window shortcut typed in a field.
func (sh *Shell) shortcut(s fyne.Shortcut) bool {
	forward, ok := navShortcut(s)
	if ok {
		sh.navigate(forward)
	}
	return ok
}

// askChoice shows a dialog with two of our buttons (Enter presses the
// focused one, which wears a ring) and gives the focus to the safe one:
// the keyboard user can answer it at once. confirmFocused picks the
// button that starts focused; choice gets true for confirm.
func askChoice(sh *Shell, title string, body fyne.CanvasObject, confirm, dismiss string, confirmFocused bool, choice func(bool)) dialog.Dialog {
	var d *dialog.CustomDialog
	yes := newButton(confirm, nil, func() { d.Hide(); choice(true) })
	yes.Importance = widget.HighImportance
	no := newButton(dismiss, nil, func() { d.Hide(); choice(false) })
	d = dialog.NewCustomWithoutButtons(title, body, sh.Win)
	d.SetButtons([]fyne.CanvasObject{no, yes})
	d.Resize(fyne.NewSize(500, 0))
	d.Show()
	if confirmFocused {
		sh.Win.Canvas().Focus(yes)
	} else {
		sh.Win.Canvas().Focus(no)
	}
	return d
}
