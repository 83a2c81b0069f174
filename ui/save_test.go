package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// storedName is the organisation's name as the database has it.
func storedName(t *testing.T, sh *Shell) string {
	t.Helper()
	a, err := sh.Store.Answers(context.Background(), sh.Org)
	if err != nil {
		t.Fatal(err)
	}
	return a.Organisation.Name
}

// typeSlowly types text one key at a time, gap apart on the clock.
func typeSlowly(sh *Shell, v *wizardView, path, text string, gap time.Duration) {
	for _, r := range text {
		test.Type(v.fields[path].focus, string(r))
		clockOf(sh).Advance(gap)
	}
}

// TestSaveWithin400ms: a value typed at 10 keys a second is in the
// database at most 400 ms after the last key, with no flush, no focus
// change and no page change.
func TestSaveWithin400ms(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	const name = "Siivous Sointu Oy"
	typeSlowly(sh, v, "organisation.name", name[:len(name)-1], 100*time.Millisecond)
	test.Type(v.fields["organisation.name"].focus, name[len(name)-1:])
	var after time.Duration
	for storedName(t, sh) != name {
		if after > time.Second {
			t.Fatalf("not saved a second after the last key; stored %q", storedName(t, sh))
		}
		clockOf(sh).Advance(10 * time.Millisecond)
		after += 10 * time.Millisecond
	}
	if after > 400*time.Millisecond {
		t.Fatalf("saved %v after the last key, promised 400 ms", after)
	}
	if got := v.status.Text; got != "Kaikki muutokset on tallennettu." {
		t.Fatalf("status %q after the save", got)
	}
}

// TestFailedSaveIsRetriedAndShown: while the database refuses writes the
// status line says "not saved" with the reason (never "all saved"), the
// value is tried again until it is written, and closing asks first.
func TestFailedSaveIsRetriedAndShown(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	realWrite := v.write
	fails := 3
	v.write = func(org int64, path string, val any) error {
		if fails > 0 {
			fails--
			return errors.New("database or disk is full")
		}
		return realWrite(org, path, val)
	}
	typeIn(t, v, "organisation.name", "Sointu Oy")
	clockOf(sh).Advance(400 * time.Millisecond)
	if got := v.status.Text; !strings.Contains(got, "Ei tallennettu") || !strings.Contains(got, "disk is full") ||
		v.status.Importance != widget.DangerImportance {
		t.Fatalf("status after a failed write: %q (%v)", got, v.status.Importance)
	}
	if storedName(t, sh) != "" {
		t.Fatal("the failed value is in the database")
	}

	// Closing now asks; the user goes back.
	sh.requestClose()
	if top := sh.Win.Canvas().Overlays().Top(); top == nil || !findText(top, "Kaikkea ei ole tallennettu") {
		t.Fatal("closing with an unsaved value did not ask")
	}
	tapDialogButton(t, sh, "Palaa korjaamaan")
	if sh.closed {
		t.Fatal("the window closed although the user went back")
	}

	clockOf(sh).Advance(3 * retryDelay)
	if got := storedName(t, sh); got != "Sointu Oy" {
		t.Fatalf("after the retries the database has %q", got)
	}
	if got := v.status.Text; got != "Kaikki muutokset on tallennettu." {
		t.Fatalf("status after the retry succeeded: %q", got)
	}
	sh.requestClose()
	if !sh.closed {
		t.Fatal("the window did not close with everything saved")
	}
}

// TestInvalidValueShowsUnsaved: an invalid value sitting in its field
// keeps the status line from saying that everything is saved.
func TestInvalidValueShowsUnsaved(t *testing.T) {
	sh, _ := newTestShell(t)
	v := wizardOf(t, sh)
	typeIn(t, v, "organisation.city", "Jyväskylä")
	clockOf(sh).Settle()
	if got := v.status.Text; got != "Kaikki muutokset on tallennettu." {
		t.Fatalf("status %q", got)
	}
	typeIn(t, v, "organisation.business_id", "3312457-8") // wrong check digit
	clockOf(sh).Settle()
	if got := v.status.Text; !strings.Contains(got, "korjata") {
		t.Fatalf("status with an invalid value: %q", got)
	}
	test.Tap(v.next) // the value stays unsaved on another page too
	if got := v.status.Text; !strings.Contains(got, "korjata") {
		t.Fatalf("status on the next page: %q", got)
	}
	test.Tap(v.back)
	f := fieldAt(t, v, "organisation.business_id")
	f.entry.SetText("")
	test.Type(f.focus, "3312457-9")
	clockOf(sh).Settle()
	if got := v.status.Text; got != "Kaikki muutokset on tallennettu." {
		t.Fatalf("status after the correction: %q", got)
	}
}
