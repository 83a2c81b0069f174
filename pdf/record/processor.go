package record

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// processorSections are the processor's record of art. 30(2), from the
// processor-terms answers: (a) the processor and the controllers it acts
// for, (b) the categories of processing, (c) transfers, (d) security.
func (c *composer) processorSections() []doc.Section {
	t := c.t
	pt := &c.a.ProcessorTerms
	if !pt.Enabled {
		return []doc.Section{{Title: t.ProcessorTitle, Blocks: paras(t.NotProcessor)}}
	}
	return []doc.Section{
		{Title: t.ProcessorL + " (" + c.cite(30, 2, "a") + ")", Blocks: c.controllerFacts()},
		{Title: t.ControllersL + " (" + c.cite(30, 2, "a") + ")", Blocks: c.controllers(pt)},
		{Title: t.ProcessingL + " (" + c.cite(30, 2, "b") + ")", Blocks: c.processing(pt)},
		{Title: t.TransfersL + " (" + c.cite(30, 2, "c") + ")", Blocks: c.processorTransfers(pt)},
		{Title: t.SecurityL + " (" + c.cite(30, 2, "d") + ", " + c.cite(32, 1, "") + ")", Blocks: c.list(c.processorSecurity(pt))},
	}
}

// controllers is each category of controller the processor acts for: the
// customers of the service, as the answers describe them.
func (c *composer) controllers(pt *data.ProcessorTerms) []doc.Block {
	return append(facts(
		doc.Fact{Label: c.t.ServiceL, Value: c.value(pt.ServiceName)},
		doc.Fact{Label: c.t.CustomersL, Value: c.value(pt.CustomersAre)},
	), paras(c.t.ControllersNote)...)
}

func (c *composer) processing(pt *data.ProcessorTerms) []doc.Block {
	b := facts(
		doc.Fact{Label: c.t.SubjectMatterL, Value: c.value(pt.SubjectMatter)},
		doc.Fact{Label: c.t.NatureL, Value: c.value(pt.NaturePurpose)},
		doc.Fact{Label: c.t.DurationL, Value: strings.TrimSpace(pt.Duration)},
	)
	b = append(b, item(c.t.SubjectsL, c.list(pt.DataSubjects))...)
	cats := append([]string(nil), pt.DataCategories...)
	if pt.SpecialCategoriesPossible {
		cats = append(cats, doc.Join(": ", c.t.SpecialL, pt.SpecialCategoriesDetails))
	}
	return append(b, item(c.t.DataL, c.list(cats))...)
}

// processorTransfers says where the data is processed, and each
// sub-processor outside the EU/EEA with its country and safeguard.
func (c *composer) processorTransfers(pt *data.ProcessorTerms) []doc.Block {
	var rows [][]string
	if pt.DataLocation == data.LocationThirdCountry {
		rows = append(rows, []string{c.value(pt.ServiceName), c.value(pt.DataCountry), c.safeguard(pt.DataSafeguard)})
	}
	for _, s := range pt.SubProcessors {
		if s.OutsideEEA {
			rows = append(rows, []string{c.value(s.Name), c.value(s.Location), c.safeguard(s.Safeguard)})
		}
	}
	if len(rows) == 0 {
		if pt.DataLocation == "" {
			return paras(c.value(""))
		}
		return paras(c.t.NoTransfers)
	}
	return []doc.Block{doc.Table{Header: []string{c.t.RecipientL, c.t.CountryL, c.t.SafeguardL}, Rows: rows, Widths: []float64{3, 2, 4}}}
}

func (c *composer) processorSecurity(pt *data.ProcessorTerms) []string {
	var out []string
	for _, code := range pt.SecurityMeasures {
		out = append(out, vocab.Label(vocab.SecurityMeasures, code, c.lang))
	}
	return append(out, pt.SecurityOther)
}
