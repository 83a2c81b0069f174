package notice

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// rightsSection tells the rights of art. 15–18, 20 and 21 and, where
// consent is a basis, its withdrawal (art. 7(3)); how to use them through
// the company's own contact, the one-month deadline, that it is free and
// that identity may be checked (art. 12).
func (c *composer) rightsSection() doc.Section {
	t := c.t
	var blocks []doc.Block
	email, post := c.contactEmail(), c.postalAddress()
	if email == "" {
		email = c.miss(t.Email)
	}
	switch {
	case email != "":
		blocks = para(blocks, t.RightsHowEmail(email), ifSet(post, t.RightsHowPostAlso))
	case post != "":
		blocks = para(blocks, t.RightsHowPost(post))
	default:
		blocks = para(blocks, t.RightsHowNone)
	}
	blocks = para(blocks, t.RightsDeadline)
	blocks = para(blocks, t.RightsFree)

	consent := c.consentPurposes()
	var items []string
	items = append(items, c.right(data.RightAccess, t.Access))
	items = append(items, c.right(data.RightRectification, t.Rectification))
	items = append(items, c.right(data.RightErasure, t.Erasure))
	items = append(items, c.right(data.RightRestriction, t.Restriction))
	if len(consent) > 0 || c.hasBasis(data.BasisContract) {
		// Portability only exists for data processed on consent or
		// contract (art. 20(1)); elsewhere it would promise nothing.
		items = append(items, c.right(data.RightPortability, t.Portability))
	}
	items = append(items, c.right(data.RightObjection, t.Objection))
	if len(consent) > 0 {
		items = append(items, c.right(data.RightWithdrawConsent, t.Withdraw, t.WithdrawApplies(strings.Join(consent, "; "))))
	}
	blocks = append(blocks, doc.List{Items: items})
	return doc.Section{Title: t.SecRights, Blocks: blocks}
}

// right is one list item: the vocabulary label with its article, what the
// right means (with any more sentences) and where to send the request.
func (c *composer) right(code data.Right, rt rightText, more ...string) string {
	head := string(code)
	if term, ok := vocab.Find(vocab.Rights, string(code)); ok {
		head = term.Label.In(c.lang) + " (" + c.t.Article(term.Article) + ")"
	}
	parts := append([]string{head + ".", rt.Explain}, more...)
	return joinNonEmpty(" ", append(parts, c.ask(rt))...)
}

// ask is the right's "send your request to …" sentence, left out when the
// company has given no e-mail address (the postal address is told above).
func (c *composer) ask(rt rightText) string {
	email := c.contactEmail()
	if email == "" {
		email = c.miss(c.t.Email)
	}
	if email == "" {
		return ""
	}
	return fmt.Sprintf(rt.Ask, email)
}

// consentPurposes lists the purposes (and art. 9 data) resting on consent,
// each with its register when the notice has several.
func (c *composer) consentPurposes() []string {
	var out []string
	for i, r := range c.regs {
		var ps []string
		for _, p := range r.Purposes {
			if p.LegalBasis == data.BasisConsent {
				ps = append(ps, c.orMiss(p.Description, c.t.PurposeCol))
			}
		}
		for _, sc := range r.SpecialCategories {
			if strings.TrimSpace(sc.Condition) == "a" && strings.TrimSpace(sc.Category) != "" {
				ps = append(ps, vocab.Label(vocab.SpecialCategories, sc.Category, c.lang))
			}
		}
		ps = clean(ps)
		if len(ps) == 0 {
			continue
		}
		if len(c.regs) > 1 {
			out = append(out, strings.Join(ps, ", ")+" ("+c.registerTitle(c.regIdx[i], r)+")")
		} else {
			out = append(out, strings.Join(ps, ", "))
		}
	}
	return out
}

func (c *composer) hasBasis(b data.LegalBasis) bool {
	for _, r := range c.regs {
		for _, p := range r.Purposes {
			if p.LegalBasis == b {
				return true
			}
		}
	}
	return false
}

// complaintSection is the right to lodge a complaint (art. 13(2)(d)) with
// the Finnish authority's current contacts.
func (c *composer) complaintSection() doc.Section {
	t, au := c.t, authorityOf(c.lang)
	rows := []doc.Fact{
		{Label: t.AuthorityLabel, Value: au.Name},
		{Label: t.VisitLabel, Value: au.Visit},
		{Label: t.PostLabel, Value: au.Post},
		{Label: t.SwitchboardLabel, Value: au.Phone},
		{Label: t.Email, Value: au.Email},
		{Label: t.Website, Value: au.Web},
	}
	blocks := para(nil, t.Complaint)
	return doc.Section{Title: t.SecComplaint, Blocks: append(blocks, doc.Facts{Rows: rows})}
}

// ifSet applies f to s when s is not empty.
func ifSet(s string, f func(string) string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return f(s)
}
