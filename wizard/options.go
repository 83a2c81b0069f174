package wizard

import (
	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// Languages are the languages a document can be written in.
var Languages = []vocab.Term{
	{Code: "fi", Label: T("Suomi", "Finska", "Finnish")},
	{Code: "sv", Label: T("Ruotsi", "Svenska", "Swedish")},
	{Code: "en", Label: T("Englanti", "Engelska", "English")},
}

// optionLists are the vocabularies a question can name in OptionsFrom.
var optionLists = map[string][]vocab.Term{
	"legal_bases":        vocab.LegalBases,
	"safeguards":         vocab.Safeguards,
	"security_measures":  vocab.SecurityMeasures,
	"requirement_kinds":  vocab.RequirementKinds,
	"special_categories": vocab.SpecialCategories,
	"art9_conditions":    vocab.Art9Conditions,
	"authorisations":     vocab.Authorisations,
	"end_of_service":     vocab.EndOfService,
	"locations":          vocab.Locations,
	"acceptances":        vocab.Acceptances,
	"languages":          Languages,
	"recipient_roles":    vocab.RecipientRoles,
	"art49_points":       vocab.Art49Points,
}

// OptionList returns the vocabulary called name.
func OptionList(name string) ([]vocab.Term, bool) {
	l, ok := optionLists[name]
	return l, ok
}

// Choices returns the options of a Choice or MultiChoice question; options
// built from records (processors) come from a.
func Choices(q Question, a *data.Answers) []vocab.Term {
	switch {
	case len(q.Options) > 0:
		return q.Options
	case q.OptionsFrom != "":
		l, _ := OptionList(q.OptionsFrom)
		return l
	case q.RecordOptions != nil && a != nil:
		return recordChoices(*q.RecordOptions, a)
	}
	return nil
}

func recordChoices(ro RecordOptions, a *data.Answers) []vocab.Term {
	list, _ := Get(a, ro.Path).([]any)
	var out []vocab.Term
	for _, r := range list {
		m, _ := r.(map[string]any)
		code := scalar(m[ro.CodeField])
		if code == "" {
			continue
		}
		label := scalar(m[ro.LabelField])
		if label == "" {
			label = code
		}
		out = append(out, vocab.Term{Code: code, Label: T(label, label, label)})
	}
	return out
}
