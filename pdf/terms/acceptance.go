package terms

import (
	"fmt"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// electronic reports whether the customer accepts the terms in the service
// instead of signing them.
func (c *composer) electronic() bool {
	return c.pt.Acceptance == data.AcceptanceElectronic
}

// acceptance is the unnumbered part after the clauses: signature lines for
// both parties, or, for electronic acceptance, the sentence that says how
// and which version is accepted.
func (c *composer) acceptance() doc.Section {
	t := c.t
	if c.electronic() {
		return doc.Section{Title: t.AcceptTitle,
			Blocks: para(fmt.Sprintf(t.Electronic, c.service(), c.date))}
	}
	p := c.org.PrivacyContact
	sign := doc.Signature{Parties: []doc.Party{
		{Heading: fmt.Sprintf(t.SignProcessor, c.orgName()), Lines: []doc.SignLine{
			{Label: t.PlaceDate}, {Label: t.SignatureLabel},
			{Label: t.NameLabel, Value: p.Name}, {Label: t.PositionLabel, Value: p.Title},
		}},
		{Heading: t.SignCustomer, Lines: []doc.SignLine{
			{Label: t.PlaceDate}, {Label: t.SignatureLabel},
			{Label: t.NameLabel}, {Label: t.PositionLabel},
		}},
	}}
	// A signature page of its own keeps the heading and the sentence saying
	// what is signed together with the lines (the renderer moves a signature
	// block that does not fit, but not the text before it).
	return doc.Section{Title: t.SignTitle, NewPage: true,
		Blocks: append(para(fmt.Sprintf(t.SignIntro, c.date)), sign)}
}
