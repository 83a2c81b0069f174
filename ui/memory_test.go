package ui

import (
	"testing"
)

// builtScreens lists which of the navigation's screens have been built.
func builtScreens(sh *Shell) []bool {
	built := make([]bool, len(sh.Tabs.Items))
	for i, ti := range sh.Tabs.Items {
		built[i] = screenContent(ti) != nil
	}
	return built
}

// TestOnlyTheShownScreenIsBuilt: the window builds a screen when it is
// first shown, at start and after a rebuild (a new language), so that
// the hidden screens (the documents' preview, the request log) cost
// neither start-up time nor memory (issue 16).
func TestOnlyTheShownScreenIsBuilt(t *testing.T) {
	sh := reqWindow(t) // the example company, opened on the wizard
	want := func(step string, shown ...int) {
		t.Helper()
		built := builtScreens(sh)
		for i, b := range built {
			isShown := false
			for _, s := range shown {
				isShown = isShown || s == i
			}
			if b != isShown {
				t.Errorf("%s: screen %d built = %v, want %v", step, i, b, isShown)
			}
		}
	}
	want("at start", screenWizard)
	if sh.wizard == nil || sh.documents != nil || sh.requests != nil || sh.settings != nil {
		t.Errorf("at start: views wizard %v, documents %v, requests %v, settings %v; want only the wizard's",
			sh.wizard != nil, sh.documents != nil, sh.requests != nil, sh.settings != nil)
	}

	sh.showScreen(screenDocuments)
	want("documents opened", screenWizard, screenDocuments)
	if sh.documents == nil {
		t.Error("documents opened: no documents view")
	}

	sh.SetLanguage("sv") // rebuilds the window, keeping the open screen
	want("after a new language", screenDocuments)
	if sh.wizard != nil || sh.requests != nil {
		t.Error("after a new language: a hidden screen's view was built again")
	}
}
