package notice

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// sources lists where the data comes from (art. 14(2)(f)) and marks public
// sources. When data comes from anyone but the person, it refers to the
// categories listed in subsection dataNo (art. 14(1)(d)): the answers do
// not say which category comes from which source, so the notice must not
// claim that every source supplies every category.
func (c *composer) sources(r data.Register, dataNo string) []doc.Block {
	t := c.t
	var items []string
	fromOthers := false
	perSource := true
	for _, s := range r.Sources {
		desc := strings.TrimSpace(s.Description)
		if desc == "" {
			continue
		}
		other := s.Public || !fromPerson(desc)
		if cats := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s.Categories), ".")); cats != "" {
			desc = t.SourceCategories(desc, cats)
		} else if other {
			perSource = false
		}
		if s.Public {
			desc += " – " + t.PublicSource
		}
		fromOthers = fromOthers || other
		items = append(items, desc)
	}
	if len(items) == 0 {
		return para(nil, c.miss(t.SecSources))
	}
	blocks := []doc.Block{doc.Paragraph{Text: t.SourcesIntro}, doc.List{Items: items}}
	// Art. 14(1)(d): per source where the user told it, else the
	// categories of the register as a whole; and when people are told
	// (14(3)).
	if fromOthers && !perSource && dataNo != "" {
		blocks = para(blocks, t.OtherSourceCategories(dataNo))
	}
	if fromOthers {
		blocks = para(blocks, t.ToldWhen)
	}
	return blocks
}

// selfWords mark a source that is the data subject themself, in the words
// users write in the three languages.
// Data read from the person's own browser or device is collected from the
// person too (art. 13, not 14).
var selfWords = []string{"itse", "rekisteröi", "selain", "laite", "själv", "registrerade", "webbläsar", "enhet",
	"themselves", "yourself", "data subject", "the person", "browser", "device"}

func fromPerson(desc string) bool {
	d := strings.ToLower(desc)
	for _, w := range selfWords {
		if strings.Contains(d, w) {
			return true
		}
	}
	return false
}

// recipients lists regular disclosures (art. 13(1)(e)) and the processors
// that handle the data on the controller's behalf.
func (c *composer) recipients(r data.Register) []doc.Block {
	t := c.t
	var items []string
	for _, rc := range r.Recipients {
		name := strings.TrimSpace(rc.Name)
		if name == "" {
			continue
		}
		item := joinNonEmpty(" – ", name, inSentence(strings.TrimRight(strings.TrimSpace(rc.Reason), ".")))
		if role := c.recipientRole(rc); role != "" {
			item += " (" + role + ")"
		}
		items = append(items, item)
	}
	var blocks []doc.Block
	if len(items) > 0 {
		blocks = append(blocks, doc.Paragraph{Text: t.RecipientsIntro}, doc.List{Items: items})
	} else {
		blocks = para(blocks, t.NoRecipients)
	}
	rows, allSigned := c.processorRows(r)
	if len(rows) > 0 {
		intro := t.ProcessorsIntro
		if allSigned {
			intro += " " + t.ProcessorsDPA
		}
		blocks = append(blocks, doc.Paragraph{Text: intro},
			doc.Table{Header: []string{t.ProcessorCol, t.ServiceCol, t.LocationCol}, Rows: rows, Widths: []float64{2, 3, 2}})
	}
	return blocks
}

// recipientRole tells a recipient that decides on its own purposes: an
// independent controller with its contact, a joint controller (art. 26)
// with the essence of the arrangement (26(2)).
func (c *composer) recipientRole(rc data.Recipient) string {
	switch rc.Role {
	case data.RoleController:
		return c.t.RoleController(strings.TrimSpace(rc.Contact))
	case data.RoleJointController:
		arr := strings.TrimRight(c.orMiss(inSentence(rc.Arrangement), vocab.Label(vocab.RecipientRoles, rc.Role, c.lang)), ". ")
		if arr == "" {
			return ""
		}
		s := c.t.RoleJoint(arr)
		if contact := strings.TrimSpace(rc.Contact); contact != "" {
			s += "; " + contact
		}
		return s
	}
	return ""
}

// processorRows looks up the register's processors by id. An id that names
// no processor is shown as a gap in drafts and skipped otherwise.
func (c *composer) processorRows(r data.Register) (rows [][]string, allSigned bool) {
	allSigned = true
	for _, id := range clean(r.ProcessorIDs) {
		p, ok := c.processor(id)
		if !ok {
			if m := c.miss(c.t.ProcessorCol + " " + id); m != "" {
				rows = append(rows, []string{m, "", ""})
				allSigned = false
			}
			continue
		}
		name := strings.TrimSpace(p.Name)
		if name == "" {
			name = c.orMiss("", c.t.ProcessorCol)
		}
		if name == "" {
			continue
		}
		allSigned = allSigned && p.DPASigned
		rows = append(rows, []string{name, c.orMiss(p.Service, c.t.ServiceCol), c.location(p.Location, p.Country)})
	}
	return rows, allSigned && len(rows) > 0
}

func (c *composer) processor(id string) (data.Processor, bool) {
	for _, p := range c.a.Processors {
		if strings.TrimSpace(p.ID) == id {
			return p, true
		}
	}
	return data.Processor{}, false
}

// location is e.g. "EU/ETA-alueella (Suomi)".
func (c *composer) location(loc, country string) string {
	country = strings.TrimSpace(country)
	if loc == "" {
		return c.orMiss(country, c.t.LocationCol)
	}
	label := vocab.Label(vocab.Locations, loc, c.lang)
	if country == "" {
		return label
	}
	return label + " (" + country + ")"
}

// transfers describes transfers outside the EU/EEA and what each rests on
// (art. 13(1)(f)), or says there are none. A processor located outside the
// EU/EEA is a transfer too, even when the user did not enter it again as
// one: the notice must not deny it.
func (c *composer) transfers(r data.Register) []doc.Block {
	t := c.t
	var items []string
	for _, tr := range c.allTransfers(r) {
		country := c.orMiss(tr.Country, t.CountryMissing)
		who := joinNonEmpty(", ", tr.Recipient, country) + "."
		items = append(items, joinNonEmpty(" ", who, c.transferGround(tr)))
	}
	if len(items) == 0 {
		return para(nil, t.NoTransfers)
	}
	return []doc.Block{doc.Paragraph{Text: t.TransfersIntro}, doc.List{Items: items}}
}

// transferGround tells what one transfer rests on. An adequacy decision
// (art. 45, the DPF among them) is no safeguard and has no copy to hand
// over; only the safeguards of art. 46 and 47 (SCC, BCR) come with a copy
// on request. For a derogation (art. 49) the reader may ask which applies.
func (c *composer) transferGround(tr data.Transfer) string {
	t := c.t
	code := strings.TrimSpace(tr.Safeguard)
	if code == "" {
		return c.miss(t.SafeguardMissing)
	}
	term, ok := vocab.Find(vocab.Safeguards, code)
	if !ok {
		// Free text the vocabulary does not know: told as entered,
		// without promising a copy of something unknown.
		return t.Safeguard(code, "")
	}
	art := t.Article(term.Article)
	where := strings.TrimSpace(tr.CopyAvailableFrom)
	if where == "" {
		where = c.contactEmail()
	}
	switch code {
	case data.SafeguardAdequacy:
		return t.Adequacy(art)
	case data.SafeguardAdequacyDPF:
		return t.AdequacyDPF(art)
	case data.SafeguardDerogation:
		if point, ok := vocab.Find(vocab.Art49Points, strings.TrimSpace(tr.Derogation)); ok {
			return t.DerogationPoint(lowerFirst(point.Label.In(c.lang)), t.Article(point.Article))
		}
		return t.Derogation(art, where)
	}
	return joinNonEmpty(" ", t.Safeguard(term.Label.In(c.lang), art), ifSet(where, t.CopyFrom))
}

func (c *composer) allTransfers(r data.Register) []data.Transfer {
	var out []data.Transfer
	for _, tr := range r.Transfers {
		if joinNonEmpty("", tr.Recipient, tr.Country) != "" {
			out = append(out, tr)
		}
	}
	for _, id := range clean(r.ProcessorIDs) {
		p, ok := c.processor(id)
		if !ok || p.Location != data.LocationThirdCountry || strings.TrimSpace(p.Name) == "" {
			continue
		}
		named := false
		for _, tr := range out {
			named = named || strings.EqualFold(strings.TrimSpace(tr.Recipient), strings.TrimSpace(p.Name))
		}
		if !named {
			out = append(out, data.Transfer{Recipient: p.Name, Country: p.Country, Safeguard: p.Safeguard})
		}
	}
	return out
}

// lowerFirst lower-cases the first letter of a vocabulary label used
// inside a sentence.
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}
