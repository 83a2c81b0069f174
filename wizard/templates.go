package wizard

import (
	"strconv"

	"tietosuojapakki/data"
)

// Template is a ready register the user can start from and then edit: the
// usual data subjects, purposes with their bases, data, sources and
// retention periods with their legal grounds.
type Template struct {
	ID   string
	Name Text
	Help Text
	spec registerSpec
}

// Register returns the template's register written in lang.
func (t Template) Register(lang string) data.Register {
	s := t.spec
	r := data.Register{
		Name:                 s.name.In(lang),
		DataSubjects:         texts(s.subjects, lang),
		Requirement:          data.Requirement{Kind: s.requirement, Consequence: s.consequence.In(lang)},
		PersonalIdentityCode: s.pic,
		PICGround:            s.picGround.In(lang),
		Purposes:             []data.Purpose{},
		DataCategories:       []data.DataCategory{},
		SpecialCategories:    []data.SpecialCategory{},
		Sources:              []data.Source{},
		Recipients:           []data.Recipient{},
		ProcessorIDs:         []string{},
		Transfers:            []data.Transfer{},
		Retention:            []data.RetentionRule{},
		Security:             data.SecurityDescription{Measures: []string{}},
	}
	for _, p := range s.purposes {
		r.Purposes = append(r.Purposes, data.Purpose{Description: p.desc.In(lang), LegalBasis: p.basis, Law: p.law.In(lang), LegitimateInterest: p.interest.In(lang)})
	}
	for _, c := range s.categories {
		r.DataCategories = append(r.DataCategories, data.DataCategory{Name: c.In(lang)})
	}
	for _, c := range s.special {
		r.SpecialCategories = append(r.SpecialCategories, data.SpecialCategory{Category: c.category, Condition: c.condition, Details: c.details.In(lang)})
	}
	for _, src := range s.sources {
		r.Sources = append(r.Sources, data.Source{Description: src.desc.In(lang), Public: src.public})
	}
	for _, rc := range s.recipients {
		r.Recipients = append(r.Recipients, data.Recipient{Name: rc.name.In(lang), Reason: rc.reason.In(lang)})
	}
	for _, rt := range s.retention {
		r.Retention = append(r.Retention, data.RetentionRule{Data: rt.data.In(lang), Period: rt.period.In(lang), Basis: rt.basis.In(lang)})
	}
	return r
}

// MainLanguage is the organisation's first document language, Finnish when
// none is chosen.
func MainLanguage(a *data.Answers) string { return data.MainLanguage(a) }

// AddRegister appends a register made from t in the organisation's main
// language, with its texts in the other languages (TemplateTranslations),
// and returns its index.
func AddRegister(a *data.Answers, t Template) (int, error) {
	i := len(a.Registers)
	if err := Set(a, "registers."+strconv.Itoa(i), t.Register(MainLanguage(a))); err != nil {
		return i, err
	}
	addTranslations(a, TemplateTranslations(t, MainLanguage(a)))
	return i, nil
}

// FindTemplate returns the template with id.
func FindTemplate(id string) (Template, bool) {
	for _, t := range Templates() {
		if t.ID == id {
			return t, true
		}
	}
	return Template{}, false
}

func texts(ts []Text, lang string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.In(lang)
	}
	return out
}

type registerSpec struct {
	name        Text
	subjects    []Text
	purposes    []purposeSpec
	requirement string
	consequence Text
	categories  []Text
	special     []specialSpec
	pic         bool
	picGround   Text
	sources     []sourceSpec
	recipients  []recipientSpec
	retention   []retentionSpec
}

type purposeSpec struct {
	desc     Text
	basis    data.LegalBasis
	law      Text
	interest Text
}

type specialSpec struct {
	category, condition string
	details             Text
}

type sourceSpec struct {
	desc   Text
	public bool
}

type recipientSpec struct{ name, reason Text }

type retentionSpec struct{ data, period, basis Text }
