package pdf

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"tietosuojapakki/data/text"
	"tietosuojapakki/pdf/doc"
)

//go:embed html.tmpl
var htmlSource string

// htmlPage is the page template, parsed on the first HTML document rather
// than at the start of every run of the program (the PDF commands and the
// window never need it). The template is embedded: the HTML tests parse it.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Funcs(template.FuncMap{"linked": linked}).Parse(htmlSource))
})

// WriteHTML writes d as one self-contained HTML5 page (inline style, no
// scripts, no external files) that can be published or pasted into a web
// site. All text is escaped by html/template.
func WriteHTML(w io.Writer, d *doc.Document) error {
	d, err := d.Gathered() // a streamed table is read whole here
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := htmlPage().Execute(&b, newHTMLDoc(d)); err != nil {
		return err
	}
	_, err = io.WriteString(w, foreignSpans(b.String()))
	return err
}

// The htmlXxx types are the document shaped for the template: blocks become
// structs with one field set, since templates cannot switch on types.
type htmlDoc struct {
	Lang, Title, PageTitle, Subtitle, Watermark, Footer string
	Meta                                                doc.Meta
	Intro                                               []htmlBlock
	Sections                                            []htmlSection
}

type htmlSection struct {
	Level       int // 2 for sections, 3 for subsections, 4 below
	ID          string
	Heading     string
	Blocks      []htmlBlock
	Subsections []htmlSection
}

type htmlBlock struct {
	Paragraph [][]string // paragraphs of lines (a blank line starts a paragraph)
	List      *doc.List
	Facts     []htmlFact
	Table     *htmlTable
	Note      [][]string
	Signature *doc.Signature
}

// htmlFact is a fact row; its value keeps its lines, as in the PDF.
type htmlFact struct {
	Label string
	Value []string
}

type htmlTable struct {
	Widths []string // CSS widths, empty when the columns share equally
	Header []string
	Rows   [][][]string // rows of cells of lines: a cell keeps its lines, as in the PDF
}

func newHTMLDoc(d *doc.Document) htmlDoc {
	lang := d.Lang
	if !validLang(lang) {
		lang = "und" // BCP 47: undetermined
	}
	h := htmlDoc{
		Lang:      lang,
		Title:     htmlText(d.Title),
		PageTitle: plainText(d.Meta.Title),
		Subtitle:  htmlText(d.Subtitle),
		Watermark: htmlText(strings.TrimSpace(d.Watermark)),
		Footer:    htmlText(d.Footer),
		Meta: doc.Meta{
			Author:   plainText(d.Meta.Author),
			Subject:  plainText(d.Meta.Subject),
			Keywords: plainText(d.Meta.Keywords),
			Creator:  plainText(d.Meta.Creator),
		},
		Intro: htmlBlocks(d.Intro),
	}
	if h.PageTitle == "" {
		h.PageTitle = plainText(d.Title)
	}
	for _, s := range d.Sections {
		if hs, ok := newHTMLSection(s, 2); ok {
			h.Sections = append(h.Sections, hs)
		}
	}
	return h
}

// newHTMLSection shapes s for the template; ok is false for a section that
// had content and has none left on the web page (only blank signature
// lines): its heading alone would say nothing.
func newHTMLSection(s doc.Section, level int) (h htmlSection, ok bool) {
	h = htmlSection{
		Level:   min(level, 4),
		Heading: htmlText(headingText(s)),
		Blocks:  htmlBlocks(s.Blocks),
	}
	if n := strings.Trim(s.Number, ". "); n != "" {
		h.ID = "s" + strings.ReplaceAll(n, ".", "-")
	}
	for _, sub := range s.Subsections {
		if hs, ok := newHTMLSection(sub, level+1); ok {
			h.Subsections = append(h.Subsections, hs)
		}
	}
	hadContent := len(s.Blocks) > 0 || len(s.Subsections) > 0
	return h, !hadContent || len(h.Blocks) > 0 || len(h.Subsections) > 0
}

func htmlBlocks(bs []doc.Block) []htmlBlock {
	var out []htmlBlock
	for _, b := range bs {
		var h htmlBlock
		switch b := b.(type) {
		case doc.Paragraph:
			h.Paragraph = paragraphs(b.Text)
		case doc.List:
			l := doc.List{Ordered: b.Ordered, Items: htmlTexts(b.Items)}
			h.List = &l
		case doc.Facts:
			h.Facts = []htmlFact{}
			for _, r := range b.Rows {
				h.Facts = append(h.Facts, htmlFact{Label: htmlText(r.Label), Value: htmlLines(r.Value)})
			}
		case doc.Table:
			h.Table = newHTMLTable(b)
		case doc.Note:
			h.Note = paragraphs(b.Text)
		case doc.Signature:
			h.Signature = htmlSignature(b)
			if h.Signature == nil {
				continue
			}
		default:
			continue
		}
		out = append(out, h)
	}
	return out
}

// htmlSignature is what a signature block says on a web page: the lines
// that have a value (a name, a position). Blank lines are for a pen and
// mean nothing on a screen, so a party without a filled line, and a block
// without such a party, are left out (nil).
func htmlSignature(b doc.Signature) *doc.Signature {
	s := doc.Signature{}
	for _, p := range b.Parties {
		party := doc.Party{Heading: htmlText(p.Heading)}
		for _, l := range p.Lines {
			if v := htmlText(l.Value); strings.TrimSpace(v) != "" {
				party.Lines = append(party.Lines, doc.SignLine{Label: htmlText(l.Label), Value: v})
			}
		}
		if len(party.Lines) > 0 {
			s.Parties = append(s.Parties, party)
		}
	}
	if len(s.Parties) == 0 {
		return nil
	}
	return &s
}

func newHTMLTable(t doc.Table) *htmlTable {
	h := &htmlTable{Header: htmlTexts(t.Header)}
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	// Every row gets every column, so that the grid stays whole.
	for len(h.Header) > 0 && len(h.Header) < n {
		h.Header = append(h.Header, "")
	}
	for _, r := range t.Rows {
		row := make([][]string, 0, n)
		for _, c := range r {
			row = append(row, htmlLines(c))
		}
		for len(row) < n {
			row = append(row, nil)
		}
		h.Rows = append(h.Rows, row)
	}
	if len(t.Widths) == n && n > 0 {
		_, ws := columns(t.Widths, n)
		for _, w := range ws {
			h.Widths = append(h.Widths, strconv.FormatFloat(100*w/contentW, 'f', 1, 64)+"%")
		}
	}
	return h
}

// paragraphs splits text at blank lines into paragraphs and each into lines
// (drawn with <br>). The PDF draws the same lines (cleanText, wrap).
func paragraphs(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(htmlKeepLines(s), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Split(p, "\n"))
		}
	}
	return out
}

// htmlLines is the lines of a table cell or a fact value, without blank
// ones.
func htmlLines(s string) []string {
	var out []string
	for _, l := range strings.Split(htmlKeepLines(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func htmlTexts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = htmlText(s)
	}
	return out
}

// htmlText removes what HTML cannot carry and folds line breaks to spaces
// (headings, labels, list items: as in the PDF); escaping is left to
// html/template.
func htmlText(s string) string {
	return strings.ReplaceAll(htmlKeepLines(s), "\n", " ")
}

// htmlKeepLines treats whitespace as the PDF does (cleanText): every line
// break form of the text cleaning rule (CR LF, a bare CR, VT, FF, NEL,
// U+2028, U+2029) becomes "\n", so "kaapissa.\rAvain" is two lines and not
// "kaapissa.Avain"; a tab becomes a space; controls, format characters
// (zero-width spaces, bidi marks: a visitor copying an e-mail address must
// get a working one) and noncharacters are removed; invalid UTF-8 becomes
// U+FFFD. A run of words joined by no-break spaces too long for a narrow
// screen gets plain spaces (see breakableRuns).
func htmlKeepLines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n") // returns s itself when there is none
	return breakableRuns(strings.Map(htmlRune, s))
}

// htmlRune is what HTML gets for r: "\n" for a line break, a space for a
// tab, -1 (nothing) for controls, format characters and noncharacters.
// Unicode tag characters are the exception: they are the marks of a
// passage in another language (data.Localize), which foreignSpans turns
// into <span lang> once the page is written, and removes.
// strings.Map writes invalid UTF-8 as U+FFFD and allocates only when
// something changes.
func htmlRune(r rune) rune {
	switch {
	case text.IsLineBreak(r):
		return '\n'
	case r == '\t':
		return ' '
	case r >= 0xE0000 && r <= 0xE007F:
		return r
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r), r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return -1
	}
	return r
}

// nbspRunMax is the longest run of characters joined by no-break spaces
// that HTML keeps unbreakable: about a line on a phone. The PDF knows its
// line width and breaks such a run at a no-break space only when the run
// does not fit (breakWord); a browser would instead overflow the line, so
// a longer run (a paragraph pasted with no-break spaces only) gets plain
// spaces. Short runs such as "10 000 €" or "Kivi Oy" stay together.
const nbspRunMax = 30

// breakableRuns replaces the no-break spaces (U+00A0, U+202F) of every run
// longer than nbspRunMax characters with plain spaces.
func breakableRuns(s string) string {
	if !strings.ContainsAny(s, "\u00a0\u202f") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		end := strings.IndexAny(s, " \n")
		if end < 0 {
			end = len(s)
		}
		run := s[:end]
		if utf8.RuneCountInString(run) > nbspRunMax {
			run = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(run)
		}
		b.WriteString(run)
		if end < len(s) {
			b.WriteByte(s[end])
			end++
		}
		s = s[end:]
	}
	return b.String()
}
