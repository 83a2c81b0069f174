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
	// Stream, when set, gives more rows after Rows, one at a time, as a
	// renderer reaches them: the report of a 100,000-request log is drawn
	// as it is read from the database instead of being held whole. Each
	// rendering walks it again (it may run a query each time); a row
	// has at most as many cells as the table has columns. An error of
	// row ends the walk and Stream returns it; an error of Stream ends
	// the rendering with that error.
	Stream func(row func([]string) error) error
}

// EachRow calls fn with each row of t in order: Rows, then Stream's. An
// error of fn or of the stream ends the walk and is returned.
func (t Table) EachRow(fn func([]string) error) error {
	for _, r := range t.Rows {
		if err := fn(r); err != nil {
			return err
		}
	}
	if t.Stream == nil {
		return nil
	}
	return t.Stream(fn)
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

// Gathered is d with the rows of every streamed table read into Rows, for
// a renderer that needs a whole table at once (HTML); d itself is not
// changed. The error is the first stream's.
func (d *Document) Gathered() (*Document, error) {
	out := *d
	var err error
	out.Intro, err = gatherBlocks(d.Intro)
	if err != nil {
		return nil, err
	}
	out.Sections, err = gatherSections(d.Sections)
	if err != nil {
		return nil, err
	}
	return &out, nil
}

func gatherSections(ss []Section) ([]Section, error) {
	out := make([]Section, len(ss))
	for i, s := range ss {
		var err error
		if s.Blocks, err = gatherBlocks(s.Blocks); err != nil {
			return nil, err
		}
		if s.Subsections, err = gatherSections(s.Subsections); err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

func gatherBlocks(bs []Block) ([]Block, error) {
	out := make([]Block, len(bs))
	for i, b := range bs {
		if t, ok := b.(Table); ok && t.Stream != nil {
			var rows [][]string
			if err := t.EachRow(func(r []string) error { rows = append(rows, r); return nil }); err != nil {
				return nil, err
			}
			t.Rows, t.Stream = rows, nil
			b = t
		}
		out[i] = b
	}
	return out, nil
}
