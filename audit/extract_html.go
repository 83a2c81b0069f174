package audit

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// blockTags end a line of text: paragraphs, headings, list items, table
// cells and rows, line breaks.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "table": true, "section": true, "article": true, "header": true,
	"footer": true, "address": true, "blockquote": true, "pre": true, "hr": true, "title": true,
}

// skipTags hold no text of the notice: scripts and styles, and the site's
// menus and buttons, whose "Yhteystiedot" would read as a heading.
var skipTags = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"nav": true, "button": true, "select": true}

// contentTags hold the page's own content: a <footer> inside one of them
// is the article's (its date, its author), not the site's.
var contentTags = map[string]bool{"main": true, "article": true, "section": true}

// extractHTML returns the visible text of an HTML page with one line per
// block element. The character set comes from the page's meta tag or is
// guessed (UTF-8 or Windows-1252), as browsers do.
//
// A page with a <main> element has its notice there: the site's header
// and cookie banner around it are left out. The site's footer (a
// <footer> outside <main>, <article> and <section>) is kept, after the
// notice and a footerMark line: it often names the site's tools ("the
// site uses Google Analytics"), but its company names and business IDs
// may be the web agency's, so newDoc keeps it out of the notice's facts.
//
// The page's bytes are decoded by its declared encoding (x/net's
// charset, as a browser does), except where they are valid UTF-8 with
// letters beyond ASCII: a page saved from Word declares windows-1252 and
// keeps declaring it after an editor has saved it again as UTF-8, and
// such bytes are almost never windows-1252 text (ä would read as "Ã¤").
//
// A table row of two cells whose first cell is a short label and whose
// second is text (a page laid out as "label | text", as old notices
// made with a table editor are) reads as a heading line and its text, as
// the same notice typed as plain text does; other rows keep their cells
// on one line ("Y-tunnus 1234567-1").
func extractHTML(b []byte) (string, error) {
	r, err := htmlReader(b)
	if err != nil {
		return "", err
	}
	z := html.NewTokenizer(r)
	w := htmlWalker{hasMain: mainTag.Match(b)}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return "", err
			}
			return w.text()
		case html.TextToken:
			if w.visible() {
				// A page that claims UTF-8 may hold bytes that are not.
				t := strings.ToValidUTF8(strings.ReplaceAll(string(z.Text()), "\n", " "), "\ufffd")
				w.sink().add(t)
				w.afterHeading = w.afterHeading && strings.TrimSpace(t) == ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			w.start(string(name), tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			w.end(string(name))
		}
	}
}

var mainTag = lazy(`(?i)<main[\s>]`)

// footerMark is the line between a web page's notice and the text of
// the site's footer (extractHTML); newDoc keeps what follows it out of
// the lines and sections. A three-em dash alone on a line is no line of
// a notice.
const footerMark = "⸻"

// htmlWalker is the state of extractHTML.
type htmlWalker struct {
	notice, footer limitedBuilder
	hasMain        bool
	hidden         int // depth in skipTags
	inMain         int // depth in <main>
	inContent      int // depth in contentTags
	inFooter       int // depth in the site's <footer>
	tables         int // depth in <table>
	rows           []*htmlRow
	afterHeading   bool // a heading ended and no text came after it yet
}

// htmlRow is a table row being read: its cells, the table depth it is
// in, and where its text goes when it ends.
type htmlRow struct {
	cells  []*limitedBuilder
	table  int
	parent *limitedBuilder
}

// visible reports whether text here is shown and read.
func (w *htmlWalker) visible() bool {
	return w.hidden == 0 && (!w.hasMain || w.inMain > 0 || w.inFooter > 0)
}

// sink is where text goes now: the open cell, the site's footer, or the
// notice.
func (w *htmlWalker) sink() *limitedBuilder {
	if w.inCell() {
		r := w.rows[len(w.rows)-1]
		return r.cells[len(r.cells)-1]
	}
	if w.inFooter > 0 {
		return &w.footer
	}
	return &w.notice
}

func (w *htmlWalker) start(tag string, selfClosing bool) {
	switch {
	case skipTags[tag] && !selfClosing:
		w.hidden++
	case tag == "footer" && (w.inFooter > 0 || w.inContent == 0):
		w.inFooter++
	case contentTags[tag]:
		w.inContent++
		if tag == "main" {
			w.inMain++
		}
	default:
		w.startTable(tag)
	}
	w.block(tag, true)
}

// block writes the line end of a block element and the mark of a list
// item. Right after a heading no line end is written, so that the
// heading stands right above its text as in a plain text notice
// ("Otsikko\nTeksti", a blank line before it): the audit may then know
// a heading it has no word for.
func (w *htmlWalker) block(tag string, start bool) {
	if !blockTags[tag] {
		return
	}
	if !w.afterHeading || w.inCell() {
		w.sink().add("\n")
	}
	if start && tag == "li" {
		w.sink().add("- ")
	}
	if !start && headingTags[tag] && !w.inCell() {
		w.afterHeading = true
	}
}

var headingTags = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// inCell reports whether text goes to a table cell now.
func (w *htmlWalker) inCell() bool {
	n := len(w.rows)
	return n > 0 && len(w.rows[n-1].cells) > 0
}

// maxRowDepth bounds the rows read as rows inside each other (a layout
// table in a layout table's cell): each level copies its text once more,
// so a page of thousands of nested tables must not make that quadratic.
// Deeper rows write their cells straight on, one line each.
const maxRowDepth = 8

// startTable opens a table, a row or a cell.
func (w *htmlWalker) startTable(tag string) {
	switch tag {
	case "table":
		w.tables++
	case "tr":
		w.endRows(w.tables) // a row whose </tr> was left out ends here
		if len(w.rows) < maxRowDepth {
			w.rows = append(w.rows, &htmlRow{table: w.tables, parent: w.sink()})
		}
	case "td", "th":
		if n := len(w.rows); n > 0 && w.rows[n-1].table == w.tables {
			w.rows[n-1].cells = append(w.rows[n-1].cells, &limitedBuilder{})
		} else {
			w.sink().add("\t")
		}
	}
}

func (w *htmlWalker) end(tag string) {
	switch {
	case skipTags[tag] && w.hidden > 0:
		w.hidden--
	case tag == "footer" && w.inFooter > 0:
		w.inFooter--
	case contentTags[tag] && w.inContent > 0:
		w.inContent--
		if tag == "main" && w.inMain > 0 {
			w.inMain--
		}
	case tag == "tr":
		w.endRows(w.tables)
	case tag == "table":
		w.endRows(w.tables)
		w.tables = max(w.tables-1, 0)
	}
	w.block(tag, false)
}

// endRows writes out the open rows of tables at depth t or deeper.
func (w *htmlWalker) endRows(t int) {
	for n := len(w.rows); n > 0 && w.rows[n-1].table >= t; n = len(w.rows) {
		r := w.rows[n-1]
		w.rows = w.rows[:n-1]
		r.parent.add(rowText(r.cells))
	}
}

// rowText is the text of a table row: a label and its text on lines of
// their own, or the cells on one line, each after a tab.
func rowText(cells []*limitedBuilder) string {
	texts := make([]string, len(cells))
	for i, c := range cells {
		texts[i] = strings.TrimSpace(tidy(c.String()))
	}
	if len(texts) == 2 && isLabelCell(texts[0]) && isTextCell(texts[0], texts[1]) {
		return "\n\n" + texts[0] + "\n" + texts[1] + "\n\n"
	}
	var b strings.Builder
	b.WriteString("\n")
	for _, t := range texts {
		b.WriteString("\t" + oneLine(t))
	}
	b.WriteString("\n")
	return b.String()
}

// oneLine is the text of a cell on one line: its paragraphs and breaks as
// spaces, the items of a list in it apart by "; " ("Tilausten käsittely;
// Laskutus"), so that a row stays one line of cells however the page
// wraps a cell's text (as WordPress and Word write cells, in <p>).
func oneLine(t string) string {
	var b strings.Builder
	for _, l := range strings.Split(t, "\n") {
		l = strings.TrimSpace(l)
		item := strings.HasPrefix(l, "- ")
		if l = strings.TrimSpace(strings.TrimPrefix(l, "- ")); l == "" {
			continue
		}
		switch {
		case b.Len() > 0 && item:
			b.WriteString("; ")
		case b.Len() > 0:
			b.WriteString(" ")
		}
		b.WriteString(l)
	}
	return b.String()
}

// isLabelCell reports whether s could be a heading: one short line that
// ends no sentence.
func isLabelCell(s string) bool {
	return s != "" && !strings.Contains(s, "\n") && utf8.RuneCountInString(s) <= 80 && len(strings.Fields(s)) <= 10 &&
		!strings.ContainsAny(lastRune(s), ".,;")
}

// isTextCell reports whether s, the cell after the label, is the text of
// a section rather than a value: the label is numbered or names a topic
// of a notice ("4. Käsittelyn tarkoitus"), or s is a sentence of six
// words or more. A row of data ("Paytrail Oyj | maksunvälitys") is
// neither.
func isTextCell(label, s string) bool {
	if s == "" {
		return false
	}
	if _, value, ok := headingOf(label); ok && value == "" || numbering.MatchString(label) {
		return true
	}
	return strings.ContainsAny(lastRune(s), ".!?") && len(strings.Fields(s)) >= 6
}

// text returns the notice's text, then the site's footer after a
// footerMark line.
func (w *htmlWalker) text() (string, error) {
	w.endRows(0)
	if w.notice.over || w.footer.over || w.notice.Len()+w.footer.Len() > maxTextSize {
		return "", ErrTooLarge
	}
	foot := strings.TrimSpace(w.footer.String())
	if foot == "" {
		return w.notice.String(), nil
	}
	return w.notice.String() + "\n\n" + footerMark + "\n" + foot, nil
}

// htmlReader is the page's text as UTF-8 (see extractHTML).
func htmlReader(b []byte) (io.Reader, error) {
	if utf8.Valid(b) && !isASCII(b) {
		return bytes.NewReader(b), nil
	}
	return charset.NewReader(bytes.NewReader(b), "text/html")
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
