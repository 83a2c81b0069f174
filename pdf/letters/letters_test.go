package letters

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/doc"
	"tietosuojapakki/pdf/pdftest"
)

var letterDate = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

func example(t *testing.T) *data.Answers {
	t.Helper()
	var f data.File
	if err := json.Unmarshal(datatest.Example, &f); err != nil {
		t.Fatal(err)
	}
	return &f.Answers
}

func entry(rights ...data.Right) *data.LogEntry {
	return &data.LogEntry{Request: data.Request{
		Ref: "2026-007", Received: "2026-10-02", Channel: "email",
		Requester: data.Requester{Name: "Maija Meikäläinen", Contact: "maija@example.fi"},
		Rights:    rights, Register: "Asiakasrekisteri", Status: data.StatusOpen,
	}, Due: "2026-11-02"}
}

func readBack(t *testing.T, d *doc.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := pdf.WritePDF(&b, d, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	return pdftest.Normalize(pdftest.Text(t, b.Bytes()))
}

func contains(t *testing.T, text string, what string, want ...string) {
	t.Helper()
	for _, w := range want {
		if w = pdftest.Normalize(w); w != "" && !strings.Contains(text, w) {
			t.Errorf("%s: %q not in the letter", what, w)
		}
	}
}

func TestAckReadBack(t *testing.T) {
	a := example(t)
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			d, err := Compose(a, entry(data.RightAccess), Ack, Options{Lang: lang, Date: letterDate})
			if err != nil {
				t.Fatal(err)
			}
			text := readBack(t, d)
			received := doc.FormatDate(time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC), lang)
			due := doc.FormatDate(time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), lang)
			contains(t, text, "ack", "2026-007", received, due, "Maija Meikäläinen", a.Organisation.Name,
				textsFor(lang).AckIdentity[:30], textsFor(lang).Free)
		})
	}
}

func TestExtensionNeedsTheLog(t *testing.T) {
	a := example(t)
	e := entry(data.RightAccess)
	_, err := Compose(a, e, Extension, Options{})
	var le *Error
	if !errors.As(err, &le) || le.Code != "not_extended" {
		t.Fatalf("extension letter of an unextended request: %v", err)
	}
	e.Extended, e.ExtensionToldOn, e.Due = true, "2026-10-20", "2027-01-04"
	if _, err := Compose(a, e, Extension, Options{}); !errors.As(err, &le) || le.Code != "no_reason" {
		t.Fatalf("extension without a reason: %v", err)
	}
	e.ExtensionReason = "Pyyntö koskee viiden vuoden aineistoa kolmesta järjestelmästä"
	for _, lang := range []string{"fi", "sv", "en"} {
		d, err := Compose(a, e, Extension, Options{Lang: lang, Date: letterDate})
		if err != nil {
			t.Fatal(err)
		}
		text := readBack(t, d)
		contains(t, text, "extension "+lang, e.ExtensionReason, doc.FormatDate(time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC), lang), "12")
	}
}

// The answer to an access request gives art. 15(1)(a)–(h) from the register
// concerned, and a place for the copy of the data (15(3)).
func TestAccessAnswerReadBack(t *testing.T) {
	a := example(t)
	e := entry(data.RightAccess)
	e.Status, e.AnsweredOn, e.Outcome = data.StatusAnswered, "2026-10-20", "Lähetimme kopion tiedoista sähköpostilla"
	reg := a.Registers[0]
	for _, lang := range []string{"fi", "sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			d, err := Compose(a, e, Answer, Options{Lang: lang, Date: letterDate})
			if err != nil {
				t.Fatal(err)
			}
			text := readBack(t, d)
			tx := textsFor(lang)
			contains(t, text, "15(1)(a)", reg.Purposes[0].Description, lowerFirst(vocab.Label(vocab.LegalBases, string(reg.Purposes[0].LegalBasis), lang)))
			contains(t, text, "15(1)(b)", reg.DataCategories[0].Name)
			contains(t, text, "15(1)(c)", reg.Recipients[0].Name)
			contains(t, text, "15(1)(d)", reg.Retention[0].Period)
			contains(t, text, "15(1)(e)-(f)", tx.OtherRights[:30], vocab.Authority.Name.In(lang), vocab.Authority.Visit.In(lang))
			contains(t, text, "15(1)(g)", reg.Sources[0].Description)
			contains(t, text, "15(1)(h)", tx.NoAutomated[:25])
			contains(t, text, "15(3)", tx.Copy, tx.CopyPlace)
			contains(t, text, "outcome", e.Outcome)
		})
	}
}

// Rectification, erasure and restriction name the recipients told under
// art. 19; the other rights say what was done.
func TestAnswersPerRight(t *testing.T) {
	a := example(t)
	for _, r := range data.Rights[1:] {
		e := entry(r)
		e.Status, e.AnsweredOn, e.Outcome = data.StatusAnswered, "2026-10-20", "Tehty"
		for _, lang := range []string{"fi", "sv", "en"} {
			d, err := Compose(a, e, Answer, Options{Lang: lang, Date: letterDate})
			if err != nil {
				t.Fatal(err)
			}
			text := d.PlainText()
			tx := textsFor(lang)
			if !strings.Contains(text, tx.RightDone[r]) || !strings.Contains(text, vocab.Label(vocab.Rights, string(r), lang)) {
				t.Errorf("%s %s: no word of what was done:\n%s", r, lang, text)
			}
			art19 := strings.Contains(text, tx.Art19)
			if want := r == data.RightRectification || r == data.RightErasure || r == data.RightRestriction; art19 != want {
				t.Errorf("%s %s: art. 19 recipients %v, want %v", r, lang, art19, want)
			}
			if art19 && !strings.Contains(text, a.Registers[0].Recipients[0].Name) {
				t.Errorf("%s %s: recipients not named", r, lang)
			}
		}
	}
}

func TestRefusalReadBack(t *testing.T) {
	a := example(t)
	e := entry(data.RightErasure)
	if _, err := Compose(a, e, Refusal, Options{}); err == nil {
		t.Fatal("refusal letter of an open request")
	}
	e.Status, e.AnsweredOn, e.RefusalReason, e.RefusalDetails = data.StatusRefused, "2026-10-20", "legal_retention", "Kirjanpitolaki 2:10 § velvoittaa säilyttämään laskut"
	for _, lang := range []string{"fi", "sv", "en"} {
		d, err := Compose(a, e, Refusal, Options{Lang: lang, Date: letterDate})
		if err != nil {
			t.Fatal(err)
		}
		text := readBack(t, d)
		tx := textsFor(lang)
		contains(t, text, "refusal "+lang, vocab.Label(vocab.RefusalReasons, e.RefusalReason, lang), e.RefusalDetails,
			tx.RefusalRemedy, tx.Court, vocab.Authority.Name.In(lang), vocab.Authority.Post.In(lang))
	}
}

func TestPurgedRequestGetsNoLetter(t *testing.T) {
	e := entry(data.RightAccess)
	e.Purged = true
	if _, err := Compose(example(t), e, Ack, Options{}); err == nil {
		t.Fatal("a letter for a purged request")
	}
	if _, err := ParseKind("kiitos"); err == nil {
		t.Fatal("unknown kind accepted")
	}
}

func TestTextsComplete(t *testing.T) {
	for i, tx := range all {
		if len(tx.Titles) != len(Kinds) || len(tx.RightDone) != len(data.Rights)-1 {
			t.Errorf("language %d: %d titles, %d rights", i, len(tx.Titles), len(tx.RightDone))
		}
	}
}
