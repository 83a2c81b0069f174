package ui

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/jobs"
)

// The Pyyntöloki screen: the request log as a table with filters, the
// selected request with its actions and history, the due-date notice, the
// reports and the log's own retention. The store does every check; this
// file and its siblings (requests_*.go) only show and collect.

// requestsView holds the screen's widgets and state.
type requestsView struct {
	sh      *Shell
	ctx     context.Context
	org     int64
	content fyne.CanvasObject

	banner     *fyne.Container
	bannerText *widget.Label

	status, year, right *widget.Select
	search              *widget.Entry
	addButton           *button
	filter              data.RequestFilter

	table *widget.Table
	rows  *reqRows
	count *widget.Label

	// query runs the filters off the UI goroutine, the newest winning;
	// typing waits for a pause in the search box; searching shows while a
	// query runs (requests_search.go).
	query      *jobs.LogSearch
	typing     *debouncer
	searching  *widget.Label
	countRow   *fyne.Container   // the count and searching
	background func(work func()) // tests: replaces offUI's goroutine

	// report and csv are the screen's long jobs (requests_jobs.go).
	report, csv *reqJob
	jobsBox     *fyne.Container

	detail   *reqDetail
	selected string // reference of the selected request

	retention *reqRetentionPanel

	// form and action are the open dialog's content, for tests.
	form   *reqForm
	action *reqActionForm
}

func buildRequestsScreen(sh *Shell) fyne.CanvasObject {
	v := newRequestsView(sh)
	sh.requests = v
	return v.content
}

// reqCurrentOrg is the shell's organisation, or the only one in the database
// while none has been chosen.
func reqCurrentOrg(sh *Shell) int64 {
	if sh.Org != 0 {
		return sh.Org
	}
	id, err := sh.Store.FindOrganisation(context.Background(), "")
	if err != nil {
		return 0
	}
	return id
}

func newRequestsView(sh *Shell) *requestsView {
	v := &requestsView{sh: sh, ctx: context.Background(), org: reqCurrentOrg(sh)}
	if v.org == 0 {
		v.content = container.NewCenter(widget.NewLabel(lang.L("requests.no_org")))
		return v
	}
	v.rows = &reqRows{v: v}
	v.query = jobs.NewLogSearch(sh.Store, v.org, reqPageSize)
	v.typing = newDebouncer(sh.clock, reqSearchDelay)
	v.searching = widget.NewLabel(lang.L("requests.searching"))
	v.searching.Importance = widget.LowImportance
	v.searching.Hide()
	v.jobsBox = container.NewVBox()
	v.buildBanner()
	toolbar := v.buildFilters()
	v.buildTable()
	v.detail = newReqDetail(v)
	v.retention = newReqRetentionPanel(v)
	v.countRow = container.NewHBox(v.count, v.searching)
	below := container.NewVBox(v.countRow, v.jobsBox)
	split := container.NewHSplit(container.NewBorder(nil, below, nil, nil, newColumnsFit(v.table)), v.detail.content)
	split.SetOffset(0.64) // the detail pane keeps about 300 px at 1024
	top := container.NewVBox(v.banner, toolbar)
	v.content = container.NewBorder(top, v.retention.content, nil, nil, split)
	v.reload()
	return v
}

// reload re-reads the list, the notice and the selected request at once,
// after the user's own change (a request added, answered, purged), so
// that the change shows as the dialog closes; it makes any query still
// running stale. A change by another program goes through refresh.
func (v *requestsView) reload() {
	v.showPage(v.query.Start(v.filter).Run())
	v.refreshBanner()
	v.refreshYears()
	v.detail.show(v.selected)
}

// refresh is reload for a change made elsewhere (another program wrote
// the database): the list, the years and the due notice are read again
// off the UI goroutine, as a filter is; at 100,000 requests they took
// the window a quarter of a second and more at each change.
func (v *requestsView) refresh() {
	if v.rows == nil {
		return // no organisation yet
	}
	v.refilter()
	st, ctx, org := v.sh.Store, v.ctx, v.org
	v.offUI(func() {
		years, yerr := st.RequestYears(ctx, org)
		due, derr := st.DueSummary(ctx, org)
		fyne.Do(func() {
			v.showYears(years, yerr)
			v.showBanner(dueText(due), derr)
		})
	})
	v.detail.show(v.selected)
}

// fail shows an unexpected error (a database failure).
func (v *requestsView) fail(err error) {
	fyne.LogError("request log", err)
	reqDialogError(v.sh, err)
}

func (v *requestsView) buildBanner() {
	v.bannerText = widget.NewLabel("")
	v.bannerText.Wrapping = fyne.TextWrapWord
	v.bannerText.Importance = widget.DangerImportance
	show := widget.NewButton(lang.L("requests.banner.show"), func() {
		v.status.SetSelectedIndex(reqStatusIndex(data.FilterAttention))
	})
	v.banner = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), show, v.bannerText)
}

// dueNotice is the notice text, or "" when nothing needs attention.
func (v *requestsView) dueNotice() (string, error) {
	return dueNoticeText(v.sh, v.org)
}

// dueNoticeText says how many requests of org are overdue or due within 7
// days, or "" when none is.
func dueNoticeText(sh *Shell, org int64) (string, error) {
	c, err := sh.Store.DueSummary(context.Background(), org)
	if err != nil {
		return "", err
	}
	return dueText(c), nil
}

// dueText is the notice of c, or "" when nothing needs attention.
func dueText(c data.DueCounts) string {
	if c.Overdue+c.DueSoon == 0 {
		return ""
	}
	return fmt.Sprintf(lang.L("requests.banner"), c.Overdue, c.DueSoon, data.FormatDate(c.Next))
}

// newDueBanner is the start-up notice in the window itself, above every
// screen, while requests are overdue or due within 7 days: the desktop
// notification needs D-Bus and is easily missed. "Näytä" opens the
// request log on the requests that need attention; × hides the notice.
func newDueBanner(sh *Shell) *fyne.Container {
	org := reqCurrentOrg(sh)
	text, err := dueNoticeText(sh, org)
	if err != nil || text == "" || sh.dueDismissed == org {
		return container.NewVBox() // nothing to say
	}
	label := widget.NewLabel(lang.L("requests.notification.title") + ". " + text)
	label.Wrapping = fyne.TextWrapWord
	label.Importance = widget.DangerImportance
	box := container.NewVBox()
	show := newButton(lang.L("requests.banner.show"), theme.NavigateNextIcon(), func() { sh.showDueRequests() })
	show.Importance = widget.HighImportance
	hide := newButton("", theme.CancelIcon(), sh.dismissDue)
	box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), container.NewHBox(show, hide), label))
	return box
}

// showDueRequests opens the request log filtered to the requests that need
// attention.
func (sh *Shell) showDueRequests() {
	sh.showScreen(screenRequests)
	if sh.requests != nil && sh.requests.status != nil {
		sh.requests.status.SetSelectedIndex(reqStatusIndex(data.FilterAttention))
	}
	sh.dismissDue()
}

// dismissDue hides the start-up notice for the current organisation.
func (sh *Shell) dismissDue() {
	if sh.due != nil {
		sh.due.Hide()
		sh.dueDismissed = reqCurrentOrg(sh)
	}
}

func (v *requestsView) refreshBanner() {
	text, err := v.dueNotice()
	v.showBanner(text, err)
}

// showBanner shows the due notice text ("" hides it).
func (v *requestsView) showBanner(text string, err error) {
	if err != nil {
		v.fail(err)
	}
	v.bannerText.SetText(text)
	if text == "" {
		v.banner.Hide()
	} else {
		v.banner.Show()
	}
}

// notifyDue sends the desktop notification of due requests once per start
// and organisation (the window shows the same notice, newDueBanner).
func (sh *Shell) notifyDue() {
	org := reqCurrentOrg(sh)
	if org == 0 || sh.notifiedOrg == org {
		return
	}
	sh.notifiedOrg = org
	if text, err := dueNoticeText(sh, org); err == nil && text != "" {
		sh.App.SendNotification(fyne.NewNotification(lang.L("requests.notification.title"), text))
	}
}

// Status filter choices, in the order of the select.
var reqStatusFilters = []string{"", data.StatusOpen, data.FilterAttention, data.FilterClosed, data.StatusAnswered, data.StatusRefused}

func reqStatusIndex(code string) int {
	for i, c := range reqStatusFilters {
		if c == code {
			return i
		}
	}
	return 0
}

func (v *requestsView) buildFilters() fyne.CanvasObject {
	var statusLabels []string
	for _, c := range reqStatusFilters {
		statusLabels = append(statusLabels, lang.L("requests.filter.status."+reqOrAll(c)))
	}
	v.status = widget.NewSelect(statusLabels, func(string) {
		v.filter.Status = reqStatusFilters[v.status.SelectedIndex()]
		v.refilter()
	})
	v.status.Selected = statusLabels[0] // set directly: the callback needs the table
	v.year = widget.NewSelect(nil, func(s string) {
		v.filter.Year, _ = strconv.Atoi(s) // "all" gives 0
		v.refilter()
	})
	rightLabels := []string{lang.L("requests.filter.right.all")}
	for _, r := range data.Rights {
		rightLabels = append(rightLabels, data.RightShort(r, v.sh.Lang))
	}
	v.right = widget.NewSelect(rightLabels, func(string) {
		v.filter.Right = ""
		if i := v.right.SelectedIndex(); i > 0 {
			v.filter.Right = data.Rights[i-1]
		}
		v.refilter()
	})
	v.right.Selected = rightLabels[0]
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder(lang.L("requests.search"))
	v.search.OnChanged = v.searchTyped
	add := newButton(lang.L("requests.add"), theme.ContentAddIcon(), v.openAdd)
	add.Importance = widget.HighImportance
	v.addButton = add
	report := newButton(lang.L("requests.report"), theme.DocumentPrintIcon(), v.openReport)
	csv := newButton(lang.L("requests.csv"), theme.DownloadIcon(), v.saveCSV)
	v.report = newReqJob(v, lang.L("requests.job.report.start"), lang.L("requests.job.report"), &report.Button)
	v.csv = newReqJob(v, lang.L("requests.job.csv.start"), lang.L("requests.job.csv"), &csv.Button)
	// Two rows: the actions with the search box between them, which takes
	// the width left over, and the three filters sharing the row below.
	// In one row the search box shrank to a few letters at 1024 px.
	actions := container.NewBorder(nil, nil, add, container.NewHBox(report, csv), v.search)
	return container.NewVBox(actions, container.NewGridWithColumns(3, v.status, v.year, v.right))
}

func reqOrAll(code string) string {
	if code == "" {
		return "all"
	}
	return code
}

// refreshYears fills the year filter from the log, keeping the choice.
func (v *requestsView) refreshYears() {
	v.showYears(v.sh.Store.RequestYears(v.ctx, v.org))
}

// showYears fills the year filter with years, keeping the choice.
func (v *requestsView) showYears(years []int, err error) {
	if err != nil {
		v.fail(err)
		return
	}
	opts := []string{lang.L("requests.filter.year.all")}
	for _, y := range years {
		opts = append(opts, strconv.Itoa(y))
	}
	if len(opts) == len(v.year.Options) {
		return
	}
	v.year.Options = opts
	if v.filter.Year == 0 {
		v.year.Selected = opts[0]
	}
	v.year.Refresh()
}

// selectRef shows a request, e.g. the one just added.
func (v *requestsView) selectRef(ref string) {
	v.selected = ref
	v.detail.show(ref)
	if row := v.rows.indexOf(ref); row >= 0 {
		v.table.Select(widget.TableCellID{Row: row, Col: 0})
	}
}
