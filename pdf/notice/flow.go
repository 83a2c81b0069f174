package notice

import (
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// sources lists where the data comes from (art. 14(2)(f)), marks public
// sources, and names the data categories when data comes from anyone but
// the person (art. 14(1)(d)).
func (c *composer) sources(r data.Register) []doc.Block {
	t := c.t
	var items []string
	public, fromOthers := false, false
	for _, s := range r.Sources {
		desc := strings.TrimSpace(s.Description)
		if desc == "" {
			continue
		}
		if s.Public {
			desc += " – " + t.PublicSource
			public = true
		}
		if s.Public || !fromPerson(desc) {
			fromOthers = true
		}
		items = append(items, desc)
	}
	if len(items) == 0 {
		return para(nil, c.miss(t.SecSources))
	}
	blocks := []doc.Block{doc.Paragraph{Text: t.SourcesIntro}, doc.List{Items: items}}
	if public {
		blocks = para(blocks, t.PublicNote)
	}
	if cats := categoryNames(r); fromOthers && len(cats) > 0 {
		blocks = para(blocks, t.OtherSourceCategories(strings.Join(cats, ", ")))
	}
	return blocks
}

// selfWords mark a source that is the data subject themself, in the words
// users write in the three languages.
var selfWords = []string{"itse", "rekisteröi", "själv", "registrerade", "themselves", "yourself", "data subject", "the person"}

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
		items = append(items, joinNonEmpty(" – ", name, rc.Reason))
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

// transfers describes transfers outside the EU/EEA with their safeguard and
// where a copy is available (art. 13(1)(f)), or says there are none.
// A processor located outside the EU/EEA is a transfer too, even when the
// user did not enter it again as one: the notice must not deny it.
func (c *composer) transfers(r data.Register) []doc.Block {
	t := c.t
	var items []string
	for _, tr := range c.allTransfers(r) {
		where := strings.TrimSpace(tr.CopyAvailableFrom)
		if where == "" {
			where = c.contactEmail()
		}
		safeguard := c.miss(t.SafeguardMissing)
		if code := strings.TrimSpace(tr.Safeguard); code != "" {
			term, ok := vocab.Find(vocab.Safeguards, code)
			if ok {
				safeguard = t.Safeguard(term.Label.In(c.lang), t.Article(term.Article))
			} else {
				safeguard = t.Safeguard(code, "")
			}
		}
		copyFrom := ""
		if where != "" {
			copyFrom = t.CopyFrom(where)
		}
		country := c.orMiss(tr.Country, t.CountryMissing)
		who := joinNonEmpty(", ", tr.Recipient, country) + "."
		items = append(items, joinNonEmpty(" ", who, safeguard, copyFrom))
	}
	if len(items) == 0 {
		return para(nil, t.NoTransfers)
	}
	return []doc.Block{doc.Paragraph{Text: t.TransfersIntro}, doc.List{Items: items}}
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
