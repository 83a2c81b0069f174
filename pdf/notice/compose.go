package notice

import (
	"strconv"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// composer carries what every section needs: the answers, the options, the
// texts of the language and the registers chosen for this notice.
type composer struct {
	a    *data.Answers
	opt  Options
	t    *texts
	lang string

	regs   []data.Register // the registers in this notice, in answer order
	regIdx []int           // their indexes in a.Registers

	// sharedSecurity is set when several registers are protected the same
	// way: the measures are then told once in a section of their own.
	sharedSecurity bool

	created, updated time.Time
	sections         []doc.Section
}

func newComposer(a *data.Answers, opt Options) *composer {
	t, lang := textsFor(opt.Lang)
	c := &composer{a: a, opt: opt, t: t, lang: lang}
	c.pickRegisters()
	c.sharedSecurity = sameSecurity(c.regs)

	c.created = opt.Created
	if c.created.IsZero() {
		c.created = time.Now()
	}
	c.updated = opt.Updated
	if c.updated.IsZero() {
		c.updated = c.created
	}
	return c
}

// pickRegisters keeps the registers named in opt.Registers, once each and in
// answer order; indexes out of range are ignored. No indexes means all.
func (c *composer) pickRegisters() {
	if len(c.opt.Registers) == 0 {
		for i, r := range c.a.Registers {
			c.regs = append(c.regs, r)
			c.regIdx = append(c.regIdx, i)
		}
		return
	}
	want := map[int]bool{}
	for _, i := range c.opt.Registers {
		want[i] = true
	}
	for i, r := range c.a.Registers {
		if want[i] {
			c.regs = append(c.regs, r)
			c.regIdx = append(c.regIdx, i)
		}
	}
}

// sameSecurity reports whether two or more registers share one non-empty
// security description.
func sameSecurity(regs []data.Register) bool {
	if len(regs) < 2 {
		return false
	}
	first := securityKey(regs[0].Security)
	if first == "" {
		return false
	}
	for _, r := range regs[1:] {
		if securityKey(r.Security) != first {
			return false
		}
	}
	return true
}

func securityKey(s data.SecurityDescription) string {
	parts := append([]string{strings.TrimSpace(s.Manual), strings.TrimSpace(s.Other)}, clean(s.Measures)...)
	if strings.Join(parts, "") == "" {
		return ""
	}
	return strings.Join(parts, "\x00")
}

// add numbers s and its subsections and appends it; a section left without
// content (nothing answered, not a draft) is dropped.
func (c *composer) add(s doc.Section) {
	if len(s.Blocks) == 0 && len(s.Subsections) == 0 {
		return
	}
	number(&s, strconv.Itoa(len(c.sections)+1))
	c.sections = append(c.sections, s)
}

func number(s *doc.Section, n string) {
	s.Number = n
	for i := range s.Subsections {
		number(&s.Subsections[i], n+"."+strconv.Itoa(i+1))
	}
}

// sectionNo returns the number the k-th top-level section (0-based) will
// get, for cross references written before it exists.
func sectionNo(k int) string { return strconv.Itoa(k + 1) }

// rightsNo is the number of the rights section: after the controller, the
// registers and a shared security section.
func (c *composer) rightsNo() string {
	n := 1 + len(c.regs)
	if c.sharedSecurity {
		n++
	}
	return sectionNo(n)
}

// registerNo is the section number of the i-th register of this notice.
func registerNo(i int) string { return sectionNo(1 + i) }

// miss is the placeholder for an unanswered item: visible in drafts, empty
// (so left out) in an issued notice.
func (c *composer) miss(what string) string {
	if c.opt.Draft {
		return c.t.Missing(what)
	}
	return ""
}

// orMiss returns v trimmed, or the placeholder for what when v is empty.
func (c *composer) orMiss(v, what string) string {
	if v = strings.TrimSpace(v); v != "" {
		return v
	}
	return c.miss(what)
}

// fact appends a row when it has a value; a required row without a value
// gets the draft placeholder.
func (c *composer) fact(rows []doc.Fact, label, value string, required bool) []doc.Fact {
	value = strings.TrimSpace(value)
	if value == "" && required {
		value = c.miss(label)
	}
	if value == "" {
		return rows
	}
	return append(rows, doc.Fact{Label: label, Value: value})
}

// para appends a paragraph of the non-empty texts joined by spaces.
func para(blocks []doc.Block, texts ...string) []doc.Block {
	if s := joinNonEmpty(" ", texts...); s != "" {
		return append(blocks, doc.Paragraph{Text: s})
	}
	return blocks
}

// addSub appends a subsection titled title, unless blocks is empty.
func addSub(subs []doc.Section, title string, blocks []doc.Block) []doc.Section {
	if len(blocks) == 0 {
		return subs
	}
	return append(subs, doc.Section{Title: title, Blocks: blocks})
}

var (
	clean        = doc.Clean
	joinNonEmpty = doc.Join
)

// company is the controller's name, or a placeholder in drafts.
func (c *composer) company() string {
	return c.orMiss(c.a.Organisation.Name, c.t.Controller)
}

// contactEmail is where the reader sends requests: the privacy contact's
// e-mail, else the organisation's.
func (c *composer) contactEmail() string {
	o := c.a.Organisation
	if e := strings.TrimSpace(o.PrivacyContact.Email); e != "" {
		return e
	}
	return strings.TrimSpace(o.Email)
}

// postalAddress is the organisation's name and address on one line.
func (c *composer) postalAddress() string {
	o := c.a.Organisation
	street := strings.TrimSpace(o.Street)
	city := joinNonEmpty(" ", o.PostalCode, o.City)
	if street == "" && city == "" {
		return ""
	}
	return joinNonEmpty(", ", o.Name, street, city)
}

func (c *composer) date(t time.Time) string { return c.t.Date(t) }

func (c *composer) title() string {
	if len(c.regs) == 1 {
		if name := strings.TrimSpace(c.regs[0].Name); name != "" {
			return c.t.Title + " – " + name
		}
	}
	return c.t.Title
}

func (c *composer) header() string {
	if name := strings.TrimSpace(c.a.Organisation.Name); name != "" {
		return name + " · " + c.t.Title
	}
	return c.t.Title
}

func (c *composer) keywords() string {
	words := []string{c.t.Keywords}
	for _, r := range c.regs {
		words = append(words, r.Name)
	}
	return joinNonEmpty(", ", words...)
}

// intro opens the notice. Where people may object (legitimate interests,
// direct marketing), the right is brought to their attention at once,
// clearly and apart from the rest (art. 21(4)), as a highlighted note.
func (c *composer) intro() []doc.Block {
	t := c.t
	blocks := para(nil, t.Intro(strings.TrimSpace(c.a.Organisation.Name)))
	li, dm := c.hasBasis(data.BasisLegitimateInterests), c.directMarketing()
	if !li && !dm {
		return blocks
	}
	parts := []string{t.ObjectTitle}
	if li {
		parts = append(parts, t.ObjectLIText)
	}
	if dm {
		parts = append(parts, t.ObjectDMText)
	}
	parts = append(parts, ifSet(c.contactEmail(), t.ObjectSend), t.ObjectMore(c.rightsNo()))
	return append(blocks, doc.Note{Text: joinNonEmpty(" ", parts...)})
}

// marketingWords mark a purpose of direct marketing in the three languages.
var marketingWords = []string{"markkinoin", "mainon", "tarjou", "uutiskir", "marknadsför", "reklam", "erbjud", "nyhetsbrev", "marketing", "advertis", "offers", "newsletter"}

// directMarketing reports whether a purpose of the notice is direct
// marketing, which the person may always object to (art. 21(2)–(3)).
func (c *composer) directMarketing() bool {
	for _, r := range c.regs {
		for _, p := range r.Purposes {
			d := strings.ToLower(p.Description)
			for _, w := range marketingWords {
				if strings.Contains(d, w) {
					return true
				}
			}
		}
	}
	return false
}
