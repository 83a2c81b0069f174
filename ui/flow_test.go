package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

var fyneKeyReturn = fyne.KeyEvent{Name: fyne.KeyReturn}

// TestWizardOffersAnotherRegister: Next on the last page of the last
// register asks whether to add another; "Lisää rekisteri" opens the
// register list, and the step counter does not jump when one is added.
func TestWizardOffersAnotherRegister(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	v.goToKey("registers")
	before := v.progress.TextFormatter()
	v.regPick.SetSelected("Asiakasrekisteri")
	test.Tap(v.regAdd)
	onPage(t, v, "register.subjects@0")
	if got := v.progress.TextFormatter(); !strings.HasPrefix(got, before) || !strings.Contains(got, "Asiakasrekisteri: osa 1 /") {
		t.Fatalf("step counter %q in the register, %q on its list", got, before)
	}
	for pageKey(v.pages[v.cur+1]) != "processors" {
		test.Tap(v.next)
	}
	test.Tap(v.next)
	top := sh.Win.Canvas().Overlays().Top()
	if top == nil || !findText(top, "Lisätäänkö toinen rekisteri?") {
		t.Fatal("leaving the last register did not offer another")
	}
	// The keyboard answers it: the default button has the focus and Enter
	// presses it.
	focused, ok := sh.Win.Canvas().Focused().(*button)
	if !ok || focused.Text != "Lisää rekisteri" || !focused.Focused() {
		t.Fatalf("the focus is on %T, want the Lisää rekisteri button with its ring", sh.Win.Canvas().Focused())
	}
	focused.TypedKey(&fyneKeyReturn)
	onPage(t, v, "registers")
	if sh.Win.Canvas().Focused() != v.regPick {
		t.Error("the template choice does not have the focus")
	}
	v.regPick.SetSelected("Työnhakijat")
	test.Tap(v.regAdd)
	onPage(t, v, "register.subjects@1")
	if got := v.progress.TextFormatter(); !strings.HasPrefix(got, before) {
		t.Fatalf("step counter %q after a second register, %q before", got, before)
	}
}

// TestProcessorAddedInRegisterStep: a processor can be created from the
// register's processors question; it is ticked for the register, stored,
// and waits in the Processors step for its details.
func TestProcessorAddedInRegisterStep(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	v.goToKey("registers")
	v.regPick.SetSelected("Asiakasrekisteri")
	test.Tap(v.regAdd)
	if !v.goToKey("register.processors@0") {
		t.Fatal("no processors page in the register")
	}
	f := fieldAt(t, v, "registers.0.processor_ids")
	if f.addOption == nil {
		t.Fatal("no way to add a processor here")
	}
	test.Type(f.addOption, "Tilitoimisto Luku Oy")
	f.addOption.TypedKey(&fyneKeyReturn)
	f = fieldAt(t, v, "registers.0.processor_ids")
	if len(f.checks) != 1 || !f.checks[0].Checked || f.checks[0].Text != "Tilitoimisto Luku Oy" {
		t.Fatalf("after adding: %d choices", len(f.checks))
	}
	test.Type(f.addOption, "Pilvi Oy")
	test.Tap(findButton(v.body.Content, "Lisää"))
	a, err := sh.Store.Answers(t.Context(), sh.Org)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Processors) != 2 || a.Processors[1].Name != "Pilvi Oy" || len(a.Registers[0].ProcessorIDs) != 2 {
		t.Fatalf("stored processors %+v, register's %v", a.Processors, a.Registers[0].ProcessorIDs)
	}
	v.goToKey("processors")
	if _, ok := v.fields["processors.1.name"]; !ok {
		t.Fatal("the new processor is not in the Processors step")
	}
}
