// Package terms composes the processor terms (käsittelijäehdot) of an
// organisation that processes personal data for its customers (GDPR art. 28),
// and a short page on the vendor's privacy practices for the service's users.
//
// The clause order and the four annexes follow the structure of the European
// Commission's standard contractual clauses between controllers and
// processors (Implementing Decision (EU) 2021/915), so that a customer's
// lawyer finds everything where they expect it; the wording is our own and
// plain. The package only fills the document model (pdf/doc); drawing is the
// renderers' job.
package terms

import (
	"fmt"
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf/doc"
)

// Options choose the language, draft marking and version date.
type Options struct {
	Lang  string    // fi, sv, en
	Draft bool      // watermark LUONNOS/UTKAST/DRAFT
	Date  time.Time // date of the terms version; zero -> today
}

// Title returns the title of the processor terms in lang.
func Title(lang string) string { return textsFor(lang).Title }

// PracticesTitle returns the title of the privacy practices page in lang.
func PracticesTitle(lang string) string { return textsFor(lang).PracticesTitle }

// blank stands in for a missing name inside a sentence, so that a draft
// shows the gap instead of a broken sentence.
const blank = "___"

// composer carries what every part of a document needs.
type composer struct {
	a     *data.Answers
	pt    *data.ProcessorTerms
	org   data.Organisation
	t     *texts
	lang  string
	date  string // version date, formatted
	draft bool   // drafts show placeholders where the final leaves a row out
}

func newComposer(a *data.Answers, opt Options) *composer {
	if a == nil {
		a = &data.Answers{}
	}
	lang := normLang(opt.Lang)
	return &composer{
		a: a, pt: &a.ProcessorTerms, org: a.Organisation,
		t: textsFor(lang), lang: lang,
		date: formatDate(versionDate(opt), lang), draft: opt.Draft,
	}
}

// orgName and service return the names for use inside sentences.
func (c *composer) orgName() string { return or(c.org.Name, blank) }
func (c *composer) service() string { return or(c.pt.ServiceName, blank) }

// or returns s trimmed, or alt when s is blank.
func or(s, alt string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return alt
}

// frame fills the fields every document of the package shares.
func (c *composer) frame(title, subject, keywords string, draft bool) *doc.Document {
	d := &doc.Document{
		Lang:      c.lang,
		Title:     title,
		Subtitle:  join(" · ", c.pt.ServiceName, c.org.Name),
		Header:    join(" · ", c.org.Name, title),
		Footer:    fmt.Sprintf(c.t.Version, c.date),
		PageLabel: c.t.PageLabel,
		Meta: doc.Meta{
			Title:    join(" – ", title, c.pt.ServiceName),
			Author:   strings.TrimSpace(c.org.Name),
			Subject:  subject,
			Keywords: keywords,
			Creator:  "Tietosuojapakki",
		},
	}
	if draft {
		d.Watermark = c.t.Draft
	}
	return d
}

// Compose returns the processor terms of a in the language of opt.
func Compose(a *data.Answers, opt Options) *doc.Document {
	c := newComposer(a, opt)
	d := c.frame(c.t.Title, c.t.Subject, c.t.Keywords, opt.Draft)
	d.Intro = []doc.Block{
		doc.Paragraph{Text: fmt.Sprintf(c.t.Intro, c.orgName(), c.service())},
		doc.Paragraph{Text: fmt.Sprintf(c.t.VersionLine, c.date)},
	}
	d.Sections = append(c.clauses(), c.acceptance())
	d.Sections = append(d.Sections, c.annexes()...)
	return d
}
