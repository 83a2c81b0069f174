package ui

import (
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/jobs"
)

// "Tuo vanha seloste…": the user picks an old privacy notice or pastes its
// text, sees the findings beside the text with the quotes marked, and
// makes a new organisation of the facts read. The texts live here until
// the coordinator moves them into assets/i18n.

// auditFilter lists the file types the audit reads.
var auditFilter = storage.NewExtensionFileFilter([]string{".txt", ".html", ".htm", ".pdf", ".docx", ".odt"})

// ShowAudit opens the audit dialog over win, in lang ("fi", "sv", "en").
// create gets the answers read from the notice (with a stand-in name when
// the notice stated none) and the audit's findings, and makes them a new
// organisation (auditCreate: jobs.ImportNotice); the dialog closes when it
// returns nil and shows its error otherwise.
func ShowAudit(win fyne.Window, lang string, create func(*data.File, []jobs.AuditFinding) error) {
	showAudit(win, lang, create, nil)
}

// showAudit is ShowAudit that calls done (when not nil) once the dialog
// has closed after a create: focus given then lands in the window, not in
// the dialog going away. It returns the view for tests.
func showAudit(win fyne.Window, lang string, create func(*data.File, []jobs.AuditFinding) error, done func()) *auditView {
	v := newAuditView(win, lang, create)
	v.done = done
	d := dialog.NewCustomWithoutButtons(at(lang, "Tuo vanha seloste", "Importera gammal beskrivning", "Import an old notice"), v.content, win)
	v.close = d.Hide
	s := win.Canvas().Size()
	if s.Width < 100 {
		s = fyne.NewSize(1000, 640)
	}
	d.Resize(fyne.NewSize(s.Width*0.9, s.Height*0.9))
	d.Show()
	return v
}

// auditView is the dialog's content; its widgets stay reachable for tests.
type auditView struct {
	win    fyne.Window
	lang   string
	create func(*data.File, []jobs.AuditFinding) error
	close  func()
	done   func() // after a create, once closed
	// run runs the slow part (reading a PDF) off the UI goroutine; tests
	// run it in place.
	run func(func())

	paste     *widget.Entry
	check     *widget.Button
	open      *widget.Button
	edit      *widget.Button
	createBtn *widget.Button
	summary   *widget.Label
	text      *widget.RichText
	textView  *container.Scroll
	findings  *fyne.Container
	left      *fyne.Container
	content   fyne.CanvasObject

	source string // file name, for a stand-in organisation name
	report *jobs.AuditReport
}

func newAuditView(win fyne.Window, lang string, create func(*data.File, []jobs.AuditFinding) error) *auditView {
	v := &auditView{win: win, lang: lang, create: create, close: func() {}, run: func(f func()) { go f() }}
	v.paste = widget.NewMultiLineEntry()
	v.paste.Wrapping = fyne.TextWrapWord
	v.paste.SetPlaceHolder(at(lang, "Liitä vanhan selosteen teksti tähän tai valitse tiedosto.",
		"Klistra in texten i den gamla beskrivningen här eller välj en fil.",
		"Paste the text of the old notice here or pick a file."))
	v.check = widget.NewButtonWithIcon(at(lang, "Tarkista teksti", "Granska texten", "Check the text"), theme.SearchIcon(), v.checkPasted)
	v.open = widget.NewButtonWithIcon(at(lang, "Valitse tiedosto…", "Välj fil…", "Pick a file…"), theme.FolderOpenIcon(), v.pickFile)
	v.edit = widget.NewButtonWithIcon(at(lang, "Muokkaa tekstiä", "Redigera texten", "Edit the text"), theme.DocumentCreateIcon(), v.showPaste)
	v.edit.Hide()
	v.createBtn = widget.NewButtonWithIcon(at(lang, "Luo organisaatio näistä tiedoista", "Skapa en organisation av uppgifterna", "Create an organisation from these facts"),
		theme.ContentAddIcon(), v.createOrg)
	v.createBtn.Importance = widget.HighImportance
	v.createBtn.Disable()
	v.summary = widget.NewLabel(at(lang, "Tarkistus kertoo, mikä vanhassa selosteessa on vanhentunutta tai puuttuu.",
		"Granskningen visar vad som är föråldrat eller saknas i den gamla beskrivningen.",
		"The check shows what in the old notice is outdated or missing."))
	v.summary.Wrapping = fyne.TextWrapWord
	v.text = widget.NewRichText()
	v.text.Wrapping = fyne.TextWrapWord
	v.textView = container.NewVScroll(v.text)
	v.findings = container.NewVBox()
	v.left = container.NewStack(v.paste)

	closeBtn := widget.NewButton(at(lang, "Sulje", "Stäng", "Close"), func() { v.close() })
	top := container.NewBorder(nil, nil, container.NewHBox(v.open, v.check, v.edit), nil, v.summary)
	split := container.NewHSplit(v.left, container.NewVScroll(v.findings))
	split.Offset = 0.55
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(v.createBtn, closeBtn))
	v.content = container.NewBorder(top, bottom, nil, nil, split)
	return v
}

// pickFile opens a file dialog and audits the file chosen.
func (v *auditView) pickFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.showError(jobs.ErrorText(err, v.lang))
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		b, err := io.ReadAll(io.LimitReader(r, jobs.MaxNoticeSize+1))
		if err != nil {
			v.showError(jobs.ErrorText(err, v.lang))
			return
		}
		v.analyse(r.URI().Name(), b)
	}, v.win)
	d.SetFilter(auditFilter)
	d.Show()
}

// checkPasted audits the pasted text.
func (v *auditView) checkPasted() {
	if strings.TrimSpace(v.paste.Text) == "" {
		v.showError(at(v.lang, "Liitä ensin selosteen teksti tai valitse tiedosto.",
			"Klistra först in texten eller välj en fil.", "Paste the notice's text or pick a file first."))
		return
	}
	v.analyse(at(v.lang, "liitetty teksti", "inklistrad text", "pasted text"), []byte(v.paste.Text))
}

// analyse reads and audits b off the UI goroutine and shows the result.
func (v *auditView) analyse(name string, b []byte) {
	v.summary.SetText(at(v.lang, "Luetaan…", "Läser…", "Reading…"))
	v.run(func() {
		text, rep, err := jobs.AuditText(name, b, v.lang)
		fyne.Do(func() {
			if err != nil {
				v.showError(jobs.NoticeErrorText(err, v.lang))
				return
			}
			v.source = name
			v.show(text, rep)
		})
	})
}

func (v *auditView) showError(msg string) {
	v.summary.SetText(msg)
	v.summary.Importance = widget.DangerImportance
	v.summary.Refresh()
}

// showPaste goes back to the text box, with the text read in it.
func (v *auditView) showPaste() {
	v.left.Objects = []fyne.CanvasObject{v.paste}
	v.left.Refresh()
	v.edit.Hide()
}

// show puts the text with its quotes marked on the left and the findings
// on the right.
func (v *auditView) show(text string, rep *jobs.AuditReport) {
	v.report = rep
	v.paste.SetText(text)
	blocks := 0
	for _, f := range rep.Findings {
		if f.Severity == jobs.AuditBlock {
			blocks++
		}
	}
	v.summary.Importance = widget.MediumImportance
	if blocks > 0 {
		v.summary.Importance = widget.DangerImportance
	}
	v.summary.SetText(fmt.Sprintf(at(v.lang, "%d havaintoa, joista %d estää selosteen käytön.",
		"%d anmärkningar, varav %d hindrar att beskrivningen används.",
		"%d findings, %d of which block the notice."), len(rep.Findings), blocks))
	v.text.Segments = markedText(text, rep)
	v.text.Refresh()
	v.left.Objects = []fyne.CanvasObject{v.textView}
	v.left.Refresh()
	v.edit.Show()
	v.findings.Objects = nil
	lines := strings.Count(text, "\n") + 1
	for _, f := range rep.Findings {
		var show []fyne.CanvasObject
		if i, _, ok := jobs.QuoteSpan(text, f); ok {
			line := strings.Count(text[:i], "\n")
			b := widget.NewButtonWithIcon(at(v.lang, "Näytä tekstissä", "Visa i texten", "Show in the text"),
				theme.VisibilityIcon(), func() { v.scrollTo(line, lines) })
			b.Importance = widget.LowImportance
			show = append(show, container.NewHBox(b))
		}
		v.findings.Add(findingCard(f, v.lang, show...))
	}
	if len(rep.Findings) == 0 {
		v.findings.Add(widget.NewLabel(at(v.lang, "Ei havaintoja.", "Inga anmärkningar.", "No findings.")))
	}
	v.findings.Refresh()
	v.createBtn.Enable()
}

// scrollTo scrolls the text so that line (of lines) is near the top. The
// rich text wraps its lines, so the place is proportional, not exact; the
// quote is marked in colour where it lands.
func (v *auditView) scrollTo(line, lines int) {
	h := v.text.MinSize().Height
	y := h*float32(line)/float32(max(lines, 1)) - v.textView.Size().Height/4
	v.textView.Offset = fyne.NewPos(0, max(0, min(y, h-v.textView.Size().Height)))
	v.textView.Refresh()
}

// createOrg hands the answers read to create.
func (v *auditView) createOrg() {
	if v.report == nil {
		return
	}
	f := *v.report.Answers
	jobs.EnsureName(&f, v.source, v.lang)
	if err := v.create(&f, v.report.Findings); err != nil {
		v.showError(jobs.ErrorText(err, v.lang))
		return
	}
	v.close()
	if v.done != nil {
		v.done()
	}
}

// severityColor marks a blocking finding in the error colour and advice in
// the warning colour, in the text and in the list alike.
func severityColor(sev string) fyne.ThemeColorName {
	if sev == jobs.AuditBlock {
		return theme.ColorNameError
	}
	return theme.ColorNameWarning
}

// findingCard is one finding: its severity and message, its law and code,
// and the quote; extra (the "show in the text" button) goes under it.
func findingCard(f jobs.AuditFinding, lang string, extra ...fyne.CanvasObject) fyne.CanvasObject {
	sev := at(lang, "Estää", "Hinder", "Blocks")
	if f.Severity == jobs.AuditAdvice {
		sev = at(lang, "Neuvo", "Råd", "Advice")
	}
	head := &widget.TextSegment{Text: sev + ": ", Style: widget.RichTextStyle{Inline: true,
		ColorName: severityColor(f.Severity), TextStyle: fyne.TextStyle{Bold: true}}}
	msg := &widget.TextSegment{Text: f.Message, Style: widget.RichTextStyleParagraph}
	law := &widget.TextSegment{Text: f.Article + " · " + f.Code, Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder}}
	segs := []widget.RichTextSegment{head, msg, law}
	if f.Quote != "" {
		segs = append(segs, &widget.TextSegment{Text: "» " + f.Quote + " «", Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}}})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	objs := append([]fyne.CanvasObject{rt}, extra...)
	return container.NewVBox(append(objs, widget.NewSeparator())...)
}

// mark is a highlighted range of the text.
type mark struct {
	start, end int
	color      fyne.ThemeColorName
}

// markedText cuts text into rich-text lines, with each finding's quote in
// bold and its severity's colour.
func markedText(text string, rep *jobs.AuditReport) []widget.RichTextSegment {
	var marks []mark
	for _, f := range rep.Findings {
		if i, j, ok := jobs.QuoteSpan(text, f); ok {
			marks = append(marks, mark{i, j, severityColor(f.Severity)})
		}
	}
	var segs []widget.RichTextSegment
	off := 0
	for _, ln := range strings.Split(text, "\n") {
		segs = append(segs, lineSegments(ln, off, marks)...)
		off += len(ln) + 1
	}
	return segs
}

// lineSegments is one line (starting at byte off of the text) as inline
// segments, plain and marked, the last one ending the line.
func lineSegments(ln string, off int, marks []mark) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	add := func(s string, c fyne.ThemeColorName) {
		if s == "" {
			return
		}
		st := widget.RichTextStyle{Inline: true}
		if c != "" {
			st.ColorName, st.TextStyle = c, fyne.TextStyle{Bold: true}
		}
		segs = append(segs, &widget.TextSegment{Text: s, Style: st})
	}
	pos := 0
	for pos < len(ln) {
		c, end := markAt(off+pos, off+len(ln), marks)
		add(ln[pos:end-off], c)
		pos = end - off
	}
	if len(segs) == 0 {
		segs = append(segs, &widget.TextSegment{Text: " ", Style: widget.RichTextStyle{Inline: true}})
	}
	// A segment that is not inline ends the line.
	last := segs[len(segs)-1].(*widget.TextSegment)
	last.Style.Inline = false
	return segs
}

// markAt returns the colour at byte i ("" for plain text) and where that
// run ends, at most at lineEnd. Blocking marks win over advice.
func markAt(i, lineEnd int, marks []mark) (fyne.ThemeColorName, int) {
	var c fyne.ThemeColorName
	end := lineEnd
	for _, m := range marks {
		switch {
		case m.start <= i && i < m.end:
			if c == "" || m.color == theme.ColorNameError {
				c = m.color
			}
			end = min(end, m.end)
		case m.start > i:
			end = min(end, m.start)
		}
	}
	return c, end
}

// at picks the Finnish, Swedish or English text.
func at(lang, fi, sv, en string) string { return vocab.Text{FI: fi, SV: sv, EN: en}.In(lang) }
