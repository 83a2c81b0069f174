package pdf

// cell is one column of a row: its text box (inside the padding) and its
// wrapped lines, cleaned and measured in style.
type cell struct {
	x, w  float64
	lines []string
	style fontStyle
}

// rowLook is how a row is drawn. Table rows, facts, list items, notes and
// paragraphs are all rows of one or more cells.
type rowLook struct {
	size, lineH, padY float64
	color             rgb
	fill              *rgb // background across the row
	bar               bool // accent bar at the left edge (notes)
	rule              *rgb // rule under the row
	ruleW             float64
	// split lets the row break across pages at any line (paragraphs);
	// otherwise a row that does not fit moves to the next page whole, and
	// only a row taller than a page is split.
	split bool
}

func maxLines(cells []cell) int {
	n := 1
	for _, c := range cells {
		n = max(n, len(c.lines))
	}
	return n
}

func rowHeight(cells []cell, look rowLook) float64 {
	return 2*look.padY + float64(maxLines(cells))*look.lineH
}

// drawRow draws cells at the current position and moves down. onBreak runs
// after each page break the row causes (a table repeats its header there);
// reserve is the height onBreak draws.
func (r *renderer) drawRow(cells []cell, look rowLook, onBreak func(), reserve float64) {
	n := maxLines(cells)
	breakPage := func() {
		r.newPage()
		if onBreak != nil {
			onBreak()
		}
	}
	h := rowHeight(cells, look)
	if !look.split && !r.atTop() && r.y+h > pageEnd && h <= pageEnd-pageTop-reserve {
		breakPage()
	}
	fresh := r.atTop()
	for start := 0; start < n; {
		fit := int((pageEnd - r.y - 2*look.padY + 1e-6) / look.lineH)
		// At least two lines together (no orphan line at the page
		// bottom), unless the page is fresh and still too short.
		if need := min(n-start, 2); fit < need && !fresh {
			breakPage()
			fresh = true
			continue
		}
		fit = max(fit, 1)
		end := min(n, start+fit)
		r.drawSlice(cells, look, start, end)
		start, fresh = end, false
	}
}

// drawSlice draws lines [start, end) of every cell as one box.
func (r *renderer) drawSlice(cells []cell, look rowLook, start, end int) {
	p := r.p
	h := 2*look.padY + float64(end-start)*look.lineH
	if look.fill != nil {
		r.fillColor(*look.fill)
		p.Rect(marginX, r.y, contentW, h, "F")
	}
	if look.bar {
		r.fillColor(accent)
		p.Rect(marginX, r.y, noteBar, h, "F")
	}
	r.color(look.color)
	for _, c := range cells {
		r.setFont(c.style, look.size)
		for i := start; i < end && i < len(c.lines); i++ {
			r.textLine(c.x, r.y+look.padY+float64(i-start)*look.lineH, look.lineH, c.lines[i])
		}
	}
	r.y += h
	if look.rule != nil {
		r.drawColor(*look.rule)
		p.SetLineWidth(look.ruleW)
		p.Line(marginX, r.y, pageW-marginX, r.y)
	}
}

// textCell cleans and wraps s for a cell of width w in style and size.
func (r *renderer) textCell(s string, x, w float64, style fontStyle, size float64, keepNewlines bool) cell {
	r.setFont(style, size)
	return cell{x: x, w: w, style: style, lines: r.lines(s, w, keepNewlines)}
}
