package audit

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// maxZipEntry bounds the unpacked size of the one XML part read from a
// DOCX or ODT file, so that a zip bomb cannot fill memory.
const maxZipEntry = 64 << 20

// extractDOCX returns the text of a Word document (Office Open XML): the
// paragraphs of word/document.xml, one a line with a blank line after it
// (a paragraph of Word is never a line that a layout wrapped, so reflow
// must not join the next one to it even when it starts with a small
// letter), list items marked "- " as the HTML reader marks <li>, tabs and
// breaks kept.
// archive/zip and encoding/xml of the standard library are enough; no
// other library is needed for text.
func extractDOCX(b []byte) (string, error) {
	part, err := zipPart(b, "word/document.xml")
	if err != nil {
		return "", err
	}
	return xmlText(part, xmlRules{
		text:  map[string]bool{"t": true},
		lines: map[string]bool{"br": true, "cr": true, "tr": true},
		// A paragraph ends a line, except inside a table cell: the cells
		// of a row stay on one line ("Y-tunnus 1234567-1").
		paras: map[string]bool{"p": true},
		cells: map[string]bool{"tc": true},
		tabs:  map[string]bool{"tab": true},
		items: map[string]bool{"numPr": true},
		gap:   "\n\n",
		// Word's non-breaking hyphen is an element of its own, which a
		// Y-tunnus may be written with ("2598034", hyphen, "0").
		hyphens: map[string]bool{"noBreakHyphen": true},
		syms:    map[string]bool{"sym": true},
		// Tracked deletions and moves away are no longer in the text;
		// a text box is written twice, once as a fallback for old
		// programs.
		skip:   map[string]bool{"del": true, "moveFrom": true, "Fallback": true},
		blocks: map[string]bool{"txbxContent": true},
		// A paragraph in a heading style ("Heading2", "Otsikko2",
		// "Rubrik2", "Title") gets a blank line before it and none
		// after, as a plain text's heading: the audit can then tell a
		// heading it has no word for.
		styled: map[string]bool{"pStyle": true},
	})
}

// headingStyle is the id of a Word paragraph style for headings, in the
// languages Word names its built-in styles in.
var headingStyle = lazy(`(?i)^(heading|otsikko|rubrik|title|berschrift|titre)`)

// extractODT returns the text of an OpenDocument text file: the
// paragraphs and headings of content.xml.
func extractODT(b []byte) (string, error) {
	part, err := zipPart(b, "content.xml")
	if err != nil {
		return "", err
	}
	return xmlText(part, xmlRules{
		lines:  map[string]bool{"line-break": true, "list-item": true, "table-row": true},
		items:  map[string]bool{"list-item": true},
		gap:    "\n\n",
		paras:  map[string]bool{"p": true, "h": true},
		heads:  map[string]bool{"h": true}, // a heading: a blank line before it
		cells:  map[string]bool{"table-cell": true},
		tabs:   map[string]bool{"tab": true},
		spaces: map[string]bool{"s": true},
		// The text that tracked changes deleted is kept apart, in
		// text:tracked-changes, and is no longer the document's.
		skip: map[string]bool{"tracked-changes": true},
		all:  true,
	})
}

// zipPart returns the unpacked bytes of the file name inside the zip b.
func zipPart(b []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > maxZipEntry {
			return nil, ErrTooLarge
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		part, err := io.ReadAll(io.LimitReader(rc, maxZipEntry+1))
		if err != nil {
			return nil, err
		}
		if len(part) > maxZipEntry {
			return nil, ErrTooLarge
		}
		return part, nil
	}
	return nil, errors.New(name + " is missing")
}

// xmlRules name the elements (by local name) that carry text, end a line,
// or stand for a tab or a space.
type xmlRules struct {
	text   map[string]bool // character data counts only inside these (DOCX w:t)
	lines  map[string]bool
	paras  map[string]bool // end a line outside table cells
	cells  map[string]bool // table cells: end with a tab
	tabs   map[string]bool
	spaces map[string]bool
	items  map[string]bool // start a list item (DOCX w:numPr of a paragraph's properties)
	// gap is written at a paragraph's end outside table cells; a
	// heading's ends with a line end only, so that it stands right above
	// its content.
	gap     string
	hyphens map[string]bool // a non-breaking hyphen (DOCX w:noBreakHyphen)
	syms    map[string]bool // a symbol of a symbol font (DOCX w:sym)
	skip    map[string]bool // nothing inside is read (DOCX w:del, w:moveFrom, mc:Fallback)
	blocks  map[string]bool // start a block of their own (DOCX w:txbxContent, a text box)
	all     bool            // character data counts everywhere (ODT)
	heads   map[string]bool // headings (ODT text:h): a blank line before
	styled  map[string]bool // a paragraph's style (DOCX w:pStyle): a heading's gets a blank line before
}

// xmlText walks an XML part and returns its text.
func xmlText(part []byte, rules xmlRules) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(part))
	w := xmlWalker{rules: rules}
	skip := 0 // depth inside an element whose content is not read
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || rules.skip[t.Name.Local] {
				skip++
				continue
			}
			w.start(t.Name.Local)
			w.style(t)
			w.symbol(t)
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			w.end(t.Name.Local)
		case xml.CharData:
			if skip == 0 && (rules.all || w.inText > 0) {
				w.out.add(printedHyphens.Replace(string(t)))
			}
		}
		if w.out.over {
			return "", ErrTooLarge
		}
	}
	return w.out.String(), nil
}

// printedHyphens are the hyphens as they print: a non-breaking hyphen
// (U+2011) is a hyphen, a soft hyphen (U+00AD) nothing unless the line
// breaks there.
var printedHyphens = strings.NewReplacer("\u2011", "-", "\u00ad", "")

// symbolBullet is the character code of the bullet in the Symbol font,
// as Word writes it in w:sym (in the private use area, U+F0B7) or bare.
var symbolBullet = map[string]bool{"F0B7": true, "B7": true}

// symbol writes a symbol of a symbol font: the bullet of a list, or a
// space for the others (Wingdings' telephone or envelope before a
// number or address), which keeps the words on either side apart.
func (w *xmlWalker) symbol(t xml.StartElement) {
	if !w.rules.syms[t.Name.Local] {
		return
	}
	for _, a := range t.Attr {
		if a.Name.Local == "char" && symbolBullet[strings.ToUpper(a.Value)] {
			w.out.add("•")
			return
		}
	}
	w.out.add(" ")
}

// xmlWalker is the state of xmlText.
type xmlWalker struct {
	rules          xmlRules
	out            limitedBuilder
	inText, inCell int
	// heading: the paragraph being read is a heading (ends with "\n",
	// not the gap).
	heading bool
}

// style starts a heading's line with a blank line before it.
func (w *xmlWalker) style(t xml.StartElement) {
	n := t.Name.Local
	if w.inCell > 0 {
		return
	}
	if w.rules.heads[n] {
		w.out.add("\n")
		w.heading = true
	}
	if !w.rules.styled[n] {
		return
	}
	for _, a := range t.Attr {
		if a.Name.Local == "val" && headingStyle.MatchString(a.Value) {
			w.out.add("\n")
			w.heading = true
		}
	}
}

func (w *xmlWalker) start(n string) {
	switch {
	case w.rules.text[n]:
		w.inText++
	case w.rules.tabs[n]:
		w.out.add("\t")
	case w.rules.spaces[n]:
		w.out.add(" ")
	case w.rules.hyphens[n]:
		w.out.add("-")
	case w.rules.blocks[n]:
		w.out.add(w.rules.gap)
	case w.rules.cells[n]:
		w.inCell++
	case w.rules.items[n] && w.inCell == 0:
		w.out.add("- ")
	}
}

func (w *xmlWalker) end(n string) {
	if w.rules.text[n] && w.inText > 0 {
		w.inText--
	}
	switch {
	case w.rules.paras[n] && w.inCell == 0 && w.heading:
		w.heading = false
		w.out.add("\n")
	case w.rules.paras[n] && w.inCell == 0:
		w.out.add(w.rules.gap)
	case w.rules.lines[n]:
		w.out.add("\n")
	case w.rules.paras[n]:
		w.out.add(" ")
	case w.rules.cells[n] && w.inCell > 0:
		w.inCell--
		w.out.add("\t")
	}
}
