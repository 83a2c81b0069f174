// Package notice composes the privacy notice (tietosuojaseloste, GDPR
// articles 13 and 14) from an organisation's answers into the plain document
// model of package doc. It draws nothing: the PDF and HTML renderers take the
// result, and tests read it back with doc.Document.PlainText.
//
// The notice is built for partial answers too. An item the user has not
// answered yet is left out of an issued notice; in a draft it is printed as a
// visible "[puuttuu: …]" so the gap is seen before the notice is issued.
package notice

import (
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// Change is an earlier issued version of the notice, listed in the change
// history ("Muutoshistoria").
type Change struct {
	Version int
	Date    time.Time
	Note    string
}

// Options chooses the language, the registers and the version facts of one
// notice.
type Options struct {
	Lang      string    // "fi", "sv", "en"; anything else is Finnish
	Registers []int     // indexes into a.Registers; empty = all registers in one document
	Draft     bool      // watermark LUONNOS / UTKAST / DRAFT and placeholders for gaps
	Version   int       // version number of this notice (0 = not issued yet: print none)
	Created   time.Time // laadittu (first version's date); zero -> today
	Updated   time.Time // päivitetty (this version's date); zero -> same as Created
	History   []Change  // earlier versions, newest first
}

// Creator is written into the document metadata.
const Creator = "Tietosuojapakki"

// Title returns the name of the document in lang: "Tietosuojaseloste",
// "Dataskyddsbeskrivning" or "Privacy notice".
func Title(lang string) string {
	t, _ := textsFor(lang)
	return t.Title
}

// Compose builds the privacy notice of the registers chosen in opt. It never
// panics on partial answers; a nil a is treated as empty answers.
func Compose(a *data.Answers, opt Options) *doc.Document {
	if a == nil {
		a = &data.Answers{}
	}
	c := newComposer(a, opt)
	d := &doc.Document{
		Lang:      c.lang,
		Title:     c.title(),
		Subtitle:  c.company(),
		Header:    c.header(),
		Footer:    c.t.Footer(opt.Version, c.date(c.updated)),
		PageLabel: c.t.PageLabel,
		Intro:     c.intro(),
	}
	if opt.Draft {
		d.Watermark = c.t.Watermark
	}
	d.Meta = doc.Meta{
		Title:    d.Title,
		Author:   c.company(),
		Subject:  c.t.Subject(c.company()),
		Keywords: c.keywords(),
		Creator:  Creator,
	}

	c.add(c.controllerSection())
	for i, r := range c.regs {
		c.add(c.registerSection(c.regIdx[i], r))
	}
	if c.sharedSecurity {
		c.add(c.sharedSecuritySection())
	}
	c.add(c.rightsSection())
	c.add(c.complaintSection())
	c.add(c.websiteSection())
	c.add(c.requestLogSection())
	c.add(c.changesSection())
	c.add(c.signatureSection())
	d.Sections = c.sections
	tidyDocument(d)
	return d
}
