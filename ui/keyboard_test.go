package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// pressTab does what the window does with Tab (glfw's capturesTab): a
// widget that accepts Tab gets the key, otherwise the focus moves on (or
// back with Shift).
func pressTab(c fyne.Canvas, shift bool) {
	if t, ok := c.Focused().(fyne.Tabbable); ok && t.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	if shift {
		c.FocusPrevious()
	} else {
		c.FocusNext()
	}
}

// keyboardShell opens the example company at laptop size 1024×600.
func keyboardShell(t *testing.T) (*Shell, *wizardView) {
	t.Helper()
	sh, _ := newTestShell(t)
	importExample(t, sh)
	sh.Win.Resize(fyne.NewSize(1024, 600))
	return sh, wizardOf(t, sh)
}

// pageWith opens the first page that has a field for which ok holds and
// returns that field's index in the page's focus order.
func pageWith(t *testing.T, v *wizardView, ok func(fyne.Focusable, int) bool) int {
	t.Helper()
	for i := range v.pages {
		v.goTo(i)
		for j, f := range v.focusOrder {
			if ok(f, j) {
				return j
			}
		}
	}
	t.Fatal("no page has such a field")
	return -1
}

// inView reports whether obj is inside the visible part of the page.
func inView(v *wizardView, obj fyne.CanvasObject) bool {
	top := relativeY(obj, v.body.Content)
	return top >= v.body.Offset.Y-1 && top+obj.Size().Height <= v.body.Offset.Y+v.body.Size().Height+1
}

// TestTabLeavesMultiLineField: Tab and Shift+Tab move out of a multi-line
// field without typing a tab character into it.
func TestTabLeavesMultiLineField(t *testing.T) {
	sh, v := keyboardShell(t)
	c := sh.Win.Canvas()
	j := pageWith(t, v, func(f fyne.Focusable, j int) bool {
		e, ok := f.(*entry)
		return ok && e.MultiLine && j > 0 && j < len(v.focusOrder)-1
	})
	multi := v.focusOrder[j].(*entry)
	c.Focus(multi)
	test.Type(multi, "Asiakkaat")
	pressTab(c, false)
	if c.Focused() == multi || strings.Contains(multi.Text, "\t") {
		t.Fatalf("Tab stayed in the field (text %q)", multi.Text)
	}
	c.Focus(multi)
	pressTab(c, true)
	if c.Focused() == multi || strings.Contains(multi.Text, "\t") {
		t.Fatalf("Shift+Tab stayed in the field (text %q)", multi.Text)
	}
}

// TestFocusScrollsIntoView: tabbing through the longest page at 1024×600
// always shows the focused field (Fyne issue 3029).
func TestFocusScrollsIntoView(t *testing.T) {
	sh, v := keyboardShell(t)
	c := sh.Win.Canvas()
	most := 0
	for i := range v.pages {
		v.goTo(i)
		most = max(most, len(v.focusOrder))
	}
	pageWith(t, v, func(_ fyne.Focusable, j int) bool { return j == most-1 })
	if v.body.Content.MinSize().Height <= v.body.Size().Height {
		t.Fatalf("the page fits the window; the test needs a longer one")
	}
	c.Focus(v.focusOrder[0])
	seen := 0
	for range 200 {
		pressTab(c, false)
		clockOf(sh).Advance(focusWatchDelay)
		o, ok := c.Focused().(fyne.CanvasObject)
		if !ok || relativeY(o, v.body.Content) < 0 || relativeY(o, v.body.Content) > v.body.Content.Size().Height {
			continue // outside the page: the step list, the buttons
		}
		seen++
		if !inView(v, o) {
			t.Fatalf("focused %T at y=%v is out of view (offset %v, height %v)", o, relativeY(o, v.body.Content), v.body.Offset.Y, v.body.Size().Height)
		}
		if c.Focused() == v.focusOrder[len(v.focusOrder)-1] {
			break
		}
	}
	if seen < most {
		t.Fatalf("tabbed through %d widgets of the page, want at least %d fields", seen, most)
	}
}

// TestAddRowFocusesAndShowsIt: "+ add row" focuses the new row, keeps it
// in view, and what is typed there is stored.
func TestAddRowFocusesAndShowsIt(t *testing.T) {
	sh, v := keyboardShell(t)
	c := sh.Win.Canvas()
	pageWith(t, v, func(_ fyne.Focusable, _ int) bool {
		for _, f := range v.fields {
			if f.list != nil {
				return true
			}
		}
		return false
	})
	var lf *listField
	var path string
	for p, f := range v.fields {
		if f.list != nil {
			lf, path = f.list, p
		}
	}
	v.body.ScrollToBottom()
	test.Tap(lf.add)
	last := lf.focusables[len(lf.focusables)-1]
	if c.Focused() != last {
		t.Fatalf("the new row is not focused (focus on %T)", c.Focused())
	}
	if !inView(v, last) {
		t.Fatalf("the new row is out of view")
	}
	test.Type(last, "Uusi rivi")
	clockOf(sh).Settle()
	a, _ := sh.Store.Answers(t.Context(), sh.Org)
	v.a = a
	if got := strings.Join(toStrings(v, path), "|"); !strings.HasSuffix(got, "Uusi rivi") {
		t.Fatalf("stored list %q", got)
	}
}

func toStrings(v *wizardView, path string) []string {
	var out []string
	if list, ok := v.fields[path]; ok && list.list != nil {
		out = append(out, list.list.items...)
	}
	return out
}

// TestEnterPressesFocusedButton: Enter on the focused Next goes on, the
// focused button wears its ring, and the new page's first field takes the
// focus.
func TestEnterPressesFocusedButton(t *testing.T) {
	sh, v := keyboardShell(t)
	c := sh.Win.Canvas()
	v.goTo(0)
	c.Focus(v.next)
	if !v.next.Focused() {
		t.Fatal("the focused Next shows no focus ring")
	}
	v.next.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if v.cur != 1 {
		t.Fatalf("Enter on Next: on page %d", v.cur)
	}
	if v.next.Focused() || len(v.focusOrder) == 0 || c.Focused() != v.focusOrder[0] {
		t.Fatalf("after the page change the focus is on %T, want the first field", c.Focused())
	}
}

// TestStepShortcuts: Alt+→ and Alt+← typed inside a field move between
// steps, as do Ctrl+PageDown and Ctrl+PageUp.
func TestStepShortcuts(t *testing.T) {
	sh, v := keyboardShell(t)
	v.goTo(0)
	type sc = desktop.CustomShortcut
	steps := []struct {
		s    *sc
		want int
	}{
		{&sc{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}, 1},
		{&sc{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierControl}, 2},
		{&sc{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierControl}, 1},
		{&sc{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}, 0},
	}
	for _, s := range steps {
		typeShortcut(sh.Win.Canvas(), s.s)
		if v.cur != s.want {
			t.Fatalf("%s: on page %d, want %d", s.s.ShortcutName(), v.cur, s.want)
		}
	}
}

// TestComboTabPassesDropDown: in a field with suggestions Tab goes to the
// next field, not to the ▾, so that what is typed next is not lost; ↓
// opens the list and a choice fills the field.
func TestComboTabPassesDropDown(t *testing.T) {
	sh, v := keyboardShell(t)
	c := sh.Win.Canvas()
	j := pageWith(t, v, func(f fyne.Focusable, j int) bool {
		e, ok := f.(*entry)
		return ok && e.openList != nil && j < len(v.focusOrder)-1
	})
	combo := v.focusOrder[j].(*entry)
	c.Focus(combo)
	pressTab(c, false)
	if c.Focused() == combo {
		t.Fatal("Tab stayed in the suggestion field")
	}
	if next, ok := c.Focused().(fyne.CanvasObject); ok && isInside(next, combo) {
		t.Fatalf("Tab stopped on a part of the suggestion field (%T)", next)
	}
	c.Focus(combo)
	combo.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if c.Overlays().Top() == nil {
		t.Fatal("↓ did not open the suggestions")
	}
}

// isInside reports whether o is part of w's drawing.
func isInside(o fyne.CanvasObject, w fyne.Widget) bool {
	var walk func(fyne.CanvasObject) bool
	walk = func(x fyne.CanvasObject) bool {
		if x == o {
			return true
		}
		if c, ok := x.(*fyne.Container); ok {
			for _, y := range c.Objects {
				if walk(y) {
					return true
				}
			}
		}
		if wd, ok := x.(fyne.Widget); ok && x != fyne.CanvasObject(w) {
			for _, y := range test.WidgetRenderer(wd).Objects() {
				if walk(y) {
					return true
				}
			}
		}
		return false
	}
	for _, y := range test.WidgetRenderer(w).Objects() {
		if walk(y) {
			return true
		}
	}
	return false
}

// TestWheelScrollsPageOverField: the wheel over a text field scrolls the
// page.
func TestWheelScrollsPageOverField(t *testing.T) {
	sh, v := keyboardShell(t)
	most := 0
	for i := range v.pages {
		v.goTo(i)
		most = max(most, len(v.focusOrder))
	}
	j := pageWith(t, v, func(f fyne.Focusable, j int) bool {
		_, ok := f.(*entry)
		return ok && len(v.focusOrder) == most
	})
	v.body.ScrollToTop()
	e := v.focusOrder[j].(*entry)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).AddXY(10, e.Size().Height/2)
	if pos.Y > v.body.Size().Height {
		t.Skip("the field is below the fold")
	}
	test.Scroll(sh.Win.Canvas(), pos, 0, -120)
	if v.body.Offset.Y <= 0 {
		t.Fatalf("the wheel over a field did not scroll the page (offset %v)", v.body.Offset.Y)
	}
}

// typeShortcut does what the window does with a shortcut: the focused
// widget gets it when it takes shortcuts, the window otherwise.
func typeShortcut(c fyne.Canvas, s fyne.Shortcut) {
	if f, ok := c.Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	c.(fyne.Shortcutable).TypedShortcut(s)
}

// TestTabLeavesRequestNote: in the request log's dialogs, too, Tab moves
// out of a multi-line field.
func TestTabLeavesRequestNote(t *testing.T) {
	sh, v := reqShell(t)
	v.selectRef("2026-002")
	test.Tap(v.detail.note)
	top := sh.Win.Canvas().Overlays().Top()
	var note *entry
	walkObjects(top, func(o fyne.CanvasObject) {
		if e, ok := o.(*entry); ok && e.MultiLine {
			note = e
		}
	})
	if note == nil {
		t.Fatal("the note dialog has no multi-line field of ours")
	}
	c := sh.Win.Canvas()
	c.Focus(note)
	test.Type(note, "Soitettu")
	pressTab(c, false)
	if c.Focused() == note || strings.Contains(v.action.text.Text, "\t") || v.action.text.Text != "Soitettu" {
		t.Fatalf("Tab stayed in the note (text %q)", v.action.text.Text)
	}
}
