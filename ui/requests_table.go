package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// reqPageSize is how many rows are read at a time: the table asks only for
// the rows it shows, so a log of 100,000 requests costs one COUNT(*) and a
// page or two.
const reqPageSize = 100

// reqRows is the table's data: the filter of the rows shown, its count
// and the pages read so far. A new filter's count and first page are read
// off the UI goroutine (requests_search.go) and put in whole by set, so
// the rows shown always belong to one filter.
type reqRows struct {
	v      *requestsView
	filter data.RequestFilter
	total  int
	pages  map[int][]data.LogEntry
	today  time.Time
}

// set shows the result of a query.
func (r *reqRows) set(p jobs.LogPage) {
	r.filter, r.total, r.today = p.Filter, p.Total, p.Today
	r.pages = map[int][]data.LogEntry{0: p.First}
}

// at returns row i, reading its page when needed.
func (r *reqRows) at(i int) *data.LogEntry {
	p := i / reqPageSize
	page, ok := r.pages[p]
	if !ok {
		f := r.filter
		f.Limit, f.Offset = reqPageSize, p*reqPageSize
		var err error
		if page, err = r.v.sh.Store.ListRequests(r.v.ctx, r.v.org, f); err != nil {
			r.v.fail(err)
		}
		r.pages[p] = page
	}
	if i%reqPageSize < len(page) {
		return &page[i%reqPageSize]
	}
	return nil
}

// indexOf finds a reference among the first pages (a new entry is near
// the top); -1 when it is not there.
func (r *reqRows) indexOf(ref string) int {
	for i := 0; i < min(r.total, 3*reqPageSize); i++ {
		if e := r.at(i); e != nil && e.Ref == ref {
			return i
		}
	}
	return -1
}

// Columns of the table: field key for the header and width at the
// narrowest (columnsFit widens them in proportion on a wider window). The
// due date comes before the rights so it is in view without scrolling.
var reqColumns = []struct {
	field string
	width float32
}{{"ref", 78}, {"received", 90}, {"name", 125}, {"due", 190}, {"status", 86}, {"rights", 150}}

func (v *requestsView) buildTable() {
	v.count = widget.NewLabel("")
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return v.rows.total, len(reqColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		v.updateCell)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.TextStyle.Bold = true
		return l
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(data.FieldLabel(reqColumns[id.Col].field, v.sh.Lang))
		}
	}
	for i, c := range reqColumns {
		v.table.SetColumnWidth(i, c.width)
	}
	v.table.OnSelected = func(id widget.TableCellID) {
		if e := v.rows.at(id.Row); e != nil {
			v.selected = e.Ref
			v.detail.show(e.Ref)
		}
	}
}

// updateCell fills one cell; the due date is coloured by its state.
func (v *requestsView) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	e := v.rows.at(id.Row)
	if e == nil {
		l.SetText("")
		return
	}
	l.Importance = widget.MediumImportance
	lg := v.sh.Lang
	var text string
	switch reqColumns[id.Col].field {
	case "ref":
		text = e.Ref
	case "received":
		text = data.FormatDate(e.Received)
	case "name":
		text = e.Requester.Name
		if e.Purged {
			text = lang.L("requests.purged_name")
			l.Importance = widget.LowImportance
		}
	case "rights":
		text = data.RightsShort(e.Rights, lg)
	case "due":
		t := e.TimingOn(v.rows.today)
		text = data.FormatDate(e.Due) + " · " + data.DaysText(t, lg)
		l.Importance = reqStateImportance(t)
	case "status":
		text = reqStatusLabel(e.Status, lg)
	}
	l.Text = text
	l.Refresh()
}

// reqStateImportance colours a deadline: red overdue, orange due within a
// week, plain otherwise, grey when closed.
func reqStateImportance(t data.Timing) widget.Importance {
	switch t.State {
	case "overdue":
		return widget.DangerImportance
	case "due_soon":
		return widget.WarningImportance
	case data.StateClosed:
		return widget.LowImportance
	}
	return widget.MediumImportance
}

// columnsFit lays out the table and widens its columns in proportion to
// the space it gets: fixed widths left names truncated on a 1920 px
// screen with half the table empty.
type columnsFit struct {
	table *widget.Table
	width float32 // the width the columns were last fitted to
}

func newColumnsFit(t *widget.Table) fyne.CanvasObject {
	return container.New(&columnsFit{table: t}, t)
}

func (c *columnsFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (c *columnsFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != c.width {
		c.width = size.Width
		var base float32
		for _, col := range reqColumns {
			base += col.width
		}
		// Room for the separators between columns and a scroll bar.
		avail := size.Width - float32(len(reqColumns)+1)*theme.Padding() - theme.ScrollBarSize()
		scale := max(1, avail/base)
		for i, col := range reqColumns {
			c.table.SetColumnWidth(i, col.width*scale)
		}
	}
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
}
