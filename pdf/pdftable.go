package pdf

import (
	"errors"
	"math"

	"tietosuojapakki/pdf/doc"
)

// table draws a table with a shaded header row, which is repeated on every
// page the table continues on. Rows are wrapped and drawn one at a time as
// the table gives them (doc.Table.EachRow), so that a streamed table of
// 100,000 rows is never held whole; a stream's error stops the document
// with that error.
func (r *renderer) table(t doc.Table) {
	tc := r.newTableCells(t)
	if tc == nil {
		return
	}
	head := tc.head()
	headH := 0.0
	drawHead := func() {}
	// The first rows are read before anything is drawn: the table starts
	// on a new page when its header and first lines do not fit.
	var first [][]cell
	started := false
	start := func() {
		started = true
		if head == nil && len(first) == 0 {
			return
		}
		r.ensure(r.tableLead(head, first))
		if head != nil {
			headH = rowHeight(head, headLook)
			r.drawRow(head, headLook, nil, 0)
		}
		// The header is repeated on each new page, unless it is so tall
		// that repeating it would crowd out the rows.
		if head != nil && headH <= (pageEnd-pageTop)/4 {
			drawHead = func() { r.drawRow(head, headLook, nil, 0) }
		} else {
			headH = 0
		}
		for _, row := range first {
			r.drawRow(row, bodyLook, drawHead, headH)
		}
		first = nil
	}
	err := t.EachRow(func(texts []string) error {
		row := tc.row(texts)
		if started {
			r.drawRow(row, bodyLook, drawHead, headH)
			return nil
		}
		first = append(first, row)
		if len(first) == 2 {
			start()
		}
		return nil
	})
	if !started {
		start()
	}
	if err != nil {
		r.p.SetError(err)
	}
}

// tableLead is the height the start of a table needs on one page: its
// header and its first row, or two rows when the first has one line.
func (r *renderer) tableLead(head []cell, rows [][]cell) float64 {
	capped := func(cells []cell) float64 {
		return 2*bodyLook.padY + float64(min(maxLines(cells), 3))*bodyLook.lineH
	}
	h := 0.0
	if head != nil {
		h = rowHeight(head, headLook)
	}
	if len(rows) > 0 {
		h += capped(rows[0])
	}
	if len(rows) > 1 && maxLines(rows[0]) < 2 {
		h += capped(rows[1]) // two lines of the table, not one
	}
	return h
}

// errEnough stops a walk of a table's rows early.
var errEnough = errors.New("enough rows")

// leadOfTable is tableLead of t, reading only its first two rows.
func (r *renderer) leadOfTable(t doc.Table) float64 {
	tc := r.newTableCells(t)
	if tc == nil {
		return 0
	}
	var rows [][]cell
	t.EachRow(func(texts []string) error {
		rows = append(rows, tc.row(texts))
		if len(rows) == 2 {
			return errEnough
		}
		return nil
	})
	return r.tableLead(tc.head(), rows)
}

// tableCells wraps a table's texts into its columns.
type tableCells struct {
	r      *renderer
	t      doc.Table
	xs, ws []float64
}

// newTableCells measures the columns of t: as many as its header or its
// widest row held in Rows (a streamed row has at most the header's); nil
// when the table has none.
func (r *renderer) newTableCells(t doc.Table) *tableCells {
	n := len(t.Header)
	for _, row := range t.Rows {
		n = max(n, len(row))
	}
	if n == 0 {
		return nil
	}
	xs, ws := columns(t.Widths, n)
	return &tableCells{r: r, t: t, xs: xs, ws: ws}
}

// head is the wrapped header, nil when the table has none.
func (tc *tableCells) head() []cell {
	if len(tc.t.Header) == 0 {
		return nil
	}
	return tc.build(tc.t.Header, bold)
}

func (tc *tableCells) row(texts []string) []cell { return tc.build(texts, regular) }

func (tc *tableCells) build(texts []string, style fontStyle) []cell {
	cells := make([]cell, len(tc.xs))
	for i := range cells {
		pad := math.Min(cellPadX, tc.ws[i]/6)
		text := ""
		if i < len(texts) {
			text = texts[i]
		}
		cells[i] = tc.r.textCell(text, tc.xs[i]+pad, tc.ws[i]-2*pad, style, tableSize, true)
	}
	return cells
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
