package ui

import (
	"fmt"
	"io"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/jobs"
)

// The request log's long jobs: the PDF report and the CSV export of a log
// of 100,000 requests take seconds. A job runs off the UI goroutine with
// its progress shown under the list ("Laaditaan raporttia… 40 000 /
// 100 000"); the window stays usable, and the job's button is disabled
// until it ends, so that it cannot run twice at once.

// reqJob is one kind of long job of the screen.
type reqJob struct {
	v      *requestsView
	button *widget.Button
	// starting is said until the first progress; progress has two %s,
	// done and total ("" for a job that cannot count).
	starting, progress string

	running  bool
	row      *fyne.Container
	activity *widget.Activity
	text     *widget.Label
	bar      *widget.ProgressBar

	// onProgress, when set (tests), is called after each progress shown.
	onProgress func()
}

func newReqJob(v *requestsView, starting, progress string, b *widget.Button) *reqJob {
	j := &reqJob{v: v, starting: starting, progress: progress, button: b,
		activity: widget.NewActivity(), text: widget.NewLabel(""), bar: widget.NewProgressBar()}
	j.bar.TextFormatter = func() string { return "" } // the label says it
	j.row = container.NewBorder(nil, nil, container.NewHBox(j.activity, j.text), nil, j.bar)
	return j
}

// start runs work off the UI goroutine, showing its progress (work is
// given a progress func to call from its goroutine), and then done with
// its error on the UI goroutine. A second start while the job runs is
// refused; its button is disabled meanwhile.
func (j *reqJob) start(work func(progress func(done, total int)) error, done func(error)) {
	if j.running {
		return
	}
	j.running = true
	j.button.Disable()
	j.text.SetText(j.starting)
	j.bar.SetValue(0)
	j.bar.Hide() // until there is something to count
	j.activity.Start()
	j.v.jobsBox.Add(j.row)
	progress := func(done, total int) { fyne.Do(func() { j.show(done, total) }) }
	j.v.offUI(func() {
		err := work(progress)
		fyne.Do(func() {
			j.running = false
			j.activity.Stop()
			j.v.jobsBox.Remove(j.row)
			j.button.Enable()
			done(err)
		})
	})
}

// startFile writes the file at path with write as the job, then says
// where the file went, or what went wrong.
func (j *reqJob) startFile(path string, write func(w io.Writer, progress func(done, total int)) error) {
	db := j.v.sh.Store.Path()
	j.start(func(progress func(done, total int)) error {
		return jobs.WriteFile(path, db, func(w io.Writer) error { return write(w, progress) })
	}, func(err error) {
		showSaved(j.v.sh, requestsSaved(), path, err)
	})
}

// show says how far the job is.
func (j *reqJob) show(done, total int) {
	if !j.running || j.progress == "" {
		return
	}
	lg := j.v.sh.Lang
	j.text.SetText(fmt.Sprintf(j.progress, groupDigits(done, lg), groupDigits(total, lg)))
	if total > 0 {
		if !j.bar.Visible() {
			j.bar.Show()
			j.row.Refresh() // laid out again, with room for the bar
		}
		j.bar.SetValue(float64(done) / float64(total))
	}
	if j.onProgress != nil {
		j.onProgress()
	}
}

// groupDigits writes n with its thousands apart as the reader of lang
// expects: 100 000 in Finnish and Swedish (a no-break space), 100,000 in
// English.
func groupDigits(n int, lang string) string {
	s := strconv.Itoa(n)
	sep := "\u00a0"
	if lang == "en" {
		sep = ","
	}
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := ""
	for len(s) > 3 {
		out = sep + s[len(s)-3:] + out
		s = s[:len(s)-3]
	}
	out = s + out
	if neg {
		out = "-" + out
	}
	return out
}

// requestsSaved is the request log's "saved" dialog.
func requestsSaved() savedTexts {
	return savedTexts{lang.L("requests.saved.title"), lang.L("requests.saved")}
}
