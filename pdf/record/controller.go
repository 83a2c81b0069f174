package record

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// controllerSections are the controller's record of art. 30(1): the
// controller (a), then one activity per register with (b)–(g).
func (c *composer) controllerSections() []doc.Section {
	ss := []doc.Section{{Title: c.t.ControllerTitle, Blocks: c.controllerFacts()}}
	for i := range c.a.Registers {
		ss = append(ss, c.activity(&c.a.Registers[i]))
	}
	if len(c.a.Registers) == 0 && c.draft {
		ss = append(ss, doc.Section{Title: c.t.ActivityTitle, Blocks: paras(c.t.Missing)})
	}
	return ss
}

// controllerFacts is art. 30(1)(a): name and contact details of the
// controller, its contact person and its data protection officer.
func (c *composer) controllerFacts() []doc.Block {
	o := c.a.Organisation
	t := c.t
	dpo := t.NoDPO
	if o.DPO != nil {
		dpo = c.value(contactLine(*o.DPO))
	}
	return facts(
		doc.Fact{Label: t.NameL, Value: c.value(o.Name)},
		doc.Fact{Label: t.BusinessIDL, Value: c.value(o.BusinessID)},
		doc.Fact{Label: t.AddressL, Value: c.value(address(o))},
		doc.Fact{Label: t.EmailL, Value: c.value(o.Email)},
		doc.Fact{Label: t.PhoneL, Value: strings.TrimSpace(o.Phone)},
		doc.Fact{Label: t.ContactL, Value: c.value(contactLine(o.PrivacyContact))},
		doc.Fact{Label: t.DPOL, Value: dpo},
	)
}

// activity is one register as a processing activity, art. 30(1)(b)–(g).
func (c *composer) activity(r *data.Register) doc.Section {
	t := c.t
	name := strings.TrimSpace(r.Name)
	if name == "" {
		name = t.ActivityTitle
	}
	var b []doc.Block
	b = append(b, item(t.PurposesL+" ("+c.cite(30, 1, "b")+")", c.list(c.purposes(r)))...)
	b = append(b, item(t.SubjectsL+" ("+c.cite(30, 1, "c")+")", c.list(r.DataSubjects))...)
	b = append(b, item(t.DataL+" ("+c.cite(30, 1, "c")+")", c.list(c.categories(r)))...)
	b = append(b, item(t.RecipientsL+" ("+c.cite(30, 1, "d")+")", c.list(c.recipients(r)))...)
	b = append(b, item(t.TransfersL+" ("+c.cite(30, 1, "e")+")", c.transfers(r))...)
	b = append(b, item(t.RetentionL+" ("+c.cite(30, 1, "f")+")", c.list(c.retention(r)))...)
	b = append(b, item(t.SecurityL+" ("+c.cite(30, 1, "g")+", "+c.cite(32, 1, "")+")", c.list(c.security(r.Security)))...)
	return doc.Section{Title: name, Blocks: b}
}

func (c *composer) purposes(r *data.Register) []string {
	var out []string
	for _, p := range r.Purposes {
		d := strings.TrimSpace(p.Description)
		if d == "" {
			continue
		}
		if p.LegalBasis != "" {
			d += " (" + c.t.BasisL + ": " + vocab.Label(vocab.LegalBases, string(p.LegalBasis), c.lang) + ", " + c.t.Article + " " + p.LegalBasis.Article() + ")"
		}
		out = append(out, d)
	}
	return out
}

func (c *composer) categories(r *data.Register) []string {
	var out []string
	for _, dc := range r.DataCategories {
		out = append(out, dc.Name)
	}
	for _, sc := range r.SpecialCategories {
		if sc.Category == "" {
			continue
		}
		label := vocab.Label(vocab.SpecialCategories, sc.Category, c.lang)
		out = append(out, doc.Join(": ", label+" ("+c.t.SpecialL+")", sc.Details))
	}
	if r.PersonalIdentityCode {
		out = append(out, c.t.PIC)
	}
	return out
}

// recipients are the regular recipients, the processors the register uses
// and the recipients of its transfers (art. 30(1)(d): "including recipients
// in third countries").
func (c *composer) recipients(r *data.Register) []string {
	var out []string
	for _, rc := range r.Recipients {
		out = append(out, doc.Join(" – ", rc.Name, rc.Reason))
	}
	for _, id := range r.ProcessorIDs {
		for _, p := range c.a.Processors {
			if p.ID != id || strings.TrimSpace(p.Name) == "" {
				continue
			}
			line := doc.Join(" – ", p.Name, p.Service) + " (" + c.t.ProcessorRole
			if p.Location == data.LocationThirdCountry {
				line += ", " + doc.Join(" ", c.t.ThirdCountry, paren(p.Country))
			}
			out = append(out, line+")")
		}
	}
	for _, tr := range r.Transfers {
		if tr.Recipient != "" && !c.isProcessor(r, tr.Recipient) {
			out = append(out, doc.Join(" ", tr.Recipient, paren(doc.Join(", ", c.t.ThirdCountry, tr.Country))))
		}
	}
	return dedupe(out)
}

// transferRows are art. 30(1)(e): recipient, country and safeguard of
// each transfer outside the EU/EEA, the register's own and those of its
// third-country processors. An art. 49 derogation is named as such, since
// its documented safeguards are what the second subparagraph of art. 49(1)
// asks.
func (c *composer) transferRows(r *data.Register) [][]string {
	var rows [][]string
	for _, tr := range r.Transfers {
		if strings.TrimSpace(tr.Recipient+tr.Country) == "" {
			continue
		}
		rows = append(rows, []string{c.value(tr.Recipient), c.value(tr.Country), c.safeguard(tr.Safeguard)})
	}
	for _, id := range r.ProcessorIDs {
		for _, p := range c.a.Processors {
			if p.ID == id && p.Location == data.LocationThirdCountry {
				rows = append(rows, []string{c.value(p.Name), c.value(p.Country), c.safeguard(p.Safeguard)})
			}
		}
	}
	return dedupeRows(rows)
}

func (c *composer) safeguard(code string) string {
	if code == "" {
		return c.value("")
	}
	return vocab.Label(vocab.Safeguards, code, c.lang)
}

func (c *composer) transfers(r *data.Register) []doc.Block {
	rows := c.transferRows(r)
	if len(rows) == 0 {
		return paras(c.t.NoTransfers)
	}
	return []doc.Block{doc.Table{Header: []string{c.t.RecipientL, c.t.CountryL, c.t.SafeguardL}, Rows: rows, Widths: []float64{3, 2, 4}}}
}

func (c *composer) retention(r *data.Register) []string {
	var out []string
	for _, rr := range r.Retention {
		line := doc.Join(": ", rr.Data, rr.Period)
		if b := strings.TrimSpace(rr.Basis); b != "" && line != "" {
			line += " (" + b + ")"
		}
		out = append(out, line)
	}
	return out
}

// security is the general description of the measures of art. 32(1):
// the chosen measures and the handling of manual material.
func (c *composer) security(s data.SecurityDescription) []string {
	var out []string
	for _, code := range s.Measures {
		out = append(out, vocab.Label(vocab.SecurityMeasures, code, c.lang))
	}
	if m := strings.TrimSpace(s.Manual); m != "" {
		out = append(out, c.t.ManualL+": "+m)
	}
	out = append(out, s.Other)
	return out
}

// isProcessor tells whether name is one of the register's processors, whose
// line already says where it is.
func (c *composer) isProcessor(r *data.Register, name string) bool {
	for _, id := range r.ProcessorIDs {
		for _, p := range c.a.Processors {
			if p.ID == id && strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(name)) {
				return true
			}
		}
	}
	return false
}

func paren(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return "(" + s + ")"
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range doc.Clean(in) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func dedupeRows(rows [][]string) [][]string {
	seen := map[string]bool{}
	var out [][]string
	for _, r := range rows {
		k := fmt.Sprint(r)
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}
