package data

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
)

// Free-text answers in several languages.
//
// The organisation types its answers once, in its main document language
// (MainLanguage). The other document languages get their text from
// Answers.Translations, a glossary per language keyed by the main-language
// text: one translation serves every field with that text, and it survives
// rows being added, removed or reordered. An edited main text has no entry
// yet, so it shows as missing rather than as a stale translation.
//
// Which fields are free text is said once, by a struct tag on the model:
// tr:"text" for a text, tr:"country" for a country (a code of
// vocab.Countries or a name), tr:"name" for a name that may also be a
// description ("Tilitoimisto Luku Oy" or "sähköpostipalvelun tarjoaja"):
// a company name, recognised by its legal form, is the same in every
// language. Identifiers (the organisation's and people's names, Y-tunnus,
// e-mail, phone, URLs, the service's name) carry no tag and are printed as
// typed in every language.

// Languages are the document languages as codes, in the order the
// program offers them (vocab.Langs, the one list).
var Languages = func() []string {
	out := make([]string, len(vocab.Langs))
	for i, l := range vocab.Langs {
		out[i] = string(l)
	}
	return out
}()

// MainLanguage is the organisation's main document language: the first of
// its chosen document languages, Finnish when none is chosen.
func MainLanguage(a *Answers) string {
	for _, l := range a.Organisation.DocumentLanguages {
		if l == "fi" || l == "sv" || l == "en" {
			return l
		}
	}
	return "fi"
}

// TextField is one free-text answer: its answer path (as the wizard and
// SetAnswer use it), its text as typed in the main language and whether it
// names a country.
type TextField struct {
	Path string
	Text string
	Kind string // "text", "country" or "name": the tr tag
}

// TextFields lists the free-text answers of a in the order of the model.
// Empty answers are left out.
func TextFields(a *Answers) []TextField {
	var out []TextField
	walkText(reflect.ValueOf(a).Elem(), "", func(path, kind string, s *string) {
		if strings.TrimSpace(*s) != "" {
			out = append(out, TextField{Path: path, Text: *s, Kind: kind})
		}
	})
	return out
}

// walkText calls visit for every tagged string of v (a struct, pointer,
// slice of those), with its answer path.
func walkText(v reflect.Value, path string, visit func(path, kind string, s *string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkText(v.Elem(), path, visit)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkText(v.Index(i), joinPath(path, strconv.Itoa(i)), visit)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			walkField(t.Field(i), v.Field(i), path, visit)
		}
	}
}

// walkField visits one field of a struct: a tagged string or list of
// strings, or the answers inside a nested value.
func walkField(f reflect.StructField, fv reflect.Value, path string, visit func(path, kind string, s *string)) {
	if f.Anonymous {
		walkText(fv, path, visit)
		return
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "" || name == "-" {
		name = f.Name
	}
	tr := f.Tag.Get("tr")
	switch {
	case tr != "" && fv.Kind() == reflect.String:
		visit(joinPath(path, name), tr, fv.Addr().Interface().(*string))
	case tr != "" && fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.String:
		for j := 0; j < fv.Len(); j++ {
			visit(joinPath(path, name)+"."+strconv.Itoa(j), tr, fv.Index(j).Addr().Interface().(*string))
		}
	case fv.Kind() == reflect.Struct || fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice:
		walkText(fv, joinPath(path, name), visit)
	}
}

func joinPath(base, name string) string {
	if base == "" {
		return name
	}
	return base + "." + name
}

// Missing is a free-text answer without its translation into Lang.
type Missing struct {
	Path string // answer path of the main-language field
	Lang string // the language the translation is missing in
	Text string // the answer as typed in the main language
}

// Translated returns the text of the free-text answer s (typed in the main
// language main) in lang, and whether one exists. The main language needs
// none; otherwise the glossary's entry, else a fixed phrase or a country
// (vocab) as the program translates it; a text without letters, a URL or
// an e-mail address is the same in every language; anything else is
// missing.
func Translated(a *Answers, main, lang, s, kind string) (string, bool) {
	key := strings.TrimSpace(s)
	if kind == "country" {
		if c, ok := vocab.FindCountry(key); ok {
			return c.Name.In(lang), true
		}
	}
	if lang == main || key == "" {
		return s, true
	}
	// The user's own translation comes first: it may word a fixed phrase
	// differently on purpose.
	if t := strings.TrimSpace(a.Translations[lang][key]); t != "" {
		return t, true
	}
	if t, ok := vocab.Translate(key, lang); ok {
		return t, true
	}
	if sameInEveryLanguage(key) || kind == "name" && companyName(key) {
		return s, true
	}
	return s, false
}

// sameInEveryLanguage: a text with no letters ("24 h", "12"), a URL or an
// e-mail address is not translated.
func sameInEveryLanguage(s string) bool {
	if strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return true
	}
	if strings.ContainsAny(s, " \t\n") {
		return false
	}
	if strings.Contains(s, "@") {
		return valid.Email(s) == nil
	}
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")) && valid.URL(s) == nil
}

// legalForms are the endings of company names (Finnish, Nordic and
// common foreign legal forms), lower case.
var legalForms = []string{"oy", "oyj", "ab", "abp", "ky", "kb", "ay", "tmi", "osk", "ry", "rf",
	"ltd", "ltd.", "limited", "inc", "inc.", "llc", "corp", "corp.", "corporation", "plc", "gmbh",
	"ag", "as", "a/s", "asa", "aps", "bv", "b.v.", "nv", "sa", "s.a.", "sas", "sarl", "srl", "spa",
	"s.p.a.", "oü", "uab", "sia", "se", "co.", "llp", "lp"}

// companyName reports whether s ends (or starts, as "Oy Yritys Ab" and
// "Tmi Nimi" do) in a legal form: a company's name, not translated.
func companyName(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 {
		return false
	}
	last := strings.TrimRight(words[len(words)-1], ",")
	return slices.Contains(legalForms, last) || slices.Contains([]string{"oy", "tmi", "ab", "ky", "kb"}, words[0])
}

// Untranslated lists the free-text answers of a that have no text in lang,
// in the order of the model. It is empty for the main language.
func Untranslated(a *Answers, lang string) []Missing {
	_, ms := Localize(a, lang)
	return ms
}

// Localize returns a copy of a with every free-text answer in lang, so that
// the composers print one language only, and the answers that lack a
// translation. Such an answer keeps its main-language text, marked as
// Foreign (visible as "[på finska: …]" and tagged with its language, which
// the HTML renderer turns into lang="fi"): a document with any is a draft.
// Countries are printed by name even in the main language. a is not
// changed.
func Localize(a *Answers, lang string) (*Answers, []Missing) {
	main := MainLanguage(a)
	b, err := json.Marshal(a)
	c := new(Answers)
	if err != nil || json.Unmarshal(b, c) != nil {
		return a, nil // cannot happen: Answers is plain data
	}
	var missing []Missing
	walkText(reflect.ValueOf(c).Elem(), "", func(path, kind string, s *string) {
		t, ok := Translated(a, main, lang, *s, kind)
		if !ok {
			missing = append(missing, Missing{Path: path, Lang: lang, Text: strings.TrimSpace(*s)})
			t = fallback(main, lang, strings.TrimSpace(*s))
		}
		*s = t
	})
	return c, missing
}

// fallbackLabels say in lang (outer) which language (inner) an
// untranslated answer is printed in.
var fallbackLabels = map[string]map[string]string{
	"fi": {"sv": "ruotsiksi", "en": "englanniksi"},
	"sv": {"fi": "på finska", "en": "på engelska"},
	"en": {"fi": "in Finnish", "sv": "in Swedish"},
}

func fallback(main, lang, s string) string {
	return "[" + fallbackLabels[vocabLang(lang)][main] + ": " + Foreign(main, s) + "]"
}

func vocabLang(lang string) string {
	return Languages[vocab.Column(lang)]
}

// PruneTranslations removes the glossary entries no free-text answer uses
// any more (the main text was edited or deleted) and empty ones, so that an
// exported file carries no stale translations.
func PruneTranslations(a *Answers) {
	used := map[string]bool{}
	for _, f := range TextFields(a) {
		used[strings.TrimSpace(f.Text)] = true
	}
	for lang, g := range a.Translations {
		for k, v := range g {
			if !used[k] || strings.TrimSpace(v) == "" {
				delete(g, k)
			}
		}
		if len(g) == 0 {
			delete(a.Translations, lang)
		}
	}
	if len(a.Translations) == 0 {
		a.Translations = nil
	}
}

// SetTranslation records text as the translation into lang of the main
// text main (an empty text removes it).
func SetTranslation(a *Answers, lang, main, text string) {
	main, text = strings.TrimSpace(main), strings.TrimSpace(text)
	if main == "" {
		return
	}
	if text == "" {
		delete(a.Translations[lang], main)
		return
	}
	if a.Translations == nil {
		a.Translations = map[string]map[string]string{}
	}
	if a.Translations[lang] == nil {
		a.Translations[lang] = map[string]string{}
	}
	a.Translations[lang][main] = text
}

func (c *checker) translations(g map[string]map[string]string) {
	for lang := range g {
		c.code("translations", lang, Languages)
	}
}

// TextKind is the tr tag of the answer at path ("text", "country", "name"),
// or "" when the answer is not free text (an identifier, a code, a number)
// or the path is unknown. An item of a list of texts has the list's kind.
func TextKind(path string) string {
	t := reflect.TypeFor[Answers]()
	kind := ""
	for _, seg := range strings.Split(path, ".") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if _, isIndex := PathIndex(seg); isIndex {
			continue // an index: its element's type is t already
		}
		if t.Kind() != reflect.Struct {
			return ""
		}
		f, ok := jsonField(t, seg)
		if !ok {
			return ""
		}
		t, kind = f.Type, f.Tag.Get("tr")
	}
	return kind
}

// jsonField finds the field of struct type t written as name in JSON.
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			if sf, ok := jsonField(f.Type, name); ok {
				return sf, true
			}
			continue
		}
		if n, _, _ := strings.Cut(f.Tag.Get("json"), ","); n == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// TextIn is one free text of a (a register's name in a change note, say)
// in lang: its translation, or the main-language text marked as foreign
// when it has none, as Localize prints it.
func TextIn(a *Answers, lang, s string) string {
	main := MainLanguage(a)
	if t, ok := Translated(a, main, lang, s, "text"); ok {
		return t
	}
	return fallback(main, lang, strings.TrimSpace(s))
}
