package wizard

import (
	"slices"
	"strconv"
	"strings"

	"tietosuojapakki/data"
)

// A document is wholly in its reader's language (GDPR art. 12(1): the
// information in a concise, intelligible form, in clear and plain
// language). Every free-text answer needs its text in each document
// language; until it has one, a document in that language is a draft.
// The findings are per language: a missing Swedish text blocks the Swedish
// documents only (Finding.Lang).

// translations adds a finding for each free-text answer that lacks its
// text in one of the organisation's document languages.
func (c *checker) translations(a *data.Answers) {
	for _, lang := range documentLanguages(a) {
		c.out = append(c.out, LanguageFindings(a, lang)...)
	}
}

// documentLanguages are the chosen document languages other than the main
// one, each once.
func documentLanguages(a *data.Answers) []string {
	main := data.MainLanguage(a)
	var out []string
	for _, l := range a.Organisation.DocumentLanguages {
		if l != main && slices.Contains(data.Languages, l) && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// LanguageFindings lists every free-text answer without its text in lang,
// each with the question that asks it (the translation is entered below
// the answer). It is empty for the main language.
func LanguageFindings(a *data.Answers, lang string) []Finding {
	if lang == data.MainLanguage(a) {
		// Every answer is written in the main language: nothing to find,
		// and no copy of the answers to make (the check of each document
		// in it asks).
		return nil
	}
	missing := data.Untranslated(a, lang)
	if len(missing) == 0 {
		return nil
	}
	var out []Finding
	ids := translationQuestions()
	for _, m := range missing {
		out = append(out, Finding{
			Article:    "12(1)",
			QuestionID: questionOf(ids, pathTemplate(m.Path)),
			Path:       m.Path,
			Register:   registerOf(m.Path),
			Severity:   Missing,
			Lang:       lang,
			Message:    tf(translateInto[lang], short(m.Text)),
		})
	}
	return out
}

// CheckFor is Check for a document in lang: the findings of every
// language and those of lang (also when lang is not one of the chosen
// document languages).
func CheckFor(a *data.Answers, lang string) []Finding {
	// Check's translation findings of the other document languages would
	// be dropped here, and each costs a copy of the answers (Localize):
	// only lang's are made. Same findings, same order as
	// ForLanguage(Check(a), lang) with lang's translations last.
	return append(ForLanguage(checkAnswers(a).out, lang), LanguageFindings(a, lang)...)
}

// ForLanguage keeps the findings that concern a document in lang: those of
// every language and those of lang.
func ForLanguage(fs []Finding, lang string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Lang == "" || f.Lang == lang {
			out = append(out, f)
		}
	}
	return out
}

var translateInto = map[string]Text{
	"fi": T("Suomenkielinen teksti puuttuu: ”%s”. Kirjoita se vastauksen alle.", "Den finska texten saknas: ”%s”. Skriv den under svaret.", "The Finnish text is missing: “%s”. Write it below the answer."),
	"sv": T("Ruotsinkielinen teksti puuttuu: ”%s”. Kirjoita se vastauksen alle.", "Den svenska texten saknas: ”%s”. Skriv den under svaret.", "The Swedish text is missing: “%s”. Write it below the answer."),
	"en": T("Englanninkielinen teksti puuttuu: ”%s”. Kirjoita se vastauksen alle.", "Den engelska texten saknas: ”%s”. Skriv den under svaret.", "The English text is missing: “%s”. Write it below the answer."),
}

// short cuts a long answer for a message.
func short(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= 60 {
		return string(r)
	}
	return string(r[:57]) + "…"
}

// translationQuestions maps every question's path template
// ("registers.{i}.purposes.{i}.description") to its ID.
func translationQuestions() map[string]string {
	out := map[string]string{}
	Walk(Default(), func(q Question, base string) {
		out[Join(base, q.Path)] = q.ID
	})
	return out
}

// questionOf is the question of the template, or of the nearest record
// or object around it that has one (the DPO's title is not asked, the DPO
// is).
func questionOf(ids map[string]string, tmpl string) string {
	for tmpl != "" {
		if id, ok := ids[tmpl]; ok {
			return id
		}
		i := strings.LastIndex(tmpl, ".")
		if i < 0 {
			break
		}
		tmpl = strings.TrimSuffix(tmpl[:i], ".{i}")
	}
	return ""
}

// pathTemplate turns an answer path into its question's template: indexes
// become {i}, and an item of a list of texts is the list itself.
func pathTemplate(path string) string {
	segs := strings.Split(path, ".")
	if _, err := strconv.Atoi(segs[len(segs)-1]); err == nil {
		segs = segs[:len(segs)-1]
	}
	for i, s := range segs {
		if _, err := strconv.Atoi(s); err == nil {
			segs[i] = "{i}"
		}
	}
	return strings.Join(segs, ".")
}
