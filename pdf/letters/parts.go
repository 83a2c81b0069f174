package letters

import (
	"fmt"
	"strings"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// frame is the letter's head: sender, recipient, date and subject line.
func (c *composer) frame(kind Kind) *doc.Document {
	o := c.a.Organisation
	t := c.t
	title := t.Titles[kind]
	d := &doc.Document{
		Lang:      c.lang,
		Title:     title,
		Subtitle:  fmt.Sprintf(t.Reference, c.e.Ref),
		Header:    doc.Join(" – ", o.Name, title),
		Footer:    doc.Join(" – ", o.Name, c.e.Ref),
		PageLabel: t.PageLabel,
		Meta:      doc.Meta{Title: title + " " + c.e.Ref, Author: o.Name, Subject: title, Creator: "Tietosuojapakki"},
	}
	d.Intro = []doc.Block{doc.Facts{Rows: keep(
		doc.Fact{Label: t.FromL, Value: doc.Join(", ", o.Name, o.Street, doc.Join(" ", o.PostalCode, o.City))},
		doc.Fact{Label: t.ToL, Value: doc.Join(", ", c.e.Requester.Name, c.e.Requester.Contact)},
		doc.Fact{Label: t.DateL, Value: doc.FormatDate(c.date, c.lang)},
		doc.Fact{Label: t.RefL, Value: c.e.Ref},
	)}}
	return d
}

// received is the date of receipt, written for the reader.
func (c *composer) day(iso string) string {
	if iso == "" {
		return ""
	}
	if t, err := parseDay(iso); err == nil {
		return doc.FormatDate(t, c.lang)
	}
	return iso
}

// rights names the rights the request used.
func (c *composer) rights() string {
	var names []string
	for _, r := range c.e.Rights {
		term, ok := vocab.Find(vocab.Rights, string(r))
		if !ok {
			names = append(names, string(r))
			continue
		}
		names = append(names, lowerFirst(term.Label.In(c.lang)))
	}
	return strings.Join(names, ", ")
}

func (c *composer) ack() []doc.Section {
	t := c.t
	b := paras(
		fmt.Sprintf(t.AckReceived, c.day(c.e.Received), c.rights()),
		fmt.Sprintf(t.AckDue, c.day(c.e.Due)),
	)
	if c.e.Identity == nil || c.e.Identity.VerifiedOn == "" {
		b = append(b, paras(t.AckIdentity)...)
	}
	b = append(b, paras(t.AckNext, t.Free)...)
	return []doc.Section{{Title: t.Titles[Ack], Blocks: b}}
}

func (c *composer) extension() []doc.Section {
	t := c.t
	return []doc.Section{{Title: t.Titles[Extension], Blocks: paras(
		fmt.Sprintf(t.ExtReceived, c.day(c.e.Received)),
		fmt.Sprintf(t.ExtReason, strings.TrimSuffix(strings.TrimSpace(c.e.ExtensionReason), ".")),
		fmt.Sprintf(t.ExtDue, c.day(c.e.Due)),
		t.ExtLaw,
	)}}
}

// answer says, per right used, what was done; for access it gives the
// information of art. 15(1)(a)–(h) from the register concerned.
func (c *composer) answer() []doc.Section {
	t := c.t
	var ss []doc.Section
	intro := paras(fmt.Sprintf(t.AnswerIntro, c.day(c.e.Received), c.rights()))
	if out := strings.TrimSpace(c.e.Outcome); out != "" {
		intro = append(intro, paras(t.OutcomeL+": "+out)...)
	}
	ss = append(ss, doc.Section{Title: t.Titles[Answer], Blocks: intro})
	for _, r := range c.e.Rights {
		switch r {
		case data.RightAccess:
			ss = append(ss, c.access()...)
		case data.RightRectification, data.RightErasure, data.RightRestriction:
			ss = append(ss, doc.Section{Title: c.rightLabel(r), Blocks: c.toldRecipients(r)})
		default:
			ss = append(ss, doc.Section{Title: c.rightLabel(r), Blocks: paras(t.RightDone[r])})
		}
	}
	ss = append(ss, c.remedies(t.AnswerRemedy))
	return ss
}

func (c *composer) rightLabel(r data.Right) string {
	return vocab.Label(vocab.Rights, string(r), c.lang)
}

// toldRecipients is art. 19: the recipients to whom the data was disclosed
// are told of the rectification, erasure or restriction, and the requester
// may ask who they are.
func (c *composer) toldRecipients(r data.Right) []doc.Block {
	t := c.t
	b := paras(t.RightDone[r])
	names := c.recipientNames()
	if len(names) == 0 {
		return append(b, paras(t.NoRecipients)...)
	}
	return append(append(b, paras(t.Art19)...), doc.List{Items: names})
}

func (c *composer) refusal() []doc.Section {
	t := c.t
	reason := vocab.Label(vocab.RefusalReasons, c.e.RefusalReason, c.lang)
	b := paras(fmt.Sprintf(t.RefusalIntro, c.day(c.e.Received), c.rights()))
	b = append(b, doc.Facts{Rows: keep(
		doc.Fact{Label: t.ReasonL, Value: reason},
		doc.Fact{Label: t.DetailsL, Value: strings.TrimSpace(c.e.RefusalDetails)},
	)})
	return []doc.Section{{Title: t.Titles[Refusal], Blocks: b}, c.remedies(t.RefusalRemedy)}
}

// remedies are art. 12(4), 77 and 79: the complaint to the authority and a
// judicial remedy, with the authority's current contact details.
func (c *composer) remedies(lead string) doc.Section {
	t, au := c.t, vocab.Authority
	return doc.Section{Title: t.RemediesTitle, Blocks: append(paras(lead, t.Court), doc.Facts{Rows: []doc.Fact{
		{Label: t.AuthorityL, Value: au.Name.In(c.lang)},
		{Label: t.VisitL, Value: au.Visit.In(c.lang)},
		{Label: t.PostL, Value: au.Post.In(c.lang)},
		{Label: t.PhoneL, Value: au.Phone.In(c.lang)},
		{Label: t.EmailL, Value: au.Email.In(c.lang)},
		{Label: t.WebL, Value: au.Web.In(c.lang)},
	}})}
}

// closing gives the contact for questions and a signature line.
func (c *composer) closing() doc.Section {
	o := c.a.Organisation
	t := c.t
	contact := doc.Join(", ", o.PrivacyContact.Name, o.PrivacyContact.Email, o.PrivacyContact.Phone)
	if contact == "" {
		contact = doc.Join(", ", o.Email, o.Phone)
	}
	var b []doc.Block
	if contact != "" {
		b = paras(fmt.Sprintf(t.Questions, contact))
	}
	b = append(b, doc.Signature{Parties: []doc.Party{{Heading: doc.Join(", ", t.Regards, o.Name), Lines: []doc.SignLine{
		{Label: t.SignatureL}, {Label: t.NameL, Value: o.PrivacyContact.Name},
	}}}})
	return doc.Section{Title: t.ContactTitle, Blocks: b}
}

func paras(texts ...string) []doc.Block {
	var b []doc.Block
	for _, s := range texts {
		if s = strings.TrimSpace(s); s != "" {
			b = append(b, doc.Paragraph{Text: s})
		}
	}
	return b
}

func keep(rows ...doc.Fact) []doc.Fact {
	var out []doc.Fact
	for _, r := range rows {
		if strings.TrimSpace(r.Value) != "" {
			out = append(out, r)
		}
	}
	return out
}
