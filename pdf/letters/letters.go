// Package letters composes the letters that answer a data subject request
// from its entry in the request log, in the requester's language: the
// acknowledgement, the extension notice (art. 12(3)), the answer (art. 15
// for access with its items (a)–(h) filled from the register concerned,
// and what was done for rectification, erasure, restriction, portability,
// objection and the withdrawal of consent, with the recipients told under
// art. 19), and the refusal with its reasons and the remedies (art. 12(4)).
//
// A letter says only what the log records: an extension letter needs the
// extension in the log, an answer the answer, a refusal the refusal. The
// package fills the document model of package doc; the renderers draw it.
package letters

import (
	"strings"
	"time"

	"tietosuojapakki/data"
	"tietosuojapakki/data/vocab"
	"tietosuojapakki/pdf/doc"
)

// Kind is one of the letters.
type Kind string

// The letters of a request.
const (
	Ack       Kind = "ack"       // the request was received; its due date
	Extension Kind = "extension" // the period is extended by two months, with the reasons (art. 12(3))
	Answer    Kind = "answer"    // what was done, per right
	Refusal   Kind = "refusal"   // the request is refused: reasons and remedies (art. 12(4))
)

// Kinds lists the letters in the order a request meets them.
var Kinds = []Kind{Ack, Extension, Answer, Refusal}

// Options choose the letter's language and date.
type Options struct {
	Lang string    // "fi", "sv", "en": the requester's language; anything else is Finnish
	Date time.Time // the letter's date; zero -> today (local time)
}

// Error says why a letter cannot be made for a request in its present
// state, in fi, sv and en.
type Error struct{ Code string }

func (e *Error) Error() string { return e.Text("fi") }

// Text is the error in lang.
func (e *Error) Text(lang string) string { return messages.In(e.Code, lang) }

var messages = vocab.Messages{
	"kind_unknown": {"Tuntematon kirje: valitse ack, extension, answer tai refusal.", "Okänt brev: välj ack, extension, answer eller refusal.", "Unknown letter: choose ack, extension, answer or refusal."},
	"not_extended": {"Pyyntöä ei ole lokissa jatkettu. Kirjaa jatko ja sen syy ensin.", "Begäran har inte förlängts i loggen. Anteckna förlängningen och skälet först.", "The request has not been extended in the log. Record the extension and its reason first."},
	"no_reason":    {"Jatkolle ei ole kirjattu syytä; 12 artiklan 3 kohta vaatii syyt.", "Inget skäl har antecknats för förlängningen; artikel 12.3 kräver skälen.", "No reason is recorded for the extension; Article 12(3) requires the reasons."},
	"not_answered": {"Pyyntöön ei ole lokissa vastattu. Kirjaa vastaus ensin.", "Begäran har inte besvarats i loggen. Anteckna svaret först.", "The request has not been answered in the log. Record the answer first."},
	"not_refused":  {"Pyyntöä ei ole lokissa evätty. Kirjaa epääminen ja sen syy ensin.", "Begäran har inte avslagits i loggen. Anteckna avslaget och skälet först.", "The request has not been refused in the log. Record the refusal and its reason first."},
	"purged":       {"Pyynnön henkilötiedot on poistettu säilytysajan päätyttyä; kirjettä ei voi tehdä.", "Begärans personuppgifter har raderats efter lagringstiden; brevet kan inte göras.", "The request's personal data was purged after its retention; no letter can be made."},
}

// Compose builds the letter of kind for the request e of the organisation
// whose answers are a. It returns an *Error when the log does not support
// the letter (see the package comment).
func Compose(a *data.Answers, e *data.LogEntry, kind Kind, opt Options) (*doc.Document, error) {
	if a == nil {
		a = &data.Answers{}
	}
	if err := fits(e, kind); err != nil {
		return nil, err
	}
	lang := string(vocab.LangOf(opt.Lang))
	date := opt.Date
	if date.IsZero() {
		date = time.Now()
	}
	c := &composer{a: a, e: e, t: textsFor(lang), lang: lang, date: date}
	d := c.frame(kind)
	switch kind {
	case Ack:
		d.Sections = c.ack()
	case Extension:
		d.Sections = c.extension()
	case Answer:
		d.Sections = c.answer()
	case Refusal:
		d.Sections = c.refusal()
	}
	d.Sections = append(d.Sections, c.closing())
	return d, nil
}

func fits(e *data.LogEntry, kind Kind) error {
	switch {
	case e.Purged:
		return &Error{"purged"}
	case kind == Ack:
		return nil
	case kind == Extension && !e.Extended:
		return &Error{"not_extended"}
	case kind == Extension && strings.TrimSpace(e.ExtensionReason) == "":
		return &Error{"no_reason"}
	case kind == Extension:
		return nil
	case kind == Answer && e.Status != data.StatusAnswered:
		return &Error{"not_answered"}
	case kind == Answer:
		return nil
	case kind == Refusal && e.Status != data.StatusRefused:
		return &Error{"not_refused"}
	case kind == Refusal:
		return nil
	}
	return &Error{"kind_unknown"}
}

// ParseKind reads a letter kind as the command line names it.
func ParseKind(s string) (Kind, error) {
	for _, k := range Kinds {
		if string(k) == strings.TrimSpace(strings.ToLower(s)) {
			return k, nil
		}
	}
	return "", &Error{"kind_unknown"}
}

type composer struct {
	a    *data.Answers
	e    *data.LogEntry
	t    *texts
	lang string
	date time.Time
}
