package audit

import (
	"math"
	"sort"
	"strings"
)

// The tables of a PDF. A PDF has no table, only text at places: reportlab
// draws a table cell by cell, each cell's lines one below the other, so
// that read in order the second cell of a row starts back up at the
// row's top; other writers draw it row by row, the cells of a row on one
// baseline far apart. rebuildTables finds such runs of lines and writes
// each row as one line with its cells apart by tabs, as the DOCX and
// HTML readers write a table's rows: a purpose, its basis and its
// retention then stay together, and a cell's wrapped lines one text.

// maxRowHeight bounds, in ems, how far up the next cell of a row may
// start: a jump further up is a new column of the page, no table cell.
const maxRowHeight = 12

// rebuildTables returns the lines of a page with each table among them
// rewritten as one line per row.
func rebuildTables(ls []pdfLine) []pdfLine {
	mark := tabularLines(ls)
	var out []pdfLine
	for i := 0; i < len(ls); {
		if !mark[i] {
			out = append(out, ls[i])
			i++
			continue
		}
		j := i
		for j < len(ls) && (mark[j] || gapInTable(ls, mark, i, j)) {
			j++
		}
		j = tableTail(ls, i, j)
		out = append(out, tableRows(ls[i:j])...)
		i = j
	}
	return out
}

// tabularLines marks the lines that are surely part of a table: those
// with cells far apart on one baseline, and those where the reading jumps
// up and right to the next cell of a row, with the lines of the row
// before them.
func tabularLines(ls []pdfLine) []bool {
	mark := make([]bool, len(ls))
	for k := range ls {
		if len(ls[k].segs) > 1 {
			mark[k] = true
		}
		if k == 0 || !cellJump(&ls[k-1], &ls[k]) {
			continue
		}
		mark[k] = true
		for m := k - 1; m >= 0 && ls[m].y <= ls[k].y+ls[k].em*0.3 && sameSize(&ls[m], &ls[k]); m-- {
			mark[m] = true
		}
	}
	return mark
}

// cellJump reports whether b, read after a, is the next cell of a's row:
// it starts higher than a (at most a row's height) and further right.
func cellJump(a, b *pdfLine) bool {
	up := b.y - a.y
	return up > b.em*0.5 && up < b.em*maxRowHeight && b.x0 > a.x0+b.em*2 && sameSize(a, b)
}

// sameSize reports whether two lines are set in the same size of type.
func sameSize(a, b *pdfLine) bool { return math.Abs(a.em-b.em) <= 0.5 }

// gapInTable reports whether line j, not marked itself, lies between two
// marked lines of the table that starts at line i, in the table's size.
func gapInTable(ls []pdfLine, mark []bool, i, j int) bool {
	if !sameSize(&ls[i], &ls[j]) {
		return false
	}
	for k := j + 1; k < len(ls) && sameSize(&ls[i], &ls[k]); k++ {
		if mark[k] {
			return true
		}
	}
	return false
}

// tableTail returns the end of the table that starts at line i and
// whose marked lines end before line j: the last cell's lines that
// follow (below it, in the table's size, starting where a column
// starts, no wider than their column) belong to the table too.
func tableTail(ls []pdfLine, i, j int) int {
	cols := columnStarts(ls[i:j])
	for ; j < len(ls); j++ {
		l, prev := &ls[j], &ls[j-1]
		c := columnOf(cols, l.x0, l.em)
		if !sameSize(l, &ls[i]) || len(l.segs) > 1 || l.y >= prev.y || prev.y-l.y > l.em*2.5 ||
			math.Abs(cols[c]-l.x0) > l.em || c+1 < len(cols) && l.x1 > cols[c+1] {
			break
		}
	}
	return j
}

// tableSeg is a piece of text of a table: a segment of a line.
type tableSeg struct {
	text  string
	x0, y float64
	col   int
}

// segsOf returns the segments of the lines ls, split where a word of
// one starts at a column's left edge: two cells whose gap was narrower
// than a cell gap.
func segsOf(ls []pdfLine, cols []float64) []tableSeg {
	var out []tableSeg
	add := func(l *pdfLine, x0 float64, at, end int) {
		at, end = min(at, len(l.text)), min(max(end, at), len(l.text))
		if t := strings.TrimSpace(string(l.text[at:end])); t != "" {
			out = append(out, tableSeg{text: t, x0: x0, y: l.y})
		}
	}
	for i := range ls {
		l := &ls[i]
		for _, sg := range l.segs {
			x0, at := sg.x0, sg.at
			for _, w := range l.words {
				if w.at > at && w.at < sg.end && atColumn(cols, w.x0, l.em) {
					add(l, x0, at, w.at)
					x0, at = w.x0, w.at
				}
			}
			add(l, x0, at, sg.end)
		}
	}
	return out
}

// atColumn reports whether x is (within half an em) where a column of
// cols starts.
func atColumn(cols []float64, x, em float64) bool {
	for _, c := range cols {
		if math.Abs(c-x) <= em*0.5 {
			return true
		}
	}
	return false
}

// columnStarts returns where the columns of the table lines ls start,
// from left to right: the left edges of its segments, those closer than
// an em and a half counted as one.
func columnStarts(ls []pdfLine) []float64 {
	var xs []float64
	for i := range ls {
		for _, sg := range ls[i].segs {
			xs = append(xs, sg.x0)
		}
	}
	sort.Float64s(xs)
	var cols []float64
	for _, x := range xs {
		if len(cols) == 0 || x > cols[len(cols)-1]+ls[0].em*1.5 {
			cols = append(cols, x)
		}
	}
	return cols
}

// columnOf returns the column of cols in which text starting at x stands.
func columnOf(cols []float64, x, em float64) int {
	c := 0
	for k, cx := range cols {
		if cx <= x+em*0.5 {
			c = k
		}
	}
	return c
}

// tableRows returns the rows of the table lines ls, each as one line
// whose cells are apart by tabs.
func tableRows(ls []pdfLine) []pdfLine {
	em := ls[0].em
	cols := columnStarts(ls)
	if len(cols) < 2 {
		return ls // one column: lines of text, no table
	}
	segs := segsOf(ls, cols)
	for i := range segs {
		segs[i].col = columnOf(cols, segs[i].x0, em)
	}
	sort.SliceStable(segs, func(a, b int) bool { return segs[a].y > segs[b].y+em*0.3 })
	starts := rowStarts(segs, len(cols), em)
	cells := make([][]string, len(starts))
	for i := range cells {
		cells[i] = make([]string, len(cols))
	}
	for _, sg := range segs {
		r := 0
		for k, y := range starts {
			if y >= sg.y-em*0.3 {
				r = k
			}
		}
		cells[r][sg.col] = joinCell(cells[r][sg.col], sg.text)
	}
	out := make([]pdfLine, 0, len(starts))
	for r, y := range starts {
		out = append(out, pdfLine{text: []byte(strings.Join(cells[r], "\t")), x0: cols[0], x1: cols[0], y: y, em: em, table: true})
	}
	return out
}

// rowStarts returns the baselines, from the top down, where the rows of
// a table start: where at least half of its columns start a cell. A cell
// starts with a column's first segment, and where the gap to the segment
// above it is clearly wider than the table's line spacing (the padding
// between two rows) or than the line spacing of any text, an em and a
// half: in a table of one-line cells every gap is a row's.
func rowStarts(segs []tableSeg, ncols int, em float64) []float64 {
	lead := math.Inf(1)
	last := make([]float64, ncols)
	seen := make([]bool, ncols)
	for _, sg := range segs {
		if seen[sg.col] && last[sg.col]-sg.y > em*0.5 {
			lead = min(lead, last[sg.col]-sg.y)
		}
		last[sg.col], seen[sg.col] = sg.y, true
	}
	lead = min(lead*1.3, em*1.45)
	votes := map[float64]int{}
	var tops []float64
	clear(seen)
	for _, sg := range segs {
		if !seen[sg.col] || last[sg.col]-sg.y > lead {
			y := sg.y
			for _, t := range tops {
				if math.Abs(t-y) <= em*0.3 {
					y = t
				}
			}
			if votes[y] == 0 {
				tops = append(tops, y)
			}
			votes[y]++
		}
		last[sg.col], seen[sg.col] = sg.y, true
	}
	var starts []float64
	for _, y := range tops {
		if votes[y]*2 >= ncols || len(starts) == 0 {
			starts = append(starts, y)
		}
	}
	return starts
}

// joinCell adds a line of a cell to the cell's text: after a space, or
// in place of a hyphen that broke a word at the cell's edge.
func joinCell(cell, line string) string {
	switch {
	case cell == "":
		return line
	case endsWithHyphen(cell):
		if keep, space := hyphenJoin(lastWord(cell), line, nil); !keep {
			return cell[:len(cell)-1] + line
		} else if !space {
			return cell + line
		}
	}
	return cell + " " + line
}
