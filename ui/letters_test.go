package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/letters"
	"tietosuojapakki/pdf/pdftest"
)

// historyText is the text of the detail pane's history, newest first.
func historyText(d *reqDetail) string {
	var b strings.Builder
	walk(d.history, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// TestLetterAcknowledgement: Kirje… on a request just received offers the
// acknowledgement and disables the extension notice, the answer and the
// refusal with their reasons; the acknowledgement saved in English as a
// PDF through the save dialog reads back with its reference and due date,
// and the request's history then shows the letter.
func TestLetterAcknowledgement(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, v := reqShell(t)
	ref, err := sh.Store.AddRequest(context.Background(), v.org, data.Request{Received: "2026-11-27",
		Rights: []data.Right{data.RightAccess}, Requester: data.Requester{Name: "Pekka Pyytäjä"}})
	if err != nil {
		t.Fatal(err)
	}
	v.afterChange(ref)
	d := v.detail
	if d.entry == nil || d.entry.Ref != ref || d.letterBtn.Disabled() {
		t.Fatalf("the request %s is not shown with Kirje… enabled", ref)
	}
	test.Tap(d.letterBtn)
	f := d.letter
	if f == nil || !reqDialogOpen(sh) {
		t.Fatal("Kirje… opened no dialog")
	}
	if f.kind != letters.Ack || f.kinds[letters.Ack].Disabled() {
		t.Fatalf("the acknowledgement is not the chosen letter: %q", f.kind)
	}
	for _, k := range []letters.Kind{letters.Extension, letters.Answer, letters.Refusal} {
		if !f.kinds[k].Disabled() || strings.TrimSpace(f.reasons[k].Text) == "" || !f.reasons[k].Visible() {
			t.Errorf("%s: disabled %v, reason %q", k, f.kinds[k].Disabled(), f.reasons[k].Text)
		}
	}
	f.langSel.SetSelected(lang.L("lang.en"))
	if f.fmtCode != "pdf" || f.lang != "en" {
		t.Fatalf("format %q, language %q", f.fmtCode, f.lang)
	}
	test.Tap(topButton(t, sh, lang.L("letters.save")))
	path := filepath.Join(home, "kirje.pdf")
	saveInto(t, sh, path)
	text := pdftest.Normalize(pdftest.Text(t, waitFile(t, path)))
	for _, want := range []string{"We have received your request", ref, "Ajanvaraus Kivi Oy"} {
		if !strings.Contains(text, want) {
			t.Errorf("the letter lacks %q: %q", want, text)
		}
	}
	select {
	case <-f.saved:
	case <-time.After(10 * time.Second):
		t.Fatal("the letter was not recorded")
	}
	if want := "Kirje tehty: vastaanottoilmoitus (en, pdf)"; !strings.Contains(historyText(d), want) {
		t.Errorf("the history lacks %q:\n%s", want, historyText(d))
	}
}

// TestLetterExtensionAsText: an extended request offers the extension
// notice beside the acknowledgement (the answer and the refusal wait);
// choosing it clears the acknowledgement, and it is saved as plain text
// for an e-mail with the reason and the new due date.
func TestLetterExtensionAsText(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	sh, v := reqShell(t)
	ctx := context.Background()
	ref, err := sh.Store.AddRequest(ctx, v.org, data.Request{Received: "2026-11-20",
		Rights: []data.Right{data.RightErasure}, Requester: data.Requester{Name: "Pekka Pyytäjä"}})
	if err != nil {
		t.Fatal(err)
	}
	reason := "Pyyntö koskee kymmenen vuoden ajanvarauksia"
	if err := sh.Store.ExtendRequest(ctx, v.org, ref, "2026-11-27", reason); err != nil {
		t.Fatal(err)
	}
	v.afterChange(ref)
	test.Tap(v.detail.letterBtn)
	f := v.detail.letter
	if f.kinds[letters.Extension].Disabled() || f.kinds[letters.Ack].Disabled() ||
		!f.kinds[letters.Answer].Disabled() || !f.kinds[letters.Refusal].Disabled() {
		t.Fatal("an extended open request: acknowledgement and extension notice only")
	}
	f.kinds[letters.Extension].SetSelected(f.kinds[letters.Extension].Options[0])
	if f.kind != letters.Extension || f.kinds[letters.Ack].Selected != "" {
		t.Fatalf("choosing the extension notice: kind %q, acknowledgement still %q", f.kind, f.kinds[letters.Ack].Selected)
	}
	f.format.SetSelected(lang.L("letters.format.text"))
	test.Tap(topButton(t, sh, lang.L("letters.save")))
	path := filepath.Join(home, "jatko.txt")
	saveInto(t, sh, path)
	select {
	case <-f.saved:
	case <-time.After(10 * time.Second):
		t.Fatal("the letter was not recorded")
	}
	text := string(waitFile(t, path))
	for _, want := range []string{ref, reason, "Ilmoitus vastausajan jatkamisesta"} {
		if !strings.Contains(text, want) {
			t.Errorf("the letter lacks %q:\n%s", want, text)
		}
	}
}
