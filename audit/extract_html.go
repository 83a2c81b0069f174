package audit

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"

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

// extractHTML returns the visible text of an HTML page with one line per
// block element. The character set comes from the page's meta tag or is
// guessed (UTF-8 or Windows-1252), as browsers do.
func extractHTML(b []byte) (string, error) {
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		return "", err
	}
	z := html.NewTokenizer(r)
	var out limitedBuilder
	skip, cell := 0, 0
	// afterHeading holds back the line ends between a heading and the
	// text under it, so that the heading stands right above its content
	// as in a plain text ("Otsikko\nTeksti", a blank line before): the
	// audit then knows a heading it has no word for.
	afterHeading := false
	// A page with a <main> element has its content there: the header,
	// footer and cookie banner around it are the site's, not the notice's.
	hasMain := mainTag.Match(b)
	if hasMain {
		skip = 1
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return "", err
			}
			if out.over {
				return "", ErrTooLarge
			}
			return out.String(), nil
		case html.TextToken:
			if skip == 0 {
				// A page that claims UTF-8 (or is guessed so) may still
				// hold broken bytes: they become U+FFFD (found by fuzzing).
				t := strings.ToValidUTF8(strings.ReplaceAll(string(z.Text()), "\n", " "), "\ufffd")
				out.add(t)
				afterHeading = afterHeading && strings.TrimSpace(t) == ""
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if hasMain && tag == "main" {
				skip = mainDepth(skip, tt != html.EndTagToken)
			}
			skip = htmlTag(&out, tag, tt != html.EndTagToken, skip, &cell, &afterHeading)
		}
	}
}

var mainTag = regexp.MustCompile(`(?i)<main[\s>]`)

// mainDepth opens the text at <main> and closes it after </main>.
func mainDepth(skip int, start bool) int {
	if start {
		return max(skip-1, 0)
	}
	return skip + 1
}

// htmlTag writes what a tag stands for (a line end, a list mark, a cell
// gap) and returns the new depth of elements whose text is not shown.
// cell is the depth of table cells: inside one, paragraphs and breaks are
// spaces, so that a row stays one line of tab-separated cells however the
// page wraps its cells' text in <p> (as WordPress and Word write them).
func htmlTag(out *limitedBuilder, tag string, start bool, skip int, cell *int, afterHeading *bool) int {
	skip = skipDepth(tag, start, skip)
	isCell := tag == "td" || tag == "th"
	switch {
	case isCell && start:
		*cell++
		out.add("\t") // the cells of a row stay on one line: "Y-tunnus 1234567-1"
	case isCell:
		*cell = max(*cell-1, 0)
		out.add("\t")
	case tag == "tr" || tag == "table":
		*cell = 0 // an unclosed cell ends with its row
		out.add("\n")
	case blockTags[tag] && *cell == 0 && *afterHeading:
		if start && tag == "li" {
			out.add("- ")
		}
	case blockTags[tag]:
		blockTag(out, tag, start, *cell > 0)
		*afterHeading = !start && headingTags[tag] && *cell == 0
	}
	return skip
}

var headingTags = map[string]bool{"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// blockTag writes what a block element stands for: a line end and a list
// mark, or inside a table cell a space and "; " between list items.
func blockTag(out *limitedBuilder, tag string, start, inCell bool) {
	switch {
	case tag == "li" && inCell && start:
		out.add("; ") // the items of a list in a cell stay apart
	case tag == "li" && inCell:
	case inCell:
		out.add(" ")
	default:
		out.add("\n")
		if start && tag == "li" {
			out.add("- ")
		}
	}
}

// skipDepth returns the depth of elements whose text is not shown after
// tag.
func skipDepth(tag string, start bool, skip int) int {
	switch {
	case skipTags[tag] && start:
		skip++
	case skipTags[tag] && skip > 0:
		skip--
	}
	return skip
}
