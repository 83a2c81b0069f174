package pdf

import (
	"sync"

	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"
	"github.com/go-fonts/dejavu/dejavusansoblique"
	"github.com/jung-kurt/gofpdf/v2"
)

// family is the name the embedded DejaVu Sans fonts are registered under.
const family = "DejaVu"

// fontStyle is a gofpdf style string: "", "B" or "I". Bold italic is not
// used; registering it would cost a font parse per document for nothing.
type fontStyle string

const (
	regular fontStyle = ""
	bold    fontStyle = "B"
	italic  fontStyle = "I"
)

// fontFile is one embedded style with the characters it can draw.
type fontFile struct {
	style fontStyle
	ttf   []byte
	// onUse: registered on first use (useFont), not with the document
	// (addFonts); a style only some documents draw.
	onUse bool
}

var fontFiles = []fontFile{
	{regular, dejavusans.TTF, false},
	{bold, dejavusansbold.TTF, false},
	{italic, dejavusansoblique.TTF, true}, // notes only
}

// coverages parses the fonts' cmaps once per process; every document shares
// the result.
var coverages = sync.OnceValues(func() (map[fontStyle]*coverage, error) {
	m := make(map[fontStyle]*coverage, len(fontFiles))
	for _, f := range fontFiles {
		c, err := parseCoverage(f.ttf)
		if err != nil {
			return nil, err
		}
		m[f.style] = c
	}
	return m, nil
})

// addFonts registers the styles every document draws with (body text,
// headings, the footer's page total) before the page total's alias is
// set, so that gofpdf keeps the digits in their subsets. The others are
// registered on first use by useFont: a style a document never draws then
// costs neither a parse nor a subset (a third of a short document's
// allocations and about a fifth of its time; BenchmarkFontsOnFirstUse).
// The page total is drawn in regular, so a style added later needs no
// digits kept for it.
func addFonts(p *gofpdf.Fpdf) {
	for _, f := range fontFiles {
		if !f.onUse {
			p.AddUTF8FontFromBytes(family, string(f.style), f.ttf)
		}
	}
}

// useFont registers style's font if it is registered on first use and
// the document has not got it yet (gofpdf returns at once for a font it
// has). Every SetFont goes through here, or a style would stop the
// document with "undefined font".
func useFont(p *gofpdf.Fpdf, style fontStyle) {
	for _, f := range fontFiles {
		if f.style == style && f.onUse {
			p.AddUTF8FontFromBytes(family, string(f.style), f.ttf)
			return
		}
	}
}
