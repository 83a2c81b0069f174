package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// SetTranslation writes, in its own transaction, text as the translation
// into lang of the main-language answer main (see Localize); an empty text
// removes it. The glossary is keyed by whole texts, which may hold dots,
// so it cannot be written through an answer path.
func (s *Store) SetTranslation(ctx context.Context, id int64, lang, main, text string) error {
	return s.AddTranslations(ctx, id, map[string]map[string]string{lang: {main: text}}, true)
}

// AddTranslations writes several translations at once (a register made
// from a template brings its own). With replace unset, an entry the user
// has already written is kept.
func (s *Store) AddTranslations(ctx context.Context, id int64, g map[string]map[string]string, replace bool) error {
	for lang := range g {
		if !slices.Contains(Languages, lang) {
			return fmt.Errorf("unknown document language %q", lang)
		}
	}
	return s.editAnswers(ctx, id, func(doc any) (any, error) {
		root, _ := doc.(map[string]any)
		if root == nil {
			root = map[string]any{}
		}
		tr, _ := root["translations"].(map[string]any)
		if tr == nil {
			tr = map[string]any{}
		}
		for lang, entries := range g {
			gl, _ := tr[lang].(map[string]any)
			if gl == nil {
				gl = map[string]any{}
			}
			for k, v := range entries {
				k, v = strings.TrimSpace(k), strings.TrimSpace(v)
				switch _, had := gl[k]; {
				case k == "":
				case v == "" && replace:
					delete(gl, k)
				case v != "" && (replace || !had):
					gl[k] = v
				}
			}
			tr[lang] = gl
		}
		root["translations"] = tr
		return root, nil
	}, "")
}
