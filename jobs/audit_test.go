package jobs

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"tietosuojapakki/data"
)

// corpus is a file of the audit's test corpus.
func corpus(name string) string {
	return filepath.Join("..", "audit", "testdata", "corpus", name)
}

// An old notice read from a file or as pasted bytes gives the same report;
// importing it twice makes two new organisations and leaves the one that
// was there alone; the findings stay with each new organisation.
func TestImportNotice(t *testing.T) {
	ctx := context.Background()
	st, old, _ := setup(t)
	before, err := st.Answers(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	text, rep, err := AuditFile(corpus("fi-kukkakauppa.txt"), "fi")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(corpus("fi-kukkakauppa.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text2, rep2, err := AuditText("liitetty teksti", b, "fi")
	if err != nil || text2 != text || len(rep2.Findings) != len(rep.Findings) {
		t.Fatalf("pasted text differs from the file: %v, %d/%d findings", err, len(rep2.Findings), len(rep.Findings))
	}
	if !rep.Blocks() {
		t.Fatal("the old notice has no blocking finding")
	}
	var quoted bool
	for _, f := range rep.Findings {
		if i, j, ok := QuoteSpan(text, f); ok && strings.Contains(text[i:j], "Ratapihantie 9") {
			quoted = true
		}
	}
	if !quoted {
		t.Error("the authority's old address is not quoted in the text")
	}

	ids := map[int64]bool{old: true}
	for range 2 {
		f := *rep.Answers
		id, err := ImportNotice(ctx, st, &f, rep.Findings)
		if err != nil {
			t.Fatal(err)
		}
		if ids[id] {
			t.Fatalf("import gave id %d again", id)
		}
		ids[id] = true
		a, err := st.Answers(ctx, id)
		if err != nil || a.Organisation.Name != "Kukkakauppa Ruusunen Oy" {
			t.Fatalf("new organisation %d: %v %q", id, err, a.Organisation.Name)
		}
		if got := AuditFindings(st, id); len(got) != len(rep.Findings) || got[0].Code != rep.Findings[0].Code {
			t.Errorf("kept findings of %d: %+v", id, got)
		}
	}
	after, err := st.Answers(ctx, old)
	if err != nil || !reflect.DeepEqual(after, before) || len(after.Registers) != len(before.Registers) {
		t.Error("an import changed the organisation that was there")
	}
	if len(AuditFindings(st, old)) != 0 {
		t.Error("the organisation that was there got findings")
	}
}

// An id given again after a delete (SQLite reuses the highest) starts
// without the findings of the organisation deleted.
func TestImportNoticeReusedID(t *testing.T) {
	ctx := context.Background()
	st, _, _ := setup(t)
	_, rep, err := AuditFile(corpus("en-cleaning.txt"), "en")
	if err != nil {
		t.Fatal(err)
	}
	f := *rep.Answers
	id, err := ImportNotice(ctx, st, &f, rep.Findings)
	if err != nil || len(AuditFindings(st, id)) == 0 {
		t.Fatal(err, AuditFindings(st, id))
	}
	if err := st.DeleteOrganisation(ctx, id); err != nil {
		t.Fatal(err)
	}
	ForgetAudit(st, id)
	made, err := st.CreateOrganisation(ctx, "Uusi")
	if err != nil || made != id || len(AuditFindings(st, made)) != 0 {
		t.Fatalf("a new organisation %d (was %d) shows old findings: %v", made, id, err)
	}
	if err := st.DeleteOrganisation(ctx, made); err != nil {
		t.Fatal(err)
	}
	g := *rep.Answers
	id2, err := ImportNotice(ctx, st, &g, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fs := AuditFindings(st, id2); len(fs) != 0 {
		t.Errorf("organisation %d (was %d) has old findings: %+v", id2, id, fs)
	}
}

// The findings stay through drafts, previews and other documents, and go
// when a final notice is issued.
func TestIssuedNoticeForgetsAudit(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	if err := st.SetAnswer(ctx, id, "processor_terms.enabled", true); err != nil {
		t.Fatal(err)
	}
	fs := []AuditFinding{{Code: "repealed_law", Severity: AuditBlock, Article: "Tietosuojalaki (1050/2018)", Message: "m", Quote: "Henkilötietolaki"}}
	if err := keepAuditFindings(st, id, fs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		r    Request
		kept bool
	}{
		{"draft", Request{Kind: Notice, Draft: true}, true},
		{"preview", Request{Kind: Notice, Preview: true}, true},
		{"terms", Request{Kind: Terms}, true},
		{"notice", Request{Kind: Notice}, false},
	} {
		if _, err := Make(ctx, st, id, c.r); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := len(AuditFindings(st, id)) > 0; got != c.kept {
			t.Errorf("%s: findings kept %v, want %v", c.name, got, c.kept)
		}
	}
	// A notice that may not be issued yet keeps them.
	if err := keepAuditFindings(st, id, fs); err != nil {
		t.Fatal(err)
	}
	if err := st.SetAnswer(ctx, id, "organisation.name", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := Make(ctx, st, id, Request{Kind: Notice}); err == nil {
		t.Fatal("a notice without the controller's name was issued")
	}
	if len(AuditFindings(st, id)) == 0 {
		t.Error("a refused notice dropped the findings")
	}
}

// NoticeErrorText words a file that cannot be read in the user's language.
func TestNoticeErrorText(t *testing.T) {
	for _, c := range []struct{ name, lang, want string }{
		{"kuva.png", "fi", "Tiedostoa ei voi lukea"},
		{"tom.txt", "sv", "ingen läsbar text"},
	} {
		b := []byte("\x89PNG\r\n")
		if strings.HasSuffix(c.name, ".txt") {
			b = []byte(" \n\t\n")
		}
		_, _, err := AuditText(c.name, b, c.lang)
		if err == nil || !strings.Contains(NoticeErrorText(err, c.lang), c.want) {
			t.Errorf("%s: %v → %q", c.name, err, NoticeErrorText(err, c.lang))
		}
	}
}

// An old notice that cites consent for what a contract needs is imported
// without that basis: the audit's blocking finding must not turn into a
// purpose of the new notice that passes the check.
func TestImportNoticeDropsConsentForContract(t *testing.T) {
	ctx := context.Background()
	st, _, _ := setup(t)
	old := "Rekisteriseloste\nRekisterinpitäjä: Testi Oy, Y-tunnus 3312457-9, info@testi.fi\n" +
		"Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\n" +
		"Käsittelemme tietoja asiakkaan suostumuksen perusteella, jotta voimme toimittaa tilatun palvelun ja laskuttaa sen.\n"
	_, rep, err := AuditText("vanha.txt", []byte(old), "fi")
	if err != nil {
		t.Fatal(err)
	}
	flagged := false
	for _, f := range rep.Findings {
		flagged = flagged || f.Code == "consent_for_contract"
	}
	var consent int
	for _, r := range rep.Answers.Registers {
		for _, p := range r.Purposes {
			if p.LegalBasis == data.BasisConsent {
				consent++
			}
		}
	}
	if !flagged || consent == 0 {
		t.Fatalf("the audit no longer reads this notice as expected: flagged %v, %d consent purposes", flagged, consent)
	}
	f := *rep.Answers
	id, err := ImportNotice(ctx, st, &f, rep.Findings)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := st.Answers(ctx, id)
	for _, r := range a.Registers {
		for _, p := range r.Purposes {
			if p.LegalBasis == data.BasisConsent {
				t.Errorf("purpose %q imported with consent", p.Description)
			}
		}
	}
}
