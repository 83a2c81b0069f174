package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestWindowSizeRemembered: the size the window had when it was closed is
// the size it opens at next time; a tiny one is raised to 1024×600.
func TestWindowSizeRemembered(t *testing.T) {
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "size.db")
	sh := openShell(t, a, path)
	sh.Win.Resize(fyne.NewSize(1600, 900))
	sh.requestClose()
	sh2 := newShell(a, sh.Store, &manualClock{})
	if got := sh2.Win.Canvas().Size(); got != fyne.NewSize(1600, 900) {
		t.Fatalf("opened at %v, want 1600×900", got)
	}
	sh2.Win.Resize(fyne.NewSize(300, 200))
	sh2.requestClose()
	sh3 := newShell(a, sh.Store, &manualClock{})
	if got := sh3.Win.Canvas().Size(); got.Width < 1024 || got.Height < 600 {
		t.Fatalf("opened at %v, smaller than 1024×600", got)
	}
}

// TestRequestLogLayouts: at 1024×600 the search box keeps room for a
// name, the detail pane for a date on one line, and at 1920×1080 the table
// columns widen with the window.
func TestRequestLogLayouts(t *testing.T) {
	sh, v := reqShell(t)
	sh.Tabs.SelectIndex(2)
	sizes := map[string]fyne.Size{"small": fyne.NewSize(1024, 600), "large": fyne.NewSize(1920, 1080)}
	widths := map[string]float32{}
	for label, size := range sizes {
		name := label
		sh.Win.Resize(size)
		tapRow(t, v, 0)
		if w := v.search.Size().Width; w < 200 {
			t.Errorf("%s: the search box is %v px wide", name, w)
		}
		received := v.detail.values["received"]
		if line := widget.NewLabel("x").MinSize().Height; received == nil || received.Size().Height > line*1.5 {
			t.Errorf("%s: the received date does not fit on a line", name)
		}
		if w := v.detail.content.Size().Width; w < 250 {
			t.Errorf("%s: the detail pane is %v px wide", name, w)
		}
		cell := findLabel(v.table, v.rows.at(0).Requester.Name)
		if cell == nil {
			t.Fatalf("no cell shows %q", v.rows.at(0).Requester.Name)
		}
		widths[label] = cell.Size().Width
	}
	if l, s := widths["large"], widths["small"]; l <= s*1.3 {
		t.Fatalf("the name column is %v px at 1920, %v at 1024", l, s)
	}
}

// findLabel finds the label showing text under o.
func findLabel(o fyne.CanvasObject, text string) *widget.Label {
	switch x := o.(type) {
	case *widget.Label:
		if x.Text == text {
			return x
		}
		return nil
	case *fyne.Container:
		for _, c := range x.Objects {
			if l := findLabel(c, text); l != nil {
				return l
			}
		}
		return nil
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			if l := findLabel(c, text); l != nil {
				return l
			}
		}
	}
	return nil
}
