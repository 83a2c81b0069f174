package pdf

import (
	"strconv"
	"strings"

	"tietosuojapakki/pdf/doc"
)

// Block looks.
const (
	noteBar   = 1.2 // accent bar of a note
	notePad   = 3.5 // text inset of a note from the bar and the right edge
	listInset = 6.0 // hanging indent of list text
	factsPart = 0.35
	factsGap  = 4.0
	cellPadX  = 1.8
)

var (
	paraLook  = rowLook{size: bodySize, lineH: bodyLine, color: textColor, split: true}
	itemLook  = rowLook{size: bodySize, lineH: bodyLine, padY: 0.5, color: textColor}
	factsLook = rowLook{size: bodySize, lineH: 4.8, padY: 1.6, color: textColor, rule: &ruleColor, ruleW: 0.2}
	headLook  = rowLook{size: tableSize, lineH: tableLine, padY: 1.6, color: textColor, fill: &shade, rule: &accent, ruleW: 0.4}
	bodyLook  = rowLook{size: tableSize, lineH: tableLine, padY: 1.6, color: textColor, rule: &ruleColor, ruleW: 0.2}
	noteLook  = rowLook{size: bodySize, lineH: bodyLine, padY: 3, color: textColor, fill: &noteShade, bar: true}
)

func (r *renderer) blocks(bs []doc.Block) {
	for i, b := range bs {
		if i+1 < len(bs) && leadsIn(b, bs[i+1]) {
			r.ensure(r.leadOf(bs[i:]))
		}
		r.block(b)
	}
}

// leadsIn reports whether b is a lead-in line ("Rekisterissä on seuraavien
// henkilöiden tietoja:"): a paragraph ending with a colon followed by the
// list, facts or table it introduces. It is kept on the page of the start
// of what it introduces.
func leadsIn(b, next doc.Block) bool {
	p, ok := b.(doc.Paragraph)
	if !ok || !strings.HasSuffix(strings.TrimSpace(p.Text), ":") {
		return false
	}
	switch next.(type) {
	case doc.List, doc.Facts, doc.Table:
		return true
	}
	return false
}

// leadOf is the height the start of bs needs on one page: the lead of its
// first block, or a whole lead-in paragraph with the lead of the block it
// introduces (at most a page).
func (r *renderer) leadOf(bs []doc.Block) float64 {
	if len(bs) == 0 {
		return 0
	}
	if len(bs) > 1 && leadsIn(bs[0], bs[1]) {
		h := rowHeight(r.paragraph(bs[0].(doc.Paragraph)), paraLook) + blockGap + r.lead(bs[1])
		return min(h, pageEnd-pageTop)
	}
	return r.lead(bs[0])
}

func (r *renderer) block(b doc.Block) {
	switch b := b.(type) {
	case doc.Paragraph:
		r.drawRow(r.paragraph(b), paraLook, nil, 0)
	case doc.List:
		r.ensure(r.lead(b))
		for i, it := range b.Items {
			r.drawRow(r.listItem(it, i, b.Ordered), itemLook, nil, 0)
		}
	case doc.Facts:
		r.facts(b)
	case doc.Table:
		r.table(b)
	case doc.Note:
		r.drawRow(r.note(b), noteLook, nil, 0)
	case doc.Signature:
		r.signature(b)
	default:
		return
	}
	r.y += blockGap
}

// lead is the height of the start of b that must follow a heading on the
// same page: about three lines, a table's header and first row, a whole
// note or signature block.
func (r *renderer) lead(b doc.Block) float64 {
	capped := func(cells []cell, look rowLook) float64 {
		return 2*look.padY + float64(min(maxLines(cells), 3))*look.lineH
	}
	switch b := b.(type) {
	case doc.Paragraph:
		return capped(r.paragraph(b), paraLook)
	case doc.List:
		var rows [][]cell
		for i, it := range b.Items {
			rows = append(rows, r.listItem(it, i, b.Ordered))
		}
		return keepShort(rows, itemLook, capped)
	case doc.Facts:
		var rows [][]cell
		for _, f := range b.Rows {
			rows = append(rows, r.factRow(f))
		}
		return keepShort(rows, factsLook, capped)
	case doc.Table:
		return r.leadOfTable(b)
	case doc.Note:
		return rowHeight(r.note(b), noteLook)
	case doc.Signature:
		return r.signatureHeight(b)
	}
	return 0
}

// keepTogether is the height up to which a list or facts block is kept on
// one page instead of being split between rows.
const keepTogether = 60.0

// keepShort is the lead of a list or facts block: all of it when it is
// short, else its first rows up to at least two lines (a heading or a
// lead-in line with only one line of its list reads as cut off), the
// first row capped at three lines.
func keepShort(rows [][]cell, look rowLook, capped func([]cell, rowLook) float64) float64 {
	if len(rows) == 0 {
		return 0
	}
	total := 0.0
	for _, row := range rows {
		total += rowHeight(row, look)
	}
	if total <= keepTogether {
		return total
	}
	h := capped(rows[0], look)
	if maxLines(rows[0]) < 2 && len(rows) > 1 {
		h += capped(rows[1], look)
	}
	return h
}

// section draws a numbered heading, its blocks and its subsections.
func (r *renderer) section(s doc.Section, depth int) {
	if s.NewPage && !r.atTop() {
		r.newPage()
	}
	r.heading(s, depth)
	r.blocks(s.Blocks)
	for _, sub := range s.Subsections {
		r.section(sub, depth+1)
	}
}

// headingLook gives size, line height and the space above a heading.
func headingLook(depth int) (size, lineH, before float64) {
	switch depth {
	case 0:
		return 13, 6.5, 5
	case 1:
		return 11, 5.5, 2.5
	default:
		return bodySize, bodyLine, 1.5
	}
}

func headingText(s doc.Section) string {
	return strings.TrimSpace(strings.TrimSpace(s.Number) + " " + strings.TrimSpace(s.Title))
}

// headingCells wraps the heading; the number hangs left of the title.
func (r *renderer) headingLines(s doc.Section, depth int) []string {
	size, _, _ := headingLook(depth)
	r.setFont(bold, size)
	return r.lines(headingText(s), contentW, false)
}

// sectionLead is the height a heading needs below it: the lead of the
// first block, or of the first subsection's heading and its lead.
func (r *renderer) sectionLead(s doc.Section, depth int) float64 {
	if len(s.Blocks) > 0 {
		return r.leadOf(s.Blocks)
	}
	if len(s.Subsections) > 0 {
		sub := s.Subsections[0]
		_, lineH, before := headingLook(depth + 1)
		return before + float64(len(r.headingLines(sub, depth+1)))*lineH + 2 + r.sectionLead(sub, depth+1)
	}
	return 0
}

// heading draws a section heading and its bookmark, on a new page when the
// heading and the start of what follows would not fit together.
func (r *renderer) heading(s doc.Section, depth int) {
	lines := r.headingLines(s, depth)
	if len(lines) == 0 {
		return
	}
	size, lineH, before := headingLook(depth)
	h := float64(len(lines))*lineH + 2
	need := min(before+h+r.sectionLead(s, depth), pageEnd-pageTop)
	if !r.ensure(need) && !r.atTop() {
		r.y += before
	}
	r.setFont(bold, size)
	r.p.Bookmark(strings.Join(lines, " "), depth, r.y)
	r.color(accent)
	for _, l := range lines {
		r.ensure(lineH) // only a heading longer than a page gets here
		r.textLine(marginX, r.y, lineH, l)
		r.y += lineH
	}
	r.y += 2
}

func (r *renderer) paragraph(b doc.Paragraph) []cell {
	return []cell{r.textCell(b.Text, marginX, contentW, regular, bodySize, true)}
}

// listItem is a marker cell ("•" or "3.") and the item's text with a
// hanging indent.
func (r *renderer) listItem(item string, i int, ordered bool) []cell {
	marker := "•"
	if ordered {
		marker = strconv.Itoa(i+1) + "."
	}
	return []cell{
		{x: marginX + 1, w: listInset, lines: []string{marker}, style: regular},
		r.textCell(item, marginX+listInset+1, contentW-listInset-1, regular, bodySize, false),
	}
}

func (r *renderer) note(b doc.Note) []cell {
	x := marginX + noteBar + notePad
	return []cell{r.textCell(b.Text, x, contentW-noteBar-2*notePad, italic, bodySize, true)}
}

// facts draws label/value rows, label bold in the left ~35 %.
func (r *renderer) facts(b doc.Facts) {
	if len(b.Rows) == 0 {
		return
	}
	r.ensure(r.lead(b))
	r.drawColor(ruleColor)
	r.p.SetLineWidth(0.2)
	r.p.Line(marginX, r.y, pageW-marginX, r.y)
	for _, f := range b.Rows {
		r.drawRow(r.factRow(f), factsLook, nil, 0)
	}
}

func (r *renderer) factRow(f doc.Fact) []cell {
	labelW := contentW * factsPart
	return []cell{
		r.textCell(f.Label, marginX, labelW-factsGap, bold, factsLook.size, false),
		r.textCell(f.Value, marginX+labelW, contentW-labelW, regular, factsLook.size, true),
	}
}
