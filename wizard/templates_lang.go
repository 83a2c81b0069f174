package wizard

import "tietosuojapakki/data"

// TemplateTranslations are the texts of the template's register in every
// language other than main, as a glossary keyed by the main-language text
// (see data.Localize): a register made from a template is complete in all
// three languages without the user typing a translation.
func TemplateTranslations(t Template, main string) map[string]map[string]string {
	in := func(lang string) []data.TextField {
		return data.TextFields(&data.Answers{Registers: []data.Register{t.Register(lang)}})
	}
	src := in(main)
	out := map[string]map[string]string{}
	for _, lang := range data.Languages {
		if lang == main {
			continue
		}
		dst := in(lang)
		if len(dst) != len(src) {
			continue // a template lacking a language: nothing is guessed
		}
		g := map[string]string{}
		for i, f := range src {
			// One text has one translation: where the template repeats a
			// main-language text ("Job applicants" as name and as data
			// subjects), the first use decides.
			if _, had := g[f.Text]; !had && dst[i].Path == f.Path {
				g[f.Text] = dst[i].Text
			}
		}
		out[lang] = g
	}
	return out
}

// addTranslations adds g's entries to a's glossary, keeping any the user
// has written.
func addTranslations(a *data.Answers, g map[string]map[string]string) {
	for lang, entries := range g {
		for k, v := range entries {
			if _, had := a.Translations[lang][k]; !had {
				data.SetTranslation(a, lang, k, v)
			}
		}
	}
}
