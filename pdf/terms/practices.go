package terms

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// Practices returns the page on the vendor's privacy practices: a short,
// public explanation for the service's users and their customers of who
// decides about their data (the customer organisations), what the vendor
// does as processor, where the data is and how it is protected.
func Practices(a *data.Answers, opt Options) *doc.Document {
	c := newComposer(a, opt)
	t := c.t
	d := c.frame(t.PracticesTitle, t.PSubject, t.PKeywords, opt.Draft)
	d.Footer = fmt.Sprintf(t.PVersion, c.date)
	d.Sections = []doc.Section{
		{Title: t.PWhoTitle, Blocks: c.practicesWho()},
		{Title: t.PRolesTitle, Blocks: c.practicesRoles()},
		{Title: t.PProcessorTitle, Blocks: paras(c.promise(c.pt.NoSale, t.PProcessor, t.PNoSale), t.PTermsAvailable)},
		{Title: t.PWhereTitle, Blocks: c.practicesWhere()},
		{Title: t.PSecurityTitle, Blocks: c.practicesSecurity()},
		{Title: t.POwnTitle, Blocks: c.practicesOwnData()},
		{Title: t.PContactTitle, Blocks: c.practicesContact()},
	}
	return d
}

func (c *composer) practicesWho() []doc.Block {
	t := c.t
	o := c.org
	b := para(fmt.Sprintf(t.PWho, c.service(), c.orgName()))
	return append(b, facts(
		doc.Fact{Label: t.NameL, Value: o.Name},
		doc.Fact{Label: t.BusinessIDL, Value: o.BusinessID},
		doc.Fact{Label: t.AddressL, Value: address(o)},
		doc.Fact{Label: t.WebsiteL, Value: o.Website},
		doc.Fact{Label: t.SupportEmail, Value: c.pt.SupportEmail},
		doc.Fact{Label: t.SupportPhone, Value: c.pt.SupportPhone},
	)...)
}

func (c *composer) practicesRoles() []doc.Block {
	controllers := c.t.PControllersAny
	if cust := trimStop(c.pt.CustomersAre); cust != "" {
		controllers = fmt.Sprintf(c.t.PControllers, cust)
	}
	return paras(controllers, c.t.PRequests)
}

func (c *composer) practicesWhere() []doc.Block {
	b := para(c.t.WhereL + ": " + c.location())
	var items []string
	for _, s := range c.subProcessors() {
		place := s.Location
		if s.OutsideEEA && s.Safeguard != "" {
			place = join(", ", place, vocab.Label(vocab.Safeguards, s.Safeguard, c.lang))
		}
		item := join(": ", s.Name, s.Service)
		if place = strings.TrimSpace(place); place != "" {
			item += " (" + place + ")"
		}
		items = append(items, item)
	}
	if len(items) > 0 {
		b = append(b, para(c.t.PSubsIntro)...)
		b = append(b, doc.List{Items: items})
	}
	return b
}

func (c *composer) practicesSecurity() []doc.Block {
	var items []string
	for _, code := range clean(c.pt.SecurityMeasures) {
		if term, ok := vocab.Find(vocab.SecurityMeasures, code); ok {
			items = append(items, term.Label.In(c.lang)+": "+term.Help.In(c.lang))
			continue
		}
		items = append(items, code)
	}
	if o := trimStop(c.pt.SecurityOther); o != "" {
		items = append(items, o)
	}
	var b []doc.Block
	if len(items) > 0 {
		b = append(para(c.t.PSecurityIntro), doc.List{Items: items})
	}
	if h := c.pt.BreachNoticeHours; h > 0 {
		b = append(b, para(fmt.Sprintf(c.t.PBreach, hoursWithin.N(h, c.lang)))...)
	}
	if b == nil {
		b = para(c.t.MeasuresNone)
	}
	return b
}

// practicesOwnData tells what the vendor keeps as a controller itself, from
// its customer register when the answers have one.
func (c *composer) practicesOwnData() []doc.Block {
	t := c.t
	var b []doc.Block
	if r := customerRegister(c.a.Registers); r != nil {
		var cats []string
		for _, dc := range r.DataCategories {
			cats = append(cats, dc.Name)
		}
		if cats = clean(cats); len(cats) > 0 {
			b = append(para(fmt.Sprintf(t.POwnRegister, strings.TrimSpace(r.Name))), doc.List{Items: cats})
		}
	}
	if b == nil {
		b = para(t.POwnGeneral)
	}
	b = append(b, para(t.POwnNotice)...)
	if w := strings.TrimSpace(c.org.Website); w != "" {
		b = append(b, para(fmt.Sprintf(t.PNoticeAt, w))...)
	}
	return b
}

// customerWords mark a register of the organisation's own customers in the
// three languages.
var customerWords = []string{"asiakas", "kund", "customer", "client"}

// customerRegister returns the organisation's own customer register, the
// first whose name says so, or nil.
func customerRegister(regs []data.Register) *data.Register {
	for i, r := range regs {
		name := strings.ToLower(r.Name)
		for _, w := range customerWords {
			if strings.Contains(name, w) {
				return &regs[i]
			}
		}
	}
	return nil
}

func (c *composer) practicesContact() []doc.Block {
	t := c.t
	rows := facts(
		doc.Fact{Label: t.PrivacyContactL, Value: contactLine(c.org.PrivacyContact)},
		doc.Fact{Label: t.EmailL, Value: c.org.Email},
		doc.Fact{Label: t.PhoneL, Value: c.org.Phone},
		doc.Fact{Label: t.SupportEmail, Value: c.pt.SupportEmail},
		doc.Fact{Label: t.SupportPhone, Value: c.pt.SupportPhone},
	)
	if rows == nil {
		return para(t.NotGiven)
	}
	return append(para(t.PContact), rows...)
}
