package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/wizard"
)

// The wizard asks every free-text answer once, in the main document
// language, and below it the same answer in each other chosen document
// language, marked as a translation. A translation is one entry of the
// organisation's glossary (data.Answers.Translations): typed once, it
// serves every field with the same text. A fixed phrase (a country, a
// court, "Suomen laki") is translated by the program and only shown.

// trTexts are the texts of the translation entries, in the UI language.
var trTexts = struct {
	in                                 map[string]vocab.Text
	label, missing, auto, same, before vocab.Text
}{
	in: map[string]vocab.Text{
		"fi": {FI: "suomeksi", SV: "på finska", EN: "in Finnish"},
		"sv": {FI: "ruotsiksi", SV: "på svenska", EN: "in Swedish"},
		"en": {FI: "englanniksi", SV: "på engelska", EN: "in English"},
	},
	label:   vocab.Text{FI: "Käännös {0}", SV: "Översättning {0}", EN: "Translation {0}"},
	missing: vocab.Text{FI: "Käännös puuttuu: asiakirja {0} on luonnos, kunnes kirjoitat sen.", SV: "Översättningen saknas: dokumentet {0} är ett utkast tills du skriver den.", EN: "Translation missing: the document {0} is a draft until you write it."},
	auto:    vocab.Text{FI: "{0}: {1} (ohjelma kääntää)", SV: "{0}: {1} (programmet översätter)", EN: "{0}: {1} (translated by the program)"},
	same:    vocab.Text{FI: "Sama teksti", SV: "Samma text", EN: "Same text"},
	before:  vocab.Text{FI: "Aiempi käännös: {0}", SV: "Tidigare översättning: {0}", EN: "Earlier translation: {0}"},
}

// trEntry is one translation entry on the page, for tests and jumps.
type trEntry struct {
	entry *widget.Entry
	main  string // the main-language text it translates
}

// translationEntries are the translation entries of the rendered page of
// each wizard, by answer path and language ("registers.0.name|sv").
var translationEntries = map[*wizardView]map[string]trEntry{}

// trBox is the translations of one question.
type trBox struct {
	w     *wizardView
	f     *field
	kind  string
	box   *fyne.Container
	shown map[string]string // row key -> translation last shown, for the hint
}

// translations returns the translation entries of f for the other chosen
// document languages, or nil when f is not free text or only one language
// is chosen. It follows f's main text as it is typed.
func (w *wizardView) translations(f *field) fyne.CanvasObject {
	kind := data.TextKind(f.path)
	if kind == "" || !slices.Contains([]wizard.Kind{wizard.ShortText, wizard.LongText, wizard.List}, f.q.Kind) || len(otherLanguages(w.a)) == 0 {
		return nil
	}
	tb := &trBox{w: w, f: f, kind: kind, box: container.NewVBox(), shown: map[string]string{}}
	tb.draw()
	follow := func(e *widget.Entry) {
		prev := e.OnChanged
		e.OnChanged = func(s string) {
			if prev != nil {
				prev(s)
			}
			tb.draw()
		}
	}
	if f.entry != nil {
		follow(f.entry)
	}
	if f.list != nil {
		for _, e := range f.list.entries {
			follow(e)
		}
	}
	return tb.box
}

// otherLanguages are the chosen document languages other than the main one.
func otherLanguages(a *data.Answers) []string {
	main := data.MainLanguage(a)
	var out []string
	for _, l := range a.Organisation.DocumentLanguages {
		if l != main && slices.Contains(data.Languages, l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// mainTexts are the answers of f as the user sees them now, with their
// paths (one for a text, one per item for a list).
func (tb *trBox) mainTexts() (paths, texts []string) {
	if tb.f.list != nil {
		for i, s := range tb.f.list.items {
			paths = append(paths, tb.f.path+"."+strconv.Itoa(i))
			texts = append(texts, s)
		}
		return paths, texts
	}
	if tb.f.entry != nil {
		// What is typed, before the pause in typing saves it.
		return []string{tb.f.path}, []string{tb.f.entry.Text}
	}
	return []string{tb.f.path}, []string{tb.w.current(tb.f)}
}

// draw lays out one row per main text and language.
func (tb *trBox) draw() {
	w := tb.w
	tb.box.RemoveAll()
	if translationEntries[w] == nil {
		translationEntries[w] = map[string]trEntry{}
	}
	paths, texts := tb.mainTexts()
	main := data.MainLanguage(w.a)
	for i, text := range texts {
		key := strings.TrimSpace(text)
		if key == "" {
			continue
		}
		for _, l := range otherLanguages(w.a) {
			tb.row(paths[i], key, main, l, len(texts) > 1 || tb.f.list != nil)
		}
	}
	tb.box.Refresh()
}

// row is the translation of key into l: shown when the program translates
// it, else an entry with its missing mark.
func (tb *trBox) row(path, key, main, l string, quote bool) {
	w := tb.w
	in := trTexts.in[l].In(w.lang)
	mine := w.a.Translations[l][key]
	t, ok := data.Translated(w.a, main, l, key, tb.kind)
	if ok && mine == "" {
		tb.box.Add(muted(vocab.Fill(trTexts.auto.In(w.lang), in, t)))
		return
	}
	if t, ok := suggested(tb.f.q, key, l); ok && mine == "" {
		// A ready answer of the question was picked: the catalogue has
		// its text in every language, so it is filled in, still editable.
		data.SetTranslation(w.a, l, key, t)
		w.report(w.sh.Store.SetTranslation(context.Background(), w.org, l, key, t))
		mine = t
	}
	label := vocab.Fill(trTexts.label.In(w.lang), in)
	if quote {
		label = "“" + key + "” — " + label
	}
	e := newEntry(tb.f.q.Kind == wizard.LongText)
	e.SetText(mine)
	rowKey := path + "|" + l
	e.SetPlaceHolder(trTexts.in[l].In(w.lang))
	if prev := tb.shown[rowKey]; mine == "" && prev != "" {
		e.SetPlaceHolder(vocab.Fill(trTexts.before.In(w.lang), prev))
	}
	tb.shown[rowKey] = mine
	miss := widget.NewLabel(vocab.Fill(trTexts.missing.In(w.lang), in))
	miss.Importance = widget.WarningImportance
	miss.Wrapping = fyne.TextWrapWord
	showMissing := func(s string) {
		if strings.TrimSpace(s) == "" {
			miss.Show()
		} else {
			miss.Hide()
		}
	}
	showMissing(mine)
	e.OnChanged = func(s string) {
		data.SetTranslation(w.a, l, key, s)
		tb.shown[rowKey] = strings.TrimSpace(s)
		w.report(w.sh.Store.SetTranslation(context.Background(), w.org, l, key, s))
		showMissing(s)
		w.sideRows = w.buildSideRows()
		w.side.Refresh()
	}
	same := widget.NewButtonWithIcon(trTexts.same.In(w.lang), theme.ContentCopyIcon(), func() { e.SetText(key) })
	translationEntries[w][rowKey] = trEntry{entry: &e.Entry, main: key}
	tb.box.Add(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		container.NewBorder(nil, nil, nil, same, e),
		miss)))
}

// suggested is the text in l of the question's ready answer key, when key
// is one of them (in any language).
func suggested(q wizard.Question, key, l string) (string, bool) {
	for _, sg := range q.Suggestions {
		if slices.Contains([]string{sg.FI, sg.SV, sg.EN}, key) && strings.TrimSpace(sg.In(l)) != "" {
			return sg.In(l), true
		}
	}
	return "", false
}

// keepChosenOrder keeps the document languages in the order they were
// chosen: the first is the main language, so ticking Swedish for a
// Finnish company must not make Swedish the main one (options come in
// the order fi, sv, en). Other lists keep the order of their options.
func (w *wizardView) keepChosenOrder(f *field, codes []string) []string {
	if f.path != "organisation.document_languages" {
		return codes
	}
	var out []string
	for _, l := range w.a.Organisation.DocumentLanguages {
		if slices.Contains(codes, l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	for _, c := range codes {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
