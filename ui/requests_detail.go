package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/duedate"
	"tietosuojapakki/data/vocab"
)

// reqDetail is the right-hand panel: the selected request, what can
// be done with it, and its history.
type reqDetail struct {
	v       *requestsView
	content fyne.CanvasObject

	title   *widget.Label
	facts   *fyne.Container // a caption and its value, one above the other
	values  map[string]*widget.Label
	hint    *widget.Label
	history *fyne.Container

	edit, verify, extend, answer, note, summary *widget.Button
	letterBtn                                   *widget.Button // Kirje…
	letter                                      *letterForm    // the open letter dialog, for tests
	entry                                       *data.LogEntry
}

func newReqDetail(v *requestsView) *reqDetail {
	d := &reqDetail{v: v}
	d.title = widget.NewLabel(lang.L("requests.detail.none"))
	d.title.TextStyle.Bold = true
	d.title.Wrapping = fyne.TextWrapWord
	// A caption above its value rather than a two-column form: the
	// panel is narrow on a 1024 px screen, and a form's value column
	// wrapped a date one character a line. The list is filled anew for
	// each request (a widget.Form kept its first rows when its items
	// were replaced, showing the first request's dates for every later
	// one).
	d.facts = container.NewVBox()
	d.hint = widget.NewLabel("")
	d.hint.Wrapping = fyne.TextWrapWord
	d.hint.Importance = widget.WarningImportance
	d.history = container.NewVBox()
	d.edit = widget.NewButtonWithIcon(lang.L("requests.action.edit"), theme.DocumentCreateIcon(), func() { v.openEdit(d.entry) })
	d.verify = widget.NewButtonWithIcon(lang.L("requests.action.verify"), theme.ConfirmIcon(), func() { v.openVerify(d.entry) })
	d.extend = widget.NewButtonWithIcon(lang.L("requests.action.extend"), theme.HistoryIcon(), func() { v.openExtend(d.entry) })
	d.answer = widget.NewButtonWithIcon(lang.L("requests.action.answer"), theme.MailReplyIcon(), func() { v.openAnswer(d.entry) })
	d.note = widget.NewButtonWithIcon(lang.L("requests.action.note"), theme.ContentAddIcon(), func() { v.openNote(d.entry) })
	d.summary = widget.NewButtonWithIcon(lang.L("requests.action.summary"), theme.DocumentPrintIcon(), func() { v.saveSummary(d.entry) })
	d.letterBtn = widget.NewButtonWithIcon(lang.L("letters.button"), theme.MailComposeIcon(), d.openLetter)
	// Two columns keep the panel narrow enough for the table's due dates.
	actions := container.NewGridWithColumns(1, d.edit, d.verify, d.extend, d.answer, d.note, d.letterBtn, d.summary)
	historyTitle := widget.NewLabel(lang.L("requests.history"))
	historyTitle.TextStyle.Bold = true
	body := container.NewVBox(d.title, actions, d.hint, d.facts, widget.NewSeparator(), historyTitle, d.history)
	d.content = container.NewVScroll(body)
	d.show("")
	return d
}

// show loads and shows a request; "" clears the panel.
func (d *reqDetail) show(ref string) {
	d.entry = nil
	if ref != "" {
		e, err := d.v.sh.Store.GetRequest(d.v.ctx, d.v.org, ref)
		if err != nil && !data.IsUnknownRequest(err) {
			d.v.fail(err)
		}
		d.entry = e
	}
	d.facts.RemoveAll()
	d.values = map[string]*widget.Label{}
	d.history.RemoveAll()
	d.hint.SetText("")
	d.hint.Hide()
	if d.entry == nil {
		d.title.SetText(lang.L("requests.detail.none"))
		for _, b := range []*widget.Button{d.edit, d.verify, d.extend, d.answer, d.note, d.letterBtn, d.summary} {
			b.Disable()
		}
		return
	}
	d.title.SetText(d.entry.Ref + " – " + reqOrDash(d.entry.Requester.Name))
	today := d.v.sh.Store.Today()
	d.enableActions(d.entry, today)
	d.showFacts(d.entry, d.entry.TimingOn(today))
	d.showHistory(d.entry)
}

// enableActions enables what can be done with e today.
func (d *reqDetail) enableActions(e *data.LogEntry, today time.Time) {
	open := e.Open() && !e.Purged
	received, _ := time.Parse(time.DateOnly, e.Received)
	end := duedate.FirstMonthEnd(received)
	lateForExtension := e.Open() && !e.Extended && today.After(end)
	setEnabled(d.edit, !e.Purged)
	setEnabled(d.verify, !e.Purged)
	setEnabled(d.note, !e.Purged)
	setEnabled(d.answer, open)
	// Extended only once, to three months in all, and within the first
	// month.
	setEnabled(d.extend, open && !e.Extended && !lateForExtension)
	setEnabled(d.summary, true)
	setEnabled(d.letterBtn, !e.Purged) // a purged request's letters cannot be made
	if lateForExtension {
		d.setHint(fmt.Sprintf(lang.L("requests.hint.no_extension"), data.FormatDate(end.Format(time.DateOnly))))
	}
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// showFacts lists what is known of e, a caption above each value.
func (d *reqDetail) showFacts(e *data.LogEntry, t data.Timing) {
	lg := d.v.sh.Lang
	add := func(field, value string) {
		if strings.TrimSpace(value) == "" {
			return
		}
		l := widget.NewLabel(value)
		l.Wrapping = fyne.TextWrapWord
		if field == "due" {
			l.Importance = reqStateImportance(t)
		}
		caption := widget.NewLabelWithStyle(data.FieldLabel(field, lg), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		d.facts.Add(container.NewVBox(caption, l))
		d.values[field] = l
	}
	add("received", data.FormatDate(e.Received))
	add("channel", vocab.Label(vocab.Channels, e.Channel, lg))
	add("contact", e.Requester.Contact)
	add("rights", data.RightsShort(e.Rights, lg))
	add("register", e.Register)
	if e.Identity != nil {
		add("identity_method", e.Identity.Method)
		add("identity_verified_on", data.FormatDate(e.Identity.VerifiedOn))
	}
	add("due", data.FormatDate(e.Due)+" · "+data.DaysText(t, lg))
	if e.Extended {
		add("extension_told_on", data.FormatDate(e.ExtensionToldOn))
		add("extension_reason", e.ExtensionReason)
	}
	add("status", reqStatusLabel(e.Status, lg))
	add("answered_on", data.FormatDate(e.AnsweredOn))
	add("outcome", e.Outcome)
	if e.RefusalReason != "" {
		add("refusal_reason", vocab.Label(vocab.RefusalReasons, e.RefusalReason, lg))
	}
	add("refusal_details", e.RefusalDetails)
}

// showHistory lists e's events, newest first.
func (d *reqDetail) showHistory(e *data.LogEntry) {
	for i := len(e.History) - 1; i >= 0; i-- {
		ev := e.History[i]
		when := ev.At
		if at, err := time.Parse(time.RFC3339, ev.At); err == nil {
			when = at.Local().Format("2.1.2006 15.04")
		}
		if ev.By != "" {
			when += " · " + ev.By
		}
		head := widget.NewLabel(when)
		head.Importance = widget.LowImportance
		body := widget.NewLabel(data.EventText(ev, d.v.sh.Lang))
		body.Wrapping = fyne.TextWrapWord
		d.history.Add(container.NewVBox(head, body))
	}
}

func (d *reqDetail) setHint(s string) {
	d.hint.SetText(s)
	d.hint.Show()
}

func reqStatusLabel(code, lg string) string { return vocab.Label(vocab.Statuses, code, lg) }

func reqOrDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}
