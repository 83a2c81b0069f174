package ui

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"tietosuojapakki/data"
)

// secondHandle is another Store on the window's database, as the command
// line opens it while the window is open.
func secondHandle(t *testing.T, sh *Shell) *data.Store {
	t.Helper()
	other, err := data.Open(sh.Store.Path())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return other
}

// TestRequestFormKeepsOtherWritersChange: the form loaded a request; the
// command line then recorded its identity method; Tallenna with nothing
// changed in the form keeps the command line's value, and a change the
// user makes to another field is saved beside it.
func TestRequestFormKeepsOtherWritersChange(t *testing.T) {
	ctx := context.Background()
	for _, typeName := range []bool{false, true} {
		sh, v := reqShell(t)
		e, err := sh.Store.GetRequest(ctx, v.org, "2026-002")
		if err != nil {
			t.Fatal(err)
		}
		v.openEdit(e)
		f := v.form
		if err := secondHandle(t, sh).VerifyIdentity(ctx, v.org, "2026-002", "2026-11-27", "Passi, kysytty puhelimessa"); err != nil {
			t.Fatal(err)
		}
		if typeName {
			f.name.SetText("Uusi Nimi")
		}
		test.Tap(f.save)
		if reqDialogOpen(sh) {
			t.Fatalf("the dialog stayed open: %v", f.general.Text)
		}
		got, err := sh.Store.GetRequest(ctx, v.org, "2026-002")
		if err != nil {
			t.Fatal(err)
		}
		if got.Identity == nil || got.Identity.Method != "Passi, kysytty puhelimessa" {
			t.Errorf("name typed %v: the command line's identity method was undone: %+v", typeName, got.Identity)
		}
		if want := map[bool]string{false: e.Requester.Name, true: "Uusi Nimi"}[typeName]; got.Requester.Name != want {
			t.Errorf("name %q, want %q", got.Requester.Name, want)
		}
	}
}

// TestWindowSeesOtherWritersChanges: what the command line adds while the
// window is open shows within two seconds: a request in the request list
// and an organisation in the switcher, without the user doing anything.
func TestWindowSeesOtherWritersChanges(t *testing.T) {
	ctx := context.Background()
	sh, v := reqShell(t)
	other := secondHandle(t, sh)
	ref, err := other.AddRequest(ctx, v.org, data.Request{Received: "2026-11-20", Channel: "email",
		Requester: data.Requester{Name: "Komentorivin Kalle"}, Rights: []data.Right{data.RightAccess}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.CreateOrganisation(ctx, "Toinen Oy"); err != nil {
		t.Fatal(err)
	}
	clockOf(sh).Advance(2 * time.Second)
	if refs := reqRefs(v); len(refs) == 0 || refs[0] != ref {
		t.Errorf("after 2 s the list shows %v, not %s", refs, ref)
	}
	if !slices.Contains(sh.orgBar.pick.Options, "Toinen Oy") {
		t.Errorf("after 2 s the switcher lists %v", sh.orgBar.pick.Options)
	}
}

// TestWizardListsKeepOtherWritersRecords: a register the command line (a
// second Store) added while the window showed the register list survives
// the window adding another; a processor added meanwhile survives the
// window adding one; a processor the other writer changed is not deleted
// from under it, and a register's choice added meanwhile survives the
// window dropping a deleted processor's references.
func TestWizardListsKeepOtherWritersRecords(t *testing.T) {
	ctx := context.Background()
	sh, _ := newTestShell(t)
	importExample(t, sh)
	v := wizardOf(t, sh)
	other := secondHandle(t, sh)
	before, _ := sh.Store.Answers(ctx, sh.Org)

	v.goToKey("registers")
	if _, err := other.AppendRecord(ctx, sh.Org, "registers", data.Register{Name: "Komentorivin rekisteri"}); err != nil {
		t.Fatal(err)
	}
	v.regPick.SetSelected("Työnhakijat")
	test.Tap(v.regAdd)
	a, _ := sh.Store.Answers(ctx, sh.Org)
	var names []string
	for _, r := range a.Registers {
		names = append(names, r.Name)
	}
	if len(a.Registers) != len(before.Registers)+2 || !slices.Contains(names, "Komentorivin rekisteri") {
		t.Errorf("registers after both added: %q", names)
	}
	if got := v.a.Registers[v.pages[v.cur].Record].Name; got == "Komentorivin rekisteri" {
		t.Errorf("the window opened the other writer's register")
	}

	// Processors: one added by the other writer stays when the window adds
	// one; the keys stay unique.
	if _, err := other.AppendRecord(ctx, sh.Org, "processors", data.Processor{ID: "cli-1", Name: "Komentorivi Oy"}); err != nil {
		t.Fatal(err)
	}
	if v.addRecord("processors", "id") < 0 {
		t.Fatal("the window could not add a processor")
	}
	a, _ = sh.Store.Answers(ctx, sh.Org)
	ids := map[string]bool{}
	for _, p := range a.Processors {
		ids[p.ID] = true
	}
	if len(a.Processors) != len(before.Processors)+2 || !ids["cli-1"] || len(ids) != len(a.Processors) {
		t.Errorf("processors after both added: %+v", a.Processors)
	}

	// Delete the first processor as the window shows it, after the other
	// writer renamed it: nothing is deleted.
	first := v.a.Processors[0]
	if err := other.SetAnswer(ctx, sh.Org, "processors.0.name", "Uusi nimi Oy"); err != nil {
		t.Fatal(err)
	}
	v.removeRecord("processors", 0, "id")
	a, _ = sh.Store.Answers(ctx, sh.Org)
	if a.Processors[0].ID != first.ID || a.Processors[0].Name != "Uusi nimi Oy" {
		t.Errorf("a processor another writer changed was deleted: %+v", a.Processors[0])
	}
	// Now the window shows it as stored: it goes, with its references, and
	// a choice the other writer added to a register meanwhile stays.
	reg := "registers.0.processor_ids"
	chosen := append(slices.Clone(a.Registers[0].ProcessorIDs), first.ID)
	if err := other.SetAnswer(ctx, sh.Org, reg, chosen); err != nil {
		t.Fatal(err)
	}
	v.a, _ = sh.Store.Answers(ctx, sh.Org)
	if err := other.SetAnswer(ctx, sh.Org, reg, append(chosen, "cli-1")); err != nil {
		t.Fatal(err)
	}
	v.removeRecord("processors", 0, "id")
	a, _ = sh.Store.Answers(ctx, sh.Org)
	if slices.ContainsFunc(a.Processors, func(p data.Processor) bool { return p.ID == first.ID }) {
		t.Errorf("processor %s not deleted", first.ID)
	}
	if got := a.Registers[0].ProcessorIDs; slices.Contains(got, first.ID) || !slices.Contains(got, "cli-1") {
		t.Errorf("register 0 refers to %v", got)
	}
}

// TestProcessorAddedBesideOtherWriter: a processor the command line added
// while a register's processors page was open survives the window adding
// one from that page, and the window's new one is ticked.
func TestProcessorAddedBesideOtherWriter(t *testing.T) {
	ctx := context.Background()
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	v.goToKey("registers")
	v.regPick.SetSelected("Asiakasrekisteri")
	test.Tap(v.regAdd)
	if !v.goToKey("register.processors@0") {
		t.Fatal("no processors page in the register")
	}
	if _, err := secondHandle(t, sh).AppendRecord(ctx, sh.Org, "processors", data.Processor{ID: "cli-1", Name: "Komentorivi Oy"}); err != nil {
		t.Fatal(err)
	}
	f := fieldAt(t, v, "registers.0.processor_ids")
	test.Type(f.addOption, "Pilvi Oy")
	f.addOption.TypedKey(&fyneKeyReturn)
	a, _ := sh.Store.Answers(ctx, sh.Org)
	if len(a.Processors) != 2 || a.Processors[0].ID != "cli-1" || a.Processors[1].Name != "Pilvi Oy" || a.Processors[1].ID == "cli-1" {
		t.Fatalf("stored processors %+v", a.Processors)
	}
	if got := a.Registers[0].ProcessorIDs; len(got) != 1 || got[0] != a.Processors[1].ID {
		t.Errorf("the register chose %v, want [%s]", got, a.Processors[1].ID)
	}
}

// TestWizardReloadWaitsForTyping: a change another process made to the
// answers reaches the wizard within two seconds, but not while the user
// is in one of its fields: what is being typed stays as typed, and the
// wizard reads the answers again once the field is left.
func TestWizardReloadWaitsForTyping(t *testing.T) {
	ctx := context.Background()
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	f := fieldAt(t, v, "organisation.business_id")
	sh.Win.Canvas().Focus(f.focus)
	test.Type(f.entry, "33124")
	if sh.Win.Canvas().Focused() != f.focus {
		t.Fatalf("focus on %T", sh.Win.Canvas().Focused())
	}
	if err := secondHandle(t, sh).SetAnswer(ctx, sh.Org, "organisation.name", "Komentorivin Oy"); err != nil {
		t.Fatal(err)
	}
	clockOf(sh).Advance(2 * time.Second)
	f = fieldAt(t, v, "organisation.business_id")
	if f.entry.Text != "33124" || sh.Win.Canvas().Focused() != f.focus {
		t.Fatalf("while typing: field %q, focus on %T", f.entry.Text, sh.Win.Canvas().Focused())
	}
	sh.Win.Canvas().Unfocus()
	clockOf(sh).Advance(2 * time.Second)
	if v.a.Organisation.Name != "Komentorivin Oy" {
		t.Errorf("the wizard still has %q", v.a.Organisation.Name)
	}
	if got := fieldAt(t, v, "organisation.business_id").entry.Text; got != "33124" {
		t.Errorf("the typed text became %q", got)
	}
}
