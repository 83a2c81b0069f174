package jobs

import (
	"context"
	"errors"
	"strings"
	"testing"

	"tietosuojapakki/wizard"
)

// Two registers of one name (the same template added twice): each is
// chosen by its number, previews and issues its own content, and keeps
// its own version history.
func TestTwoRegistersOfOneName(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	st.SetAnswer(ctx, id, "registers.0.name", "Asiakkaat")
	st.SetAnswer(ctx, id, "registers.1.name", "Asiakkaat")
	a, _ := st.Answers(ctx, id)
	first, second := a.Registers[0].Purposes[0].Description, a.Registers[1].Purposes[0].Description
	if first == second {
		t.Fatal("the example's registers must differ for this test")
	}
	for _, c := range []struct {
		reg        int
		has, hasnt string
	}{{1, first, second}, {2, second, first}} {
		for _, preview := range []bool{true, false} {
			d, err := Make(ctx, st, id, Request{Kind: Notice, Register: c.reg, Preview: preview})
			if err != nil {
				t.Fatalf("register %d: %v", c.reg, err)
			}
			text := d.PlainText()
			if !strings.Contains(text, c.has) || strings.Contains(text, c.hasnt) || !strings.Contains(text, "Asiakkaat") {
				t.Errorf("register %d (preview %v) shows the wrong register", c.reg, preview)
			}
		}
	}
	for _, scope := range []string{"Asiakkaat #1", "Asiakkaat #2"} {
		if vs, _ := st.DocumentVersions(ctx, id, "notice", scope); len(vs) != 1 {
			t.Errorf("%s: %d versions, want 1", scope, len(vs))
		}
	}
	if _, err := Make(ctx, st, id, Request{Kind: Notice, Register: 3}); !errors.Is(err, ErrNoRegister) {
		t.Errorf("register 3 of 2: %v", err)
	}
}

// With no language asked for, a document is in the organisation's main
// document language, whatever the system's language is.
func TestDocumentLanguageFromTheAnswers(t *testing.T) {
	ctx := context.Background()
	t.Setenv("LANG", "en_US.UTF-8")
	t.Setenv("LC_ALL", "en_US.UTF-8")
	st, id, _ := setup(t)
	for _, c := range []struct {
		langs []string
		want  string // the privacy notice's title in that language
	}{
		{[]string{"fi"}, "Tietosuojaseloste"},
		{[]string{"sv", "fi"}, "Dataskyddsbeskrivning"},
		{[]string{"en"}, "Privacy notice"},
		{nil, "Tietosuojaseloste"},
	} {
		st.SetAnswer(ctx, id, "organisation.document_languages", c.langs)
		d, err := Make(ctx, st, id, Request{Kind: Notice, Draft: true})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Title, c.want) {
			t.Errorf("%v: title %q, want %q", c.langs, d.Title, c.want)
		}
	}
}

// An incomplete document is not issued: Make says what is missing and
// records no version; a draft and a preview are still made.
func TestIncompleteIsNotIssued(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	st.SetAnswer(ctx, id, "organisation.business_id", "")
	_, err := Make(ctx, st, id, Request{Kind: Notice, Lang: "fi"})
	var inc *IncompleteError
	if !errors.As(err, &inc) || len(inc.Findings) == 0 || !strings.Contains(ErrorText(err, "fi"), "tee luonnos") {
		t.Fatalf("%v", err)
	}
	if vs, _ := st.DocumentVersions(ctx, id, "notice", "*"); len(vs) != 0 {
		t.Errorf("%d versions issued", len(vs))
	}
	for _, r := range []Request{{Kind: Notice, Draft: true}, {Kind: Notice, Preview: true}} {
		if _, err := Make(ctx, st, id, r); err != nil {
			t.Errorf("%+v: %v", r, err)
		}
	}
	// The processor's documents need the processor terms switched on.
	st.SetAnswer(ctx, id, "processor_terms.enabled", false)
	a, _ := st.Answers(ctx, id)
	if !wizard.Blocking(Findings(a, Terms, 0, "fi")) {
		t.Error("terms ready without processor terms")
	}
}
