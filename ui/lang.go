package ui

import (
	"encoding/json"
	"path"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"tietosuojapakki/assets"
)

// The window's language is the user's choice in Asetukset, not the
// system's. Fyne picks its translations by matching the system's locale
// (on Linux the LANG family of variables, on Windows and macOS the
// user's region settings) against the languages it has; it offers no
// way to choose one. So setLanguage registers the chosen language's
// texts, ours and Fyne's own (dialog buttons, file dialogs, weekday
// names), under the very locales Fyne will match: the system's locale,
// its bare language, and English, Fyne's fallback when nothing matches.
// No environment variable is set, so the choice holds on every system.

// fyneMessages is the folder of our translations of Fyne's own message
// keys (Fyne ships none for Finnish; its Swedish lacks some keys).
const fyneMessages = "i18n/fyne"

// messageFolders are the translation folders registered for a language.
func messageFolders() []string {
	return append([]string{fyneMessages}, assets.Parts...)
}

// setLanguage makes l ("fi", "sv" or "en") the language of every text of
// the window.
func setLanguage(l string) {
	msgs, err := languageMessages(l)
	if err != nil {
		fyne.LogError("loading translations", err)
		return
	}
	for _, loc := range matchedLocales() {
		if err := lang.AddTranslationsForLocale(msgs, loc); err != nil {
			fyne.LogError("registering translations for "+loc.String(), err)
		}
	}
}

// languageMessages merges every folder's file of language l into one JSON
// object.
func languageMessages(l string) ([]byte, error) {
	all := map[string]json.RawMessage{}
	for _, dir := range messageFolders() {
		b, err := assets.I18n.ReadFile(path.Join(dir, l+".json"))
		if err != nil {
			return nil, err
		}
		var part map[string]json.RawMessage
		if err := json.Unmarshal(b, &part); err != nil {
			return nil, err
		}
		for k, v := range part {
			all[k] = v
		}
	}
	return json.Marshal(all)
}

// matchedLocales are the locales Fyne may choose on this system: English
// (its fallback), and the system's locale with and without its region.
func matchedLocales() []fyne.Locale {
	out := []fyne.Locale{"en"}
	sys := lang.SystemLocale()
	for _, loc := range []fyne.Locale{fyne.Locale(sys.LanguageString()), baseLanguage(sys)} {
		if loc == "" || loc == "und" || contains(out, loc) {
			continue
		}
		out = append(out, loc)
	}
	return out
}

// baseLanguage is the language part of a locale: "fi" of "fi-FI".
func baseLanguage(l fyne.Locale) fyne.Locale {
	s := l.String()
	for i, r := range s {
		if r == '-' || r == '_' {
			return fyne.Locale(s[:i])
		}
	}
	return l
}

func contains(ls []fyne.Locale, l fyne.Locale) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}
