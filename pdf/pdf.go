// Package pdf draws a document model (package doc) as a printable A4 PDF and
// as a self-contained HTML page. It is the only package that imports gofpdf,
// so that switching to its maintained fork is a one-line change.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf/v2"

	"tietosuojapakki/pdf/doc"
)

// Options tune WritePDF.
type Options struct {
	// CreatedAt fixes the PDF creation/modification date so that output is
	// reproducible (tests); zero -> time.Now().
	CreatedAt time.Time
}

// WritePDF draws d as an A4 PDF and writes it to w. Text is cleaned before it
// is drawn (emoji, control characters, characters the font lacks), so any
// document renders; an error means gofpdf or w failed.
func WritePDF(w io.Writer, d *doc.Document, opt Options) (err error) {
	defer func() {
		// gofpdf panics on some inputs it does not expect; a document that
		// cannot be drawn is an error for the caller, not a crash.
		if v := recover(); v != nil {
			err = fmt.Errorf("pdf: drawing failed: %v", v)
		}
	}()
	cov, err := coverages()
	if err != nil {
		return err
	}
	p := gofpdf.New("P", "mm", "A4", "")
	r := &renderer{p: p, d: d, cov: cov}
	r.setup(opt)
	r.document()
	if err := p.Error(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	_, err = w.Write(withLang(buf.Bytes(), d.Lang))
	return err
}

// renderer carries the PDF being drawn and the vertical position on the
// current page. Page breaks are decided here, not by gofpdf, so that headings
// stay with their text and table rows stay whole.
type renderer struct {
	p   *gofpdf.Fpdf
	d   *doc.Document
	cov map[fontStyle]*coverage
	y   float64 // top of the next thing to draw, mm from the page top

	style fontStyle
	size  float64 // points
	// fontPage is the page on which style and size were last selected.
	fontPage int
}

func (r *renderer) setup(opt Options) {
	p := r.p
	created := opt.CreatedAt
	if created.IsZero() {
		created = time.Now()
	}
	p.SetCreationDate(created)
	p.SetModificationDate(created)
	p.SetCatalogSort(true)
	m := r.d.Meta
	if m.Title == "" {
		m.Title = r.d.Title
	}
	p.SetTitle(metaText(m.Title), true)
	p.SetAuthor(metaText(m.Author), true)
	p.SetSubject(metaText(m.Subject), true)
	p.SetKeywords(metaText(m.Keywords), true)
	p.SetCreator(metaText(m.Creator), true)
	p.SetMargins(marginX, pageTop, marginX)
	// Page breaks are placed by the renderer (see ensure); gofpdf's own
	// breaking would split rows and leave headings alone.
	p.SetAutoPageBreak(false, 0)
	addFonts(p)
	// After the fonts: gofpdf then keeps the digits in the font subset, which
	// the page total replaces {nb} with.
	p.AliasNbPages("")
	p.SetHeaderFuncMode(r.header, false)
	p.SetFooterFunc(r.footer)
}

// metaText cleans an information-dictionary string; no font is involved, so
// only what breaks gofpdf's UTF-16 conversion or readers goes.
func metaText(s string) string {
	return cleanText(s, &allBMP, false)
}

// allBMP accepts every Basic Multilingual Plane character.
var allBMP = func() (c coverage) {
	for i := range c {
		c[i] = ^uint64(0)
	}
	return c
}()

// document draws the title block, the intro and every section.
func (r *renderer) document() {
	r.p.AddPage()
	r.y = pageTop
	r.titleBlock()
	r.blocks(r.d.Intro)
	for _, s := range r.d.Sections {
		r.section(s, 0)
	}
}
