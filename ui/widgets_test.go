package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

// Helpers shared by the UI tests, and the tests of the shared widgets and
// the translations.

// newTestShell opens a window on a fresh database of its own.
func newTestShell(t *testing.T) (*Shell, string) {
	t.Helper()
	a := test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "test.db")
	return openShell(t, a, path), path
}

// openShell opens a window on the database at path (again, for restarts).
func openShell(t testing.TB, a fyne.App, path string) *Shell {
	t.Helper()
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sh := newShell(a, st, &manualClock{})
	sh.Win.Resize(fyne.NewSize(1200, 680))
	return sh
}

// importExample adds the example company to the shell's store and opens it.
func importExample(t testing.TB, sh *Shell) int64 {
	t.Helper()
	f, err := os.Open(datatest.WriteExample(t))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	id, err := importFrom(sh, f)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func wizardOf(t *testing.T, sh *Shell) *wizardView {
	t.Helper()
	if sh.wizard == nil {
		t.Fatal("no wizard view")
	}
	return sh.wizard
}

// fieldAt returns the rendered field of path on the current page.
func fieldAt(t *testing.T, v *wizardView, path string) *field {
	t.Helper()
	f, ok := v.fields[path]
	if !ok {
		var have []string
		for p := range v.fields {
			have = append(have, p)
		}
		sort.Strings(have)
		t.Fatalf("page %s has no field %s; it has %v", pageKey(v.pages[v.cur]), path, have)
	}
	return f
}

// typeIn types text into the field's entry as a user would.
func typeIn(t *testing.T, v *wizardView, path, text string) {
	t.Helper()
	test.Type(fieldAt(t, v, path).focus, text)
}

// pick chooses an option (radio or drop-down) by its label.
func pick(t *testing.T, v *wizardView, path, label string) {
	t.Helper()
	f := fieldAt(t, v, path)
	switch {
	case f.radio != nil:
		f.radio.SetSelected(label)
	case f.sel != nil:
		f.sel.SetSelected(label)
	default:
		t.Fatalf("%s is not a choice", path)
	}
}

// tick ticks the check box labelled label.
func tick(t *testing.T, v *wizardView, path, label string) {
	t.Helper()
	for _, c := range fieldAt(t, v, path).checks {
		if c.Text == label {
			test.Tap(c)
			return
		}
	}
	t.Fatalf("%s has no option %q", path, label)
}

func onPage(t *testing.T, v *wizardView, key string) {
	t.Helper()
	if got := pageKey(v.pages[v.cur]); got != key {
		t.Fatalf("on page %s, want %s", got, key)
	}
}

// findButton finds a button by its text among o and its children.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch x := o.(type) {
	case *widget.Button:
		if x.Text == text {
			return x
		}
	case *button:
		if x.Text == text {
			return &x.Button
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
		return nil
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

// tapDialogButton taps a button of the dialog on top of the window.
func tapDialogButton(t *testing.T, sh *Shell, text string) {
	t.Helper()
	top := sh.Win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is open")
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no button %q", text)
	}
	test.Tap(b)
}

// TestTranslationsComplete checks that fi, sv and en have the same keys
// and that every key the UI asks for exists.
func TestTranslationsComplete(t *testing.T) {
	sets := map[string]map[string]string{}
	for _, l := range []string{"fi", "sv", "en"} {
		b, err := os.ReadFile(filepath.Join("..", "assets", "i18n", "ui", l+".json"))
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s.json: %v", l, err)
		}
		sets[l] = m
	}
	used := usedKeys(t)
	if len(used) < 50 {
		t.Fatalf("found only %d keys in the sources: is the pattern broken?", len(used))
	}
	for _, l := range []string{"fi", "sv", "en"} {
		for k := range used {
			if strings.TrimSpace(sets[l][k]) == "" {
				t.Errorf("%s.json lacks %q", l, k)
			}
		}
		for k := range sets["fi"] {
			if _, ok := sets[l][k]; !ok {
				t.Errorf("%s.json lacks %q that fi.json has", l, k)
			}
		}
		for k := range sets[l] {
			if _, ok := sets["fi"][k]; !ok {
				t.Errorf("fi.json lacks %q that %s.json has", k, l)
			}
		}
	}
}

// usedKeys collects the literal keys of lang.L calls and screen titles in
// this package's sources (the request log has its own translations).
func usedKeys(t *testing.T) map[string]bool {
	re := regexp.MustCompile(`(?:lang\.L\(|Title: )"([a-z_]+\.[a-z_.]+)"`)
	files, _ := filepath.Glob("*.go")
	keys := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "requests") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			keys[m[1]] = true
		}
	}
	return keys
}

func TestLanguageFinnishByDefault(t *testing.T) {
	sh, _ := newTestShell(t)
	if sh.Lang != "fi" {
		t.Fatalf("Lang = %q, want fi", sh.Lang)
	}
	if got := sh.Tabs.Items[0].Text; got != "Ohjattu täyttö" {
		t.Fatalf("first tab is %q, want Ohjattu täyttö", got)
	}
	sh.SetLanguage("sv")
	if got := sh.Tabs.Items[0].Text; got != "Guidad ifyllning" {
		t.Fatalf("first tab in Swedish is %q", got)
	}
	sh.SetLanguage("fi")
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Ajanvaraus Kivi Oy":   "ajanvaraus-kivi-oy",
		"Työnhakijät / 2026":   "tyonhakijat-2026",
		"  Åbo Öl & Bär  ":     "abo-ol-bar",
		"Tietosuojaseloste":    "tietosuojaseloste",
		"":                     "",
		"Yhteyshenkilö ja DPO": "yhteyshenkilo-ja-dpo",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// findText reports whether a label under o shows text.
func findText(o fyne.CanvasObject, text string) bool {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text == text
	case *fyne.Container:
		for _, c := range x.Objects {
			if findText(c, text) {
				return true
			}
		}
		return false
	}
	if w, ok := o.(fyne.Widget); ok {
		for _, c := range test.WidgetRenderer(w).Objects() {
			if findText(c, text) {
				return true
			}
		}
	}
	return false
}
