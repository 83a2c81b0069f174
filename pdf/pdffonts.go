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
}

var fontFiles = []fontFile{
	{regular, dejavusans.TTF},
	{bold, dejavusansbold.TTF},
	{italic, dejavusansoblique.TTF},
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

// addFonts registers every style the renderer uses; a style left out would
// stop the document with "undefined font".
func addFonts(p *gofpdf.Fpdf) {
	for _, f := range fontFiles {
		p.AddUTF8FontFromBytes(family, string(f.style), f.ttf)
	}
}
