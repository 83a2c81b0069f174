package pdf

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode"

	"tietosuojapakki/pdf/doc"
)

//go:embed html.tmpl
var htmlSource string

var htmlPage = template.Must(template.New("page").Parse(htmlSource))

// WriteHTML writes d as one self-contained HTML5 page (inline style, no
// scripts, no external files) that can be published or pasted into a web
// site. All text is escaped by html/template.
func WriteHTML(w io.Writer, d *doc.Document) error {
	var b strings.Builder
	if err := htmlPage.Execute(&b, newHTMLDoc(d)); err != nil {
		return err
	}
	_, err := io.WriteString(w, foreignSpans(b.String()))
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
	Facts     *doc.Facts
	Table     *htmlTable
	Note      [][]string
	Signature *doc.Signature
}

type htmlTable struct {
	Widths []string // CSS widths, empty when the columns share equally
	Header []string
	Rows   [][]string
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
		h.Sections = append(h.Sections, newHTMLSection(s, 2))
	}
	return h
}

func newHTMLSection(s doc.Section, level int) htmlSection {
	h := htmlSection{
		Level:   min(level, 4),
		Heading: htmlText(headingText(s)),
		Blocks:  htmlBlocks(s.Blocks),
	}
	if n := strings.Trim(s.Number, ". "); n != "" {
		h.ID = "s" + strings.ReplaceAll(n, ".", "-")
	}
	for _, sub := range s.Subsections {
		h.Subsections = append(h.Subsections, newHTMLSection(sub, level+1))
	}
	return h
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
			f := doc.Facts{}
			for _, r := range b.Rows {
				f.Rows = append(f.Rows, doc.Fact{Label: htmlText(r.Label), Value: htmlText(r.Value)})
			}
			h.Facts = &f
		case doc.Table:
			h.Table = newHTMLTable(b)
		case doc.Note:
			h.Note = paragraphs(b.Text)
		case doc.Signature:
			s := doc.Signature{}
			for _, p := range b.Parties {
				party := doc.Party{Heading: htmlText(p.Heading)}
				for _, l := range p.Lines {
					party.Lines = append(party.Lines, doc.SignLine{Label: htmlText(l.Label), Value: htmlText(l.Value)})
				}
				s.Parties = append(s.Parties, party)
			}
			h.Signature = &s
		default:
			continue
		}
		out = append(out, h)
	}
	return out
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
		row := htmlTexts(r)
		for len(row) < n {
			row = append(row, "")
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
// (drawn with <br>).
func paragraphs(s string) [][]string {
	s = strings.ReplaceAll(htmlKeepLines(s), "\r\n", "\n")
	var out [][]string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, strings.Split(p, "\n"))
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

// htmlText removes what HTML cannot carry (control characters) and folds
// newlines to spaces; escaping is left to html/template.
func htmlText(s string) string {
	return strings.ReplaceAll(htmlKeepLines(s), "\n", " ")
}

func htmlKeepLines(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
			return -1
		}
		return r
	}, s)
}
