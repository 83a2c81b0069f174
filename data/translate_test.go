package data

import (
	"bytes"
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tietosuojapakki/data/datatest"
)

func parseBytes(t testing.TB, b []byte) *File {
	t.Helper()
	f, ps := ParseFile(bytes.NewReader(b))
	if len(ps) > 0 {
		t.Fatal(ps.Text("en"))
	}
	return f
}

// finnishTexts are the main-language texts of a that have a translation
// distinct from themselves: none of them may appear in the other language.
func finnishTexts(a *Answers, lang string) []string {
	var out []string
	for _, f := range TextFields(a) {
		if t, ok := a.Translations[lang][strings.TrimSpace(f.Text)]; ok && t != f.Text {
			out = append(out, f.Text)
		}
	}
	return out
}

func TestLocalizeBilingual(t *testing.T) {
	f := parseBytes(t, datatest.Bilingual)
	sv, missing := Localize(&f.Answers, "sv")
	if len(missing) > 0 {
		t.Fatalf("missing translations: %v", missing)
	}
	fiTexts := finnishTexts(&f.Answers, "sv")
	if len(fiTexts) < 40 {
		t.Fatalf("only %d translated texts in the test company", len(fiTexts))
	}
	for _, tf := range TextFields(sv) {
		if slices.Contains(fiTexts, tf.Text) {
			t.Errorf("%s is still Finnish: %q", tf.Path, tf.Text)
		}
	}
	want := map[string]string{
		"registers.0.transfers.0.country":           "Förenta staterna",
		"processor_terms.governing_law":             "Finsk lag",
		"processor_terms.court":                     "Birkalands tingsrätt",
		"registers.0.data_subjects.0":               "Kontaktpersoner hos kundföretag",
		"organisation.privacy_contact.title":        "verkställande direktör",
		"processor_terms.liability_cap":             "Tjänsteavgifterna för 12 månader",
		"registers.0.retention.1.basis":             "Bokföringslagen 2 kap. 10 §",
		"processor_terms.sub_processors.0.location": "Finland",
	}
	got := map[string]string{}
	for _, tf := range TextFields(sv) {
		got[tf.Path] = tf.Text
	}
	for path, w := range want {
		if got[path] != w {
			t.Errorf("%s = %q, want %q", path, got[path], w)
		}
	}
	// Identifiers stay as typed; the original is not changed.
	if sv.Organisation.Name != "Ajanvaraus Kivi Oy" || f.Answers.Registers[0].Name != "Asiakasrekisteri" {
		t.Errorf("name %q, original register %q", sv.Organisation.Name, f.Answers.Registers[0].Name)
	}
	// The main language needs nothing, and countries print as names.
	if _, m := Localize(&f.Answers, "fi"); len(m) > 0 {
		t.Errorf("Finnish: %v", m)
	}
}

func TestLocalizeMissingIsMarked(t *testing.T) {
	f := parseBytes(t, datatest.Bilingual)
	delete(f.Translations["sv"], "Kirjautumislokit")
	delete(f.Translations["sv"], "Uutiskirjeen tilaajat")
	f.Registers[0].DataSubjects = append(f.Registers[0].DataSubjects, "Asiakkaiden vieraat")
	sv, missing := Localize(&f.Answers, "sv")
	var paths []string
	for _, m := range missing {
		if m.Lang != "sv" {
			t.Errorf("%v: language", m)
		}
		paths = append(paths, m.Path+"="+m.Text)
	}
	want := []string{
		"registers.0.data_subjects.2=Asiakkaiden vieraat",
		"registers.0.retention.2.data=Kirjautumislokit",
		"registers.1.name=Uutiskirjeen tilaajat",
		"registers.1.data_subjects.0=Uutiskirjeen tilaajat",
	}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("missing = %v\nwant %v", paths, want)
	}
	name := sv.Registers[1].Name
	if StripForeign(name) != "[på finska: Uutiskirjeen tilaajat]" {
		t.Errorf("fallback %q", StripForeign(name))
	}
	spans := SplitForeign(name)
	if len(spans) != 3 || spans[1] != (Span{Lang: "fi", Text: "Uutiskirjeen tilaajat"}) || spans[0].Lang != "" {
		t.Errorf("spans %+v", spans)
	}
	if got := TextIn(&f.Answers, "sv", "Uutiskirjeen tilaajat"); got != name {
		t.Errorf("TextIn %q, want %q", got, name)
	}
	if got := TextIn(&f.Answers, "sv", "Asiakasrekisteri"); got != "Kundregister" {
		t.Errorf("TextIn %q", got)
	}
	en, _ := Localize(&f.Answers, "en")
	if !strings.HasPrefix(StripForeign(en.Registers[0].Name), "[in Finnish: ") {
		t.Errorf("English fallback %q", en.Registers[0].Name)
	}
}

// swapToSwedish makes the bilingual company Swedish-first: its answers
// typed in Swedish, the Finnish texts as translations.
func swapToSwedish(t testing.TB, a *Answers) *Answers {
	t.Helper()
	sv, m := Localize(a, "sv")
	if len(m) > 0 {
		t.Fatal(m)
	}
	sv.Organisation.DocumentLanguages = []string{"sv", "fi"}
	sv.Translations = map[string]map[string]string{"fi": {}}
	for k, v := range a.Translations["sv"] {
		sv.Translations["fi"][v] = k
	}
	return sv
}

func TestLocalizeSwedishFirst(t *testing.T) {
	f := parseBytes(t, datatest.Bilingual)
	sv := swapToSwedish(t, &f.Answers)
	if MainLanguage(sv) != "sv" {
		t.Fatal(MainLanguage(sv))
	}
	if _, m := Localize(sv, "sv"); len(m) > 0 {
		t.Errorf("Swedish is the main language, nothing is missing: %v", m)
	}
	fi, m := Localize(sv, "fi")
	if len(m) > 0 {
		t.Fatalf("Finnish: %v", m)
	}
	if !reflect.DeepEqual(TextFields(fi), TextFields(func() *Answers { x, _ := Localize(&f.Answers, "fi"); return x }())) {
		t.Error("the Finnish texts of the Swedish-first company differ from the original")
	}
	delete(sv.Translations["fi"], "Kundregister")
	fi, m = Localize(sv, "fi")
	if len(m) != 1 || m[0].Path != "registers.0.name" || StripForeign(fi.Registers[0].Name) != "[ruotsiksi: Kundregister]" {
		t.Errorf("missing %v, name %q", m, fi.Registers[0].Name)
	}
}

func TestTranslatedWithoutGlossary(t *testing.T) {
	a := &Answers{}
	for _, c := range []struct {
		in, lang, want string
		kind           string
		ok             bool
	}{
		{"Helsingin käräjäoikeus", "sv", "Helsingfors tingsrätt", "text", true},
		{"helsingfors tingsrätt ", "en", "Helsinki District Court", "text", true},
		{"Suomen laki", "en", "The laws of Finland", "text", true},
		{"US", "fi", "Yhdysvallat", "country", true},
		{"USA", "sv", "Förenta staterna", "country", true},
		{"Yhdysvallat", "en", "United States", "text", true},
		{"IT", "sv", "IT", "text", false}, // a code only counts in a country field
		{"https://www.example.fi/tietosuoja", "sv", "https://www.example.fi/tietosuoja", "text", true},
		{"tietosuoja@example.fi", "en", "tietosuoja@example.fi", "text", true},
		{"24", "sv", "24", "text", true},
		{"Asiakkaat", "sv", "Asiakkaat", "text", false},
		{"Asiakkaat", "fi", "Asiakkaat", "text", true},
		{"Tilitoimisto Luku Oy", "sv", "Tilitoimisto Luku Oy", "name", true},
		{"Oy Hartwall Ab", "en", "Oy Hartwall Ab", "name", true},
		{"Amazon Web Services EMEA SARL", "sv", "Amazon Web Services EMEA SARL", "name", true},
		{"Sähköpostipalvelun tarjoaja", "sv", "Sähköpostipalvelun tarjoaja", "name", false},
		{"Tilitoimisto Luku Oy", "sv", "Tilitoimisto Luku Oy", "text", false},
	} {
		got, ok := Translated(a, "fi", c.lang, c.in, c.kind)
		if got != c.want || ok != c.ok {
			t.Errorf("Translated(%q, %s) = %q, %v; want %q, %v", c.in, c.lang, got, ok, c.want, c.ok)
		}
	}
}

func TestTranslationsRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f := parseBytes(t, datatest.Bilingual)
	id, err := st.ImportFile(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	// A key with dots and a stale entry: the first survives, the second is
	// not exported.
	if err := st.SetTranslation(ctx, id, "sv", "Paperisia asiakirjoja ei säilytetä; saapuneet paperit skannataan ja hävitetään silppurilla.", "Papper förvaras inte."); err != nil {
		t.Fatal(err)
	}
	if err := st.SetTranslation(ctx, id, "sv", "Ei enää käytössä", "Används inte"); err != nil {
		t.Fatal(err)
	}
	if st.SetTranslation(ctx, id, "de", "Nimi", "Name") == nil {
		t.Error("German accepted")
	}
	st.Close()
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := st.Answers(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if a.Translations["sv"]["Ei enää käytössä"] != "Används inte" {
		t.Error("the translation was not stored")
	}
	out, err := st.ExportFile(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if out.Version != FileVersion || FileVersion != 2 {
		t.Errorf("version %d", out.Version)
	}
	if _, ok := out.Translations["sv"]["Ei enää käytössä"]; ok {
		t.Error("a stale translation was exported")
	}
	want := f.Translations["sv"]
	want["Paperisia asiakirjoja ei säilytetä; saapuneet paperit skannataan ja hävitetään silppurilla."] = "Papper förvaras inte."
	if !reflect.DeepEqual(out.Translations["sv"], want) {
		t.Error("translations changed in the round trip")
	}
	sameAgain(t, out)
}

// sameAgain: written, read and written again, f gives the same bytes.
func sameAgain(t *testing.T, f *File) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteFile(&buf, f); err != nil {
		t.Fatal(err)
	}
	again := parseBytes(t, buf.Bytes())
	var buf2 bytes.Buffer
	if err := WriteFile(&buf2, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("export, import and export again differ")
	}
}

// TestOldFormatImports: a version 1 file imports, its texts read as its
// main language's: the Swedish-first web shop needs Finnish and English
// texts, the Finnish-only cleaning company nothing.
func TestOldFormatImports(t *testing.T) {
	for _, c := range []struct {
		file, main  string
		needs, none []string
	}{
		{"verkkokauppa-kuusi.json", "sv", []string{"fi", "en"}, []string{"sv"}},
		{"siivous-kirkas.json", "fi", []string{"sv", "en"}, []string{"fi"}},
	} {
		b := testdataFile(t, c.file)
		if !bytes.Contains(b, []byte(`"version": 1,`)) {
			t.Fatalf("%s is not in the old format", c.file)
		}
		f := parseBytes(t, b)
		if f.Translations != nil || MainLanguage(&f.Answers) != c.main {
			t.Errorf("%s: translations %v, main language %s", c.file, f.Translations, MainLanguage(&f.Answers))
		}
		for _, lang := range c.none {
			if m := Untranslated(&f.Answers, lang); len(m) > 0 {
				t.Errorf("%s in %s: %v", c.file, lang, m)
			}
		}
		for _, lang := range c.needs {
			m := Untranslated(&f.Answers, lang)
			if len(m) < 10 {
				t.Errorf("%s: only %d missing in %s", c.file, len(m), lang)
			}
			for _, x := range m {
				if strings.HasSuffix(x.Path, "country") || strings.HasSuffix(x.Path, "location") || x.Path == "processor_terms.governing_law" {
					t.Errorf("%s: %s needs no translation: %q", c.file, x.Path, x.Text)
				}
			}
		}
	}
	for _, c := range []struct {
		version int
		ok      bool
	}{{0, false}, {1, true}, {2, true}, {3, false}} {
		b := bytes.Replace(testdataFile(t, "siivous-kirkas.json"), []byte(`"version": 1`), []byte(`"version": `+string(rune('0'+c.version))), 1)
		_, ps := ParseFile(bytes.NewReader(b))
		if (len(ps) == 0) != c.ok {
			t.Errorf("version %d: %v", c.version, ps.Text("en"))
		}
	}
}

// TestExampleIsComplete: the example company has every answer in its
// three document languages.
func TestExampleIsComplete(t *testing.T) {
	f := parseBytes(t, datatest.Example)
	for _, lang := range f.Organisation.DocumentLanguages {
		if m := Untranslated(&f.Answers, lang); len(m) > 0 {
			t.Errorf("%s: %v", lang, m)
		}
	}
}

func TestTranslationsLanguageChecked(t *testing.T) {
	b := bytes.Replace(datatest.Bilingual, []byte(`"translations": {
    "sv": {`), []byte(`"translations": {
    "de": {`), 1)
	_, ps := ParseFile(bytes.NewReader(b))
	if len(ps) != 1 || ps[0].Path != "translations" {
		t.Errorf("problems %v", ps.Text("en"))
	}
}

func TestSplitForeign(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []Span
	}{
		{"plain", []Span{{Text: "plain"}}},
		{"a " + Foreign("fi", "b") + " c", []Span{{Text: "a "}, {Lang: "fi", Text: "b"}, {Text: " c"}}},
		{Foreign("sv", "x") + Foreign("en", "y"), []Span{{Lang: "sv", Text: "x"}, {Lang: "en", Text: "y"}}},
		{"stray \U000E007F close", []Span{{Text: "stray "}, {Text: " close"}}},
		{Foreign("fi", "nested "+Foreign("sv", "z")), []Span{{Lang: "fi", Text: "nested z"}}},
	} {
		if got := SplitForeign(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("SplitForeign(%q) = %+v, want %+v", c.in, got, c.want)
		}
		if s := StripForeign(c.in); strings.ContainsFunc(s, isTagRune) {
			t.Errorf("StripForeign left a mark in %q", s)
		}
	}
}

func TestTextKind(t *testing.T) {
	for path, want := range map[string]string{
		"registers.0.name":                          "text",
		"registers.2.data_subjects.1":               "text",
		"registers.0.data_subjects":                 "text",
		"registers.0.transfers.0.country":           "country",
		"registers.0.recipients.1.name":             "name",
		"registers.0.purposes.0.legal_basis":        "",
		"organisation.name":                         "",
		"organisation.privacy_contact.title":        "text",
		"organisation.dpo.title":                    "text",
		"processor_terms.court":                     "text",
		"processor_terms.sub_processors.0.location": "country",
		"processor_terms.support_email":             "",
		"registers.0.nothing":                       "",
		"website.analytics_tools.0":                 "name",
	} {
		if got := TextKind(path); got != want {
			t.Errorf("TextKind(%s) = %q, want %q", path, got, want)
		}
	}
	// Every path TextFields gives has its kind.
	for _, f := range TextFields(&parseBytes(t, datatest.Example).Answers) {
		if TextKind(f.Path) != f.Kind {
			t.Errorf("%s: %q, want %q", f.Path, TextKind(f.Path), f.Kind)
		}
	}
}
