package ui

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/valid"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
	"tietosuojapakki/pdf"
)

// Reports and exports of the log, and the log's own retention. The reports
// are the jobs package's (the same as the command line's); files are
// written off the UI goroutine through its private-file writer.

var reqReportLangs = []string{"fi", "sv", "en"}

// openReport asks for the period and the language, then where to save.
// The report is written as a job with its progress (requests_jobs.go).
func (v *requestsView) openReport() {
	if v.report.running {
		return
	}
	today := v.today()
	f := &reqActionForm{date: newReqDateEntry(time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC)), text: newReqDateEntry(today)}
	langs := widget.NewRadioGroup([]string{"suomi", "svenska", "English"}, nil)
	langs.Horizontal = true
	for i, l := range reqReportLangs {
		if l == v.sh.Lang {
			langs.SetSelected(langs.Options[i])
		}
	}
	v.action = f
	body := container.NewVBox(
		f.field("from", lang.L("requests.report.from"), f.date, ""),
		f.field("to", lang.L("requests.report.to"), f.text, ""),
		f.field("lang", lang.L("requests.report.lang"), langs, ""))
	newReqFormDialog(v.sh, lang.L("requests.report.title"), body, fyne.NewSize(420, 260), &f.reqFormDialog, func() error {
		from, err := reqParse("from", f.date.Text)
		if err != nil {
			return err
		}
		to, err := reqParse("to", f.text.Text)
		if err != nil {
			return err
		}
		if to.Before(from) {
			return &data.RequestError{Field: "to", Code: "before_received", Args: []string{data.FormatDate(from.Format(time.DateOnly))}}
		}
		lg := v.sh.Lang
		for i, o := range langs.Options {
			if o == langs.Selected {
				lg = reqReportLangs[i]
			}
		}
		name := fmt.Sprintf("pyyntoloki-%s-%s.pdf", from.Format(time.DateOnly), to.Format(time.DateOnly))
		// This dialog goes before the save dialog opens: hiding a dialog
		// also removes every dialog shown above it.
		f.d.Hide()
		saveDialog(v.sh, name, nil, func(path string) {
			v.report.startFile(path, func(w io.Writer, progress func(done, total int)) error {
				d, _, err := jobs.LogReportProgress(v.ctx, v.sh.Store, v.org, from, to, vocab.LangOf(lg), progress)
				if err != nil {
					return err
				}
				return pdf.WritePDF(w, d, pdf.Options{})
			})
		})
		return nil
	})
}

// reqParse reads a typed date; its message goes beside field.
func reqParse(field, s string) (time.Time, error) {
	t, err := valid.ParseDate(s)
	if ve, ok := err.(*valid.Error); ok {
		return t, &data.RequestError{Field: field, Cause: ve}
	}
	return t, err
}

// saveCSV exports the log as the list shows it, as a job with its
// progress (requests_jobs.go).
func (v *requestsView) saveCSV() {
	if v.csv.running {
		return
	}
	f, lg := v.rows.filter, v.sh.Lang
	saveDialog(v.sh, "pyyntoloki.csv", nil, func(path string) {
		v.csv.startFile(path, func(w io.Writer, progress func(done, total int)) error {
			return jobs.WriteLogCSV(v.ctx, v.sh.Store, v.org, f, lg, w, progress)
		})
	})
}

// saveSummary writes the one-request summary page.
func (v *requestsView) saveSummary(e *data.LogEntry) {
	if e == nil {
		return
	}
	ref := e.Ref
	saveFileAs(v.sh, "pyynto-"+ref+".pdf", requestsSaved, func(w io.Writer) error {
		d, err := jobs.RequestSummary(v.ctx, v.sh.Store, v.org, ref, vocab.LangOf(v.sh.Lang))
		if err != nil {
			return err
		}
		return pdf.WritePDF(w, d, pdf.Options{})
	})
}

// reqRetentionPanel shows how long closed entries are kept, lets the user
// change it, and purges expired entries after confirmation.
type reqRetentionPanel struct {
	v       *requestsView
	content fyne.CanvasObject
	months  *widget.Entry
	err     *widget.Label
	purge   *widget.Button
	job     *reqJob // the purge, which takes seconds at scale
}

func newReqRetentionPanel(v *requestsView) *reqRetentionPanel {
	p := &reqRetentionPanel{v: v, months: widget.NewEntry(), err: reqErrLabel()}
	n, err := v.sh.Store.LogRetentionMonths(v.ctx, v.org)
	if err != nil {
		v.fail(err)
	}
	p.months.SetText(strconv.Itoa(n))
	save := widget.NewButton(lang.L("requests.retention.save"), p.save)
	p.purge = widget.NewButtonWithIcon(lang.L("requests.retention.purge"), theme.DeleteIcon(), p.askPurge)
	p.job = newReqJob(v, lang.L("requests.job.purge"), "", p.purge)
	title := widget.NewLabelWithStyle(lang.L("requests.retention.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	help := widget.NewLabel(lang.L("requests.retention.help"))
	help.Wrapping = fyne.TextWrapWord
	help.Importance = widget.LowImportance
	months := container.NewHBox(title, container.NewGridWrap(fyne.NewSize(80, p.months.MinSize().Height), p.months),
		widget.NewLabel(lang.L("requests.retention.months")), save, p.purge)
	p.content = container.NewVBox(widget.NewSeparator(), months, help, p.err)
	return p
}

func (p *reqRetentionPanel) save() {
	n, err := strconv.Atoi(strings.TrimSpace(p.months.Text))
	if err != nil {
		n = 0 // the store's range message tells what is wanted
	}
	err = p.v.sh.Store.SetLogRetentionMonths(p.v.ctx, p.v.org, n)
	reqSetErr(p.err, data.ErrorsByField(err, p.v.sh.Lang)["retention"])
	if err != nil && data.FieldOf(err) == "" {
		p.v.fail(err)
	}
}

func (p *reqRetentionPanel) askPurge() {
	v := p.v
	if p.job.running {
		return
	}
	refs, err := v.sh.Store.ExpiredRequests(v.ctx, v.org)
	if err != nil {
		v.fail(err)
		return
	}
	if len(refs) == 0 {
		dialog.ShowInformation(lang.L("requests.retention.purge"), lang.L("requests.purge.none"), v.sh.Win)
		return
	}
	shown := refs
	if len(shown) > 20 {
		shown = append(shown[:20:20], "…")
	}
	msg := fmt.Sprintf(lang.L("requests.purge.confirm"), len(refs), strings.Join(shown, ", "))
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	c := dialog.NewCustomConfirm(lang.L("requests.retention.purge"), lang.L("requests.purge.yes"), lang.L("requests.cancel"),
		container.NewGridWrap(fyne.NewSize(420, 140), label), func(ok bool) {
			if !ok {
				return
			}
			// Tens of thousands of entries take seconds: a job.
			var n int
			p.job.start(func(func(int, int)) error {
				var err error
				n, err = v.sh.Store.PurgeExpired(v.ctx, v.org)
				return err
			}, func(err error) {
				if err != nil {
					v.fail(err)
					return
				}
				v.reload()
				dialog.ShowInformation(lang.L("requests.retention.purge"), fmt.Sprintf(lang.L("requests.purge.done"), n), v.sh.Win)
			})
		}, v.sh.Win)
	c.Show()
}
