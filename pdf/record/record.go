// Package record composes the record of processing activities (seloste
// käsittelytoimista, GDPR art. 30) from an organisation's answers into the
// plain document model of package doc: the controller's record of art.
// 30(1), one activity per register, and, for a business that processes
// personal data for its customers, the processor's record of art. 30(2).
//
// Nothing is asked twice: every item comes from the answers the wizard
// already holds for the privacy notice and the processor terms. An item the
// answers do not give is printed as "not recorded" in a draft and left out
// of an issued record, so the record never states what the answers do not
// support.
package record

import (
	"fmt"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// Options choose the record's part, language, draft marking and date.
type Options struct {
	Lang      string    // "fi", "sv", "en"; anything else is Finnish
	Processor bool      // the processor's record (art. 30(2)) instead of the controller's (30(1))
	Draft     bool      // watermark LUONNOS / UTKAST / DRAFT and "not recorded" marks for gaps
	Version   int       // version number of this record (0 = not issued yet: print none)
	Date      time.Time // date of this version; zero -> today (local time)
}

// Creator is written into the document metadata.
const Creator = "Tietosuojapakki"

// Title returns the name of the controller's or the processor's record in
// lang.
func Title(lang string, processor bool) string {
	t := textsFor(lang)
	if processor {
		return t.ProcessorTitle
	}
	return t.Title
}

type composer struct {
	a     *data.Answers
	t     *texts
	lang  string
	draft bool
}

// Compose builds the record chosen in opt. It never panics on partial
// answers; a nil a is treated as empty answers.
func Compose(a *data.Answers, opt Options) *doc.Document {
	if a == nil {
		a = &data.Answers{}
	}
	lang := string(vocab.LangOf(opt.Lang))
	c := &composer{a: a, t: textsFor(lang), lang: lang, draft: opt.Draft}
	date := opt.Date
	if date.IsZero() {
		date = time.Now()
	}
	title := Title(lang, opt.Processor)
	name := strings.TrimSpace(a.Organisation.Name)
	d := &doc.Document{
		Lang:      lang,
		Title:     title,
		Subtitle:  name,
		Header:    doc.Join(" – ", name, title),
		Footer:    c.footer(opt.Version, doc.FormatDate(date, lang)),
		PageLabel: c.t.PageLabel,
		Meta: doc.Meta{
			Title: title, Author: name, Subject: title, Creator: Creator,
			Keywords: c.t.Keywords,
		},
	}
	if opt.Draft {
		d.Watermark = c.t.Watermark
	}
	if opt.Processor {
		d.Intro = paras(c.t.ProcessorIntro, c.t.Keeping)
		d.Sections = c.processorSections()
	} else {
		d.Intro = paras(c.t.Intro, c.t.Exemption, c.t.Keeping)
		d.Sections = c.controllerSections()
	}
	number(d.Sections)
	return d
}

func (c *composer) footer(version int, date string) string {
	if version > 0 {
		return fmt.Sprintf(c.t.FooterVersion, version, date)
	}
	return fmt.Sprintf(c.t.FooterDate, date)
}

// number gives the sections 1, 2, … and their sub-sections 1.1, 1.2, ….
func number(ss []doc.Section) {
	for i := range ss {
		ss[i].Number = fmt.Sprint(i + 1)
		for j := range ss[i].Subsections {
			ss[i].Subsections[j].Number = fmt.Sprintf("%d.%d", i+1, j+1)
		}
	}
}

// value returns s trimmed, or in a draft the "not recorded" mark for an
// empty s; in an issued record an empty value stays empty so that its row
// is left out.
func (c *composer) value(s string) string {
	if s = strings.TrimSpace(s); s != "" || !c.draft {
		return s
	}
	return c.t.Missing
}

// facts keeps the rows that have a value.
func facts(rows ...doc.Fact) []doc.Block {
	var keep []doc.Fact
	for _, r := range rows {
		if strings.TrimSpace(r.Value) != "" {
			keep = append(keep, r)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	return []doc.Block{doc.Facts{Rows: keep}}
}

func paras(texts ...string) []doc.Block {
	var b []doc.Block
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			b = append(b, doc.Paragraph{Text: t})
		}
	}
	return b
}

// list is a bulleted list of the non-empty items, or in a draft the "not
// recorded" mark when there are none.
func (c *composer) list(items []string) []doc.Block {
	items = doc.Clean(items)
	if len(items) == 0 {
		if c.draft {
			return paras(c.t.Missing)
		}
		return nil
	}
	return []doc.Block{doc.List{Items: items}}
}

// item is one labelled part of an activity: a sub-heading over its blocks,
// left out when there is nothing to say.
func item(title string, blocks []doc.Block) []doc.Block {
	if len(blocks) == 0 {
		return nil
	}
	return append([]doc.Block{doc.Paragraph{Text: title + ":"}}, blocks...)
}

func address(o data.Organisation) string {
	return doc.Join(", ", o.Street, doc.Join(" ", o.PostalCode, o.City))
}

func contactLine(ct data.Contact) string {
	return doc.Join(", ", ct.Name, ct.Title, ct.Email, ct.Phone)
}

// cite writes a GDPR article reference in the style of the record's
// language: "30(1)(b)" in Finnish and English (the short form the
// Finnish authority also uses), "30.1 b" in Swedish, as in the Swedish text
// of the Regulation.
func (c *composer) cite(article, paragraph int, point string) string {
	if c.lang == "sv" {
		s := fmt.Sprintf("art. %d.%d", article, paragraph)
		if point != "" {
			s += " " + point
		}
		return s
	}
	s := fmt.Sprintf("%d(%d)", article, paragraph)
	if point != "" {
		s += "(" + point + ")"
	}
	if c.lang == "en" {
		return "Art. " + s
	}
	return s + " art."
}
