package wizard

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data"
	"tietosuojapakki/data/datatest"
)

func bilingual(t *testing.T) *data.Answers {
	t.Helper()
	f, ps := data.ParseFile(bytes.NewReader(datatest.Bilingual))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	return &f.Answers
}

// TestLanguageFindings: each answer without its text in a chosen document
// language is a blocking finding for that language only, with the question
// to jump to.
func TestLanguageFindings(t *testing.T) {
	a := bilingual(t)
	if fs := Check(a); Blocking(fs) {
		t.Fatalf("the bilingual company is blocked: %v", fs)
	}
	delete(a.Translations["sv"], "Kirjautumislokit")
	delete(a.Translations["sv"], "Palvelumaksut 12 kuukauden ajalta")
	a.Registers[1].DataSubjects = append(a.Registers[1].DataSubjects, "Kilpailun osallistujat")
	fs := Check(a)
	type got struct{ path, qid, lang string }
	var lang []got
	for _, f := range fs {
		if f.Article == "12(1)" {
			lang = append(lang, got{f.Path, f.QuestionID, f.Lang})
			if f.Severity != Missing || !strings.Contains(f.Message.In("sv"), "Den svenska texten saknas") {
				t.Errorf("%+v", f)
			}
		}
	}
	want := []got{
		{"registers.0.retention.2.data", "retention.data", "sv"},
		{"registers.1.data_subjects.1", "reg.data_subjects", "sv"},
		{"processor_terms.liability_cap", "pt.liability_cap", "sv"},
	}
	if !slices.Equal(lang, want) {
		t.Errorf("findings %v\nwant %v", lang, want)
	}
	for _, f := range fs {
		if f.Path == "registers.1.data_subjects.1" && f.Register != 1 {
			t.Errorf("register %d", f.Register)
		}
	}
	if Blocking(ForLanguage(fs, "fi")) {
		t.Error("a missing Swedish text blocks the Finnish documents")
	}
	if !Blocking(ForLanguage(fs, "sv")) || !Blocking(CheckFor(a, "sv")) {
		t.Error("a missing Swedish text does not block the Swedish documents")
	}
	// English is not chosen: the check says nothing of it, but a document
	// asked for in English still finds every gap.
	if slices.ContainsFunc(fs, func(f Finding) bool { return f.Lang == "en" }) {
		t.Error("findings for a language not chosen")
	}
	if n := len(CheckFor(a, "en")); n < 50 {
		t.Errorf("an English document finds only %d gaps", n)
	}
}

// TestLanguageFindingsSwedishFirst: the rules are symmetrical.
func TestLanguageFindingsSwedishFirst(t *testing.T) {
	fi := bilingual(t)
	sv, _ := data.Localize(fi, "sv")
	sv.Organisation.DocumentLanguages = []string{"sv", "fi"}
	sv.Translations = nil
	fs := Check(sv)
	n := 0
	for _, f := range fs {
		if f.Article == "12(1)" {
			n++
			if f.Lang != "fi" || !strings.Contains(f.Message.In("fi"), "Suomenkielinen teksti puuttuu") {
				t.Errorf("%+v", f)
			}
		}
	}
	if n < 40 || Blocking(ForLanguage(fs, "sv")) || !Blocking(ForLanguage(fs, "fi")) {
		t.Errorf("%d findings; Swedish blocked %v", n, Blocking(ForLanguage(fs, "sv")))
	}
}

// TestEveryTextFieldHasAQuestion: every free-text answer a finding can
// name has a question to jump to.
func TestEveryTextFieldHasAQuestion(t *testing.T) {
	ids := translationQuestions()
	for _, f := range data.TextFields(filled()) {
		if questionOf(ids, pathTemplate(f.Path)) == "" {
			t.Errorf("%s: no question", f.Path)
		}
	}
}

// TestAddRegisterTranslates: a register added from a template has its
// texts in all three languages, whichever the main language is, and the
// user's own translations are kept.
func TestAddRegisterTranslates(t *testing.T) {
	for _, main := range data.Languages {
		for _, tpl := range Templates() {
			a := &data.Answers{}
			a.Organisation.DocumentLanguages = []string{main, "fi", "sv", "en"}
			data.SetTranslation(a, "sv", tpl.Register(main).Name, "Eget namn")
			if _, err := AddRegister(a, tpl); err != nil {
				t.Fatal(err)
			}
			for _, lang := range data.Languages {
				if m := data.Untranslated(a, lang); len(m) > 0 {
					t.Errorf("%s from %s: missing in %s: %v", tpl.ID, main, lang, m)
				}
				loc, _ := data.Localize(a, lang)
				if lang != "sv" && loc.Registers[0].Name != tpl.Register(lang).Name {
					t.Errorf("%s from %s: name in %s %q", tpl.ID, main, lang, loc.Registers[0].Name)
				}
			}
			if main != "sv" && a.Translations["sv"][tpl.Register(main).Name] != "Eget namn" {
				t.Errorf("%s: the user's translation was replaced", tpl.ID)
			}
		}
	}
}

// TestCheckForIsCheckOfOneLanguage: CheckFor, which makes only one
// language's translation findings, finds what the whole Check finds for
// that language, in the same order: every document language of a
// company with gaps in its Swedish, and a language not chosen.
func TestCheckForIsCheckOfOneLanguage(t *testing.T) {
	a := bilingual(t)
	delete(a.Translations["sv"], "Kirjautumislokit")
	a.Registers[1].DataSubjects = append(a.Registers[1].DataSubjects, "Kilpailun osallistujat")
	a.Organisation.Name = "" // a finding of every language too
	for _, c := range []struct {
		a    *data.Answers
		lang string
	}{
		{a, "fi"}, {a, "sv"}, {a, "en"},
		{example(t), "fi"}, {example(t), "en"},
	} {
		want := ForLanguage(Check(c.a), c.lang)
		if !slices.Contains(documentLanguages(c.a), c.lang) {
			want = append(want, LanguageFindings(c.a, c.lang)...)
		}
		if main := data.MainLanguage(c.a); c.lang == main {
			// LanguageFindings skips the main language: nothing of it can
			// be missing.
			if ms := data.Untranslated(c.a, main); len(ms) > 0 {
				t.Errorf("%s: untranslated in the main language: %v", main, ms)
			}
		}
		got := CheckFor(c.a, c.lang)
		if len(got) == 0 && c.a == a {
			t.Errorf("%s: no findings for answers with gaps", c.lang)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: CheckFor found\n%v\nCheck found\n%v", c.lang, got, want)
		}
	}
}
