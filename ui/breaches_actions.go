package ui

import (
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/pdf"
	"tietosuojapakki/pdf/breachreport"
	"tietosuojapakki/pdf/doc"
)

// The dialogs of the breach log's actions: the first-aid form of a new
// breach, the assessment, the notification, telling the data subjects
// (or why not), telling the controller, closing and notes.

// openAdd is the guided first-aid form: what to record now, with short
// guidance on the risk and on where to notify.
func (v *breachesView) openAdd() { v.openFacts(nil) }

// openEdit completes or corrects the facts of b in the same form; each
// change goes into the history.
func (v *breachesView) openEdit(b *data.Breach) { v.openFacts(b) }

// openFacts shows the facts form empty (aware now) or filled from b.
func (v *breachesView) openFacts(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	aware := v.now()
	if b != nil {
		aware = b.AwareAt
	}
	body := container.NewVBox(
		breachHelp(lang.L("breaches.firstaid")),
		f.when("aware", lang.L("breaches.field.aware"), lang.L("breaches.help.aware"), aware),
		f.when("occurred", lang.L("breaches.field.occurred"), lang.L("breaches.help.occurred"), time.Time{}),
		f.text("description", lang.L("breaches.field.description"), lang.L("breaches.help.description"), true),
		f.text("subjects", lang.L("breaches.field.subjects"), lang.L("breaches.help.subjects"), true),
		container.NewGridWithColumns(2,
			f.text("subjects_approx", lang.L("breaches.field.subjects_approx"), "", false),
			f.text("records_approx", lang.L("breaches.field.records_approx"), "", false)),
		f.text("consequences", lang.L("breaches.field.consequences"), lang.L("breaches.help.consequences"), true),
		f.text("measures", lang.L("breaches.field.measures"), lang.L("breaches.help.measures"), true),
		breachHelp(lang.L("breaches.help.risk")),
		breachHelp(lang.L("breaches.help.where")))
	title := lang.L("breaches.add.title")
	if b != nil {
		f.fill(b)
		title = lang.L("breaches.action.edit") + " " + b.Ref
	}
	f.show(v.sh, title, body, dialogSize(v.sh), func() error {
		in, err := f.facts()
		if err != nil {
			return err
		}
		if b != nil {
			return v.done(b.Ref, v.sh.Store.EditBreachFacts(v.ctx, v.org, b.Ref, in))
		}
		ref, err := v.sh.Store.AddBreach(v.ctx, v.org, in)
		if err != nil {
			return err
		}
		v.reload()
		v.selectRef(ref)
		return nil
	})
}

// fill puts b's facts into the form.
func (f *breachForm) fill(b *data.Breach) {
	if !b.OccurredAt.IsZero() {
		f.entries["occurred"].SetText(breachTimeText(b.OccurredAt))
	}
	f.entries["description"].SetText(b.Description)
	f.entries["subjects"].SetText(b.DataSubjects)
	f.entries["subjects_approx"].SetText(breachApprox(b.SubjectsApprox))
	f.entries["records_approx"].SetText(breachApprox(b.RecordsApprox))
	f.entries["consequences"].SetText(b.Consequences)
	f.entries["measures"].SetText(b.Measures)
}

// facts reads the first-aid form.
func (f *breachForm) facts() (data.Breach, error) {
	var b data.Breach
	var err error
	if b.AwareAt, err = f.instant("aware", false); err != nil {
		return b, err
	}
	if b.OccurredAt, err = f.instant("occurred", true); err != nil {
		return b, err
	}
	if b.SubjectsApprox, err = f.number("subjects_approx"); err != nil {
		return b, err
	}
	if b.RecordsApprox, err = f.number("records_approx"); err != nil {
		return b, err
	}
	b.Description, b.DataSubjects = f.value("description"), f.value("subjects")
	b.Consequences, b.Measures = f.value("consequences"), f.value("measures")
	return b, nil
}

// done reloads after an action and keeps the breach selected.
func (v *breachesView) done(ref string, err error) error {
	if err == nil {
		v.detail.setHint("")
		v.reload()
		v.selectRef(ref)
	}
	return err
}

// openAssess records the risk assessment with its reasons.
func (v *breachesView) openAssess(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	var labels []string
	for _, r := range data.Risks {
		labels = append(labels, breachreport.RiskLabel(r, v.sh.Lang))
	}
	f.risk = widget.NewRadioGroup(labels, nil)
	for i, r := range data.Risks {
		if r == b.Risk {
			f.risk.SetSelected(labels[i])
		}
	}
	reasons := f.text("risk_reasons", lang.L("breaches.field.risk_reasons"), lang.L("breaches.help.risk_reasons"), true)
	f.entries["risk_reasons"].SetText(b.RiskReasons)
	body := container.NewVBox(breachHelp(lang.L("breaches.help.risk")),
		f.field("risk", lang.L("breaches.field.risk"), f.risk, ""), reasons)
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.assess")+" "+ref, body, fyne.NewSize(480, 360), func() error {
		risk := data.RiskUnassessed
		for i, l := range labels {
			if l == f.risk.Selected {
				risk = data.Risks[i]
			}
		}
		return v.done(ref, v.sh.Store.AssessBreach(v.ctx, v.org, ref, risk, f.value("risk_reasons")))
	})
}

// openNotify records the notification to the authority; past the 72 hours
// the store asks for the reasons of the delay, shown beside their field.
func (v *breachesView) openNotify(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	due := fmt.Sprintf(lang.L("breaches.help.delay"), data.FormatLocalTime(b.Due()))
	body := container.NewVBox(breachHelp(lang.L("breaches.help.where")),
		f.when("notified", lang.L("breaches.field.notified"), "", v.now()),
		f.text("case", lang.L("breaches.field.case"), lang.L("breaches.help.case"), false),
		f.text("delay_reasons", lang.L("breaches.field.delay_reasons"), due, true))
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.notify")+" "+ref, body, fyne.NewSize(480, 380), func() error {
		at, err := f.instant("notified", false)
		if err != nil {
			return err
		}
		return v.done(ref, v.sh.Store.NotifyBreach(v.ctx, v.org, ref, at, f.value("case"), f.value("delay_reasons")))
	})
}

// openInform records when and how the data subjects were told (art. 34).
func (v *breachesView) openInform(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	body := container.NewVBox(breachHelp(lang.L("breaches.help.inform")),
		f.when("subjects_informed", lang.L("breaches.field.subjects_informed"), "", v.now()),
		f.text("subjects_how", lang.L("breaches.field.subjects_how"), lang.L("breaches.help.subjects_how"), true))
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.inform")+" "+ref, body, fyne.NewSize(480, 320), func() error {
		at, err := f.instant("subjects_informed", false)
		if err != nil {
			return err
		}
		return v.done(ref, v.sh.Store.InformSubjects(v.ctx, v.org, ref, at, f.value("subjects_how")))
	})
}

// openNotInform records why the data subjects were not told (art. 34(3)).
func (v *breachesView) openNotInform(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	body := container.NewVBox(
		f.text("subjects_not_reason", lang.L("breaches.field.subjects_not_reason"), lang.L("breaches.help.not_inform"), true))
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.not_inform")+" "+ref, body, fyne.NewSize(480, 300), func() error {
		return v.done(ref, v.sh.Store.DoNotInformSubjects(v.ctx, v.org, ref, f.value("subjects_not_reason")))
	})
}

// openController records when a processor told its controller (art. 33(2)).
func (v *breachesView) openController(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	body := container.NewVBox(
		f.when("controller_told", lang.L("breaches.field.controller_told"), lang.L("breaches.help.controller"), v.now()))
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.controller")+" "+ref, body, fyne.NewSize(440, 200), func() error {
		at, err := f.instant("controller_told", false)
		if err != nil {
			return err
		}
		return v.done(ref, v.sh.Store.ControllerTold(v.ctx, v.org, ref, at))
	})
}

// closeBreach closes the breach after confirmation; the store's refusal
// (a risk not notified, the data subjects not told) shows in the pane.
func (v *breachesView) closeBreach(b *data.Breach) {
	ref := b.Ref
	dialog.ShowConfirm(lang.L("breaches.action.close"), fmt.Sprintf(lang.L("breaches.close.ask"), ref), func(ok bool) {
		if !ok {
			return
		}
		if err := v.done(ref, v.sh.Store.CloseBreach(v.ctx, v.org, ref)); err != nil {
			_, msg := breachErrorField(err, v.sh.Lang)
			v.detail.setHint(msg)
		}
	}, v.sh.Win)
}

// openNote adds a note to the history.
func (v *breachesView) openNote(b *data.Breach) {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	body := f.text("note", lang.L("breaches.field.note"), "", true)
	ref := b.Ref
	f.show(v.sh, lang.L("breaches.action.note")+" "+ref, body, fyne.NewSize(440, 220), func() error {
		return v.done(ref, v.sh.Store.AddBreachNote(v.ctx, v.org, ref, f.value("note")))
	})
}

// openReport asks for the period of awareness and saves the report of the
// breaches of that period as a PDF, through the window's save dialog.
func (v *breachesView) openReport() {
	f := newBreachForm(v.sh.Lang)
	v.form = f
	today := v.sh.Store.Today()
	from, to := newReqDateEntry(time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC)), newReqDateEntry(today)
	f.entries["from"], f.entries["to"] = from, to
	body := container.NewVBox(f.field("from", lang.L("breaches.report.from"), from, ""),
		f.field("to", lang.L("breaches.report.to"), to, ""))
	f.show(v.sh, lang.L("breaches.report"), body, fyne.NewSize(400, 220), func() error {
		start, err := reqParse("from", from.Text)
		if err != nil {
			return &breachInputError{field: "from", key: "breaches.error.date"}
		}
		end, err := reqParse("to", to.Text)
		if err != nil || end.Before(start) {
			return &breachInputError{field: "to", key: "breaches.error.date"}
		}
		f.d.Hide() // before the save dialog: hiding a dialog hides those above it
		name := fmt.Sprintf("tietoturvaloukkaukset-%s-%s.pdf", start.Format(time.DateOnly), end.Format(time.DateOnly))
		saveFileAs(v.sh, name, breachesSaved, func(w io.Writer) error {
			d, err := v.reportDoc(start, end)
			if err != nil {
				return err
			}
			return pdf.WritePDF(w, d, pdf.Options{})
		})
		return nil
	})
}

// reportDoc composes the report of the breaches the company became aware
// of from from to to (dates, both included, Helsinki time).
func (v *breachesView) reportDoc(from, to time.Time) (*doc.Document, error) {
	a, err := v.sh.Store.Answers(v.ctx, v.org)
	if err != nil {
		return nil, err
	}
	all, err := v.sh.Store.Breaches(v.ctx, v.org)
	if err != nil {
		return nil, err
	}
	first, last := from.Format(time.DateOnly), to.Format(time.DateOnly)
	var in []data.Breach
	for _, b := range all {
		day := b.AwareAt.In(data.Helsinki).Format(time.DateOnly)
		if day < first || day > last {
			continue
		}
		full, err := v.sh.Store.Breach(v.ctx, v.org, b.Ref)
		if err != nil {
			return nil, err
		}
		in = append(in, *full)
	}
	return breachreport.Report(breachreport.Input{Lang: v.sh.Lang, Org: a.Organisation, From: from, To: to,
		Now: v.now(), Breaches: in}), nil
}

// breachesSaved is the breach log's "saved" dialog.
func breachesSaved() savedTexts {
	return savedTexts{lang.L("breaches.saved.title"), lang.L("breaches.saved")}
}
