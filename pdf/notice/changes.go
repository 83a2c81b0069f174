package notice

import (
	"strconv"
	"strings"

	"tietosuojapakki/pdf/doc"
)

// changesSection gives the date of the notice and of its last change, the
// version, where the current version is found and the change history.
func (c *composer) changesSection() doc.Section {
	t := c.t
	created, updated := c.date(c.created), c.date(c.updated)
	var blocks []doc.Block
	if created == updated {
		blocks = para(blocks, t.CreatedOn(created))
	} else {
		blocks = para(blocks, t.CreatedUpdated(created, updated))
	}
	if c.opt.Version > 0 {
		blocks = para(blocks, t.VersionNow(c.opt.Version))
	}
	// The web site is promised as the place of the current version only
	// when the user said so in the wizard.
	if url := strings.TrimSpace(c.a.Organisation.Website); url != "" && c.a.Organisation.NoticeOnWebsite {
		blocks = para(blocks, t.UpdatePolicy, t.LatestAt(url))
	} else {
		blocks = para(blocks, t.UpdatePolicy, t.LatestAsk)
	}
	blocks = para(blocks, t.NewPurpose)
	s := doc.Section{Title: t.SecChanges, Blocks: blocks}

	var rows [][]string
	for _, h := range c.opt.History {
		v := ""
		if h.Version > 0 {
			v = strconv.Itoa(h.Version)
		}
		d := ""
		if !h.Date.IsZero() {
			d = c.date(h.Date)
		}
		if v == "" && d == "" && strings.TrimSpace(h.Note) == "" {
			continue
		}
		rows = append(rows, []string{v, d, strings.TrimSpace(h.Note)})
	}
	if len(rows) > 0 {
		s.Subsections = []doc.Section{{Title: t.SecHistory, Blocks: []doc.Block{
			doc.Table{Header: []string{t.Version, t.DateCol, t.NoteCol}, Rows: rows, Widths: []float64{1, 2, 5}},
		}}}
	}
	return s
}

// signatureSection is the controller's signature block, with the privacy
// contact's name and title printed when known.
func (c *composer) signatureSection() doc.Section {
	t, p := c.t, c.a.Organisation.PrivacyContact
	heading := strings.TrimSpace(c.a.Organisation.Name)
	if heading == "" {
		heading = t.Controller
	}
	party := doc.Party{
		Heading: heading,
		Lines: []doc.SignLine{
			{Label: t.SignPlace},
			{Label: t.SignSignature},
			{Label: t.SignName, Value: strings.TrimSpace(p.Name)},
			{Label: t.SignPosition, Value: strings.TrimSpace(p.Title)},
		},
	}
	return doc.Section{Title: t.SecSignature, Blocks: []doc.Block{doc.Signature{Parties: []doc.Party{party}}}}
}
