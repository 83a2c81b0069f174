package letters

import (
	"fmt"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

func parseDay(iso string) (time.Time, error) { return time.Parse(time.DateOnly, iso) }

// registers are the registers the request concerns: the one named in the
// log, or every register when none is named (or the name is not found).
func (c *composer) registers() []data.Register {
	name := strings.TrimSpace(c.e.Register)
	for _, r := range c.a.Registers {
		if name != "" && strings.EqualFold(strings.TrimSpace(r.Name), name) {
			return []data.Register{r}
		}
	}
	return c.a.Registers
}

// recipientNames are the recipients and processors of the registers
// concerned.
func (c *composer) recipientNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, r := range c.registers() {
		for _, rc := range r.Recipients {
			add(rc.Name)
		}
		for _, id := range r.ProcessorIDs {
			for _, p := range c.a.Processors {
				if p.ID == id {
					add(p.Name)
				}
			}
		}
	}
	return out
}

// access is the answer to an access request: art. 15(1)(a)–(h) per
// register concerned, the other rights, and the copy of the data (15(3)).
func (c *composer) access() []doc.Section {
	t := c.t
	var ss []doc.Section
	for _, r := range c.registers() {
		var b []doc.Block
		b = append(b, item(t.PurposesL+" (15(1)(a))", c.purposes(r))...)
		b = append(b, item(t.CategoriesL+" (15(1)(b))", categories(r))...)
		b = append(b, item(t.RecipientsL+" (15(1)(c))", c.recipientsOf(r))...)
		b = append(b, item(t.RetentionL+" (15(1)(d))", retention(r))...)
		b = append(b, item(t.SourcesL+" (15(1)(g))", c.sources(r))...)
		b = append(b, item(t.AutomatedL+" (15(1)(h))", c.automated(r))...)
		ss = append(ss, doc.Section{Title: fmt.Sprintf(t.RegisterTitle, strings.TrimSpace(r.Name)), Blocks: b})
	}
	ss = append(ss, doc.Section{Title: t.RightsTitle, Blocks: paras(t.OtherRights + " (15(1)(e), (f))")})
	ss = append(ss, doc.Section{Title: t.CopyTitle, Blocks: append(paras(t.Copy), doc.Note{Text: t.CopyPlace})})
	return ss
}

func item(label string, items []string) []doc.Block {
	items = doc.Clean(items)
	if len(items) == 0 {
		return nil
	}
	return []doc.Block{doc.Paragraph{Text: label + ":"}, doc.List{Items: items}}
}

func (c *composer) purposes(r data.Register) []string {
	var out []string
	for _, p := range r.Purposes {
		if strings.TrimSpace(p.Description) == "" {
			continue
		}
		line := strings.TrimSpace(p.Description)
		if p.LegalBasis != "" {
			line += " – " + c.t.BasisL + ": " + lowerFirst(vocab.Label(vocab.LegalBases, string(p.LegalBasis), c.lang))
		}
		out = append(out, line)
	}
	return out
}

func categories(r data.Register) []string {
	var out []string
	for _, dc := range r.DataCategories {
		out = append(out, dc.Name)
	}
	return out
}

func (c *composer) recipientsOf(r data.Register) []string {
	var out []string
	for _, rc := range r.Recipients {
		out = append(out, doc.Join(" – ", rc.Name, rc.Reason))
	}
	for _, id := range r.ProcessorIDs {
		for _, p := range c.a.Processors {
			if p.ID == id {
				line := doc.Join(" – ", p.Name, p.Service)
				if p.Location == data.LocationThirdCountry {
					line += " (" + doc.Join(", ", c.t.OutsideEEA, p.Country, vocab.Label(vocab.Safeguards, p.Safeguard, c.lang)) + ")"
				}
				out = append(out, line)
			}
		}
	}
	for _, tr := range r.Transfers {
		if isProcessor(c.a, r, tr.Recipient) {
			continue // its processor line already says where it is
		}
		out = append(out, doc.Join(" ", tr.Recipient, "("+doc.Join(", ", c.t.OutsideEEA, tr.Country, vocab.Label(vocab.Safeguards, tr.Safeguard, c.lang))+")"))
	}
	return out
}

func retention(r data.Register) []string {
	var out []string
	for _, rr := range r.Retention {
		out = append(out, doc.Join(": ", rr.Data, rr.Period))
	}
	return out
}

func (c *composer) sources(r data.Register) []string {
	var out []string
	for _, s := range r.Sources {
		line := strings.TrimSpace(s.Description)
		if line != "" && s.Public {
			line += " (" + c.t.Public + ")"
		}
		out = append(out, line)
	}
	return out
}

// automated says what the answers say of art. 22 decisions: described when
// used, "not used" only when the answer is recorded as no.
func (c *composer) automated(r data.Register) []string {
	ad := r.AutomatedDecisions
	if !ad.Used {
		return []string{c.t.NoAutomated}
	}
	return []string{doc.Join(" ", ad.Logic, ad.Consequences)}
}

// isProcessor tells whether name is one of the register's processors.
func isProcessor(a *data.Answers, r data.Register, name string) bool {
	for _, id := range r.ProcessorIDs {
		for _, p := range a.Processors {
			if p.ID == id && strings.EqualFold(strings.TrimSpace(p.Name), strings.TrimSpace(name)) {
				return true
			}
		}
	}
	return false
}

// lowerFirst writes a label inside a sentence: its first letter small.
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}
