package jobs

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"tietosuojapakki/data/vocab"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
	"tietosuojapakki/pdf/pdftest"
)

func setup(t testing.TB) (*data.Store, int64, *time.Time) {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	st.SetClock(func() time.Time { return now })
	f, ps := data.ParseFile(bytes.NewReader(datatest.Example))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	id, err := st.ImportFile(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return st, id, &now
}

// translate enters texts of the answers in lang.
func translate(t *testing.T, st *data.Store, id int64, lang string, texts map[string]string) {
	t.Helper()
	for fi, tr := range texts {
		if err := st.SetAnswer(context.Background(), id, "translations."+lang+"."+fi, tr); err != nil {
			t.Fatal(err)
		}
	}
}

// Regenerating unchanged answers keeps the version; a change makes the next
// version with a change history naming what changed.
func TestVersions(t *testing.T) {
	ctx := context.Background()
	st, id, now := setup(t)
	// reg is the number of the register the user names, as the command
	// line finds it.
	reg := func(name string) int {
		a, _ := st.Answers(ctx, id)
		n, err := FindRegister(a, name)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	steps := []struct {
		name     string
		edit     func()
		req      Request
		version  string
		history  []string
		notInDoc []string
	}{
		{"first", nil, Request{Kind: Notice, Lang: "fi"}, "Versio: 1", nil, []string{"Muutoshistoria"}},
		{"unchanged a day later", func() { *now = now.AddDate(0, 0, 1) }, Request{Kind: Notice, Lang: "fi"}, "Versio: 1", nil, []string{"3.3.2026"}},
		{"a draft issues nothing", func() { st.SetAnswer(ctx, id, "website.analytics_tools.1", "Plausible") },
			Request{Kind: Notice, Lang: "fi", Draft: true}, "", nil, []string{"Versio: 2"}},
		{"a preview shows the next version", nil, Request{Kind: Notice, Lang: "fi", Preview: true}, "Versio: 2",
			[]string{"2 | 3.3.2026 | Muutettu: evästeet ja verkkosivut"}, nil},
		{"changed", nil, Request{Kind: Notice, Lang: "fi"}, "Versio: 2",
			[]string{"Muutoshistoria", "2 | 3.3.2026 | Muutettu: evästeet ja verkkosivut", "1 | 2.3.2026 | Ensimmäinen versio"}, nil},
		{"register and controller changed", func() {
			*now = now.AddDate(0, 1, 0)
			st.SetAnswer(ctx, id, "organisation.street", "Kauppakatu 1")
			st.SetAnswer(ctx, id, "registers.1.data_categories.0.name", "Sähköpostiosoite ja nimi")
			// An English notice is issued only wholly in English.
			translate(t, st, id, "en", map[string]string{"Sähköpostiosoite ja nimi": "E-mail address and name", "Plausible": "Plausible"})
		}, Request{Kind: Notice, Lang: "en"}, "Version: 3",
			[]string{"3 | 3 April 2026 | Changed: the controller's details; register Newsletter subscribers; translations"}, nil},
		{"one register has its own versions", nil, Request{Kind: Notice, Lang: "fi", Register: reg("uutiskirjeen tilaajat")}, "Versio: 1", nil, []string{"Asiakasrekisteri"}},
		{"the same register typed otherwise continues its history", nil, Request{Kind: Notice, Lang: "fi", Register: reg(" Uutiskirjeen Tilaajat ")}, "Versio: 1", nil, nil},
	}
	for _, s := range steps {
		if s.edit != nil {
			s.edit()
		}
		d, err := Make(ctx, st, id, s.req)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		text := d.PlainText()
		if s.version != "" && !strings.Contains(text, s.version) {
			t.Errorf("%s: no %q in\n%s", s.name, s.version, text)
		}
		for _, h := range s.history {
			if !strings.Contains(text, h) {
				t.Errorf("%s: history lacks %q", s.name, h)
			}
		}
		for _, n := range s.notInDoc {
			if strings.Contains(text, n) {
				t.Errorf("%s: %q should not be there", s.name, n)
			}
		}
	}
	vs, _ := st.DocumentVersions(ctx, id, "notice", "*")
	if len(vs) != 3 {
		t.Fatalf("%d versions of the whole notice, want 3", len(vs))
	}
	if vs, _ := st.DocumentVersions(ctx, id, "notice", "Uutiskirjeen tilaajat"); len(vs) != 1 {
		t.Fatalf("%d versions of the one-register notice, want 1", len(vs))
	}
	// Two registers of one name: asking for one by name is refused.
	st.SetAnswer(ctx, id, "registers.0.name", "Uutiskirjeen tilaajat")
	a, _ := st.Answers(ctx, id)
	if _, err := FindRegister(a, "Uutiskirjeen tilaajat"); err == nil {
		t.Error("an ambiguous register name was accepted")
	}
}

func TestDraftWatermarkAndFormats(t *testing.T) {
	ctx := context.Background()
	st, id, _ := setup(t)
	for _, c := range []struct {
		kind Kind
		lang string
		mark string
	}{{Notice, "fi", "LUONNOS"}, {Terms, "sv", "UTKAST"}, {Practices, "en", "DRAFT"}} {
		d, err := Make(ctx, st, id, Request{Kind: c.kind, Lang: vocab.Lang(c.lang), Draft: true})
		if err != nil {
			t.Fatal(err)
		}
		var pdfBuf, htmlBuf bytes.Buffer
		if err := Render(&pdfBuf, d, "pdf"); err != nil {
			t.Fatal(err)
		}
		if err := Render(&htmlBuf, d, "html"); err != nil {
			t.Fatal(err)
		}
		if txt := pdftest.Text(t, pdfBuf.Bytes()); !strings.Contains(txt, c.mark) || !strings.Contains(txt, "Ajanvaraus Kivi Oy") {
			t.Errorf("%s %s: PDF lacks %s", c.kind, c.lang, c.mark)
		}
		if !strings.Contains(htmlBuf.String(), c.mark) || !strings.Contains(htmlBuf.String(), `lang="`+c.lang+`"`) {
			t.Errorf("%s %s: HTML lacks %s or lang", c.kind, c.lang, c.mark)
		}
		// An issued document carries no watermark.
		d, _ = Make(ctx, st, id, Request{Kind: c.kind, Lang: vocab.Lang(c.lang)})
		var issued bytes.Buffer
		Render(&issued, d, "pdf")
		if strings.Contains(pdftest.Text(t, issued.Bytes()), c.mark) {
			t.Errorf("%s: issued document marked %s", c.kind, c.mark)
		}
	}
	if _, err := Make(ctx, st, id, Request{Kind: Notice, Lang: "fi", Register: 3}); err == nil {
		t.Error("unknown register accepted")
	}
	if a, _ := st.Answers(ctx, id); a != nil {
		if _, err := FindRegister(a, "Ei tällaista"); err == nil {
			t.Error("unknown register name accepted")
		}
	}
	if err := Render(&bytes.Buffer{}, nil, "docx"); err == nil {
		t.Error("unknown format accepted")
	}
}
