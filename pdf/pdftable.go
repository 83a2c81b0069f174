package pdf

import (
	"math"

	"tietosuojapakki/pdf/doc"
)

// table draws a table with a shaded header row, which is repeated on every
// page the table continues on.
func (r *renderer) table(t doc.Table) {
	head, rows := r.tableCells(t)
	if head == nil && len(rows) == 0 {
		return
	}
	headH := 0.0
	drawHead := func() {}
	if head != nil {
		headH = rowHeight(head, headLook)
		r.ensure(r.lead(t))
		r.drawRow(head, headLook, nil, 0)
	} else {
		r.ensure(r.lead(t))
	}
	// The header is repeated on each new page, unless it is so tall that
	// repeating it would crowd out the rows.
	if head != nil && headH <= (pageEnd-pageTop)/4 {
		drawHead = func() { r.drawRow(head, headLook, nil, 0) }
	} else {
		headH = 0
	}
	for _, row := range rows {
		r.drawRow(row, bodyLook, drawHead, headH)
	}
}

// tableCells wraps the header (nil when the table has none) and the rows
// into their columns.
func (r *renderer) tableCells(t doc.Table) (head []cell, rows [][]cell) {
	n := len(t.Header)
	for _, row := range t.Rows {
		n = max(n, len(row))
	}
	if n == 0 {
		return nil, nil
	}
	xs, ws := columns(t.Widths, n)
	build := func(texts []string, style fontStyle) []cell {
		cells := make([]cell, n)
		for i := range cells {
			pad := math.Min(cellPadX, ws[i]/6)
			text := ""
			if i < len(texts) {
				text = texts[i]
			}
			cells[i] = r.textCell(text, xs[i]+pad, ws[i]-2*pad, style, tableSize, true)
		}
		return cells
	}
	if len(t.Header) > 0 {
		head = build(t.Header, bold)
	}
	for _, row := range t.Rows {
		rows = append(rows, build(row, regular))
	}
	return head, rows
}

// columns gives the left edge and width of n columns across the text width.
// widths are relative; unusable widths (wrong count, not positive) mean
// equal columns.
func columns(widths []float64, n int) (xs, ws []float64) {
	sum := 0.0
	ok := len(widths) == n
	for _, w := range widths {
		if !(w > 0) || math.IsInf(w, 0) {
			ok = false
		}
		sum += w
	}
	if !ok || !(sum > 0) || math.IsInf(sum, 0) {
		widths, sum = nil, float64(n)
	}
	x := float64(marginX)
	for i := 0; i < n; i++ {
		w := contentW / float64(n)
		if widths != nil {
			w = contentW * widths[i] / sum
		}
		xs, ws = append(xs, x), append(ws, w)
		x += w
	}
	return xs, ws
}
