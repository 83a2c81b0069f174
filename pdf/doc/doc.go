// Package doc is the plain document model every output is composed into
// first: headings, paragraphs, lists, tables, notes and signature blocks.
// Composers fill it from the answers; renderers (PDF, HTML) draw it. Keeping
// the two apart lets content be tested without drawing a PDF.
package doc

// Document is one finished document in one language.
type Document struct {
	Lang     string // "fi", "sv" or "en"; also the PDF and HTML language
	Title    string // h1 on the first page
	Subtitle string // a line under the title, e.g. the company name
	Meta     Meta
	// Header is printed at the top of every page after the first (company and
	// document name); Footer at the bottom next to the page number.
	Header string
	Footer string
	// PageLabel formats the page number: two %d verbs, page and total
	// ("Sivu %d / %d").
	PageLabel string
	// Watermark, when not empty, is printed diagonally on every page
	// (LUONNOS / UTKAST / DRAFT for drafts).
	Watermark string
	// Intro comes before the first section.
	Intro    []Block
	Sections []Section
}

// Meta is written into the PDF's information dictionary and the HTML head.
type Meta struct {
	Title    string
	Author   string
	Subject  string
	Keywords string
	Creator  string
}

// Section is a numbered part of the document. Sub-sections are numbered
// below it (2.1, 2.2 …). Number is filled by the composer so that the
// renderers print the same numbers.
type Section struct {
	Number      string
	Title       string
	Blocks      []Block
	Subsections []Section
	// NewPage starts the section on a new page (annexes).
	NewPage bool
}

// Block is one piece of section content: one of the types below.
type Block interface{ isBlock() }

// Paragraph is running text.
type Paragraph struct{ Text string }

// List is a bulleted list; Ordered numbers it instead.
type List struct {
	Items   []string
	Ordered bool
}

// Facts is a two-column table of label and value (controller's details …).
type Facts struct{ Rows []Fact }

// Fact is one row of Facts.
type Fact struct{ Label, Value string }

// Table is a table with a header row. Widths are relative column widths;
// when empty the columns share the width equally.
type Table struct {
	Header []string
	Rows   [][]string
	Widths []float64
}

// Note is a highlighted remark (a warning, a "how to use this right" tip).
type Note struct{ Text string }

// Signature is a signature block with one column per signing party.
type Signature struct{ Parties []Party }

// Party is one signer. Lines are the labelled blanks to fill in by hand
// (paikka ja aika, allekirjoitus, nimenselvennys, asema); Prefilled gives a
// value printed on a line when known (e.g. the name clarification).
type Party struct {
	Heading string
	Lines   []SignLine
}

// SignLine is one labelled line of a signature block.
type SignLine struct {
	Label string
	Value string
}

func (Paragraph) isBlock() {}
func (List) isBlock()      {}
func (Facts) isBlock()     {}
func (Table) isBlock()     {}
func (Note) isBlock()      {}
func (Signature) isBlock() {}

// PlainText returns the document's text in reading order, one block a line.
// Content tests use it to check that facts are present without a PDF.
func (d *Document) PlainText() string {
	var b textBuilder
	b.line(d.Title)
	b.line(d.Subtitle)
	b.blocks(d.Intro)
	for _, s := range d.Sections {
		b.section(s)
	}
	return b.String()
}
