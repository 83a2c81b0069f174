package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
)

// reqForm is the add and edit dialog of a request.
type reqForm struct {
	reqFormDialog
	received *widget.Entry
	channel  *widget.Select
	name     *widget.Entry
	contact  *widget.Entry
	rights   map[data.Right]*widget.Check
	register *widget.SelectEntry
	method   *widget.Entry
}

func (v *requestsView) openAdd() {
	v.openForm(nil)
}

func (v *requestsView) openEdit(e *data.LogEntry) {
	if e != nil {
		v.openForm(e)
	}
}

// openForm shows the form empty (received today) or filled from e.
func (v *requestsView) openForm(e *data.LogEntry) {
	lg := v.sh.Lang
	f := &reqForm{rights: map[data.Right]*widget.Check{}}
	v.form = f
	f.received = newReqDateEntry(v.sh.Store.Today())
	channels := vocab.Codes(vocab.Channels)
	var channelLabels []string
	for _, c := range channels {
		channelLabels = append(channelLabels, vocab.Label(vocab.Channels, c, lg))
	}
	f.channel = widget.NewSelect(channelLabels, nil)
	f.channel.SetSelectedIndex(0)
	f.name = widget.NewEntry()
	f.contact = widget.NewEntry()
	f.contact.SetPlaceHolder(lang.L("requests.form.contact_hint"))
	var rightBoxes []fyne.CanvasObject
	for _, r := range data.Rights {
		term, _ := vocab.Find(vocab.Rights, string(r))
		c := widget.NewCheck(fmt.Sprintf("%s (%s)", term.Label.In(lg), reqArticleRef(term.Article)), nil)
		f.rights[r] = c
		help := widget.NewLabel(term.Help.In(lg))
		help.Wrapping = fyne.TextWrapWord
		help.Importance = widget.LowImportance
		rightBoxes = append(rightBoxes, c, container.NewPadded(help))
	}
	f.register = widget.NewSelectEntry(v.registerNames())
	f.method = widget.NewEntry()
	f.method.SetPlaceHolder(lang.L("requests.form.method_hint"))
	if e != nil {
		f.received.SetText(data.FormatDate(e.Received))
		for i, c := range channels {
			if c == e.Channel {
				f.channel.SetSelectedIndex(i)
			}
		}
		f.name.SetText(e.Requester.Name)
		f.contact.SetText(e.Requester.Contact)
		for _, r := range e.Rights {
			if c, ok := f.rights[r]; ok {
				c.SetChecked(true)
			}
		}
		f.register.SetText(e.Register)
		if e.Identity != nil {
			f.method.SetText(e.Identity.Method)
		}
	}
	body := container.NewVBox(
		f.field("received", data.FieldLabel("received", lg), f.received, lang.L("requests.form.received_help")),
		f.field("name", data.FieldLabel("name", lg), f.name, ""),
		f.field("contact", data.FieldLabel("contact", lg), f.contact, ""),
		f.field("channel", data.FieldLabel("channel", lg), f.channel, ""),
		f.field("rights", data.FieldLabel("rights", lg), container.NewVBox(rightBoxes...), ""),
		f.field("register", data.FieldLabel("register", lg), f.register, lang.L("requests.form.register_help")),
		f.field("identity_method", data.FieldLabel("identity_method", lg), f.method, lang.L("requests.form.method_help")),
	)
	title := lang.L("requests.form.add")
	if e != nil {
		title = fmt.Sprintf(lang.L("requests.form.edit"), e.Ref)
	}
	// What the form shows now, read back as the form reads it: saving
	// sends only the fields that differ from it, so a change another
	// writer (the command line) made meanwhile to a field the user did not
	// touch stays (one writer's truth, issue 13).
	loaded := f.request(channels)
	newReqFormDialog(v.sh, title, body, fyne.NewSize(620, 520), &f.reqFormDialog, func() error {
		return v.saveForm(e, loaded, f.request(channels))
	})
}

// saveForm adds the request of the form (e nil), or corrects the fields
// of e the user changed from loaded to edited.
func (v *requestsView) saveForm(e *data.LogEntry, loaded, edited data.Request) error {
	if e == nil {
		ref, err := v.sh.Store.AddRequest(v.ctx, v.org, edited)
		if err == nil {
			v.afterChange(ref)
		}
		return err
	}
	err := v.sh.Store.EditRequestFrom(v.ctx, v.org, e.Ref, loaded, edited)
	if err == nil {
		v.afterChange(e.Ref)
	}
	return err
}

// request collects the form into a request for the store.
func (f *reqForm) request(channels []string) data.Request {
	r := data.Request{Received: f.received.Text, Register: strings.TrimSpace(f.register.Text),
		Requester: data.Requester{Name: f.name.Text, Contact: f.contact.Text}}
	if i := f.channel.SelectedIndex(); i >= 0 {
		r.Channel = channels[i]
	}
	for _, right := range data.Rights {
		if f.rights[right].Checked {
			r.Rights = append(r.Rights, right)
		}
	}
	if m := strings.TrimSpace(f.method.Text); m != "" {
		r.Identity = &data.Identity{Method: m}
	}
	return r
}

// registerNames are the organisation's registers, offered for "register
// concerned".
func (v *requestsView) registerNames() []string {
	a, err := v.sh.Store.Answers(v.ctx, v.org)
	if err != nil {
		return nil
	}
	var out []string
	for _, r := range a.Registers {
		if r.Name != "" {
			out = append(out, r.Name)
		}
	}
	return out
}

func reqArticleRef(article string) string {
	return fmt.Sprintf(lang.L("requests.article"), article)
}

// afterChange re-reads the list and shows the changed request.
func (v *requestsView) afterChange(ref string) {
	v.reload()
	v.selectRef(ref)
}

// today is the store's date, for the date fields' defaults.
func (v *requestsView) today() time.Time { return v.sh.Store.Today() }
