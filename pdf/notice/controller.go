package notice

import (
	"strconv"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// controllerSection is section 1: the registers, the controller's identity
// and contacts (art. 13(1)(a)), the privacy contact, the DPO (13(1)(b)),
// the dates and the law the notice is written under.
func (c *composer) controllerSection() doc.Section {
	t, o := c.t, c.a.Organisation
	var rows []doc.Fact
	rows = c.registerFacts(rows)
	rows = c.fact(rows, t.Controller, o.Name, true)
	rows = c.fact(rows, t.BusinessID, o.BusinessID, true)
	rows = c.fact(rows, t.Address, joinNonEmpty(", ", o.Street, joinNonEmpty(" ", o.PostalCode, o.City)), true)
	rows = c.fact(rows, t.Email, o.Email, true)
	rows = c.fact(rows, t.Phone, o.Phone, false)
	rows = c.fact(rows, t.Website, o.Website, false)
	rows = c.fact(rows, t.Created, c.date(c.created), true)
	rows = c.fact(rows, t.Updated, c.date(c.updated), true)
	if c.opt.Version > 0 {
		rows = c.fact(rows, t.Version, strconv.Itoa(c.opt.Version), false)
	}
	rows = c.fact(rows, t.LawLabel, t.Law, true)

	s := doc.Section{Title: t.SecController, Blocks: []doc.Block{doc.Facts{Rows: rows}}}
	contact := c.contactFacts(o.PrivacyContact, true)
	s.Subsections = addSub(s.Subsections, t.SecContact, contact)
	switch {
	case o.DPO != nil && !emptyContact(*o.DPO):
		s.Subsections = addSub(s.Subsections, t.SecDPO, c.contactFacts(*o.DPO, false))
	case !emptyContact(o.PrivacyContact):
		// Saying so plainly saves the reader from looking for one, and
		// points to the contact person instead.
		s.Subsections = addSub(s.Subsections, t.SecDPO, para(nil, t.NoDPO))
	}
	s.Subsections = addSub(s.Subsections, t.SecOtherProcessors, c.otherProcessors())
	return s
}

// otherProcessors lists the processors that no register names: they process
// personal data on the controller's behalf, so the notice does not leave
// them out (art. 13(1)(e)); the check asks the user to tie each to its
// registers.
func (c *composer) otherProcessors() []doc.Block {
	used := map[string]bool{}
	for _, r := range c.a.Registers {
		for _, id := range r.ProcessorIDs {
			used[strings.TrimSpace(id)] = true
		}
	}
	var rows [][]string
	for _, p := range c.a.Processors {
		if used[strings.TrimSpace(p.ID)] || strings.TrimSpace(p.Name) == "" {
			continue
		}
		rows = append(rows, []string{strings.TrimSpace(p.Name), strings.TrimSpace(p.Service), c.location(p.Location, p.Country)})
	}
	if len(rows) == 0 {
		return nil
	}
	return []doc.Block{doc.Paragraph{Text: c.t.OtherProcessors},
		doc.Table{Header: []string{c.t.ProcessorCol, c.t.ServiceCol, c.t.LocationCol}, Rows: rows, Widths: []float64{2, 3, 2}}}
}

// registerFacts names the register, or lists the registers with the
// section that describes each.
func (c *composer) registerFacts(rows []doc.Fact) []doc.Fact {
	switch len(c.regs) {
	case 0:
		return c.fact(rows, c.t.RegisterName, "", true)
	case 1:
		return c.fact(rows, c.t.RegisterName, c.regs[0].Name, true)
	}
	var names []string
	for i, r := range c.regs {
		names = append(names, c.t.RegisterRef(c.registerTitle(c.regIdx[i], r), registerNo(i)))
	}
	return c.fact(rows, c.t.RegisterNames, strings.Join(names, "; "), true)
}

// contactFacts lists a contact person; the privacy contact's name and e-mail
// are required, a DPO's only printed as given.
func (c *composer) contactFacts(p data.Contact, required bool) []doc.Block {
	var rows []doc.Fact
	rows = c.fact(rows, c.t.Name, p.Name, required)
	rows = c.fact(rows, c.t.Position, p.Title, false)
	rows = c.fact(rows, c.t.Email, p.Email, required)
	rows = c.fact(rows, c.t.Phone, p.Phone, false)
	if len(rows) == 0 {
		return nil
	}
	return []doc.Block{doc.Facts{Rows: rows}}
}

func emptyContact(p data.Contact) bool {
	return joinNonEmpty("", p.Name, p.Title, p.Email, p.Phone) == ""
}
