package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/duedate"
	"tietosuojapakki/data/vocab"
)

// reqActionForm is the dialog of one action on a request: identity verified,
// extend, answer or note.
type reqActionForm struct {
	reqFormDialog
	date     *widget.Entry
	text     *widget.Entry
	refusal  *widget.Select // answer only
	details  *widget.Entry  // answer only
	reminder *widget.Label  // answer only: what a refusal must tell
}

func (v *requestsView) openVerify(e *data.LogEntry) {
	if e == nil {
		return
	}
	lg := v.sh.Lang
	f := &reqActionForm{date: newReqDateEntry(v.today()), text: widget.NewEntry()}
	if e.Identity != nil {
		f.text.SetText(e.Identity.Method)
	}
	f.text.SetPlaceHolder(lang.L("requests.form.method_hint"))
	v.action = f
	body := container.NewVBox(
		f.field("verified_on", data.FieldLabel("identity_verified_on", lg), f.date, ""),
		f.field("method", data.FieldLabel("identity_method", lg), f.text, lang.L("requests.form.method_help")))
	newReqFormDialog(v.sh, fmt.Sprintf(lang.L("requests.verify.title"), e.Ref), body, fyne.NewSize(480, 220), &f.reqFormDialog, func() error {
		return v.done(e.Ref, v.sh.Store.VerifyIdentity(v.ctx, v.org, e.Ref, f.date.Text, f.text.Text))
	})
}

func (v *requestsView) openExtend(e *data.LogEntry) {
	if e == nil {
		return
	}
	lg := v.sh.Lang
	received, _ := time.Parse(time.DateOnly, e.Received)
	end := data.FormatDate(duedate.FirstMonthEnd(received).Format(time.DateOnly))
	due := data.FormatDate(duedate.Due(received, true).Format(time.DateOnly))
	reason := newEntry(true) // Tab leaves it
	f := &reqActionForm{date: newReqDateEntry(v.today()), text: &reason.Entry}
	f.text.SetPlaceHolder(lang.L("requests.extend.reason_hint"))
	f.text.SetMinRowsVisible(3)
	v.action = f
	info := widget.NewLabel(fmt.Sprintf(lang.L("requests.extend.info"), end, due))
	info.Wrapping = fyne.TextWrapWord
	body := container.NewVBox(info,
		f.field("told_on", data.FieldLabel("extension_told_on", lg), f.date, ""),
		f.field("extension_reason", data.FieldLabel("extension_reason", lg), reason, ""))
	newReqFormDialog(v.sh, fmt.Sprintf(lang.L("requests.extend.title"), e.Ref), body, fyne.NewSize(520, 300), &f.reqFormDialog, func() error {
		return v.done(e.Ref, v.sh.Store.ExtendRequest(v.ctx, v.org, e.Ref, f.date.Text, f.text.Text))
	})
}

func (v *requestsView) openAnswer(e *data.LogEntry) {
	if e == nil {
		return
	}
	lg := v.sh.Lang
	outcome, details := newEntry(true), newEntry(true) // Tab leaves them
	f := &reqActionForm{date: newReqDateEntry(v.today()), text: &outcome.Entry, details: &details.Entry}
	f.text.SetPlaceHolder(lang.L("requests.answer.outcome_hint"))
	f.text.SetMinRowsVisible(3)
	f.details.SetMinRowsVisible(2)
	reasons := append([]string{""}, data.RefusalReasons...)
	labels := []string{lang.L("requests.answer.not_refused")}
	for _, r := range data.RefusalReasons {
		term, _ := vocab.Find(vocab.RefusalReasons, r)
		l := term.Label.In(lg)
		if term.Article != "" {
			l += " (" + reqArticleRef(term.Article) + ")"
		}
		labels = append(labels, l)
	}
	f.reminder = widget.NewLabel(lang.L("requests.answer.refusal_reminder"))
	f.reminder.Wrapping = fyne.TextWrapWord
	f.reminder.Importance = widget.WarningImportance
	f.reminder.Hide()
	detailsBox := f.field("refusal_details", data.FieldLabel("refusal_details", lg), details, "")
	detailsBox.Hide()
	f.refusal = widget.NewSelect(labels, func(string) {
		if f.refusal.SelectedIndex() > 0 {
			f.reminder.Show()
			detailsBox.Show()
		} else {
			f.reminder.Hide()
			detailsBox.Hide()
		}
	})
	f.refusal.SetSelectedIndex(0)
	v.action = f
	body := container.NewVBox(
		f.field("answered_on", data.FieldLabel("answered_on", lg), f.date, ""),
		f.field("outcome", data.FieldLabel("outcome", lg), outcome, ""),
		f.field("refusal_reason", lang.L("requests.answer.refusal"), f.refusal, ""),
		f.reminder, detailsBox)
	newReqFormDialog(v.sh, fmt.Sprintf(lang.L("requests.answer.title"), e.Ref), body, fyne.NewSize(560, 380), &f.reqFormDialog, func() error {
		a := data.Answer{On: f.date.Text, Outcome: f.text.Text, RefusalDetails: f.details.Text}
		if i := f.refusal.SelectedIndex(); i > 0 {
			a.RefusalReason = reasons[i]
		}
		return v.done(e.Ref, v.sh.Store.AnswerRequest(v.ctx, v.org, e.Ref, a))
	})
}

func (v *requestsView) openNote(e *data.LogEntry) {
	if e == nil {
		return
	}
	note := newEntry(true) // Tab leaves it
	f := &reqActionForm{text: &note.Entry}
	f.text.SetMinRowsVisible(4)
	v.action = f
	body := f.field("note", lang.L("requests.note.label"), note, lang.L("requests.note.help"))
	newReqFormDialog(v.sh, fmt.Sprintf(lang.L("requests.note.title"), e.Ref), body, fyne.NewSize(480, 200), &f.reqFormDialog, func() error {
		return v.done(e.Ref, v.sh.Store.AddNote(v.ctx, v.org, e.Ref, f.text.Text))
	})
}

// done refreshes after a successful action and passes the error on.
func (v *requestsView) done(ref string, err error) error {
	if err == nil {
		v.afterChange(ref)
	}
	return err
}
