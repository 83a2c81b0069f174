package notice

import (
	"strconv"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// registerSection describes one register (art. 13 and 14): who, why and on
// what basis, what data, from where, to whom, how long, automated
// decisions and security. idx is the register's index in the answers.
func (c *composer) registerSection(idx int, r data.Register) doc.Section {
	t := c.t
	var subs []doc.Section
	subs = addSub(subs, t.SecSubjects, c.subjects(r))
	subs = addSub(subs, t.SecPurposes, c.purposes(r))
	subs = addSub(subs, t.SecRequirement, c.requirement(r))
	subs = addSub(subs, t.SecData, c.dataContent(r))
	// The sources refer to the data categories by their subsection number:
	// the number c.add will give this section, then the data subsection's.
	dataNo := ""
	if len(categoryNames(r)) > 0 {
		dataNo = strconv.Itoa(len(c.sections)+1) + "." + strconv.Itoa(len(subs))
	}
	subs = addSub(subs, t.SecSources, c.sources(r, dataNo))
	subs = addSub(subs, t.SecRecipients, c.recipients(r))
	subs = addSub(subs, t.SecTransfers, c.transfers(r))
	subs = addSub(subs, t.SecRetention, c.retention(r))
	subs = addSub(subs, t.SecAutomated, c.automated(r))
	if !c.sharedSecurity {
		subs = addSub(subs, t.SecSecurity, c.security(r.Security))
	}
	return doc.Section{Title: c.registerTitle(idx, r), Subsections: subs}
}

// registerTitle is the register's name; an unnamed one is a placeholder in
// drafts and "Rekisteri 2" in an issued notice (a heading cannot be left
// out).
func (c *composer) registerTitle(idx int, r data.Register) string {
	if name := strings.TrimSpace(r.Name); name != "" {
		return name
	}
	if c.opt.Draft {
		return c.t.Missing(c.t.RegisterName)
	}
	return c.t.RegisterUnnamed(idx + 1)
}

func (c *composer) subjects(r data.Register) []doc.Block {
	list := clean(r.DataSubjects)
	if len(list) == 0 {
		return para(nil, c.miss(c.t.SecSubjects))
	}
	return []doc.Block{doc.Paragraph{Text: c.t.SubjectsIntro}, doc.List{Items: list}}
}

// purposes is the table of purposes and bases (art. 13(1)(c)), the
// legitimate interests with the right to object (13(1)(d), 21) and a
// pointer to consent withdrawal (13(2)(c)).
func (c *composer) purposes(r data.Register) []doc.Block {
	t := c.t
	var rows [][]string
	var blocks []doc.Block
	var interests []string
	hasLI, hasConsent := false, false
	for _, p := range r.Purposes {
		desc := strings.TrimSpace(p.Description)
		if desc == "" {
			continue
		}
		rows = append(rows, []string{desc, c.basisText(p)})
		switch p.LegalBasis {
		case data.BasisLegitimateInterests:
			hasLI = true
			if li := c.orMiss(inSentence(p.LegitimateInterest), t.InterestMissing); li != "" {
				interests = append(interests, t.LegitimateInterest(desc, li))
			}
		case data.BasisConsent:
			hasConsent = true
		}
	}
	if len(rows) == 0 {
		return para(nil, c.miss(t.SecPurposes))
	}
	blocks = append(blocks, doc.Table{Header: []string{t.PurposeCol, t.BasisCol}, Rows: rows, Widths: []float64{3, 2}})
	for _, li := range interests {
		blocks = para(blocks, li)
	}
	if hasLI {
		blocks = para(blocks, t.ObjectLI, c.ask(t.Objection))
	}
	if hasConsent {
		blocks = para(blocks, t.ConsentPointer(c.rightsNo()))
		// Tietosuojalaki 5 §: told only when the user said the service is
		// offered to children, with how consent under 13 is handled.
		if r.Children {
			blocks = para(blocks, endStop(t.Children(c.orMiss(r.ChildConsent, t.SecPurposes))))
		}
	}
	return blocks
}

// basisText is e.g. "Sopimus, 6 artiklan 1 kohdan b alakohta", with the law named for a
// legal obligation.
func (c *composer) basisText(p data.Purpose) string {
	if p.LegalBasis == "" {
		return c.miss(c.t.BasisCol)
	}
	s := vocab.Label(vocab.LegalBases, string(p.LegalBasis), c.lang)
	if art := p.LegalBasis.Article(); art != "" {
		s += ", " + c.t.Article(art)
	}
	if p.LegalBasis == data.BasisLegalObligation {
		if law := c.orMiss(p.Law, c.t.LawMissing); law != "" {
			s += ": " + law
		}
	}
	return s
}

// requirement answers art. 13(2)(e): must the data be given, and what
// follows if it is not.
func (c *composer) requirement(r data.Register) []doc.Block {
	kind := strings.TrimSpace(r.Requirement.Kind)
	cons := strings.TrimSpace(r.Requirement.Consequence)
	if kind == "" && cons == "" {
		return para(nil, c.miss(c.t.SecRequirement))
	}
	what := kind
	if term, ok := vocab.Find(vocab.RequirementKinds, kind); ok {
		what = term.Help.In(c.lang)
	}
	if kind != data.RequirementNone && cons == "" {
		cons = c.miss(c.t.ConsequenceMissing)
	}
	return para(nil, what, endStop(cons))
}

// dataContent lists the data categories, the special categories with their
// art. 9(2) condition and the personal identity code with its ground.
func (c *composer) dataContent(r data.Register) []doc.Block {
	t := c.t
	var blocks []doc.Block
	if cats := categoryNames(r); len(cats) > 0 {
		blocks = append(blocks, doc.Paragraph{Text: t.DataIntro}, doc.List{Items: cats})
	} else {
		blocks = para(blocks, c.miss(t.SecData))
	}
	var special []string
	for _, sc := range r.SpecialCategories {
		cat := strings.TrimSpace(sc.Category)
		if cat == "" {
			continue
		}
		special = append(special, joinNonEmpty(" ",
			t.Special(vocab.Label(vocab.SpecialCategories, cat, c.lang), c.art9(sc.Condition)), sc.Details))
	}
	if len(special) > 0 {
		blocks = append(blocks, doc.Paragraph{Text: t.SpecialIntro}, doc.List{Items: special})
	}
	if r.PersonalIdentityCode {
		blocks = para(blocks, t.PIC(c.orMiss(r.PICGround, t.PICGroundMissing)))
	}
	return blocks
}

// art9 is the condition of art. 9(2) with its article, e.g.
// "Nimenomainen suostumus (9 artiklan 2 kohdan a alakohta)".
func (c *composer) art9(code string) string {
	code = strings.TrimSpace(code)
	if code == "" {
		return c.miss(c.t.Art9Missing)
	}
	term, ok := vocab.Find(vocab.Art9Conditions, code)
	if !ok {
		return c.t.Article("9(2)(" + code + ")")
	}
	return term.Label.In(c.lang) + " (" + c.t.Article(term.Article) + ")"
}

func categoryNames(r data.Register) []string {
	var names []string
	for _, dc := range r.DataCategories {
		names = append(names, dc.Name)
	}
	return clean(names)
}
