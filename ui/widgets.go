package ui

import (
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Small building blocks shared by the screens.

// muted is small grey wrapped text: help texts and examples.
func muted(text string) *widget.RichText {
	r := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText}})
	r.Wrapping = fyne.TextWrapWord
	return r
}

// wrapped is ordinary wrapped text.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// heading is a section or page title.
func heading(text string) *widget.RichText {
	r := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleSubHeading})
	r.Wrapping = fyne.TextWrapWord
	return r
}

// message is a line of coloured text that can be changed and hides itself
// when empty: validation messages beside a field, save status.
type message struct {
	*widget.RichText
	color fyne.ThemeColorName
}

func newMessage(c fyne.ThemeColorName) *message {
	m := &message{RichText: widget.NewRichText(), color: c}
	// The container holds *message, so its renderer is cached under
	// *message: without this, Refresh would refresh the inner RichText's
	// renderer and the window would keep showing the first text set.
	m.ExtendBaseWidget(m)
	m.Wrapping = fyne.TextWrapWord
	m.Hide()
	return m
}

// Set shows text, or hides the message when text is empty.
func (m *message) Set(text string) {
	if text == "" {
		m.Segments = nil
		m.Hide()
		return
	}
	m.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: m.color}}}
	m.Show()
	m.Refresh()
}

// Text is what the message shows ("" when hidden).
func (m *message) Text() string {
	if !m.Visible() {
		return ""
	}
	return m.String()
}

// note is a highlighted remark on a tinted background: warnings in the
// wizard, "only a draft can be made" in the documents.
func note(text string, c fyne.ThemeColorName) fyne.CanvasObject {
	bg := canvas.NewRectangle(tint(theme.Color(c)))
	bg.CornerRadius = theme.InputRadiusSize()
	icon := widget.NewIcon(theme.InfoIcon())
	switch c {
	case theme.ColorNameError:
		icon = widget.NewIcon(theme.ErrorIcon())
	case theme.ColorNameWarning:
		icon = widget.NewIcon(theme.WarningIcon())
	}
	return container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil, icon, nil, wrapped(text))))
}

// tint makes a theme colour into a light background.
func tint(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x40}
}

// clock schedules the window's delayed work (a save once typing pauses, a
// validation message). The window uses the real one; tests use a manual
// clock that they advance, so that timed work runs on the test's own
// goroutine and at the moment the test says.
type clock interface {
	// AfterFunc runs f on the UI goroutine once d has passed, unless the
	// returned stop is called first.
	AfterFunc(d time.Duration, f func()) (stop func())
}

// realClock is the system's time; f runs through fyne.Do.
type realClock struct{}

func (realClock) AfterFunc(d time.Duration, f func()) func() {
	t := time.AfterFunc(d, func() { fyne.Do(f) })
	return func() { t.Stop() }
}

// debouncer runs an action once input has been quiet for a while, on the
// UI goroutine: a save after the last keystroke, without a write per
// keystroke.
type debouncer struct {
	clock clock
	delay time.Duration

	mu      sync.Mutex
	pending map[string]*debounced
}

// debounced is one key's waiting action; a newer After or Cancel makes an
// older one that already fired do nothing.
type debounced struct{ stop func() }

func newDebouncer(c clock, d time.Duration) *debouncer {
	return &debouncer{clock: c, delay: d, pending: map[string]*debounced{}}
}

// After (re)starts the timer of key; fn runs on the UI goroutine.
func (d *debouncer) After(key string, fn func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if old := d.pending[key]; old != nil {
		old.stop()
	}
	p := &debounced{}
	d.pending[key] = p
	p.stop = d.clock.AfterFunc(d.delay, func() {
		d.mu.Lock()
		current := d.pending[key] == p
		if current {
			delete(d.pending, key)
		}
		d.mu.Unlock()
		if current {
			fn()
		}
	})
}

// Cancel stops the timer of key.
func (d *debouncer) Cancel(key string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if p := d.pending[key]; p != nil {
		p.stop()
		delete(d.pending, key)
	}
}

// entry is a widget.Entry that reports losing focus, so that a field is
// saved at once when the user leaves it, and that keeps the keyboard
// rules of keyboard.go.
type entry struct {
	widget.Entry
	entryHooks
	openList func() // a combo's drop-down (newComboEntry)
}

func newEntry(multiLine bool) *entry {
	e := &entry{}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	if multiLine {
		e.SetMinRowsVisible(3)
	}
	return e
}

// FocusLost saves what was typed.
func (e *entry) FocusLost() {
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// shownScreen is screen content that is told when the user opens its tab
// (app.go calls Shown), so that it can reload what other screens changed.
type shownScreen struct {
	widget.BaseWidget
	content fyne.CanvasObject
	shown   func()
}

func newShownScreen(content fyne.CanvasObject, shown func()) *shownScreen {
	s := &shownScreen{content: content, shown: shown}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer draws the content.
func (s *shownScreen) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.content)
}

// Shown reloads the screen.
func (s *shownScreen) Shown() {
	if s.shown != nil {
		s.shown()
	}
}

// relativeY is how far below the top of content obj is drawn (content
// holds obj somewhere inside it).
func relativeY(obj, content fyne.CanvasObject) float32 {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(content).Y
}
