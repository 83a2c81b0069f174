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
