package ui

import (
	"slices"
	"strconv"
)

// sideRow is one line of the step list: a page, or a register's name
// above its sub-steps (tapping it opens the register's first page).
type sideRow struct {
	text   string
	page   int
	header bool
}

// buildSideRows lists every page: the main steps numbered, each register
// as a heading with its sub-steps indented below.
func (w *wizardView) buildSideRows() []sideRow {
	var rows []sideRow
	n, last := 0, -1
	for i, p := range w.pages {
		if p.Record < 0 {
			n++
			last = -1
			rows = append(rows, sideRow{text: strconv.Itoa(n) + ". " + p.Step.Title.In(w.lang), page: i})
			continue
		}
		if p.Record != last {
			last = p.Record
			rows = append(rows, sideRow{text: "    " + w.registerName(p.Record), page: i, header: true})
		}
		rows = append(rows, sideRow{text: "        " + p.Step.Title.In(w.lang), page: i})
	}
	return rows
}

// refreshSide redraws the step list when its rows changed (a register
// renamed, the page changed); drawing it costs milliseconds of text
// shaping, too much to repeat at every save.
func (w *wizardView) refreshSide() {
	rows := w.buildSideRows()
	if slices.Equal(rows, w.sideRows) && w.drawnCur == w.cur {
		return
	}
	w.sideRows, w.drawnCur = rows, w.cur
	w.side.Refresh()
}
