package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/pdf/doc"
)

// previewSegments draws a document as rich text for the preview: the same
// content as the PDF, without its page layout.
func previewSegments(d *doc.Document) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	if d.Watermark != "" {
		out = append(out, &widget.TextSegment{Text: d.Watermark, Style: widget.RichTextStyle{
			ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText}})
	}
	out = append(out, &widget.TextSegment{Text: d.Title, Style: widget.RichTextStyleHeading})
	if d.Subtitle != "" {
		out = append(out, &widget.TextSegment{Text: d.Subtitle, Style: widget.RichTextStyleParagraph})
	}
	out = append(out, blockSegments(d.Intro)...)
	for _, s := range d.Sections {
		out = append(out, sectionSegments(s, 0)...)
	}
	return out
}

// boldBlock is bold text on a line of its own (RichTextStyleStrong is
// inline and would run into the next paragraph).
var boldBlock = widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}

func sectionSegments(s doc.Section, depth int) []widget.RichTextSegment {
	style := widget.RichTextStyleSubHeading
	if depth > 0 {
		style = boldBlock
	}
	out := []widget.RichTextSegment{&widget.TextSegment{Text: strings.TrimSpace(s.Number + " " + s.Title), Style: style}}
	out = append(out, blockSegments(s.Blocks)...)
	for _, sub := range s.Subsections {
		out = append(out, sectionSegments(sub, depth+1)...)
	}
	return out
}

func para(text string) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph}
}

func strongInline(text string) *widget.TextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}}
}

func blockSegments(bs []doc.Block) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	for _, b := range bs {
		switch x := b.(type) {
		case doc.Paragraph:
			out = append(out, para(x.Text))
		case doc.Note:
			out = append(out, &widget.TextSegment{Text: x.Text, Style: widget.RichTextStyle{
				ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Italic: true}}})
		case doc.List:
			l := &widget.ListSegment{Ordered: x.Ordered}
			for _, it := range x.Items {
				l.Items = append(l.Items, para(it))
			}
			out = append(out, l)
		case doc.Facts:
			for _, r := range x.Rows {
				out = append(out, strongInline(r.Label+": "), para(r.Value))
			}
		case doc.Table:
			out = append(out, &widget.TextSegment{Text: strings.Join(x.Header, " · "), Style: boldBlock})
			l := &widget.ListSegment{}
			for _, r := range x.Rows {
				l.Items = append(l.Items, para(strings.Join(r, " · ")))
			}
			out = append(out, l)
		case doc.Signature:
			for _, p := range x.Parties {
				out = append(out, &widget.TextSegment{Text: p.Heading, Style: boldBlock})
				for _, ln := range p.Lines {
					v := ln.Value
					if v == "" {
						v = "________________________"
					}
					out = append(out, strongInline(ln.Label+": "), para(v))
				}
			}
		}
	}
	return out
}
