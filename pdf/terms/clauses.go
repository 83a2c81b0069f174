package terms

import (
	"fmt"
	"strconv"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// clauses returns clauses 1–8 in the order of the Commission's standard
// contractual clauses: scope, description, obligations, assistance, breach,
// end of service, liability, final provisions.
func (c *composer) clauses() []doc.Section {
	parts := []struct {
		title  string
		blocks []doc.Block
		subs   []doc.Section
	}{
		{c.t.ScopeTitle, c.scope(), nil},
		{c.t.DescriptionTitle, para(c.description()), nil},
		{c.t.ObligationsTitle, nil, c.obligations()},
		{c.t.AssistTitle, nil, c.assistance()},
		{c.t.BreachTitle, c.breach(), nil},
		{c.t.EndTitle, c.endOfService(), nil},
		{c.t.LiabilityTitle, c.liability(), nil},
		{c.t.FinalTitle, c.final(), nil},
	}
	out := make([]doc.Section, len(parts))
	for i, p := range parts {
		n := strconv.Itoa(i + 1)
		for j := range p.subs {
			p.subs[j].Number = n + "." + strconv.Itoa(j+1)
		}
		out[i] = doc.Section{Number: n, Title: p.title, Blocks: p.blocks, Subsections: p.subs}
	}
	return out
}

// hasNature: the answers give the nature and purpose of the processing,
// which art. 28(3) requires; without it the terms neither claim to meet
// art. 28 nor refer to a purpose in Annex 2 that is not there.
func (c *composer) hasNature() bool { return trimStop(c.pt.NaturePurpose) != "" }

func (c *composer) description() string {
	if c.hasNature() {
		return c.t.Description
	}
	return c.t.DescriptionNoPurpose
}

func (c *composer) scope() []doc.Block {
	scope := c.t.Scope
	if c.hasNature() {
		scope += " " + c.t.ScopeArt28
	}
	b := para(scope)
	b = append(b, para(fmt.Sprintf(c.t.RolesWe, c.orgName()))...)
	b = append(b, para(c.t.RolesYou)...)
	b = append(b, para(c.t.ControllerDuties)...)
	if cust := trimStop(c.pt.CustomersAre); cust != "" {
		b = append(b, para(fmt.Sprintf(c.t.Customers, cust))...)
	}
	b = append(b, para(c.t.Definitions)...)
	return append(b, para(c.t.Precedence)...)
}

// obligations are the sub-clauses of clause 3. Their order is fixed because
// other texts refer to them by number (3.6 special categories, 3.8
// sub-processors).
func (c *composer) obligations() []doc.Section {
	t := c.t
	duration := t.DurationDefault
	if d := trimStop(c.pt.Duration); d != "" {
		duration = fmt.Sprintf(t.Duration, d)
	}
	return []doc.Section{
		{Title: t.InstructionsTitle, Blocks: paras(t.Instructions, t.InstructionsLaw, t.InstructionsInfringe)},
		{Title: t.PurposeTitle, Blocks: para(c.purpose())},
		{Title: t.DurationTitle, Blocks: para(duration)},
		{Title: t.ConfidentialityTitle, Blocks: para(t.Confidentiality)},
		{Title: t.SecurityTitle, Blocks: para(t.Security)},
		{Title: t.SpecialTitle, Blocks: c.special()},
		{Title: t.AuditTitle, Blocks: c.audit()},
		{Title: t.SubTitle, Blocks: c.subProcessing()},
		{Title: t.TransfersTitle, Blocks: c.transfers()},
	}
}

func (c *composer) purpose() string {
	if c.hasNature() {
		return c.t.Purpose + " " + c.t.PurposeRest
	}
	return c.t.PurposePlain + " " + c.t.PurposeRest
}

// paras makes one paragraph of each non-empty text.
func paras(texts ...string) []doc.Block {
	var b []doc.Block
	for _, s := range texts {
		b = append(b, para(s)...)
	}
	return b
}

func (c *composer) special() []doc.Block {
	if !c.pt.SpecialCategoriesPossible {
		return para(c.t.SpecialNo)
	}
	details := ""
	if d := trimStop(c.pt.SpecialCategoriesDetails); d != "" {
		details = fmt.Sprintf(c.t.SpecialDetails, d)
	}
	// Extra safeguards are printed only as the user described them.
	safeguards := ""
	if sg := trimStop(c.pt.SpecialSafeguards); sg != "" {
		safeguards = fmt.Sprintf(c.t.SpecialSafeguards, sg)
	}
	return paras(c.t.SpecialYes, details, safeguards)
}

func (c *composer) audit() []doc.Block {
	notice := c.t.AuditReasonable
	if n := c.pt.AuditNoticeDays; n > 0 {
		notice = fmt.Sprintf(c.t.AuditDays, daysAhead.N(n, c.lang))
	}
	return paras(c.t.AuditInfo, notice)
}

// subProcessing states the authorisation model of art. 28(2). Without an
// answer the specific model is used: it is the stricter one for us and needs
// no notice period to be filled in.
func (c *composer) subProcessing() []doc.Block {
	t := c.t
	if c.pt.SubProcessorAuthorisation != data.AuthorisationGeneral {
		return paras(t.SubSpecific, t.SubFlowDown)
	}
	notice := t.NoticeReasonable
	if n := c.pt.SubProcessorNoticeDays; n > 0 {
		notice = fmt.Sprintf(t.NoticeDays, daysAhead.N(n, c.lang))
	}
	return paras(fmt.Sprintf(t.SubGeneral, notice), c.promise(c.pt.TerminationRight, t.SubObject, t.SubTerminate), t.SubFlowDown)
}

func (c *composer) transfers() []doc.Block {
	b := para(c.t.Transfers)
	b = append(b, para(c.t.WhereL+": "+c.location())...)
	for _, s := range c.pt.SubProcessors {
		if s.OutsideEEA {
			b = append(b, para(c.t.SubOutside)...)
			break
		}
	}
	return b
}

// location says where the data is processed with the shared vocabulary's
// label: the EU/EEA, or outside it with the country and the safeguard of
// the transfer.
func (c *composer) location() string {
	if c.pt.DataLocation != data.LocationThirdCountry {
		return vocab.Label(vocab.Locations, data.LocationEU, c.lang) + "."
	}
	s := vocab.Label(vocab.Locations, data.LocationThirdCountry, c.lang) + " (" + or(c.pt.DataCountry, blank) + ")."
	if c.pt.DataSafeguard != "" {
		s += " " + fmt.Sprintf(c.t.TransferBasis, vocab.Label(vocab.Safeguards, c.pt.DataSafeguard, c.lang))
	}
	return s
}

func (c *composer) assistance() []doc.Section {
	t := c.t
	help := para(t.Help)
	help = append(help, doc.List{Items: t.HelpItems[:]})
	return []doc.Section{
		{Title: t.RequestsTitle, Blocks: paras(t.Requests, t.RequestsHelp)},
		{Title: t.HelpTitle, Blocks: help},
	}
}

// breach gives the notice period of art. 33(2) in hours and the contents of
// the notice of art. 33(3).
func (c *composer) breach() []doc.Block {
	t := c.t
	first := t.BreachNoHours
	if h := c.pt.BreachNoticeHours; h > 0 {
		first = fmt.Sprintf(t.BreachHours, hoursWithin.N(h, c.lang))
	}
	b := paras(first, t.BreachContents)
	b = append(b, doc.List{Items: t.BreachItems[:]})
	return append(b, paras(t.BreachPhases, t.BreachAssist)...)
}

func (c *composer) endOfService() []doc.Block {
	t := c.t
	period := t.EndReasonable
	if n := c.pt.EndOfServiceDays; n > 0 {
		period = fmt.Sprintf(t.EndDays, daysWithin.N(n, c.lang))
	}
	// Art. 28(3)(g) leaves deletion or return to the controller: the
	// answer is the default and the other option is always offered.
	if c.pt.EndOfService == data.EndReturn {
		return paras(fmt.Sprintf(t.EndReturn, period), t.EndDeleteChoice, t.EndLaw, c.promise(c.pt.DeletionConfirmation, "", t.EndConfirm))
	}
	return paras(t.EndReturnChoice, fmt.Sprintf(t.EndDelete, period), t.EndLaw, c.promise(c.pt.DeletionConfirmation, "", t.EndConfirm))
}

func (c *composer) liability() []doc.Block {
	limit, intent := c.t.LiabilityNoCap, ""
	if l := trimStop(c.pt.LiabilityCap); l != "" {
		// A cap cannot cover intent or gross negligence; the service
		// agreement's own cap is left to that agreement.
		limit, intent = fmt.Sprintf(c.t.LiabilityCap, l), c.t.LiabilityIntent
	}
	return paras(c.t.LiabilityOwn, limit, intent, c.t.LiabilityDataSubjects)
}

func (c *composer) final() []doc.Block {
	t := c.t
	b := paras(t.Term, t.Changes, c.promise(c.pt.TerminationRight, t.NonCompliance, t.NonComplianceTerminate))
	b = append(b, facts(
		doc.Fact{Label: t.LawLabel, Value: c.pt.GoverningLaw},
		doc.Fact{Label: t.CourtLabel, Value: c.pt.Court},
	)...)
	b = append(b, para(t.Disputes)...)
	contacts := facts(
		doc.Fact{Label: t.SupportEmail, Value: c.pt.SupportEmail},
		doc.Fact{Label: t.SupportPhone, Value: c.pt.SupportPhone},
		doc.Fact{Label: t.ContactL, Value: contactLine(c.org.PrivacyContact)},
	)
	if contacts != nil {
		b = append(b, para(t.ContactsIntro)...)
		b = append(b, contacts...)
	}
	return b
}

// contactLine writes a contact person on one line: name, title, e-mail, phone.
func contactLine(p data.Contact) string {
	return join(", ", p.Name, p.Title, p.Email, p.Phone)
}

// promise joins base with the sentence of a promise the user has made in
// the wizard; a promise never made is not printed.
func (c *composer) promise(made bool, base, sentence string) string {
	if !made {
		return base
	}
	return join(" ", base, sentence)
}
