package terms

import (
	"fmt"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// annexes returns Annex 1 (parties), 2 (description of the processing),
// 3 (security measures) and 4 (sub-processors), each on a new page. The
// clauses refer to them by these numbers.
func (c *composer) annexes() []doc.Section {
	parts := []struct {
		title string
		body  func() ([]doc.Block, []doc.Section)
	}{
		{c.t.PartiesTitle, c.parties},
		{c.t.ProcessingTitle, c.processing},
		{c.t.MeasuresTitle, c.measures},
		{c.t.SubsTitle, c.subProcessorTable},
	}
	out := make([]doc.Section, len(parts))
	for i, p := range parts {
		blocks, subs := p.body()
		out[i] = doc.Section{Title: fmt.Sprintf(c.t.Annex, i+1, p.title),
			Blocks: blocks, Subsections: subs, NewPage: true}
	}
	return out
}

// parties is Annex 1: our full details, and the customer's either as lines
// to fill in or, when accepted electronically, as named in the service.
func (c *composer) parties() ([]doc.Block, []doc.Section) {
	t := c.t
	o := c.org
	processor := facts(
		doc.Fact{Label: t.NameL, Value: o.Name},
		doc.Fact{Label: t.BusinessIDL, Value: o.BusinessID},
		doc.Fact{Label: t.AddressL, Value: address(o)},
		doc.Fact{Label: t.EmailL, Value: o.Email},
		doc.Fact{Label: t.PhoneL, Value: o.Phone},
		doc.Fact{Label: t.WebsiteL, Value: o.Website},
		doc.Fact{Label: t.ContactL, Value: contactLine(o.PrivacyContact)},
	)
	if processor == nil {
		processor = para(t.NotGiven)
	}
	customer := para(t.CustomerAsAgreed)
	if !c.electronic() {
		// The heading is the sub-section's; the block only holds the blanks.
		customer = []doc.Block{doc.Signature{Parties: []doc.Party{{
			Lines: []doc.SignLine{{Label: t.NameL}, {Label: t.BusinessIDL}, {Label: t.AddressL},
				{Label: t.ContactL}, {Label: t.EmailL}, {Label: t.PhoneL}},
		}}}}
	}
	return nil, []doc.Section{
		{Title: t.ProcessorHeading, Blocks: processor},
		{Title: t.CustomerHeading, Blocks: customer},
	}
}

// processing is Annex 2, the description art. 28(3) asks for.
func (c *composer) processing() ([]doc.Block, []doc.Section) {
	t := c.t
	pt := c.pt
	special := t.SpecialNoShort
	if pt.SpecialCategoriesPossible {
		// Refer to clause 3.6 for extra safeguards only when it has them.
		ref := ""
		if trimStop(pt.SpecialSafeguards) != "" {
			ref = t.SpecialSafeguardsRef
		}
		special = join(" ", t.SpecialYesShort, endStop(pt.SpecialCategoriesDetails), ref)
	}
	where := c.location()
	if len(c.subProcessors()) > 0 {
		where += " " + t.WhereSubs
	}
	top := facts(doc.Fact{Label: t.ServiceL, Value: pt.ServiceName})
	subs := []doc.Section{
		{Title: t.SubjectsL, Blocks: c.listOrNot(pt.DataSubjects)},
		{Title: t.CategoriesL, Blocks: c.listOrNot(pt.DataCategories)},
		{Title: t.SpecialL, Blocks: para(special)},
	}
	// The nature and purpose is never copied from the subject-matter: that
	// would state a purpose the customer never gave. A draft shows the gap;
	// the final version leaves the row out.
	if nature := or(pt.NaturePurpose, ""); nature != "" {
		subs = append(subs, doc.Section{Title: t.NatureL, Blocks: para(nature)})
	} else if c.draft {
		subs = append(subs, doc.Section{Title: t.NatureL, Blocks: para(t.NotGivenDraft)})
	}
	return top, append(subs,
		doc.Section{Title: t.SubjectMatterL, Blocks: para(or(pt.SubjectMatter, t.NotGiven))},
		doc.Section{Title: t.DurationL, Blocks: para(or(pt.Duration, t.NotGiven))},
		doc.Section{Title: t.WhereL, Blocks: para(where)},
	)
}

// listOrNot is a bulleted list of the non-empty items, or "not specified".
func (c *composer) listOrNot(items []string) []doc.Block {
	if items = clean(items); len(items) == 0 {
		return para(c.t.NotGiven)
	}
	return []doc.Block{doc.List{Items: items}}
}

// measures is Annex 3: each chosen measure with the shared vocabulary's
// label and plain explanation.
func (c *composer) measures() ([]doc.Block, []doc.Section) {
	t := c.t
	var rows [][]string
	for _, code := range clean(c.pt.SecurityMeasures) {
		term, ok := vocab.Find(vocab.SecurityMeasures, code)
		if !ok {
			rows = append(rows, []string{code, ""})
			continue
		}
		rows = append(rows, []string{term.Label.In(c.lang), term.Help.In(c.lang)})
	}
	other := trimStop(c.pt.SecurityOther)
	if len(rows) == 0 && other == "" {
		return para(t.MeasuresNone), nil
	}
	b := para(t.MeasuresIntro)
	if len(rows) > 0 {
		b = append(b, doc.Table{Header: []string{t.MeasureCol, t.MeaningCol}, Rows: rows, Widths: []float64{2, 3}})
	}
	if other != "" {
		b = append(b, para(fmt.Sprintf(t.MeasuresOther, other+"."))...)
	}
	return b, nil
}

// subProcessors returns the sub-processors that have a name.
func (c *composer) subProcessors() []data.SubProcessor {
	var out []data.SubProcessor
	for _, s := range c.pt.SubProcessors {
		if or(s.Name, "") != "" {
			out = append(out, s)
		}
	}
	return out
}

// subProcessorTable is Annex 4. The safeguard column names the transfer
// tool only for sub-processors outside the EU/EEA.
func (c *composer) subProcessorTable() ([]doc.Block, []doc.Section) {
	t := c.t
	subs := c.subProcessors()
	if len(subs) == 0 {
		return para(t.SubsNone), nil
	}
	rows := make([][]string, len(subs))
	for i, s := range subs {
		safeguard := t.EEA
		if s.OutsideEEA {
			safeguard = "–"
			if s.Safeguard != "" {
				safeguard = vocab.Label(vocab.Safeguards, s.Safeguard, c.lang)
			}
		}
		rows[i] = []string{or(s.Name, ""), or(s.Service, "–"), or(s.Location, "–"), safeguard}
	}
	return append(para(t.SubsIntro), doc.Table{Header: t.SubCols[:], Rows: rows, Widths: []float64{3, 3, 2, 3}}), nil
}
